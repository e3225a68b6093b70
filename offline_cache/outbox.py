"""The outbox: submissions and feedback waiting for the hub, as a state machine.

    queued --mark_sending--> sending --mark_delivered--> delivered
       ^                        |  \\--mark_rejected--> rejected --requeue--> queued
       +------mark_retry--------+
       +------recover_in_flight (on open: a crash left it 'sending')

'sending' is committed before a request leaves, so a crash at any point leaves a row either
delivered or back in the queue on the next open; the hub's idempotency on the id makes the
resend harmless. Bodies hold only sealed answers. A delivered row's body is dropped after the
retention window; a rejected row keeps its body until a technician acts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlite_utils

from kiosk.clock import rfc3339
from offline_cache.db import transaction

STATES = ("queued", "sending", "delivered", "rejected")


@dataclass(frozen=True)
class OutboxRow:
    id: str
    kind: str
    reference: str | None
    service_id: str
    state: str
    created_at: str
    attempts: int
    next_attempt_at: float
    last_error: dict[str, Any] | None
    delivered_at: str | None

    def public(self) -> dict[str, Any]:
        """What a technician may see: no body (and so no sealed answers)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "reference": self.reference,
            "service_id": self.service_id,
            "state": self.state,
            "created_at": self.created_at,
            "attempts": self.attempts,
            "last_error": self.last_error,
            "delivered_at": self.delivered_at,
        }


_COLUMNS = (
    "id, kind, reference, service_id, state, created_at, attempts, next_attempt_at, "
    "last_error, delivered_at"
)


_ENQUEUE = (
    "INSERT INTO outbox (id, kind, reference, service_id, body, state, created_at, "
    "next_attempt_at, updated_at) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?)"
)
# json.dumps with these options, without building an encoder for every call.
_BODY_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _row(values: tuple[Any, ...]) -> OutboxRow:
    rid, kind, reference, service_id, state, created_at, attempts, next_at, error, done = values
    return OutboxRow(
        id=rid,
        kind=kind,
        reference=reference,
        service_id=service_id,
        state=state,
        created_at=created_at,
        attempts=attempts,
        next_attempt_at=next_at,
        last_error=json.loads(error) if error else None,
        delivered_at=done,
    )


