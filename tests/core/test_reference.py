"""Reference codes: 12 Crockford base32 symbols (60 random bits), shown as XXXX-XXXX-XXXX."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.reference import new_reference, normalize_reference

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SHAPE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")


def expected_reference(random8: bytes) -> str:
    """The first 60 bits of the random bytes, five bits a symbol, written out independently."""
    bits = "".join(f"{b:08b}" for b in random8)[:60]
    symbols = "".join(CROCKFORD[int(bits[i : i + 5], 2)] for i in range(0, 60, 5))
    return f"{symbols[0:4]}-{symbols[4:8]}-{symbols[8:12]}"


def fixed(data: bytes):
    calls = []

    def token_bytes(n: int) -> bytes:
        calls.append(n)
        return data[:n]

    token_bytes.calls = calls
    return token_bytes


def test_shape():
    for _ in range(200):
        assert SHAPE.fullmatch(new_reference())


def test_ten_thousand_references_are_unique():
    refs = [new_reference() for _ in range(10_000)]
    assert len(set(refs)) == len(refs)
    assert all(SHAPE.fullmatch(r) for r in refs)


def test_deterministic_random_bytes_give_a_deterministic_reference():
    assert new_reference(fixed(bytes(8))) == "0000-0000-0000"
    assert new_reference(fixed(b"\xff" * 8)) == "ZZZZ-ZZZZ-ZZZZ"
    data = bytes([0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF])
    assert new_reference(fixed(data)) == new_reference(fixed(data)) == expected_reference(data)


def test_takes_at_least_60_bits_from_the_random_source():
    source = fixed(b"\x5a" * 64)
    new_reference(source)
    assert sum(source.calls) * 8 >= 60


@given(st.binary(min_size=8, max_size=8))
def test_reference_is_the_crockford_encoding_of_60_random_bits(data):
    ref = new_reference(fixed(data))
    assert SHAPE.fullmatch(ref)
    assert ref == expected_reference(data)


@given(st.binary(min_size=8, max_size=8), st.binary(min_size=8, max_size=8))
def test_different_random_bits_give_different_references(a, b):
    if expected_reference(a) != expected_reference(b):
        assert new_reference(fixed(a)) != new_reference(fixed(b))


# --- normalising what a visitor typed ---------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("7Q4M-K2XD-9B8T", "7Q4M-K2XD-9B8T"),
        ("7q4m-k2xd-9b8t", "7Q4M-K2XD-9B8T"),
        ("7Q4MK2XD9B8T", "7Q4M-K2XD-9B8T"),
        (" 7q4m k2xd 9b8t ", "7Q4M-K2XD-9B8T"),
        ("7Q4M--K2XD - 9B8T", "7Q4M-K2XD-9B8T"),
        ("7Q4-MK2-XD9-B8T", "7Q4M-K2XD-9B8T"),
        ("OOOO-oooo-0000", "0000-0000-0000"),  # O and o read as zero
        ("IIII-LLLL-1111", "1111-1111-1111"),  # I and L read as one
        ("iiii-llll-1111", "1111-1111-1111"),
        ("ABCD-EFGH-JKMN", "ABCD-EFGH-JKMN"),
        ("PQRS-TVWX-YZ00", "PQRS-TVWX-YZ00"),
    ],
)
def test_normalize(typed, expected):
    assert normalize_reference(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "----",
        "7Q4M-K2XD-9B8",  # 11 symbols
        "7Q4M-K2XD-9B8T0",  # 13 symbols
        "UUUU-0000-0000",  # U is not a Crockford symbol
        "7Q4M-K2XD-9B8u",
        "7Q4M-K2XD-9B8*",
        "7Q4M_K2XD_9B8T",
        "7Q4M.K2XD.9B8T",
        "7Q4М-K2XD-9B8T",  # a Cyrillic Em
        "７Q4M-K2XD-9B8T",  # a fullwidth seven
        "7Q4M-K2XD-9B8T" * 4,
    ],
)
def test_normalize_refuses(typed):
    assert normalize_reference(typed) is None


@given(st.binary(min_size=8, max_size=8))
def test_a_new_reference_normalizes_to_itself(data):
    ref = new_reference(fixed(data))
    assert normalize_reference(ref) == ref
    assert normalize_reference(ref.lower()) == ref
    assert normalize_reference(ref.replace("-", "")) == ref
    assert normalize_reference(ref.replace("-", " ")) == ref


@given(st.binary(min_size=8, max_size=8), st.data())
def test_visitor_noise_is_folded(data, draw):
    ref = new_reference(fixed(data))
    noisy = ""
    for ch in ref.replace("-", ""):
        variants = {ch, ch.lower()}
        if ch == "0":
            variants |= {"O", "o"}
        if ch == "1":
            variants |= {"I", "i", "L", "l"}
        noisy += draw.draw(st.sampled_from(sorted(variants)))
        noisy += draw.draw(st.sampled_from(["", "", " ", "-"]))
    assert normalize_reference(noisy) == ref


@given(st.text(max_size=30))
def test_normalize_returns_the_shape_or_none(text):
    result = normalize_reference(text)
    assert result is None or SHAPE.fullmatch(result)
