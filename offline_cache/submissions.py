"""Taking a visitor's submission or rating: validate, seal, queue. Never waits for the network.

The answers are sealed to the hub's key before anything touches disk; with no key at all the
submission is refused (NoHubKey) rather than stored in the clear.

`prepare` does the validating and sealing ahead, while the visitor reads the review screen, so
pressing Submit only checks that nothing changed since and commits. What is kept in between is
the sealed box and a keyed digest of the answers, never the answers themselves.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
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


@dataclass(frozen=True)
class _Sealed:
    """Answers validated and sealed ahead of Submit (see Submitter.prepare)."""

    service_id: str
    form_version: Any
    key: tuple[str, bytes]
    today: date
    digest: bytes  # keyed: the answers cannot be guessed from it
    id: str
    sealed: dict[str, Any]


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
        self._digest_key = secrets.token_bytes(32)
        self._ahead: _Sealed | None = None

    def hub_key(self, catalog: Catalog) -> tuple[str, bytes] | None:
        if catalog.encryption_key is not None:
            return catalog.encryption_key.kid, catalog.encryption_key.public_key
        if self.shipped_key is not None:
            return self.shipped_key.kid, self.shipped_key.public_key
        return None

    def can_submit(self, catalog: Catalog) -> bool:
        return self.hub_key(catalog) is not None

    def prepare(self, catalog: Catalog, service: Service, answers: dict[str, Any]) -> bool:
        """Validate and seal `answers` now (the review screen, while the visitor reads it), so
        `submit` with the same answers only commits. False (and nothing kept) when they cannot
        be submitted as they are; `submit` then says why."""
        self._ahead = None
        key = self.hub_key(catalog)
        if service.form is None or key is None:
            return False
        today = local_today(self.clock)
        try:
            sub_id, sealed = self._seal(service, answers, key, today)
        except InvalidAnswers:
            return False
        self._ahead = _Sealed(
            service_id=service.id,
            form_version=service.form.version,
            key=key,
            today=today,
            digest=self._digest(answers),
            id=sub_id,
            sealed=sealed,
        )
        return True

    def _seal(
        self, service: Service, answers: dict[str, Any], key: tuple[str, bytes], today: date
    ) -> tuple[str, dict[str, Any]]:
        """Validate `answers` (InvalidAnswers) and seal the clean ones under a new submission
        id: (id, sealed box)."""
        assert service.form is not None
        clean, errors = validate_answers(service.form, answers, today=today)
        if errors:
            raise InvalidAnswers(errors)
        sub_id = str(self.new_id())
        return sub_id, seal_answers(clean, public_key=key[1], kid=key[0], submission_id=sub_id)

    def forget(self) -> None:
        """Drop what `prepare` made (the visitor left)."""
        self._ahead = None

    def submit(
        self, catalog: Catalog, service: Service, answers: dict[str, Any], locale: str
    ) -> Receipt:
        if service.form is None:
            raise ValueError(f"service {service.id} takes no submissions")
        key = self.hub_key(catalog)
        if key is None:
            raise NoHubKey
        ahead, self._ahead = self._ahead, None  # used once at most
        if ahead is not None and not self._still(ahead, service, answers, key):
            ahead = None
        if ahead is not None:
            sub_id, sealed = ahead.id, ahead.sealed
        else:
            sub_id, sealed = self._seal(service, answers, key, local_today(self.clock))
        now = self.clock.now()
        reference = new_reference(self.token_bytes)
        body = {
            "id": sub_id,
            "reference": reference,
            "service_id": service.id,
            "form_version": service.form.version,
            "created_at": rfc3339(now),
            "locale": locale,
            "sealed": sealed,
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

    def _still(
        self,
        ahead: _Sealed,
        service: Service,
        answers: dict[str, Any],
        key: tuple[str, bytes],
    ) -> bool:
        """Whether what `prepare` sealed is exactly what would be sealed now: the same service,
        form version, hub key, day (validation depends on today) and answers."""
        assert service.form is not None
        return (
            ahead.service_id == service.id
            and ahead.form_version == service.form.version
            and ahead.key == key
            and ahead.today == local_today(self.clock)
            and hmac.compare_digest(ahead.digest, self._digest(answers))
        )

    def _digest(self, answers: dict[str, Any]) -> bytes:
        text = json.dumps(answers, sort_keys=True, ensure_ascii=False, default=repr)
        return hmac.new(
            self._digest_key, text.encode("utf-8", "surrogatepass"), hashlib.sha256
        ).digest()

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
