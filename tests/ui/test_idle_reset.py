"""A visitor walks away mid-form: after the idle time a full-screen countdown of at least 20 s
asks "Are you still there?"; when it runs out, nothing the visitor entered is left in any
widget, model or the session, and the attract screen is back. A touch during the countdown
keeps everything."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from tests.support.ui_driver import tap, type_on_keyboard
from tests.ui.test_fields import activate, leave, type_into
from tests.ui.test_wizard import KG

SECRETS = ("Зарема Құпиясова", "900101400003", "7071112233", "жилищн")


def _every_text_on_every_widget() -> str:
    texts = []
    for w in QApplication.allWidgets():
        if isinstance(w, QLineEdit):
            texts += [w.text(), w.displayText(), w.placeholderText()]
        elif isinstance(w, QPlainTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
    return "\n".join(texts)


def _every_model_text(window) -> str:
    texts = []
    for model in window.findChildren(QAbstractItemModel):
        for row in range(model.rowCount(QModelIndex())):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole + 2):
                value = model.index(row, 0).data(role)
                texts.append(str(value) if value is not None else "")
    return "\n".join(texts)


def _fill_some(qtbot, w) -> None:
    activate(qtbot, w)
    w.set_language("ru")
    w.go("home")
    tap(qtbot, w.screens["home"].search)
    type_on_keyboard(qtbot, w.keyboard, "жилищн")
    w.go("wizard", service_id=KG)
    type_into(qtbot, w, "applicant_full_name", "Зарема Құпиясова")
    type_into(qtbot, w, "applicant_iin", "900101400003")
    type_into(qtbot, w, "applicant_phone", "7071112233")
    leave(qtbot, w)
    seen = _every_text_on_every_widget() + str(w.session.answers)
    assert all(s in seen for s in SECRETS[:3]), "the test did not manage to type its secrets"


def test_after_the_countdown_nothing_of_the_visitor_is_left(window, qtbot):
    w = window
    _fill_some(qtbot, w)
    assert w.ctx.config.idle_timeout_s == 90 and w.idle.timer.interval() == 90_000
    assert w.idle.timer.isActive()
    w.idle.timer.timeout.emit()  # 90 s without a touch
    assert w.overlay.isVisible() and w.overlay.seconds >= 20
    assert w.overlay.count.text() == str(w.overlay.seconds)
    for _ in range(w.overlay.seconds):
        w.overlay.tick.timeout.emit()  # one second each
    assert not w.overlay.isVisible()
    assert w.current.name == "attract"
    assert w.session.answers == {} and w.session.service is None
    left = _every_text_on_every_widget() + _every_model_text(w)
    for secret in SECRETS:
        assert secret not in left, f"{secret!r} is still on a widget or in a model"
    assert w.session.language == w.ctx.config.default_language
    assert not w.keyboard.isVisible()


def test_a_touch_during_the_countdown_keeps_everything(window, qtbot):
    w = window
    _fill_some(qtbot, w)
    w.idle.timer.timeout.emit()
    assert w.overlay.isVisible()
    w.overlay.tick.timeout.emit()
    tap(qtbot, w.overlay.stay)
    assert not w.overlay.isVisible() and w.current.name == "wizard"
    assert w.session.answers["applicant_iin"] == "900101400003"
    assert w.idle.timer.isActive()  # the wait starts again


def test_the_attract_screen_has_no_idle_timer_and_the_receipt_a_shorter_one(window, qtbot):
    w = window
    assert w.current.name == "attract" and not w.idle.timer.isActive()
    w.go("home")
    assert w.idle.timer.interval() == 90_000


def test_the_countdown_covers_the_screen(window, qtbot):
    """The countdown hides what the visitor entered behind an opaque layer (a transparent one
    once drew over the form, unreadable)."""
    w = window
    _fill_some(qtbot, w)
    w.idle.timer.timeout.emit()
    image = w.grab().toImage()
    background = w.overlay.palette().color(w.overlay.backgroundRole())
    corners = [
        image.pixelColor(x, y)
        for x, y in ((5, 5), (w.width() - 5, w.height() // 2), (w.width() // 2, w.height() - 5))
    ]
    assert all(c == corners[0] for c in corners), "something shows through the countdown"
    assert not w.keyboard.isVisible()
    assert background.isValid()


def test_the_idle_watcher_dies_with_the_window(qtbot):
    """Its timer always runs: were Python to own it, the garbage collector could destroy it on
    the sync thread, where Qt cannot stop a timer, and the UI thread would later fire it on
    freed memory (a segfault seen in random-order runs)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from kiosk.config import Config
    from ui.app import build_shell, qt_app

    app = qt_app()
    window = build_shell(app, Config())
    idle = window.idle
    app.removeEventFilter(idle)
    window.keyboard.detach()
    window.translations.remove(app)
    window.screens["attract"].leave()
    window.allow_close = True
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(idle)
