"""startup: process start to the first painted frame of the attract screen (demo catalog),
against a bare PySide6 window started and timed the same way (the floor). startup.ready (info)
is the time until the kiosk is wired and every screen is built (it loads behind the attract
screen, which needs only the configuration).

Runs alternate kiosk/floor in ABBA order. "cold" is each one's first run of this bench (the
OS page cache cannot be dropped reliably here, so it is only "first run"; the kiosk goes
first, so any cost of loading Qt from disk falls on it, not on the floor); "warm" is the
median of the later runs. Both run from a compiled copy of the code (see installed_copy).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import Result, interleave, median, ratio

TARGET = 1.5
READY: dict[str, list[float]] = {}  # which -> seconds to ready, per run (see startup_child)
ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("kiosk", "offline_cache", "ui", "cli", "assets", "bench")


def child_env(home: Path, code: Path = ROOT) -> dict[str, str]:
    env = dict(os.environ)
    # Only the configuration is isolated (no kiosk.toml of this machine is read); the
    # fontconfig cache stays shared, as on a kiosk that has started before.
    env.update(
        QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"), PYTHONPATH=str(code)
    )
    return env


def installed_copy(dest: Path) -> Path:
    """The kiosk's code as installed: a copy with compiled bytecode next to it.

    pip and PyInstaller both ship .pyc files; this machine sets PYTHONDONTWRITEBYTECODE, so
    run from the source tree every start would compile every module of the project again.
    The copy is compiled once here (untimed) and the children run from it."""
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, dest / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(dest)], check=True, stdout=subprocess.DEVNULL
    )
    return dest


def start_once(
    which: str, data_dir: Path, env: dict[str, str], phases: dict[str, list[dict[str, float]]]
) -> float:
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "bench.startup_child", which, repr(t0), str(data_dir)],
        env=env,
        cwd=env["PYTHONPATH"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    words = out.stdout.split()
    if out.returncode != 0 or len(words) < 2 or words[1] != "painted":
        raise RuntimeError(f"startup child {which} failed: {out.stdout!r} {out.stderr[-2000:]!r}")
    found = {k: float(v) * 1000 for k, v in (w.split("=") for w in words[2:])}
    READY.setdefault(which, []).append(found.pop("ready") / 1000)
    phases.setdefault(which, []).append(found)
    return float(words[0])


def phase_text(runs: list[dict[str, float]]) -> str:
    """Median milliseconds of each phase over the warm runs."""
    return " ".join(f"{k} {median([r[k] for r in runs]):.0f}" for k in runs[0])


def run(quick: bool) -> list[Result]:
    repeats = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        home = Path(tmp)
        env = child_env(home, installed_copy(home / "app"))
        data = home / "kiosk-data"
        phases: dict[str, list[dict[str, float]]] = {}
        kiosk, floor = interleave(
            lambda: start_once("kiosk", data, env, phases),
            lambda: start_once("floor", data, env, phases),
            repeats + 1,
        )
    cold_k, cold_f = kiosk[0], floor[0]
    warm_k, warm_f = median(kiosk[1:]), median(floor[1:])
    target = f"ratio <= {TARGET}"
    runs = ", ".join(f"{k:.3f}/{f:.3f}" for k, f in zip(kiosk, floor, strict=True))
    ready = READY["kiosk"][1:]
    return [
        Result(
            "startup.cold",
            "s",
            cold_k,
            cold_f,
            ratio(cold_k, cold_f),
            target,
            cold_k <= TARGET * cold_f,
            "first run of each (kiosk first, on a new data dir)",
        ),
        Result(
            "startup.warm",
            "s",
            warm_k,
            warm_f,
            ratio(warm_k, warm_f),
            target,
            warm_k <= TARGET * warm_f,
            f"median of {repeats} later runs; kiosk/floor per run: {runs}; phases (ms) "
            f"kiosk: {phase_text(phases['kiosk'][1:])}; "
            f"floor: {phase_text(phases['floor'][1:])}",
        ),
        Result(
            "startup.ready",
            "s",
            median(ready),
            warm_f,
            ratio(median(ready), warm_f),
            "(info)",
            None,
            "warm: until the kiosk is wired (store, catalog, sync engine) and every screen and "
            "keyboard page is built, behind the attract screen; a touch before then waits for "
            f"the part being built; runs: {', '.join(f'{x:.3f}' for x in ready)}",
        ),
    ]
