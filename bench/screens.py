"""screens: time to build and show the service page and the first form step of a 40-field
form (one step), offscreen at 1280x800: `window.go(...)` plus one turn of the event loop
(layout, paint), against one frame at 60 Hz. The wizard is reset between rounds, so every
round builds the step's editors anew. Runs in a fresh child process (bench.ui_child).

screens.wizard is the real path: the service page shows, the visitor reads it (0.4 s, while
the page builds the form's first step ahead), then taps Start. screens.wizard_cold (info) is
the build from nothing, as if Start came within a frame; screens.wizard_built (info) the step
shown again once its page exists.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.report import FRAME_MS, Result, median, percentile, ratio
from bench.startup import ROOT, child_env


def child(args: list[str], home: str, timeout: float = 1800) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "bench.ui_child", *args],
        cwd=ROOT,
        env=child_env(Path(home)),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [x for x in out.stdout.splitlines() if x.startswith("{")]
    if out.returncode != 0 or not lines:
        errors = "\n".join(x for x in out.stderr.splitlines() if "propagateSizeHints" not in x)
        raise RuntimeError(f"ui child {args[0]} failed: {errors[-3000:]}")
    return json.loads(lines[-1])


def run(quick: bool) -> list[Result]:
    rounds = 3 if quick else 9
    with tempfile.TemporaryDirectory(prefix="bench-screens-") as tmp:
        found = child(["screens", str(rounds), tmp], tmp)
    results = []
    for name, label in (
        ("service", "service page"),
        ("wizard", "40-field form step, Start after 0.4 s on the service page"),
        ("wizard_cold", "the same step built from nothing (Start within a frame)"),
        ("wizard_built", "the same step, its page already built"),
    ):
        ms = found["ms"][name]
        value = median(ms)
        info = name in ("wizard_cold", "wizard_built")
        results.append(
            Result(
                f"screens.{name}",
                "ms",
                value,
                FRAME_MS,
                ratio(value, FRAME_MS),
                "(info)" if info else f"< {FRAME_MS:.1f} ms",
                None if info else value < FRAME_MS,
                f"{label}: median of {len(ms)}, p95 {percentile(ms, 95):.1f} ms, "
                f"{found['min_paints'][name]} widgets painted"
                + (f", {found['editors']} editors" if name != "service" else ""),
            )
        )
    return results