class Outbox:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def enqueue(
        self,
        *,
        kind: str,
        id: str,
        service_id: str,
        reference: str | None,
        body: dict[str, Any],
        created_at: datetime,
    ) -> None:
        """Durably queue one item (committed when this returns)."""
        stamp = rfc3339(created_at)
        row = (
            id,
            kind,
            reference,
            service_id,
            _BODY_JSON.encode(body),
            stamp,
            created_at.timestamp(),
            stamp,
        )
        with transaction(self.db) as conn:
            conn.execute(_ENQUEUE, row)

    def due(self, now: datetime, *, limit: int = 50, max_delay_s: float = 600.0) -> list[OutboxRow]:
        """Queued rows whose time has come, oldest first. A row scheduled implausibly far ahead
        (more than `max_delay_s`: the clock was set back) counts as due, so nothing stalls."""
        ts = now.timestamp()
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state = 'queued' AND "
            "(next_attempt_at <= ? OR next_attempt_at > ?) "
            "ORDER BY next_attempt_at, created_at LIMIT ?",
            (ts, ts + max_delay_s, limit),
        ).fetchall()
        return [_row(r) for r in rows]

    def next_due_at(self) -> float | None:
        row = self.db.execute(
            "SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'queued'"
        ).fetchone()
        return row[0]

    def body(self, row_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT body FROM outbox WHERE id = ?", (row_id,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def _set(self, sql: str, params: tuple[Any, ...]) -> bool:
        with transaction(self.db) as conn:
            return conn.execute(sql, params).rowcount == 1

    def mark_sending(self, row_id: str, now: datetime) -> bool:
        return self._set(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? "
            "WHERE id = ? AND state = 'queued'",
            (rfc3339(now), row_id),
        )

    def mark_sending_many(self, row_ids: list[str], now: datetime) -> set[str]:
        """Claim a batch for sending in one commit; the ids actually claimed (still queued)."""
        if not row_ids:
            return set()
        marks = ",".join("?" * len(row_ids))
        with transaction(self.db) as conn:
            claimable = {
                r[0]
                for r in conn.execute(
                    f"SELECT id FROM outbox WHERE state = 'queued' AND id IN ({marks})", row_ids
                )
            }
            conn.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? "
                f"WHERE state = 'queued' AND id IN ({marks})",
                (rfc3339(now), *row_ids),
            )
        return claimable

    def mark_delivered_many(self, row_ids: list[str], now: datetime) -> int:
        """Record a batch of deliveries in one commit (a crash before it only means a resend,
        which the hub answers as a retry)."""
        if not row_ids:
            return 0
        marks = ",".join("?" * len(row_ids))
        with transaction(self.db) as conn:
            return conn.execute(
                "UPDATE outbox SET state = 'delivered', delivered_at = ?, last_error = NULL, "
                f"updated_at = ? WHERE state = 'sending' AND id IN ({marks})",
                (rfc3339(now), rfc3339(now), *row_ids),
            ).rowcount

    def release(self, row_ids: list[str], now: datetime) -> int:
        """Claimed rows the pass did not get to go back to the queue, as they were."""
        if not row_ids:
            return 0
        marks = ",".join("?" * len(row_ids))
        with transaction(self.db) as conn:
            return conn.execute(
                "UPDATE outbox SET state = 'queued', attempts = MAX(attempts - 1, 0), "
                f"updated_at = ? WHERE state = 'sending' AND id IN ({marks})",
                (rfc3339(now), *row_ids),
            ).rowcount

    def bodies(self, row_ids: list[str]) -> dict[str, dict[str, Any]]:
        if not row_ids:
            return {}
        marks = ",".join("?" * len(row_ids))
        rows = self.db.execute(
            f"SELECT id, body FROM outbox WHERE body IS NOT NULL AND id IN ({marks})", row_ids
        )
        return {r[0]: json.loads(r[1]) for r in rows}

    def mark_delivered(self, row_id: str, now: datetime) -> bool:
        return self._set(
            "UPDATE outbox SET state = 'delivered', delivered_at = ?, last_error = NULL, "
            "updated_at = ? WHERE id = ? AND state = 'sending'",
            (rfc3339(now), rfc3339(now), row_id),
        )

    def mark_retry(
        self, row_id: str, now: datetime, next_attempt: datetime, error: dict[str, Any]
    ) -> bool:
        return self._set(
            "UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ?, "
            "updated_at = ? WHERE id = ? AND state = 'sending'",
            (next_attempt.timestamp(), json.dumps(error, ensure_ascii=False), rfc3339(now), row_id),
        )

    def mark_rejected(self, row_id: str, now: datetime, problem: dict[str, Any]) -> bool:
        return self._set(
            "UPDATE outbox SET state = 'rejected', last_error = ?, updated_at = ? "
            "WHERE id = ? AND state = 'sending'",
            (json.dumps(problem, ensure_ascii=False), rfc3339(now), row_id),
        )

    def requeue(self, row_id: str, now: datetime) -> bool:
        """A technician sends a rejected row again."""
        return self._set(
            "UPDATE outbox SET state = 'queued', next_attempt_at = ?, updated_at = ? "
            "WHERE id = ? AND state = 'rejected'",
            (now.timestamp(), rfc3339(now), row_id),
        )

    def recover_in_flight(self, now: datetime) -> int:
        """Rows a crash left in 'sending' go back to the queue, due at once."""
        with transaction(self.db) as conn:
            return conn.execute(
                "UPDATE outbox SET state = 'queued', next_attempt_at = ?, updated_at = ? "
                "WHERE state = 'sending'",
                (now.timestamp(), rfc3339(now)),
            ).rowcount

    def purge_delivered(self, older_than: datetime) -> int:
        """Drop the sealed body of rows delivered before `older_than` (the row stays)."""
        with transaction(self.db) as conn:
            return conn.execute(
                "UPDATE outbox SET body = NULL WHERE state = 'delivered' AND body IS NOT NULL "
                "AND delivered_at < ?",
                (rfc3339(older_than),),
            ).rowcount

    def counts(self) -> dict[str, int]:
        found = dict(self.db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state"))
        return {state: int(found.get(state, 0)) for state in STATES}

    def pending(self) -> int:
        c = self.counts()
        return c["queued"] + c["sending"]

    def oldest_pending_at(self) -> str | None:
        row = self.db.execute(
            "SELECT MIN(created_at) FROM outbox WHERE state IN ('queued', 'sending')"
        ).fetchone()
        return row[0]

    def rows(self, state: str | None = None, *, limit: int = 200) -> list[OutboxRow]:
        where, params = ("WHERE state = ?", (state, limit)) if state else ("", (limit,))
        sql = f"SELECT {_COLUMNS} FROM outbox {where} ORDER BY created_at DESC LIMIT ?"
        return [_row(r) for r in self.db.execute(sql, params).fetchall()]

    def get(self, row_id: str) -> OutboxRow | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", (row_id,)).fetchone()
        return _row(row) if row else None

    def find_by_reference(self, reference: str) -> OutboxRow | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE kind = 'submission' AND reference = ?",
            (reference,),
        ).fetchone()
        return _row(row) if row else None
