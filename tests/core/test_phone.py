"""Kazakhstan phone numbers: any usual spelling to E.164, the ranges of kz-facts.md, display."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.phone import format_phone, normalize_phone

# kz-facts.md: mobile 700-702, 705-708, 747, 760-764, 771, 775-778, 785; landline zones 710-729.
MOBILE = [
    700,
    701,
    702,
    705,
    706,
    707,
    708,
    747,
    760,
    761,
    762,
    763,
    764,
    771,
    775,
    776,
    777,
    778,
    785,
]
LANDLINE = list(range(710, 730))
ALLOWED = {str(c) for c in MOBILE + LANDLINE}
NOT_ALLOWED = sorted({str(c).zfill(3) for c in range(1000)} - ALLOWED)

E164 = re.compile(r"\+7[0-9]{10}")


@pytest.mark.parametrize(
    "text",
    [
        "8 701 123 45 67",
        "+7 (701) 123-45-67",
        "87011234567",
        "+77011234567",
        "+7 701 123 45 67",
        "8(701)1234567",
        "8-701-123-45-67",
        "  +7 701 123 45 67  ",
        "+7.701.123.45.67",
    ],
)
def test_usual_spellings_of_a_mobile_number(text):
    assert normalize_phone(text) == "+77011234567"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8 7172 12 34 56", "+77172123456"),  # Astana
        ("+7 (7172) 55-66-77", "+77172556677"),
        ("8 727 250 00 00", "+77272500000"),  # Almaty
        ("8 7252 53 00 00", "+77252530000"),  # Shymkent
        ("8 7212 41 00 00", "+77212410000"),  # Karaganda
    ],
)
def test_landlines(text, expected):
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "+7 999 123 45 67",
        "8 999 123 45 67",
        "+7 703 123 45 67",
        "+7 709 123 45 67",
        "+7 730 123 45 67",
        "+7 800 123 45 67",
        "+7 495 123 45 67",  # Moscow: +7 too, but not Kazakhstan
        "+7 900 123 45 67",  # a Russian mobile range
    ],
)
def test_numbers_outside_the_kazakhstan_ranges(text):
    assert normalize_phone(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "+7",
        "8",
        "+7 701 123 45 6",  # 9 national digits
        "+7 701 123 45 678",  # 11 national digits
        "8 701 123 45 6",
        "8 701 123 45 678",
        "701 123 45 67",  # no country code or trunk prefix
        "+8 701 123 45 67",
        "+1 701 123 45 67",
        "++7 701 123 45 67",
        "8 701 ABC 45 67",
        "+7 701 123 45 6x",
        "phone",
        "+7 701 123 45 67 ext 5",
        "+7 ٧٠١ ١٢٣ ٤٥ ٦٧",  # Arabic-Indic digits
        "+7 ７０１ １２３ ４５ ６７",  # fullwidth digits
        "+7 701 123 45 6" + "7" * 40,
        "8" * 1000,
    ],
)
def test_malformed_numbers(text):
    assert normalize_phone(text) is None


def test_format_for_display():
    assert format_phone("+77011234567") == "+7 701 123 45 67"
    assert format_phone("+77172123456") == "+7 717 212 34 56"


national_numbers = st.tuples(
    st.sampled_from(sorted(ALLOWED)), st.text(alphabet="0123456789", min_size=7, max_size=7)
).map(lambda t: "+7" + t[0] + t[1])


@given(national_numbers)
def test_normalize_of_format_is_identity(e164):
    assert normalize_phone(e164) == e164
    assert normalize_phone(format_phone(e164)) == e164
    assert E164.fullmatch(normalize_phone(format_phone(e164)))


@given(national_numbers)
def test_national_prefix_8_means_plus_7(e164):
    national = e164[2:]
    assert normalize_phone("8" + national) == e164
    assert (
        normalize_phone(f"8 ({national[:3]}) {national[3:6]}-{national[6:8]}-{national[8:]}")
        == e164
    )


@given(st.sampled_from(NOT_ALLOWED), st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_every_code_outside_the_ranges_is_refused(code, rest):
    assert normalize_phone("+7" + code + rest) is None
    assert normalize_phone("8" + code + rest) is None


@given(st.text(max_size=60))
def test_normalize_returns_e164_or_none(text):
    result = normalize_phone(text)
    assert result is None or (E164.fullmatch(result) and result[2:5] in ALLOWED)
