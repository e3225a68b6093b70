"""Wiring: builds the kiosk's parts from configuration. Only the entry point uses this module.

Nothing here imports Qt; the UI is wired in cli.app, imported only by the commands that show it.
"""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import assets
from cli.settings import read_config
from kiosk import __version__
from kiosk.catalog import Catalog, load_catalog_bytes
from kiosk.clock import Clock, SystemClock
from kiosk.config import Config
from kiosk.journal import JournalHandler, journal_available
from kiosk.paths import DataDir, default_data_dir
from offline_cache.backoff import Backoff
from offline_cache.hub_client import HubClient, make_session
from offline_cache.provisioning import Identity
from offline_cache.store import Store, open_store
from offline_cache.submissions import Submitter
from offline_cache.sync import SyncEngine, SyncSettings, current_catalog


def unwritable_message(exc: Exception) -> str:
    """What the kiosk says when its data directory cannot be written (StoreUnavailable)."""
    return (
        f"error: the data directory cannot be written now ({exc}); check the disk (`kiosk doctor`)"
    )


class NotProvisioned(Exception):
    """The kiosk has no hub identity yet: run `kiosk provision`."""


@dataclass
class Kiosk:
    config: Config
    data: DataDir
    store: Store
    clock: Clock

    def identity(self) -> Identity | None:
        return self.store.meta.identity()

    def embedded_catalog(self) -> Catalog:
        return load_catalog_bytes(assets.demo_catalog_path().read_bytes())

    def catalog(self) -> Catalog:
        return current_catalog(self.store, self.embedded_catalog())

    def submitter(self) -> Submitter:
        return Submitter(self.store.outbox, clock=self.clock, shipped_key=self.config.hub_key)

    def client(self, *, token: bool = True, hub_url: str | None = None) -> HubClient:
        identity = self.identity()
        url = hub_url or (identity.hub_url if identity else None) or self.config.hub_url
        if url is None:
            raise NotProvisioned("no hub URL: run `kiosk provision --hub URL --code CODE`")
        if token and identity is None:
            raise NotProvisioned("this kiosk is not provisioned: run `kiosk provision`")
        return HubClient(
            url,
            identity.token if (token and identity) else None,
            session=make_session(self.config.ca_file),
            connect_timeout=self.config.connect_timeout_s,
            read_timeout=self.config.request_timeout_s,
        )

    def provision(self, hub_url: str, code: str, label: str | None) -> dict[str, Any]:
        """Register with the hub (one-time code) and keep the identity it gives; the hub's
        answer. Raises HubError when the hub refuses."""
        answer = self.client(token=False, hub_url=hub_url).provision(code, label, __version__)
        identity = Identity(
            hub_url=hub_url, kiosk_id=str(answer["kiosk_id"]), token=str(answer["token"])
        )
        self.store.meta.save_identity(identity)
        return answer

    def sync_engine(self) -> SyncEngine:
        """An engine with its own connection (it runs on its own thread)."""
        store = Store.open(self.data.database)
        settings = SyncSettings(
            heartbeat_interval_s=self.config.heartbeat_interval_s,
            idle_interval_s=self.config.sync_interval_s,
            data_dir=str(self.data.root),
        )
        return SyncEngine(
            store, self.client(), clock=self.clock, backoff=Backoff(), settings=settings
        )


def open_kiosk(
    data_dir: Path | None,
    config_file: Path | None,
    clock: Clock | None = None,
    *,
    config: Config | None = None,
) -> Kiosk:
    """Configuration (`config`, or read from `config_file`), data directory, logging, store."""
    clock = clock or SystemClock()
    config = config or read_config(config_file)
    data = DataDir(data_dir or default_data_dir()).create()
    setup_logging(data)
    return Kiosk(config=config, data=data, store=open_store(data, clock.now()), clock=clock)


def setup_logging(data: DataDir) -> None:
    """Rotating log files in the data directory. Log lines never carry personal data: the code
    logs ids, references, states and error kinds, never answers."""
    root = logging.getLogger()
    if any(getattr(h, "_kiosk", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        data.logs / "kiosk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler._kiosk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if journal_available():  # under systemd: the journal too (same records, no personal data)
        journal = JournalHandler()
        journal._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(journal)
    root.setLevel(logging.INFO)
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    logging.getLogger(__name__).info("kiosk %s starting, data in %s", __version__, data.root)
