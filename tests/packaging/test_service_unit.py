"""The systemd unit: a kiosk that always comes back, as the kiosk user, watched by systemd."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT

UNIT = ROOT / "packaging" / "akimat-kiosk.service"


def read_unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """systemd's INI: sections of keys that may repeat (an empty value resets the list)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        key, sep, value = line.partition("=")
        assert sep, f"not key=value: {raw!r}"
        values = current.setdefault(key.strip(), [])
        if value.strip():
            values.append(value.strip())
        else:
            values.clear()
    return sections


@pytest.fixture(scope="module")
def unit():
    return read_unit(UNIT)


def one(unit, section, key):
    values = unit[section][key]
    assert len(values) == 1, (section, key, values)
    return values[0]


def test_runs_as_the_kiosk_user_and_always_restarts(unit):
    assert one(unit, "Service", "User") == "kiosk"
    assert one(unit, "Service", "Group") == "kiosk"
    assert one(unit, "Service", "Restart") == "always"
    assert float(one(unit, "Service", "RestartSec")) <= 5
    assert one(unit, "Unit", "StartLimitIntervalSec") == "0"  # never gives up
    assert one(unit, "Install", "WantedBy") == "graphical.target"


def test_watchdog_and_readiness_come_from_the_app_itself(unit):
    assert one(unit, "Service", "Type") == "notify"
    assert one(unit, "Service", "NotifyAccess") == "main"
    assert 10 <= int(one(unit, "Service", "WatchdogSec")) <= 120


def test_starts_the_bundled_app_with_config_and_data_outside_opt(unit):
    argv = shlex.split(one(unit, "Service", "ExecStart"))
    assert argv[:2] == ["/opt/akimat-kiosk/akimat-kiosk", "run"]  # the main process itself
    config = argv[argv.index("--config") + 1]
    data = argv[argv.index("--data-dir") + 1]
    assert config == "/etc/akimat-kiosk/kiosk.toml"
    assert data == "/var/lib/akimat-kiosk"
    assert one(unit, "Service", "StateDirectory") == "akimat-kiosk"
    assert one(unit, "Service", "StateDirectoryMode") == "0700"


def test_draws_on_the_kiosk_users_x_display(unit):
    env = dict(
        item.split("=", 1) for line in unit["Service"]["Environment"] for item in shlex.split(line)
    )
    assert env["DISPLAY"] == ":0"
    assert "PrivateTmp" not in unit["Service"]  # would hide /tmp/.X11-unix


def test_systemd_analyze_verify_finds_nothing(tmp_path):
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    app = tmp_path / "akimat-kiosk"
    app.write_text("#!/bin/sh\n")
    app.chmod(0o755)
    copy = tmp_path / "akimat-kiosk.service"  # the same unit, its app at a path that exists
    copy.write_text(UNIT.read_text().replace("/opt/akimat-kiosk/akimat-kiosk", str(app)))
    done = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60
    )
    # verify exits 0 on unknown keys and bad values too: it only warns, so read what it says
    complaints = [line for line in done.stderr.splitlines() if "akimat-kiosk" in line]
    assert done.returncode == 0 and not complaints, done.stderr
