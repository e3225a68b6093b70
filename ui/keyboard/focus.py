"""Which keyboard a focused widget wants, and keeping that widget in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QWidget,
)

#: Dynamic property a screen sets on a field to pick its keyboard.
PROPERTY = "kioskKeyboard"
#: Values of ``kioskKeyboard`` understood; "none" keeps the keyboard away.
KINDS = frozenset({"text", "digits", "phone", "email", "number", "none"})

_HINTS: tuple[tuple[Qt.InputMethodHint, str], ...] = (
    (Qt.InputMethodHint.ImhDigitsOnly, "digits"),
    (Qt.InputMethodHint.ImhDialableCharactersOnly, "phone"),
    (Qt.InputMethodHint.ImhFormattedNumbersOnly, "number"),
    (Qt.InputMethodHint.ImhEmailCharactersOnly, "email"),
)


def keyboard_kind(widget: QWidget | None) -> str | None:
    """The keyboard ``widget`` wants ("text", "digits", "phone", "email", "number").

    None if the widget takes no text (or asks for no keyboard with "none").

    The ``kioskKeyboard`` property wins; then the widget's type (and, for a
    line edit, its input method hints).
    """
    if widget is None:
        return None
    wanted = widget.property(PROPERTY)
    if wanted is not None and str(wanted) != "":
        kind = str(wanted)
        if kind == "none":
            return None
        return kind if kind in KINDS else "text"
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return None
        hints = widget.inputMethodHints()
        for hint, kind in _HINTS:
            if hints & hint:
                return kind
        return "text"
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return None if widget.isReadOnly() else "text"
    if isinstance(widget, QAbstractSpinBox) and widget.isReadOnly():
        return None
    if isinstance(widget, QDoubleSpinBox):
        return "number"
    if isinstance(widget, QSpinBox):
        return "digits" if widget.minimum() >= 0 else "number"
    return None


def is_multiline(widget: QWidget | None) -> bool:
    """True for fields where Enter starts a new line rather than finishing."""
    return isinstance(widget, QPlainTextEdit | QTextEdit)


def ensure_field_visible(widget: QWidget) -> QScrollArea | None:
    """Scroll the nearest enclosing QScrollArea so ``widget`` shows, 40 px to spare.

    Returns the scroll area, or None if the widget is not inside one.
    """
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 40)
            return parent
        parent = parent.parentWidget()
    return None
