"""One editor per catalog field type (catalog-format.md), all `FieldEditor`s."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from kiosk.catalog import Field
from ui.fields.base import FieldEditor
from ui.fields.choice import CheckboxEditor, ChoiceRow, MultiSelectEditor, SelectEditor
from ui.fields.date import DateEditor
from ui.fields.text import (
    EmailEditor,
    IinEditor,
    NumberEditor,
    PhoneEditor,
    TextAreaEditor,
    TextEditor,
)

EDITORS: dict[str, type[FieldEditor]] = {
    "text": TextEditor,
    "email": EmailEditor,
    "textarea": TextAreaEditor,
    "number": NumberEditor,
    "date": DateEditor,
    "select": SelectEditor,
    "multiselect": MultiSelectEditor,
    "checkbox": CheckboxEditor,
    "phone": PhoneEditor,
    "iin": IinEditor,
}


def make_editor(field: Field, *, today: date, parent: QWidget | None = None) -> FieldEditor:
    """The editor for `field`'s type (texts are set by `retranslate`)."""
    return EDITORS[field.type](field, today=today, parent=parent)


__all__ = ["EDITORS", "ChoiceRow", "FieldEditor", "make_editor"]
