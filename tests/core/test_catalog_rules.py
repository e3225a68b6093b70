"""Every rule of catalog-format.md, one mutation of a small valid document at a time.

`valid_doc()` returns a fresh document each call; each test breaks one thing and checks that
`parse_catalog` refuses it with a CatalogError whose problems name the place.
"""

from __future__ import annotations

import copy
import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.catalog import (
    FORMAT,
    Catalog,
    CatalogError,
    EncryptionKey,
    load_catalog_bytes,
    parse_catalog,
)
from kiosk.sealing import ALG, b64u_encode


def T(kk: str, ru: str | None = None, en: str | None = None) -> dict[str, str]:
    text = {"kk": kk, "ru": ru or kk + " (ru)"}
    if en:
        text["en"] = en
    return text


PUBLIC_KEY = bytes(range(1, 33))

# Field positions in the first service's form (used by the tests to name places).
F = "services[0].form.steps[0].fields"
APPLICANT, CHILD_IIN, NAME, CHILDREN, BIRTH, BENEFITS, NOTE, CONSENT = range(8)
G = "services[0].form.steps[1].fields"
PHONE, EMAIL, PAPERS = range(3)


def valid_doc() -> dict:
    return {
        "format": "kiosk-catalog/1",
        "version": "2026-11-20.3",
        "languages": ["kk", "ru", "en"],
        "default_language": "kk",
        "encryption_key": {"kid": "hub-2026-11", "alg": ALG, "public_key": b64u_encode(PUBLIC_KEY)},
        "categories": [
            {"id": "family", "title": T("Отбасы", "Семья", "Family"), "icon": "family", "order": 2},
            {"id": "housing", "title": T("Тұрғын үй", "Жильё"), "order": 1},
        ],
        "services": [
            {
                "id": "kindergarten-queue",
                "category": "family",
                "kind": "application",
                "title": T("Балабақша кезегі", "Очередь в детский сад", "Kindergarten queue"),
                "summary": T("Кезекке тұру", "Постановка на очередь"),
                "keywords": T("балабақша", "садик"),
                "details": {
                    "who_can_apply": T("Ата-ана"),
                    "documents": [T("Туу туралы куәлік"), T("Жеке куәлік")],
                    "cost": T("Тегін", "Бесплатно"),
                    "duration": T("1 күн"),
                    "result": T("Кезек нөмірі"),
                    "where": T("Әкімдік"),
                },
                "form": {
                    "version": "3",
                    "steps": [
                        {
                            "title": T("Бала"),
                            "fields": [
                                {
                                    "id": "applicant_type",
                                    "type": "select",
                                    "label": T("Кім"),
                                    "required": True,
                                    "options": [
                                        {"value": "parent", "label": T("Ата-ана")},
                                        {"value": "guardian", "label": T("Қамқоршы")},
                                    ],
                                },
                                {
                                    "id": "child_iin",
                                    "type": "iin",
                                    "label": T("Баланың ЖСН"),
                                    "help": T("12 цифр"),
                                    "required": True,
                                    "visible_if": {"field": "applicant_type", "equals": "parent"},
                                },
                                {
                                    "id": "child_name",
                                    "type": "text",
                                    "label": T("Аты"),
                                    "required": True,
                                    "min_length": 2,
                                    "max_length": 80,
                                    "pattern": "[^0-9]+",
                                },
                                {
                                    "id": "children",
                                    "type": "number",
                                    "label": T("Саны"),
                                    "required": False,
                                    "min": 1,
                                    "max": 20,
                                    "integer": True,
                                },
                                {
                                    "id": "birth_date",
                                    "type": "date",
                                    "label": T("Туған күні"),
                                    "required": True,
                                    "min": "2015-01-01",
                                    "max": "today",
                                },
                                {
                                    "id": "benefits",
                                    "type": "multiselect",
                                    "label": T("Жеңілдік"),
                                    "required": False,
                                    "min_items": 1,
                                    "max_items": 2,
                                    "options": [
                                        {"value": "large-family", "label": T("Көп балалы")},
                                        {"value": "disability", "label": T("Мүгедектік")},
                                        {"value": "orphan", "label": T("Жетім")},
                                    ],
                                },
                                {
                                    "id": "note",
                                    "type": "textarea",
                                    "label": T("Ескерту"),
                                    "required": False,
                                    "max_length": 1000,
                                },
                                {
                                    "id": "consent",
                                    "type": "checkbox",
                                    "label": T("Келісім"),
                                    "required": True,
                                },
                            ],
                        },
                        {
                            "title": T("Байланыс"),
                            "fields": [
                                {
                                    "id": "phone",
                                    "type": "phone",
                                    "label": T("Телефон"),
                                    "required": True,
                                },
                                {
                                    "id": "email",
                                    "type": "email",
                                    "label": T("Пошта"),
                                    "required": False,
                                },
                                {
                                    "id": "guardian_papers",
                                    "type": "text",
                                    "label": T("Құжат"),
                                    "required": True,
                                    "visible_if": {"field": "applicant_type", "in": ["guardian"]},
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "id": "appeal-housing",
                "category": "housing",
                "kind": "appeal",
                "title": T("Өтініш"),
                "summary": T("Әкімге өтініш"),
                "form": {
                    "version": "1",
                    "steps": [
                        {
                            "title": T("Мәні"),
                            "fields": [
                                {
                                    "id": "text",
                                    "type": "textarea",
                                    "label": T("Мәтін"),
                                    "required": True,
                                },
                            ],
                        }
                    ],
                },
            },
            {
                "id": "office-hours",
                "category": "housing",
                "kind": "info",
                "title": T("Жұмыс уақыты"),
                "summary": T("Дүйсенбі-жұма 9:00-18:00"),
            },
        ],
    }


# --- helpers ----------------------------------------------------------------------------------


def problems_of(doc) -> list[str]:
    with pytest.raises(CatalogError) as info:
        parse_catalog(doc)
    problems = info.value.problems
    assert problems, "a CatalogError must say what is wrong"
    assert all(isinstance(p, str) for p in problems)
    return problems


def assert_invalid(doc, *fragments: str) -> list[str]:
    """The document is refused and one problem mentions every fragment (the place, the why)."""
    problems = problems_of(doc)
    assert any(all(f in p for f in fragments) for p in problems), (fragments, problems)
    return problems


def at(doc, *path):
    node = doc
    for key in path:
        node = node[key]
    return node


def field(doc, index: int, step: int = 0, service: int = 0) -> dict:
    return doc["services"][service]["form"]["steps"][step]["fields"][index]


# --- the valid document -----------------------------------------------------------------------


def test_the_valid_document_parses():
    catalog = parse_catalog(valid_doc())
    assert isinstance(catalog, Catalog)
    assert catalog.version == "2026-11-20.3"
    assert catalog.languages == ("kk", "ru", "en")
    assert catalog.default_language == "kk"
    assert catalog.encryption_key == EncryptionKey(
        kid="hub-2026-11", alg=ALG, public_key=PUBLIC_KEY
    )
    assert [c.id for c in catalog.categories] == ["family", "housing"]
    assert [c.id for c in catalog.ordered_categories()] == ["housing", "family"]
    assert [s.id for s in catalog.services] == [
        "kindergarten-queue",
        "appeal-housing",
        "office-hours",
    ]
    assert [s.id for s in catalog.services_in("housing")] == ["appeal-housing", "office-hours"]
    service = catalog.service("kindergarten-queue")
    assert service.kind == "application"
    assert len(service.details.documents) == 2
    form = service.form
    assert form.version == "3"
    assert [f.id for f in form.fields()] == [
        "applicant_type",
        "child_iin",
        "child_name",
        "children",
        "birth_date",
        "benefits",
        "note",
        "consent",
        "phone",
        "email",
        "guardian_papers",
    ]
    assert form.field("child_iin").visible_if.equals == "parent"
    assert form.field("guardian_papers").visible_if.any_of == ("guardian",)
    assert form.field("children").integer is True
    assert form.field("birth_date").max == "today"
    assert [o.value for o in form.field("benefits").options] == [
        "large-family",
        "disability",
        "orphan",
    ]
    assert form.step_of("phone") == 1
    assert catalog.service("office-hours").form is None


def test_text_falls_back_to_the_default_language():
    catalog = parse_catalog(valid_doc())
    title = catalog.service("kindergarten-queue").title
    assert catalog.text(title, "en") == "Kindergarten queue"
    summary = catalog.service("kindergarten-queue").summary
    assert catalog.text(summary, "en") == "Кезекке тұру"  # no English: the default language
    assert catalog.text(summary, "ru") == "Постановка на очередь"


def test_a_catalog_without_encryption_key_is_valid():
    doc = valid_doc()
    del doc["encryption_key"]
    assert parse_catalog(doc).encryption_key is None


def test_unknown_keys_are_ignored_everywhere():
    doc = valid_doc()
    extra = {"x-future": {"nested": [1, 2, {"deep": None}]}, "colour": "#fff"}
    for node in (
        doc,
        doc["categories"][0],
        doc["services"][0],
        doc["services"][0]["details"],
        doc["services"][0]["form"],
        doc["services"][0]["form"]["steps"][0],
        field(doc, APPLICANT),
        field(doc, APPLICANT)["options"][0],
        field(doc, CHILD_IIN)["visible_if"],
        doc["encryption_key"],
    ):
        node.update(copy.deepcopy(extra))
    assert parse_catalog(doc) == parse_catalog(valid_doc())


def test_info_service_needs_no_form():
    doc = valid_doc()
    assert "form" not in doc["services"][2]
    assert parse_catalog(doc).service("office-hours").form is None


def test_optional_parts_may_be_absent():
    doc = valid_doc()
    for key in ("icon", "order"):
        doc["categories"][0].pop(key)
    for key in ("keywords", "details"):
        doc["services"][0].pop(key)
    for key in ("help", "visible_if"):
        field(doc, CHILD_IIN).pop(key)
    for key in ("min_length", "max_length", "pattern"):
        field(doc, NAME).pop(key)
    for key in ("min", "max", "integer"):
        field(doc, CHILDREN).pop(key)
    for key in ("min", "max"):
        field(doc, BIRTH).pop(key)
    for key in ("min_items", "max_items"):
        field(doc, BENEFITS).pop(key)
    catalog = parse_catalog(doc)
    assert catalog.service("kindergarten-queue").keywords is None
    assert catalog.service("kindergarten-queue").form.field("children").integer is False


def test_empty_category_and_service_lists_are_valid():
    doc = valid_doc()
    doc["categories"] = []
    doc["services"] = []
    assert parse_catalog(doc).services == ()


# --- missing required keys --------------------------------------------------------------------

REQUIRED = [
    (("format",), "document.format"),
    (("version",), "document.version"),
    (("languages",), "document.languages"),
    (("default_language",), "document.default_language"),
    (("categories",), "document.categories"),
    (("services",), "document.services"),
    (("categories", 0, "id"), "categories[0].id"),
    (("categories", 1, "title"), "categories[1].title"),
    (("services", 0, "id"), "services[0].id"),
    (("services", 0, "category"), "services[0].category"),
    (("services", 0, "kind"), "services[0].kind"),
    (("services", 0, "title"), "services[0].title"),
    (("services", 2, "summary"), "services[2].summary"),
    (("services", 0, "form"), "services[0].form"),  # application
    (("services", 1, "form"), "services[1].form"),  # appeal
    (("services", 0, "form", "version"), "services[0].form.version"),
    (("services", 0, "form", "steps"), "services[0].form.steps"),
    (("services", 0, "form", "steps", 1, "title"), "services[0].form.steps[1].title"),
    (("services", 0, "form", "steps", 1, "fields"), "services[0].form.steps[1].fields"),
    (("services", 0, "form", "steps", 0, "fields", NAME, "id"), f"{F}[{NAME}].id"),
    (("services", 0, "form", "steps", 0, "fields", NAME, "type"), f"{F}[{NAME}].type"),
    (("services", 0, "form", "steps", 0, "fields", NAME, "label"), f"{F}[{NAME}].label"),
    (("services", 0, "form", "steps", 0, "fields", NAME, "required"), f"{F}[{NAME}].required"),
    (
        ("services", 0, "form", "steps", 0, "fields", APPLICANT, "options"),
        f"{F}[{APPLICANT}].options",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", BENEFITS, "options"),
        f"{F}[{BENEFITS}].options",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", APPLICANT, "options", 1, "value"),
        f"{F}[{APPLICANT}].options[1].value",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", APPLICANT, "options", 1, "label"),
        f"{F}[{APPLICANT}].options[1].label",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", CHILD_IIN, "visible_if", "field"),
        f"{F}[{CHILD_IIN}].visible_if.field",
    ),
    (("encryption_key", "kid"), "document.encryption_key.kid"),
    (("encryption_key", "alg"), "document.encryption_key.alg"),
    (("encryption_key", "public_key"), "document.encryption_key.public_key"),
]


@pytest.mark.parametrize(("path", "place"), REQUIRED, ids=[p for _, p in REQUIRED])
def test_missing_required_key(path, place):
    doc = valid_doc()
    del at(doc, *path[:-1])[path[-1]]
    assert_invalid(doc, place)


def test_visible_if_needs_equals_or_in():
    doc = valid_doc()
    del field(doc, CHILD_IIN)["visible_if"]["equals"]
    assert_invalid(doc, f"{F}[{CHILD_IIN}].visible_if", "equals")


# --- wrong types ------------------------------------------------------------------------------

WRONG_TYPES = [
    (("format",), "kiosk-catalog/2", "document.format"),
    (("format",), 1, "document.format"),
    (("version",), 3, "document.version"),
    (("version",), "", "document.version"),
    (("languages",), "kk", "document.languages"),
    (("languages",), [], "document.languages"),
    (("languages",), ["kk", 5], "document.languages[1]"),
    (("default_language",), ["kk"], "document.default_language"),
    (("categories",), {"family": {}}, "categories"),
    (("services",), "none", "services"),
    (("encryption_key",), "BASE64URL", "document.encryption_key"),
    (("encryption_key", "kid"), 7, "document.encryption_key.kid"),
    (("categories", 0), "family", "categories[0]"),
    (("categories", 0, "id"), 1, "categories[0].id"),
    (("categories", 0, "id"), " ", "categories[0].id"),
    (("categories", 0, "title"), "Отбасы", "categories[0].title"),
    (("categories", 0, "title", "ru"), 5, "categories[0].title.ru"),
    (("categories", 0, "icon"), 5, "categories[0].icon"),
    (("categories", 0, "order"), "1", "categories[0].order"),
    (("categories", 0, "order"), True, "categories[0].order"),
    (("services", 0), [], "services[0]"),
    (("services", 0, "id"), None, "services[0].id"),
    (("services", 0, "category"), ["family"], "services[0].category"),
    (("services", 0, "kind"), 1, "services[0].kind"),
    (("services", 0, "title"), ["Балабақша"], "services[0].title"),
    (("services", 0, "summary"), None, "services[0].summary"),
    (("services", 0, "keywords"), "балабақша", "services[0].keywords"),
    (("services", 0, "details"), [], "services[0].details"),
    (("services", 0, "details", "documents"), T("куәлік"), "services[0].details.documents"),
    (("services", 0, "details", "documents", 1), "куәлік", "services[0].details.documents[1]"),
    (("services", 0, "details", "cost"), 0, "services[0].details.cost"),
    (("services", 0, "details", "who_can_apply"), "all", "services[0].details.who_can_apply"),
    (("services", 0, "form"), "form", "services[0].form"),
    (("services", 0, "form", "version"), 3, "services[0].form.version"),
    (("services", 0, "form", "steps"), {}, "services[0].form.steps"),
    (("services", 0, "form", "steps"), [], "services[0].form.steps"),
    (("services", 0, "form", "steps", 0), [], "services[0].form.steps[0]"),
    (("services", 0, "form", "steps", 0, "title"), "Бала", "services[0].form.steps[0].title"),
    (("services", 0, "form", "steps", 1, "fields"), [], "services[0].form.steps[1].fields"),
    (("services", 0, "form", "steps", 1, "fields"), {}, "services[0].form.steps[1].fields"),
    (("services", 0, "form", "steps", 1, "fields", 0), "phone", f"{G}[0]"),
    (("services", 0, "form", "steps", 0, "fields", NAME, "id"), 5, f"{F}[{NAME}].id"),
    (("services", 0, "form", "steps", 0, "fields", NAME, "type"), ["text"], f"{F}[{NAME}].type"),
    (("services", 0, "form", "steps", 0, "fields", NAME, "label"), "Аты", f"{F}[{NAME}].label"),
    (("services", 0, "form", "steps", 0, "fields", NAME, "help"), "help", f"{F}[{NAME}].help"),
    (
        ("services", 0, "form", "steps", 0, "fields", NAME, "required"),
        "yes",
        f"{F}[{NAME}].required",
    ),
    (("services", 0, "form", "steps", 0, "fields", NAME, "required"), 1, f"{F}[{NAME}].required"),
    (
        ("services", 0, "form", "steps", 0, "fields", NAME, "min_length"),
        -1,
        f"{F}[{NAME}].min_length",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", NAME, "min_length"),
        2.5,
        f"{F}[{NAME}].min_length",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", NAME, "max_length"),
        0,
        f"{F}[{NAME}].max_length",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", NAME, "max_length"),
        "80",
        f"{F}[{NAME}].max_length",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", NAME, "max_length"),
        True,
        f"{F}[{NAME}].max_length",
    ),
    (("services", 0, "form", "steps", 0, "fields", NAME, "pattern"), 5, f"{F}[{NAME}].pattern"),
    (("services", 0, "form", "steps", 0, "fields", CHILDREN, "min"), "1", f"{F}[{CHILDREN}].min"),
    (("services", 0, "form", "steps", 0, "fields", CHILDREN, "max"), True, f"{F}[{CHILDREN}].max"),
    (
        ("services", 0, "form", "steps", 0, "fields", CHILDREN, "max"),
        math.inf,
        f"{F}[{CHILDREN}].max",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", CHILDREN, "min"),
        math.nan,
        f"{F}[{CHILDREN}].min",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", CHILDREN, "integer"),
        "yes",
        f"{F}[{CHILDREN}].integer",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", BENEFITS, "min_items"),
        -1,
        f"{F}[{BENEFITS}].min_items",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", BENEFITS, "max_items"),
        0,
        f"{F}[{BENEFITS}].max_items",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", BENEFITS, "options"),
        [],
        f"{F}[{BENEFITS}].options",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", APPLICANT, "options"),
        "parent",
        f"{F}[{APPLICANT}].options",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", APPLICANT, "options", 0),
        "parent",
        f"{F}[{APPLICANT}].options[0]",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", APPLICANT, "options", 0, "value"),
        1,
        f"{F}[{APPLICANT}].options[0].value",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", APPLICANT, "options", 0, "label"),
        "Ата-ана",
        f"{F}[{APPLICANT}].options[0].label",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", CHILD_IIN, "visible_if"),
        "applicant_type",
        f"{F}[{CHILD_IIN}].visible_if",
    ),
    (
        ("services", 0, "form", "steps", 0, "fields", CHILD_IIN, "visible_if", "field"),
        1,
        f"{F}[{CHILD_IIN}].visible_if.field",
    ),
    (
        ("services", 0, "form", "steps", 1, "fields", PAPERS, "visible_if", "in"),
        "guardian",
        f"{G}[{PAPERS}].visible_if.in",
    ),
]


@pytest.mark.parametrize(
    ("path", "value", "place"), WRONG_TYPES, ids=[f"{p}={v!r}" for _, v, p in WRONG_TYPES]
)
def test_wrong_type(path, value, place):
    doc = valid_doc()
    at(doc, *path[:-1])[path[-1]] = value
    assert_invalid(doc, place)


# --- languages and texts ----------------------------------------------------------------------


def test_default_language_must_be_one_of_the_languages():
    doc = valid_doc()
    doc["default_language"] = "de"
    assert_invalid(doc, "document.default_language")


@pytest.mark.parametrize(
    ("path", "place"),
    [
        (("categories", 0, "title"), "categories[0].title"),
        (("services", 1, "title"), "services[1].title"),
        (("services", 2, "summary"), "services[2].summary"),
        (("services", 0, "keywords"), "services[0].keywords"),
        (("services", 0, "details", "cost"), "services[0].details.cost"),
        (("services", 0, "details", "documents", 0), "services[0].details.documents[0]"),
        (("services", 0, "form", "steps", 1, "title"), "services[0].form.steps[1].title"),
        (("services", 0, "form", "steps", 0, "fields", NAME, "label"), f"{F}[{NAME}].label"),
        (
            ("services", 0, "form", "steps", 0, "fields", CHILD_IIN, "help"),
            f"{F}[{CHILD_IIN}].help",
        ),
        (
            ("services", 0, "form", "steps", 0, "fields", APPLICANT, "options", 1, "label"),
            f"{F}[{APPLICANT}].options[1].label",
        ),
    ],
)
def test_a_text_without_the_default_language(path, place):
    doc = valid_doc()
    text = at(doc, *path)
    del text["kk"]
    text.setdefault("ru", "только по-русски")
    assert_invalid(doc, place, "default language")


def test_a_text_only_in_the_default_language_is_enough():
    doc = valid_doc()
    doc["services"][0]["title"] = {"kk": "Балабақша"}
    assert parse_catalog(doc).service("kindergarten-queue").title == {"kk": "Балабақша"}


def test_changing_the_default_language_checks_texts_against_it():
    doc = valid_doc()
    doc["default_language"] = "en"  # most texts carry no English
    assert_invalid(doc, "categories[1].title", "'en'")


# --- duplicates and references ----------------------------------------------------------------


def test_duplicate_category_id():
    doc = valid_doc()
    doc["categories"][1]["id"] = "family"
    assert_invalid(doc, "categories", "duplicate", "'family'")


def test_duplicate_service_id():
    doc = valid_doc()
    doc["services"][2]["id"] = "appeal-housing"
    assert_invalid(doc, "services", "duplicate", "'appeal-housing'")


def test_duplicate_field_id_in_one_step():
    doc = valid_doc()
    field(doc, NOTE)["id"] = "child_name"
    assert_invalid(doc, F, "duplicate", "'child_name'")


def test_duplicate_field_id_across_steps():
    doc = valid_doc()
    field(doc, EMAIL, step=1)["id"] = "note"
    assert_invalid(doc, "services[0].form.steps[1].fields", "duplicate", "'note'")


def test_same_field_id_in_two_services_is_fine():
    doc = valid_doc()
    doc["services"][1]["form"]["steps"][0]["fields"][0]["id"] = "note"
    parse_catalog(doc)


def test_duplicate_option_value():
    doc = valid_doc()
    field(doc, BENEFITS)["options"][2]["value"] = "large-family"
    assert_invalid(doc, f"{F}[{BENEFITS}].options", "duplicate", "'large-family'")


def test_unknown_category_reference():
    doc = valid_doc()
    doc["services"][1]["category"] = "transport"
    assert_invalid(doc, "services[1].category", "'transport'")


def test_problems_are_collected_not_just_the_first():
    doc = valid_doc()
    doc["services"][1]["category"] = "transport"
    doc["services"][2]["kind"] = "news"
    field(doc, NAME)["pattern"] = "("
    problems = problems_of(doc)
    for place in ("services[1].category", "services[2].kind", f"{F}[{NAME}].pattern"):
        assert any(place in p for p in problems), (place, problems)


# --- visible_if -------------------------------------------------------------------------------


def test_visible_if_on_an_unknown_field():
    doc = valid_doc()
    field(doc, CHILD_IIN)["visible_if"]["field"] = "applicant"
    assert_invalid(doc, "services[0].form", "child_iin", "'applicant'")


def test_visible_if_on_itself():
    doc = valid_doc()
    field(doc, CHILD_IIN)["visible_if"]["field"] = "child_iin"
    assert_invalid(doc, "services[0].form", "child_iin")


def test_visible_if_on_a_later_step():
    doc = valid_doc()
    field(doc, NOTE)["visible_if"] = {"field": "phone", "equals": "+77011234567"}
    assert_invalid(doc, "services[0].form", "'note'", "'phone'")


def test_visible_if_on_an_earlier_step_is_fine():
    doc = valid_doc()
    field(doc, EMAIL, step=1)["visible_if"] = {"field": "consent", "equals": True}
    parse_catalog(doc)


def test_visible_if_on_a_later_field_of_the_same_step_is_fine():
    # "on a field of the same or an earlier step": the position within a step is free.
    doc = valid_doc()
    field(doc, NAME)["visible_if"] = {"field": "consent", "equals": True}
    parse_catalog(doc)


def test_visible_if_cycle_of_two():
    doc = valid_doc()
    field(doc, NAME)["visible_if"] = {"field": "note", "equals": "x"}
    field(doc, NOTE)["visible_if"] = {"field": "child_name", "equals": "y"}
    assert_invalid(doc, "services[0].form", "cycle")


def test_visible_if_cycle_of_three():
    doc = valid_doc()
    field(doc, NAME)["visible_if"] = {"field": "note", "equals": "x"}
    field(doc, NOTE)["visible_if"] = {"field": "children", "equals": 1}
    field(doc, CHILDREN)["visible_if"] = {"field": "child_name", "in": ["y"]}
    assert_invalid(doc, "services[0].form", "cycle")


def test_a_chain_of_conditions_without_a_cycle_is_fine():
    doc = valid_doc()
    field(doc, NAME)["visible_if"] = {"field": "child_iin", "in": ["900101300007"]}
    field(doc, NOTE)["visible_if"] = {"field": "child_name", "equals": "x"}
    parse_catalog(doc)


# --- constraints ------------------------------------------------------------------------------


@pytest.mark.parametrize("pattern", ["(", "[a-", "a{2,1}", "(?P<x>a)(?P<x>b)", "*", "\\"])
def test_invalid_regex_pattern(pattern):
    doc = valid_doc()
    field(doc, NAME)["pattern"] = pattern
    assert_invalid(doc, f"{F}[{NAME}].pattern", "regular expression")


@pytest.mark.parametrize("field_type", ["signature", "Text", "", "file", "password"])
def test_unknown_field_type(field_type):
    doc = valid_doc()
    field(doc, NAME)["type"] = field_type
    assert_invalid(doc, f"{F}[{NAME}].type")


@pytest.mark.parametrize("kind", ["news", "Application", "form", " "])
def test_unknown_kind(kind):
    doc = valid_doc()
    doc["services"][2]["kind"] = kind
    assert_invalid(doc, "services[2].kind")


@pytest.mark.parametrize(
    ("index", "lo", "lo_value", "hi", "hi_value"),
    [
        (NAME, "min_length", 10, "max_length", 5),
        (CHILDREN, "min", 21, "max", 20),
        (CHILDREN, "min", 2.5, "max", 2),
        (BIRTH, "min", "2026-01-02", "max", "2026-01-01"),
        (BENEFITS, "min_items", 3, "max_items", 2),
    ],
)
def test_min_greater_than_max(index, lo, lo_value, hi, hi_value):
    doc = valid_doc()
    field(doc, index)[lo] = lo_value
    field(doc, index)[hi] = hi_value
    assert_invalid(doc, f"{F}[{index}]", lo, hi)


@pytest.mark.parametrize(
    ("index", "lo", "hi", "value"),
    [
        (NAME, "min_length", "max_length", 7),
        (CHILDREN, "min", "max", 5),
        (BIRTH, "min", "max", "2020-02-29"),
        (BENEFITS, "min_items", "max_items", 2),
    ],
)
def test_min_equal_to_max_is_fine(index, lo, hi, value):
    doc = valid_doc()
    field(doc, index)[lo] = value
    field(doc, index)[hi] = value
    parse_catalog(doc)


@pytest.mark.parametrize(
    "bound",
    [
        "2023-02-29",
        "2026-13-01",
        "2026-1-1",
        "01.01.2026",
        "20260101",
        "tomorrow",
        "Today",
        "",
        "2026-01-01T00:00",
        20260101,
        True,
    ],
)
def test_bad_date_bound(bound):
    doc = valid_doc()
    field(doc, BIRTH)["min"] = bound
    assert_invalid(doc, f"{F}[{BIRTH}].min")


def test_iso_week_date_is_not_a_date_bound():
    doc = valid_doc()
    field(doc, BIRTH)["max"] = "2026-W01-1"
    assert_invalid(doc, f"{F}[{BIRTH}].max")


@pytest.mark.parametrize("bound", ["today", "2000-02-29", "2026-12-31"])
def test_good_date_bounds(bound):
    doc = valid_doc()
    field(doc, BIRTH)["min"] = bound
    field(doc, BIRTH)["max"] = "today"
    parse_catalog(doc)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("alg", "HPKE-X25519-SHA256-CHACHA20POLY1305"),
        ("alg", "RSA-OAEP"),
        ("public_key", b64u_encode(bytes(16))),
        ("public_key", b64u_encode(bytes(31))),
        ("public_key", b64u_encode(bytes(33))),
        ("public_key", "not base64!"),
        ("public_key", "é" * 43),
        ("public_key", ""),
    ],
)
def test_bad_encryption_key(key, value):
    doc = valid_doc()
    doc["encryption_key"][key] = value
    assert_invalid(doc, f"document.encryption_key.{key}")


# --- load_catalog_bytes -----------------------------------------------------------------------


def test_load_catalog_bytes_of_a_valid_document():
    data = json.dumps(valid_doc(), ensure_ascii=False).encode("utf-8")
    assert load_catalog_bytes(data) == parse_catalog(valid_doc())


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"{",
        b"not json",
        b"{'format': 'kiosk-catalog/1'}",
        b"\xff\xfe{\x00}\x00",
        '{"format": "kiosk-catalog/1", "version": "é"}'.encode("latin-1"),
        b"[" * 100_000 + b"]" * 100_000,
        b'{"x": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
        b"[]",
        b"[" + json.dumps(valid_doc()).encode() + b"]",
        b"null",
        b'"kiosk-catalog/1"',
        b"42",
        b"true",
        b"\xef\xbb\xbf{}",
    ],
)
def test_load_catalog_bytes_refuses_with_catalog_error_only(data):
    with pytest.raises(CatalogError) as info:
        load_catalog_bytes(data)
    assert info.value.problems


def test_load_catalog_bytes_refuses_a_document_over_the_size_limit():
    doc = valid_doc()
    doc["padding"] = "x" * (9 * 1024 * 1024)
    with pytest.raises(CatalogError):
        load_catalog_bytes(json.dumps(doc).encode())


def test_load_catalog_bytes_with_nan_bound_is_refused():
    text = json.dumps(valid_doc()).replace('"max": 20', '"max": NaN')
    assert "NaN" in text
    with pytest.raises(CatalogError) as info:
        load_catalog_bytes(text.encode())
    assert any(f"{F}[{CHILDREN}].max" in p for p in info.value.problems)


def test_load_catalog_bytes_with_an_integer_over_the_digit_limit():
    with pytest.raises(CatalogError):
        load_catalog_bytes(b'{"format": ' + b"1" * 5000 + b"}")


@pytest.mark.parametrize("key", ["min", "max"])
def test_a_number_bound_too_large_for_a_float(key):
    doc = valid_doc()
    field(doc, CHILDREN)[key] = 10**400
    with pytest.raises(CatalogError):
        parse_catalog(doc)


# --- properties: nothing but a Catalog or a CatalogError ---------------------------------------

KNOWN_KEYS = sorted(
    {
        "format",
        "version",
        "languages",
        "default_language",
        "encryption_key",
        "categories",
        "services",
        "id",
        "title",
        "icon",
        "order",
        "category",
        "kind",
        "summary",
        "keywords",
        "details",
        "documents",
        "cost",
        "form",
        "steps",
        "fields",
        "type",
        "label",
        "help",
        "required",
        "visible_if",
        "field",
        "equals",
        "in",
        "min_length",
        "max_length",
        "pattern",
        "min",
        "max",
        "integer",
        "options",
        "value",
        "min_items",
        "max_items",
        "kid",
        "alg",
        "public_key",
        "kk",
        "ru",
        "en",
    }
)
KNOWN_STRINGS = [
    FORMAT,
    "kk",
    "ru",
    "application",
    "appeal",
    "info",
    "text",
    "select",
    "date",
    "number",
    "multiselect",
    "today",
    "family",
    "2026-01-01",
    "(",
    "[a-z]+",
    ALG,
    b64u_encode(PUBLIC_KEY),
]

keys = st.sampled_from(KNOWN_KEYS) | st.text(max_size=8)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=10)
    | st.sampled_from(KNOWN_STRINGS)
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(keys, inner, max_size=8),
    max_leaves=40,
)


