"""The commands that show the UI: `kiosk run` and `kiosk self-test`. Qt is imported here only
through ui/, and only when one of these commands runs."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from cli.wiring import Kiosk
from kiosk import watchdog
from kiosk.catalog import Catalog, parse_catalog
from kiosk.sealing import ALG, b64u_encode, generate_keypair
from offline_cache.store import Store

log = logging.getLogger(__name__)


def _status_lookup(kiosk: Kiosk) -> Any:
    if kiosk.identity() is None:
        return None
    return lambda reference: kiosk.client().get_status(reference)  # a session per look-up


def run_app(kiosk: Kiosk, *, full_screen: bool | None = None) -> int:
    from ui.app import build_window, qt_app, show_kiosk
    from ui.context import UiContext

    app = qt_app()
    engine = kiosk.sync_engine() if kiosk.identity() else None
    ctx = UiContext(
        config=kiosk.config,
        clock=kiosk.clock,
        catalog=kiosk.catalog(),
        outbox=kiosk.store.outbox,
        submitter=kiosk.submitter(),
        status_lookup=_status_lookup(kiosk),
        engine=engine,
    )
    window = build_window(app, ctx)
    from ui.technician import TechnicianContext, install

    technician = install(window, TechnicianContext(data=kiosk.data, store=kiosk.store))
    if engine is not None:
        engine.start()
    show_kiosk(
        app, window, full_screen=kiosk.config.full_screen if full_screen is None else full_screen
    )
    pinger = _notify_systemd(app)  # kept alive until exec returns
    _quit_on_sigterm(app)
    try:
        return app.exec()
    finally:
        watchdog.notify("STOPPING=1")
        technician.uninstall()
        if engine is not None:
            engine.stop()
        del pinger


def _notify_systemd(app: Any) -> Any:
    """Under systemd (packaging/akimat-kiosk.service: Type=notify, WatchdogSec=60): READY=1 once
    the event loop runs, then WATCHDOG=1 from the UI thread at half the interval, so a hung UI
    stops the pings and is restarted. Outside systemd this does nothing."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: watchdog.notify("READY=1"))
    interval = watchdog.watchdog_interval_s()
    if interval is None:
        return None
    timer = QTimer(app)
    timer.timeout.connect(lambda: watchdog.notify("WATCHDOG=1"))
    timer.start(max(100, int(interval * 500)))
    return timer


def _quit_on_sigterm(app: Any) -> None:
    """`systemctl stop` sends SIGTERM: leave the event loop so the sync thread stops cleanly
    (Python only runs a signal handler between bytecodes, so a timer gives it the chance)."""
    import signal

    from PySide6.QtCore import QTimer

    # exit(), not quit(): Qt 6's quit() first asks every window to close, and the kiosk's
    # window refuses (lockdown), which would cancel it.
    signal.signal(signal.SIGTERM, lambda *_: app.exit(0))
    tick = QTimer(app)
    tick.timeout.connect(lambda: None)
    tick.start(500)


# -- self-test ---------------------------------------------------------------------------------
SAMPLE_ANSWERS = {
    "text": "Self Test",
    "textarea": "Self test",
    "number": 1,
    "date": None,
    "phone": "+77011234567",
    "email": "test@example.kz",
    "iin": "900101300007",
    "checkbox": True,
}


def self_test(kiosk: Kiosk, screenshots: Path | None) -> int:
    """Render every screen in every language offscreen; check the store and the catalog."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures: list[str] = []
    if not kiosk.store.integrity_ok():
        failures.append("database: integrity check failed")
    try:
        catalog = kiosk.catalog()
    except Exception as exc:  # report, never crash
        failures.append(f"catalog: {exc}")
        catalog = kiosk.embedded_catalog()
    print(f"store: ok ({kiosk.data.database})" if not failures else "store: FAILED")
    print(f"catalog: {catalog.version}, {len(catalog.services)} services")
    with tempfile.TemporaryDirectory(prefix="kiosk-self-test-") as tmp:
        failures += _render_all(kiosk, catalog, Path(tmp), screenshots)
    for failure in failures:
        print(f"FAILED: {failure}")
    print("self-test: " + ("FAILED" if failures else "ok"))
    return 1 if failures else 0


def _with_throwaway_key(catalog: Catalog) -> Catalog:
    _, public = generate_keypair()
    doc = dict(catalog.raw)
    doc["encryption_key"] = {"kid": "self-test", "alg": ALG, "public_key": b64u_encode(public)}
    return parse_catalog(doc)


def _render_all(kiosk: Kiosk, catalog: Catalog, tmp: Path, out: Path | None) -> list[str]:
    from offline_cache.submissions import Submitter
    from ui.app import build_window, qt_app
    from ui.context import UiContext
    from ui.self_test import render_screens

    app = qt_app()
    store = Store.open(tmp / "self-test.db")  # never the kiosk's own queue
    catalog = _with_throwaway_key(catalog)
    ctx = UiContext(
        config=replace(kiosk.config, printer=None),
        clock=kiosk.clock,
        catalog=catalog,
        outbox=store.outbox,
        submitter=Submitter(store.outbox, clock=kiosk.clock),
    )
    window = build_window(app, ctx)
    window.resize(1280, 800)
    window.show()
    try:
        return render_screens(app, window, out)
    except Exception as exc:
        log.exception("self-test crashed")
        return [f"rendering: {exc.__class__.__name__}: {exc}"]
    finally:
        window.allow_close = True
        window.close()
        store.close()
        sys.stdout.flush()
