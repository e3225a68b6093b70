"""This kiosk's identity at its hub (kiosk id, device token, hub URL) and facts about its state,
kept in the database's meta table."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from offline_cache.db import transaction


@dataclass(frozen=True)
class Identity:
    hub_url: str
    kiosk_id: str
    token: str


class Meta:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, **values: str | None) -> None:
        with transaction(self.db) as conn:
            for key, value in values.items():
                if value is None:
                    conn.execute("DELETE FROM meta WHERE key = ?", (key,))
                else:
                    conn.execute(
                        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                        "DO UPDATE SET value = excluded.value",
                        (key, value),
                    )

    def identity(self) -> Identity | None:
        hub_url, kiosk_id, token = self.get("hub_url"), self.get("kiosk_id"), self.get("token")
        if not (hub_url and kiosk_id and token):
            return None
        return Identity(hub_url=hub_url, kiosk_id=kiosk_id, token=token)

    def save_identity(self, identity: Identity) -> None:
        self.set(hub_url=identity.hub_url, kiosk_id=identity.kiosk_id, token=identity.token)
