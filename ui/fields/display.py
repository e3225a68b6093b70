"""An answer as the visitor reads it back on the review screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.catalog import Catalog, Field
from kiosk.phone import format_phone, normalize_phone
from ui.texts import date_text, number_text


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def display_value(field: Field, value: Any, catalog: Catalog, lang: str) -> str:
    """Option labels for choices, Yes/No for a tick box, +7 XXX XXX XX XX for a phone,
    a written-out date; the text itself otherwise. "" when there is no answer."""
    kind = field.type
    if kind == "checkbox":
        return (
            QCoreApplication.translate("FieldDisplay", "Yes")
            if value is True
            else QCoreApplication.translate("FieldDisplay", "No")
        )
    if is_empty(value):
        return ""
    if kind == "select":
        option = field.option(value) if isinstance(value, str) else None
        return catalog.text(option.label, lang) if option is not None else str(value)
    if kind == "multiselect" and isinstance(value, list | tuple):
        labels = []
        for item in value:
            option = field.option(item) if isinstance(item, str) else None
            labels.append(catalog.text(option.label, lang) if option is not None else str(item))
        return "; ".join(labels)
    if kind == "phone" and isinstance(value, str):
        e164 = normalize_phone(value)
        return format_phone(e164) if e164 else value
    if kind == "date" and isinstance(value, str):
        return date_text(value, lang)
    if kind == "number":
        return number_text(value)
    return str(value)
