"""Technician mode: a hidden corner gesture opens a PIN pad; the right PIN opens the technician
screen; it closes by itself after `config.technician_idle_s` without a touch.

    from ui.technician import TechnicianContext, install
    mode = install(window, TechnicianContext(data=kiosk.data, store=kiosk.store))

`install` adds the screen to the window's stack (as `window.screens["technician"]`), the pad as
an overlay child of the window, and the gesture as an application event filter. It does not
change MainWindow; it leaves through `window.reset()` (wiping everything, back to attract).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from kiosk.pin import PinGuard
from ui.main_window import MainWindow
from ui.technician.context import EXIT_DESKTOP, EXIT_RESTART, TechnicianContext
from ui.technician.gesture import CornerTaps
from ui.technician.idle import TechnicianIdle
from ui.technician.pin_pad import PinPad
from ui.technician.technician_screen import TechnicianScreen

log = logging.getLogger(__name__)

__all__ = ["EXIT_DESKTOP", "EXIT_RESTART", "TechnicianContext", "TechnicianMode", "install"]


class TechnicianMode(QObject):
    """The wiring: gesture → pad → screen, the technician idle, the visitor idle paused."""

    def __init__(self, window: MainWindow, tech: TechnicianContext) -> None:
        super().__init__(window)
        self.window, self.tech = window, tech
        ctx = window.ctx
        self.guard = PinGuard(tech.store, ctx.clock, hasher=tech.hasher)
        self.pad = PinPad(window, self.guard, window.tasks.run)
        self.screen = TechnicianScreen(ctx, window, tech)
        window.screens[self.screen.name] = self.screen
        window.stack.addWidget(self.screen)
        self.idle = TechnicianIdle(ctx.config.technician_idle_s, self)
        self.gesture = CornerTaps(
            window,
            ctx.clock.monotonic,
            active=self._gesture_active,
            swallow=lambda: window.current.name == "attract",
        )
        self.gesture.triggered.connect(self.open_pad)
        self.pad.accepted.connect(self._opened)
        self.pad.cancelled.connect(self._cancelled)
        self.screen.close_requested.connect(window.reset)
        self.screen.left.connect(self._left)
        self.idle.timeout.connect(self._timed_out)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.gesture)
        window.installEventFilter(self)

    def uninstall(self) -> None:
        """Undo the wiring's effects outside the window (filters, timers)."""
        self.idle.stop()
        self.pad.close_pad()
        self.screen.leave() if self.window.current is self.screen else None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.gesture)
        self.window.removeEventFilter(self)

    @property
    def active(self) -> bool:
        return self.pad.isVisible() or self.window.current is self.screen

    def _gesture_active(self) -> bool:
        return not self.active and not self.window.overlay.isVisible()

    # -- the visitor's idle countdown must not run over technician mode --------------------
    def _pause_visitor_idle(self) -> None:
        self.window.idle.enabled = False
        self.window.idle.stop()

    def _resume_visitor_idle(self) -> None:
        self.window.idle.enabled = True
        if self.window.current.name != "attract":
            self.window.idle.poke()

    # -- steps -----------------------------------------------------------------------------
    def open_pad(self) -> None:
        log.info("technician PIN pad opened")
        self.window.keyboard.hide()
        self._pause_visitor_idle()
        self.pad.open()
        self.idle.start()

    def _cancelled(self) -> None:
        self.idle.stop()
        self._resume_visitor_idle()

    def _opened(self) -> None:
        log.info("technician mode opened")
        language = self.window.session.language
        self.window.reset()  # nothing a visitor left behind stays on screen
        self.window.set_language(language)  # the language the technician used on the pad
        self._pause_visitor_idle()
        self.window.go(self.screen.name)
        self.idle.start()

    def _left(self) -> None:
        log.info("technician mode closed")
        self.idle.stop()
        self._resume_visitor_idle()

    def _timed_out(self) -> None:
        log.info("technician mode timed out")
        self.pad.close_pad()
        self._resume_visitor_idle()
        self.window.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize and self.pad.isVisible():
            self.pad.setGeometry(self.window.rect())
        return False


def install(window: MainWindow, tech: TechnicianContext) -> TechnicianMode:
    """Wire technician mode onto `window`; keep the returned object (it owns the wiring)."""
    return TechnicianMode(window, tech)
