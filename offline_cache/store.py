"""One connection's view of the kiosk database: outbox, catalog cache and meta together.

`open_store` also handles a corrupt file at start: it is moved aside into quarantine/ (with its
WAL), a fresh database is made, and a warning naming the moved file is kept for the technician
screen: nothing is silently dropped.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlite_utils

from kiosk.paths import DataDir
from offline_cache.catalog_cache import CatalogCache
from offline_cache.db import CorruptDatabase, connect
from offline_cache.outbox import Outbox
from offline_cache.provisioning import Meta


@dataclass
class Store:
    db: sqlite_utils.Database
    outbox: Outbox = field(init=False)
    catalog: CatalogCache = field(init=False)
    meta: Meta = field(init=False)

    def __post_init__(self) -> None:
        self.outbox = Outbox(self.db)
        self.catalog = CatalogCache(self.db)
        self.meta = Meta(self.db)

    @classmethod
    def open(cls, path: Path) -> Store:
        return cls(connect(path))

    def close(self) -> None:
        self.db.conn.close()

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def open_store(data_dir: DataDir, now: datetime) -> Store:
    """Open the kiosk's store, recovering from a corrupt file (see the module's note)."""
    path = data_dir.database
    try:
        store = Store.open(path)
        if store.db.execute("PRAGMA quick_check").fetchone()[0] == "ok":
            store.outbox.recover_in_flight(now)
            return store
        store.close()
        reason = "quick_check failed"
    except CorruptDatabase as exc:
        reason = str(exc)
    moved = quarantine(path, data_dir.quarantine, now)
    store = Store.open(path)
    store.meta.set(quarantine_warning=f"{moved.name}: {reason}"[:500])
    return store


def quarantine(path: Path, folder: Path, now: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}-{now.strftime('%Y%m%dT%H%M%S')}{path.suffix}"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(path) + suffix)
        if source.exists():
            shutil.move(str(source), str(target) + suffix)
    return target
