"""Taking a visitor's submission or rating: validate, seal, queue. Never waits for the network.

The answers are sealed to the hub's key before anything touches disk; with no key at all the
submission is refused (NoHubKey) rather than stored in the clear.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.answers import FieldError, validate_answers
from kiosk.catalog import Catalog, Service
from kiosk.clock import Clock, local_today, rfc3339
from kiosk.config import ShippedKey
from kiosk.reference import new_reference
from kiosk.sealing import seal_answers
from offline_cache.outbox import Outbox


class NoHubKey(Exception):
    """No hub key in the catalog nor in the configuration: submissions cannot be taken."""


class InvalidAnswers(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(f"{len(errors)} invalid answers")
        self.errors = errors


@dataclass(frozen=True)
class Receipt:
    id: str
    reference: str
    service_id: str
    created_at: datetime


class Submitter:
    def __init__(
        self,
        outbox: Outbox,
        *,
        clock: Clock,
        shipped_key: ShippedKey | None = None,
        token_bytes: Callable[[int], bytes] = secrets.token_bytes,
        new_id: Callable[[], uuid.UUID] = uuid.uuid4,
    ) -> None:
        self.outbox, self.clock, self.shipped_key = outbox, clock, shipped_key
        self.token_bytes, self.new_id = token_bytes, new_id

    def hub_key(self, catalog: Catalog) -> tuple[str, bytes] | None:
        if catalog.encryption_key is not None:
            return catalog.encryption_key.kid, catalog.encryption_key.public_key
        if self.shipped_key is not None:
            return self.shipped_key.kid, self.shipped_key.public_key
        return None

    def can_submit(self, catalog: Catalog) -> bool:
        return self.hub_key(catalog) is not None

    def submit(
        self, catalog: Catalog, service: Service, answers: dict[str, Any], locale: str
    ) -> Receipt:
        if service.form is None:
            raise ValueError(f"service {service.id} takes no submissions")
        key = self.hub_key(catalog)
        if key is None:
            raise NoHubKey
        clean, errors = validate_answers(service.form, answers, today=local_today(self.clock))
        if errors:
            raise InvalidAnswers(errors)
        now = self.clock.now()
        sub_id = str(self.new_id())
        reference = new_reference(self.token_bytes)
        body = {
            "id": sub_id,
            "reference": reference,
            "service_id": service.id,
            "form_version": service.form.version,
            "created_at": rfc3339(now),
            "locale": locale,
            "sealed": seal_answers(clean, public_key=key[1], kid=key[0], submission_id=sub_id),
        }
        self.outbox.enqueue(
            kind="submission",
            id=sub_id,
            service_id=service.id,
            reference=reference,
            body=body,
            created_at=now,
        )
        return Receipt(id=sub_id, reference=reference, service_id=service.id, created_at=now)

    def feedback(
        self,
        service_id: str,
        rating: int,
        *,
        reference: str | None = None,
        comment: str | None = None,
    ) -> str:
        if not 1 <= rating <= 5:
            raise ValueError("rating must be 1-5")
        now = self.clock.now()
        fid = str(self.new_id())
        body: dict[str, Any] = {
            "id": fid,
            "service_id": service_id,
            "rating": rating,
            "created_at": rfc3339(now),
        }
        if reference:
            body["reference"] = reference
        if comment:
            body["comment"] = comment
        self.outbox.enqueue(
            kind="feedback",
            id=fid,
            service_id=service_id,
            reference=reference,
            body=body,
            created_at=now,
        )
        return fid
