from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from kiosk.catalog import Catalog, load_catalog_bytes, parse_catalog
from kiosk.config import ShippedKey
from kiosk.sealing import b64u_encode, generate_keypair
from offline_cache.backoff import Backoff
from offline_cache.hub_client import HubClient
from offline_cache.store import Store
from offline_cache.submissions import Submitter
from offline_cache.sync import SyncEngine, SyncSettings
from tests.support.clock import ManualClock
from tests.support.scripted import ScriptedSession, echo_delivery

MINI = Path(__file__).resolve().parents[1] / "support" / "mini-catalog.json"

VALID_ANSWERS = {
    "full_name": "Асқар Тестов",
    "iin": "900101300007",
    "phone": "8 701 123 45 67",
    "child_birth_date": "2020-05-01",
}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def keypair():
    return generate_keypair()


@pytest.fixture
def catalog(keypair) -> Catalog:
    doc = json.loads(MINI.read_text(encoding="utf-8"))
    doc["encryption_key"] = {
        "kid": "test-key",
        "alg": "HPKE-X25519-SHA256-AES128GCM",
        "public_key": b64u_encode(keypair[1]),
    }
    return parse_catalog(doc)


@pytest.fixture
def plain_catalog() -> Catalog:
    return load_catalog_bytes(MINI.read_bytes())


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store.open(tmp_path / "kiosk.db")
    yield s
    s.close()


@pytest.fixture
def submitter(store, clock) -> Submitter:
    return Submitter(store.outbox, clock=clock)


def make_engine(store, clock, handler=echo_delivery, seed=1):
    session = ScriptedSession(handler)
    client = HubClient(
        "http://127.0.0.1:9/api/v1",
        "token",
        session=session,  # type: ignore[arg-type]
        monotonic=clock.monotonic,
        wall=lambda: clock.now().timestamp(),
    )
    engine = SyncEngine(
        store,
        client,
        clock=clock,
        backoff=Backoff(rng=random.Random(seed)),
        settings=SyncSettings(),
    )
    return engine, session


@pytest.fixture
def shipped_key(keypair) -> ShippedKey:
    return ShippedKey(kid="shipped", public_key=keypair[1])
