"""What the operator sees: stored submissions with their answers unsealed by the hub's key."""

from __future__ import annotations

from typing import Any

from hub.keys import HubKey
from hub.store import Store, Submission
from kiosk.sealing import SealError, open_sealed


def unsealed_row(submission: Submission, key: HubKey) -> dict[str, Any]:
    """The submission as a plain dict, with `answers` (None and an `error` if it won't open)."""
    row: dict[str, Any] = {
        "id": submission.id,
        "reference": submission.reference,
        "kiosk_id": submission.kiosk_id,
        "service_id": submission.service_id,
        "form_version": submission.form_version,
        "created_at": submission.created_at,
        "locale": submission.locale,
        "received_at": submission.received_at,
        "status": submission.status,
        "status_message": submission.status_message,
        "updated_at": submission.updated_at,
        "answers": None,
        "error": None,
    }
    try:
        row["answers"] = open_sealed(
            submission.sealed, private_key=key.private_key, submission_id=submission.id
        )
    except SealError as exc:
        row["error"] = str(exc)
    return row


def submission_rows(store: Store, key: HubKey) -> list[dict[str, Any]]:
    return [unsealed_row(s, key) for s in store.submissions()]
