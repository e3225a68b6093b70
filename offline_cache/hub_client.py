"""The kiosk's HTTP client to the hub (protocol.md), and the small error hierarchy the sync
engine understands: every fault is either Transient (retry later) or Permanent (keep, show to a
technician, never resend by itself).

The session is passed in, so tests can put a real server, a fault-injecting proxy or an
in-process fake behind it. Timeouts on every request; responses are read with a size cap and
a total deadline, so a slow or huge answer cannot hang the sync thread. No redirects are
followed (a captive portal's redirect is a transient failure).
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from kiosk.config import check_hub_url

MAX_JSON_BYTES = 256 * 1024
MAX_CATALOG_BYTES = 8 * 1024 * 1024


class HubError(Exception):
    """Base of every failure talking to the hub."""

    def describe(self) -> dict[str, Any]:
        return {"error": self.__class__.__name__, "detail": str(self)}


class Transient(HubError):
    """Worth retrying: network down, timeout, 5xx, 401/403/408/429, a captive portal's page."""

    def __init__(
        self,
        detail: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        reached_hub: bool = False,
        network: bool = False,
    ) -> None:
        super().__init__(detail)
        self.status, self.retry_after, self.reached_hub = status, retry_after, reached_hub
        self.network = network  # no (whole) answer came: the link, not what was asked

    def describe(self) -> dict[str, Any]:
        return {"error": "transient", "status": self.status, "detail": str(self)[:300]}


class Permanent(HubError):
    """The hub refused this request for good (409, 413, 422, other 4xx)."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        super().__init__(f"{status} {problem.get('title', '')}".strip())
        self.status, self.problem = status, problem

    def describe(self) -> dict[str, Any]:
        return {"error": "rejected", "status": self.status, "problem": self.problem}


@dataclass(frozen=True)
class CatalogAnswer:
    document: bytes | None  # None: 304, what we hold is current
    etag: str | None


@dataclass
class HubClient:
    base_url: str
    token: str | None = None
    session: requests.Session = field(default_factory=requests.Session)
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 30.0
    monotonic: Callable[[], float] = time.monotonic
    wall: Callable[[], float] = time.time

    def __post_init__(self) -> None:
        self.base_url = check_hub_url(self.base_url)
        if isinstance(self.session, requests.Session) and self.session.trust_env:
            # requests reads the environment's proxy settings on every request (about 0.5 ms
            # each); the hub URL does not change, so read them once, honouring no_proxy.
            self.session.proxies.update(requests.utils.get_environ_proxies(self.base_url))
            self.session.trust_env = False

    # -- endpoints -------------------------------------------------------------------------
    def provision(self, code: str, label: str | None, kiosk_version: str) -> dict[str, Any]:
        body = {"code": code, "kiosk_version": kiosk_version}
        if label:
            body["label"] = label
        status, data = self._json("POST", "/provision", json_body=body, auth=False)
        if status != 201 or not isinstance(data, dict) or "token" not in data:
            raise Transient("unexpected answer to provisioning", status=status)
        return data

    def get_catalog(self, etag: str | None) -> CatalogAnswer:
        headers = {"If-None-Match": etag} if etag else {}
        response, raw = self._request("GET", "/catalog", headers=headers, limit=MAX_CATALOG_BYTES)
        if response.status_code == 304:
            return CatalogAnswer(None, etag)
        self._raise_for(response, raw)
        if response.status_code != 200:
            raise Transient(f"unexpected status {response.status_code}", reached_hub=True)
        return CatalogAnswer(raw, response.headers.get("ETag"))

    def post_item(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """POST a submission or feedback; returns the hub's echo only when it is a delivery."""
        status, data = self._json(
            "POST", path, json_body=body, headers={"Idempotency-Key": body["id"]}
        )
        if status in (200, 201) and isinstance(data, dict) and data.get("id") == body["id"]:
            return data
        raise Transient(f"{status} answer that is not a delivery", status=status)

    def get_status(self, reference: str) -> dict[str, Any] | None:
        try:
            status, data = self._json("GET", f"/submissions/{reference}")
        except Permanent as exc:
            if exc.status == 404:
                return None
            raise
        if status != 200 or not isinstance(data, dict) or "status" not in data:
            raise Transient("unexpected status answer", status=status)
        return data

    def heartbeat(self, body: dict[str, Any]) -> dict[str, Any]:
        status, data = self._json("POST", "/heartbeat", json_body=body)
        if status != 200 or not isinstance(data, dict):
            raise Transient("unexpected heartbeat answer", status=status)
        return data

    # -- plumbing --------------------------------------------------------------------------
    def _json(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        auth: bool = True,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, Any]:
        response, raw = self._request(
            method,
            path,
            json_body=json_body,
            auth=auth,
            headers=headers or {},
            limit=MAX_JSON_BYTES,
        )
        self._raise_for(response, raw)
        try:
            return response.status_code, json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            # A captive portal or a proxy answering with a page of its own.
            raise Transient(
                f"{response.status_code} answer that is not JSON", status=response.status_code
            ) from None

    def _request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        auth: bool = True,
        headers: dict[str, str],
        limit: int,
    ) -> tuple[requests.Response, bytes]:
        headers = {"Accept": "application/json", **headers}
        if auth:
            if not self.token:
                raise Transient("this kiosk is not provisioned")
            headers["Authorization"] = f"Bearer {self.token}"
        data = None
        if json_body is not None:
            data = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"

        def exchange() -> tuple[requests.Response, bytes]:
            response = self.session.request(
                method,
                self.base_url + path,
                data=data,
                headers=headers,
                stream=True,
                allow_redirects=False,
                timeout=(self.connect_timeout, self.read_timeout),
            )
            return response, self._read_capped(response, limit)

        try:
            return _within(exchange, self.connect_timeout + self.total_timeout, self.session)
        except requests.Timeout as exc:
            raise Transient(f"timeout: {exc.__class__.__name__}", network=True) from None
        except requests.RequestException as exc:
            raise Transient(f"network: {exc.__class__.__name__}", network=True) from None

    def _read_capped(self, response: requests.Response, limit: int) -> bytes:
        deadline = self.monotonic() + self.total_timeout
        chunks, size = [], 0
        try:
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > limit:
                    raise Transient("answer too large", status=response.status_code)
                if self.monotonic() > deadline:
                    raise Transient("answer too slow", status=response.status_code, network=True)
                chunks.append(chunk)
        finally:
            response.close()
        return b"".join(chunks)

    def _raise_for(self, response: requests.Response, raw: bytes) -> None:
        raise_for(response.status_code, response.headers.get("Retry-After"), raw, self.wall())


