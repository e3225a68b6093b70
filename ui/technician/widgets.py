"""Small builders the technician widgets share: labels, touch buttons, flickable areas."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

TOUCH_PX = 72  # the theme's button height; nothing tappable is under 64 px


def label(parent: QWidget, name: str = "", layout: Any = None) -> QLabel:
    """A plain-text, word-wrapping label (texts from the log or the hub are never rich text)."""
    widget = QLabel(parent)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if layout is not None:
        layout.addWidget(widget)
    return widget


def button(
    parent: QWidget,
    name: str,
    text: str = "",
    *,
    layout: Any = None,
    handler: Callable[[], None] | None = None,
) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setMinimumHeight(TOUCH_PX)
    if handler is not None:
        widget.clicked.connect(lambda _=False: handler())
    if layout is not None:
        layout.addWidget(widget)
    return widget
