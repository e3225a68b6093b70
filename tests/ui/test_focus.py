"""Arriving on a screen never pops the on-screen keyboard up by itself: the visitor opens it by
tapping a field. (When the window was activated, Qt used to give focus to the first text field
it found, the home screen's search, and the keyboard covered the tiles.)"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_arriving_home_shows_no_keyboard(window, qtbot):
    # (the status check opens its number field at once: typing it is all there is to do there)
    for name in ("language", "home", "services", "service", "home"):
        window.go(name, **({"service_id": "kindergarten-queue"} if name == "service" else {}))
        window.activateWindow()
        qtbot.wait(20)
        assert not window.keyboard.isVisible(), f"the keyboard popped up on {name}"
        focused = QApplication.focusWidget()
        assert focused is None or focused is window, f"{focused} took focus on {name}"


def test_tapping_the_search_field_opens_the_keyboard(window, qtbot):
    from tests.support.ui_driver import tap

    window.go("home")
    tap(qtbot, window.screens["home"].search)
    qtbot.waitUntil(window.keyboard.isVisible)


def test_a_window_activated_on_home_gives_focus_to_no_text_field(ui_ctx, qtbot):
    """When the window becomes active while a screen with a text field shows (a start, or
    the lockdown bringing the window back), Qt gives focus to the first text field it finds
    unless the window holds it: the keyboard must not pop up unasked."""
    from ui.app import build_window, qt_app
    from ui.tasks import TaskRunner

    app = qt_app()
    w = build_window(app, ui_ctx, tasks=TaskRunner(threaded=False))
    qtbot.addWidget(w)
    try:
        w.resize(1280, 800)
        w.show()
        w.go("home")  # before the window is active
        w.activateWindow()
        qtbot.waitExposed(w)
        for _ in range(5):
            app.processEvents()
        assert not w.screens["home"].search.hasFocus()
        assert not w.keyboard.isVisible()
    finally:
        w.allow_close = True
        app.removeEventFilter(w.idle)
        w.keyboard.detach()
        w.translations.remove(app)
        w.close()
