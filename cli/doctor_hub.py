"""`kiosk doctor`'s hub checks: name resolution, connection (TLS verified), the device token
(a real authenticated request) and the clock against the hub's time."""

from __future__ import annotations

import shutil
import socket
import ssl
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

from cli.doctor import FAIL, OK, WARN, Check, DbFacts
from kiosk import __version__
from kiosk.clock import parse_rfc3339, rfc3339
from kiosk.config import Config
from offline_cache.hub_client import HubClient, HubError, Transient, make_session

SKEW_WARN_S = 60.0
SKEW_FAIL_S = 600.0
CERT_WARN_DAYS = 14
REPROVISION = (
    "re-provision: a new code from the hub's operator (`kiosk-hub add-kiosk`), then "
    "`kiosk provision --hub URL --code CODE`"
)


def check_hub(config: Config, facts: DbFacts, data_root: Path) -> list[Check]:
    url = facts.identity.hub_url if facts.identity else config.hub_url
    if url is None:
        return [
            Check(
                "hub",
                WARN,
                "not checked: no hub URL (not provisioned, none configured)",
                "provision the kiosk first",
            )
        ]
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    dns = check_dns(host, port)
    if dns.status == FAIL:
        return [dns]
    connect = check_connect(parts.scheme, host, port, config)
    if connect.status == FAIL:
        return [dns, connect]
    if facts.identity is None:
        return [
            dns,
            connect,
            Check("hub token", WARN, "not checked: not provisioned", "see the provisioning check"),
        ]
    dates: list[str] = []
    session = make_session(config.ca_file)
    session.hooks["response"].append(lambda r, *a, **k: _keep_date(r, dates))
    client = HubClient(
        url,
        facts.identity.token,
        session=session,
        connect_timeout=config.connect_timeout_s,
        read_timeout=config.request_timeout_s,
    )
    token = check_token(client, facts.etag)
    return [dns, connect, token, check_clock(client, facts, data_root, dates, token)]


def _keep_date(response: requests.Response, dates: list[str]) -> None:
    if response.headers.get("Date"):
        dates.append(response.headers["Date"])


def check_dns(host: str, port: int) -> Check:
    try:
        socket.inet_pton(socket.AF_INET6 if ":" in host else socket.AF_INET, host)
    except OSError:
        pass
    else:
        return Check("hub dns", OK, f"{host} is an address: nothing to resolve")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        return Check(
            "hub dns",
            FAIL,
            f"cannot resolve {host} ({exc})",
            "check the network's DNS (`resolvectl status`) and the hub URL",
        )
    addresses = sorted({str(info[4][0]) for info in infos})
    return Check("hub dns", OK, f"{host} → {', '.join(addresses[:4])}")


def check_connect(scheme: str, host: str, port: int, config: Config) -> Check:
    where = f"{host}:{port}"
    try:
        with socket.create_connection((host, port), timeout=config.connect_timeout_s) as sock:
            if scheme != "https":
                return Check("hub connect", OK, f"{where} reachable (plain HTTP: loopback only)")
            return _tls(sock, host, where, config)
    except ConnectionRefusedError:
        return Check(
            "hub connect",
            FAIL,
            f"{where} refused the connection",
            "the hub is not running there, or a firewall rejects the kiosk",
        )
    except TimeoutError:
        return Check(
            "hub connect",
            FAIL,
            f"no answer from {where} within {config.connect_timeout_s:g} s",
            "check the cable or Wi-Fi, the router and the office firewall",
        )
    except ssl.SSLCertVerificationError as exc:
        return Check(
            "hub connect",
            FAIL,
            f"{where}: the TLS certificate is not trusted ({exc.verify_message})",
            "if the clock is wrong fix it first; else set "
            "`ca_file` in kiosk.toml to the office's CA certificate",
        )
    except ssl.SSLError as exc:
        return Check(
            "hub connect",
            FAIL,
            f"{where}: TLS failed ({exc})",
            "check the hub URL is the hub's HTTPS address, and `ca_file`",
        )
    except OSError as exc:
        return Check(
            "hub connect",
            FAIL,
            f"cannot reach {where} ({exc.strerror or exc})",
            "check the network connection and the hub URL",
        )


