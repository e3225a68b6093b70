"""The catalog as typed, immutable objects (catalog-format.md, version 1)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

Text = Mapping[str, str]

FIELD_TYPES = (
    "text",
    "textarea",
    "number",
    "date",
    "select",
    "multiselect",
    "checkbox",
    "phone",
    "email",
    "iin",
)
SERVICE_KINDS = ("application", "appeal", "info")


@dataclass(frozen=True)
class Option:
    value: str
    label: Text


@dataclass(frozen=True)
class VisibleIf:
    field: str
    equals: Any = None
    any_of: tuple[Any, ...] | None = None

    def matches(self, value: Any) -> bool:
        if self.any_of is not None:
            return value in self.any_of
        return bool(value == self.equals)


@dataclass(frozen=True)
class Field:
    id: str
    type: str
    label: Text
    required: bool
    help: Text | None = None
    visible_if: VisibleIf | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min: Any = None  # number, or a date string / "today" for dates
    max: Any = None
    integer: bool = False
    options: tuple[Option, ...] = ()
    min_items: int | None = None
    max_items: int | None = None

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True)
class Step:
    title: Text
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Form:
    version: str
    steps: tuple[Step, ...]

    def fields(self) -> Iterator[Field]:
        for step in self.steps:
            yield from step.fields

    def field(self, field_id: str) -> Field | None:
        return next((f for f in self.fields() if f.id == field_id), None)

    def step_of(self, field_id: str) -> int:
        for index, step in enumerate(self.steps):
            if any(f.id == field_id for f in step.fields):
                return index
        raise KeyError(field_id)


@dataclass(frozen=True)
class Details:
    who_can_apply: Text | None = None
    documents: tuple[Text, ...] = ()
    cost: Text | None = None
    duration: Text | None = None
    result: Text | None = None
    where: Text | None = None


@dataclass(frozen=True)
class Service:
    id: str
    category: str
    kind: str
    title: Text
    summary: Text
    keywords: Text | None
    details: Details
    form: Form | None


@dataclass(frozen=True)
class Category:
    id: str
    title: Text
    icon: str | None = None
    order: float | None = None


@dataclass(frozen=True)
class EncryptionKey:
    kid: str
    alg: str
    public_key: bytes


@dataclass(frozen=True)
class Catalog:
    version: str
    languages: tuple[str, ...]
    default_language: str
    encryption_key: EncryptionKey | None
    categories: tuple[Category, ...]
    services: tuple[Service, ...]
    raw: Mapping[str, Any] = field(repr=False, compare=False, default_factory=dict)

    def text(self, text: Text | None, lang: str) -> str:
        """The text in `lang`, falling back to the catalog's default language."""
        if not text:
            return ""
        return text.get(lang) or text.get(self.default_language, "")

    def service(self, service_id: str) -> Service | None:
        return next((s for s in self.services if s.id == service_id), None)

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def ordered_categories(self) -> list[Category]:
        indexed = list(enumerate(self.categories))
        indexed.sort(key=lambda p: (p[1].order if p[1].order is not None else 10**9, p[0]))
        return [c for _, c in indexed]

    def services_in(self, category_id: str) -> list[Service]:
        return [s for s in self.services if s.category == category_id]
