"""JSON as the hub writes it: UTF-8, compact; and the canonical form used for content hashes."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON (Kazakh and Russian text stay readable, not \\u-escaped). A lone
    surrogate (legal as a JSON escape, not encodable as UTF-8) is kept as its escape."""
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def canonical_sha256(value: Any) -> str:
    """sha256 of the canonical JSON (sorted keys, compact, ASCII), so key order and spacing
    don't count. ASCII escapes keep a lone surrogate (legal as a JSON escape, not encodable
    as UTF-8) from crashing the hash: the request is then judged, not answered with a 500."""
    text = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()
