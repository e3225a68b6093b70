"""POST /submissions (stored exactly once) and GET /submissions/{reference} (status)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header
from starlette.responses import Response

from hub.api.common import check_idempotency_key, json_response, problems
from hub.context import Hub, HubDep, KioskDep
from hub.jsonio import canonical_sha256
from hub.messages import message_for
from hub.problems import Problem, error_item
from hub.schemas import SubmissionReceipt, SubmissionRequest, SubmissionStatus
from hub.store import Outcome, Submission
from kiosk.answers import validate_answers
from kiosk.catalog import Form
from kiosk.reference import normalize_reference
from kiosk.sealing import ALG, SealError, open_sealed

router = APIRouter(tags=["submissions"])


def _receipt(stored: Submission, status: int) -> Response:
    """The 201 answer, and the same body again (200) for every retry."""
    body = {
        "id": stored.id,
        "reference": stored.reference,
        "status": "received",
        "received_at": stored.received_at,
    }
    return json_response(body, status)


def _replay(stored: Submission, body_sha256: str) -> Response:
    """The answer to an id already stored: the first answer again, or a conflict."""
    if stored.body_sha256 != body_sha256:
        raise Problem(409, "id-conflict", f"Submission {stored.id} is stored with other content.")
    return _receipt(stored, 200)


def _form_for(hub: Hub, sub: SubmissionRequest) -> Form:
    catalog = hub.served.catalog
    service = catalog.service(sub.service_id)
    if service is None or service.form is None:
        raise Problem(
            422,
            "unknown-service",
            f"The catalog has no service {sub.service_id!r} that takes submissions.",
        )
    if sub.form_version != service.form.version:
        raise Problem(
            422,
            "unknown-form-version",
            f"Service {service.id!r} has form version {service.form.version!r}, "
            f"not {sub.form_version!r}.",
        )
    if sub.locale not in catalog.languages:
        raise Problem(
            400,
            "malformed",
            "Unknown locale.",
            errors=[
                error_item(
                    "locale", "unknown_locale", "must be one of " + ", ".join(catalog.languages)
                )
            ],
        )
    return service.form


def _unseal(hub: Hub, sub: SubmissionRequest) -> Any:
    sealed = sub.sealed
    if sealed.alg != ALG:
        raise Problem(422, "unsealable", f"Unknown sealing algorithm; this hub uses {ALG}.")
    if sealed.kid != hub.key.kid:
        raise Problem(
            422, "unsealable", f"Sealed to another key; this hub's key is {hub.key.kid!r}."
        )
    try:
        return open_sealed(
            sealed.model_dump(), private_key=hub.key.private_key, submission_id=sub.id
        )
    except SealError:
        raise Problem(
            422,
            "unsealable",
            "The sealed box does not open with this hub's key for this submission id.",
        ) from None


@router.post(
    "/submissions",
    status_code=201,
    response_model=SubmissionReceipt,
    summary="Deliver a visitor's sealed submission (stored exactly once per id)",
    responses={
        200: {"model": SubmissionReceipt, "description": "A retry of a stored id"},
        **problems(400, 401, 409, 413, 422),
    },
)
def post_submission(
    sub: SubmissionRequest,
    idempotency_key: Annotated[str, Header(alias="Idempotency-Key")],
    hub: HubDep,
    kiosk: KioskDep,
) -> Response:
    check_idempotency_key(idempotency_key, sub.id)
    body_sha256 = canonical_sha256(sub.model_dump(mode="json"))
    # A retry is answered as such before any check, even if the catalog moved on since.
    known = hub.store.submission(sub.id)
    if known is not None:
        return _replay(known, body_sha256)
    form = _form_for(hub, sub)
    answers = _unseal(hub, sub)
    _clean, errors = validate_answers(form, answers, today=hub.today_for(sub.created_at))
    if errors:
        raise Problem(
            422,
            "invalid-answers",
            "Some answers do not pass validation.",
            errors=[error_item(e.field, e.code, message_for(e.code, e.params)) for e in errors],
        )
    outcome, stored = hub.store.add_submission(
        id=sub.id,
        reference=sub.reference,
        kiosk_id=kiosk.id,
        service_id=sub.service_id,
        form_version=sub.form_version,
        created_at=sub.created_at,
        locale=sub.locale,
        sealed=sub.sealed.model_dump(mode="json"),
        body_sha256=body_sha256,
        now=hub.now(),
    )
    if outcome is Outcome.REFERENCE_CONFLICT or stored is None:
        raise Problem(
            409, "reference-conflict", f"Reference {sub.reference} is taken by another submission."
        )
    if outcome is Outcome.CREATED:
        return _receipt(stored, 201)
    return _replay(stored, body_sha256)  # lost a race with the same id


@router.get(
    "/submissions/{reference}",
    response_model=SubmissionStatus,
    response_model_exclude_none=True,
    summary="A submission's status by its receipt reference (no personal data)",
    responses=problems(401, 404),
)
def get_status(reference: str, hub: HubDep, _kiosk: KioskDep) -> Response:
    normalized = normalize_reference(reference)
    stored = None if normalized is None else hub.store.submission_by_reference(normalized)
    if stored is None:
        raise Problem(404, "not-found", "No submission has this reference.")
    body: dict[str, Any] = {
        "reference": stored.reference,
        "service_id": stored.service_id,
        "status": stored.status,
        "updated_at": stored.updated_at,
    }
    if stored.status_message is not None:
        body["message"] = stored.status_message
    return json_response(body)
