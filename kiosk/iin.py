"""Kazakhstan's 12-digit individual (IIN) and business (BIN) identification numbers.

The hard checks are 12 digits and the check digit (see shared/domain/kz-facts.md);
since 2013 the date and century digits need not match a person, so they are not enforced.
"""

from __future__ import annotations

_WEIGHTS_1 = tuple(range(1, 12))
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def check_digit(first11: str) -> int | None:
    """The check digit for 11 digits, or None when both passes give 10 (never issued)."""
    digits = [int(c) for c in first11]
    s = sum(d * w for d, w in zip(digits, _WEIGHTS_1, strict=True)) % 11
    if s == 10:
        s = sum(d * w for d, w in zip(digits, _WEIGHTS_2, strict=True)) % 11
        if s == 10:
            return None
    return s


def _is_12_ascii_digits(text: str) -> bool:
    return len(text) == 12 and text.isascii() and text.isdigit()


def check_digit_valid(number: str) -> bool:
    if not _is_12_ascii_digits(number):
        return False
    expected = check_digit(number[:11])
    return expected is not None and expected == int(number[11])


def iin_error(text: str) -> str | None:
    """None when `text` is a valid IIN; otherwise `iin_format` or `iin_checksum`."""
    if not _is_12_ascii_digits(text):
        return "iin_format"
    if not check_digit_valid(text):
        return "iin_checksum"
    return None


def bin_valid(number: str) -> bool:
    """A BIN: 12 digits, a real registration month, a known type digit, a valid check digit."""
    if not check_digit_valid(number):
        return False
    month = int(number[2:4])
    return 1 <= month <= 12 and number[4] in "456"
