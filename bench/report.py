"""Results, statistics and output (a table for people, JSON lines for machines)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

FRAME_MS = 1000.0 / 60.0


@dataclass
class Result:
    name: str
    unit: str
    value: float | None
    floor: float | None
    ratio: float | None
    target: str
    holds: bool | None
    detail: str = ""

    def json(self) -> str:
        return json.dumps({k: _clean(v) for k, v in asdict(self).items()}, ensure_ascii=False)


def _clean(value: Any) -> Any:
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 6)
    return value


def ratio(value: float | None, floor: float | None) -> float | None:
    if value is None or not floor:
        return None
    return value / floor


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    mid = n // 2
    return ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), q in 0..100."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q / 100.0
    low = math.floor(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def interleave(
    a: Callable[[], float], b: Callable[[], float], rounds: int
) -> tuple[list[float], list[float]]:
    """Run a and b alternately, ABBA order (A B, B A, A B, ...), so drift hits both alike."""
    xs: list[float] = []
    ys: list[float] = []
    for i in range(rounds):
        if i % 2 == 0:
            xs.append(a())
            ys.append(b())
        else:
            ys.append(b())
            xs.append(a())
    return xs, ys


def fmt(value: float | None, digits: int = 3) -> str:
    if value is None:
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{digits}g}" if abs(value) < 1 else f"{value:.{digits + 1}g}"


def table(results: Iterable[Result]) -> str:
    head = ("figure", "value", "floor", "unit", "ratio", "target", "holds")
    rows = [head]
    details = []
    for r in results:
        holds = {True: "yes", False: "NO", None: "n/a"}[r.holds]
        rows.append(
            (
                r.name,
                fmt(r.value),
                fmt(r.floor),
                r.unit,
                "-" if r.ratio is None else f"{r.ratio:.2f}x",
                r.target,
                holds,
            )
        )
        if r.detail:
            details.append(f"  {r.name}: {r.detail}")
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if details:
        lines += ["", "details:", *details]
    return "\n".join(lines)
