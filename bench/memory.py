"""memory: the kiosk's resident memory (VmRSS, after gc.collect()) after 10 and after 1,000
simulated visitors (home, services, service, wizard, answers, review, submit, receipt, reset),
in one child process per run, against a bare PySide6 window's RSS (the floor, its own child
process with nothing of the kiosk imported). Target: growth from visitor 10 to visitor 1,000
under 5 MB. Kiosk and floor runs alternate. --quick stops at visitor 300.

The RSS at visitor 100 is taken too: growth from 100 on separates a leak (it goes on) from
caches filling up to their bounds (it stops). One more run (not repeated) holds Qt's pixmap
cache (QPixmapCache, 10 MB by default) and SQLite's page cache (2 MB) near zero: what grows
there is neither of those bounded caches, i.e. a leak.
"""

from __future__ import annotations

import tempfile

from bench.report import Result, interleave, median, ratio
from bench.screens import child

GROWTH_MB = 5.0


def run(quick: bool) -> list[Result]:
    repeats = 3 if quick else 5
    marks = (10, 100, 300 if quick else 1000)
    runs: list[dict] = []

    def kiosk() -> float:
        with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
            runs.append(child(["memory", ",".join(map(str, marks)), tmp], tmp))
        return 0.0

    def floor() -> float:
        with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
            return child(["memory-floor"], tmp)["rss_kib"] / 1024

    _, floors = interleave(kiosk, floor, repeats)
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        capped = child(["memory", ",".join(map(str, marks)), tmp, "capped"], tmp)["rss_kib"]
    capped_growth = (capped[str(marks[-1])] - capped[str(marks[0])]) / 1024
    base = median(floors)
    rss = {m: [r["rss_kib"][str(m)] / 1024 for r in runs] for m in marks}
    first, mid, last = marks
    growth = [b - a for a, b in zip(rss[first], rss[last], strict=True)]
    later = [b - a for a, b in zip(rss[mid], rss[last], strict=True)]
    per_visit = median([r["seconds"] / r["sessions"] * 1000 for r in runs])
    g = median(growth)
    return [
        Result(
            "memory.growth",
            "MB",
            g,
            None,
            None,
            f"< {GROWTH_MB:g} MB",
            g < GROWTH_MB,
            f"visitor {first} -> {last}, median of {repeats} runs "
            f"({', '.join(f'{x:.1f}' for x in growth)}); {per_visit:.0f} ms per visitor; "
            f"{runs[-1]['services']} demo services in rotation",
        ),
        Result(
            "memory.growth_after_100",
            "MB",
            median(later),
            None,
            None,
            "(info)",
            None,
            f"visitor {mid} -> {last} ({', '.join(f'{x:.1f}' for x in later)})",
        ),
        Result(
            "memory.growth_caches_capped",
            "MB",
            capped_growth,
            None,
            None,
            f"(info; a leak if >= {GROWTH_MB:g})",
            None,
            f"visitor {first} -> {last}, one run with QPixmapCache and SQLite's page "
            "cache held near zero",
        ),
        Result(
            f"memory.rss_{first}",
            "MB",
            median(rss[first]),
            base,
            ratio(median(rss[first]), base),
            "(info)",
            None,
            "floor: a bare QMainWindow + QLabel shown, nothing of the kiosk imported",
        ),
        Result(
            f"memory.rss_{last}",
            "MB",
            median(rss[last]),
            base,
            ratio(median(rss[last]), base),
            "(info)",
            None,
        ),
    ]
