"""The journald handler speaks the native protocol: checked against a socket standing in for
journald's, by parsing the datagrams back."""

from __future__ import annotations

import logging
import socket
import struct

from kiosk.journal import JournalHandler, journal_available, priority


def parse(datagram: bytes) -> dict[str, str]:
    fields, rest = {}, datagram
    while rest:
        line, _, after = rest.partition(b"\n")
        if b"=" in line:
            key, _, value = line.partition(b"=")
            fields[key.decode()] = value.decode()
            rest = after
        else:
            (size,) = struct.unpack("<Q", after[:8])
            fields[line.decode()] = after[8 : 8 + size].decode()
            assert after[8 + size : 9 + size] == b"\n"
            rest = after[9 + size :]
    return fields


def test_records_reach_the_journal_socket(tmp_path):
    path = tmp_path / "journal.sock"
    sink = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sink.bind(str(path))
    assert journal_available(path) and not journal_available(tmp_path / "none")
    handler = JournalHandler(path)
    log = logging.getLogger("test.journal")
    log.addHandler(handler)
    log.propagate = False
    try:
        log.warning("queue is %d deep", 3)
        try:
            raise ValueError("boom")
        except ValueError:
            log.exception("sync pass failed")
        first, second = parse(sink.recv(65536)), parse(sink.recv(65536))
    finally:
        log.removeHandler(handler)
        log.propagate = True
        handler.close()
        sink.close()
    assert first["MESSAGE"] == "test.journal: queue is 3 deep"
    assert first["PRIORITY"] == "4" and first["SYSLOG_IDENTIFIER"] == "akimat-kiosk"
    assert first["LOGGER"] == "test.journal" and first["CODE_FUNC"]
    assert second["PRIORITY"] == "3"
    assert "Traceback" in second["MESSAGE"] and "ValueError: boom" in second["MESSAGE"]


def test_no_journal_drops_quietly(tmp_path):
    handler = JournalHandler(tmp_path / "gone.sock")
    handler.emit(logging.LogRecord("x", logging.INFO, __file__, 1, "hello", None, None))
    assert handler.dropped == 1
    handler.close()


def test_priorities():
    assert [priority(level) for level in (50, 40, 30, 20, 10)] == [2, 3, 4, 6, 7]
