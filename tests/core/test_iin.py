"""IIN / BIN: the test numbers of kz-facts.md, and the check-digit rule as a property."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kiosk.iin import bin_valid, check_digit_valid, iin_error

DIGITS = "0123456789"


def reference_check_digit(first11: str) -> int | None:
    """The rule of kz-facts.md written out again, independently of kiosk.iin."""
    d = [int(c) for c in first11]
    s = sum(d[i] * (i + 1) for i in range(11)) % 11
    if s == 10:
        weights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(d[i] * weights[i] for i in range(11)) % 11
        if s == 10:
            return None
    return s


# --- the test numbers of kz-facts.md, each with its verdict ------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "900101300007",  # male, 1990
        "900101400003",  # female, 1990
        "050615500005",  # male, 2005
        "000229600014",  # female, 2000-02-29
        "900101300811",  # first pass gives 10, second 1
    ],
)
def test_valid_iin_test_numbers(number):
    assert iin_error(number) is None
    assert check_digit_valid(number)


@pytest.mark.parametrize(
    "number",
    [
        "900101300008",  # wrong check digit
        "900101300800",  # both passes give 10: never issued
    ],
)
def test_invalid_iin_test_numbers_fail_the_checksum(number):
    assert iin_error(number) == "iin_checksum"
    assert not check_digit_valid(number)


def test_both_passes_ten_means_no_last_digit_is_valid():
    assert reference_check_digit("90010130080") is None
    for last in DIGITS:
        assert iin_error("90010130080" + last) == "iin_checksum"


def test_second_pass_is_used_when_first_gives_ten():
    # 90010130081: the first pass gives 10, the second 1 (kz-facts.md).
    for last in DIGITS:
        expected = None if last == "1" else "iin_checksum"
        assert iin_error("90010130081" + last) == expected


@pytest.mark.parametrize("number", ["940140000385", "990140004654"])
def test_valid_bin_test_numbers(number):
    assert bin_valid(number)
    assert check_digit_valid(number)


def test_invalid_bin_test_number():
    assert not bin_valid("949940000385")


def test_not_digits_test_number():
    assert iin_error("0123456789AB") == "iin_format"
    assert not check_digit_valid("0123456789AB")
    assert not bin_valid("0123456789AB")


# --- BIN rules --------------------------------------------------------------------------------


def _number_with_check_digit(prefix: str) -> str:
    """The first 12-digit number starting with `prefix` whose check digit exists."""
    width = 11 - len(prefix)
    for serial in range(100):
        first11 = prefix + str(serial).zfill(width)
        check = reference_check_digit(first11)
        if check is not None:
            return first11 + str(check)
    raise AssertionError("no serial gave a check digit")  # pragma: no cover


@pytest.mark.parametrize("month", ["00", "13", "99"])
def test_bin_with_a_bad_month_is_invalid_even_with_a_good_check_digit(month):
    number = _number_with_check_digit("94" + month + "40")
    assert check_digit_valid(number)
    assert not bin_valid(number)


@pytest.mark.parametrize("type_digit", ["0", "1", "2", "3", "7", "8", "9"])
def test_bin_with_an_unknown_type_digit_is_invalid(type_digit):
    number = _number_with_check_digit("9401" + type_digit + "0")
    assert check_digit_valid(number)
    assert not bin_valid(number)


@pytest.mark.parametrize("type_digit", ["4", "5", "6"])
@pytest.mark.parametrize("month", ["01", "06", "12"])
def test_bin_type_digits_4_5_6_and_real_months_are_accepted(type_digit, month):
    assert bin_valid(_number_with_check_digit("94" + month + type_digit + "0"))


def test_bin_with_a_bad_check_digit_is_invalid():
    assert not bin_valid("940140000386")


# --- format -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "90010130000",  # 11 digits
        "9001013000071",  # 13 digits
        "9001 0130 0007",  # spaces are the caller's business (answers strips them)
        " 900101300007",
        "900101300007\n",
        "90010130000x",
        "+90101300007",
        "-90101300007",
        "١٢٣٤٥٦٧٨٩٠١٢",  # Arabic-Indic digits
        "９００１０１３０００７",  # fullwidth digits
        "90010130000\u0667",  # one Arabic-Indic seven at the end
        "90010130000²",  # a superscript two: str.isdigit() says True
        "９0010130000７",
    ],
)
def test_format_errors(text):
    assert iin_error(text) == "iin_format"
    assert not check_digit_valid(text)
    assert not bin_valid(text)


@given(st.text())
def test_anything_but_12_ascii_digits_is_a_format_error(text):
    assume(not (len(text) == 12 and all(c in DIGITS for c in text)))
    assert iin_error(text) == "iin_format"


# --- the check digit as a property ------------------------------------------------------------


@given(st.text(alphabet=DIGITS, min_size=11, max_size=11))
def test_the_check_digit_is_the_only_valid_last_digit(first11):
    check = reference_check_digit(first11)
    assume(check is not None)
    assert iin_error(first11 + str(check)) is None
    assert check_digit_valid(first11 + str(check))
    for last in DIGITS:
        if last != str(check):
            assert iin_error(first11 + last) == "iin_checksum"
            assert not check_digit_valid(first11 + last)


@given(st.text(alphabet=DIGITS, min_size=12, max_size=12))
def test_any_12_digits_are_either_valid_or_a_checksum_error(number):
    assert iin_error(number) in (None, "iin_checksum")
    assert (iin_error(number) is None) == (reference_check_digit(number[:11]) == int(number[11]))


@given(st.text(alphabet=DIGITS, min_size=12, max_size=12))
def test_a_valid_bin_always_has_a_valid_check_digit(number):
    if bin_valid(number):
        assert check_digit_valid(number)
        assert 1 <= int(number[2:4]) <= 12
        assert number[4] in "456"
