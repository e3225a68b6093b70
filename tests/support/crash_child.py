"""A kiosk process for the crash test: it submits and syncs in a loop until it is killed.

    python -m tests.support.crash_child DATA_DIR HUB_URL TOKEN TAKEN_LOG SEED

After each submission is taken (enqueue returned), its id is appended to TAKEN_LOG and fsynced:
that is the promise made to the visitor, which a SIGKILL at any point must not break.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from kiosk.clock import SystemClock
from kiosk.paths import DataDir
from offline_cache.backoff import Backoff
from offline_cache.hub_client import HubClient
from offline_cache.store import open_store
from offline_cache.submissions import Submitter
from offline_cache.sync import SyncEngine, SyncSettings

ANSWERS = {
    "full_name": "Crash Test",
    "iin": "900101400003",
    "phone": "87071234567",
    "child_birth_date": "2019-03-03",
}


def main() -> None:
    data_dir, hub_url, token, log_path, seed = sys.argv[1:6]
    rng = random.Random(int(seed))
    clock = SystemClock()
    store = open_store(DataDir(Path(data_dir)), clock.now())  # recovers rows left 'sending'
    catalog = store.catalog.load().catalog
    service = catalog.service("test-application")
    client = HubClient(hub_url, token, connect_timeout=2, read_timeout=5)
    engine = SyncEngine(
        store,
        client,
        clock=clock,
        backoff=Backoff(base_s=0.01, cap_s=0.05),
        settings=SyncSettings(batch=5),
    )
    submitter = Submitter(store.outbox, clock=clock)
    fd = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    print("ready", flush=True)
    while True:
        for _ in range(rng.randint(1, 4)):
            receipt = submitter.submit(catalog, service, ANSWERS, "kk")
            os.write(fd, (receipt.id + "\n").encode())
            os.fsync(fd)
        engine.run_once()


if __name__ == "__main__":
    main()
