"""startup: process start to the first painted frame of the attract screen (demo catalog),
against a bare PySide6 window started and timed the same way (the floor). startup.ready (info)
is the time until the kiosk is wired and every screen is built (it loads behind the attract
screen, which needs only the configuration).

"cold" is the median, over several fresh installs (a new compiled copy of the code, a new data
dir), of each one's first start after the install (the OS page cache cannot be dropped
reliably here, so it is only "first run"); kiosk and floor go first in turn. "warm" is the
median of later runs of the last install, alternating in ABBA order.
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
    installs = 3 if quick else 5
    phases: dict[str, list[dict[str, float]]] = {}
    READY.clear()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        home = Path(tmp)
        # cold: the first start of each after a fresh install (new code copy, new data dir),
        # several installs, kiosk and floor first in turn
        colds: list[tuple[float, float]] = []
        for i in range(installs):
            env = child_env(home, installed_copy(home / f"app{i}"))
            data = home / f"kiosk-data{i}"
            if i % 2 == 0:
                k = start_once("kiosk", data, env, phases)
                f = start_once("floor", data, env, phases)
            else:
                f = start_once("floor", data, env, phases)
                k = start_once("kiosk", data, env, phases)
            colds.append((k, f))
        phases.clear()
        READY.clear()
        kiosk, floor = interleave(
            lambda: start_once("kiosk", data, env, phases),
            lambda: start_once("floor", data, env, phases),
            repeats,
        )
    cold_k, cold_f = median([k for k, _ in colds]), median([f for _, f in colds])
    warm_k, warm_f = median(kiosk), median(floor)
    target = f"ratio <= {TARGET}"
    runs = ", ".join(f"{k:.3f}/{f:.3f}" for k, f in zip(kiosk, floor, strict=True))
    cold_runs = ", ".join(f"{k:.3f}/{f:.3f}" for k, f in colds)
    ready = READY["kiosk"]
    return [
        Result(
            "startup.cold",
            "s",
            cold_k,
            cold_f,
            ratio(cold_k, cold_f),
            target,
            cold_k <= TARGET * cold_f,
            f"median of the first runs after {installs} fresh installs (a new copy of the code "
            f"and a new data dir each; kiosk and floor first in turn); kiosk/floor: {cold_runs}",
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
            f"kiosk: {phase_text(phases['kiosk'])}; "
            f"floor: {phase_text(phases['floor'])}",
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
