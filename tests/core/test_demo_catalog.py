"""The embedded demo catalog (assets/catalog/demo-catalog.json) against catalog-format.md.

Plain-Python checks of the rules the core parser enforces, plus the demo's own promises:
three complete languages, real Kazakh Cyrillic, enough services of each kind, every field
type in use, sensible conditions and patterns, and no personal data.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk.catalog import CatalogError, load_catalog_bytes, parse_catalog

CATALOG_PATH = Path(__file__).resolve().parents[2] / "assets" / "catalog" / "demo-catalog.json"

LANGS = ("kk", "ru", "en")
FIELD_TYPES = {
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
}
KINDS = {"application", "appeal", "info"}
DETAIL_TEXTS = ("who_can_apply", "cost", "duration", "result", "where")
APPEAL_TYPES = {"statement", "complaint", "proposal", "request", "response"}
REGION_CODES = {
    "KZ-10",
    "KZ-11",
    "KZ-15",
    "KZ-19",
    "KZ-23",
    "KZ-27",
    "KZ-31",
    "KZ-33",
    "KZ-35",
    "KZ-39",
    "KZ-43",
    "KZ-47",
    "KZ-55",
    "KZ-59",
    "KZ-61",
    "KZ-62",
    "KZ-63",
    "KZ-71",
    "KZ-75",
    "KZ-79",
}

KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z]")
WORD = re.compile(r"[^\W\d_]+")
KAZAKH_ONLY = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")


@pytest.fixture(scope="module")
def raw() -> bytes:
    return CATALOG_PATH.read_bytes()


@pytest.fixture(scope="module")
def doc(raw: bytes) -> dict[str, Any]:
    return json.loads(raw.decode("utf-8"))


# ---------------------------------------------------------------- helpers


def _walk(node: Any, path: str = "$") -> Iterator[tuple[str, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}[{i}]")


def _localized(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, str]]]:
    """Every dict keyed by language codes, found anywhere in the document."""
    for path, node in _walk(doc):
        if isinstance(node, dict) and node and set(node) & set(LANGS):
            yield path, node


def _text_positions(doc: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every place the format says holds a visitor-facing text."""
    for c in doc["categories"]:
        yield f"category {c['id']}.title", c["title"]
    for s in doc["services"]:
        sid = s["id"]
        for key in ("title", "summary", "keywords"):
            yield f"{sid}.{key}", s[key]
        details = s["details"]
        for key in DETAIL_TEXTS:
            yield f"{sid}.details.{key}", details[key]
        for i, item in enumerate(details["documents"]):
            yield f"{sid}.details.documents[{i}]", item
        for si, step in enumerate(s.get("form", {}).get("steps", [])):
            yield f"{sid}.steps[{si}].title", step["title"]
            for f in step["fields"]:
                yield f"{sid}.{f['id']}.label", f["label"]
                if "help" in f:
                    yield f"{sid}.{f['id']}.help", f["help"]
                for o in f.get("options", []):
                    yield f"{sid}.{f['id']}.option {o['value']}", o["label"]


def _forms(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for s in doc["services"]:
        if "form" in s:
            yield s["id"], s["form"]


def _fields(form: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for step in form["steps"] for f in step["fields"]]


def _is_date_bound(value: Any) -> bool:
    if value == "today":
        return True
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


# ---------------------------------------------------------------- document


def test_file_is_utf8_json_with_two_space_indent(raw: bytes, doc: dict[str, Any]) -> None:
    text = raw.decode("utf-8")
    assert text == json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def test_header(doc: dict[str, Any]) -> None:
    assert doc["format"] == "kiosk-catalog/1"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}\.\d+", doc["version"])
    date.fromisoformat(doc["version"].split(".")[0])
    assert doc["languages"] == ["kk", "ru", "en"]
    assert doc["default_language"] == "kk"
    assert "encryption_key" not in doc, "an embedded catalog carries no key"


