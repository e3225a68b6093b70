"""Two ASGI middlewares that act before any endpoint: the body size limit and the device token.

Both are plain ASGI (no BaseHTTPMiddleware), so a request body is never buffered on their
account and an error from them is a problem document like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

import anyio.to_thread
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hub.problems import Problem

KIOSK_SCOPE_KEY = "hub.kiosk"


class BodyTooLarge(StarletteHTTPException):
    """Raised while the body is read, past the limit; the problem handlers answer 413."""

    def __init__(self, max_body: int) -> None:
        super().__init__(413, detail=_limit_text(max_body))


class BodyLimitMiddleware:
    """Refuse request bodies over `max_body` bytes with 413.

    A declared Content-Length over the limit is refused before the body is read; a body
    without one (chunked) is counted as it streams and refused once it passes the limit, so
    leaving out the header does not get round the limit.
    """

    def __init__(self, app: ASGIApp, *, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            await Problem(413, "payload-too-large", _limit_text(self.max_body)).response()(
                scope, receive, send
            )
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        await self.app(scope, counting_receive, send)


def _limit_text(max_body: int) -> str:
    return f"Request bodies are limited to {max_body} bytes."


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _bearer_token(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            token = token.strip()
            if scheme.lower() == "bearer" and token:
                return token
            return None
    return None


class BearerAuthMiddleware:
    """Every request under `prefix`, except the open paths, needs a live device token.

    `authenticate(token)` runs in a worker thread (it reads the database) and returns the
    kiosk, or None for an unknown or revoked token; the kiosk is left in the scope for the
    endpoints. The check comes before the body is parsed, so a caller without a token learns
    nothing about what the body should have been.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        prefix: str,
        open_paths: Collection[str],
        authenticate: Callable[[str], Any | None],
    ) -> None:
        self.app = app
        self.prefix = prefix
        self.open_paths = frozenset(open_paths)
        self.authenticate = authenticate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http"
            or not (path == self.prefix or path.startswith(self.prefix + "/"))
            or path in self.open_paths
        ):
            await self.app(scope, receive, send)
            return
        token = _bearer_token(scope)
        kiosk = None if token is None else await anyio.to_thread.run_sync(self.authenticate, token)
        if kiosk is None:
            problem = Problem(
                401,
                "unauthorized",
                "Missing, unknown or revoked device token.",
                headers={"WWW-Authenticate": 'Bearer realm="kiosk-hub"'},
            )
            await problem.response()(scope, receive, send)
            return
        scope[KIOSK_SCOPE_KEY] = kiosk
        await self.app(scope, receive, send)
