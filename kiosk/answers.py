"""Validating a visitor's answers against a form: the same code runs on the kiosk and the hub.

Each field's raw value is cleaned (trimmed, normalised: a phone to E.164, an IIN to digits) and
checked against its type's constraints (catalog-format.md). A hidden field (visible_if) is
neither validated nor sent. Errors carry a code and parameters; turning them into words in the
visitor's language is the caller's job (the UI's translations, the hub's messages).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from typing import Any

from kiosk.catalog import Field, Form
from kiosk.iin import iin_error
from kiosk.phone import normalize_phone

DEFAULT_MAX_LENGTH = {"text": 200, "textarea": 2000}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Control characters (Unicode category Cc: U+0000-001F, U+007F-009F, a set the Unicode stability
# policy freezes), surrogates (Cs) and the line/paragraph separators U+2028/2029.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
_CONTROLS_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
_MISSING = object()


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    params: dict[str, Any] = dc_field(default_factory=dict)


class _Reject(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        self.code, self.params = code, params


def is_visible(form: Form, field_: Field, answers: Mapping[str, Any]) -> bool:
    """Whether a field is shown, given the answers so far (conditions chain, never cycle)."""
    cond = field_.visible_if
    if cond is None:
        return True
    target = form.field(cond.field)
    if target is None or not is_visible(form, target, answers):
        return False
    return cond.matches(_comparable(target, answers.get(cond.field)))


def _comparable(f: Field, raw: Any) -> Any:
    """The value a condition compares: the cleaned one, as the hub will see it after sending."""
    if isinstance(raw, str):
        if f.type == "phone":
            return normalize_phone(raw) or raw.strip()
        if f.type == "iin":
            return raw.replace(" ", "").strip()
        return raw.replace("\r\n", "\n").strip()
    return raw


def visible_fields(form: Form, answers: Mapping[str, Any]) -> list[Field]:
    """The fields shown, in order: `is_visible` for each, with the fields looked up by id once
    and each condition's outcome worked out once."""
    fields = list(form.fields())
    by_id: dict[str, Field] = {}
    for f in fields:
        by_id.setdefault(f.id, f)  # as Form.field: the first with that id
    known: dict[int, bool] = {}

    def visible(f: Field) -> bool:
        cond = f.visible_if
        if cond is None:
            return True
        shown = known.get(id(f))
        if shown is None:
            target = by_id.get(cond.field)
            shown = (
                target is not None
                and visible(target)
                and cond.matches(_comparable(target, answers.get(cond.field)))
            )
            known[id(f)] = shown
        return shown

    return [f for f in fields if f.visible_if is None or visible(f)]


def validate_answers(
    form: Form, answers: Mapping[str, Any], *, today: date
) -> tuple[dict[str, Any], list[FieldError]]:
    """The clean answers object to send, and every error found (empty when valid)."""
    if not isinstance(answers, Mapping):
        return {}, [FieldError("", "type")]
    clean: dict[str, Any] = {}
    errors: list[FieldError] = []
    for f in visible_fields(form, answers):
        value, error = validate_field(f, answers.get(f.id, _MISSING), today=today)
        if error is not None:
            errors.append(error)
        elif value is not None:
            clean[f.id] = value
    return clean, errors


def validate_field(f: Field, raw: Any, *, today: date) -> tuple[Any, FieldError | None]:
    """(clean value or None when empty, error or None)."""
    try:
        if _is_empty(raw):
            if f.required:
                raise _Reject("must_accept" if f.type == "checkbox" else "required")
            return (False if f.type == "checkbox" and raw is False else None), None
        return _CHECKS[f.type](f, raw, today), None
    except _Reject as rej:
        return None, FieldError(f.id, rej.code, rej.params)


def _is_empty(raw: Any) -> bool:
    if raw is _MISSING or raw is None or raw is False:
        return True
    if isinstance(raw, str):
        return raw.strip() == ""
    return isinstance(raw, list | tuple) and len(raw) == 0


def _string(raw: Any) -> str:
    if not isinstance(raw, str):
        raise _Reject("type")
    return raw


