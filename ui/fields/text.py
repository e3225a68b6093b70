"""Editors typed on the on-screen keyboard: text, email, textarea, number, phone, IIN."""

from __future__ import annotations

import math
import re
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from kiosk.answers import DEFAULT_MAX_LENGTH
from ui.fields.base import FieldEditor
from ui.texts import number_text

KEYBOARD = "kioskKeyboard"
EMAIL_MAX = 254
# A pattern made only of digit runs wants the numeric pad; digits and dashes, the number pad.
_DIGITS_ONLY = re.compile(r"(?:\[0-9\](?:\{\d+(?:,\d+)?\})?)+")
_DIGITS_DASHES = re.compile(r"(?:\[0-9\](?:\{\d+(?:,\d+)?\})?|-)+")


def keyboard_for_pattern(pattern: str | None) -> str:
    if pattern and _DIGITS_ONLY.fullmatch(pattern):
        return "digits"
    if pattern and _DIGITS_DASHES.fullmatch(pattern):
        return "number"
    return "text"


SHORT_WIDTH = 440  # px: an IIN, a phone number or a number needs no full-width box


class _LineEditor(FieldEditor):
    """One QLineEdit; its text is the value."""

    keyboard = "text"
    short = False

    def build(self) -> None:
        self.edit = self._make_edit()
        self.edit.setObjectName(f"input_{self.field.id}")
        self.edit.setProperty(KEYBOARD, self.keyboard)
        self.edit.textEdited.connect(self._edited)
        self._watch_focus(self.edit)
        if self.short:
            self.edit.setMaximumWidth(SHORT_WIDTH)
        self._col.addWidget(self.edit)

    def _make_edit(self) -> QLineEdit:
        return QLineEdit(self)

    def focus_target(self) -> QWidget | None:
        return self.edit

    def value(self) -> Any:
        return self.edit.text()

    def _show_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def _retranslate_body(self, catalog: Any, lang: str) -> None:
        self.edit.setAccessibleName(catalog.text(self.field.label, lang))


class TextEditor(_LineEditor):
    def build(self) -> None:
        self.keyboard = keyboard_for_pattern(self.field.pattern)
        super().build()
        limit = self.field.max_length or DEFAULT_MAX_LENGTH["text"]
        # One more than allowed: a pasted novel is cut short, and validation says "too long".
        self.edit.setMaxLength(limit + 1)


class EmailEditor(_LineEditor):
    keyboard = "email"

    def build(self) -> None:
        super().build()
        self.edit.setMaxLength(EMAIL_MAX + 1)


class NumberEditor(_LineEditor):
    """Digits typed on a numeric pad; the value is a number, or the text when it is none."""

    short = True

    def build(self) -> None:
        f = self.field
        whole = f.integer and (f.min is None or f.min >= 0)
        self.keyboard = "digits" if whole else "number"
        super().build()
        self.edit.setMaxLength(32)

    def value(self) -> Any:
        text = self.edit.text().strip().replace(" ", "").replace("\u00a0", "")
        if not text:
            return None
        if re.fullmatch(r"-?\d+", text):
            return int(text)
        if re.fullmatch(r"-?\d*[.,]\d+|-?\d+[.,]", text):
            number = float(text.replace(",", "."))
            if math.isfinite(number):
                return number
        return text

    def _show_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else number_text(value))


class _TextBox(QPlainTextEdit):
    """About four lines tall, whatever the theme's text size."""

    def fit_height(self) -> None:
        frame = 2 * (3 + 8) + 2 * self.frameWidth()  # the theme's border + padding
        doc = int(self.document().documentMargin() * 2)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + doc + frame)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_height()


class TextAreaEditor(FieldEditor):
    def build(self) -> None:
        self.limit = (self.field.max_length or DEFAULT_MAX_LENGTH["textarea"]) + 1
        self.edit = _TextBox(self)
        self.edit.setObjectName(f"input_{self.field.id}")
        self.edit.setProperty(KEYBOARD, "text")
        self.edit.setTabChangesFocus(True)
        self.edit.fit_height()
        self.edit.textChanged.connect(self._on_text)
        self._watch_focus(self.edit)
        self._col.addWidget(self.edit)

    def _on_text(self) -> None:
        text = self.edit.toPlainText()
        if len(text) > self.limit:  # clip a huge paste: validation then says "too long"
            self._loading, was = True, self._loading
            try:
                self.edit.setPlainText(text[: self.limit])
                self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
            finally:
                self._loading = was
        self._edited()

    def focus_target(self) -> QWidget | None:
        return self.edit

    def value(self) -> Any:
        return self.edit.toPlainText()

    def _show_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def _retranslate_body(self, catalog: Any, lang: str) -> None:
        self.edit.setAccessibleName(catalog.text(self.field.label, lang))


class _MaskedEdit(QLineEdit):
    """A line edit with an input mask whose cursor always goes to the end of what was typed
    (a tap in the middle of the blanks would otherwise leave it stranded there)."""

    def typed_end(self) -> int:
        return len(self.text())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setCursorPosition(self.typed_end())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.setCursorPosition(self.typed_end())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setCursorPosition(self.typed_end())


class _PhoneEdit(_MaskedEdit):
    """ "+7" stays in front; typing 8 or +7 first (as on a phone) is understood."""

    PREFIX = 3  # "+7 "

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setInputMask("+7 999 999 99 99;_")
        self._plus = False

    def digits(self) -> str:
        return re.sub(r"\D", "", self.text()[2:])

    def typed_end(self) -> int:
        shown = self.displayText()
        last = max(
            (i for i, ch in enumerate(shown) if ch.isdigit() and i >= self.PREFIX),
            default=self.PREFIX - 1,
        )
        return last + 1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if not self.digits() and (text in ("+", "8") or (text == "7" and self._plus)):
            self._plus = text == "+"
            event.accept()
            return
        self._plus = False
        super().keyPressEvent(event)


class PhoneEditor(_LineEditor):
    keyboard = "phone"
    short = True

    def _make_edit(self) -> QLineEdit:
        return _PhoneEdit(self)

    def value(self) -> Any:
        assert isinstance(self.edit, _PhoneEdit)
        digits = self.edit.digits()
        return "+7" + digits if digits else ""

    def _show_value(self, value: Any) -> None:
        text = "" if value is None else str(value).strip()
        national = text[2:] if text.startswith("+7") else text
        if len(re.sub(r"\D", "", national)) == 11 and national.lstrip()[:1] in ("8", "7"):
            national = national.lstrip()[1:]
        self.edit.setText("+7" + re.sub(r"\D", "", national)[:10])


class IinEditor(_LineEditor):
    keyboard = "digits"
    short = True

    def _make_edit(self) -> QLineEdit:
        edit = _MaskedEdit(self)
        edit.setInputMask("999999999999;_")
        edit.setAlignment(Qt.AlignmentFlag.AlignLeft)
        return edit

    def _show_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else re.sub(r"\D", "", str(value))[:12])
