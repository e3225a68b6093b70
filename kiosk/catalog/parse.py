"""Reading and validating a catalog document: every rule of catalog-format.md.

A missing required key, a wrong type, a duplicate id, a reference to an unknown category or
field, or an invalid regular expression makes the whole document invalid. Unknown keys are
ignored. All problems are collected, each naming where it is, so a technician can fix them.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from typing import Any

from kiosk.catalog.model import (
    FIELD_TYPES,
    SERVICE_KINDS,
    Catalog,
    Category,
    Details,
    EncryptionKey,
    Field,
    Form,
    Option,
    Service,
    Step,
    Text,
    VisibleIf,
)
from kiosk.sealing import ALG, b64u_decode

FORMAT = "kiosk-catalog/1"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_FLOAT_MAX = sys.float_info.max  # a bound must fit a JSON number every hub can read
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024


class CatalogError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        more = f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""
        shown = "; ".join(problems[:5]) + more
        super().__init__(f"invalid catalog: {shown}")


class _Invalid(Exception):
    """Raised inside the reader for one problem that stops reading the current object."""


class _Reader:
    def __init__(self, default_language: str) -> None:
        self.problems: list[str] = []
        self.default_language = default_language

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}")

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, "must be an object")
            raise _Invalid
        return value

    def req(self, obj: dict[str, Any], key: str, path: str) -> Any:
        if key not in obj:
            self.fail(f"{path}.{key}", "is required")
            raise _Invalid
        return obj[key]

    def string(self, value: Any, path: str, *, nonempty: bool = True) -> str:
        if not isinstance(value, str) or (nonempty and not value.strip()):
            self.fail(path, "must be a non-empty string" if nonempty else "must be a string")
            raise _Invalid
        return value

    def integer(self, value: Any, path: str, *, minimum: int = 0) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.fail(path, f"must be a whole number >= {minimum}")
            raise _Invalid
        return value

    def boolean(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            self.fail(path, "must be true or false")
            raise _Invalid
        return value

    def text(self, value: Any, path: str) -> Text:
        if not isinstance(value, dict):
            self.fail(path, "must be a localized text object")
            raise _Invalid
        if self.default_language not in value:
            self.fail(path, f"has no text in the default language {self.default_language!r}")
            raise _Invalid
        for lang, item in value.items():
            if not isinstance(item, str):
                self.fail(f"{path}.{lang}", "must be a string")
                raise _Invalid
        return dict(value)

    def opt_text(self, obj: dict[str, Any], key: str, path: str) -> Text | None:
        return self.text(obj[key], f"{path}.{key}") if obj.get(key) is not None else None

    def list_of(self, value: Any, path: str, *, nonempty: bool = False) -> list[Any]:
        if not isinstance(value, list) or (nonempty and not value):
            self.fail(path, "must be a non-empty list" if nonempty else "must be a list")
            raise _Invalid
        return value


def load_catalog_bytes(data: bytes) -> Catalog:
    """Decode and validate a catalog document; CatalogError on any fault."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise CatalogError([f"document: larger than {MAX_DOCUMENT_BYTES} bytes"])
    try:
        doc = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # also int-too-long and bad UTF-8
        raise CatalogError([f"document: not UTF-8 JSON ({exc.__class__.__name__})"]) from exc
    return parse_catalog(doc)


def parse_catalog(doc: Any) -> Catalog:
    r = _Reader(default_language="")
    try:
        root = r.obj(doc, "document")
        fmt = r.req(root, "format", "document")
        if fmt != FORMAT:
            r.fail("document.format", f"must be {FORMAT!r}")
        version = r.string(r.req(root, "version", "document"), "document.version")
        languages = r.list_of(
            r.req(root, "languages", "document"), "document.languages", nonempty=True
        )
        for i, lang in enumerate(languages):
            r.string(lang, f"document.languages[{i}]")
        default = r.string(r.req(root, "default_language", "document"), "document.default_language")
        if default not in languages:
            r.fail("document.default_language", "must be one of the languages")
        r.default_language = default
        key = _encryption_key(r, root.get("encryption_key"))
        categories = _each(r, r.req(root, "categories", "document"), "categories", _category)
        services = _each(r, r.req(root, "services", "document"), "services", _service)
    except _Invalid:
        raise CatalogError(r.problems) from None
    _check_unique(r, [c.id for c in categories], "categories", "category id")
    _check_unique(r, [s.id for s in services], "services", "service id")
    known = {c.id for c in categories}
    for i, s in enumerate(services):
        if s.category not in known:
            r.fail(f"services[{i}].category", f"unknown category {s.category!r}")
    if r.problems:
        raise CatalogError(r.problems)
    return Catalog(
        version=version,
        languages=tuple(languages),
        default_language=default,
        encryption_key=key,
        categories=tuple(categories),
        services=tuple(services),
        raw=root,
    )


def _each(r: _Reader, value: Any, path: str, read: Any) -> list[Any]:
    items = []
    for i, item in enumerate(r.list_of(value, path)):
        try:
            items.append(read(r, item, f"{path}[{i}]"))
        except _Invalid:
            continue
    return items


