"""The benchmark harness runs and speaks its JSON-lines format (the figures themselves are
judged by people reading `python -m bench`, not by this test)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KEYS = {"name", "unit", "value", "floor", "ratio", "target", "holds"}


def run_bench(*args: str) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--json", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    lines = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert lines, out.stderr[-3000:]
    return lines


@pytest.mark.parametrize("figure", ["search", "submit"])
def test_figure_reports_numbers(figure):
    results = run_bench("--only", figure)
    for result in results:
        assert KEYS <= result.keys(), result
        assert result["name"].startswith(figure)
        for key in ("value", "floor", "ratio"):
            assert isinstance(result[key], int | float) and result[key] > 0, (key, result)
        assert isinstance(result["holds"], bool) or result["holds"] is None
        assert isinstance(result["target"], str) and isinstance(result["unit"], str)
    assert any(isinstance(r["holds"], bool) for r in results)


def test_unknown_figure_is_refused():
    out = subprocess.run(
        [sys.executable, "-m", "bench", "--only", "nope"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert "invalid choice" in out.stderr
