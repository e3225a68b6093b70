"""The kiosk's start in two steps: the attract screen is shown from the configuration alone,
then the store, catalog and sync engine are wired in behind it and the other screens are built
ahead of need. Driven through `cli.app.run_app`, the real `kiosk run` path."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from offline_cache.db import StoreUnavailable
from tests.support.ui_driver import tap, visible_texts
from ui.screens import SCREENS


@pytest.fixture
def sigterm_kept():
    """run_app installs a SIGTERM handler; put the test runner's back afterwards."""
    before = signal.getsignal(signal.SIGTERM)
    yield
    signal.signal(signal.SIGTERM, before)


def _close(window) -> None:
    app = QApplication.instance()
    app.removeEventFilter(window.idle)
    window.keyboard.detach()
    window.translations.remove(app)
    for screen in window.screens.values():
        screen.leave()
    window.allow_close = True
    window.close()
    window.deleteLater()


def _shell(qtbot):
    from ui.app import build_shell, qt_app
    from ui.tasks import TaskRunner

    app = qt_app()
    window = build_shell(app, Config(), tasks=TaskRunner(threaded=False))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_shell_shows_the_attract_screen_and_keeps_a_touch_until_it_is_wired(qtbot, ui_ctx):
    from ui.app import start_window

    window = _shell(qtbot)
    try:
        assert window.current.name == "attract"
        assert list(window.screens) == ["attract"]  # nothing else is built before the wiring
        assert "Бастау үшін түртіңіз" in visible_texts(window)  # "Touch to start" in Kazakh
        assert not window.started
        tap(qtbot, window.current.start)  # a visitor touches before the kiosk is wired
        assert window.current.name == "attract"

        start_window(window, ui_ctx)
        assert window.current.name == "language"  # the touch was kept, not lost
        assert set(window.screens) == {"attract", "language"}  # the rest: on demand
    finally:
        _close(window)


def test_warm_up_builds_every_screen_and_keyboard_page_one_per_turn(qtbot, ui_ctx):
    from ui.app import start_window

    window = _shell(qtbot)
    try:
        start_window(window, ui_ctx)
        done: list[bool] = []
        window.warm_up(then=lambda: done.append(True))
        assert len(window.screens) == 2  # one built now, the next on the next turn
        qtbot.waitUntil(lambda: bool(done), timeout=10000)
        assert set(window.screens) == set(SCREENS)
        assert window.keyboard.unbuilt_pages() == []
    finally:
        _close(window)


def _kiosk_opener(tmp_path: Path, opened: list):
    from cli.wiring import open_kiosk

    def open_() -> object:
        kiosk = open_kiosk(tmp_path / "data", None, config=Config(full_screen=False))
        opened.append(kiosk)
        return kiosk

    return open_


def test_run_app_shows_attract_then_wires_the_kiosk_and_builds_everything(
    qtbot, tmp_path, monkeypatch, sigterm_kept, caplog
):
    import cli.app

    caplog.set_level("INFO", logger="cli.app")
    seen: dict[str, object] = {}
    opened: list = []

    def ready(window) -> None:
        seen["window"] = window
        seen["screens"] = set(window.screens)
        seen["pages"] = window.keyboard.unbuilt_pages()
        seen["screen"] = window.current.name
        QApplication.instance().exit(0)

    monkeypatch.setattr(cli.app, "kiosk_ready", ready)
    code = cli.app.run_app(
        _kiosk_opener(tmp_path, opened), Config(full_screen=False), full_screen=False
    )
    try:
        assert code == 0
        assert len(opened) == 1  # the store was opened once, after the first frame
        assert set(SCREENS) <= seen["screens"]  # (and technician mode's screen)
        assert seen["pages"] == []
        assert seen["screen"] == "attract"
        window = seen["window"]
        assert window.started and window.ctx.outbox is opened[0].store.outbox
        assert "started: first frame" in caplog.text
    finally:
        _close(seen["window"])
        for kiosk in opened:
            kiosk.store.close()


def test_run_app_exits_with_a_message_when_the_data_directory_cannot_be_written(
    qtbot, tmp_path, capsys, sigterm_kept
):
    import cli.app

    def fails() -> object:
        raise StoreUnavailable("read-only file system")

    # if the wiring never happened, leave rather than hang the suite
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.instance().exit(99))
    guard.start(15000)
    code = cli.app.run_app(fails, Config(full_screen=False), full_screen=False)
    guard.stop()
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    for window in windows:
        _close(window)
    assert code == 2
    assert "the data directory cannot be written now" in capsys.readouterr().err
