"""Clock jumps during backoff, end to end: the real hub behind a fault proxy that answers 500
(after the hub stored the submission) for a while, the real SyncEngine on a ManualClock whose
wall clock jumps days forwards and backwards while rows wait. Sync must neither stall (every row
delivered within a few passes of the hub's recovery, exactly once) nor flood (a row at most once
a pass, only when due, and a pass with no time gone by sends nothing again)."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from offline_cache.backoff import Backoff
from offline_cache.hub_client import HubClient
from offline_cache.store import Store
from offline_cache.submissions import Submitter
from offline_cache.sync import SyncEngine, SyncSettings
from tests.support.clock import ManualClock
from tests.support.fault_proxy import FaultProxy
from tests.support.hub_server import start_hub

pytestmark = [pytest.mark.e2e]
MINI = Path(__file__).resolve().parents[1] / "support" / "mini-catalog.json"
ANSWERS = {
    "full_name": "Асқар Тестов",
    "iin": "900101300007",
    "phone": "+77011234567",
    "child_birth_date": "2020-05-01",
}
ROWS = 20
DAY = 86400.0
# (wall-clock jump, then seconds of ordinary time) before each pass while the hub fails
FAILING = [
    (0, 0),
    (0, 0),
    (3 * DAY, 0),
    (0, 0),
    (0, 5),
    (-6 * DAY, 0),
    (0, 0),
    (0, 60),
    (0, 0),
    (10 * DAY, 0),
    (0, 0),
    (-1 * DAY, 1),
    (0, 300),
    (0, 0),
    (-30 * DAY, 0),
    (0, 0),
    (0, 2),
    (45 * DAY, 0),
    (0, 0),
]
STEP_AFTER_RECOVERY = 30.0


class Recorder:
    """The proxy's plan: 500 after storing while `failing`, else pass; counts requests."""

    def __init__(self) -> None:
        self.failing = True
        self.pass_no = 0
        self.sends: Counter[tuple[int, str]] = Counter()  # (pass, id) -> requests
        self.paths: Counter[str] = Counter()

    def __call__(self, method: str, path: str, body: bytes) -> str:
        self.paths[path.rsplit("/", 1)[-1]] += 1
        if path.endswith("/submissions") and method == "POST":
            self.sends[(self.pass_no, json.loads(body)["id"])] += 1
            return "500_after" if self.failing else "pass"
        return "pass"

    def sent_in(self, pass_no: int) -> Counter[str]:
        return Counter({rid: n for (p, rid), n in self.sends.items() if p == pass_no})


def _due(store: Store, clock: ManualClock, backoff: Backoff) -> set[str]:
    return {
        r.id for r in store.outbox.due(clock.now(), limit=10_000, max_delay_s=backoff.cap_s * 2)
    }


@pytest.fixture
def hub(tmp_path):
    running = start_hub(tmp_path / "hub", MINI)
    yield running
    running.stop()


def test_clock_jumps_during_backoff_neither_stall_nor_flood(hub, tmp_path):
    recorder = Recorder()
    proxy = FaultProxy(hub.root_url, recorder)
    _, token = hub.provision("clock-jumps")
    clock = ManualClock()
    store = Store.open(tmp_path / "kiosk.db")
    backoff = Backoff(rng=random.Random(20261123))  # the real schedule: 2 s base, 300 s cap
    client = HubClient(
        proxy.base_url(),
        token,
        connect_timeout=2,
        read_timeout=5,
        total_timeout=10,
        monotonic=clock.monotonic,
        wall=lambda: clock.now().timestamp(),
    )
    engine = SyncEngine(store, client, clock=clock, backoff=backoff, settings=SyncSettings())
    try:
        assert engine.run_once().catalog == "updated"  # the hub's key comes with the catalog
        catalog = store.catalog.load().catalog
        service = catalog.service("test-application")
        submitter = Submitter(store.outbox, clock=clock)
        ids = {submitter.submit(catalog, service, ANSWERS, "kk").id for _ in range(ROWS)}

        moved = 0  # passes before which the clock moved (each may try a row once)
        for jump, elapse in FAILING:
            clock.jump_wall(jump)
            clock.advance(elapse)
            moved += bool(jump or elapse)
            _one_pass(engine, store, clock, backoff, recorder, quiet=not (jump or elapse))
        assert store.outbox.counts()["queued"] == ROWS  # nothing got through while failing
        failing_sends = sum(recorder.sends.values())
        # the very first pass, then at most one send per row per pass in which time moved
        assert failing_sends <= ROWS * (1 + moved), (failing_sends, moved)

        recorder.failing = False
        passes_to_drain = 0
        while store.outbox.pending():
            passes_to_drain += 1
            assert passes_to_drain <= backoff.cap_s / STEP_AFTER_RECOVERY + 2, "sync stalled"
            clock.advance(STEP_AFTER_RECOVERY)
            _one_pass(engine, store, clock, backoff, recorder, quiet=False)
    finally:
        proxy.close()
        store.close()
    stored = Counter(row["id"] for row in hub.submissions())
    assert set(stored) == ids and max(stored.values()) == 1
    assert store_counts_ok(tmp_path)
    print(
        f"\n{ROWS} rows; {failing_sends} sends over {len(FAILING)} failing passes "
        f"({moved} with the clock moved); drained in {passes_to_drain} passes after recovery; "
        f"requests by path {dict(recorder.paths)}"
    )


def _one_pass(engine, store, clock, backoff, recorder, *, quiet: bool) -> None:
    recorder.pass_no += 1
    due = _due(store, clock, backoff)
    engine.run_once()
    sent = recorder.sent_in(recorder.pass_no)
    assert all(n == 1 for n in sent.values()), f"a row sent twice in one pass: {sent}"
    # every row that is due is tried (no stall), and none that is not (no flood)
    assert set(sent) == due, (
        f"due but not sent: {due - set(sent)}; sent but not due: {set(sent) - due}"
    )
    if quiet and recorder.failing and recorder.pass_no > 1:
        # no time went by since the last pass: every row was just rescheduled, none is due
        assert not sent, f"pass {recorder.pass_no} resent {len(sent)} rows with no time gone by"


def store_counts_ok(tmp_path) -> bool:
    store = Store.open(tmp_path / "kiosk.db")
    try:
        return store.outbox.counts() == {
            "queued": 0,
            "sending": 0,
            "delivered": ROWS,
            "rejected": 0,
        }
    finally:
        store.close()
