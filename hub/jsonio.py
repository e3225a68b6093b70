"""JSON as the hub writes it: UTF-8, compact; and the canonical form used for content hashes."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON (Kazakh and Russian text stay readable, not \\u-escaped)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def canonical_sha256(value: Any) -> str:
    """sha256 of the canonical JSON (sorted keys, compact), so key order and spacing don't count."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
