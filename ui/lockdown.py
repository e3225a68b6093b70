"""Kiosk lockdown inside the application: what a visitor's keyboard, mouse or the window manager
could do to get past the kiosk's one full-screen window.

An application event filter
- swallows the close/quit keys (Alt+F4, Ctrl+Q, Ctrl+W, Escape) and their shortcut overrides,
  so no widget or shortcut ever acts on them;
- swallows every context-menu event (right click, the Menu key, a long press), so no widget
  pops a menu of its own (a line edit's Cut/Copy/Paste);
- on X11, holds an active keyboard grab on the window, so the window manager's own key
  bindings (Alt+Tab, Super+D, Ctrl+Alt+arrows, Alt+Space...) never fire; Qt still hands
  every key to its focused widget;
- brings the window back, full screen, on top and active, when it stops being full screen, is
  minimised, or is no longer shown (the window manager's "show desktop", another desktop, an X
  client destroying the window): at once on the event, and from a watchdog every 2 seconds.

It stands down when the window's `allow_close` is set (a technician's deliberate exit) and
while the application closes. The window manager's close request is refused by the window
itself (MainWindow.closeEvent). Defence in depth belongs to the deployment: a window manager
configuration that binds no keys, and an X server that forbids VT switching and zapping.
tests/lockdown/test_lockdown_x11.py tries all of it on Xvfb with openbox's stock bindings.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QInputEvent, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

_MODS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
BLOCKED_KEYS: frozenset[tuple[int, int]] = frozenset(
    {
        (Qt.Key.Key_F4.value, Qt.KeyboardModifier.AltModifier.value),
        (Qt.Key.Key_Q.value, Qt.KeyboardModifier.ControlModifier.value),
        (Qt.Key.Key_W.value, Qt.KeyboardModifier.ControlModifier.value),
        (Qt.Key.Key_Escape.value, Qt.KeyboardModifier.NoModifier.value),
    }
)
_KEY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
WATCHDOG_MS = 2000
SETTLE_MS = 150
GRACE_S = 1.0


def is_blocked_key(event: QKeyEvent) -> bool:
    mods = event.modifiers() & _MODS
    return (event.key(), mods.value) in BLOCKED_KEYS


class Lockdown(QObject):
    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(window)
        self.app, self.window = app, window
        self.reasserted = 0  # how many times the window had to be brought back
        self.keyboard_grabbed = False
        self._busy = False  # bringing it back: the state changes on the way are ours
        self._shown = False  # exposed once: before that, "not exposed" is just the start
        self._grace_until = 0.0  # a window just made gets this long to be mapped and shown
        self._soon = QTimer(self, singleShot=True)
        self._soon.timeout.connect(self.reassert)
        self._watchdog = QTimer(self, interval=WATCHDOG_MS)
        self._watchdog.timeout.connect(self._check)
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        app.installEventFilter(self)
        self._watchdog.start()

    def uninstall(self) -> None:
        self._watchdog.stop()
        self._soon.stop()
        self.app.removeEventFilter(self)

    # -- the filter ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: only input events and the window's own
        # are looked at (the class and identity tests are cheap; event.type() makes a Python
        # enum object on every call).
        if not (
            isinstance(event, QInputEvent) or watched is self.window or isinstance(watched, QWindow)
        ):
            return False
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent) and is_blocked_key(event):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # taken: no shortcut may fire on it
            return True
        if watched is self.window and kind == QEvent.Type.WindowStateChange:
            if not self._busy and not self._in_place():
                self._soon.start(SETTLE_MS)
        elif (
            kind == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched is self.window.windowHandle()
        ):
            if watched.isExposed():
                self._shown = True
                self._grab_keyboard()
            elif self._shown and not self._busy:
                self._soon.start(SETTLE_MS)
        return False

    # -- bringing the window back ----------------------------------------------------------
    def _standing_down(self) -> bool:
        return bool(getattr(self.window, "allow_close", False)) or QCoreApplication.closingDown()

    def _in_place(self) -> bool:
        w = self.window
        if not w.isVisible() or not w.isFullScreen() or w.isMinimized():
            return False
        handle = w.windowHandle()
        return (handle is not None and handle.isExposed()) or not self._shown

    def _check(self) -> None:
        if self._standing_down():
            return
        if not self._in_place():
            self.reassert()
        self._grab_keyboard()

    def _grab_keyboard(self) -> None:
        """Take (again) the X keyboard grab; X drops it whenever the window is unmapped."""
        handle = self.window.windowHandle()
        if handle is None or not handle.isExposed() or self._standing_down():
            return
        if QGuiApplication.platformName() == "xcb":
            self.keyboard_grabbed = handle.setKeyboardGrabEnabled(True)

    def reassert(self) -> None:
        if self._busy or self._standing_down() or self._in_place():
            return
        if self._unmapped() and time.monotonic() < self._grace_until:
            self._soon.start(SETTLE_MS)  # the window made a moment ago is still on its way
            return
        self._busy = True
        try:
            self._bring_back()
        finally:
            self._busy = False
        self._soon.start(SETTLE_MS)  # look again: the window manager may still move it

    def _unmapped(self) -> bool:
        """Shown as far as Qt knows, yet not on screen: unmapped or destroyed behind its back."""
        w, handle = self.window, self.window.windowHandle()
        return w.isVisible() and not w.isMinimized() and (handle is None or not handle.isExposed())

    def _bring_back(self) -> None:
        w = self.window
        self.reasserted += 1
        log.warning("kiosk window out of place (state %s): bringing it back", w.windowState().value)
        if self._unmapped():
            # Show desktop, another desktop, an X client's XDestroyWindow: a new native
            # window, mapped anew, is the sure way back.
            w.hide()
            w.destroy()
            self._grace_until = time.monotonic() + GRACE_S
        state = w.windowState() & ~Qt.WindowState.WindowMinimized
        w.setWindowState(state | Qt.WindowState.WindowFullScreen)
        w.showFullScreen()
        w.raise_()
        w.activateWindow()


def install_lockdown(app: QApplication, window: QWidget) -> Lockdown:
    """Lock the kiosk's window down; the returned object lives as long as the window."""
    lockdown = Lockdown(app, window)
    window.lockdown = lockdown  # type: ignore[attr-defined]  # keep the Python side alive
    return lockdown
