"""Reference codes: 12 Crockford base32 symbols from a CSPRNG, shown as XXXX-XXXX-XXXX.

60 bits of randomness, so a reference cannot be guessed from another one.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_FOLD = str.maketrans({"O": "0", "I": "1", "L": "1"})
LENGTH = 12


def new_reference(token_bytes: Callable[[int], bytes] = secrets.token_bytes) -> str:
    value = int.from_bytes(token_bytes(8), "big") >> 4  # 60 random bits
    symbols = []
    for _ in range(LENGTH):
        symbols.append(ALPHABET[value & 31])
        value >>= 5
    return format_reference("".join(reversed(symbols)))


def format_reference(compact: str) -> str:
    return "-".join(compact[i : i + 4] for i in range(0, LENGTH, 4))


def normalize_reference(text: str) -> str | None:
    """The canonical XXXX-XXXX-XXXX form of what a visitor typed or scanned, or None."""
    if not isinstance(text, str) or len(text) > 40:
        return None
    compact = "".join(ch for ch in text.upper() if ch not in " -\t").translate(_FOLD)
    if len(compact) != LENGTH or any(ch not in ALPHABET for ch in compact):
        return None
    return format_reference(compact)
