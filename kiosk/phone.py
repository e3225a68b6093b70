"""Kazakhstan phone numbers: +7 and 10 digits (national prefix 8 on the phone)."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\-().]")
# Mobile ranges and landline zone codes 710-729 (shared/domain/kz-facts.md).
_MOBILE = {
    "700",
    "701",
    "702",
    "705",
    "706",
    "707",
    "708",
    "747",
    "771",
    "775",
    "776",
    "777",
    "778",
    "785",
} | {str(c) for c in range(760, 765)}
_LANDLINE = {str(c) for c in range(710, 730)}


def normalize_phone(text: str) -> str | None:
    """E.164 (`+77011234567`) for a Kazakhstan number written any usual way, else None."""
    if not isinstance(text, str) or len(text) > 40:
        return None
    compact = _SEPARATORS.sub("", text.strip())
    if compact.startswith("+7"):
        national = compact[2:]
    elif compact.startswith("8") and len(compact) == 11:
        national = compact[1:]
    elif compact.startswith("7") and len(compact) == 11:
        national = compact[1:]
    else:
        return None
    if len(national) != 10 or not (national.isascii() and national.isdigit()):
        return None
    if national[:3] not in _MOBILE | _LANDLINE:
        return None
    return "+7" + national


def format_phone(e164: str) -> str:
    """+7 XXX XXX XX XX for display."""
    n = e164[2:]
    return f"+7 {n[0:3]} {n[3:6]} {n[6:8]} {n[8:10]}"
