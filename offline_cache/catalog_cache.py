"""The last valid catalog the kiosk holds, its ETag and when it came; and catalog faults.

An invalid catalog never replaces a valid one: `store_if_valid` validates first and records
the fault instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.catalog import Catalog, CatalogError, load_catalog_bytes
from kiosk.clock import rfc3339
from offline_cache.db import transaction


@dataclass(frozen=True)
class CachedCatalog:
    catalog: Catalog
    etag: str | None
    fetched_at: str


class CatalogCache:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def load(self) -> CachedCatalog | None:
        row = self.db.execute(
            "SELECT document, etag, fetched_at FROM catalog_cache WHERE slot = 1"
        ).fetchone()
        if row is None:
            return None
        try:
            catalog = load_catalog_bytes(bytes(row[0]))
        except CatalogError:
            return None  # cannot happen for what store_if_valid wrote; be safe anyway
        return CachedCatalog(catalog=catalog, etag=row[1], fetched_at=row[2])

    def etag(self) -> str | None:
        row = self.db.execute("SELECT etag FROM catalog_cache WHERE slot = 1").fetchone()
        return row[0] if row else None

    def store_if_valid(self, document: bytes, etag: str | None, now: datetime) -> Catalog:
        """Validate and keep `document`; CatalogError (fault recorded) when invalid."""
        try:
            catalog = load_catalog_bytes(document)
        except CatalogError as exc:
            self.record_fault("; ".join(exc.problems[:20]), now)
            raise
        with transaction(self.db) as conn:
            conn.execute(
                "INSERT INTO catalog_cache (slot, document, version, etag, fetched_at) "
                "VALUES (1, ?, ?, ?, ?) ON CONFLICT (slot) DO UPDATE SET document = excluded."
                "document, version = excluded.version, etag = excluded.etag, "
                "fetched_at = excluded.fetched_at",
                (document, catalog.version, etag, rfc3339(now)),
            )
        return catalog

    def touch(self, now: datetime) -> None:
        """A 304: what we hold is current."""
        with transaction(self.db) as conn:
            conn.execute("UPDATE catalog_cache SET fetched_at = ? WHERE slot = 1", (rfc3339(now),))

    def record_fault(self, problem: str, now: datetime) -> None:
        with transaction(self.db) as conn:
            conn.execute(
                "INSERT INTO catalog_faults (at, problem) VALUES (?, ?)",
                (rfc3339(now), problem[:4000]),
            )
            conn.execute(
                "DELETE FROM catalog_faults WHERE seq <= (SELECT MAX(seq) - 50 FROM catalog_faults)"
            )

    def faults(self, limit: int = 10) -> list[tuple[str, str]]:
        return [
            tuple(r)
            for r in self.db.execute(
                "SELECT at, problem FROM catalog_faults ORDER BY seq DESC LIMIT ?", (limit,)
            )
        ]
