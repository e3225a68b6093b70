"""POST /feedback: anonymous ratings, stored exactly once per id like submissions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header
from starlette.responses import Response

from hub.api.common import check_idempotency_key, json_response, problems
from hub.context import HubDep, KioskDep
from hub.jsonio import canonical_sha256
from hub.messages import message_for
from hub.problems import Problem, error_item
from hub.schemas import FeedbackReceipt, FeedbackRequest
from hub.store import Feedback, Outcome
from kiosk.answers import validate_field
from kiosk.catalog import Field

MAX_COMMENT = 2000
# A comment is cleaned like a form's textarea: trimmed, no control characters, 2000 at most.
_COMMENT = Field(id="comment", type="textarea", label={}, required=False, max_length=MAX_COMMENT)

router = APIRouter(tags=["feedback"])


def _receipt(stored: Feedback, status: int) -> Response:
    return json_response({"id": stored.id, "received_at": stored.received_at}, status)


def _replay(stored: Feedback, body_sha256: str) -> Response:
    if stored.body_sha256 != body_sha256:
        raise Problem(409, "id-conflict", f"Feedback {stored.id} is stored with other content.")
    return _receipt(stored, 200)


@router.post(
    "/feedback",
    status_code=201,
    response_model=FeedbackReceipt,
    summary="Deliver a visitor's rating of a service (stored exactly once per id)",
    responses={
        200: {"model": FeedbackReceipt, "description": "A retry of a stored id"},
        **problems(400, 401, 409, 413, 422),
    },
)
def post_feedback(
    fb: FeedbackRequest,
    idempotency_key: Annotated[str, Header(alias="Idempotency-Key")],
    hub: HubDep,
    kiosk: KioskDep,
) -> Response:
    check_idempotency_key(idempotency_key, fb.id)
    body_sha256 = canonical_sha256(fb.model_dump(mode="json"))
    known = hub.store.feedback(fb.id)
    if known is not None:  # a retry is answered as such before any check
        return _replay(known, body_sha256)
    if hub.served.catalog.service(fb.service_id) is None:
        raise Problem(422, "unknown-service", f"The catalog has no service {fb.service_id!r}.")
    comment, error = validate_field(_COMMENT, fb.comment, today=hub.today())
    if error is not None:
        raise Problem(
            400,
            "malformed",
            "The comment is not acceptable.",
            errors=[error_item("comment", error.code, message_for(error.code, error.params))],
        )
    outcome, stored = hub.store.add_feedback(
        id=fb.id,
        kiosk_id=kiosk.id,
        service_id=fb.service_id,
        reference=fb.reference,
        rating=fb.rating,
        comment=comment,
        created_at=fb.created_at,
        body_sha256=body_sha256,
        now=hub.now(),
    )
    if outcome is Outcome.CREATED:
        return _receipt(stored, 201)
    return _replay(stored, body_sha256)  # lost a race with the same id
