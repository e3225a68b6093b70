"""The request and response bodies of the sync protocol (protocol.md) as pydantic models.

Requests are checked strictly (no "3" for 3) but ignore nothing: unknown keys are kept, so
they count in the content hash that tells a retry from a different body. Ids are folded to
the canonical UUID form and references to XXXX-XXXX-XXXX, so a retry differing only in case
is the same content.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictFloat,
    StrictInt,
    StrictStr,
)
from pydantic_core import PydanticCustomError

from kiosk.clock import parse_rfc3339
from kiosk.reference import normalize_reference


def canonical_uuid(text: str) -> str:
    """The lower-case hyphenated form of a UUID; ValueError if `text` is not one."""
    if len(text) > 64:
        raise ValueError("not a UUID")
    return str(uuid.UUID(text))


def _uuid(text: str) -> str:
    try:
        return canonical_uuid(text)
    except ValueError:
        raise PydanticCustomError("bad_uuid", "must be a UUID") from None


def _reference(text: str) -> str:
    reference = normalize_reference(text)
    if reference is None:
        raise PydanticCustomError(
            "bad_reference", "must be 12 Crockford base32 symbols (XXXX-XXXX-XXXX)"
        )
    return reference


def _timestamp(text: str) -> str:
    try:
        parse_rfc3339(text)
    except ValueError:
        raise PydanticCustomError(
            "bad_timestamp", "must be an RFC 3339 timestamp with an offset"
        ) from None
    return text


Uuid = Annotated[StrictStr, AfterValidator(_uuid)]
Reference = Annotated[StrictStr, AfterValidator(_reference)]
Timestamp = Annotated[StrictStr, AfterValidator(_timestamp)]
ShortText = Annotated[StrictStr, Field(min_length=1, max_length=200)]
LocalizedText = dict[str, str]


class _Request(BaseModel):
    model_config = ConfigDict(extra="allow")


class ProvisionRequest(_Request):
    code: Annotated[StrictStr, Field(max_length=64)]
    label: Annotated[StrictStr, Field(max_length=200)] | None = None
    kiosk_version: ShortText


class ProvisionResponse(BaseModel):
    kiosk_id: str
    token: str
    hub_time: str


class Sealed(_Request):
    alg: ShortText
    kid: ShortText
    ct: Annotated[StrictStr, Field(min_length=1)]


class SubmissionRequest(_Request):
    id: Uuid
    reference: Reference
    service_id: ShortText
    form_version: ShortText
    created_at: Timestamp
    locale: Annotated[StrictStr, Field(min_length=1, max_length=16)]
    sealed: Sealed


class SubmissionReceipt(BaseModel):
    id: str
    reference: str
    status: str
    received_at: str


class SubmissionStatus(BaseModel):
    reference: str
    service_id: str
    status: str = Field(description="received, in_progress, completed or rejected")
    updated_at: str
    message: LocalizedText | None = Field(None, description="{kk, ru, en}; absent when none")


class FeedbackRequest(_Request):
    id: Uuid
    service_id: ShortText
    reference: Reference | None = None
    rating: Annotated[StrictInt, Field(ge=1, le=5)]
    comment: StrictStr | None = None
    created_at: Timestamp


class FeedbackReceipt(BaseModel):
    id: str
    received_at: str


class QueueState(_Request):
    pending: Annotated[StrictInt, Field(ge=0)]
    rejected: Annotated[StrictInt, Field(ge=0)]
    oldest_pending_at: Timestamp | None = None


class HeartbeatRequest(_Request):
    kiosk_version: ShortText
    catalog_version: Annotated[StrictStr, Field(max_length=200)] | None
    queue: QueueState
    last_sync_at: Timestamp | None = None
    disk_free_bytes: Annotated[StrictInt, Field(ge=0)]
    uptime_s: Annotated[StrictInt | StrictFloat, Field(ge=0, allow_inf_nan=False)]
    sent_at: Timestamp


class HeartbeatResponse(BaseModel):
    hub_time: str


class ProblemItem(BaseModel):
    field: str
    code: str
    message: str


class ProblemDocument(BaseModel):
    """RFC 9457, sent as application/problem+json."""

    type: str
    title: str
    status: int
    detail: str | None = None
    errors: list[ProblemItem] | None = None
