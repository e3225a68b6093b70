"""Validating a visitor's answers (catalog-format.md "FIELD", "Answers"; architecture.md codes).

Forms are built through `parse_catalog`, so fields carry the defaults a real catalog gives them.
"""

from __future__ import annotations

import math
import time
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kiosk import answers as answers_module
from kiosk.answers import FieldError, is_visible, validate_answers, validate_field, visible_fields
from kiosk.catalog import parse_catalog

TODAY = date(2026, 11, 23)
LABEL = {"kk": "Белгі", "ru": "Метка", "en": "Label"}


def form_of(*steps: list[dict]):
    doc = {
        "format": "kiosk-catalog/1",
        "version": "t",
        "languages": ["kk", "ru", "en"],
        "default_language": "kk",
        "categories": [{"id": "c", "title": LABEL}],
        "services": [
            {
                "id": "s",
                "category": "c",
                "kind": "application",
                "title": LABEL,
                "summary": LABEL,
                "form": {
                    "version": "1",
                    "steps": [{"title": LABEL, "fields": list(fields)} for fields in steps],
                },
            }
        ],
    }
    return parse_catalog(doc).services[0].form


def fdef(fid: str, ftype: str, required: bool = False, **constraints) -> dict:
    return {"id": fid, "type": ftype, "label": LABEL, "required": required, **constraints}


def opts(*values: str) -> list[dict]:
    return [{"value": v, "label": {"kk": v}} for v in values]


def one(ftype: str, required: bool = False, **constraints):
    if ftype in ("select", "multiselect"):
        constraints.setdefault("options", opts("a", "b", "c"))
    return form_of([fdef("f", ftype, required, **constraints)]).field("f")


def ok(f, raw):
    value, error = validate_field(f, raw, today=TODAY)
    assert error is None, error
    return value


def code(f, raw):
    value, error = validate_field(f, raw, today=TODAY)
    assert error is not None, f"{raw!r} was accepted as {value!r}"
    assert isinstance(error, FieldError)
    assert error.field == "f"
    assert value is None
    return error.code


# --- text -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Айгүл", "Айгүл"),
        ("  Әлия Қасымқызы  ", "Әлия Қасымқызы"),
        ("\tІзбасар\n", "Ізбасар"),
        ("x" * 200, "x" * 200),
        ("ә" * 200, "ә" * 200),
        (" " + "x" * 200 + " ", "x" * 200),  # trimmed before the length is measured
    ],
)
def test_text_valid(raw, clean):
    assert ok(one("text"), raw) == clean


def test_text_max_length_defaults_to_200():
    f = one("text")
    assert f.max_length is None
    value, error = validate_field(f, "x" * 201, today=TODAY)
    assert value is None
    assert error == FieldError("f", "too_long", {"max": 200})


def test_text_min_and_max_length():
    f = one("text", min_length=3, max_length=5)
    assert code(f, "ab") == "too_short"
    assert validate_field(f, "ab", today=TODAY)[1].params == {"min": 3}
    assert code(f, "  ab  ") == "too_short"
    assert ok(f, "abc") == "abc"
    assert ok(f, "abcde") == "abcde"
    assert code(f, "abcdef") == "too_long"
    assert validate_field(f, "abcdef", today=TODAY)[1].params == {"max": 5}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("010000", None),
        ("A01P3K4", None),
        (" 010000 ", None),
        ("0100001", "pattern"),
        ("x010000", "pattern"),  # a full match, not a search
        ("010000x", "pattern"),
        ("01000", "pattern"),
        ("A01P3K", "pattern"),
    ],
)
def test_text_pattern_is_a_full_match(raw, expected):
    f = one("text", pattern="[0-9]{6}|[A-Z][0-9]{2}[A-Z0-9]{4}")
    value, error = validate_field(f, raw, today=TODAY)
    if expected is None:
        assert error is None and value == raw.strip()
    else:
        assert error.code == expected


def test_text_pattern_alternation_is_anchored_as_a_whole():
    f = one("text", pattern="a|b")
    assert ok(f, "a") == "a"
    assert code(f, "ab") == "pattern"


