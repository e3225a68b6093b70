"""The hub's SQLite store: kiosks, provisioning codes, submissions, feedback.

WAL, a busy timeout, one connection per thread (FastAPI runs sync endpoints in a thread
pool). Exactly-once storage rests on the primary key: `INSERT ... ON CONFLICT(id) DO NOTHING`,
then the stored row is read back and its content hash compared, so two requests with the same
id arriving at the same moment store it once. Time is always an argument.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import secrets
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from hub.jsonio import dumps
from kiosk.clock import parse_rfc3339, rfc3339

DB_NAME = "hub.sqlite3"
BUSY_TIMEOUT_MS = 10_000
STATUSES = ("received", "in_progress", "completed", "rejected")

# Crockford base32 without the symbols people confuse; a code is 8 of them, shown XXXX-XXXX.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8
_CODE_FOLD = str.maketrans({"O": "0", "I": "1", "L": "1"})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS kiosks (
    id TEXT PRIMARY KEY,
    label TEXT,
    token_sha256 TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    kiosk_version TEXT,
    revoked INTEGER NOT NULL DEFAULT 0,
    revoked_at TEXT,
    last_heartbeat TEXT,
    last_heartbeat_at TEXT,
    last_seen_at TEXT
);
CREATE TABLE IF NOT EXISTS provisioning_codes (
    code_sha256 TEXT PRIMARY KEY,
    label TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    kiosk_id TEXT
);
CREATE TABLE IF NOT EXISTS submissions (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    kiosk_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    created_at TEXT NOT NULL,
    locale TEXT NOT NULL,
    sealed TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received',
    status_message TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    id TEXT PRIMARY KEY,
    body_sha256 TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    reference TEXT,
    rating INTEGER NOT NULL,
    comment TEXT,
    created_at TEXT NOT NULL,
    received_at TEXT NOT NULL
);
"""


class Outcome(enum.Enum):
    CREATED = "created"
    REPLAY = "replay"
    ID_CONFLICT = "id-conflict"
    REFERENCE_CONFLICT = "reference-conflict"


class CodeProblem(enum.Enum):
    MALFORMED = "malformed"
    UNKNOWN = "unknown-code"
    USED = "code-used"
    EXPIRED = "code-expired"


class CodeRejected(Exception):
    def __init__(self, problem: CodeProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class Kiosk:
    id: str
    label: str | None
    created_at: str
    kiosk_version: str | None
    revoked: bool
    last_heartbeat: dict[str, Any] | None
    last_heartbeat_at: str | None
    last_seen_at: str | None


@dataclass(frozen=True)
class Submission:
    id: str
    reference: str
    kiosk_id: str
    service_id: str
    form_version: str
    created_at: str
    locale: str
    sealed: dict[str, Any]
    body_sha256: str
    received_at: str
    status: str
    status_message: dict[str, str] | None
    updated_at: str


@dataclass(frozen=True)
class Feedback:
    id: str
    body_sha256: str
    kiosk_id: str
    service_id: str
    reference: str | None
    rating: int
    comment: str | None
    created_at: str
    received_at: str


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalize_code(text: str) -> str | None:
    """The 8 canonical symbols of a typed provisioning code (case, O/0, I/L/1, dashes), or None."""
    if not isinstance(text, str) or len(text) > 32:
        return None
    compact = "".join(ch for ch in text.upper() if ch not in " -\t").translate(_CODE_FOLD)
    if len(compact) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in compact):
        return None
    return compact


def format_code(compact: str) -> str:
    return f"{compact[:4]}-{compact[4:]}"


