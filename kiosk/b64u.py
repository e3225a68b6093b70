"""base64url without padding (RFC 4648 §5), as the contract writes keys and sealed boxes.

Its own module so that reading the configuration (a hub key in kiosk.toml) does not load the
HPKE library: the kiosk's start reads the configuration before its first frame."""

from __future__ import annotations

import base64
import binascii


def b64u_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64u_decode(text: str) -> bytes:
    if not isinstance(text, str) or not text.isascii():
        raise ValueError("not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not base64url") from exc
