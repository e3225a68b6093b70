"""An in-process stand-in for requests.Session that answers from a script, so the sync engine's
retry logic is tested exactly without sockets. (Mocks only the HTTP edge; the end-to-end tests
use the real hub over loopback.)"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.structures import CaseInsensitiveDict


def response(
    status: int, body: Any = None, headers: dict[str, str] | None = None
) -> requests.Response:
    r = requests.Response()
    r.status_code = status
    raw = (
        body if isinstance(body, bytes) else json.dumps(body).encode() if body is not None else b""
    )
    r.raw = io.BytesIO(raw)
    r.headers = CaseInsensitiveDict(headers or {})
    return r


@dataclass
class Call:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


Handler = Callable[[Call], requests.Response]


@dataclass
class ScriptedSession:
    handler: Handler
    calls: list[Call] = field(default_factory=list)

    def request(
        self,
        method: str,
        url: str,
        *,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        **_: Any,
    ) -> requests.Response:
        path = url.split("/api/v1", 1)[1]
        call = Call(method, path, dict(headers or {}), json.loads(data) if data else None)
        self.calls.append(call)
        return self.handler(call)


def echo_delivery(call: Call) -> requests.Response:
    """A hub that takes every submission and feedback, and knows no catalog change."""
    if call.method == "GET" and call.path == "/catalog":
        return response(304)
    if call.path == "/heartbeat":
        return response(200, {"hub_time": "2026-11-23T10:15:00+05:00"})
    return response(201, {"id": call.body["id"], "status": "received"})
