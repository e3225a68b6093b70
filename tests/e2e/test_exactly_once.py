"""Exactly once, whatever the network does: 1,000 submissions through a real HTTP proxy that
drops connections after the hub stored a submission, answers 500 after storing, plays a
captive portal, rate-limits with Retry-After, stalls past the read timeout, resets; and the
hub itself goes down for a while and comes back. Every submission must be at the hub exactly
once, and none left in the queue."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from kiosk.clock import SystemClock
from offline_cache.backoff import Backoff
from offline_cache.hub_client import HubClient
from offline_cache.store import Store
from offline_cache.submissions import Submitter
from offline_cache.sync import SyncEngine, SyncSettings
from tests.e2e.conftest import ANSWERS
from tests.support.clock import ManualClock
from tests.support.fault_proxy import FaultProxy

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

FAULTS = {
    "pass": 55,
    "drop_after": 9,
    "500_after": 9,
    "portal": 6,
    "portal_json": 3,
    "429": 1,
    "503_date": 2,
    "timeout_after": 2,
    "reset": 10,
}


def test_a_thousand_submissions_through_faults_arrive_exactly_once(hub, tmp_path):
    rng = random.Random(20261123)
    kinds, weights = zip(*FAULTS.items(), strict=True)

    def plan(method: str, path: str, body: bytes) -> str:
        return rng.choices(kinds, weights)[0]

    proxy = FaultProxy(hub.root_url, plan, stall_s=0.8)
    _, token = hub.provision("faulty-hall")
    clock = ManualClock()
    store = Store.open(tmp_path / "kiosk.db")
    client = HubClient(
        proxy.base_url(), token, connect_timeout=1.0, read_timeout=0.4, total_timeout=5.0
    )
    engine = SyncEngine(
        store,
        client,
        clock=clock,
        backoff=Backoff(rng=random.Random(1)),
        settings=SyncSettings(catalog_interval_s=0, heartbeat_interval_s=0),
    )
    for _ in range(30):  # the catalog (with the hub's key) comes through the faults too
        if engine.run_once().catalog == "updated":
            break
        clock.advance(400)
    catalog = store.catalog.load().catalog
    submitter = Submitter(store.outbox, clock=SystemClock())
    service = catalog.service("test-application")
    ids = {submitter.submit(catalog, service, ANSWERS, "kk").id for _ in range(1000)}

    passes = 0
    while store.outbox.pending() and passes < 400:
        passes += 1
        if passes == 2:
            hub.stop()  # the hub goes away for a while...
        if passes == 5:
            hub.start()  # ...and comes back on the same port
        engine.run_once()
        clock.advance(400)  # past the backoff cap and any Retry-After
    proxy.close()

    counts = store.outbox.counts()
    assert counts == {"queued": 0, "sending": 0, "delivered": 1000, "rejected": 0}, counts
    stored = hub.submissions()
    at_hub = Counter(row["id"] for row in stored)
    assert set(at_hub) == ids
    assert max(at_hub.values()) == 1
    assert all(row["answers"]["iin"] == "900101300007" for row in stored)
    for fault in FAULTS:
        assert proxy.seen[fault] > 0, f"fault {fault} never happened"
    print(f"\n{passes} passes; faults injected: {dict(proxy.seen)}")