def _no_controls(text: str, *, allow_newline: bool) -> None:
    if (_CONTROLS_BUT_NEWLINE if allow_newline else _CONTROLS).search(text) is not None:
        raise _Reject("control_chars")


def _length(f: Field, text: str) -> None:
    max_length = f.max_length if f.max_length is not None else DEFAULT_MAX_LENGTH[f.type]
    if len(text) > max_length:
        raise _Reject("too_long", max=max_length)
    if f.min_length is not None and len(text) < f.min_length:
        raise _Reject("too_short", min=f.min_length)


def _text(f: Field, raw: Any, today: date) -> str:
    text = _string(raw).strip()
    _length(f, text)  # first, so a huge paste never reaches the pattern
    _no_controls(text, allow_newline=False)
    if f.pattern is not None and re.fullmatch(f.pattern, text) is None:
        raise _Reject("pattern")
    return text


def _textarea(f: Field, raw: Any, today: date) -> str:
    text = _string(raw).replace("\r\n", "\n").strip()
    _length(f, text)
    _no_controls(text, allow_newline=True)
    return text


def _number(f: Field, raw: Any, today: date) -> int | float:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise _Reject("not_number")
    if isinstance(raw, float) and not math.isfinite(raw):
        raise _Reject("not_number")
    if f.integer:
        if raw != int(raw):
            raise _Reject("not_integer")
        raw = int(raw)
    if f.min is not None and raw < f.min:
        raise _Reject("too_small", min=f.min)
    if f.max is not None and raw > f.max:
        raise _Reject("too_large", max=f.max)
    return raw


def _bound(value: str | None, today: date) -> date | None:
    if value is None:
        return None
    return today if value == "today" else date.fromisoformat(value)


def _date(f: Field, raw: Any, today: date) -> str:
    text = _string(raw).strip()
    try:
        if _ISO_DATE.fullmatch(text) is None:  # fromisoformat also takes week dates
            raise ValueError
        value = date.fromisoformat(text)
    except ValueError:
        raise _Reject("bad_date") from None
    lo, hi = _bound(f.min, today), _bound(f.max, today)
    if lo is not None and value < lo:
        raise _Reject("too_early", min=lo.isoformat())
    if hi is not None and value > hi:
        raise _Reject("too_late", max=hi.isoformat())
    return value.isoformat()


def _select(f: Field, raw: Any, today: date) -> str:
    if not isinstance(raw, str) or f.option(raw) is None:
        raise _Reject("not_an_option")
    return raw


def _multiselect(f: Field, raw: Any, today: date) -> list[str]:
    if not isinstance(raw, list | tuple) or len(raw) > len(f.options):
        raise _Reject("not_an_option")
    values = []
    for item in raw:
        if not isinstance(item, str) or f.option(item) is None or item in values:
            raise _Reject("not_an_option")
        values.append(item)
    if f.min_items is not None and len(values) < f.min_items:
        raise _Reject("too_few", min=f.min_items)
    if f.max_items is not None and len(values) > f.max_items:
        raise _Reject("too_many", max=f.max_items)
    return values


def _checkbox(f: Field, raw: Any, today: date) -> bool:
    if raw is not True:
        raise _Reject("type")
    return True


def _phone(f: Field, raw: Any, today: date) -> str:
    phone = normalize_phone(_string(raw))
    if phone is None:
        raise _Reject("bad_phone")
    return phone


def _email(f: Field, raw: Any, today: date) -> str:
    text = _string(raw).strip()
    if len(text) > 254 or _EMAIL.fullmatch(text) is None:
        raise _Reject("bad_email")
    _no_controls(text, allow_newline=False)
    return text


def _iin(f: Field, raw: Any, today: date) -> str:
    text = _string(raw)
    if len(text) > 40:
        raise _Reject("iin_format")
    digits = text.replace(" ", "").strip()
    code = iin_error(digits)
    if code is not None:
        raise _Reject(code)
    return digits


_CHECKS = {
    "text": _text,
    "textarea": _textarea,
    "number": _number,
    "date": _date,
    "select": _select,
    "multiselect": _multiselect,
    "checkbox": _checkbox,
    "phone": _phone,
    "email": _email,
    "iin": _iin,
}
