"""`kiosk demo`: a local reference hub on loopback with the demo catalog, a kiosk provisioned
against it, and the kiosk in a window. Stop the hub (its PID is printed) and start it again to
watch submissions queue up and then sync."""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from cli.app import run_app
from cli.wiring import Kiosk, open_kiosk
from kiosk.paths import default_data_dir

DEFAULT_PORT = 8765


def run_demo(args: argparse.Namespace) -> int:
    root = args.data_dir or default_data_dir().with_name("akimat-kiosk-demo")
    hub_dir, kiosk_dir = root / "hub", root / "kiosk"
    port = args.port or DEFAULT_PORT
    hub_cmd = [sys.executable, "-m", "hub", "serve", "--data", str(hub_dir), "--port", str(port)]
    hub = subprocess.Popen(hub_cmd, stdout=subprocess.PIPE, text=True)
    base_url = (hub.stdout.readline() if hub.stdout else "").strip()
    if not base_url.startswith("http"):
        hub.kill()
        print(
            f"error: the demo hub did not start (is port {port} free? try --port N)",
            file=sys.stderr,
        )
        return 1
    try:
        kiosk = open_kiosk(kiosk_dir, args.config)
        kiosk = replace(
            kiosk,
            config=replace(
                kiosk.config, full_screen=False, sync_interval_s=5.0, heartbeat_interval_s=60.0
            ),
        )
        identity = kiosk.identity()
        if identity is None or identity.hub_url != base_url:
            _provision(kiosk, hub_dir, base_url)
        _explain(hub.pid, hub_cmd, base_url, root)
        return run_app(lambda: kiosk, kiosk.config, full_screen=False)
    finally:
        hub.terminate()
        hub.wait(10)


def _provision(kiosk: Kiosk, hub_dir: Path, base_url: str) -> None:
    made = subprocess.run(
        [sys.executable, "-m", "hub", "add-kiosk", "--data", str(hub_dir), "--label", "demo kiosk"],
        capture_output=True,
        text=True,
        check=True,
    )
    code = made.stdout.split()[0]
    kiosk.provision(base_url, code, "demo kiosk")


def _explain(pid: int, hub_cmd: list[str], base_url: str, root: Path) -> None:
    print(f"demo hub: {base_url} (pid {pid}); data in {root}")
    print(f"  to take the hub away:   kill {pid}")
    print(f"  to bring it back:       {' '.join(hub_cmd)}")
    print(f"  submissions at the hub: {sys.executable} -m hub submissions --data {root / 'hub'}")
    sys.stdout.flush()
