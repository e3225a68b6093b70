"""Schema migrations, applied in order on open; PRAGMA user_version counts those applied.

Never edit a migration that has shipped: add a new one.
"""

MIGRATIONS: list[str] = [
    # 1: provisioning and status facts, the catalog cache, the outbox.
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE catalog_cache (
        slot INTEGER PRIMARY KEY CHECK (slot = 1),
        document BLOB NOT NULL,
        version TEXT NOT NULL,
        etag TEXT,
        fetched_at TEXT NOT NULL
    );
    CREATE TABLE catalog_faults (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        problem TEXT NOT NULL
    );
    CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('submission', 'feedback')),
        reference TEXT,
        service_id TEXT NOT NULL,
        body TEXT,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'delivered', 'rejected')),
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL NOT NULL,
        last_error TEXT,
        delivered_at TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
    CREATE INDEX outbox_reference ON outbox (reference)
    """,
]