@pytest.mark.parametrize(
    "raw",
    [
        "a\x00b",
        "a\x1bb",
        "a\tb",
        "a\nb",
        "a\rb",
        "a\r\nb",
        "a\x7fb",
        "a\x85b",
        "a\u2028b",
        "a\x08b",
        "\x1b[31mred",
    ],
)
def test_text_control_characters_refused(raw):
    assert code(one("text"), raw) == "control_chars"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("бірінші жол\nекінші жол", "бірінші жол\nекінші жол"),
        ("line\r\nline", "line\nline"),
        ("\n\n text \n\n", "text"),
        ("x" * 2000, "x" * 2000),
    ],
)
def test_textarea_keeps_newlines(raw, clean):
    assert ok(one("textarea"), raw) == clean


@pytest.mark.parametrize("raw", ["a\x00b", "a\tb", "a\x1bb", "a\rb", "one\n\x07two"])
def test_textarea_other_control_characters_refused(raw):
    assert code(one("textarea"), raw) == "control_chars"


def test_textarea_max_length_defaults_to_2000():
    assert validate_field(one("textarea"), "x" * 2001, today=TODAY)[1] == FieldError(
        "f", "too_long", {"max": 2000}
    )


def test_textarea_min_and_max_length():
    f = one("textarea", min_length=10, max_length=20)
    assert code(f, "short") == "too_short"
    assert code(f, "x" * 21) == "too_long"
    assert ok(f, "x" * 10) == "x" * 10


@pytest.mark.parametrize("ftype", ["text", "textarea"])
def test_huge_paste_is_too_long_quickly(ftype):
    # A pattern with catastrophic backtracking: the length check must come first.
    extra = {"pattern": "(a|aa)+$"} if ftype == "text" else {}
    f = one(ftype, **extra)
    start = time.perf_counter()
    assert code(f, "a" * 1_000_000 + "\x00b") == "too_long"
    assert code(f, "a" * 1_000_000) == "too_long"
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("ftype", ["text", "textarea", "email", "phone", "iin", "date"])
@pytest.mark.parametrize("raw", [5, 1.5, True, ["text"], {"kk": "text"}])
def test_string_types_refuse_other_json_values(ftype, raw):
    assert code(one(ftype), raw) == "type"


# --- number -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "clean"), [(0, 0), (5, 5), (-3, -3), (2.5, 2.5), (1e6, 1e6)])
def test_number_valid(raw, clean):
    assert ok(one("number"), raw) == clean


@pytest.mark.parametrize(
    "raw",
    [
        "5",
        " 5 ",
        "five",
        True,
        math.nan,
        math.inf,
        -math.inf,
        [5],
        {"v": 5},
    ],
)
def test_number_not_a_number(raw):
    assert code(one("number"), raw) == "not_number"


def test_false_is_not_a_number_either():
    f = one("number", required=True)
    value, error = validate_field(f, False, today=TODAY)
    assert value is None and error is not None


def test_number_min_max():
    f = one("number", min=1, max=20)
    assert ok(f, 1) == 1
    assert ok(f, 20) == 20
    assert validate_field(f, 0, today=TODAY)[1] == FieldError("f", "too_small", {"min": 1})
    assert validate_field(f, 0.999, today=TODAY)[1].code == "too_small"
    assert validate_field(f, 21, today=TODAY)[1] == FieldError("f", "too_large", {"max": 20})
    assert validate_field(f, 20.001, today=TODAY)[1].code == "too_large"


def test_number_integer():
    f = one("number", integer=True)
    assert code(f, 2.5) == "not_integer"
    assert code(f, 0.1) == "not_integer"
    value = ok(f, 3.0)
    assert value == 3 and isinstance(value, int)
    assert ok(f, 7) == 7


def test_an_integer_too_large_for_a_float_is_refused_not_raised():
    f = one("number", max=100)
    value, error = validate_field(f, 10**400, today=TODAY)
    assert value is None and error is not None


# --- date -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("2024-02-29", "2024-02-29"),
        ("2000-02-29", "2000-02-29"),
        (" 2026-11-23 ", "2026-11-23"),
        ("1990-01-01", "1990-01-01"),
    ],
)
def test_date_valid(raw, clean):
    assert ok(one("date"), raw) == clean