def test_counts(doc: dict[str, Any]) -> None:
    services = doc["services"]
    kinds = [s["kind"] for s in services]
    assert len(doc["categories"]) >= 7
    assert len(services) >= 26
    assert kinds.count("info") >= 4
    assert sum(1 for s in services if "form" in s) >= 14


# ---------------------------------------------------------------- texts


def test_every_text_position_is_localized(doc: dict[str, Any]) -> None:
    bad = [
        path
        for path, value in _text_positions(doc)
        if not isinstance(value, dict) or set(value) != set(LANGS)
    ]
    assert not bad, bad


def test_every_localized_text_has_all_three_languages(doc: dict[str, Any]) -> None:
    problems = []
    for path, text in _localized(doc):
        if set(text) != set(LANGS):
            problems.append(f"{path}: languages {sorted(text)}")
            continue
        for lang, value in text.items():
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{path}.{lang}: empty")
            elif value != value.strip() or "  " in value or any(ord(ch) < 32 for ch in value):
                problems.append(f"{path}.{lang}: stray whitespace or control character")
    assert not problems, problems


def test_kazakh_is_cyrillic_with_its_own_letters(doc: dict[str, Any]) -> None:
    mixed = []
    for path, text in _localized(doc):
        for word in WORD.findall(text["kk"]):
            if CYRILLIC.search(word) and LATIN.search(word):
                mixed.append(f"{path}: {word!r}")
    assert not mixed, f"Latin letters (e.g. i for і) inside Kazakh words: {mixed}"
    # Longer Kazakh texts are real Kazakh, not Russian copied over.
    not_kazakh = [
        path
        for path, text in _text_positions(doc)
        if len(text["kk"]) > 25
        and CYRILLIC.search(text["kk"])
        and not KAZAKH_ONLY & set(text["kk"])
    ]
    assert not not_kazakh, not_kazakh
    assert any("\u0456" in text["kk"] for _, text in _localized(doc)), "no Cyrillic і at all"


def test_russian_and_english_are_in_their_own_scripts(doc: dict[str, Any]) -> None:
    problems = []
    for path, text in _localized(doc):
        if path.endswith(".keywords"):
            continue  # synonyms may be typed in any language
        if KAZAKH_ONLY & set(text["ru"]):
            problems.append(f"{path}.ru: Kazakh letters in {text['ru']!r}")
        for word in WORD.findall(text["ru"]):
            if CYRILLIC.search(word) and LATIN.search(word):
                problems.append(f"{path}.ru: mixed script in {word!r}")
        if CYRILLIC.search(text["en"]):
            problems.append(f"{path}.en: Cyrillic in {text['en']!r}")
    assert not problems, problems


