"""The commands that show the UI: `kiosk run` and `kiosk self-test`. Qt is imported here only
through ui/, and only when one of these commands runs."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config import Config

# Imports here are only what the attract screen's first frame needs; the rest (the store, the
# catalog, the network, the self-test's) is imported where it is used, after that frame.

if TYPE_CHECKING:
    from cli.wiring import Kiosk
    from kiosk.catalog import Catalog
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _status_lookup(kiosk: Kiosk) -> Any:
    if kiosk.identity() is None:
        return None
    return lambda reference: kiosk.client().get_status(reference)  # a session per look-up


def run_app(
    open_kiosk: Callable[[], Kiosk], config: Config, *, full_screen: bool | None = None
) -> int:
    """Show the kiosk: the attract screen first, on the configuration alone; once its first
    frame is on the glass, `open_kiosk()` (the store, the catalog, the sync engine: the slow
    imports) and the rest of the window, then the other screens ahead of need."""
    started = time.monotonic()
    from ui.app import after_first_frame, build_shell, qt_app, show_kiosk

    app = qt_app()
    window = build_shell(app, config)
    show_kiosk(app, window, full_screen=config.full_screen if full_screen is None else full_screen)
    parts: dict[str, Any] = {}

    def wire() -> None:
        from cli.wiring import unwritable_message
        from offline_cache.db import StoreUnavailable

        shown = time.monotonic()
        try:
            parts.update(_wire(window, open_kiosk()))
        except StoreUnavailable as exc:
            print(unwritable_message(exc), file=sys.stderr)
            app.exit(2)
            return
        except Exception:  # never a shell that looks alive but cannot serve: exit, restart
            log.exception("the kiosk could not be wired")
            print("error: the kiosk could not start; see the log (`kiosk doctor`)", file=sys.stderr)
            app.exit(1)
            return
        wired = time.monotonic()

        def ready() -> None:
            parts["pinger"] = _notify_systemd(app)  # kept alive until exec returns
            kiosk_ready(window)
            log.info(
                "started: first frame %.2f s, wired %.2f s, every screen built %.2f s",
                shown - started,
                wired - started,
                time.monotonic() - started,
            )

        window.warm_up(then=ready)

    after_first_frame(window, wire)
    _quit_on_sigterm(app)
    try:
        return app.exec()
    finally:
        from kiosk import watchdog

        watchdog.notify("STOPPING=1")
        if "technician" in parts:
            parts["technician"].uninstall()
        if parts.get("engine") is not None:
            parts["engine"].stop()


def _wire(window: MainWindow, kiosk: Kiosk) -> dict[str, Any]:
    """The kiosk's parts into the shown window: context, technician mode, the sync thread."""
    from ui.app import start_window
    from ui.context import UiContext
    from ui.technician import TechnicianContext, install

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
    start_window(window, ctx)
    technician = install(window, TechnicianContext(data=kiosk.data, store=kiosk.store))
    if engine is not None:
        engine.start()
    return {"engine": engine, "technician": technician}


def kiosk_ready(window: MainWindow) -> None:
    """Every screen is built and the kiosk is wired (a hook for the startup benchmark)."""


def _notify_systemd(app: Any) -> Any:
    """Under systemd (packaging/akimat-kiosk.service: Type=notify, WatchdogSec=60): READY=1 (the
    kiosk is wired and every screen is built), then WATCHDOG=1 from the UI thread at half the
    interval, so a hung UI stops the pings and is restarted. Outside systemd this does
    nothing."""
    from PySide6.QtCore import QTimer

    from kiosk import watchdog

    watchdog.notify("READY=1")
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
    import tempfile

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
    from kiosk.catalog import parse_catalog
    from kiosk.sealing import ALG, b64u_encode, generate_keypair

    _, public = generate_keypair()
    doc = dict(catalog.raw)
    doc["encryption_key"] = {"kid": "self-test", "alg": ALG, "public_key": b64u_encode(public)}
    return parse_catalog(doc)


def _render_all(kiosk: Kiosk, catalog: Catalog, tmp: Path, out: Path | None) -> list[str]:
    from dataclasses import replace

    from offline_cache.store import Store
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