@pytest.mark.parametrize(
    "raw",
    [
        "2023-02-29",
        "1900-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-04-31",
        "2026-1-1",
        "26-01-01",
        "01.01.2026",
        "2026/01/01",
        "20260101",
        "2026-01-01T00:00",
        "2026-01-01 10:00",
        "today",
        "２０２６-01-01",
        "2026-01-0١",
        "yesterday",
    ],
)
def test_date_bad(raw):
    assert code(one("date"), raw) == "bad_date"


def test_iso_week_date_is_not_a_date():
    assert code(one("date"), "2026-W48-1") == "bad_date"


def test_date_bounds_with_today():
    f = one("date", min="2015-01-01", max="today")
    assert ok(f, "2026-11-23") == "2026-11-23"
    assert ok(f, "2015-01-01") == "2015-01-01"
    assert validate_field(f, "2026-11-24", today=TODAY)[1] == FieldError(
        "f", "too_late", {"max": "2026-11-23"}
    )
    assert validate_field(f, "2014-12-31", today=TODAY)[1] == FieldError(
        "f", "too_early", {"min": "2015-01-01"}
    )
    # `today` is the one passed in, not the system clock
    assert validate_field(f, "2026-11-24", today=date(2026, 11, 24))[1] is None


def test_date_min_today():
    f = one("date", min="today")
    assert validate_field(f, "2026-11-22", today=TODAY)[1] == FieldError(
        "f", "too_early", {"min": "2026-11-23"}
    )
    assert ok(f, "2026-11-23") == "2026-11-23"
    assert ok(f, "2030-01-01") == "2030-01-01"


# --- select / multiselect ---------------------------------------------------------------------


def test_select():
    f = one("select", options=opts("parent", "guardian"))
    assert ok(f, "parent") == "parent"
    for raw in ("Parent", " parent", "other", 1, ["parent"], True, {"value": "parent"}):
        assert code(f, raw) == "not_an_option", raw


def test_multiselect():
    f = one("multiselect", options=opts("a", "b", "c"))
    assert ok(f, ["a"]) == ["a"]
    assert ok(f, ["c", "a"]) == ["c", "a"]
    assert ok(f, ["a", "b", "c"]) == ["a", "b", "c"]
    for raw in (
        ["a", "a"],
        ["a", "b", "a"],
        ["d"],
        ["a", "d"],
        "a",
        [1],
        [["a"]],
        {"a": 1},
        ["a", "b", "c", "a"],
        [None],
    ):
        assert code(f, raw) == "not_an_option", raw


def test_multiselect_min_max_items():
    f = one("multiselect", options=opts("a", "b", "c", "d"), min_items=2, max_items=3)
    assert validate_field(f, ["a"], today=TODAY)[1] == FieldError("f", "too_few", {"min": 2})
    assert ok(f, ["a", "b"]) == ["a", "b"]
    assert ok(f, ["a", "b", "c"]) == ["a", "b", "c"]
    assert validate_field(f, ["a", "b", "c", "d"], today=TODAY)[1] == FieldError(
        "f", "too_many", {"max": 3}
    )


def test_required_multiselect_with_nothing_chosen():
    f = one("multiselect", required=True)
    assert code(f, []) == "required"


# --- checkbox ---------------------------------------------------------------------------------


def test_required_checkbox_must_be_true():
    f = one("checkbox", required=True)
    assert ok(f, True) is True
    _, missing = validate_answers(form_of([fdef("f", "checkbox", True)]), {}, today=TODAY)
    assert missing == [FieldError("f", "must_accept", {})]
    assert code(f, False) == "must_accept"
    assert code(f, None) == "must_accept"


@pytest.mark.parametrize("raw", ["true", "yes", 1, "on", [True], {"v": True}])
def test_checkbox_is_a_bool(raw):
    assert code(one("checkbox"), raw) == "type"


def test_optional_checkbox_unticked_is_fine():
    form = form_of([fdef("f", "checkbox")])
    for answers in ({}, {"f": False}, {"f": None}):
        clean, errors = validate_answers(form, answers, today=TODAY)
        assert errors == []
        assert clean.get("f", False) is False
    assert validate_answers(form, {"f": True}, today=TODAY) == ({"f": True}, [])


