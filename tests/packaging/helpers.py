"""Helpers for the packaging tests: a bound AF_UNIX datagram socket standing in for systemd."""

from __future__ import annotations

import socket
import struct
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class NotifySocket:
    """What systemd listens on for sd_notify: the datagrams sent to it, and like systemd the
    sender's PID (SO_PASSCRED), which NotifyAccess=main compares with the service's main PID."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        self.sock.bind(str(path))
        self.senders: set[int] = set()

    def receive(self, timeout: float) -> str | None:
        self.sock.settimeout(timeout)
        try:
            data, ancillary, _, _ = self.sock.recvmsg(4096, socket.CMSG_SPACE(12))
        except TimeoutError:
            return None
        for level, kind, cred in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                self.senders.add(struct.unpack("iII", cred[:12])[0])
        return data.decode()

    def wait_for(self, message: str, timeout: float) -> list[str]:
        """Every datagram until `message` arrives (AssertionError after `timeout` s)."""
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            got = self.receive(left)
            if got is not None:
                seen.append(got)
                if message in got.splitlines():
                    return seen
        raise AssertionError(f"no {message!r} within {timeout} s; got {seen}")


def watchdog_wired() -> bool:
    """Whether the app pings systemd yet (cli/app.py sends READY=1 through kiosk.watchdog)."""
    source = (ROOT / "cli" / "app.py").read_text(encoding="utf-8")
    return "kiosk.watchdog" in source or "kiosk import watchdog" in source
