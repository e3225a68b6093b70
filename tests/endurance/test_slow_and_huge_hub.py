"""A hub that answers too slowly, or far too much: the client gives up within its timeouts and
size caps, and the kiosk's UI never waits for it (sync and status look-ups run off the UI
thread; the event loop keeps ticking every frame while they are stuck in the network)."""

from __future__ import annotations

import random
import threading
import time
import tracemalloc
from typing import Any

import pytest

from kiosk.clock import SystemClock, local_today
from kiosk.config import Config
from kiosk.sealing import generate_keypair
from offline_cache.backoff import Backoff
from offline_cache.hub_client import HubClient, Transient
from offline_cache.store import Store
from offline_cache.submissions import Submitter
from offline_cache.sync import SyncEngine, SyncSettings
from tests.endurance.bad_servers import BadServer

CONNECT, READ, TOTAL = 0.5, 0.5, 1.5
LIMIT_S = CONNECT + READ + TOTAL + 1.0  # what the kiosk may wait at worst, with some slack


def _client(server: BadServer, **timeouts: float) -> HubClient:
    t = {"connect_timeout": CONNECT, "read_timeout": READ, "total_timeout": TOTAL, **timeouts}
    return HubClient(server.base_url, "token", **t)


CALLS = {
    "catalog": lambda c: c.get_catalog(None),
    "submission": lambda c: c.post_item("/submissions", {"id": "x"}),
    "status": lambda c: c.get_status("7K3M-Q9TX-2BHD"),
}


def _bounded(call, limit: float) -> tuple[float, Any]:
    """Run `call` on a thread; (seconds, what it raised or returned), or (inf, None) if it was
    still running after `limit` (the test's own guard: a hung client must not hang the suite)."""
    out: dict[str, Any] = {}

    def body() -> None:
        start = time.monotonic()
        try:
            out["result"] = call()
        except Exception as exc:
            out["result"] = exc
        out["took"] = time.monotonic() - start

    thread = threading.Thread(target=body, daemon=True)
    thread.start()
    thread.join(limit)
    return (out["took"], out["result"]) if "took" in out else (float("inf"), None)


@pytest.mark.parametrize("endpoint", list(CALLS))
@pytest.mark.parametrize(
    "behaviour", ["stall", "trickle_body", "trickle_headers", "endless_chunked", "huge"]
)
def test_the_client_gives_up_within_its_timeouts(behaviour, endpoint):
    with BadServer(behaviour, interval=0.2) as server:
        took, result = _bounded(lambda: CALLS[endpoint](_client(server)), LIMIT_S + 1.5)
    waited = f"{took:.1f} s" if took != float("inf") else f"more than {LIMIT_S + 1.5} s (hung)"
    assert took <= LIMIT_S, (
        f"{behaviour} /{endpoint}: the client waited {waited}; its timeouts are connect "
        f"{CONNECT} + read {READ} + total {TOTAL} s"
    )
    assert isinstance(result, Transient), f"{behaviour} /{endpoint}: {result!r}"


@pytest.mark.parametrize("behaviour", ["huge", "endless_chunked"])
@pytest.mark.parametrize("endpoint", ["catalog", "submission"])
def test_a_huge_answer_is_cut_at_the_size_cap_without_ballooning(behaviour, endpoint):
    with BadServer(behaviour) as server:
        client = _client(server, read_timeout=5, total_timeout=30)
        tracemalloc.start()
        try:
            with pytest.raises(Transient, match="too large"):
                CALLS[endpoint](client)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    # the caps are 8 MiB (catalog) and 256 KiB (JSON); 50 MB were on offer
    cap_mib = 8 if endpoint == "catalog" else 0.25
    print(f"\n{behaviour} /{endpoint}: peak {peak / 2**20:.1f} MiB traced for a {cap_mib} MiB cap")
    assert peak < (cap_mib + 8) * 2**20, f"peak {peak / 2**20:.1f} MiB for a {cap_mib} MiB cap"


def test_an_oversize_catalog_is_not_downloaded_again_every_pass(tmp_path):
    """8 MiB thrown away per pass (every 30 s when idle) would be about 1 GB an hour of a
    kiosk's mobile data: an answer over the cap will not fit next pass either."""
    from tests.support.clock import ManualClock

    clock = ManualClock()
    with BadServer("huge") as server:
        store = Store.open(tmp_path / "kiosk.db")
        client = HubClient(
            server.base_url, "token", read_timeout=5, total_timeout=30, monotonic=clock.monotonic
        )
        engine = SyncEngine(
            store, client, clock=clock, backoff=Backoff(), settings=SyncSettings()
        )  # the catalog every 10 minutes
        try:
            for _ in range(10):  # five minutes of idle passes
                engine.run_once()
                clock.advance(SyncSettings().idle_interval_s)
        finally:
            store.close()
        pulls = server.requests["/api/v1/catalog"]
    assert pulls <= 1, f"the oversize catalog was downloaded {pulls} times in 5 minutes"


