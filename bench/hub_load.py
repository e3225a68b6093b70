"""hub: submissions per second the reference hub stores with 50 concurrent clients, and the
p99 latency. The hub runs in its own process; the clients run in 5 other processes of 10
threads each (so the clients' GIL is not the limit), every thread on its own keep-alive
http.client connection with its own kiosk token, sending bodies sealed beforehand.

Floor: the same 50 clients asking for the catalog with its ETag (an authenticated 304: the
hub's HTTP stack, auth and routing without the submission's work), rounds alternating ABBA.
No target was set; it holds when every request got its expected answer.
"""

from __future__ import annotations

import http.client
import multiprocessing as mp
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

from bench.hubproc import HubProcess, bodies, encode
from bench.report import Result, interleave, median, percentile, ratio

CLIENTS = 50
PROCESSES = 5


def _client(
    url: str,
    token: str,
    requests_: Sequence[tuple[str, bytes | None]],
    expect: int,
    go: Any,
    out: list[Any],
) -> None:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
    base = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    conn.request("GET", parts.path + "/catalog", headers=base)  # connect, warm up
    conn.getresponse().read()
    go.wait()
    lat, bad = [], 0
    start = time.time()
    for tag, data in requests_:
        t = time.perf_counter()
        if data is None:
            conn.request("GET", parts.path + "/catalog", headers={**base, "If-None-Match": tag})
        else:
            conn.request(
                "POST",
                parts.path + "/submissions",
                body=data,
                headers={**base, "Content-Type": "application/json", "Idempotency-Key": tag},
            )
        answer = conn.getresponse()
        answer.read()
        lat.append(time.perf_counter() - t)
        bad += answer.status != expect
    out.append((start, time.time(), lat, bad))
    conn.close()


def _worker(
    url: str,
    jobs: list[tuple[str, list[tuple[str, bytes | None]]]],
    expect: int,
    ready: Any,
    go: Any,
    results: Any,
) -> None:
    local_go = threading.Event()
    out: list[Any] = []
    threads = [
        threading.Thread(target=_client, args=(url, tok, reqs, expect, local_go, out))
        for tok, reqs in jobs
    ]
    for t in threads:
        t.start()
    time.sleep(0.5)  # let every thread connect and warm up
    ready.wait()
    go.wait()
    local_go.set()
    for t in threads:
        t.join()
    results.put(out)


def load(
    url: str, jobs: Sequence[tuple[str, Sequence[tuple[str, bytes | None]]]], expect: int
) -> tuple[float, float, int]:
    """Run the clients; (requests/s, p99 seconds, bad answers)."""
    ctx = mp.get_context("fork")
    ready, go, results = ctx.Barrier(PROCESSES + 1), ctx.Event(), ctx.Queue()
    per = len(jobs) // PROCESSES
    procs = [
        ctx.Process(
            target=_worker, args=(url, jobs[i * per : (i + 1) * per], expect, ready, go, results)
        )
        for i in range(PROCESSES)
    ]
    for p in procs:
        p.start()
    ready.wait()
    go.set()
    found = [x for _ in procs for x in results.get(timeout=600)]
    for p in procs:
        p.join(60)
    start, end = min(f[0] for f in found), max(f[1] for f in found)
    lat = [x for f in found for x in f[2]]
    return len(lat) / (end - start), percentile(lat, 99), sum(f[3] for f in found)


def run(quick: bool) -> list[Result]:
    rounds = 3 if quick else 5
    each = 10 if quick else 40  # requests per client per round
    with tempfile.TemporaryDirectory(prefix="bench-hub-") as tmp:
        hub = HubProcess(Path(tmp) / "hub")
        try:
            tokens = [hub.provision(f"bench-{i}") for i in range(CLIENTS)]
            catalog = hub.catalog(tokens[0])
            etag = requests.get(
                hub.base_url + "/catalog",
                timeout=30,
                headers={"Authorization": f"Bearer {tokens[0]}"},
            ).headers["ETag"]
            made = iter(bodies(catalog, CLIENTS * each * rounds))
            p99s: list[float] = []
            bad = [0, 0]

            def submissions() -> float:
                jobs = [
                    (tok, [(b["id"], encode(b)) for b in (next(made) for _ in range(each))])
                    for tok in tokens
                ]
                rate, p99, errors = load(hub.base_url, jobs, 201)
                p99s.append(p99 * 1000)
                bad[0] += errors
                return rate

            def catalog_304() -> float:
                jobs = [(tok, [(etag, None)] * each) for tok in tokens]
                rate, _, errors = load(hub.base_url, jobs, 304)
                bad[1] += errors
                return rate

            a, b = interleave(submissions, catalog_304, rounds)
        finally:
            hub.stop()
    value, floor = median(a), median(b)
    ok = bad == [0, 0]
    note = "" if ok else f"; ERRORS: {bad[0]} submissions, {bad[1]} catalog answers unexpected"
    return [
        Result(
            "hub.rate",
            "subm/s",
            value,
            floor,
            ratio(value, floor),
            "(none; no errors)",
            ok,
            f"{CLIENTS} clients x {each} x {rounds} rounds; floor: authenticated "
            f"catalog 304s/s; rounds {', '.join(f'{x:.0f}' for x in a)}{note}",
        ),
        Result(
            "hub.p99",
            "ms",
            median(p99s),
            None,
            None,
            "(none; no errors)",
            ok,
            f"median over rounds of each round's p99 ({', '.join(f'{x:.0f}' for x in p99s)})",
        ),
    ]
