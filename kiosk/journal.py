"""Logging to systemd's journal where there is one, in the journal's native protocol (one
datagram per record to /run/systemd/journal/socket), with no dependency.

The socket is non-blocking: when the journal is busy a record is dropped (and counted) rather
than freezing the kiosk's screen. Records larger than a datagram may carry are cut.
"""

from __future__ import annotations

import logging
import socket
import struct
import threading
from pathlib import Path

SOCKET = Path("/run/systemd/journal/socket")
IDENTIFIER = "akimat-kiosk"
MAX_MESSAGE_BYTES = 48 * 1024

_PRIORITIES = ((logging.CRITICAL, 2), (logging.ERROR, 3), (logging.WARNING, 4), (logging.INFO, 6))


def journal_available(path: Path | None = None) -> bool:
    return (path or SOCKET).is_socket()


def priority(levelno: int) -> int:
    """The syslog priority of a logging level (journald's PRIORITY field)."""
    for level, value in _PRIORITIES:
        if levelno >= level:
            return value
    return 7


def encode(fields: dict[str, str]) -> bytes:
    """Fields in the native protocol: KEY=value lines, or a length-prefixed value when the
    value spans lines."""
    out = bytearray()
    for key, value in fields.items():
        data = value.encode("utf-8", "replace")
        if b"\n" in data:
            out += key.encode() + b"\n" + struct.pack("<Q", len(data)) + data + b"\n"
        else:
            out += key.encode() + b"=" + data + b"\n"
    return bytes(out)


class JournalHandler(logging.Handler):
    def __init__(self, path: Path | None = None, identifier: str = IDENTIFIER) -> None:
        super().__init__()
        self.path = str(path or SOCKET)
        self.identifier = identifier
        self.dropped = 0
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.setblocking(False)
        self._send_lock = threading.Lock()
        self.setFormatter(logging.Formatter("%(name)s: %(message)s"))

    def fields(self, record: logging.LogRecord) -> dict[str, str]:
        message = self.format(record)
        raw = message.encode("utf-8", "replace")
        if len(raw) > MAX_MESSAGE_BYTES:
            message = raw[:MAX_MESSAGE_BYTES].decode("utf-8", "ignore") + " [cut]"
        fields = {
            "MESSAGE": message,
            "PRIORITY": str(priority(record.levelno)),
            "SYSLOG_IDENTIFIER": self.identifier,
            "LOGGER": record.name,
            "CODE_FILE": record.pathname,
            "CODE_LINE": str(record.lineno),
            "CODE_FUNC": record.funcName,
            "THREAD_NAME": record.threadName,
        }
        return {key: str(value) for key, value in fields.items() if value}

    def emit(self, record: logging.LogRecord) -> None:
        try:
            payload = encode(self.fields(record))
            with self._send_lock:
                self._sock.sendto(payload, self.path)
        except (BlockingIOError, ConnectionRefusedError, FileNotFoundError):
            self.dropped += 1  # journald busy or restarting: never hold the kiosk up
        except Exception:
            self.handleError(record)

    def close(self) -> None:
        try:
            self._sock.close()
        finally:
            super().close()