# -- the UI while the network is stuck ---------------------------------------------------------
@pytest.fixture
def kiosk(tmp_path):
    """A store with two submissions queued, a catalog with a key, the parts of a UiContext."""
    from tests.endurance.kiosk_ui import demo_catalog, smallest_form_service, valid_answers
    from ui.context import UiContext

    catalog = demo_catalog(generate_keypair()[1])
    store = Store.open(tmp_path / "kiosk.db")
    clock = SystemClock()
    submitter = Submitter(store.outbox, clock=clock)
    service = smallest_form_service(catalog)
    for _ in range(2):
        submitter.submit(catalog, service, valid_answers(service.form, local_today(clock)), "kk")
    ctx = UiContext(
        config=Config(), clock=clock, catalog=catalog, outbox=store.outbox, submitter=submitter
    )
    yield ctx, tmp_path / "kiosk.db"
    store.close()


def _engine(db, server: BadServer) -> SyncEngine:
    return SyncEngine(
        Store.open(db),
        _client(server, read_timeout=1.0, total_timeout=2.0),
        clock=SystemClock(),
        backoff=Backoff(0.1, 0.5, random.Random(1)),
        settings=SyncSettings(catalog_interval_s=0, heartbeat_interval_s=0, idle_interval_s=0.2),
    )


@pytest.mark.slow
@pytest.mark.parametrize("behaviour", ["stall", "trickle_body", "endless_chunked"])
def test_the_ui_never_waits_for_a_stuck_sync(qtbot, kiosk, behaviour):
    from tests.endurance.kiosk_ui import LatencyProbe, close_window, open_window

    ctx, db = kiosk
    server = BadServer(behaviour, interval=0.2)
    engine = _engine(db, server)
    ctx.engine = engine
    win = open_window(qtbot, ctx)
    try:
        win.go("home")
        qtbot.wait(300)  # the first paint of the screen is not what is measured here
        engine.start()
        with LatencyProbe() as probe:
            qtbot.wait(3000)
        assert sum(server.requests.values()) >= 1  # the sync thread was in the network
        assert ctx.outbox.pending() == 2  # and got nowhere
    finally:
        server.close()  # cut the connection first, so the sync thread can stop
        engine.stop()
        engine.store.close()
        close_window(win)
    print(
        f"\n{behaviour}: {probe.ticks} ticks in 3 s, max UI gap {probe.max_gap_ms:.1f} ms; "
        f"requests {dict(server.requests)}"
    )
    assert probe.ticks >= 150
    assert probe.max_gap_ms < 100, f"the UI thread was blocked for {probe.max_gap_ms:.0f} ms"


@pytest.mark.slow
def test_the_status_look_up_runs_off_the_ui_thread(qtbot, kiosk):
    from tests.endurance.kiosk_ui import LatencyProbe, close_window, open_window
    from tests.support.ui_driver import tap

    ctx, _ = kiosk
    server = BadServer("stall")
    ctx.status_lookup = lambda ref: _client(server, read_timeout=1.5).get_status(ref)
    win = open_window(qtbot, ctx)
    try:
        win.go("status")
        screen = win.screens["status"]
        qtbot.wait(300)
        screen.field.setText("7K3M-Q9TX-2BHD")
        with LatencyProbe() as probe:
            started = time.monotonic()
            tap(qtbot, screen.check_button)
            tapped = time.monotonic() - started
            # "Checking…" shows at once, the button waits, and the event loop keeps ticking
            assert screen.outcome == "checking"
            assert screen.headline.isVisible() and screen.headline.text() == screen.tr("Checking…")
            assert not screen.check_button.isEnabled()
            qtbot.waitUntil(lambda: screen.outcome != "checking", timeout=10_000)
            waited = time.monotonic() - started
        assert screen.outcome == "offline" and screen.error.isVisible()
        assert screen.check_button.isEnabled()
    finally:
        server.close()
        close_window(win)
    print(
        f"\nstatus look-up: tap returned in {tapped * 1000:.1f} ms, answer after {waited:.2f} s, "
        f"max UI gap {probe.max_gap_ms:.1f} ms over {probe.ticks} ticks"
    )
    assert tapped < 0.1
    assert waited >= 1.4  # the look-up really was stuck for the read timeout...
    assert probe.max_gap_ms < 100  # ...and the UI never was
