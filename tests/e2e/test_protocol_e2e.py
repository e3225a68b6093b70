"""The kiosk against the real reference hub over loopback HTTP: provision, catalog with
ETag/304, submit, status, feedback, heartbeat, driven through the technicians' commands."""

from __future__ import annotations

import json

import pytest

from cli.kiosk_main import main as kiosk
from cli.wiring import open_kiosk
from kiosk.sealing import open_sealed
from tests.e2e.conftest import ANSWERS

pytestmark = pytest.mark.e2e


def test_provision_sync_submit_status_feedback_heartbeat(hub, tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "kiosk")]
    code = hub.add_kiosk("hall-1")
    assert (
        kiosk(["provision", "--hub", hub.base_url, "--code", code, "--label", "hall-1", *data]) == 0
    )
    assert "provisioned" in capsys.readouterr().out
    # the code is single-use
    assert kiosk(["provision", "--hub", hub.base_url, "--code", code, *data]) == 1
    assert "410" in capsys.readouterr().err

    assert kiosk(["sync", "--once", *data]) == 0
    out = capsys.readouterr().out
    assert "catalog: updated" in out and "heartbeat: sent" in out

    k = open_kiosk(tmp_path / "kiosk", None)
    catalog = k.catalog()
    assert catalog.version == "test-1" and catalog.encryption_key.kid == hub.kid
    receipt = k.submitter().submit(catalog, catalog.service("test-application"), ANSWERS, "kk")
    k.submitter().feedback("test-application", 5, reference=receipt.reference)

    assert kiosk(["queue", "--json", *data]) == 0
    queued = json.loads(capsys.readouterr().out)
    assert queued["counts"]["queued"] == 2
    assert "900101300007" not in json.dumps(queued) and "Тестов" not in json.dumps(queued)

    assert kiosk(["sync", "--once", *data]) == 0
    out = capsys.readouterr().out
    assert "catalog: unchanged" in out  # If-None-Match -> 304
    assert "delivered: 2" in out

    [stored] = hub.submissions()
    assert stored["reference"] == receipt.reference
    assert stored["answers"]["iin"] == "900101300007"
    assert stored["answers"]["phone"] == "+77011234567"
    [rating] = hub.feedback()
    assert rating["rating"] == 5

    client = k.client()
    status = client.get_status(receipt.reference)
    assert status["status"] == "received" and "answers" not in status
    hub.set_status(
        receipt.reference,
        "in_progress",
        {"kk": "Қаралуда", "ru": "На рассмотрении", "en": "Being reviewed"},
    )
    status = client.get_status(receipt.reference.lower().replace("-", ""))
    assert status["status"] == "in_progress" and status["message"]["ru"] == "На рассмотрении"
    assert client.get_status("0000-0000-0000") is None

    [kiosk_row] = hub.kiosks()
    assert kiosk_row.label == "hall-1"
    beat = (
        kiosk_row.last_heartbeat
        if isinstance(kiosk_row.last_heartbeat, dict)
        else json.loads(kiosk_row.last_heartbeat)
    )
    assert beat["catalog_version"] == "test-1" and beat["queue"]["pending"] in (0, 2)


def test_the_sealed_box_only_opens_at_the_hub(hub, tmp_path):
    k = open_kiosk(tmp_path / "kiosk", None)
    kiosk(
        [
            "provision",
            "--hub",
            hub.base_url,
            "--code",
            hub.add_kiosk(),
            "--data-dir",
            str(tmp_path / "kiosk"),
        ]
    )
    kiosk(["sync", "--once", "--data-dir", str(tmp_path / "kiosk")])
    catalog = k.catalog()
    receipt = k.submitter().submit(catalog, catalog.service("test-application"), ANSWERS, "en")
    body = k.store.outbox.body(receipt.id)
    assert (
        open_sealed(body["sealed"], private_key=hub.private_key, submission_id=receipt.id)[
            "full_name"
        ]
        == "Асқар Тестов"
    )


def test_a_bad_token_is_a_transient_failure_and_nothing_is_lost(hub, tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "kiosk")]
    kiosk(["provision", "--hub", hub.base_url, "--code", hub.add_kiosk(), *data])
    kiosk(["sync", "--once", *data])
    k = open_kiosk(tmp_path / "kiosk", None)
    catalog = k.catalog()
    k.submitter().submit(catalog, catalog.service("test-application"), ANSWERS, "ru")
    hub.revoke(k.identity().kiosk_id)
    capsys.readouterr()
    assert kiosk(["sync", "--once", *data]) == 1
    assert "401" in capsys.readouterr().out
    assert k.store.outbox.counts()["queued"] == 1


def test_plain_http_to_a_non_loopback_hub_is_refused(tmp_path, capsys):
    assert (
        kiosk(
            [
                "provision",
                "--hub",
                "http://10.0.0.5/api/v1",
                "--code",
                "X",
                "--data-dir",
                str(tmp_path / "k"),
            ]
        )
        == 2
    )
    assert "https" in capsys.readouterr().err