def _check_unique(r: _Reader, ids: list[str], path: str, what: str) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            r.fail(path, f"duplicate {what} {i!r}")
        seen.add(i)


def _encryption_key(r: _Reader, value: Any) -> EncryptionKey | None:
    if value is None:
        return None
    path = "document.encryption_key"
    obj = r.obj(value, path)
    kid = r.string(r.req(obj, "kid", path), f"{path}.kid")
    alg = r.string(r.req(obj, "alg", path), f"{path}.alg")
    if alg != ALG:
        r.fail(f"{path}.alg", f"must be {ALG!r}")
    raw = r.string(r.req(obj, "public_key", path), f"{path}.public_key")
    try:
        public = b64u_decode(raw)
    except ValueError:
        public = b""
    if len(public) != 32:
        r.fail(f"{path}.public_key", "must be a 32-byte X25519 key in base64url")
    return EncryptionKey(kid=kid, alg=alg, public_key=public)


def _category(r: _Reader, value: Any, path: str) -> Category:
    obj = r.obj(value, path)
    icon = obj.get("icon")
    if icon is not None:
        r.string(icon, f"{path}.icon")
    order = obj.get("order")
    if order is not None and (isinstance(order, bool) or not isinstance(order, int | float)):
        r.fail(f"{path}.order", "must be a number")
        raise _Invalid
    return Category(
        id=r.string(r.req(obj, "id", path), f"{path}.id"),
        title=r.text(r.req(obj, "title", path), f"{path}.title"),
        icon=icon,
        order=order,
    )


def _service(r: _Reader, value: Any, path: str) -> Service:
    obj = r.obj(value, path)
    sid = r.string(r.req(obj, "id", path), f"{path}.id")
    kind = r.string(r.req(obj, "kind", path), f"{path}.kind")
    if kind not in SERVICE_KINDS:
        r.fail(f"{path}.kind", f"must be one of {', '.join(SERVICE_KINDS)}")
    form = None
    if kind in ("application", "appeal"):
        form = _form(r, r.req(obj, "form", path), f"{path}.form")
    return Service(
        id=sid,
        category=r.string(r.req(obj, "category", path), f"{path}.category"),
        kind=kind,
        title=r.text(r.req(obj, "title", path), f"{path}.title"),
        summary=r.text(r.req(obj, "summary", path), f"{path}.summary"),
        keywords=r.opt_text(obj, "keywords", path),
        details=_details(r, obj.get("details"), f"{path}.details"),
        form=form,
    )


def _details(r: _Reader, value: Any, path: str) -> Details:
    if value is None:
        return Details()
    obj = r.obj(value, path)
    documents: tuple[Text, ...] = ()
    if obj.get("documents") is not None:
        docs = r.list_of(obj["documents"], f"{path}.documents")
        documents = tuple(r.text(d, f"{path}.documents[{i}]") for i, d in enumerate(docs))
    return Details(
        who_can_apply=r.opt_text(obj, "who_can_apply", path),
        documents=documents,
        cost=r.opt_text(obj, "cost", path),
        duration=r.opt_text(obj, "duration", path),
        result=r.opt_text(obj, "result", path),
        where=r.opt_text(obj, "where", path),
    )


def _form(r: _Reader, value: Any, path: str) -> Form:
    obj = r.obj(value, path)
    version = r.string(r.req(obj, "version", path), f"{path}.version")
    steps: list[Step] = []
    seen: dict[str, int] = {}  # field id -> step index
    for si, raw_step in enumerate(
        r.list_of(r.req(obj, "steps", path), f"{path}.steps", nonempty=True)
    ):
        spath = f"{path}.steps[{si}]"
        step_obj = r.obj(raw_step, spath)
        title = r.text(r.req(step_obj, "title", spath), f"{spath}.title")
        raw_fields = r.list_of(r.req(step_obj, "fields", spath), f"{spath}.fields", nonempty=True)
        fields = _each(r, raw_fields, f"{spath}.fields", _field)
        for f in fields:
            if f.id in seen:
                r.fail(f"{spath}.fields", f"duplicate field id {f.id!r}")
            seen[f.id] = si
        steps.append(Step(title=title, fields=tuple(fields)))
    form = Form(version=version, steps=tuple(steps))
    _check_visible_if(r, form, seen, path)
    return form


def _check_visible_if(r: _Reader, form: Form, step_of: dict[str, int], path: str) -> None:
    for f in form.fields():
        cond = f.visible_if
        if cond is None:
            continue
        target = cond.field
        if target not in step_of or target == f.id:
            r.fail(f"{path}: field {f.id!r}.visible_if", f"refers to unknown field {target!r}")
        elif step_of[target] > step_of[f.id]:
            r.fail(f"{path}: field {f.id!r}.visible_if", f"refers to a later step's {target!r}")
    # A chain of conditions must end: a cycle (possible within one step) is refused.
    deps = {f.id: f.visible_if.field for f in form.fields() if f.visible_if}
    for start in deps:
        seen, node = set(), start
        while node in deps:
            if node in seen:
                r.fail(f"{path}: field {start!r}.visible_if", "is part of a cycle")
                break
            seen.add(node)
            node = deps[node]


