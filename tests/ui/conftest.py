"""Qt widget tests run without a display; fixtures build the real kiosk window on a real
SQLite store in a temporary directory."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

import assets
from kiosk.catalog import parse_catalog
from kiosk.config import Config
from kiosk.sealing import b64u_encode, generate_keypair
from offline_cache.store import Store
from offline_cache.submissions import Submitter
from tests.support.clock import ManualClock


@pytest.fixture
def hub_keypair():
    return generate_keypair()


@pytest.fixture
def demo_catalog(hub_keypair):
    """The embedded demo catalog, as a hub would serve it (with its encryption key)."""
    doc = json.loads(assets.demo_catalog_path().read_text(encoding="utf-8"))
    doc["encryption_key"] = {
        "kid": "test",
        "alg": "HPKE-X25519-SHA256-AES128GCM",
        "public_key": b64u_encode(hub_keypair[1]),
    }
    return parse_catalog(doc)


@pytest.fixture
def ui_clock():
    return ManualClock()


@pytest.fixture
def ui_store(tmp_path):
    store = Store.open(tmp_path / "kiosk.db")
    yield store
    store.close()


@pytest.fixture
def ui_ctx(ui_store, ui_clock, demo_catalog):
    from ui.context import UiContext

    return UiContext(
        config=Config(),
        clock=ui_clock,
        catalog=demo_catalog,
        outbox=ui_store.outbox,
        submitter=Submitter(ui_store.outbox, clock=ui_clock),
    )


@pytest.fixture
def window(qtbot, ui_ctx):
    """The kiosk's real main window, 1280x800, shown offscreen, on the attract screen."""
    from ui.app import build_window, qt_app
    from ui.tasks import TaskRunner

    app = qt_app()
    win = build_window(app, ui_ctx, tasks=TaskRunner(threaded=False))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    from PySide6.QtCore import QCoreApplication, QEvent

    win.allow_close = True
    app.removeEventFilter(win.idle)
    win.keyboard.detach()
    win.translations.remove(app)
    for screen in win.screens.values():
        screen.leave()  # stops screen timers
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