def _tls(sock: socket.socket, host: str, where: str, config: Config) -> Check:
    context = ssl.create_default_context()
    if config.ca_file:
        context.load_verify_locations(cafile=config.ca_file)
    with context.wrap_socket(sock, server_hostname=host) as tls:
        cert: dict[str, Any] = tls.getpeercert() or {}
        version = tls.version()
    detail = f"{where}: {version}, certificate verified"
    if "notAfter" in cert:
        days = (ssl.cert_time_to_seconds(cert["notAfter"]) - time.time()) / 86400
        detail += f" (expires in {days:.0f} days)"
        if days < CERT_WARN_DAYS:
            return Check("hub connect", WARN, detail, "ask the hub's operator to renew it")
    return Check("hub connect", OK, detail)


def check_token(client: HubClient, etag: str | None) -> Check:
    try:
        answer = client.get_catalog(etag)
    except Transient as exc:
        if exc.status in (401, 403):
            return Check(
                "hub token",
                FAIL,
                f"token revoked or unknown (the hub answered {exc.status})",
                REPROVISION,
            )
        return Check(
            "hub token",
            FAIL,
            f"the hub did not answer properly ({exc})",
            "check the hub URL points at the hub's API (…/api/v1) and the hub's logs",
        )
    except HubError as exc:
        return Check(
            "hub token", FAIL, f"the hub refused the request ({exc})", "check the hub's logs"
        )
    if answer.document is None:
        return Check("hub token", OK, "accepted (the cached catalog is current)")
    if etag:
        return Check("hub token", OK, "accepted (a newer catalog waits: the next sync takes it)")
    return Check("hub token", OK, "accepted")


def check_clock(
    client: HubClient, facts: DbFacts, data_root: Path, dates: list[str], token: Check
) -> Check:
    skew, source = None, ""
    if token.status == OK:
        try:
            before = time.time()
            answer = client.heartbeat(heartbeat_body(facts, data_root))
            local = (before + time.time()) / 2
            # hub_time is in whole seconds, cut down: half a second centres the error.
            skew = parse_rfc3339(str(answer.get("hub_time"))).timestamp() + 0.5 - local
            source = "hub_time"
        except (HubError, ValueError):
            skew = None
    if skew is None and dates:
        try:
            skew = parsedate_to_datetime(dates[-1]).timestamp() - time.time()
            source = "the HTTP Date header"
        except (TypeError, ValueError):
            skew = None
    if skew is None:
        return Check(
            "clock",
            WARN,
            "not checked: the hub gave no time",
            "compare the clock with the hub's by hand",
        )
    if abs(skew) < 2:
        text = f"in step with the hub (within 2 s, by {source})"
    else:
        side = "behind" if skew > 0 else "ahead of"
        text = f"{_duration(abs(skew))} {side} the hub (by {source})"
    hint = (
        "set the time: `timedatectl set-ntp true` (or the office's time server); dates on "
        "receipts and TLS depend on it"
    )
    if abs(skew) > SKEW_FAIL_S:
        return Check("clock", FAIL, text, hint)
    if abs(skew) > SKEW_WARN_S:
        return Check("clock", WARN, text, hint)
    return Check("clock", OK, text)


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    minutes = round(seconds / 60)
    return f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"


def heartbeat_body(facts: DbFacts, data_root: Path) -> dict[str, Any]:
    """The contract's heartbeat, from what the database says (uptime is the machine's)."""
    counts = facts.counts
    return {
        "kiosk_version": __version__,
        "catalog_version": facts.catalog_version,
        "queue": {
            "pending": counts.get("queued", 0) + counts.get("sending", 0),
            "rejected": counts.get("rejected", 0),
            "oldest_pending_at": facts.oldest_pending_at,
        },
        "last_sync_at": facts.last_sync_at,
        "disk_free_bytes": shutil.disk_usage(data_root).free,
        "uptime_s": int(time.monotonic()),
        "sent_at": rfc3339(datetime.now(UTC)),
    }
