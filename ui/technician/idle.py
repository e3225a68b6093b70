"""Technician mode closes by itself: `timeout` fires after `seconds` without a touch while it
is on (an application event filter restarts the timer on every press, key or wheel)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.TabletPress,
    QEvent.Type.Wheel,
}


class TechnicianIdle(QObject):
    timeout = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(self._expired)
        self.on = False

    def start(self) -> None:
        if not self.on:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self.on = True
        self.timer.start()

    def stop(self) -> None:
        if self.on:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self.on = False
        self.timer.stop()

    def _expired(self) -> None:
        self.stop()
        self.timeout.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.on and event.type() in _ACTIVITY:
            self.timer.start()
        return False
