"""The sync engine's rules, exactly: delivery only on an echo, backoff with full jitter,
Retry-After holds every request, permanent refusals kept, no row holds back the others."""

from __future__ import annotations

import random

import requests

from offline_cache.backoff import Backoff
from tests.offline.conftest import VALID_ANSWERS, make_engine
from tests.support.scripted import echo_delivery, response


def _submit(submitter, catalog, n=1):
    return [
        submitter.submit(catalog, catalog.service("test-application"), VALID_ANSWERS, "kk").id
        for _ in range(n)
    ]


def test_a_pass_delivers_everything_queued(store, clock, submitter, catalog):
    ids = _submit(submitter, catalog, 3)
    engine, session = make_engine(store, clock)
    report = engine.run_once()
    assert report.delivered == 3 and report.online
    assert store.outbox.counts()["delivered"] == 3
    posts = [c for c in session.calls if c.method == "POST" and c.path == "/submissions"]
    assert [c.body["id"] for c in posts] == ids
    assert all(c.headers["Idempotency-Key"] == c.body["id"] for c in posts)
    assert all(c.headers["Authorization"] == "Bearer token" for c in session.calls)


def test_a_200_that_does_not_echo_the_id_is_not_a_delivery(store, clock, submitter, catalog):
    _submit(submitter, catalog)

    def portal(call):
        if call.path == "/submissions":
            return response(200, b"<html>Sign in to WiFi</html>", {"Content-Type": "text/html"})
        return echo_delivery(call)

    engine, _ = make_engine(store, clock, portal)
    assert engine.run_once().delivered == 0
    assert store.outbox.counts()["queued"] == 1

    def wrong_json(call):
        if call.path == "/submissions":
            return response(200, {"id": "something-else"})
        return echo_delivery(call)

    engine, _ = make_engine(store, clock, wrong_json)
    clock.advance(1000)
    assert engine.run_once().delivered == 0
    row = store.outbox.rows("queued")[0]
    assert row.attempts == 2 and row.last_error["error"] == "transient"


def test_backoff_is_exponential_with_full_jitter_and_capped():
    seen = {
        attempt: [Backoff(rng=random.Random(s)).delay(attempt) for s in range(300)]
        for attempt in (1, 2, 3, 10, 30)
    }
    assert max(seen[1]) <= 2.0 and max(seen[2]) <= 4.0 and max(seen[3]) <= 8.0
    assert max(seen[10]) <= 300 and max(seen[30]) <= 300
    assert min(seen[10]) < 30 and max(seen[10]) > 250  # full jitter spreads over [0, cap]
    assert Backoff(rng=random.Random(1)).delay(1, retry_after=120) >= 120


def test_transient_failures_are_retried_on_the_backoff_schedule(store, clock, submitter, catalog):
    [rid] = _submit(submitter, catalog)
    answers = iter([500, 502, 503, 201])

    def flaky(call):
        if call.path == "/submissions":
            status = next(answers)
            return response(status, {"id": call.body["id"]} if status == 201 else {})
        return echo_delivery(call)

    engine, session = make_engine(store, clock, flaky, seed=7)
    expected = Backoff(rng=random.Random(7))
    for attempt in (1, 2, 3):
        engine.run_once()
        row = store.outbox.get(rid)
        assert row.state == "queued" and row.attempts == attempt
        delay = row.next_attempt_at - clock.now().timestamp()
        assert abs(delay - expected.delay(attempt)) < 1e-6
        engine.run_once()  # not due yet: no new request
        assert store.outbox.get(rid).attempts == attempt
        clock.advance(delay + 0.001)
    engine.run_once()
    assert store.outbox.get(rid).state == "delivered"
    assert len([c for c in session.calls if c.path == "/submissions"]) == 4


def test_retry_after_holds_back_every_request(store, clock, submitter, catalog):
    _submit(submitter, catalog, 3)
    state = {"limited": True}

    def limited(call):
        if state["limited"]:
            return response(429, {}, {"Retry-After": "120"})
        return echo_delivery(call)

    engine, session = make_engine(store, clock, limited)
    engine.run_once()
    assert len(session.calls) == 1  # the first request got 429: nothing else was sent
    state["limited"] = False
    clock.advance(119)
    engine.run_once()
    assert len(session.calls) == 1  # still inside Retry-After
    clock.advance(2)
    engine.run_once()
    assert store.outbox.counts()["delivered"] == 3


def test_permanent_refusal_is_kept_and_never_resent(store, clock, submitter, catalog):
    bad, _good = _submit(submitter, catalog, 2)
    problem = {
        "type": "https://hub/problems/invalid-answers",
        "title": "Invalid answers",
        "status": 422,
        "errors": [{"field": "iin", "code": "iin_checksum"}],
    }

    def judge(call):
        if call.path == "/submissions" and call.body["id"] == bad:
            return response(422, problem, {"Content-Type": "application/problem+json"})
        return echo_delivery(call)

    engine, session = make_engine(store, clock, judge)
    report = engine.run_once()
    assert report.rejected == 1 and report.delivered == 1
    row = store.outbox.get(bad)
    assert row.state == "rejected" and row.last_error["problem"] == problem
    assert store.outbox.body(bad) is not None
    for _ in range(3):
        clock.advance(1000)
        engine.run_once()
    assert len([c for c in session.calls if c.path == "/submissions"]) == 2


