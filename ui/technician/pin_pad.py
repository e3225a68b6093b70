"""The technician's PIN pad: a full-window overlay with big digit keys.

Dots show how many digits were entered, never the digits. A wrong PIN says how many attempts are
left; after too many the pad locks and counts down ("Locked: try again in 4:59"). The PIN is
checked off the UI thread (Argon2 takes a noticeable fraction of a second).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.pin import MAX_DIGITS, MIN_DIGITS, PinGuard, PinNotSet, Result
from ui.technician.widgets import label

Runner = Callable[[Callable[[], Any], Callable[[Any, BaseException | None], None]], None]
KEY_MAX = (180, 104)  # keys grow with the screen up to this; the theme gives the minimum


def _button(parent: QWidget, name: str, text: str = "", *, key: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if key:
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setMaximumSize(*KEY_MAX)
    return button


def mmss(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class PinPad(QWidget):
    accepted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget, guard: PinGuard, run: Runner) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.guard, self.run = guard, run
        self._digits = ""  # never shown, never logged
        self.state = "entry"  # entry, checking, wrong, locked, no_pin
        self.attempts_left = 0
        self.locked_left = 0.0  # seconds, as last read (retranslate reads no database)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._refresh_lock)

        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(48, 32, 48, 32)
        self.box.setSpacing(48)
        info = QVBoxLayout()
        info.setSpacing(16)
        self.title = label(self, "screenTitle")
        self.prompt = label(self, "sectionTitle")
        self.dots = label(self, "screenTitle")
        self.dots.setMinimumHeight(72)
        self.message = label(self, "errorLabel")
        self.cancel = _button(self, "secondaryButton")
        self.cancel.clicked.connect(self.on_cancel)
        info.addStretch(1)
        for widget in (self.title, self.prompt, self.dots, self.message):
            info.addWidget(widget)
        info.addSpacing(16)
        info.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        info.addStretch(1)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, key in enumerate("123456789"):
            self.keys[key] = _button(self, "secondaryButton", key, key=True)
            grid.addWidget(self.keys[key], i // 3, i % 3)
        self.keys["0"] = _button(self, "secondaryButton", "0", key=True)
        self.backspace = _button(self, "secondaryButton", "⌫", key=True)
        self.ok = _button(self, "primaryButton", key=True)
        grid.addWidget(self.backspace, 3, 0)
        grid.addWidget(self.keys["0"], 3, 1)
        grid.addWidget(self.ok, 3, 2)
        for row in range(4):
            grid.setRowMinimumHeight(row, KEY_MAX[1] - 8)
        for key, button in self.keys.items():
            button.clicked.connect(lambda _=False, key=key: self.press(key))
        self.backspace.clicked.connect(self.erase)
        self.ok.clicked.connect(self.submit)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addLayout(grid, 6)
        middle.addStretch(1)
        pad = QVBoxLayout()
        pad.addStretch(1)
        pad.addLayout(middle)
        pad.addStretch(1)
        self.box.addLayout(info, 1)
        self.box.addLayout(pad, 1)
        self.hide()
        self.retranslate()

    # -- opening and closing -------------------------------------------------------------
    def open(self) -> None:
        self._digits = ""
        self.state = "entry" if self.guard.has_pin() else "no_pin"
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._refresh_lock()
        self.show()
        self.raise_()

    def close_pad(self) -> None:
        self._digits = ""
        self.tick.stop()
        self.hide()

    def on_cancel(self) -> None:
        self.close_pad()
        self.cancelled.emit()

    # -- keys ----------------------------------------------------------------------------
    def press(self, key: str) -> None:
        if self.state in ("entry", "wrong") and len(self._digits) < MAX_DIGITS:
            self._digits += key
            self.state = "entry"
            self.retranslate()

    def erase(self) -> None:
        self._digits = self._digits[:-1]
        self.retranslate()

    def entered(self) -> int:
        return len(self._digits)

    def submit(self) -> None:
        if self.state != "entry" or len(self._digits) < MIN_DIGITS:
            return
        pin, self._digits = self._digits, ""
        self.state = "checking"
        self.retranslate()
        self.run(lambda: self.guard.verify(pin), self._checked)

    def _checked(self, result: Result | None, error: BaseException | None) -> None:
        if not self.isVisible():  # cancelled (or timed out) while the PIN was being checked
            return
        if isinstance(error, PinNotSet):
            self.state = "no_pin"
        elif error is not None or result is None:
            self.state = "entry"
        elif result.ok:
            self.close_pad()
            self.accepted.emit()
            return
        elif result.locked_for_s > 0:
            self.state = "locked"
        else:
            self.state, self.attempts_left = "wrong", result.attempts_left
        self._refresh_lock()

    def _refresh_lock(self) -> None:
        self.locked_left = 0.0
        if self.state in ("entry", "wrong", "locked") and self.guard.has_pin():
            self.locked_left = self.guard.locked_for()
            if self.locked_left > 0:
                self.state = "locked"
            elif self.state == "locked":
                self.state = "entry"
        if self.state == "locked":
            self.tick.start() if not self.tick.isActive() else None
        else:
            self.tick.stop()
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Technician mode"))
        self.prompt.setText(self.tr("Enter the technician PIN"))
        shown = max(MIN_DIGITS, len(self._digits))
        self.dots.setText(" ".join("●" if i < len(self._digits) else "○" for i in range(shown)))
        self.cancel.setText(self.tr("Cancel"))
        self.ok.setText(self.tr("OK"))
        self.message.setText(self._message())
        self.message.setVisible(bool(self.message.text()))
        style = "helpLabel" if self.state == "checking" else "errorLabel"
        if self.message.objectName() != style:
            self.message.setObjectName(style)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
        open_keys = self.state in ("entry", "wrong")
        for button in self.keys.values():
            button.setEnabled(open_keys and len(self._digits) < MAX_DIGITS)
        self.backspace.setEnabled(open_keys and bool(self._digits))
        self.ok.setEnabled(open_keys and len(self._digits) >= MIN_DIGITS)

    def _message(self) -> str:
        if self.state == "no_pin":
            return self.tr(
                "No technician PIN is set on this kiosk. Set one from the kiosk's "
                "console with the command: kiosk set-pin"
            )
        if self.state == "locked":
            return self.tr("Locked: try again in %1").replace("%1", mmss(self.locked_left))
        if self.state == "wrong":
            return self.tr("Wrong PIN. %n attempt(s) left.", "", self.attempts_left)
        if self.state == "checking":
            return self.tr("Checking…")
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= event.size().height()
        self.box.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
