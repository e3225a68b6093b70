"""Sealing answers to the hub's key (protocol.md, "Sealing").

Besides the round trip, an independent RFC 9180 base-mode implementation (checked on the RFC's
own test vector, A.1.1) opens what the kiosk seals and seals what the kiosk opens, so the
construction (suite, info bytes, enc || ct layout, UTF-8 JSON plaintext) is the contract's and
not merely self-consistent.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.sealing import (
    ALG,
    SealError,
    b64u_decode,
    b64u_encode,
    generate_keypair,
    open_sealed,
    seal_answers,
)

B64URL_NO_PAD = re.compile(r"[A-Za-z0-9_-]+")
SUBMISSION = "0b6f8a0e-5f38-4f5e-9c5e-0f8d6d2f4b1a"
ANSWERS = {
    "full_name": "Әлия Қасымқызы Нұрланова",
    "iin": "900101300007",
    "phone": "+77011234567",
    "comment": 'Жылу жоқ.\nОтопления нет. "quotes" \\ 😀 \u0456\u04d9',
    "children": 2,
    "ratio": 0.5,
    "consent": True,
    "benefits": ["large-family", "disability"],
    "empty": None,
}


# --- an independent HPKE (RFC 9180) base mode, DHKEM(X25519, HKDF-SHA256), AES-128-GCM ---------


def _extract(salt: bytes, ikm: bytes) -> bytes:
    return hmac.new(salt or bytes(32), ikm, hashlib.sha256).digest()


def _expand(prk: bytes, info: bytes, length: int) -> bytes:
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


KEM_SUITE = b"KEM" + (0x0020).to_bytes(2, "big")
HPKE_SUITE = b"HPKE" + (0x0020).to_bytes(2, "big") + (1).to_bytes(2, "big") + (1).to_bytes(2, "big")


def _labeled_extract(suite: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return _extract(salt, b"HPKE-v1" + suite + label + ikm)


def _labeled_expand(suite: bytes, prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    return _expand(prk, length.to_bytes(2, "big") + b"HPKE-v1" + suite + label + info, length)


def _raw_public(private: X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _key_and_nonce(dh: bytes, enc: bytes, pk_r: bytes, info: bytes) -> tuple[bytes, bytes]:
    eae_prk = _labeled_extract(KEM_SUITE, b"", b"eae_prk", dh)
    shared = _labeled_expand(KEM_SUITE, eae_prk, b"shared_secret", enc + pk_r, 32)
    psk_id_hash = _labeled_extract(HPKE_SUITE, b"", b"psk_id_hash", b"")
    info_hash = _labeled_extract(HPKE_SUITE, b"", b"info_hash", info)
    context = b"\x00" + psk_id_hash + info_hash
    secret = _labeled_extract(HPKE_SUITE, shared, b"secret", b"")
    key = _labeled_expand(HPKE_SUITE, secret, b"key", context, 16)
    nonce = _labeled_expand(HPKE_SUITE, secret, b"base_nonce", context, 12)
    return key, nonce


def hpke_open(
    sk_r: X25519PrivateKey, enc: bytes, ct: bytes, info: bytes, aad: bytes = b""
) -> bytes:
    dh = sk_r.exchange(X25519PublicKey.from_public_bytes(enc))
    key, nonce = _key_and_nonce(dh, enc, _raw_public(sk_r), info)
    return AESGCM(key).decrypt(nonce, ct, aad)


def hpke_seal(pk_r: bytes, plaintext: bytes, info: bytes) -> bytes:
    eph = X25519PrivateKey.generate()
    enc = _raw_public(eph)
    dh = eph.exchange(X25519PublicKey.from_public_bytes(pk_r))
    key, nonce = _key_and_nonce(dh, enc, pk_r, info)
    return enc + AESGCM(key).encrypt(nonce, plaintext, b"")


def contract_info(submission_id: str) -> bytes:
    return b"kiosk-sync/v1 submission " + submission_id.encode("ascii")


def test_the_reference_hpke_matches_rfc9180_a_1_1():
    sk_r = X25519PrivateKey.from_private_bytes(
        bytes.fromhex("4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8")
    )
    assert (
        _raw_public(sk_r).hex()
        == "3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d"
    )
    enc = bytes.fromhex("37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431")
    ct = bytes.fromhex(
        "f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a"
    )
    info = bytes.fromhex("4f6465206f6e2061204772656369616e2055726e")
    pt = hpke_open(sk_r, enc, ct, info, aad=b"Count-0")
    assert pt == b"Beauty is truth, truth beauty"


# --- the kiosk's sealing ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def keys():
    return generate_keypair()


def test_generate_keypair_gives_the_raw_32_byte_public_key(keys):
    private, public = keys
    assert isinstance(private, X25519PrivateKey)
    assert len(public) == 32
    assert public == _raw_public(private)


def test_round_trip_with_unicode_answers(keys):
    private, public = keys
    sealed = seal_answers(ANSWERS, public_key=public, kid="hub-2026-11", submission_id=SUBMISSION)
    assert set(sealed) == {"alg", "kid", "ct"}
    assert sealed["alg"] == ALG == "HPKE-X25519-SHA256-AES128GCM"
    assert sealed["kid"] == "hub-2026-11"
    assert open_sealed(sealed, private_key=private, submission_id=SUBMISSION) == ANSWERS


def test_sealed_box_survives_json_transport(keys):
    private, public = keys
    sealed = seal_answers(ANSWERS, public_key=public, kid="k", submission_id=SUBMISSION)
    again = json.loads(json.dumps(sealed))
    assert open_sealed(again, private_key=private, submission_id=SUBMISSION) == ANSWERS


def test_ct_is_base64url_without_padding(keys):
    _, public = keys
    for answers in ({}, {"a": "x"}, {"a": "xx"}, {"a": "xxx"}, ANSWERS):
        ct = seal_answers(answers, public_key=public, kid="k", submission_id=SUBMISSION)["ct"]
        assert B64URL_NO_PAD.fullmatch(ct), ct
        assert "=" not in ct
        raw = base64.urlsafe_b64decode(ct + "=" * (-len(ct) % 4))
        assert len(raw) >= 32 + 16  # encapsulated key, then ciphertext and tag


def test_an_independent_hpke_opens_what_the_kiosk_seals(keys):
    private, public = keys
    sealed = seal_answers(ANSWERS, public_key=public, kid="k", submission_id=SUBMISSION)
    raw = base64.urlsafe_b64decode(sealed["ct"] + "=" * (-len(sealed["ct"]) % 4))
    plaintext = hpke_open(private, raw[:32], raw[32:], contract_info(SUBMISSION))
    assert json.loads(plaintext.decode("utf-8")) == ANSWERS
    assert "Әлия".encode() in plaintext  # UTF-8 JSON, as the contract says


def test_the_kiosk_opens_what_an_independent_hpke_seals(keys):
    private, public = keys
    plaintext = json.dumps(ANSWERS, ensure_ascii=False).encode("utf-8")
    ct = hpke_seal(public, plaintext, contract_info(SUBMISSION))
    sealed = {"alg": ALG, "kid": "k", "ct": b64u_encode(ct)}
    assert open_sealed(sealed, private_key=private, submission_id=SUBMISSION) == ANSWERS


def test_each_seal_uses_a_fresh_ephemeral_key(keys):
    _, public = keys
    a = seal_answers(ANSWERS, public_key=public, kid="k", submission_id=SUBMISSION)
    b = seal_answers(ANSWERS, public_key=public, kid="k", submission_id=SUBMISSION)
    assert a["ct"] != b["ct"]
    assert b64u_decode(a["ct"])[:32] != b64u_decode(b["ct"])[:32]


def test_the_plaintext_does_not_appear_in_the_sealed_json(keys):
    _, public = keys
    sealed = seal_answers(ANSWERS, public_key=public, kid="k", submission_id=SUBMISSION)
    text = json.dumps(sealed, ensure_ascii=False)
    for secret in ("900101300007", "7011234567", "Әлия", "Qasym", "full_name", "iin"):
        assert secret not in text
    for encoded in (b64u_encode(b"900101300007"), b64u_encode(b'"900101300007"')):
        assert encoded[:12] not in text
    assert b"900101300007" not in b64u_decode(sealed["ct"])


# --- what must not open -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sealed_box(keys):
    _, public = keys
    return seal_answers(ANSWERS, public_key=public, kid="k", submission_id=SUBMISSION)


def _flip(ct: str, index: int) -> str:
    raw = bytearray(b64u_decode(ct))
    raw[index] ^= 0x01
    return b64u_encode(bytes(raw))


@pytest.mark.parametrize("index", [0, 16, 31, 32, 40, -17, -1])
def test_tampered_ct_does_not_open(keys, sealed_box, index):
    private, _ = keys
    tampered = dict(sealed_box, ct=_flip(sealed_box["ct"], index))
    with pytest.raises(SealError):
        open_sealed(tampered, private_key=private, submission_id=SUBMISSION)


@pytest.mark.parametrize("cut", [1, 16, 47])
def test_truncated_ct_does_not_open(keys, sealed_box, cut):
    private, _ = keys
    raw = b64u_decode(sealed_box["ct"])
    with pytest.raises(SealError):
        open_sealed(
            dict(sealed_box, ct=b64u_encode(raw[:-cut])),
            private_key=private,
            submission_id=SUBMISSION,
        )
    with pytest.raises(SealError):
        open_sealed(
            dict(sealed_box, ct=b64u_encode(raw[:cut])),
            private_key=private,
            submission_id=SUBMISSION,
        )


def test_appended_bytes_do_not_open(keys, sealed_box):
    private, _ = keys
    longer = b64u_encode(b64u_decode(sealed_box["ct"]) + b"\x00")
    with pytest.raises(SealError):
        open_sealed(dict(sealed_box, ct=longer), private_key=private, submission_id=SUBMISSION)


@pytest.mark.parametrize(
    "other_id",
    [
        "0b6f8a0e-5f38-4f5e-9c5e-0f8d6d2f4b1b",
        "0B6F8A0E-5F38-4F5E-9C5E-0F8D6D2F4B1A",
        SUBMISSION + " ",
        "",
        str(uuid.UUID(int=0)),
    ],
)
def test_a_box_cannot_move_to_another_submission(keys, sealed_box, other_id):
    private, _ = keys
    with pytest.raises(SealError):
        open_sealed(sealed_box, private_key=private, submission_id=other_id)


def test_another_key_does_not_open(sealed_box):
    other, _ = generate_keypair()
    with pytest.raises(SealError):
        open_sealed(sealed_box, private_key=other, submission_id=SUBMISSION)


@pytest.mark.parametrize(
    "alg",
    [
        None,
        "",
        "HPKE-X25519-SHA256-CHACHA20POLY1305",
        ALG.lower(),
        ALG + " ",
        1,
        ["alg"],
    ],
)
def test_wrong_alg_does_not_open(keys, sealed_box, alg):
    private, _ = keys
    box = dict(sealed_box, alg=alg)
    with pytest.raises(SealError):
        open_sealed(box, private_key=private, submission_id=SUBMISSION)


def test_missing_alg_does_not_open(keys, sealed_box):
    private, _ = keys
    box = {k: v for k, v in sealed_box.items() if k != "alg"}
    with pytest.raises(SealError):
        open_sealed(box, private_key=private, submission_id=SUBMISSION)


@pytest.mark.parametrize(
    "ct",
    [
        "",
        "A",
        "!!!!",
        "****" * 20,
        "é" * 64,
        "AAAA====",
        12345,
        None,
        ["AAAA"],
        {"ct": "x"},
    ],
)
def test_bad_base64_or_type_does_not_open(keys, sealed_box, ct):
    private, _ = keys
    with pytest.raises(SealError):
        open_sealed(dict(sealed_box, ct=ct), private_key=private, submission_id=SUBMISSION)


def test_missing_ct_does_not_open(keys, sealed_box):
    private, _ = keys
    box = {k: v for k, v in sealed_box.items() if k != "ct"}
    with pytest.raises(SealError):
        open_sealed(box, private_key=private, submission_id=SUBMISSION)


@pytest.mark.parametrize("box", [None, [], "sealed", 1, {"alg": ALG}])
def test_not_a_sealed_box(keys, box):
    private, _ = keys
    with pytest.raises(SealError):
        open_sealed(box, private_key=private, submission_id=SUBMISSION)


def test_a_box_whose_plaintext_is_not_json_does_not_open(keys):
    private, public = keys
    for plaintext in (b"not json", b"\xff\xfe", b""):
        box = {
            "alg": ALG,
            "kid": "k",
            "ct": b64u_encode(hpke_seal(public, plaintext, contract_info(SUBMISSION))),
        }
        with pytest.raises(SealError):
            open_sealed(box, private_key=private, submission_id=SUBMISSION)


# --- properties -------------------------------------------------------------------------------

json_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | json_text
    | st.floats(allow_nan=False, allow_infinity=False)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(json_text, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(json_text, json_values, max_size=8), st.uuids())
def test_round_trip_property(keys, answers, submission_uuid):
    private, public = keys
    submission_id = str(submission_uuid)
    sealed = seal_answers(answers, public_key=public, kid="k", submission_id=submission_id)
    assert B64URL_NO_PAD.fullmatch(sealed["ct"])
    assert open_sealed(sealed, private_key=private, submission_id=submission_id) == answers


@given(st.binary(max_size=100))
def test_b64u_round_trip(data):
    text = b64u_encode(data)
    assert "=" not in text
    assert re.fullmatch(r"[A-Za-z0-9_-]*", text)
    assert b64u_decode(text) == data


@pytest.mark.parametrize("text", ["é", "A", "AAAAA", 5, None])
def test_b64u_decode_refuses_with_value_error(text):
    with pytest.raises(ValueError):
        b64u_decode(text)
