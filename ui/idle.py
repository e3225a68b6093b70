"""Idle handling: after a while without a touch, a full-screen countdown ("Are you still
there?"); when it runs out, everything the visitor entered is wiped and the attract screen
returns. Any touch, click or key press restarts the wait."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.TabletPress,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """An application-wide event filter. `timeout` fires after `seconds` without activity.

    Give it a parent (the window): its timer runs all the time, and a QObject that Python owns
    is destroyed wherever the garbage collector happens to run, possibly on the sync thread.
    Qt cannot stop a timer from another thread, so the timer would stay registered and later
    fire on freed memory (a segfault on the UI thread)."""

    timeout = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.default_s = seconds
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.timeout)
        self.set_seconds(seconds)
        self.enabled = True

    def set_seconds(self, seconds: float | None) -> None:
        self.timer.setInterval(int(1000 * (seconds if seconds is not None else self.default_s)))
        if self.timer.isActive():
            self.timer.start()

    def poke(self) -> None:
        if self.enabled:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here (a screen switch is ~900 of them): the
        # class test first (cheap, in C), the type (a new Python enum each call) only for input.
        if isinstance(event, QInputEvent) and event.type() in _ACTIVITY:
            self.poke()
        return False


class IdleOverlay(QWidget):
    """Covers the window with a big countdown and a big "I'm still here" button."""

    expired = Signal()
    resumed = Signal()

    def __init__(
        self, parent: QWidget, seconds: float, on_tick: Callable[[int], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.seconds = int(seconds)
        self.left = self.seconds
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        col = QVBoxLayout(self)
        col.addStretch(1)
        self.question = QLabel(self)
        self.question.setObjectName("screenTitle")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = QLabel(self)
        self.count.setObjectName("countdown")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stay = QPushButton(self)
        self.stay.setObjectName("primaryButton")
        self.stay.setMinimumHeight(96)
        self.stay.clicked.connect(self.resume)
        for w in (self.question, self.count, self.explain):
            col.addWidget(w)
        col.addSpacing(24)
        col.addWidget(self.stay, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addStretch(1)
        self.hide()
        self.retranslate()

    def start(self) -> None:
        self.left = self.seconds
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.retranslate()
        self.show()
        self.raise_()
        self.tick.start()

    def resume(self) -> None:
        self.tick.stop()
        self.hide()
        self.resumed.emit()

    def active(self) -> bool:
        return self.isVisible()

    def _tick(self) -> None:
        self.left -= 1
        self.retranslate()
        if self.left <= 0:
            self.tick.stop()
            self.hide()
            self.expired.emit()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.count.setText(str(max(self.left, 0)))
        self.explain.setText(
            self.tr(
                "For your privacy, everything you entered will be erased when the countdown ends."
            )
        )
        self.stay.setText(self.tr("Yes, I am still here"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
