"""Hypothesis strategies for hostile JSON: every JSON type, huge and non-finite numbers, lone
surrogates, control characters, deep nesting; and mutations of a valid document."""

from __future__ import annotations

import copy
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from hypothesis import strategies as st

from kiosk.sealing import b64u_encode

NASTY = [
    "",
    " ",
    "\x00",
    "\ud800",
    "\udfff",
    "a\u202eb",
    "\ufeff",
    "𝕏",
    "😀",
    "\r\n",
    "'\"",
    "null",
    "NaN",
    "1e999",
    "-0",
    "0" * 300,
    "Қазақ",
    "../../etc/passwd",
    "%00",
    "\\",
]

strings = st.one_of(
    st.sampled_from(NASTY),
    # every code point, lone surrogates and control characters included
    st.text(alphabet=st.characters(exclude_categories=()), max_size=40),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([2**63, -(2**63) - 1, 10**400]),
    st.floats(allow_nan=True, allow_infinity=True),
    strings,
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(strings, inner, max_size=4),
    max_leaves=12,
)


def paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path in a JSON document (the root excluded)."""
    found: list[tuple[Any, ...]] = []
    items = (
        doc.items() if isinstance(doc, dict) else enumerate(doc) if isinstance(doc, list) else ()
    )
    for key, value in items:
        found.append((*prefix, key))
        found += paths(value, (*prefix, key))
    return found


@st.composite
def mutated(draw: st.DrawFn, doc: dict[str, Any]) -> dict[str, Any]:
    """`doc` with one to three changes: a value replaced, a key dropped, a key added."""
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(paths(doc) or [("x",)]))
        parent: Any = doc
        for key in where[:-1]:
            parent = parent[key]
        if not isinstance(parent, dict | list):
            continue
        op = draw(st.sampled_from(["set", "set", "drop", "add"]))
        last = where[-1]
        if op == "drop" and isinstance(parent, dict):
            parent.pop(last, None)
        elif op == "add" and isinstance(parent, dict):
            parent[draw(strings)] = draw(json_values)
        else:
            try:
                parent[last] = draw(json_values)
            except (IndexError, KeyError, TypeError):
                pass
    return doc


_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_128_GCM)


def seal_bytes(plaintext: bytes, public_key: bytes, submission_id: str) -> str:
    """HPKE-seal any bytes as protocol.md says (so the hub unseals what a fuzzer chose)."""
    info = b"kiosk-sync/v1 submission " + submission_id.encode("ascii")
    ct = _SUITE.encrypt(plaintext, X25519PublicKey.from_public_bytes(public_key), info=info)
    return b64u_encode(ct)
