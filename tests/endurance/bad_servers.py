"""Small HTTP servers that misbehave as a broken hub, proxy or portal might: they stall, trickle
bytes, or stream without end. http.server in a thread, loopback only.

    with BadServer("stall") as server:
        HubClient(server.base_url, "token", read_timeout=0.5).get_catalog(None)

Behaviours:
  stall            read the request, then say nothing (past any read timeout)
  trickle_body     headers at once, then the body one byte every `interval` s
  trickle_headers  the status line, then one header line every `interval` s, without end
  endless_chunked  a chunked body streamed as fast as the socket takes it, without end
  huge             a 50 MB body with its Content-Length, as fast as possible
"""

from __future__ import annotations

import socket
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HUGE_BYTES = 50 * 1024 * 1024
BLOCK = b" " * 65536


class BadServer:
    def __init__(self, behaviour: str, *, interval: float = 0.2) -> None:
        self.behaviour, self.interval = behaviour, interval
        self.closing = threading.Event()
        self.requests: Counter[str] = Counter()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                owner._serve(self)

            do_POST = do_GET

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(
            target=self.server.serve_forever, name="bad-server", daemon=True
        )
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def __enter__(self) -> BadServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop serving and cut every open connection (a client stuck on us gets EOF)."""
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()
        with self._lock:
            for sock in self._sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        self._thread.join(5)

    # ------------------------------------------------------------------------------------
    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self._sockets.append(h.connection)
            self.requests[h.path] += 1
        length = int(h.headers.get("Content-Length") or 0)
        if length:
            h.rfile.read(length)
        h.close_connection = True
        try:
            getattr(self, "_" + self.behaviour)(h)
        except OSError:
            pass  # the client gave up: that is the point

    def _wait(self, seconds: float) -> bool:
        """Sleep; False once the server is closing."""
        return not self.closing.wait(seconds)

    def _stall(self, h: BaseHTTPRequestHandler) -> None:
        self.closing.wait(120)

    def _trickle_body(self, h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n"
        )
        while self._wait(self.interval):
            h.wfile.write(b" ")
            h.wfile.flush()

    def _trickle_headers(self, h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(b"HTTP/1.1 200 OK\r\n")
        n = 0
        while self._wait(self.interval):
            n += 1
            h.wfile.write(b"X-Wait: %d\r\n" % n)
            h.wfile.flush()

    def _endless_chunked(self, h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        chunk = b"%x\r\n%s\r\n" % (len(BLOCK), BLOCK)
        while not self.closing.is_set():
            h.wfile.write(chunk)

    def _huge(self, h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n" % HUGE_BYTES
        )
        for _ in range(HUGE_BYTES // len(BLOCK)):
            if self.closing.is_set():
                return
            h.wfile.write(BLOCK)
