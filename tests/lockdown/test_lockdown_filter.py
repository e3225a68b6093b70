"""ui.lockdown's filter on the offscreen platform: which keys it takes, context menus, and
standing down for a technician's deliberate exit. (Under a real X server: test_lockdown_x11.)"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ui.lockdown import install_lockdown, is_blocked_key

Key, Mod = Qt.Key, Qt.KeyboardModifier


@pytest.mark.parametrize(
    ("key", "mods", "blocked"),
    [
        (Key.Key_F4, Mod.AltModifier, True),
        (Key.Key_Q, Mod.ControlModifier, True),
        (Key.Key_W, Mod.ControlModifier, True),
        (Key.Key_Escape, Mod.NoModifier, True),
        (Key.Key_F4, Mod.NoModifier, False),
        (Key.Key_Q, Mod.NoModifier, False),  # typing a "q" stays possible
        (Key.Key_A, Mod.ControlModifier, False),
    ],
)
def test_blocked_keys(key, mods, blocked):
    assert is_blocked_key(QKeyEvent(QEvent.Type.KeyPress, key, mods)) is blocked


class SpyEdit(QLineEdit):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.keys: list[int] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keys.append(event.key())
        super().keyPressEvent(event)


@pytest.fixture
def locked(qtbot):
    app = QApplication.instance()
    window = QWidget()
    window.allow_close = False
    edit = SpyEdit(window)
    QVBoxLayout(window).addWidget(edit)
    qtbot.addWidget(window)
    window.resize(400, 200)
    window.show()
    qtbot.waitExposed(window)
    lockdown = install_lockdown(app, window)
    yield window, edit, lockdown
    lockdown.uninstall()
    window.allow_close = True


def test_keys_and_context_menus_are_taken(locked, qtbot):
    _, edit, lockdown = locked
    edit.setFocus()
    qtbot.keyClicks(edit, "ab")
    for key, mods in ((Key.Key_Escape, Mod.NoModifier), (Key.Key_Q, Mod.ControlModifier)):
        QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, key, mods))
    menu = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), edit.mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(edit, menu)
    assert QApplication.activePopupWidget() is None
    assert edit.keys == [Key.Key_A, Key.Key_B] and edit.text() == "ab"

    lockdown.uninstall()  # the control: without the filter both get through
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, Key.Key_Escape, Mod.NoModifier))
    QApplication.sendEvent(edit, menu)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    popup.close()
    assert edit.keys[-1] == Key.Key_Escape


def test_brings_a_minimised_window_back_and_stands_down_for_a_technician(locked, qtbot):
    window, _, lockdown = locked
    window.showFullScreen()
    window.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(lambda: window.isFullScreen() and not window.isMinimized(), timeout=3000)
    assert lockdown.reasserted >= 1
    window.allow_close = True  # a technician's exit: hands off
    count = lockdown.reasserted
    window.showNormal()
    qtbot.wait(400)
    assert not window.isFullScreen() and lockdown.reasserted == count
