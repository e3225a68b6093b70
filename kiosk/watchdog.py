"""systemd's notify protocol (sd_notify), Qt-free and with no dependency.

Under `Type=notify` + `WatchdogSec=` (packaging/akimat-kiosk.service) systemd passes
`NOTIFY_SOCKET` and `WATCHDOG_USEC`; the app says `READY=1` once its window is up, then
`WATCHDOG=1` at half the interval from the UI thread, so a hung UI gets restarted:

    notify("READY=1")
    every = watchdog_interval_s()   # None: no watchdog asked for
    ... a timer every `every / 2` seconds: notify("WATCHDOG=1")

Outside systemd (no `NOTIFY_SOCKET`) every call does nothing and returns False.
"""

from __future__ import annotations

import os
import socket


def _address(value: str | None) -> str | None:
    if not value:
        return None
    if value.startswith("@"):  # Linux abstract namespace
        return "\0" + value[1:]
    return value if value.startswith("/") else None


def notify(message: str) -> bool:
    """Send `message` (e.g. "READY=1", "WATCHDOG=1", "STATUS=...") to systemd; True if sent."""
    address = _address(os.environ.get("NOTIFY_SOCKET"))
    if address is None:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(message.encode("utf-8"))
    except OSError:
        return False
    return True


def watchdog_interval_s() -> float | None:
    """The watchdog timeout systemd asked this process for, in seconds; None if none."""
    pid = os.environ.get("WATCHDOG_PID")
    if pid and pid != str(os.getpid()):
        return None
    try:
        usec = int(os.environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    return usec / 1_000_000 if usec > 0 else None
