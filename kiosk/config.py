"""The kiosk's configuration: one TOML file, validated on start with messages naming the bad key.

Every key has a default that works, so a kiosk starts with no file at all. Provisioning
(hub URL, kiosk id, token) is kept in the data directory, not here: see kiosk.paths.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kiosk.b64u import b64u_decode

LANGUAGES = ("kk", "ru", "en")


class ConfigError(ValueError):
    """A configuration problem; the message names the file and the key."""


@dataclass(frozen=True)
class ShippedKey:
    kid: str
    public_key: bytes


@dataclass(frozen=True)
class Config:
    hub_url: str | None = None
    ca_file: str | None = None
    default_language: str = "kk"
    idle_timeout_s: float = 90.0
    idle_countdown_s: float = 20.0
    receipt_timeout_s: float = 45.0
    printer: str | None = None
    office_name: dict[str, str] = field(default_factory=dict)
    contact_line: str = "1414"
    sync_interval_s: float = 30.0
    heartbeat_interval_s: float = 300.0
    request_timeout_s: float = 10.0
    connect_timeout_s: float = 5.0
    hub_key: ShippedKey | None = None
    full_screen: bool = True
    technician_idle_s: float = 180.0


_NUMBERS = {
    "idle_timeout_s": (15.0, 3600.0),
    "idle_countdown_s": (20.0, 300.0),
    "receipt_timeout_s": (10.0, 600.0),
    "sync_interval_s": (1.0, 3600.0),
    "heartbeat_interval_s": (10.0, 86400.0),
    "request_timeout_s": (1.0, 120.0),
    "connect_timeout_s": (1.0, 60.0),
    "technician_idle_s": (30.0, 3600.0),
}


def load_config(path: Path | None) -> Config:
    """Read and validate `path`; a missing path (None) gives the defaults."""
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: the configuration file does not exist") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    return parse_config(data, source=str(path))


def parse_config(data: dict[str, Any], *, source: str = "config") -> Config:
    known = {f.name for f in fields(Config)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        where = f"{source}: key '{key}'"
        if key not in known:
            raise ConfigError(f"{where} is not a known setting (known: {', '.join(sorted(known))})")
        values[key] = _check(key, value, where)
    return Config(**values)


def _check(key: str, value: Any, where: str) -> Any:
    if key in _NUMBERS:
        lo, hi = _NUMBERS[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
            raise ConfigError(f"{where} must be a number of seconds from {lo:g} to {hi:g}")
        return float(value)
    if key == "hub_url":
        return check_hub_url(value, where)
    if key == "default_language":
        if value not in LANGUAGES:
            raise ConfigError(f"{where} must be one of {', '.join(LANGUAGES)}")
        return value
    if key in ("ca_file", "printer", "contact_line"):
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where} must be a non-empty string")
        if key == "ca_file" and not Path(value).is_file():
            raise ConfigError(f"{where}: file {value!r} does not exist")
        return value
    if key == "office_name":
        if not isinstance(value, dict) or not all(
            k in LANGUAGES and isinstance(v, str) for k, v in value.items()
        ):
            raise ConfigError(f"{where} must be a table of kk/ru/en strings")
        return dict(value)
    if key in ("full_screen",):
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false")
        return value
    if key == "hub_key":
        return _shipped_key(value, where)
    raise ConfigError(f"{where} is not handled")  # pragma: no cover


def _shipped_key(value: Any, where: str) -> ShippedKey:
    if not isinstance(value, dict) or not isinstance(value.get("kid"), str):
        raise ConfigError(f"{where} must be a table with 'kid' and 'public_key'")
    try:
        raw = b64u_decode(value.get("public_key", ""))
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise ConfigError(f"{where}.public_key must be a 32-byte X25519 key in base64url")
    return ShippedKey(kid=value["kid"], public_key=raw)


def check_hub_url(value: Any, where: str = "hub URL") -> str:
    """HTTPS, or plain HTTP to a loopback address only (the contract's transport rule)."""
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be a string")
    try:
        parts = urlsplit(value.strip())
        host = parts.hostname
    except ValueError:
        raise ConfigError(f"{where} is not a valid URL") from None
    if parts.scheme == "https" and host:
        return value.strip().rstrip("/")
    if parts.scheme == "http" and is_loopback(host or ""):
        return value.strip().rstrip("/")
    raise ConfigError(f"{where} must be an https:// URL (plain http only to a loopback address)")


def is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
