"""Small pieces the endpoints share: JSON answers, the Idempotency-Key rule, OpenAPI notes."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from hub.jsonio import dumps
from hub.problems import PROBLEM_MEDIA_TYPE, Problem, error_item
from hub.schemas import ProblemDocument, canonical_uuid


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(dumps(body), status_code=status, media_type="application/json", headers=headers)


def check_idempotency_key(header: str, body_id: str) -> None:
    """The Idempotency-Key header must name the body's own id (protocol.md)."""
    try:
        key = canonical_uuid(header.strip())
    except ValueError:
        key = None
    if key != body_id:
        raise Problem(
            400,
            "malformed",
            "The Idempotency-Key header must equal the body's id.",
            errors=[error_item("Idempotency-Key", "mismatch", "must equal the body's id")],
        )


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for problem documents."""
    return {
        status: {
            "model": ProblemDocument,
            "content": {PROBLEM_MEDIA_TYPE: {}},
            "description": "A problem document (RFC 9457)",
        }
        for status in statuses
    }
