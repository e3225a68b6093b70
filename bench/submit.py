"""submit: from pressing Submit to durable on disk, against a bare sqlite3 INSERT + COMMIT of a
row of the same size into a table of the same schema, with the same durability (WAL,
synchronous=FULL), on the same file system. Samples alternate A B / B A.

The kiosk's path: the review screen validates and seals the answers when it shows them
(Submitter.prepare, untimed here as there: the visitor is reading), and Submit checks that
nothing changed (a keyed digest of the answers, the day, the key) and commits. submit.unprepared
(info) is everything done at the press (validate, seal, commit), as when the answers changed.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from bench.data import answers_for, demo_doc, with_key
from bench.report import Result, interleave, median, percentile, ratio
from kiosk.answers import validate_answers
from kiosk.catalog import parse_catalog
from kiosk.clock import SystemClock, local_today, rfc3339
from kiosk.sealing import generate_keypair, seal_answers
from offline_cache.schema import MIGRATIONS
from offline_cache.store import Store
from offline_cache.submissions import Submitter

TARGET = 1.5
SERVICE = "kindergarten-queue"


def bare_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.executescript(MIGRATIONS[0])
    return conn


def run(quick: bool) -> list[Result]:
    samples = 30 if quick else 200
    clock = SystemClock()
    public = generate_keypair()[1]
    catalog = parse_catalog(with_key(demo_doc(), public))
    service = catalog.service(SERVICE)
    assert service is not None and service.form is not None
    form = service.form
    answers = answers_for(service.form, local_today(clock))
    with tempfile.TemporaryDirectory(prefix="bench-submit-") as tmp:
        store = Store.open(Path(tmp) / "kiosk.db")
        submitter = Submitter(store.outbox, clock=clock)
        sample = submitter.submit(catalog, service, answers, "kk")
        body = json.dumps(store.outbox.body(sample.id), ensure_ascii=False, separators=(",", ":"))
        conn = bare_db(Path(tmp) / "floor.db")

        def ours() -> float:
            assert submitter.prepare(catalog, service, answers)  # the review screen, untimed
            t = time.perf_counter()
            submitter.submit(catalog, service, answers, "kk")
            return time.perf_counter() - t

        def unprepared() -> float:
            t = time.perf_counter()
            submitter.submit(catalog, service, answers, "kk")
            return time.perf_counter() - t

        def bare() -> float:
            now = clock.now()
            stamp = rfc3339(now)
            row = (
                str(uuid.uuid4()),
                "submission",
                "ABCD-EFGH-JKMN",
                SERVICE,
                body,
                stamp,
                now.timestamp(),
                stamp,
            )
            t = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO outbox (id, kind, reference, service_id, body, state, "
                "created_at, next_attempt_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?)",
                row,
            )
            conn.execute("COMMIT")
            return time.perf_counter() - t

        def validate() -> float:
            t = time.perf_counter()
            validate_answers(form, answers, today=local_today(clock))
            return time.perf_counter() - t

        clean = validate_answers(form, answers, today=local_today(clock))[0]

        def seal() -> float:
            t = time.perf_counter()
            seal_answers(clean, public_key=public, kid="bench", submission_id=str(uuid.uuid4()))
            return time.perf_counter() - t

        interleave(ours, bare, 4)  # warm-up
        a, b = interleave(ours, bare, samples)
        u, b2 = interleave(unprepared, bare, samples)
        parts = interleave(validate, seal, samples)
        conn.close()
        store.close()
    a_ms, b_ms = [x * 1000 for x in a], [x * 1000 for x in b]
    value, floor = median(a_ms), median(b_ms)
    u_ms, b2_ms = [x * 1000 for x in u], [x * 1000 for x in b2]
    u_value, u_floor = median(u_ms), median(b2_ms)
    return [
        Result(
            "submit",
            "ms",
            value,
            floor,
            ratio(value, floor),
            f"ratio <= {TARGET}",
            value <= TARGET * floor,
            f"{samples} each, median; p95 {percentile(a_ms, 95):.2f} ms vs bare "
            f"{percentile(b_ms, 95):.2f} ms; row body {len(body)} bytes; done on the review "
            f"screen: validation {median(parts[0]) * 1000:.3f} ms, HPKE seal "
            f"{median(parts[1]) * 1000:.3f} ms",
        ),
        Result(
            "submit.unprepared",
            "ms",
            u_value,
            u_floor,
            ratio(u_value, u_floor),
            "(info)",
            None,
            f"validate, seal and commit all at the press (answers changed after the review "
            f"screen); {samples} each, median; p95 {percentile(u_ms, 95):.2f} ms vs bare "
            f"{percentile(b2_ms, 95):.2f} ms",
        ),
    ]
