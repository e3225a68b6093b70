"""The real kiosk window on a temporary store, offscreen, for the UI benches (children only:
importing this starts Qt)."""

from __future__ import annotations

import gc
import os
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from bench.data import demo_with_big_form
from kiosk.clock import SystemClock
from kiosk.config import Config
from kiosk.sealing import generate_keypair
from offline_cache.store import Store
from offline_cache.submissions import Submitter
from ui.app import build_window, qt_app
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def pump(app: QApplication) -> None:
    """What one turn of the event loop does: posted events (layout, paint) and deferred
    deletes (processEvents alone leaves deleteLater'd widgets alive)."""
    app.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_window(data: Path) -> tuple[QApplication, MainWindow, Store]:
    app = qt_app()
    clock = SystemClock()
    catalog = demo_with_big_form(generate_keypair()[1])
    store = Store.open(data / "kiosk.db")
    ctx = UiContext(
        config=Config(full_screen=False),
        clock=clock,
        catalog=catalog,
        outbox=store.outbox,
        submitter=Submitter(store.outbox, clock=clock),
    )
    window = build_window(app, ctx, tasks=TaskRunner(threaded=False))
    window.resize(1280, 800)
    window.show()
    pump(app)
    return app, window, store


def rss_kib() -> int:
    gc.collect()
    with open("/proc/self/status", encoding="ascii") as status:
        return int(next(x for x in status if x.startswith("VmRSS:")).split()[1])
