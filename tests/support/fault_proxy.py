"""A real TCP/HTTP proxy between the kiosk and the hub that injects faults.

Each request gets a fault from `plan(method, path, body)`:
  pass           forward, relay the hub's answer
  drop_after     forward (the hub stores it), then cut the connection without an answer
  500_after      forward, then answer 500
  timeout_after  forward, then say nothing for `stall_s` and cut
  portal         answer 200 with an HTML page (a captive portal), never forwarding
  portal_json    answer 200 with JSON that echoes nothing
  429            answer 429 with Retry-After: 1, never forwarding
  503_date       answer 503 with Retry-After as an HTTP date, never forwarding
  reset          cut the connection at once, never forwarding
"""

from __future__ import annotations

import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

Plan = Callable[[str, str, bytes], str]
_RELAYED = ("Content-Type", "ETag", "Retry-After")


class FaultProxy:
    def __init__(self, upstream: str, plan: Plan, *, stall_s: float = 1.0) -> None:
        """`upstream` is the hub's origin, e.g. http://127.0.0.1:8123 (no path)."""
        self.upstream, self.plan, self.stall_s = upstream.rstrip("/"), plan, stall_s
        self.seen: Counter[str] = Counter()
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                proxy._handle(self, "GET")

            def do_POST(self) -> None:
                proxy._handle(self, "POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def base_url(self, path: str = "/api/v1") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # ------------------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler, method: str) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        fault = self.plan(method, h.path, body)
        with self._lock:
            self.seen[fault] += 1
        if fault == "reset":
            return _cut(h)
        if fault == "portal":
            return _answer(
                h,
                200,
                b"<html><body>Sign in to FreeWiFi</body></html>",
                {"Content-Type": "text/html"},
            )
        if fault == "portal_json":
            return _answer(h, 200, b'{"status": "ok"}', {"Content-Type": "application/json"})
        if fault == "429":
            return _answer(
                h, 429, b"{}", {"Retry-After": "1", "Content-Type": "application/problem+json"}
            )
        if fault == "503_date":
            return _answer(h, 503, b"{}", {"Retry-After": formatdate(usegmt=True)})
        try:
            upstream = requests.request(
                method, self.upstream + h.path, data=body, headers=_forwarded(h), timeout=10
            )
        except requests.RequestException:
            return _cut(h)  # the hub is down: the kiosk sees a broken connection
        if fault == "drop_after":
            return _cut(h)
        if fault == "timeout_after":
            threading.Event().wait(self.stall_s)
            return _cut(h)
        if fault == "500_after":
            return _answer(
                h, 500, b'{"title": "boom"}', {"Content-Type": "application/problem+json"}
            )
        headers = {k: upstream.headers[k] for k in _RELAYED if k in upstream.headers}
        _answer(h, upstream.status_code, upstream.content, headers)


def _forwarded(h: BaseHTTPRequestHandler) -> dict[str, str]:
    keep = ("Authorization", "Content-Type", "Idempotency-Key", "If-None-Match", "Accept")
    return {k: h.headers[k] for k in keep if h.headers.get(k)}


def _answer(h: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str]) -> None:
    h.send_response(status)
    for key, value in headers.items():
        h.send_header(key, value)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    if h.command != "HEAD" and status != 304:
        h.wfile.write(body)


def _cut(h: BaseHTTPRequestHandler) -> None:
    h.close_connection = True
    try:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
