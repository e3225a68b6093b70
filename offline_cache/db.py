"""The kiosk's one SQLite database: WAL, a busy timeout, explicit transactions, migrations on open.

Each thread opens its own connection (the UI thread enqueues, the sync thread drains); WAL lets
them work side by side. `synchronous=FULL` so a committed submission survives a power cut.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from offline_cache.schema import MIGRATIONS

BUSY_TIMEOUT_MS = 5000


class CorruptDatabase(Exception):
    """The file is not a usable SQLite database: it is moved aside (offline_cache.store)."""


class StoreUnavailable(Exception):
    """The database cannot be opened for writing now (read-only or missing disk, no space).
    Not corruption: the file is left where it is."""


_UNAVAILABLE = ("readonly", "read-only", "unable to open", "disk i/o", "full", "locked")


def connect(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path` and bring its schema up to date."""
    try:
        conn = sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.OperationalError as exc:
        raise StoreUnavailable(f"{path.name}: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise CorruptDatabase(f"cannot switch {path.name} to WAL (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = sqlite_utils.Database(conn)
        migrate(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if any(word in str(exc).lower() for word in _UNAVAILABLE):
            raise StoreUnavailable(f"{path.name}: {exc}") from exc
        raise CorruptDatabase(f"{path.name}: {exc}") from exc
    return db


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (e.g. on SQLITE_FULL)
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database) -> None:
    """Apply the migrations the file has not seen yet, each in its own transaction."""
    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise CorruptDatabase(f"database schema {current} is newer than this kiosk knows")
    for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
        with transaction(db) as conn:
            for statement in script.split(";\n"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
