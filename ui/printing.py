"""Printing the visitor's receipt with Qt print support.

    ok = print_receipt(config.printer, reference, service_title, created_at, matrix, "kk")

`printer_name` is a system printer's name, or a path ending in ".pdf": then the receipt is
written to that PDF file (a receipt-sized page; used in tests and on a kiosk without a
printer). The texts are in the visitor's language `lang`, the QR code is drawn as vector
squares. Returns False, never raises, when the printer is unknown or cannot be opened. May run
off the UI thread (QPainter on a QPrinter is thread-safe in Qt).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.clock import KZ_TZ, parse_rfc3339
from ui.i18n import LanguageTexts, Translations
from ui.qr import QUIET_ZONE, dark_runs

log = logging.getLogger(__name__)

CONTEXT = "ReceiptPrint"
TITLE = str(QT_TRANSLATE_NOOP("ReceiptPrint", "Application receipt"))
NUMBER = str(QT_TRANSLATE_NOOP("ReceiptPrint", "Your application number"))
DATE = str(QT_TRANSLATE_NOOP("ReceiptPrint", "Submitted: %1"))
KEEP = str(
    QT_TRANSLATE_NOOP(
        "ReceiptPrint",
        "Keep this receipt. To check your application, enter this number or scan the code at "
        "the kiosk.",
    )
)
PAGE_MM = (80.0, 140.0)  # a till-roll receipt, for PDF output
MARGIN_MM = 5.0
FAMILY = "Noto Sans"


def format_moment(created_at: datetime | str) -> str:
    """Day, month, year, hours and minutes in Kazakhstan time: 23.11.2026 10:15."""
    moment = parse_rfc3339(created_at) if isinstance(created_at, str) else created_at
    return moment.astimezone(KZ_TZ).strftime("%d.%m.%Y %H:%M")


def _open_printer(printer_name: str) -> QPrinter | None:
    if printer_name.lower().endswith(".pdf"):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(printer_name)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QSizeF(*PAGE_MM), QPageSize.Unit.Millimeter, "Receipt"),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        return printer
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        log.warning("printer not found")
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_receipt(
    printer_name: str,
    reference: str,
    service_title: str,
    created_at: datetime | str,
    qr_matrix: Sequence[Sequence[int]],
    lang: str,
    *,
    translations: Translations | None = None,
) -> bool:
    """Print one receipt; True when the page was handed to the printer (or PDF) complete."""
    printer = _open_printer(printer_name)
    if printer is None:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("printer could not be opened")
        return False
    try:
        texts = LanguageTexts(translations)
        _draw(
            painter,
            printer,
            reference,
            service_title,
            format_moment(created_at),
            qr_matrix,
            lambda s: texts.text(lang, CONTEXT, s),
        )
    except Exception:
        log.exception("printing the receipt failed")
        painter.end()
        return False
    ok = painter.end()
    log.info("receipt printed: %s", ok)
    return ok


def _draw(
    painter: QPainter,
    printer: QPrinter,
    reference: str,
    service_title: str,
    moment: str,
    matrix: Sequence[Sequence[int]],
    tr: Callable[[str], str],
) -> None:
    dpi = printer.resolution()
    mm = dpi / 25.4
    page = printer.pageLayout().paintRectPixels(dpi)
    margin = round(MARGIN_MM * mm)
    left = margin
    width = min(page.width() - 2 * margin, round(80 * mm))
    y = margin
    black = QColor("#000000")
    painter.setPen(black)
    wrap = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)

    def block(text: str, size_mm: float, *, bold: bool = False, gap_mm: float = 2.0) -> None:
        nonlocal y
        font = QFont(FAMILY)
        font.setPixelSize(max(1, round(size_mm * mm)))
        font.setBold(bold)
        painter.setFont(font)
        box = painter.boundingRect(QRect(left, y, width, 10_000), wrap, text)
        painter.drawText(QRect(left, y, width, box.height()), wrap, text)
        y += box.height() + round(gap_mm * mm)

    block(tr(TITLE), 5.0, bold=True, gap_mm=1.5)
    block(service_title, 3.6, gap_mm=4.0)
    block(tr(NUMBER), 3.4, gap_mm=1.0)
    block(reference, 6.4, bold=True, gap_mm=1.5)
    block(tr(DATE).replace("%1", moment), 3.4, gap_mm=3.0)

    modules = len(matrix) + 2 * QUIET_ZONE
    module = max(1, round(42 * mm / modules))  # about 42 mm across, whole device pixels
    side = modules * module
    x0 = left + (width - side) // 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(black)
    for r, c, length in dark_runs(matrix):
        painter.drawRect(
            QRectF(
                x0 + (c + QUIET_ZONE) * module,
                y + (r + QUIET_ZONE) * module,
                length * module,
                module,
            )
        )
    painter.setPen(black)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    y += side + round(2 * mm)
    block(tr(KEEP), 3.2, gap_mm=0)
