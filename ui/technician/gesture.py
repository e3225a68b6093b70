"""The hidden way into technician mode: 5 taps in the window's top-left corner within 4 seconds.

An application event filter watches presses on the main window (it never consumes them, except
on the attract screen, where a tap in the corner would otherwise start a visitor session). A tap
anywhere else starts the count again, so a visitor using the screen does not hit it by chance.
Time comes from an injected monotonic callable, so tests are exact.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

CORNER_PX = 80
TAPS = 5
WITHIN_S = 4.0

_MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
}


class CornerTaps(QObject):
    """Emits `triggered` after `taps` presses in the `corner_px` square within `within_s`."""

    triggered = Signal()

    def __init__(
        self,
        window: QWidget,
        now: Callable[[], float],
        *,
        active: Callable[[], bool] = lambda: True,
        swallow: Callable[[], bool] = lambda: False,
        corner_px: int = CORNER_PX,
        taps: int = TAPS,
        within_s: float = WITHIN_S,
    ) -> None:
        super().__init__(window)
        self.window, self.now = window, now
        self.active, self.swallow = active, swallow
        self.corner_px, self.taps, self.within_s = corner_px, taps, within_s
        self.times: list[float] = []
        self._last: tuple[int, float, float] | None = None  # one press seen once
        self._held = False  # a press was swallowed: so are its release and double-click

    def in_corner(self, event: QMouseEvent) -> bool:
        pos = self.window.mapFromGlobal(event.globalPosition()).toPoint()
        return 0 <= pos.x() < self.corner_px and 0 <= pos.y() < self.corner_px

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: the class test first (cheap, in C), the
        # type (a new Python enum object on each call) only for mouse events.
        if not isinstance(event, QMouseEvent) or event.type() not in _MOUSE:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        if event.type() != QEvent.Type.MouseButtonPress:
            held = self._held  # the rest of a swallowed tap is swallowed too
            if event.type() == QEvent.Type.MouseButtonRelease:
                self._held = False
            return held
        if not self.active():
            self.times.clear()
            return False
        corner = self.in_corner(event)
        where = event.globalPosition()
        key = (event.timestamp(), where.x(), where.y())
        if key != self._last:  # an ignored press travels up to the parents: count it once
            self._last = key
            self._tap(corner)
        self._held = corner and self.swallow()
        return self._held

    def _tap(self, corner: bool) -> None:
        if not corner:
            self.times.clear()
            return
        now = self.now()
        self.times = [t for t in self.times if now - t <= self.within_s] + [now]
        if len(self.times) >= self.taps:
            self.times.clear()
            self.triggered.emit()
