"""Key buttons and pages of the on-screen keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from .layouts import PADS, KeySpec, page_keys

#: Smallest key, both ways, in pixels: a finger, not a mouse pointer.
KEY_MIN = 64
#: Height a key asks for when there is room.
KEY_HEIGHT = 72
#: Pixel size of key labels.
LABEL_PX = 26
#: Widest a numeric pad grows, so its keys stay key-shaped on a wide screen.
PAD_MAX_WIDTH = 560
SPACING = 6


class KeyButton(QPushButton):
    """A key: never takes focus, styled by the theme via ``#kbKey[keyRole=...]``."""

    def __init__(self, spec: KeySpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("kbKey")
        self.setProperty("keyRole", spec.role)
        self.setProperty("keyChar", spec.char)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(KEY_MIN, KEY_MIN)
        # Width comes from the grid alone, so every column is equally wide
        # whatever the label; KEY_MIN still holds as the minimum size.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        font = QFont(self.font())
        font.setPixelSize(LABEL_PX)
        self.setFont(font)
        if spec.role == "backspace":
            self.setAutoRepeat(True)
            self.setAutoRepeatDelay(500)
            self.setAutoRepeatInterval(90)
        if spec.role == "shift":
            self.setCheckable(True)

    def set_label(self, text: str) -> None:
        """Show ``text`` as is ("&" would otherwise become a mnemonic marker)."""
        self.setText(text.replace("&", "&&"))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            # A stylesheet's min-width/min-height replace the minimum size set
            # in code; keep the touch floor whatever the theme says.
            self.setMinimumSize(
                max(self.minimumWidth(), KEY_MIN), max(self.minimumHeight(), KEY_MIN)
            )
        return handled

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), KEY_MIN), max(hint.height(), KEY_HEIGHT))


def build_page(
    name: str, on_key: Callable[[KeyButton], None], parent: QWidget | None = None
) -> tuple[QWidget, list[KeyButton]]:
    """Build page ``name``; every key's click calls ``on_key(button)``."""
    specs, width = page_keys(name)
    page = QWidget(parent)
    page.setObjectName(f"kbPage_{name}")
    grid_holder = QWidget(page)
    grid = QGridLayout(grid_holder)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(SPACING)
    for column in range(width):
        grid.setColumnStretch(column, 1)
    buttons: list[KeyButton] = []
    for spec in specs:
        if spec.role == "gap":
            continue
        button = KeyButton(spec, grid_holder)
        button.clicked.connect(lambda _checked=False, b=button: on_key(b))
        if name in PADS:  # fewer rows than the letter pages: let pad keys grow tall
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        grid.addWidget(button, spec.row, spec.column, 1, spec.span)
        buttons.append(button)
    outer = QHBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    if name in PADS:
        grid_holder.setMaximumWidth(PAD_MAX_WIDTH)
        outer.addStretch(1)
        outer.addWidget(grid_holder, 4)
        outer.addStretch(1)
    else:
        outer.addWidget(grid_holder)
    return page, buttons