def raise_for(status: int, retry_after_header: str | None, raw: bytes, now_ts: float) -> None:
    """Map an HTTP status onto the contract's transient/permanent rule."""
    if 300 <= status < 400 and status != 304:
        raise Transient(f"redirect {status} (captive portal?)", status=status)
    if status < 400:
        return
    retry_after = parse_retry_after(retry_after_header, now_ts)
    if status in (401, 403, 408, 429) or status >= 500:
        raise Transient(
            f"hub answered {status}", status=status, retry_after=retry_after, reached_hub=True
        )
    raise Permanent(status, _problem(status, raw))


def _within(exchange: Callable[[], Any], seconds: float, session: Any) -> Any:
    """Run one HTTP exchange with an overall deadline. requests' timeouts bound each socket
    read, so a server that trickles its headers or body a byte at a time would hold the
    caller forever; here the exchange runs on a short-lived thread, and past the deadline it
    is abandoned (its pooled connections closed) and the caller gets a Transient."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = exchange()
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="kiosk-http", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        close = getattr(session, "close", None)
        if close is not None:
            close()  # the session stays usable: its pools are made anew on the next request
        raise Transient(f"no whole answer within {seconds:g} s", network=True)
    error = outcome.pop("error", None)
    if error is not None:
        try:
            raise error
        finally:
            error = None  # no frame -> outcome -> traceback -> frame cycle keeping a socket
    return outcome.pop("value")


def _problem(status: int, raw: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(raw.decode("utf-8"))
        if isinstance(doc, dict):
            return doc
    except (UnicodeDecodeError, json.JSONDecodeError):
        pass
    return {
        "type": "about:blank",
        "title": f"HTTP {status}",
        "status": status,
        "detail": raw[:300].decode("utf-8", "replace"),
    }


def parse_retry_after(value: str | None, now_ts: float) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), capped at a day."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), 86400.0)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, min(moment.timestamp() - now_ts, 86400.0))


class _ExtraCAAdapter(HTTPAdapter):
    """The system's trust store plus a technician's extra CA file."""

    def __init__(self, ca_file: str) -> None:
        self._context = ssl.create_default_context()
        self._context.load_verify_locations(cafile=ca_file)
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self._context
        super().init_poolmanager(*args, **kwargs)


def make_session(ca_file: str | None = None) -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = "akimat-kiosk"
    if ca_file:
        session.mount("https://", _ExtraCAAdapter(ca_file))
    return session