def _field(r: _Reader, value: Any, path: str) -> Field:
    obj = r.obj(value, path)
    fid = r.string(r.req(obj, "id", path), f"{path}.id")
    ftype = r.string(r.req(obj, "type", path), f"{path}.type")
    if ftype not in FIELD_TYPES:
        r.fail(f"{path}.type", f"unknown field type {ftype!r}")
        raise _Invalid
    kw: dict[str, Any] = {
        "id": fid,
        "type": ftype,
        "label": r.text(r.req(obj, "label", path), f"{path}.label"),
        "required": r.boolean(r.req(obj, "required", path), f"{path}.required"),
        "help": r.opt_text(obj, "help", path),
        "visible_if": _visible_if(r, obj.get("visible_if"), f"{path}.visible_if"),
    }
    if ftype in ("text", "textarea"):
        kw["min_length"] = _opt_int(r, obj, "min_length", path)
        kw["max_length"] = _opt_int(r, obj, "max_length", path, minimum=1)
        if ftype == "text" and obj.get("pattern") is not None:
            kw["pattern"] = _pattern(r, obj["pattern"], f"{path}.pattern")
    elif ftype == "number":
        kw["min"] = _opt_number(r, obj, "min", path)
        kw["max"] = _opt_number(r, obj, "max", path)
        if obj.get("integer") is not None:
            kw["integer"] = r.boolean(obj["integer"], f"{path}.integer")
    elif ftype == "date":
        kw["min"] = _opt_date(r, obj, "min", path)
        kw["max"] = _opt_date(r, obj, "max", path)
    elif ftype in ("select", "multiselect"):
        kw["options"] = _options(r, r.req(obj, "options", path), f"{path}.options")
        if ftype == "multiselect":
            kw["min_items"] = _opt_int(r, obj, "min_items", path)
            kw["max_items"] = _opt_int(r, obj, "max_items", path, minimum=1)
    _check_bounds(r, kw, path)
    return Field(**kw)


def _check_bounds(r: _Reader, kw: dict[str, Any], path: str) -> None:
    for lo, hi in (("min_length", "max_length"), ("min", "max"), ("min_items", "max_items")):
        a, b = kw.get(lo), kw.get(hi)
        if a is None or b is None or "today" in (a, b):
            continue
        if a > b:
            r.fail(path, f"{lo} is greater than {hi}")


def _opt_int(r: _Reader, obj: dict[str, Any], key: str, path: str, minimum: int = 0) -> int | None:
    return None if obj.get(key) is None else r.integer(obj[key], f"{path}.{key}", minimum=minimum)


def _opt_number(r: _Reader, obj: dict[str, Any], key: str, path: str) -> float | int | None:
    value = obj.get(key)
    if value is None:
        return None
    finite = isinstance(value, int | float) and abs(value) <= _FLOAT_MAX
    if isinstance(value, bool) or not finite:
        r.fail(f"{path}.{key}", "must be a number")
        raise _Invalid
    return value


def _opt_date(r: _Reader, obj: dict[str, Any], key: str, path: str) -> str | None:
    value = obj.get(key)
    if value is None or value == "today":
        return value
    try:
        if not isinstance(value, str) or _ISO_DATE.fullmatch(value) is None:
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        r.fail(f"{path}.{key}", "must be a YYYY-MM-DD date or 'today'")
        raise _Invalid from None
    return value


def _pattern(r: _Reader, value: Any, path: str) -> str:
    pattern = r.string(value, path)
    try:
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        r.fail(path, "is not a valid regular expression")
        raise _Invalid from None
    return pattern


def _options(r: _Reader, value: Any, path: str) -> tuple[Option, ...]:
    options = []
    for i, raw in enumerate(r.list_of(value, path, nonempty=True)):
        opt = r.obj(raw, f"{path}[{i}]")
        options.append(
            Option(
                value=r.string(r.req(opt, "value", f"{path}[{i}]"), f"{path}[{i}].value"),
                label=r.text(r.req(opt, "label", f"{path}[{i}]"), f"{path}[{i}].label"),
            )
        )
    _check_unique(r, [o.value for o in options], path, "option value")
    return tuple(options)


def _visible_if(r: _Reader, value: Any, path: str) -> VisibleIf | None:
    if value is None:
        return None
    obj = r.obj(value, path)
    target = r.string(r.req(obj, "field", path), f"{path}.field")
    if "in" in obj:
        return VisibleIf(field=target, any_of=tuple(r.list_of(obj["in"], f"{path}.in")))
    if "equals" in obj:
        return VisibleIf(field=target, equals=obj["equals"])
    r.fail(path, "needs 'equals' or 'in'")
    raise _Invalid
