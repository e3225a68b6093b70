"""The technician's checks: a test print and the in-process self-test.

The self-test renders every screen in every language in a second, invisible window on a
throwaway store (never the kiosk's own queue: the self-test walks through a submission).
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication

from kiosk.catalog import Catalog, parse_catalog
from kiosk.clock import KZ_TZ
from kiosk.sealing import ALG, b64u_encode, generate_keypair
from offline_cache.store import Store
from offline_cache.submissions import Submitter
from ui.bridge import SyncBridge
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
TEST_REFERENCE = "TEST-TEST-TEST"


def print_test_page(printer_name: str, lang: str, title: str, when: datetime) -> bool:
    """Print a test receipt (ui.printing's layout when it is there, else a plain page)."""
    try:
        from ui.printing import print_receipt
        from ui.qr import qr_matrix
    except ImportError:
        return plain_test_page(printer_name, [title, TEST_REFERENCE, _moment(when)])
    return print_receipt(printer_name, TEST_REFERENCE, title, when, qr_matrix(TEST_REFERENCE), lang)


def _moment(when: datetime) -> str:
    return when.astimezone(KZ_TZ).strftime("%d.%m.%Y %H:%M")


def plain_test_page(printer_name: str, lines: list[str]) -> bool:
    """A page of text lines on `printer_name` (a system printer, or a path ending in .pdf)."""
    if printer_name.lower().endswith(".pdf"):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(printer_name)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A6),
                QPageLayout.Orientation.Portrait,
                QMarginsF(5, 5, 5, 5),
                QPageLayout.Unit.Millimeter,
            )
        )
    else:
        info = QPrinterInfo.printerInfo(printer_name)
        if info.isNull():
            log.warning("test print: printer not found")
            return False
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("test print: printer could not be opened")
        return False
    font = QFont()
    font.setPixelSize(max(1, round(printer.resolution() * 4 / 25.4)))  # 4 mm text
    painter.setFont(font)
    y, width = 0, printer.pageLayout().paintRectPixels(printer.resolution()).width()
    for line in lines:
        box = painter.boundingRect(QRect(0, y, width, 10_000), Qt.TextFlag.TextWordWrap, line)
        painter.drawText(box, Qt.TextFlag.TextWordWrap, line)
        y += box.height() + font.pixelSize() // 2
    return painter.end()


def _with_throwaway_key(catalog: Catalog) -> Catalog:
    _, public = generate_keypair()
    doc = dict(catalog.raw)
    doc["encryption_key"] = {"kid": "self-test", "alg": ALG, "public_key": b64u_encode(public)}
    return parse_catalog(doc)


def run_self_test(window: MainWindow) -> list[str]:
    """Render every screen in every language; the list of failures ([] when all is well)."""
    from ui.self_test import render_screens

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = window.session.language
    with tempfile.TemporaryDirectory(prefix="kiosk-self-test-") as tmp:
        store = Store.open(Path(tmp) / "self-test.db")
        test_window: MainWindow | None = None
        try:
            ctx = UiContext(
                config=replace(window.ctx.config, printer=None),
                clock=window.ctx.clock,
                catalog=_with_throwaway_key(window.ctx.catalog),
                outbox=store.outbox,
                submitter=Submitter(store.outbox, clock=window.ctx.clock),
            )
            test_window = MainWindow(
                ctx.config, translations=window.translations, tasks=TaskRunner(threaded=False)
            )
            test_window.start(ctx, SyncBridge(), build_all=True)
            test_window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            test_window.resize(window.size())
            test_window.show()
            return render_screens(app, test_window, None)
        except Exception as exc:  # report it on the screen, never crash the kiosk
            log.exception("self-test crashed")
            return [f"rendering: {exc.__class__.__name__}: {exc}"]
        finally:
            if test_window is not None:
                test_window.allow_close = True
                test_window.close()
                test_window.deleteLater()
            store.close()
            window.set_language(language)
