"""The editors of one step of a form, one under the other, with their errors.

Qt-only bookkeeping for the wizard: which fields show (visible_if, from the answers), which
errors are on show (kept as codes, so a language switch rewrites them), refilling the editors
from the answers. The answers themselves live in the visitor session, not here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.answers import FieldError, is_visible
from kiosk.catalog import Catalog, Field, Form
from ui.fields import FieldEditor, make_editor
from ui.texts import error_text


class StepForm(QWidget):
    #: (field id, raw value) after each edit by the visitor
    changed = Signal(str, object)
    #: field id: the visitor left that field
    left = Signal(str)

    def __init__(
        self,
        fields: Iterable[Field],
        *,
        today: date,
        catalog: Catalog,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepForm")
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, FieldError] = {}
        self._lang = lang
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 32)
        column.setSpacing(36)
        for field in fields:
            editor = make_editor(field, today=today, parent=self)
            editor.changed.connect(partial(self.changed.emit, field.id))
            editor.left.connect(partial(self.left.emit, field.id))
            editor.retranslate(catalog, lang)
            column.addWidget(editor)
            self.editors[field.id] = editor
        column.addStretch(1)

    def retranslate(self, catalog: Catalog, lang: str) -> None:
        self._lang = lang
        for editor in self.editors.values():
            editor.retranslate(catalog, lang)
        for field_id, error in self.errors.items():
            self._show(field_id, error)

    def fill(self, answers: Mapping[str, Any]) -> None:
        """Show the session's answers (after Back, a visit to review, a rebuild)."""
        for field_id, editor in self.editors.items():
            value = answers.get(field_id)
            if editor.value() != value:
                editor.set_value(value)

    def apply_visibility(self, form: Form, answers: Mapping[str, Any]) -> None:
        """Show exactly the fields whose visible_if holds; a hidden field shows no error."""
        for field_id, editor in self.editors.items():
            visible = is_visible(form, editor.field, answers)
            if visible == editor.isHidden():
                editor.setHidden(not visible)
            if not visible and field_id in self.errors:
                self.set_error(field_id, None)

    def set_error(self, field_id: str, error: FieldError | None) -> None:
        if error is None:
            self.errors.pop(field_id, None)
            self.editors[field_id].set_error(None)
        else:
            self.errors[field_id] = error
            self._show(field_id, error)

    def _show(self, field_id: str, error: FieldError) -> None:
        editor = self.editors[field_id]
        editor.set_error(error_text(error, kind=editor.field.type, lang=self._lang))

    def first_error(self) -> FieldEditor | None:
        return next((e for fid, e in self.editors.items() if fid in self.errors), None)

    def clear(self) -> None:
        """Forget everything the visitor entered (the idle reset)."""
        for editor in self.editors.values():
            editor.blockSignals(True)
            editor.clear()
        self.errors.clear()
