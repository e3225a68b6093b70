"""A kiosk process killed with SIGKILL at random moments while submitting and syncing, many
times over: nothing taken is lost, nothing reaches the hub twice, nothing stays stuck."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kiosk.clock import SystemClock
from kiosk.paths import DataDir
from offline_cache.backoff import Backoff
from offline_cache.hub_client import HubClient
from offline_cache.store import open_store
from offline_cache.sync import SyncEngine, SyncSettings

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
KILLS = 25


def test_sigkill_at_random_points_loses_and_duplicates_nothing(hub, tmp_path):
    _, token = hub.provision("crashy")
    data = DataDir(tmp_path / "kiosk").create()
    store = open_store(data, SystemClock().now())
    client = HubClient(hub.base_url, token)
    catalog_doc = client.get_catalog(None)
    store.catalog.store_if_valid(catalog_doc.document, catalog_doc.etag, SystemClock().now())
    store.close()
    taken_log = tmp_path / "taken.log"
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for run in range(KILLS):
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.crash_child",
                str(data.root),
                hub.base_url,
                token,
                str(taken_log),
                str(run),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert child.stdout.readline().strip() == b"ready", child.stderr.read().decode()
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait(10)

    taken = taken_log.read_text().split()
    assert len(taken) > 50, "the child never got going"
    # A fresh start drains what is left.
    clock = SystemClock()
    store = open_store(data, clock.now())
    engine = SyncEngine(
        store,
        client,
        clock=clock,
        backoff=Backoff(base_s=0.01, cap_s=0.05),
        settings=SyncSettings(),
    )
    deadline = time.monotonic() + 120
    while store.outbox.pending() and time.monotonic() < deadline:
        engine.run_once()
        time.sleep(0.06)
    counts = store.outbox.counts()
    assert counts["queued"] == counts["sending"] == counts["rejected"] == 0, counts
    in_outbox = {r.id for r in store.outbox.rows(limit=100_000)}
    at_hub = Counter(row["id"] for row in hub.submissions())
    assert set(taken) <= in_outbox, "a submission the visitor was promised is gone"
    assert set(at_hub) == in_outbox
    assert max(at_hub.values()) == 1
    print(
        f"\n{KILLS} kills, {len(taken)} taken, {len(in_outbox)} in the outbox, "
        f"{len(at_hub)} at the hub"
    )
