"""Sealing a visitor's answers to the hub's public key: HPKE (RFC 9180), as the contract says.

Base mode, DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / AES-128-GCM, single-shot;
info = b"kiosk-sync/v1 submission " + id, so a sealed box cannot move to another submission.
"""

from __future__ import annotations

import json
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from kiosk.b64u import b64u_decode, b64u_encode

ALG = "HPKE-X25519-SHA256-AES128GCM"
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_128_GCM)
_INFO_PREFIX = b"kiosk-sync/v1 submission "
__all__ = [  # b64u_* are kiosk.b64u's, here too for those that seal and encode together
    "ALG",
    "SealError",
    "b64u_decode",
    "b64u_encode",
    "generate_keypair",
    "open_sealed",
    "public_raw",
    "seal_answers",
]


class SealError(ValueError):
    """The sealed box is malformed, for another key or submission, or was tampered with."""


def generate_keypair() -> tuple[X25519PrivateKey, bytes]:
    private = X25519PrivateKey.generate()
    return private, public_raw(private)


def public_raw(private: X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _info(submission_id: str) -> bytes:
    return _INFO_PREFIX + submission_id.encode("ascii")


def seal_answers(
    answers: dict[str, Any], *, public_key: bytes, kid: str, submission_id: str
) -> dict[str, str]:
    plaintext = json.dumps(answers, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    recipient = X25519PublicKey.from_public_bytes(public_key)
    ct = _SUITE.encrypt(plaintext, recipient, info=_info(submission_id))
    return {"alg": ALG, "kid": kid, "ct": b64u_encode(ct)}


def open_sealed(sealed: Any, *, private_key: X25519PrivateKey, submission_id: str) -> Any:
    """The answers object inside `sealed`; SealError when it does not open."""
    if not isinstance(sealed, dict) or sealed.get("alg") != ALG:
        raise SealError("unknown sealing algorithm")
    try:
        ct = b64u_decode(sealed.get("ct", ""))
        plaintext = _SUITE.decrypt(ct, private_key, info=_info(submission_id))
        return json.loads(plaintext.decode("utf-8"))
    except (ValueError, InvalidTag, UnicodeDecodeError) as exc:
        raise SealError("the sealed box does not open") from exc
