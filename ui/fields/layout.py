"""Small building blocks the form screens share: themed labels and buttons, the flickable
scroll area a long page sits in, and scrolling a field into view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from ui.fields.base import FieldEditor
from ui.scrolling import flick


def label(name: str, parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label styled by the theme's object `name` (screenTitle, helpLabel, ...)."""
    widget = QLabel(parent)
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def button(name: str, parent: QWidget | None = None, *, min_width: int = 0) -> QPushButton:
    """A touch button that never takes the focus (the keyboard keeps its field)."""
    widget = QPushButton(parent)
    widget.setObjectName(name)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if min_width:
        widget.setMinimumWidth(min_width)
    return widget


def scroll_area(parent: QWidget) -> tuple[QScrollArea, QWidget, QHBoxLayout]:
    """A frameless, vertically flickable scroll area (kinetic, with the theme's big bar), its
    content widget and that widget's row: add the page with stretch 1 at index 0; the room
    beyond the page's maximum width stays on the right."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    flick(scroll.viewport())
    host = QWidget()
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 0, 16, 0)
    row.addStretch(0)
    scroll.setWidget(host)
    return scroll, host, row


def reveal_field(scroll: QScrollArea, widget: QWidget) -> None:
    """Scroll so the whole field around `widget` shows (its question and error too) when it
    fits, else `widget` itself."""
    editor = widget.parentWidget()
    while editor is not None and not isinstance(editor, FieldEditor):
        editor = editor.parentWidget()
    if editor is not None and editor.height() + 24 <= scroll.viewport().height():
        scroll.ensureWidgetVisible(editor, 0, 12)
    else:
        scroll.ensureWidgetVisible(widget, 0, 40)


def scroll_to_top_of(scroll: QScrollArea, widget: QWidget) -> None:
    """Scroll so `widget` starts at the top of the view (a field with an error: its question
    and message show first, even above a long list of options)."""
    content = scroll.widget()
    if content is not None and content.isAncestorOf(widget):
        y = widget.mapTo(content, QPoint(0, 0)).y()
        scroll.verticalScrollBar().setValue(max(0, y - 16))
