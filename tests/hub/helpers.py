"""Building requests for the hub's tests: valid submissions, feedback, heartbeats."""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

import requests

from kiosk.reference import new_reference
from kiosk.sealing import seal_answers
from tests.support.hub_server import RunningHub

VALID_IIN = "900101300126"
BAD_CHECKSUM_IIN = "900101300127"
PROBLEM_BASE = "https://kiosk.example/problems/"


def valid_answers() -> dict[str, Any]:
    return {
        "applicant_name": "Айгүл Сейітқызы",
        "applicant_iin": VALID_IIN,
        "phone": "+77011234567",
        "child_birth_date": "2021-05-01",
    }


def make_submission(
    hub: RunningHub, answers: dict[str, Any] | None = None, **overrides: Any
) -> dict[str, Any]:
    """A valid submission body sealed to the hub's key; `overrides` replace envelope keys."""
    sub_id = overrides.pop("id", None) or str(uuid.uuid4())
    body = {
        "id": sub_id,
        "reference": new_reference(),
        "service_id": "kindergarten-queue",
        "form_version": "3",
        "created_at": "2026-11-23T10:15:00+05:00",
        "locale": "kk",
        "sealed": seal_answers(
            answers if answers is not None else valid_answers(),
            public_key=hub.public_key,
            kid=hub.kid,
            submission_id=sub_id,
        ),
    }
    body.update(overrides)
    return body


def make_feedback(**overrides: Any) -> dict[str, Any]:
    body = {
        "id": str(uuid.uuid4()),
        "service_id": "kindergarten-queue",
        "rating": 5,
        "comment": "Жылдам әрі түсінікті",
        "created_at": "2026-11-23T10:20:00+05:00",
    }
    body.update(overrides)
    return body


def make_heartbeat(**overrides: Any) -> dict[str, Any]:
    body = {
        "kiosk_version": "0.1.0",
        "catalog_version": "test-2026-11-23.1",
        "queue": {"pending": 3, "rejected": 1, "oldest_pending_at": "2026-11-23T09:00:00+05:00"},
        "last_sync_at": "2026-11-23T10:00:00+05:00",
        "disk_free_bytes": 12_000_000_000,
        "uptime_s": 3600,
        "sent_at": "2026-11-23T10:30:00+05:00",
    }
    body.update(overrides)
    return body


def session_for(token: str) -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    return session


def post(
    session: requests.Session, url: str, body: dict[str, Any], key: str | None = None
) -> requests.Response:
    """POST with the Idempotency-Key set to the body's id (or `key`)."""
    headers = {"Idempotency-Key": key if key is not None else str(body.get("id", ""))}
    return session.post(url, json=body, headers=headers, timeout=30)


def assert_problem(response: requests.Response, status: int, slug: str | None = None) -> dict:
    """The response is an RFC 9457 problem document with this status (and type slug)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    doc = response.json()
    assert isinstance(doc["type"], str) and doc["type"].startswith(PROBLEM_BASE)
    assert isinstance(doc["title"], str) and doc["title"]
    assert doc["status"] == status
    if slug is not None:
        assert doc["type"].endswith("/" + slug), doc
    return doc


def db_rows(hub: RunningHub, sql: str, *args: Any) -> list[tuple]:
    conn = sqlite3.connect(hub.data_dir / "hub.sqlite3")
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()
