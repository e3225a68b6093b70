"""Small building blocks the visitor screens share: themed labels, touch buttons, a page that
scrolls with a finger, and a column of parts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.scrolling import flick


def make_label(parent: QWidget, object_name: str | None, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(wrap)
    return label


def make_button(parent: QWidget, object_name: str, slot: Callable[..., Any]) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(object_name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(slot)
    return button


class ScrollPage(QScrollArea):
    """A page that scrolls with a finger when it does not fit (large text, small screens)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.body = QWidget(self)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(48, 16, 48, 16)
        self.layout_.setSpacing(16)
        self.setWidget(self.body)
        flick(self.viewport())


def column(spacing: int, *items: QWidget | QBoxLayout | int) -> QVBoxLayout:
    """A column of widgets and layouts; a number in between is extra space."""
    col = QVBoxLayout()
    col.setSpacing(spacing)
    for item in items:
        if isinstance(item, int):
            col.addSpacing(item)
        elif isinstance(item, QWidget):
            col.addWidget(item)
        else:
            col.addLayout(item)
    col.addStretch(1)
    return col
