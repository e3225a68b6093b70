"""drain: queued submissions delivered to the reference hub on loopback by the kiosk's sync
engine (SyncEngine.run_once passes, the real HubClient, the real outbox with its two commits
per row), against a bare requests.Session loop POSTing the same kind of bodies (new ids,
serialised beforehand) to the same hub (the floor). The hub runs in its own process.

The items are split into chunks; chunks of the two kinds alternate ABBA. Rates are items per
second; the figure is the median chunk rate, and the ratio engine/bare.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import requests

from bench.hubproc import HubProcess, bodies, encode, queue
from bench.report import Result, interleave, median, ratio
from kiosk.clock import SystemClock
from offline_cache.backoff import Backoff
from offline_cache.hub_client import HubClient, make_session
from offline_cache.store import Store
from offline_cache.sync import SyncEngine, SyncSettings

TARGET = 0.8


def run(quick: bool) -> list[Result]:
    total = 1000 if quick else 10_000
    chunks = 3 if quick else 5
    size = -(-total // chunks)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-drain-") as tmp:
        hub = HubProcess(Path(tmp) / "hub")
        try:
            token = hub.provision()
            catalog = hub.catalog(token)
            store = Store.open(Path(tmp) / "kiosk.db")
            client = HubClient(hub.base_url, token, session=make_session())
            engine = SyncEngine(
                store,
                client,
                clock=SystemClock(),
                backoff=Backoff(),
                settings=SyncSettings(data_dir=tmp),
            )
            session = requests.Session()
            headers = {
                "Authorization": f"Bearer {token}",
                "Content-Type": "application/json",
                "Accept": "application/json",
            }

            def ours() -> float:
                queue(store, catalog, size)
                delivered = store.outbox.counts()["delivered"]
                t = time.perf_counter()
                for _ in range(20):
                    report = engine.run_once()
                    problems.extend(report.errors[:3])
                    if store.outbox.pending() == 0:
                        break
                seconds = time.perf_counter() - t
                done = store.outbox.counts()["delivered"] - delivered
                if done != size:
                    problems.append(f"engine delivered {done} of {size}")
                return done / seconds

            def bare() -> float:
                items = [(b["id"], encode(b)) for b in bodies(catalog, size)]
                ok = 0
                t = time.perf_counter()
                for item_id, data in items:
                    answer = session.post(
                        hub.base_url + "/submissions",
                        data=data,
                        timeout=30,
                        headers={**headers, "Idempotency-Key": item_id},
                    )
                    ok += answer.status_code == 201
                seconds = time.perf_counter() - t
                if ok != size:
                    problems.append(f"bare loop: {size - ok} of {size} not 201")
                return ok / seconds

            a, b = interleave(ours, bare, chunks)
            store.close()
        finally:
            hub.stop()
    value, floor = median(a), median(b)
    return [
        Result(
            "drain",
            "items/s",
            value,
            floor,
            ratio(value, floor),
            f"ratio >= {TARGET}",
            value >= TARGET * floor and not problems,
            f"{size * chunks} items each way in {chunks} chunks; engine "
            f"{', '.join(f'{x:.0f}' for x in a)}/s, bare "
            f"{', '.join(f'{x:.0f}' for x in b)}/s"
            + (f"; PROBLEMS: {'; '.join(problems[:5])}" if problems else ""),
        )
    ]