def test_no_personal_data(doc: dict[str, Any]) -> None:
    strings = [node for _, node in _walk(doc) if isinstance(node, str)]
    for s in strings:
        assert not re.search(r"(?<!\d)\d{12}(?!\d)", s), f"a 12-digit number (IIN/BIN?) in {s!r}"
        assert not re.search(
            r"(?:\+7|(?<!\d)8)[\s-]?\(?7\d{2}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}", s
        ), f"a phone number in {s!r}"
        emails = set(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", s))
        assert emails <= {"name@mail.kz"}, f"an email address other than the placeholder in {s!r}"


# ---------------------------------------------------------------- categories and services


def test_categories(doc: dict[str, Any]) -> None:
    ids = [c["id"] for c in doc["categories"]]
    assert len(ids) == len(set(ids))
    for c in doc["categories"]:
        assert KEBAB.fullmatch(c["id"]), c["id"]
        assert isinstance(c["icon"], str) and re.fullmatch(r"[a-z]+", c["icon"])
        assert isinstance(c["order"], int) and not isinstance(c["order"], bool)
    orders = [c["order"] for c in doc["categories"]]
    assert len(orders) == len(set(orders))
    used = {s["category"] for s in doc["services"]}
    assert used == set(ids), f"categories without services: {set(ids) - used}"


def test_services(doc: dict[str, Any]) -> None:
    ids = [s["id"] for s in doc["services"]]
    assert len(ids) == len(set(ids)), "duplicate service id"
    categories = {c["id"] for c in doc["categories"]}
    for s in doc["services"]:
        assert KEBAB.fullmatch(s["id"]), s["id"]
        assert s["category"] in categories, f"{s['id']}: unknown category {s['category']}"
        assert s["kind"] in KINDS
        if s["kind"] == "info":
            assert "form" not in s, f"{s['id']}: an info service has no form"
        else:
            assert "form" in s, f"{s['id']}: {s['kind']} needs a form"
        details = s["details"]
        for key in DETAIL_TEXTS:
            assert key in details, f"{s['id']}: details.{key} missing"
        assert isinstance(details["documents"], list) and details["documents"], s["id"]


def test_required_services_are_there(doc: dict[str, Any]) -> None:
    by_id = {s["id"]: s for s in doc["services"]}
    for sid in ("kindergarten-queue", "housing-aid", "birth-registration"):
        assert "form" in by_id[sid], sid
    appeals = [s for s in doc["services"] if s["kind"] == "appeal"]
    with_types = [
        s
        for s in appeals
        if any(
            f["type"] == "select" and {o["value"] for o in f["options"]} == APPEAL_TYPES
            for f in _fields(s["form"])
        )
    ]
    assert with_types, "an appeal service needs a select of the five appeal types"
    assert by_id["akim-appeal"] in with_types


# ---------------------------------------------------------------- forms


def test_form_shape(doc: dict[str, Any]) -> None:
    for sid, form in _forms(doc):
        assert isinstance(form["version"], str) and form["version"], sid
        assert 2 <= len(form["steps"]) <= 5, f"{sid}: {len(form['steps'])} steps"
        for step in form["steps"]:
            assert 1 <= len(step["fields"]) <= 12, f"{sid}: {len(step['fields'])} fields in a step"
        ids = [f["id"] for f in _fields(form)]
        assert len(ids) == len(set(ids)), f"{sid}: duplicate field id"
        for f in _fields(form):
            assert SNAKE.fullmatch(f["id"]), f"{sid}: field id {f['id']!r}"
            assert f["type"] in FIELD_TYPES, f"{sid}.{f['id']}: type {f['type']!r}"
            assert isinstance(f["required"], bool), f"{sid}.{f['id']}"


def test_every_field_type_is_used(doc: dict[str, Any]) -> None:
    used = {f["type"] for _, form in _forms(doc) for f in _fields(form)}
    assert used == FIELD_TYPES, FIELD_TYPES - used


def test_one_long_form(doc: dict[str, Any]) -> None:
    sizes = {sid: len(_fields(form)) for sid, form in _forms(doc)}
    assert any(25 <= n <= 40 for n in sizes.values()), sizes
    assert 25 <= sizes["housing-aid"] <= 40


def test_field_constraints(doc: dict[str, Any]) -> None:
    for sid, form in _forms(doc):
        for f in _fields(form):
            where = f"{sid}.{f['id']}"
            t = f["type"]
            if t in ("text", "textarea"):
                lo, hi = f.get("min_length", 0), f.get("max_length", 200 if t == "text" else 2000)
                assert isinstance(lo, int) and isinstance(hi, int) and 0 <= lo <= hi, where
                assert "pattern" not in f or t == "text", where
            if t == "number":
                assert f["min"] <= f["max"], where
                assert isinstance(f.get("integer", False), bool), where
            if t == "date":
                for key in ("min", "max"):
                    if key in f:
                        assert _is_date_bound(f[key]), f"{where}.{key}: {f[key]!r}"
                if "min" in f and "max" in f and "today" not in (f["min"], f["max"]):
                    assert f["min"] <= f["max"], where
            if t in ("select", "multiselect"):
                values = [o["value"] for o in f["options"]]
                assert values and len(values) == len(set(values)), where
                assert all(isinstance(v, str) and v for v in values), where
            else:
                assert "options" not in f, where
            if t == "multiselect":
                lo, hi = f.get("min_items", 0), f.get("max_items", len(f["options"]))
                assert 0 <= lo <= hi <= len(f["options"]), where


def test_patterns_compile_and_fit_their_examples(doc: dict[str, Any]) -> None:
    patterns = {}
    for sid, form in _forms(doc):
        for f in _fields(form):
            if "pattern" in f:
                re.compile(f["pattern"])
                patterns[f["id"]] = f["pattern"]
    examples = {
        "postcode": (["010000", "A01P3K4", "z05t1a2"], ["01000", "A01P3K", "АБВГДЕ"]),
        "cadastral_number": (["20-311-035-123", "01-011-004-5"], ["20311035123", "20-311-035-"]),
        "bank_account": (
            ["KZ000000000000000000", "kz12ABCD000000000000"],
            ["KZ00", "RU000000000000000000"],
        ),
        "company_bin": (["000000000000"], ["00000000000", "0000000000AB"]),
    }
    for fid, (good, bad) in examples.items():
        assert fid in patterns, fid
        for value in good:
            assert re.fullmatch(patterns[fid], value), (fid, value)
        for value in bad:
            assert not re.fullmatch(patterns[fid], value), (fid, value)


def test_visible_if_refers_to_an_earlier_field(doc: dict[str, Any]) -> None:
    for sid, form in _forms(doc):
        earlier: dict[str, dict[str, Any]] = {}
        for f in _fields(form):
            cond = f.get("visible_if")
            if cond is not None:
                where = f"{sid}.{f['id']}"
                assert set(cond) in ({"field", "equals"}, {"field", "in"}), where
                target = earlier.get(cond["field"])
                assert target is not None, f"{where}: {cond['field']!r} is not an earlier field"
                wanted = [cond["equals"]] if "equals" in cond else cond["in"]
                assert wanted, where
                if target["type"] == "select":
                    values = {o["value"] for o in target["options"]}
                    assert set(wanted) <= values, f"{where}: {wanted} not among {values}"
                elif target["type"] == "checkbox":
                    assert all(isinstance(v, bool) for v in wanted), where
                else:
                    pytest.fail(f"{where}: condition on a {target['type']} field")
            earlier[f["id"]] = f


def test_region_selects_use_iso_codes(doc: dict[str, Any]) -> None:
    found = 0
    for sid, form in _forms(doc):
        for f in _fields(form):
            if f["id"] == "region" or f["id"].endswith("_region"):
                found += 1
                assert f["type"] == "select", sid
                assert {o["value"] for o in f["options"]} == REGION_CODES, sid
    assert found >= 10


def test_tricky_fields_have_help(doc: dict[str, Any]) -> None:
    for sid, form in _forms(doc):
        for f in _fields(form):
            if f["type"] in ("iin", "phone") or "pattern" in f:
                assert "help" in f, f"{sid}.{f['id']}"
                if f["type"] == "iin":
                    assert "12" in f["help"]["en"], f"{sid}.{f['id']}"


def test_birth_dates_are_not_in_the_future(doc: dict[str, Any]) -> None:
    for sid, form in _forms(doc):
        for f in _fields(form):
            if f["type"] == "date" and "birth" in f["id"]:
                assert f.get("max") == "today", f"{sid}.{f['id']}"


def test_applications_ask_for_consent(doc: dict[str, Any]) -> None:
    for sid, form in _forms(doc):
        last = form["steps"][-1]["fields"]
        consents = [f for f in last if f["id"] == "consent"]
        assert consents and consents[0]["type"] == "checkbox" and consents[0]["required"], sid


# ---------------------------------------------------------------- the core parser


def test_core_parser_accepts_it(raw: bytes, doc: dict[str, Any]) -> None:
    try:
        catalog = parse_catalog(doc)
    except CatalogError as exc:  # pragma: no cover - shows every problem on failure
        pytest.fail(f"parse_catalog refused the demo catalog: {exc.problems}")
    assert catalog.encryption_key is None
    assert len(catalog.services) == len(doc["services"])
    assert catalog.ordered_categories()[0].id == "family"
    assert load_catalog_bytes(raw).version == doc["version"]
