"""What the UI is given by the entry point: configuration, clock, catalog, outbox, submitter,
the status look-up and the sync engine. The UI builds none of these itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the window's shell imports this before the slow parts are loaded
    from kiosk.catalog import Catalog
    from kiosk.clock import Clock
    from kiosk.config import Config
    from kiosk.search import SearchIndex
    from offline_cache.outbox import Outbox
    from offline_cache.submissions import Submitter
    from offline_cache.sync import SyncEngine

# Given a reference, asks the hub for its status: the status document, None when the hub does
# not know it; raises offline_cache.hub_client.HubError when the hub cannot be asked.
StatusLookup = Callable[[str], dict[str, Any] | None]


@dataclass
class UiContext:
    config: Config
    clock: Clock
    catalog: Catalog
    outbox: Outbox
    submitter: Submitter
    status_lookup: StatusLookup | None = None
    engine: SyncEngine | None = None
    _index: SearchIndex | None = None

    @property
    def search(self) -> SearchIndex:
        if self._index is None:
            from kiosk.search import SearchIndex

            self._index = SearchIndex(self.catalog)
        return self._index

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        if self._index is not None:
            self._index.close()
        self._index = None
