"""The outbox state machine, crash recovery, retention, and what lies on disk."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from kiosk.sealing import open_sealed
from offline_cache.db import CorruptDatabase, connect, schema_version
from offline_cache.schema import MIGRATIONS
from offline_cache.store import Store, open_store
from offline_cache.submissions import InvalidAnswers, NoHubKey, Submitter
from tests.offline.conftest import VALID_ANSWERS


def test_database_is_wal_with_busy_timeout_and_current_schema(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert schema_version(store.db) == len(MIGRATIONS)


def test_migrations_run_once_and_reopen_keeps_data(tmp_path, submitter, catalog, store):
    receipt = submitter.submit(catalog, catalog.service("test-application"), VALID_ANSWERS, "kk")
    store.close()
    again = Store.open(tmp_path / "kiosk.db")
    assert again.outbox.get(receipt.id).state == "queued"
    assert schema_version(again.db) == len(MIGRATIONS)


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "kiosk.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(CorruptDatabase):
        connect(path)


def test_submit_seals_before_disk_and_the_hub_key_opens_it(submitter, catalog, store, keypair):
    receipt = submitter.submit(catalog, catalog.service("test-application"), VALID_ANSWERS, "ru")
    body = store.outbox.body(receipt.id)
    assert body["reference"] == receipt.reference and body["locale"] == "ru"
    assert body["form_version"] == "1" and body["service_id"] == "test-application"
    answers = open_sealed(body["sealed"], private_key=keypair[0], submission_id=receipt.id)
    assert answers["phone"] == "+77011234567"  # cleaned before sealing
    assert answers["full_name"] == "Асқар Тестов"


def test_no_hub_key_refuses_rather_than_store_in_the_clear(store, clock, plain_catalog):
    submitter = Submitter(store.outbox, clock=clock)
    with pytest.raises(NoHubKey):
        submitter.submit(
            plain_catalog, plain_catalog.service("test-application"), VALID_ANSWERS, "kk"
        )
    assert store.outbox.counts()["queued"] == 0


def test_the_shipped_key_is_used_when_the_catalog_has_none(
    store, clock, plain_catalog, shipped_key, keypair
):
    submitter = Submitter(store.outbox, clock=clock, shipped_key=shipped_key)
    receipt = submitter.submit(
        plain_catalog, plain_catalog.service("test-application"), VALID_ANSWERS, "kk"
    )
    sealed = store.outbox.body(receipt.id)["sealed"]
    assert sealed["kid"] == "shipped"
    assert open_sealed(sealed, private_key=keypair[0], submission_id=receipt.id)["iin"]


def test_invalid_answers_are_refused_and_nothing_is_queued(submitter, catalog, store):
    with pytest.raises(InvalidAnswers) as err:
        submitter.submit(
            catalog,
            catalog.service("test-application"),
            {**VALID_ANSWERS, "iin": "900101300008"},
            "kk",
        )
    assert [e.code for e in err.value.errors] == ["iin_checksum"]
    assert sum(store.outbox.counts().values()) == 0


def test_state_machine_transitions(submitter, catalog, store, clock):
    rid = submitter.submit(catalog, catalog.service("test-application"), VALID_ANSWERS, "kk").id
    ob = store.outbox
    assert not ob.mark_delivered(rid, clock.now())  # only from sending
    assert ob.mark_sending(rid, clock.now())
    assert not ob.mark_sending(rid, clock.now())  # already sending
    assert ob.mark_retry(rid, clock.now(), clock.now() + timedelta(seconds=5), {"error": "x"})
    assert ob.get(rid).state == "queued" and ob.get(rid).attempts == 1
    assert ob.due(clock.now()) == []  # not yet
    clock.advance(5)
    assert [r.id for r in ob.due(clock.now())] == [rid]
    ob.mark_sending(rid, clock.now())
    assert ob.mark_rejected(rid, clock.now(), {"status": 422, "problem": {"title": "bad"}})
    assert ob.get(rid).state == "rejected"
    assert ob.body(rid) is not None  # kept for the technician
    assert ob.requeue(rid, clock.now()) and ob.get(rid).state == "queued"
    ob.mark_sending(rid, clock.now())
    assert ob.mark_delivered(rid, clock.now())
    assert ob.counts() == {"queued": 0, "sending": 0, "delivered": 1, "rejected": 0}


def test_rows_left_sending_by_a_crash_go_back_to_the_queue(
    tmp_path, submitter, catalog, store, clock
):
    rid = submitter.submit(catalog, catalog.service("test-application"), VALID_ANSWERS, "kk").id
    store.outbox.mark_sending(rid, clock.now())
    store.close()
    from kiosk.paths import DataDir

    reopened = open_store(DataDir(tmp_path), clock.now())
    assert reopened.outbox.get(rid).state == "queued"
    assert [r.id for r in reopened.outbox.due(clock.now())] == [rid]


def test_delivered_bodies_are_dropped_after_retention(submitter, catalog, store, clock):
    rid = submitter.submit(catalog, catalog.service("test-application"), VALID_ANSWERS, "kk").id
    store.outbox.mark_sending(rid, clock.now())
    store.outbox.mark_delivered(rid, clock.now())
    assert store.outbox.purge_delivered(clock.now() - timedelta(days=7)) == 0
    clock.advance(8 * 86400)
    assert store.outbox.purge_delivered(clock.now() - timedelta(days=7)) == 1
    assert store.outbox.body(rid) is None and store.outbox.get(rid).state == "delivered"


def test_a_clock_set_back_does_not_stall_the_queue(submitter, catalog, store, clock):
    rid = submitter.submit(catalog, catalog.service("test-application"), VALID_ANSWERS, "kk").id
    store.outbox.mark_sending(rid, clock.now())
    store.outbox.mark_retry(rid, clock.now(), clock.now() + timedelta(seconds=200), {})
    clock.jump_wall(-3 * 86400)
    assert [r.id for r in store.outbox.due(clock.now(), max_delay_s=600)] == [rid]


def test_the_database_file_holds_no_answer_in_the_clear(tmp_path, submitter, catalog, store):
    secret_name, secret_iin = "Жанар Құпиясова", "000229600014"
    answers = {**VALID_ANSWERS, "full_name": secret_name, "iin": secret_iin}
    for _ in range(20):
        submitter.submit(catalog, catalog.service("test-application"), answers, "kk")
    store.db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    files = [p for p in tmp_path.iterdir() if p.name.startswith("kiosk.db")]
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        data = path.read_bytes()
        for needle in (secret_iin, secret_name, "Құпиясова", "+77011234567"):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert needle.encode(encoding) not in data, (path.name, needle)


def test_a_corrupt_database_is_moved_aside_and_a_warning_kept(tmp_path, clock):
    from kiosk.paths import DataDir

    data = DataDir(tmp_path).create()
    data.database.write_bytes(b"this is not a database" * 100)
    store = open_store(data, clock.now())
    assert store.outbox.counts()["queued"] == 0
    warning = store.meta.get("quarantine_warning")
    assert warning and warning.startswith("kiosk-")
    moved = list(data.quarantine.iterdir())
    assert len(moved) == 1 and moved[0].read_bytes().startswith(b"this is not")


def test_catalog_cache_keeps_the_last_good_catalog(store, clock):
    from tests.offline.conftest import MINI

    good = MINI.read_bytes()
    store.catalog.store_if_valid(good, '"v1"', clock.now())
    from kiosk.catalog import CatalogError

    with pytest.raises(CatalogError):
        store.catalog.store_if_valid(b'{"format": "kiosk-catalog/1"}', '"v2"', clock.now())
    cached = store.catalog.load()
    assert cached.catalog.version == "test-1" and cached.etag == '"v1"'
    assert "version" in store.catalog.faults()[0][1]
