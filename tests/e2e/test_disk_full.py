"""The data directory fills up, or turns read-only: the kiosk refuses new submissions with an
error the UI can explain, loses nothing already queued, and recovers by itself when space
returns. Uses a real small filesystem (a 3 MB tmpfs), so needs root (CI runs as root)."""

from __future__ import annotations

import os
import sqlite3
import subprocess

import pytest

from kiosk.clock import SystemClock
from offline_cache.store import Store
from offline_cache.submissions import Submitter
from tests.e2e.conftest import ANSWERS

pytestmark = pytest.mark.slow


@pytest.fixture
def small_fs(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(path, leave=0):
    """Fill the filesystem under `path` with a filler file, leaving about `leave` bytes."""
    filler = path / "filler"
    with open(filler, "wb") as f:
        chunk = b"\0" * 65536
        try:
            while True:
                f.write(chunk)
                f.flush()
        except OSError:
            pass
    if leave:
        size = filler.stat().st_size
        os.truncate(filler, max(0, size - leave))
    return filler


def test_full_disk_refuses_new_submissions_keeps_the_queue_and_recovers(small_fs, hub):
    from offline_cache.hub_client import HubClient

    _, token = hub.provision("small-disk")
    client = HubClient(hub.base_url, token)
    answer = client.get_catalog(None)
    store = Store.open(small_fs / "kiosk.db")
    clock = SystemClock()
    catalog = store.catalog.store_if_valid(answer.document, answer.etag, clock.now())
    submitter = Submitter(store.outbox, clock=clock)
    service = catalog.service("test-application")
    taken = [submitter.submit(catalog, service, ANSWERS, "kk").id for _ in range(5)]
    filler = _fill(small_fs)

    refused = 0
    for _ in range(50):  # the WAL may still have room for a few: keep going until refused
        try:
            taken.append(submitter.submit(catalog, service, ANSWERS, "kk").id)
        except (sqlite3.OperationalError, OSError) as exc:
            assert "full" in str(exc) or "disk" in str(exc) or "space" in str(exc), exc
            refused += 1
            break
    assert refused, "the disk never filled up"
    assert store.outbox.counts()["queued"] == len(taken)  # nothing taken is lost
    assert store.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"

    filler.unlink()  # space comes back: the same store takes submissions again by itself
    taken.append(submitter.submit(catalog, service, ANSWERS, "kk").id)
    assert store.outbox.counts()["queued"] == len(taken)


def test_a_read_only_data_directory_is_not_taken_for_corruption(small_fs, hub):
    from kiosk.paths import DataDir
    from offline_cache.db import StoreUnavailable
    from offline_cache.hub_client import HubClient
    from offline_cache.store import open_store

    _, token = hub.provision("ro")
    answer = HubClient(hub.base_url, token).get_catalog(None)
    clock = SystemClock()
    data = DataDir(small_fs)
    store = open_store(data, clock.now())
    catalog = store.catalog.store_if_valid(answer.document, answer.etag, clock.now())
    Submitter(store.outbox, clock=clock).submit(
        catalog, catalog.service("test-application"), ANSWERS, "kk"
    )
    store.close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_fs)], check=True)
    try:
        with pytest.raises(StoreUnavailable):
            open_store(data, clock.now())
        assert not (small_fs / "quarantine").exists()  # nothing moved aside
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_fs)], check=True)
    store = open_store(data, clock.now())
    assert store.outbox.counts()["queued"] == 1
    assert store.meta.get("quarantine_warning") is None
