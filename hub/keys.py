"""The hub's HPKE key pair: made on first start in the data dir, loaded on later starts.

`hub-key.pem` holds the X25519 private key (PKCS8 PEM), created with mode 0600 from the first
byte; it is written to a temporary name and linked into place, so a crash never leaves half a
key and two processes starting at once end up with the same one. `hub-key.json` records the
key's `kid` (`hub-YYYY-MM-<8 hex of sha256(public key)>`), so it stays the same across starts.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from kiosk.clock import KZ_TZ
from kiosk.sealing import ALG, b64u_encode, generate_keypair, public_raw

KEY_NAME = "hub-key.pem"
KID_NAME = "hub-key.json"

log = logging.getLogger(__name__)


class KeyFileError(Exception):
    """The key file exists but cannot be used."""


@dataclass(frozen=True)
class HubKey:
    private_key: X25519PrivateKey
    public_key: bytes  # raw 32 bytes
    kid: str

    def catalog_entry(self) -> dict[str, str]:
        """The catalog's `encryption_key` object for this key."""
        return {"kid": self.kid, "alg": ALG, "public_key": b64u_encode(self.public_key)}


def make_kid(public_key: bytes, created: datetime) -> str:
    month = created.astimezone(KZ_TZ).strftime("%Y-%m")
    return f"hub-{month}-{hashlib.sha256(public_key).hexdigest()[:8]}"


def _write_private(path: Path, data: bytes) -> bool:
    """Put `data` at `path` (mode 0600) unless a file is already there; True if written."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        return True
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _load(path: Path) -> X25519PrivateKey:
    try:
        key = load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(f"{path} is not a PEM private key: {exc}") from exc
    if not isinstance(key, X25519PrivateKey):
        raise KeyFileError(f"{path} holds a {type(key).__name__}, not an X25519 key")
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        log.warning("%s is readable by others (mode %o); it should be 0600", path, mode)
    return key


def _kid(data_dir: Path, public_key: bytes, key_path: Path) -> str:
    kid_path = data_dir / KID_NAME
    try:
        kid = json.loads(kid_path.read_text("utf-8"))["kid"]
        if isinstance(kid, str) and kid.endswith(hashlib.sha256(public_key).hexdigest()[:8]):
            return kid
    except (OSError, ValueError, KeyError, TypeError):
        pass
    # No record (or a stale one): name the key after its file's time, and remember that.
    created = datetime.fromtimestamp(key_path.stat().st_mtime, UTC)
    kid = make_kid(public_key, created)
    _record_kid(data_dir, kid)
    return kid


def _record_kid(data_dir: Path, kid: str) -> None:
    (data_dir / KID_NAME).write_text(json.dumps({"kid": kid}) + "\n", "utf-8")


def load_or_create(data_dir: Path, now: datetime | None = None) -> HubKey:
    """The hub's key from `data_dir`, made there on first use (named after `now`'s month)."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    key_path = data_dir / KEY_NAME
    if not key_path.exists():
        private, public = generate_keypair()
        pem = private.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        if _write_private(key_path, pem):
            _record_kid(data_dir, make_kid(public, now or datetime.now(UTC)))
            log.info("made a new hub key in %s", key_path)
    private = _load(key_path)
    public = public_raw(private)
    return HubKey(private_key=private, public_key=public, kid=_kid(data_dir, public, key_path))


def load_existing(data_dir: Path) -> HubKey:
    """The hub's key, which must already exist (for operator commands)."""
    if not (data_dir / KEY_NAME).exists():
        raise KeyFileError(f"no hub key in {data_dir}: start the hub once with `kiosk-hub serve`")
    return load_or_create(data_dir)
