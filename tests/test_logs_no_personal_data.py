"""No personal data in the kiosk's logs: a visitor-like run through the offline pipeline (submit,
sync to the real hub on loopback, status look-up, a submission the hub rejects, the hub away)
with logging at DEBUG into the real rotating file and a stand-in journal socket; then every log
byte is searched for the visitor's IIN, name and phone.

The lead extends this with the full UI flow; the checks at the end stay the same.
"""

from __future__ import annotations

import copy
import logging
import socket
from pathlib import Path

import pytest

import kiosk.journal
from cli.kiosk_main import main
from cli.wiring import open_kiosk, setup_logging
from kiosk.catalog import parse_catalog
from kiosk.paths import DataDir
from kiosk.phone import format_phone
from tests.support.hub_server import start_hub

MINI = Path(__file__).resolve().parent / "support" / "mini-catalog.json"
IIN = "000229600014"
NAME = "Жанар Құпиясова"
PHONE = "+77071234567"
ANSWERS = {
    "full_name": NAME,
    "iin": IIN,
    "phone": PHONE,
    "child_birth_date": "2020-05-01",
    "note": f"{NAME}, {PHONE}",
}


def needles() -> list[bytes]:
    texts = {
        IIN,
        NAME,
        *NAME.split(),
        PHONE,
        PHONE[1:],
        PHONE[2:],
        format_phone(PHONE),
        NAME.upper(),
        NAME.lower(),
    }
    return sorted(t.encode("utf-8") for t in texts)


@pytest.fixture
def kiosk_logging(tmp_path, monkeypatch):
    """The kiosk's own logging set up afresh in this test's data directory, at DEBUG, with a
    journal socket standing in for journald's."""
    journal_path = tmp_path / "journal.sock"
    journal = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    journal.bind(str(journal_path))
    journal.setblocking(False)
    monkeypatch.setattr(kiosk.journal, "SOCKET", journal_path)

    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    urllib3 = logging.getLogger("urllib3")
    saved_urllib3 = urllib3.level
    for handler in saved_handlers:
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
    data = DataDir(tmp_path / "kiosk").create()
    setup_logging(data)
    root.setLevel(logging.DEBUG)
    urllib3.setLevel(logging.DEBUG)
    yield data, journal
    for handler in root.handlers[:]:
        if handler not in saved_handlers:
            root.removeHandler(handler)
            handler.close()
    for handler in saved_handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(saved_level)
    urllib3.setLevel(saved_urllib3)
    journal.close()


def run_visitor_pipeline(tmp_path: Path, data: DataDir) -> None:
    hub = start_hub(tmp_path / "hub", MINI)
    try:
        config = tmp_path / "kiosk.toml"
        config.write_text('contact_line = "1414"\n', encoding="utf-8")
        common = ["--data-dir", str(data.root), "--config", str(config)]
        assert main(["provision", *common, "--hub", hub.base_url, "--code", hub.add_kiosk()]) == 0
        k = open_kiosk(data.root, config)
        engine = k.sync_engine()
        assert engine.run_once().catalog == "updated"
        catalog = k.catalog()
        service = catalog.service("test-application")
        submitter = k.submitter()

        # A submission, delivered; its status looked up.
        receipt = submitter.submit(catalog, service, dict(ANSWERS), "kk")
        assert engine.run_once().delivered == 1
        assert hub.submissions()[0]["answers"]["iin"] == IIN  # the real data went through
        hub.set_status(receipt.reference, "in_progress", "Құжаттарыңыз тексерілуде")
        assert k.client().get_status(receipt.reference)["status"] == "in_progress"
        assert k.client().get_status("0000-0000-0000") is None

        # A submission the hub rejects: the kiosk's catalog was more lenient than the hub's.
        doc = copy.deepcopy(catalog.raw)
        birth = doc["services"][0]["form"]["steps"][1]["fields"][0]
        birth["min"] = "2000-01-01"
        lenient = parse_catalog(doc)
        answers = dict(ANSWERS, child_birth_date="2010-03-04")
        submitter.submit(lenient, lenient.service("test-application"), answers, "ru")
        report = engine.run_once()
        assert report.rejected == 1
        rejected = k.store.outbox.rows("rejected")[0]
        assert rejected.last_error["status"] == 422

        # The hub away: the submission waits, the look-up fails.
        hub.stop()
        submitter.submit(catalog, service, dict(ANSWERS), "en")
        assert engine.run_once().retried == 1
        with pytest.raises(Exception):  # any transport failure will do
            k.client().get_status(receipt.reference)
        engine.store.close()
        k.store.close()
    finally:
        hub.stop()


def drain(journal: socket.socket) -> list[bytes]:
    datagrams = []
    while True:
        try:
            datagrams.append(journal.recv(1 << 20))
        except BlockingIOError:
            return datagrams


def test_logs_carry_no_personal_data(tmp_path, kiosk_logging):
    data, journal = kiosk_logging
    run_visitor_pipeline(tmp_path, data)
    for handler in logging.getLogger().handlers:
        handler.flush()

    files = sorted(p for p in data.logs.rglob("*") if p.is_file())
    assert files, "no log file was written"
    logged = b"".join(p.read_bytes() for p in files)
    assert b"starting" in logged
    assert b"POST /api/v1/submissions" in logged  # DEBUG records did reach the file

    datagrams = drain(journal)
    assert any(b"SYSLOG_IDENTIFIER=akimat-kiosk" in d for d in datagrams)
    journaled = b"".join(datagrams)

    for needle in needles():
        for where, blob in (("log files", logged), ("journal", journaled)):
            assert needle not in blob, f"{needle.decode()!r} found in the {where}"


def test_the_search_finds_a_leak(kiosk_logging):
    """The checks above would see personal data, had any been logged."""
    data, journal = kiosk_logging
    logging.getLogger("ui.screens.review").debug("leak: %s %s", NAME, format_phone(PHONE))
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = b"".join(p.read_bytes() for p in data.logs.rglob("*") if p.is_file())
    journaled = b"".join(drain(journal))
    assert NAME.split()[1].encode() in logged and NAME.split()[1].encode() in journaled
    assert format_phone(PHONE).encode() in logged
