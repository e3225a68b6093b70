from __future__ import annotations

import json
from datetime import timedelta

from hub.cli import main
from kiosk.clock import parse_rfc3339
from tests.hub.helpers import assert_problem, make_heartbeat


def test_a_heartbeat_is_kept_and_answered_with_the_hub_time(hub, kiosk, client):
    response = client.post(hub.base_url + "/heartbeat", json=make_heartbeat())

    assert response.status_code == 200
    hub_time = parse_rfc3339(response.json()["hub_time"])
    assert hub_time.utcoffset() == timedelta(hours=5)
    [stored] = hub.kiosks()
    assert stored.id == kiosk[0]
    assert stored.last_heartbeat["queue"]["pending"] == 3
    assert stored.last_heartbeat_at is not None


def test_only_the_latest_heartbeat_is_kept(hub, client):
    client.post(hub.base_url + "/heartbeat", json=make_heartbeat())
    client.post(
        hub.base_url + "/heartbeat",
        json=make_heartbeat(queue={"pending": 0, "rejected": 0}, catalog_version="v2"),
    )
    [stored] = hub.kiosks()
    assert stored.last_heartbeat["queue"]["pending"] == 0
    assert stored.last_heartbeat["catalog_version"] == "v2"


def test_a_heartbeat_shows_in_kiosk_hub_kiosks(hub, kiosk, client, capsys):
    client.post(hub.base_url + "/heartbeat", json=make_heartbeat(kiosk_version="1.2.3"))

    assert main(["kiosks", "--data", str(hub.data_dir), "--json"]) == 0

    [row] = json.loads(capsys.readouterr().out)
    assert row["id"] == kiosk[0] and row["label"] == "hall"
    assert row["queue_pending"] == 3 and row["kiosk_version"] == "1.2.3"
    assert row["catalog_version"] == "test-2026-11-23.1"
    assert row["last_heartbeat_at"]

    assert main(["kiosks", "--data", str(hub.data_dir)]) == 0
    text = capsys.readouterr().out
    assert kiosk[0] in text and "3 pending" in text and "1.2.3" in text


def test_a_malformed_heartbeat(hub, client):
    for body in [
        make_heartbeat(queue={"pending": -1, "rejected": 0}),
        make_heartbeat(disk_free_bytes="lots"),
        make_heartbeat(sent_at="now"),
        {"kiosk_version": "0.1.0"},
    ]:
        assert_problem(client.post(hub.base_url + "/heartbeat", json=body), 400, "malformed")