def _parse_outcome(doc):
    try:
        result = parse_catalog(doc)
    except CatalogError as exc:
        assert exc.problems and all(isinstance(p, str) for p in exc.problems)
        return None
    assert isinstance(result, Catalog)
    return result


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_parse_catalog_on_arbitrary_json_values(doc):
    _parse_outcome(doc)


def _all_paths(node, prefix=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from _all_paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*prefix, index)
            yield from _all_paths(value, (*prefix, index))


ALL_PATHS = list(_all_paths(valid_doc()))
DELETE = object()


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(ALL_PATHS), st.just(DELETE) | json_values)
def test_parse_catalog_on_single_mutations_of_the_valid_document(path, replacement):
    doc = valid_doc()
    parent = at(doc, *path[:-1])
    if replacement is DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    _parse_outcome(doc)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(ALL_PATHS), st.just(DELETE) | scalars), min_size=2, max_size=6
    )
)
def test_parse_catalog_on_several_mutations_of_the_valid_document(mutations):
    doc = valid_doc()
    for path, replacement in mutations:
        try:
            parent = at(doc, *path[:-1])
            if replacement is DELETE:
                del parent[path[-1]]
            else:
                parent[path[-1]] = replacement
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this place
    _parse_outcome(doc)


@pytest.mark.parametrize("path", ALL_PATHS, ids=[".".join(map(str, p)) for p in ALL_PATHS])
def test_deleting_any_single_key_or_item_never_crashes(path):
    doc = valid_doc()
    del at(doc, *path[:-1])[path[-1]]
    _parse_outcome(doc)