# --- phone, email, iin ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", ["8 701 123 45 67", "+7 (701) 123-45-67", "87011234567", " +77011234567 "]
)
def test_phone_is_normalised_to_e164(raw):
    form = form_of([fdef("f", "phone", True)])
    assert validate_answers(form, {"f": raw}, today=TODAY) == ({"f": "+77011234567"}, [])


@pytest.mark.parametrize(
    "raw",
    [
        "+7 999 123 45 67",
        "701 123 45 67",
        "8 701 123 45",
        "phone",
        "+7 701 123 45 67 8",
        "x" * 1000,
    ],
)
def test_phone_bad(raw):
    assert code(one("phone"), raw) == "bad_phone"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("aigul@mail.kz", "aigul@mail.kz"),
        ("  a.b+c@akimat.gov.kz ", "a.b+c@akimat.gov.kz"),
        ("әлия@пошта.қаз", "әлия@пошта.қаз"),
    ],
)
def test_email_valid(raw, clean):
    assert ok(one("email"), raw) == clean


@pytest.mark.parametrize(
    "raw",
    [
        "aigul",
        "aigul@",
        "@mail.kz",
        "aigul@mail",
        "a b@mail.kz",
        "a@b@mail.kz",
        "a@mail .kz",
        "x" * 250 + "@mail.kz",
    ],
)
def test_email_bad(raw):
    assert code(one("email"), raw) == "bad_email"


@pytest.mark.parametrize("raw", ["a\x1bb@mail.kz", "a\x00@mail.kz", "a@mail.kz\x7f"])
def test_email_with_control_characters_refused(raw):
    assert code(one("email"), raw) in ("bad_email", "control_chars")


def test_email_with_a_lone_surrogate_refused():
    assert code(one("email"), "a\ud800@mail.kz") in ("bad_email", "control_chars")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("900101300007", "900101300007"),
        (" 000229600014 ", "000229600014"),
        ("9001 0130 0007", "900101300007"),
    ],
)
def test_iin_valid(raw, clean):
    assert ok(one("iin"), raw) == clean


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("900101300008", "iin_checksum"),
        ("900101300800", "iin_checksum"),
        ("90010130000", "iin_format"),
        ("9001013000071", "iin_format"),
        ("0123456789AB", "iin_format"),
        ("١٢٣٤٥٦٧٨٩٠١٢", "iin_format"),
        ("9" * 1000, "iin_format"),
    ],
)
def test_iin_bad(raw, expected):
    assert code(one("iin"), raw) == expected


# --- required / empty -------------------------------------------------------------------------

ALL_TYPES = ["text", "textarea", "number", "date", "select", "multiselect", "phone", "email", "iin"]


@pytest.mark.parametrize("ftype", ALL_TYPES)
@pytest.mark.parametrize("answers", [{}, {"f": None}, {"f": ""}, {"f": "   "}])
def test_required_missing(ftype, answers):
    if ftype == "multiselect" and answers.get("f") is not None:
        answers = {"f": []}
    form = form_of(
        [
            fdef(
                "f",
                ftype,
                True,
                **({"options": opts("a")} if ftype in ("select", "multiselect") else {}),
            )
        ]
    )
    clean, errors = validate_answers(form, answers, today=TODAY)
    assert clean == {}
    assert errors == [FieldError("f", "required", {})]


@pytest.mark.parametrize("ftype", ALL_TYPES)
@pytest.mark.parametrize("answers", [{}, {"f": None}, {"f": ""}, {"f": " \t "}])
def test_optional_empty_is_absent_from_clean(ftype, answers):
    if ftype == "multiselect" and answers.get("f") is not None:
        answers = {"f": []}
    form = form_of(
        [fdef("f", ftype, **({"options": opts("a")} if ftype in ("select", "multiselect") else {}))]
    )
    assert validate_answers(form, answers, today=TODAY) == ({}, [])


