"""search: per-keystroke latency of SearchIndex.search while queries are typed letter by
letter, over a generated 5,000-service catalog in kk/ru/en (15,000 indexed rows), against the
bare FTS5 query it runs (the same MATCH on the same table, fetchall, no Python around it).

Each keystroke is timed in both ways side by side (order alternating), in several rounds; a
keystroke's latency is its median over the rounds; p50/p95 are over the keystrokes.
"""

from __future__ import annotations

import time

from bench.data import search_catalog_doc, typed_queries
from bench.report import FRAME_MS, Result, median, percentile, ratio
from kiosk.catalog import parse_catalog
from kiosk.search import SearchIndex, fts_query

FLOOR_SQL = (
    "SELECT service_id FROM doc WHERE doc MATCH ? ORDER BY bm25(doc, 0, 10.0, 3.0, 5.0) LIMIT ?"
)
LIMIT = 50


def keystrokes(queries: list[str]) -> list[str]:
    return [q[:n] for q in queries for n in range(1, len(q) + 1)]


def measure(index: SearchIndex, typed: list[str], rounds: int) -> tuple[list[float], list[float]]:
    matches = [fts_query(t) for t in typed]
    conn = index.conn
    ours: list[list[float]] = [[] for _ in typed]
    bare: list[list[float]] = [[] for _ in typed]
    clock = time.perf_counter
    for r in range(rounds):
        for i, text in enumerate(typed):
            for which in (0, 1) if (i + r) % 2 == 0 else (1, 0):
                t = clock()
                if which == 0:
                    index.search(text, LIMIT)
                    ours[i].append(clock() - t)
                else:
                    conn.execute(FLOOR_SQL, (matches[i], LIMIT * 3)).fetchall()
                    bare[i].append(clock() - t)
    return [median(x) * 1000 for x in ours], [median(x) * 1000 for x in bare]


def run(quick: bool) -> list[Result]:
    index = SearchIndex(parse_catalog(search_catalog_doc(5000)))
    typed = keystrokes(typed_queries(20 if quick else 40))
    measure(index, typed[:50], 1)  # warm-up
    ours, bare = measure(index, typed, 3 if quick else 7)
    p50, p95 = percentile(ours, 50), percentile(ours, 95)
    f50, f95 = percentile(bare, 50), percentile(bare, 95)
    worst = max(range(len(typed)), key=ours.__getitem__)
    holds = p95 <= 2 * f95 and p95 < FRAME_MS
    return [
        Result(
            "search.p95",
            "ms",
            p95,
            f95,
            ratio(p95, f95),
            f"ratio <= 2 and < {FRAME_MS:.1f} ms",
            holds,
            f"{len(typed)} keystrokes; p50 {p50:.3f} ms vs bare {f50:.3f} ms; "
            f"slowest {ours[worst]:.2f} ms at {typed[worst]!r}",
        ),
        Result("search.p50", "ms", p50, f50, ratio(p50, f50), "(info)", None),
    ]
