"""The sync engine talks from its own thread; this turns its events into Qt signals, which Qt
delivers on the UI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from offline_cache.sync import SyncEngine, SyncEvent


class SyncBridge(QObject):
    online_changed = Signal(bool)
    pending_changed = Signal(int)
    catalog_changed = Signal(object)  # the new kiosk.catalog.Catalog
    delivered = Signal(str)  # the submission's reference (or "" for feedback)

    def __init__(self, engine: SyncEngine | None = None) -> None:
        super().__init__()
        if engine is not None:
            engine.subscribe(self.on_event)

    def on_event(self, event: SyncEvent) -> None:
        if event.kind in ("online", "offline"):
            self.online_changed.emit(event.kind == "online")
        elif event.kind == "pass":
            self.pending_changed.emit(int(event.detail.get("pending", 0)))
        elif event.kind == "catalog":
            self.catalog_changed.emit(event.detail["catalog"])
        elif event.kind == "delivered":
            self.delivered.emit(event.detail.get("reference") or "")