def test_every_error_is_reported_with_its_field():
    form = form_of(
        [fdef("name", "text", True), fdef("iin", "iin", True), fdef("n", "number", max=3)],
        [fdef("phone", "phone", True)],
    )
    clean, errors = validate_answers(
        form, {"name": "Айгүл", "iin": "900101300008", "n": 4, "phone": "123"}, today=TODAY
    )
    assert clean == {"name": "Айгүл"}
    assert [(e.field, e.code) for e in errors] == [
        ("iin", "iin_checksum"),
        ("n", "too_large"),
        ("phone", "bad_phone"),
    ]


def test_answers_not_an_object():
    form = form_of([fdef("f", "text")])
    for answers in (None, [], "answers", 5):
        clean, errors = validate_answers(form, answers, today=TODAY)
        assert clean == {} and errors and errors[0].code == "type"


def test_unknown_answer_keys_are_not_sent():
    form = form_of([fdef("f", "text")])
    assert validate_answers(form, {"f": "x", "evil": "y", "__proto__": {}}, today=TODAY) == (
        {"f": "x"},
        [],
    )


# --- visible_if -------------------------------------------------------------------------------


def kindergarten_form():
    return form_of(
        [
            fdef("applicant_type", "select", True, options=opts("parent", "guardian", "other")),
            fdef(
                "child_iin", "iin", True, visible_if={"field": "applicant_type", "equals": "parent"}
            ),
            fdef(
                "relation",
                "select",
                True,
                options=opts("grandparent", "sibling"),
                visible_if={"field": "applicant_type", "in": ["guardian", "other"]},
            ),
            fdef(
                "court_ref", "text", True, visible_if={"field": "relation", "equals": "grandparent"}
            ),
        ],
        [
            fdef("has_benefit", "checkbox"),
            fdef("benefit_doc", "text", True, visible_if={"field": "has_benefit", "equals": True}),
        ],
    )


def test_hidden_required_field_is_neither_validated_nor_sent():
    form = kindergarten_form()
    clean, errors = validate_answers(
        form, {"applicant_type": "guardian", "relation": "sibling"}, today=TODAY
    )
    assert errors == []
    assert clean == {"applicant_type": "guardian", "relation": "sibling"}


def test_hidden_field_with_a_value_is_not_sent_even_if_invalid():
    form = kindergarten_form()
    answers = {
        "applicant_type": "guardian",
        "relation": "sibling",
        "child_iin": "not an iin",
        "benefit_doc": "\x00 bad",
    }
    clean, errors = validate_answers(form, answers, today=TODAY)
    assert errors == []
    assert "child_iin" not in clean and "benefit_doc" not in clean
    answers["child_iin"] = "900101300007"  # a valid value for a hidden field: still not sent
    clean, errors = validate_answers(form, answers, today=TODAY)
    assert errors == [] and "child_iin" not in clean


def test_visible_field_is_validated():
    form = kindergarten_form()
    clean, errors = validate_answers(form, {"applicant_type": "parent"}, today=TODAY)
    assert errors == [FieldError("child_iin", "required", {})]
    clean, errors = validate_answers(
        form, {"applicant_type": "parent", "child_iin": "900101300007"}, today=TODAY
    )
    assert (clean, errors) == ({"applicant_type": "parent", "child_iin": "900101300007"}, [])


def test_in_condition():
    form = kindergarten_form()
    for who in ("guardian", "other"):
        _, errors = validate_answers(form, {"applicant_type": who}, today=TODAY)
        assert FieldError("relation", "required", {}) in errors
    _, errors = validate_answers(
        form, {"applicant_type": "parent", "child_iin": "900101300007"}, today=TODAY
    )
    assert errors == []


def test_checkbox_condition():
    form = kindergarten_form()
    base = {"applicant_type": "parent", "child_iin": "900101300007"}
    _, errors = validate_answers(form, {**base, "has_benefit": True}, today=TODAY)
    assert errors == [FieldError("benefit_doc", "required", {})]
    clean, errors = validate_answers(form, {**base, "benefit_doc": "x"}, today=TODAY)
    assert errors == [] and "benefit_doc" not in clean