def test_one_failing_row_never_holds_back_the_others(store, clock, submitter, catalog):
    ids = _submit(submitter, catalog, 5)
    poison = ids[0]

    def hub(call):
        if call.path == "/submissions" and call.body["id"] == poison:
            return response(500, {"title": "boom"})
        return echo_delivery(call)

    engine, _ = make_engine(store, clock, hub)
    report = engine.run_once()
    assert report.delivered == 4 and report.retried == 1
    assert store.outbox.get(poison).state == "queued"


def test_an_unreachable_hub_stops_the_pass_and_reports_offline(store, clock, submitter, catalog):
    _submit(submitter, catalog, 5)
    events = []

    def down(call):
        raise requests.ConnectionError("refused")

    engine, session = make_engine(store, clock, down)
    engine.subscribe(events.append)
    report = engine.run_once()
    assert report.online is False and report.delivered == 0
    # catalog, three submissions, heartbeat: the pass does not hammer every row
    assert len(session.calls) == 5
    assert any(e.kind == "offline" for e in events)
    assert store.outbox.counts()["queued"] == 5


def test_catalog_etag_304_and_invalid_catalog_kept_out(store, clock):
    from tests.offline.conftest import MINI

    good = MINI.read_bytes()
    answers = iter(
        [
            response(200, good, {"ETag": '"a"'}),
            response(304),
            response(200, b'{"format": "nope"}', {"ETag": '"b"'}),
        ]
    )
    engine, session = make_engine(
        store, clock, lambda c: next(answers) if c.path == "/catalog" else echo_delivery(c)
    )
    events = []
    engine.subscribe(events.append)
    assert engine.run_once().catalog == "updated"
    clock.advance(601)
    assert engine.run_once().catalog == "unchanged"
    assert [c.headers.get("If-None-Match") for c in session.calls if c.path == "/catalog"] == [
        None,
        '"a"',
    ]
    clock.advance(601)
    assert engine.run_once().catalog == "invalid"
    assert store.catalog.load().catalog.version == "test-1"
    assert store.catalog.etag() == '"a"'
    assert [e.kind for e in events if e.kind.startswith("catalog")] == ["catalog", "catalog_fault"]


def test_heartbeat_reports_the_queue(store, clock, submitter, catalog):
    _submit(submitter, catalog, 2)

    def no_submissions(call):
        if call.path == "/submissions":
            return response(503, {})
        return echo_delivery(call)

    engine, session = make_engine(store, clock, no_submissions)
    engine.run_once()
    [beat] = [c for c in session.calls if c.path == "/heartbeat"]
    assert beat.body["queue"]["pending"] == 2 and beat.body["queue"]["rejected"] == 0
    assert beat.body["queue"]["oldest_pending_at"].endswith("+05:00")
    assert set(beat.body) >= {
        "kiosk_version",
        "catalog_version",
        "last_sync_at",
        "disk_free_bytes",
        "uptime_s",
        "sent_at",
    }


def test_clock_jumps_neither_stall_nor_flood(store, clock, submitter, catalog):
    [rid] = _submit(submitter, catalog)
    calls = {"n": 0}

    def failing(call):
        if call.path == "/submissions":
            calls["n"] += 1
            return response(500, {})
        return echo_delivery(call)

    engine, _ = make_engine(store, clock, failing)
    engine.run_once()
    # Forwards by three days: the row is due once, not once per missed interval.
    clock.jump_wall(3 * 86400)
    engine.run_once()
    engine.run_once()
    assert calls["n"] == 2
    # Backwards by three days: its next attempt looks days away; it must not stall.
    clock.jump_wall(-6 * 86400)
    engine.run_once()
    assert calls["n"] == 3
    assert store.outbox.get(rid).state == "queued"


def test_the_background_thread_starts_and_stops_cleanly(store, tmp_path, clock, submitter, catalog):
    import threading

    from offline_cache.store import Store

    _submit(submitter, catalog, 2)
    engine, _ = make_engine(Store.open(tmp_path / "kiosk.db"), clock)
    delivered = threading.Event()
    engine.subscribe(lambda e: e.kind == "pass" and e.detail["pending"] == 0 and delivered.set())
    engine.start()
    assert delivered.wait(10)
    engine.stop()
    assert not any(t.name == "kiosk-sync" for t in threading.enumerate())
    assert store.outbox.counts()["delivered"] == 2


def test_proxies_from_the_environment_are_read_once_and_no_proxy_honoured(monkeypatch):
    import requests

    from offline_cache.hub_client import HubClient

    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.office.kz:3128")
    monkeypatch.setenv("NO_PROXY", "")
    client = HubClient("https://hub.example.kz/api/v1", "t", session=requests.Session())
    assert client.session.proxies.get("https") == "http://proxy.office.kz:3128"
    assert client.session.trust_env is False
    monkeypatch.setenv("NO_PROXY", "hub.example.kz")
    bypass = HubClient("https://hub.example.kz/api/v1", "t", session=requests.Session())
    assert "https" not in bypass.session.proxies
