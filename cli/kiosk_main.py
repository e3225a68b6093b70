"""The `kiosk` command: the composition root. It reads configuration, opens the store and wires
the sync engine and the UI together; every other package is imported from here, never the
other way round."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import ConfigError

if TYPE_CHECKING:
    from cli.wiring import Kiosk
    from kiosk.config import Config


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="the kiosk's data directory (default: the platform's data dir)",
    )
    common.add_argument("--config", type=Path, default=None, help="the TOML configuration file")
    parser = argparse.ArgumentParser(
        prog="kiosk", parents=[common], description="Self-service kiosk for akimats"
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", parents=[common], help="start the kiosk full screen")
    demo = sub.add_parser(
        "demo",
        parents=[common],
        help="start a local hub with the demo catalog and the kiosk in a window",
    )
    demo.add_argument("--port", type=int, default=0)
    test = sub.add_parser("self-test", parents=[common], help="render every screen offscreen")
    test.add_argument("--screenshots", type=Path, default=None)
    prov = sub.add_parser("provision", parents=[common], help="register with the office's hub")
    prov.add_argument("--hub", required=True, help="the hub's base URL, e.g. https://hub/api/v1")
    prov.add_argument("--code", required=True, help="the one-time code from `kiosk-hub add-kiosk`")
    prov.add_argument("--label", default=None)
    sync = sub.add_parser("sync", parents=[common], help="one sync pass, printing what happened")
    sync.add_argument("--once", action="store_true", required=True)
    q = sub.add_parser("queue", parents=[common], help="the outbox: counts and rows by state")
    q.add_argument("--json", action="store_true")
    q.add_argument("--state", choices=["queued", "sending", "delivered", "rejected"])
    q.add_argument("--limit", type=int, default=50)
    pin = sub.add_parser(
        "set-pin",
        parents=[common],
        help="set the technician PIN (4-12 digits) that opens technician mode",
    )
    pin.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from standard input (one line) instead of asking twice",
    )
    doc = sub.add_parser(
        "doctor",
        parents=[common],
        help="check the setup (config, disk, database, hub, printer, fonts, Qt)",
    )
    doc.add_argument("--json", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    try:
        if command == "run":  # the attract screen first; the slow parts load behind it
            from cli.app import run_app
            from cli.settings import read_config

            config = read_config(args.config)
            return run_app(lambda: _open(args, config), config)
        return _command(command, args)
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2


def _open(args: argparse.Namespace, config: Config) -> Kiosk:
    from cli.wiring import open_kiosk

    return open_kiosk(args.data_dir, args.config, config=config)


def _command(command: str, args: argparse.Namespace) -> int:
    from cli.wiring import NotProvisioned, open_kiosk, unwritable_message
    from offline_cache.db import StoreUnavailable

    try:
        if command == "demo":
            from cli.demo import run_demo

            return run_demo(args)
        if command == "doctor":  # before open_kiosk: it reports a bad config, never stops on it
            from cli.doctor import doctor

            return doctor(args)
        kiosk = open_kiosk(args.data_dir, args.config)
        if command == "provision":
            from cli.technician import provision

            return provision(kiosk, args)
        if command == "sync":
            from cli.technician import sync_once

            return sync_once(kiosk)
        if command == "queue":
            from cli.technician import queue

            return queue(kiosk, args)
        if command == "set-pin":
            from cli.pin_cmd import set_pin

            return set_pin(kiosk, args)
        from cli.app import self_test

        return self_test(kiosk, args.screenshots)
    except NotProvisioned as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except StoreUnavailable as exc:
        print(unwritable_message(exc), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