def test_chained_conditions_hidden_parent_hides_child():
    form = kindergarten_form()
    # relation=grandparent would show court_ref, but relation itself is hidden for a parent.
    answers = {"applicant_type": "parent", "child_iin": "900101300007", "relation": "grandparent"}
    clean, errors = validate_answers(form, answers, today=TODAY)
    assert errors == []
    assert clean == {"applicant_type": "parent", "child_iin": "900101300007"}
    assert not is_visible(form, form.field("court_ref"), answers)
    # When the chain holds, the grandchild is shown and required.
    answers = {"applicant_type": "guardian", "relation": "grandparent"}
    assert is_visible(form, form.field("court_ref"), answers)
    _, errors = validate_answers(form, answers, today=TODAY)
    assert errors == [FieldError("court_ref", "required", {})]


def test_visible_fields_in_form_order():
    form = kindergarten_form()
    assert [f.id for f in visible_fields(form, {})] == ["applicant_type", "has_benefit"]
    assert [
        f.id
        for f in visible_fields(
            form, {"applicant_type": "guardian", "relation": "grandparent", "has_benefit": True}
        )
    ] == ["applicant_type", "relation", "court_ref", "has_benefit", "benefit_doc"]


def test_condition_on_a_later_field_of_the_same_step():
    form = form_of(
        [
            fdef("details", "text", True, visible_if={"field": "more", "equals": True}),
            fdef("more", "checkbox"),
        ]
    )
    assert validate_answers(form, {}, today=TODAY) == ({}, [])
    assert validate_answers(form, {"more": True}, today=TODAY)[1] == [
        FieldError("details", "required", {})
    ]


def test_condition_sees_the_clean_parent_value():
    form = form_of(
        [
            fdef("answer", "text", True),
            fdef("why", "text", True, visible_if={"field": "answer", "equals": "yes"}),
        ]
    )
    clean, errors = validate_answers(form, {"answer": " yes "}, today=TODAY)
    assert clean == {"answer": "yes"}
    # the hub runs the same validation on `clean`:
    assert validate_answers(form, clean, today=TODAY)[1] == errors


def test_condition_on_a_phone_sees_the_normalised_number():
    form = form_of(
        [
            fdef("phone", "phone", True),
            fdef("code", "text", True, visible_if={"field": "phone", "equals": "+77011234567"}),
        ]
    )
    _, errors = validate_answers(form, {"phone": "8 701 123 45 67"}, today=TODAY)
    assert errors == [FieldError("code", "required", {})]


# --- properties -------------------------------------------------------------------------------

PROPERTY_FORM = form_of(
    [
        fdef("kind", "select", True, options=opts("parent", "guardian", "other")),
        fdef("iin", "iin", True, visible_if={"field": "kind", "equals": "parent"}),
        fdef("name", "text", True, min_length=2, max_length=30, pattern="[^0-9]+"),
        fdef(
            "tags",
            "multiselect",
            options=opts("a", "b", "c"),
            min_items=1,
            max_items=2,
            visible_if={"field": "kind", "in": ["guardian", "other"]},
        ),
        fdef("note", "textarea", max_length=50, visible_if={"field": "tags", "equals": ["a"]}),
        fdef("count", "number", min=0, max=10, integer=True),
        fdef("ratio", "number", min=-1.5, max=1.5),
    ],
    [
        fdef("born", "date", True, min="2000-01-01", max="today"),
        fdef("phone", "phone"),
        fdef("email", "email"),
        fdef("agree", "checkbox", True),
        fdef("extra", "checkbox"),
        fdef("extra_text", "text", True, visible_if={"field": "extra", "equals": True}),
        fdef("answer", "text"),
        fdef("why", "text", True, visible_if={"field": "answer", "equals": "yes"}),
    ],
)
FIELD_IDS = [f.id for f in PROPERTY_FORM.fields()]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=10,
)
# Values that pass or nearly pass, so the property reaches the deep branches too.
plausible = st.sampled_from(
    [
        "parent",
        "guardian",
        "other",
        "900101300007",
        " 900101300007 ",
        "900101300008",
        "Айгүл",
        " Айгүл ",
        "a1",
        ["a"],
        ["a", "b"],
        ["a", "a"],
        ["b", "c", "a"],
        [],
        3,
        3.0,
        2.5,
        11,
        -1,
        0.5,
        "2010-05-05",
        " 2010-05-05 ",
        "2023-02-29",
        "2030-01-01",
        "8 701 123 45 67",
        "+77011234567",
        "a@b.kz",
        " a@b.kz ",
        True,
        False,
        "yes",
        " yes ",
        "text\nwith newline",
        "tab\there",
        "",
        "   ",
    ]
)
answer_values = plausible | json_values
answers_strategy = st.dictionaries(
    st.sampled_from(FIELD_IDS) | st.text(max_size=5), answer_values, max_size=len(FIELD_IDS) + 2
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers_strategy)
def test_validate_answers_never_raises(answers):
    clean, errors = validate_answers(PROPERTY_FORM, answers, today=TODAY)
    assert isinstance(clean, dict)
    assert all(isinstance(e, FieldError) for e in errors)
    assert set(clean) <= set(FIELD_IDS)
    assert not set(clean) & {e.field for e in errors}
    visible = {f.id for f in visible_fields(PROPERTY_FORM, answers)}
    assert set(clean) <= visible
    assert {e.field for e in errors} <= visible


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers_strategy)
def test_clean_answers_validate_to_themselves(answers):
    clean, _ = validate_answers(PROPERTY_FORM, answers, today=TODAY)
    again, errors_again = validate_answers(PROPERTY_FORM, clean, today=TODAY)
    assert again == clean
    # What is left to fix is only what was missing or refused the first time.
    assert {e.code for e in errors_again} <= {"required", "must_accept"}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers_strategy)
