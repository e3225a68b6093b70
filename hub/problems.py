"""RFC 9457 problem documents: every error the hub sends is `application/problem+json`.

`Problem` is raised by the endpoints; `install_problem_handlers` makes FastAPI's own errors
(unknown route, wrong method, request validation) and any unexpected exception come out in
the same shape, the last as a bare 500 with no stack trace.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from hub.jsonio import dumps

PROBLEM_BASE = "https://kiosk.example/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"

log = logging.getLogger(__name__)

# slug -> title
TITLES: dict[str, str] = {
    "id-conflict": "This id is already stored with different content",
    "reference-conflict": "This reference is already taken by another submission",
    "invalid-answers": "The answers do not pass the form's validation",
    "unknown-service": "Unknown service",
    "unknown-form-version": "Unknown form version",
    "unsealable": "The sealed box does not open",
    "unauthorized": "A valid device token is required",
    "payload-too-large": "The request body is too large",
    "malformed": "The request is malformed",
    "not-found": "Not found",
    "method-not-allowed": "Method not allowed",
    "code-used": "The provisioning code has already been used",
    "code-expired": "The provisioning code has expired",
    "unknown-code": "Unknown provisioning code",
    "internal-error": "Internal server error",
    "http-error": "HTTP error",
}

_SLUG_BY_STATUS = {
    400: "malformed",
    401: "unauthorized",
    404: "not-found",
    405: "method-not-allowed",
    413: "payload-too-large",
    500: "internal-error",
}


def error_item(field: str, code: str, message: str) -> dict[str, str]:
    return {"field": field, "code": code, "message": message}


class Problem(Exception):
    """An error answer: raise it from an endpoint, the handler renders it."""

    def __init__(
        self,
        status: int,
        slug: str,
        detail: str | None = None,
        *,
        errors: Sequence[Mapping[str, str]] | None = None,
        headers: Mapping[str, str] | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(detail or slug)
        self.status = status
        self.slug = slug
        self.title = title or TITLES.get(slug, slug)
        self.detail = detail
        self.errors = list(errors) if errors is not None else None
        self.headers = dict(headers or {})

    def document(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "type": PROBLEM_BASE + self.slug,
            "title": self.title,
            "status": self.status,
        }
        if self.detail:
            doc["detail"] = self.detail
        if self.errors is not None:
            doc["errors"] = self.errors
        return doc

    def response(self) -> Response:
        return Response(
            content=dumps(self.document()),
            status_code=self.status,
            media_type=PROBLEM_MEDIA_TYPE,
            headers=self.headers,
        )


def _field_path(loc: Sequence[Any]) -> str:
    # FastAPI prefixes the source ("body", "header", "path", "query"); the body's own
    # fields are what a client wants to see, so the body prefix goes.
    parts = list(loc)
    if parts and parts[0] == "body":
        parts = parts[1:]
    elif parts and parts[0] in {"header", "path", "query"}:
        parts = parts[1:]
    return ".".join(str(p) for p in parts)


def _code(error_type: str) -> str:
    if error_type == "missing":
        return "required"
    if error_type.endswith("_type") or error_type in {"model_attributes_type", "is_instance_of"}:
        return "type"
    return error_type


def validation_problem(exc: RequestValidationError) -> Problem:
    errors = []
    for err in exc.errors():
        kind = str(err.get("type", "invalid"))
        if kind == "json_invalid":
            return Problem(400, "malformed", "The body is not valid JSON.")
        errors.append(error_item(_field_path(err.get("loc", ())), _code(kind), err.get("msg", "")))
    return Problem(400, "malformed", "The request does not match the schema.", errors=errors)


async def _problem_handler(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Problem)
    return exc.response()


async def _validation_handler(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return validation_problem(exc).response()


async def _http_handler(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    slug = _SLUG_BY_STATUS.get(exc.status_code, "http-error")
    detail: str | None = exc.detail if isinstance(exc.detail, str) else None
    if detail and detail.lower() == TITLES.get(slug, "").lower():
        detail = None  # Starlette's default detail only repeats the title
    return Problem(exc.status_code, slug, detail, headers=exc.headers).response()


async def _unencodable_handler(_request: Request, exc: Exception) -> Response:
    # Text in the request that cannot be UTF-8 (a lone surrogate, legal as a JSON escape):
    # the client's malformed input, wherever in the handling it shows up.
    return Problem(400, "malformed", "The body holds text that is not valid Unicode.").response()


async def _unexpected_handler(request: Request, exc: Exception) -> Response:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return Problem(500, "internal-error").response()


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Problem, _problem_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
    app.add_exception_handler(UnicodeEncodeError, _unencodable_handler)
    app.add_exception_handler(Exception, _unexpected_handler)
