"""The reference hub as a separate process (its own GIL, as a real hub on its own machine),
with provisioned kiosks and bodies sealed to its key."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import requests

from bench.data import answers_for
from kiosk.catalog import Catalog, Service, parse_catalog
from kiosk.clock import SystemClock, local_today
from offline_cache.store import Store
from offline_cache.submissions import Submitter

ROOT = Path(__file__).resolve().parent.parent
MINI_CATALOG = ROOT / "tests" / "support" / "mini-catalog.json"
SERVICE = "test-application"


class HubProcess:
    """`python -m hub serve --port 0` on a data directory; log level warning (no access log)."""

    def __init__(self, data: Path, catalog: Path = MINI_CATALOG) -> None:
        data.mkdir(parents=True, exist_ok=True)
        self.data = data
        self.log = open(data / "hub.log", "w")  # closed in stop()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "hub",
                "serve",
                "--data",
                str(data),
                "--port",
                "0",
                "--catalog",
                str(catalog),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
        )
        assert self.proc.stdout is not None
        self.base_url = self.proc.stdout.readline().strip()
        if not self.base_url.startswith("http"):
            self.stop()
            raise RuntimeError(f"the hub did not start; see {data / 'hub.log'}")

    def provision(self, label: str = "bench") -> str:
        """A new kiosk at this hub; returns its device token."""
        from hub.store import Store as HubStore

        store = HubStore(self.data)
        try:
            code = store.create_code(label=label, now=SystemClock().now(), ttl=timedelta(hours=1))
        finally:
            store.close()
        answer = requests.post(
            self.base_url + "/provision",
            timeout=30,
            json={"code": code, "kiosk_version": "bench", "label": label},
        )
        answer.raise_for_status()
        return str(answer.json()["token"])

    def catalog(self, token: str) -> Catalog:
        answer = requests.get(
            self.base_url + "/catalog", timeout=30, headers={"Authorization": f"Bearer {token}"}
        )
        answer.raise_for_status()
        return parse_catalog(answer.json())

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(15)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self.log.close()


def service_and_answers(catalog: Catalog) -> tuple[Service, dict[str, Any]]:
    service = catalog.service(SERVICE)
    assert service is not None and service.form is not None
    return service, answers_for(service.form, local_today(SystemClock()))


def queue(store: Store, catalog: Catalog, count: int) -> list[str]:
    """Queue `count` submissions through the kiosk's own Submitter (setup: no fsync)."""
    service, answers = service_and_answers(catalog)
    submitter = Submitter(store.outbox, clock=SystemClock())
    conn = store.db.conn
    conn.execute("PRAGMA synchronous = OFF")
    try:
        return [submitter.submit(catalog, service, answers, "kk").id for _ in range(count)]
    finally:
        conn.execute("PRAGMA synchronous = FULL")


def bodies(catalog: Catalog, count: int) -> list[dict[str, Any]]:
    """`count` request bodies exactly as the kiosk would send them, each with a new id."""
    with tempfile.TemporaryDirectory(prefix="bench-bodies-") as tmp:
        store = Store.open(Path(tmp) / "scratch.db")
        try:
            ids = queue(store, catalog, count)
            found = [store.outbox.body(i) for i in ids]
        finally:
            store.close()
    return [b for b in found if b is not None]


def encode(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
