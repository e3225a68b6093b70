from __future__ import annotations

from datetime import timedelta

import requests

from hub.store import normalize_code
from kiosk.clock import parse_rfc3339
from tests.hub.helpers import assert_problem, make_heartbeat, session_for


def _provision(hub, code, **extra):
    body = {"code": code, "kiosk_version": "0.1.0", **extra}
    return requests.post(hub.base_url + "/provision", json=body, timeout=10)


def test_a_code_buys_a_token_that_then_works(hub):
    code = hub.add_kiosk("hall")
    assert len(code) == 9 and code[4] == "-"

    response = _provision(hub, code)

    assert response.status_code == 201
    body = response.json()
    assert body["kiosk_id"] and len(body["token"]) >= 40
    assert parse_rfc3339(body["hub_time"]).utcoffset() == timedelta(hours=5)
    beat = session_for(body["token"]).post(hub.base_url + "/heartbeat", json=make_heartbeat())
    assert beat.status_code == 200
    [kiosk] = hub.kiosks()
    assert kiosk.id == body["kiosk_id"] and kiosk.label == "hall"


def test_the_code_is_typed_loosely(hub):
    code = hub.add_kiosk()
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert _provision(hub, typed).status_code == 201


def test_the_kiosk_label_is_used_when_the_operator_gave_none(hub):
    code = hub.add_kiosk()
    assert _provision(hub, code, label="Room 12").status_code == 201
    assert hub.kiosks()[0].label == "Room 12"


def test_a_used_code_is_gone(hub):
    code = hub.add_kiosk()
    assert _provision(hub, code).status_code == 201
    assert_problem(_provision(hub, code), 410, "code-used")


def test_an_expired_code_is_gone(hub):
    code = hub.store.create_code(
        label=None, now=hub.clock.now() - timedelta(hours=25), ttl=timedelta(hours=24)
    )
    assert_problem(_provision(hub, code), 410, "code-expired")


def test_an_unknown_code(hub):
    hub.add_kiosk()
    assert_problem(_provision(hub, "ABCD-EFGH"), 404, "unknown-code")


def test_a_malformed_code(hub):
    for code in ["", "ABC", "ABCD-EFGH-J", "ABCD-EFG!", "ÄBCD-EFGH"]:
        doc = assert_problem(_provision(hub, code), 400, "malformed")
        assert doc["errors"][0]["field"] == "code"
    assert_problem(_provision(hub, 12345678), 400, "malformed")


def test_a_missing_kiosk_version_is_malformed(hub):
    response = requests.post(
        hub.base_url + "/provision", json={"code": hub.add_kiosk()}, timeout=10
    )
    doc = assert_problem(response, 400, "malformed")
    assert {"field": "kiosk_version", "code": "required"}.items() <= doc["errors"][0].items()


def test_not_json_is_malformed(hub):
    response = requests.post(
        hub.base_url + "/provision",
        data=b"{not json",
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert_problem(response, 400, "malformed")


def test_codes_and_tokens_are_stored_only_as_hashes(hub):
    code = hub.add_kiosk()
    token = _provision(hub, code).json()["token"]
    hub.stop()  # flush the WAL into the database file
    files = [p for p in hub.data_dir.iterdir() if p.name.startswith("hub.sqlite3")]
    everything = b"".join(p.read_bytes() for p in files)
    assert files
    assert token.encode() not in everything
    assert normalize_code(code).encode() not in everything
    assert code.encode() not in everything


def test_two_kiosks_racing_for_one_code_get_one_token(hub):
    from concurrent.futures import ThreadPoolExecutor

    code = hub.add_kiosk()
    with ThreadPoolExecutor(8) as pool:
        statuses = sorted(pool.map(lambda _: _provision(hub, code).status_code, range(8)))
    assert statuses == [201] + [410] * 7
    assert len(hub.kiosks()) == 1
