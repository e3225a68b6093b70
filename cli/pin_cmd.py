"""`kiosk set-pin`: set the technician PIN (4-12 digits) that opens technician mode.

It asks twice without echo; `--pin-stdin` reads one line from standard input instead (scripts,
tests). The PIN is kept only as an Argon2id hash in the kiosk's database; a new PIN also clears
any lockout of the technician pad.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys

from cli.wiring import Kiosk
from kiosk.pin import pin_problem
from kiosk.pin import set_pin as store_pin

log = logging.getLogger(__name__)


def _read_pin(args: argparse.Namespace) -> str | None:
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    first = getpass.getpass("New technician PIN (4-12 digits): ").strip()
    problem = pin_problem(first)
    if problem:
        return first  # reported by the caller, without asking twice
    second = getpass.getpass("The same PIN again: ").strip()
    return first if first == second else None


def set_pin(kiosk: Kiosk, args: argparse.Namespace) -> int:
    try:
        pin = _read_pin(args)
    except (EOFError, KeyboardInterrupt):
        print("\nerror: no PIN given; nothing changed", file=sys.stderr)
        return 1
    if pin is None:
        print("error: the two PINs do not match; nothing changed", file=sys.stderr)
        return 1
    problem = pin_problem(pin)
    if problem:
        print(f"error: {problem}; nothing changed", file=sys.stderr)
        return 2
    store_pin(kiosk.store, pin)
    log.info("technician PIN changed")
    print(
        "technician PIN set: tap the top-left corner of the screen 5 times to open technician mode"
    )
    return 0
