"""bundle: the size of the one-folder build dist/akimat-kiosk/ (PyInstaller), if it has been
built (by scripts/dist); the bench never builds it. Target <= 150 MB."""

from __future__ import annotations

import os
from pathlib import Path

from bench.report import Result

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "akimat-kiosk"
TARGET_MB = 150.0


def size_bytes(folder: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def run(quick: bool) -> list[Result]:
    if not BUNDLE.is_dir():
        return [
            Result(
                "bundle",
                "MB",
                None,
                None,
                None,
                f"<= {TARGET_MB:g} MB",
                None,
                f"not built ({BUNDLE.relative_to(ROOT)} is absent; build it with "
                "scripts/dist, then run `python -m bench --only bundle`)",
            )
        ]
    mb = size_bytes(BUNDLE) / 1e6
    return [
        Result(
            "bundle",
            "MB",
            mb,
            TARGET_MB,
            mb / TARGET_MB,
            f"<= {TARGET_MB:g} MB",
            mb <= TARGET_MB,
            f"{BUNDLE.relative_to(ROOT)} (apparent size, no symlinks)",
        )
    ]