@example(
    {
        "kind": "other",
        "tags": ["a"],
        "name": "Айгүл",
        "born": "2010-05-05",
        "agree": True,
        "answer": " yes ",
    }
)
def test_answers_the_kiosk_accepts_the_hub_accepts(answers):
    clean, errors = validate_answers(PROPERTY_FORM, answers, today=TODAY)
    if not errors:
        assert validate_answers(PROPERTY_FORM, clean, today=TODAY) == (clean, [])


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(
        [
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
        ]
    ),
    st.booleans(),
    answer_values,
)
def test_validate_field_never_raises_and_is_idempotent(ftype, required, raw):
    f = one(ftype, required)
    value, error = validate_field(f, raw, today=TODAY)
    if error is not None:
        assert value is None and error.field == "f"
        assert error.code in {
            "required",
            "type",
            "too_short",
            "too_long",
            "pattern",
            "control_chars",
            "not_number",
            "not_integer",
            "too_small",
            "too_large",
            "bad_date",
            "too_early",
            "too_late",
            "not_an_option",
            "too_few",
            "too_many",
            "must_accept",
            "bad_phone",
            "bad_email",
            "iin_format",
            "iin_checksum",
        }
    elif value is not None:
        assert validate_field(f, value, today=TODAY) == (value, None)


@pytest.mark.parametrize("who", [None, "parent", "guardian", "other", "nobody"])
@pytest.mark.parametrize("relation", [None, "grandparent", "sibling"])
@pytest.mark.parametrize("benefit", [None, True, False])
def test_visible_fields_agrees_with_is_visible_field_by_field(who, relation, benefit):
    form = kindergarten_form()
    answers = {
        k: v
        for k, v in {"applicant_type": who, "relation": relation, "has_benefit": benefit}.items()
        if v is not None
    }
    expected = [f.id for f in form.fields() if is_visible(form, f, answers)]
    assert [f.id for f in visible_fields(form, answers)] == expected


def test_control_characters_are_exactly_unicode_cc_and_cs_and_the_separators():
    import unicodedata

    everything = "".join(map(chr, range(0x110000)))
    refused = {
        ch for ch in everything if unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029"
    }
    for allow_newline in (False, True):
        found = set()
        for ch in refused | {"a", "Ә", "\t", " ", "\u200b", "\U0001f600", "\ufeff"}:
            try:
                answers_module._no_controls(ch, allow_newline=allow_newline)
            except answers_module._Reject:
                found.add(ch)
        assert found == (refused - {"\n"} if allow_newline else refused)
    # and no other code point is refused
    others = "".join(ch for ch in everything if ch not in refused)
    answers_module._no_controls(others, allow_newline=False)