def _json_or_none(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _kiosk(row: sqlite3.Row) -> Kiosk:
    return Kiosk(
        id=row["id"],
        label=row["label"],
        created_at=row["created_at"],
        kiosk_version=row["kiosk_version"],
        revoked=bool(row["revoked"]),
        last_heartbeat=_json_or_none(row["last_heartbeat"]),
        last_heartbeat_at=row["last_heartbeat_at"],
        last_seen_at=row["last_seen_at"],
    )


def _submission(row: sqlite3.Row) -> Submission:
    return Submission(
        id=row["id"],
        reference=row["reference"],
        kiosk_id=row["kiosk_id"],
        service_id=row["service_id"],
        form_version=row["form_version"],
        created_at=row["created_at"],
        locale=row["locale"],
        sealed=json.loads(row["sealed"]),
        body_sha256=row["body_sha256"],
        received_at=row["received_at"],
        status=row["status"],
        status_message=_json_or_none(row["status_message"]),
        updated_at=row["updated_at"],
    )


def _feedback(row: sqlite3.Row) -> Feedback:
    return Feedback(**{key: row[key] for key in row.keys()})


class _Connection(sqlite3.Connection):
    """A connection that can be weakly referenced (the plain one cannot)."""


class Store:
    """The hub's database in `data_dir/hub.sqlite3`; safe to share between threads."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = data_dir / DB_NAME
        # Created private before SQLite opens it; its -wal and -shm files copy the mode.
        os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))
        self._local = threading.local()
        # Each thread's connection lives as long as the thread's local storage; a worker
        # thread that ends takes its connection with it. close() shuts those still open.
        self._all: weakref.WeakSet[sqlite3.Connection] = weakref.WeakSet()
        self._all_lock = threading.Lock()
        self._conn().executescript(_SCHEMA)

    # -- connections -------------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, factory=_Connection
            )
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            self._local.conn = conn
            with self._all_lock:
                self._all.add(conn)
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        """Close every thread's connection (at shutdown, once no request runs)."""
        with self._all_lock:
            conns, self._all = list(self._all), weakref.WeakSet()
        for conn in conns:
            conn.close()
        self._local = threading.local()

    # -- provisioning ------------------------------------------------------------------

    def create_code(self, *, label: str | None, now: datetime, ttl: timedelta) -> str:
        """A new one-time code, shown as XXXX-XXXX; only its hash is stored."""
        compact = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        self._conn().execute(
            "INSERT INTO provisioning_codes (code_sha256, label, created_at, expires_at)"
            " VALUES (?, ?, ?, ?)",
            (sha256_hex(compact), label, rfc3339(now), rfc3339(now + ttl)),
        )
        return format_code(compact)

    def redeem_code(
        self, code: str, *, label: str | None, kiosk_version: str | None, now: datetime
    ) -> tuple[str, str]:
        """Use a one-time code: a new kiosk's (id, device token). Raises CodeRejected."""
        compact = normalize_code(code)
        if compact is None:
            raise CodeRejected(CodeProblem.MALFORMED)
        kiosk_id = "kiosk-" + secrets.token_hex(5)
        token = secrets.token_urlsafe(32)
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT label, expires_at, used_at FROM provisioning_codes WHERE code_sha256 = ?",
                (sha256_hex(compact),),
            ).fetchone()
            if row is None:
                raise CodeRejected(CodeProblem.UNKNOWN)
            if row["used_at"] is not None:
                raise CodeRejected(CodeProblem.USED)
            if parse_rfc3339(row["expires_at"]) <= now:
                raise CodeRejected(CodeProblem.EXPIRED)
            conn.execute(
                "UPDATE provisioning_codes SET used_at = ?, kiosk_id = ? WHERE code_sha256 = ?",
                (rfc3339(now), kiosk_id, sha256_hex(compact)),
            )
            conn.execute(
                "INSERT INTO kiosks (id, label, token_sha256, created_at, kiosk_version)"
                " VALUES (?, ?, ?, ?, ?)",
                (kiosk_id, row["label"] or label, sha256_hex(token), rfc3339(now), kiosk_version),
            )
        return kiosk_id, token

    # -- kiosks ------------------------------------------------------------------------

    def kiosk_for_token(self, token: str) -> Kiosk | None:
        row = (
            self._conn()
            .execute("SELECT * FROM kiosks WHERE token_sha256 = ?", (sha256_hex(token),))
            .fetchone()
        )
        return None if row is None else _kiosk(row)

    def kiosk(self, kiosk_id: str) -> Kiosk | None:
        row = self._conn().execute("SELECT * FROM kiosks WHERE id = ?", (kiosk_id,)).fetchone()
        return None if row is None else _kiosk(row)

    def kiosks(self) -> list[Kiosk]:
        rows = self._conn().execute("SELECT * FROM kiosks ORDER BY created_at, id").fetchall()
        return [_kiosk(row) for row in rows]

    def touch(self, kiosk_id: str, now: datetime) -> None:
        self._conn().execute(
            "UPDATE kiosks SET last_seen_at = ? WHERE id = ?", (rfc3339(now), kiosk_id)
        )

    def record_heartbeat(self, kiosk_id: str, heartbeat: dict[str, Any], now: datetime) -> None:
        stamp = rfc3339(now)
        version = heartbeat.get("kiosk_version")
        self._conn().execute(
            "UPDATE kiosks SET last_heartbeat = ?, last_heartbeat_at = ?, last_seen_at = ?,"
            " kiosk_version = COALESCE(?, kiosk_version) WHERE id = ?",
            (dumps(heartbeat).decode("utf-8"), stamp, stamp, version, kiosk_id),
        )

    def revoke(self, kiosk_id: str, now: datetime) -> bool:
        cur = self._conn().execute(
            "UPDATE kiosks SET revoked = 1, revoked_at = COALESCE(revoked_at, ?) WHERE id = ?",
            (rfc3339(now), kiosk_id),
        )
        return cur.rowcount == 1

    # -- submissions -------------------------------------------------------------------

    def submission(self, submission_id: str) -> Submission | None:
        row = (
            self._conn()
            .execute("SELECT * FROM submissions WHERE id = ?", (submission_id,))
            .fetchone()
        )
        return None if row is None else _submission(row)

    def submission_by_reference(self, reference: str) -> Submission | None:
        row = (
            self._conn()
            .execute("SELECT * FROM submissions WHERE reference = ?", (reference,))
            .fetchone()
        )
        return None if row is None else _submission(row)

    def submissions(self) -> list[Submission]:
        rows = self._conn().execute("SELECT * FROM submissions ORDER BY received_at, id")
        return [_submission(row) for row in rows.fetchall()]

    def add_submission(
        self,
        *,
        id: str,
        reference: str,
        kiosk_id: str,
        service_id: str,
        form_version: str,
        created_at: str,
        locale: str,
        sealed: dict[str, Any],
        body_sha256: str,
        now: datetime,
    ) -> tuple[Outcome, Submission | None]:
        """Store a submission once. The stored row comes back unless the reference is taken."""
        stamp = rfc3339(now)
        try:
            cur = self._conn().execute(
                "INSERT INTO submissions (id, reference, kiosk_id, service_id, form_version,"
                " created_at, locale, sealed, body_sha256, received_at, status, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?)"
                " ON CONFLICT(id) DO NOTHING",
                (
                    id,
                    reference,
                    kiosk_id,
                    service_id,
                    form_version,
                    created_at,
                    locale,
                    json.dumps(sealed),
                    body_sha256,
                    stamp,
                    stamp,
                ),
            )
            created = cur.rowcount == 1
        except sqlite3.IntegrityError:
            created = False  # the reference is taken; by this very id, or by another?
        stored = self.submission(id)
        if stored is None:
            return Outcome.REFERENCE_CONFLICT, None
        if created:
            return Outcome.CREATED, stored
        if stored.body_sha256 == body_sha256:
            return Outcome.REPLAY, stored
        return Outcome.ID_CONFLICT, stored

    def set_status(
        self, reference: str, status: str, message: dict[str, str] | None, now: datetime
    ) -> bool:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        cur = self._conn().execute(
            "UPDATE submissions SET status = ?, status_message = ?, updated_at = ?"
            " WHERE reference = ?",
            (
                status,
                None if message is None else dumps(message).decode("utf-8"),
                rfc3339(now),
                reference,
            ),
        )
        return cur.rowcount == 1

    # -- feedback ----------------------------------------------------------------------

    def feedback(self, feedback_id: str) -> Feedback | None:
        row = self._conn().execute("SELECT * FROM feedback WHERE id = ?", (feedback_id,)).fetchone()
        return None if row is None else _feedback(row)

    def all_feedback(self) -> list[Feedback]:
        rows = self._conn().execute("SELECT * FROM feedback ORDER BY received_at, id").fetchall()
        return [_feedback(row) for row in rows]

    def add_feedback(
        self,
        *,
        id: str,
        kiosk_id: str,
        service_id: str,
        reference: str | None,
        rating: int,
        comment: str | None,
        created_at: str,
        body_sha256: str,
        now: datetime,
    ) -> tuple[Outcome, Feedback]:
        cur = self._conn().execute(
            "INSERT INTO feedback (id, body_sha256, kiosk_id, service_id, reference, rating,"
            " comment, created_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO NOTHING",
            (
                id,
                body_sha256,
                kiosk_id,
                service_id,
                reference,
                rating,
                comment,
                created_at,
                rfc3339(now),
            ),
        )
        stored = self.feedback(id)
        assert stored is not None
        if cur.rowcount == 1:
            return Outcome.CREATED, stored
        if stored.body_sha256 == body_sha256:
            return Outcome.REPLAY, stored
        return Outcome.ID_CONFLICT, stored
