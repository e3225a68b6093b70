from __future__ import annotations

import copy
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from kiosk.clock import parse_rfc3339
from kiosk.sealing import b64u_decode, b64u_encode, generate_keypair, seal_answers
from tests.hub.helpers import (
    BAD_CHECKSUM_IIN,
    assert_problem,
    db_rows,
    make_submission,
    post,
    session_for,
    valid_answers,
)


@pytest.fixture
def url(hub):
    return hub.base_url + "/submissions"


def test_a_submission_is_stored_and_its_retry_answered_the_same(hub, client, url):
    body = make_submission(hub)

    first = post(client, url, body)
    retry = post(client, url, body)

    assert first.status_code == 201
    answer = first.json()
    assert answer["id"] == body["id"] and answer["reference"] == body["reference"]
    assert answer["status"] == "received"
    assert parse_rfc3339(answer["received_at"]).utcoffset().total_seconds() == 5 * 3600
    assert retry.status_code == 200 and retry.json() == answer
    [stored] = hub.submissions()
    assert stored["answers"] == valid_answers()
    assert stored["kiosk_id"] and stored["service_id"] == "kindergarten-queue"


def test_a_retry_is_recognised_whatever_the_key_order(hub, client, url):
    body = make_submission(hub)
    assert post(client, url, body).status_code == 201
    shuffled = dict(reversed(list(body.items())))
    shuffled["id"] = body["id"].upper()
    assert post(client, url, shuffled, key=body["id"]).status_code == 200
    assert len(hub.submissions()) == 1


def test_only_the_answers_are_stored_sealed(hub, client, url):
    assert post(client, url, make_submission(hub)).status_code == 201
    hub.stop()
    everything = b"".join(p.read_bytes() for p in hub.data_dir.glob("hub.sqlite3*"))
    assert "Айгүл".encode() not in everything
    assert b"900101300126" not in everything


def test_same_id_other_content_is_an_id_conflict(hub, client, url):
    body = make_submission(hub)
    assert post(client, url, body).status_code == 201
    other = make_submission(hub, id=body["id"], reference=body["reference"], locale="ru")
    assert_problem(post(client, url, other), 409, "id-conflict")
    assert len(hub.submissions()) == 1


def test_a_taken_reference_is_a_reference_conflict(hub, client, url):
    first = make_submission(hub)
    assert post(client, url, first).status_code == 201
    second = make_submission(hub, reference=first["reference"].lower())
    assert_problem(post(client, url, second), 409, "reference-conflict")
    assert [s["id"] for s in hub.submissions()] == [first["id"]]


def test_unknown_service(hub, client, url):
    assert_problem(
        post(client, url, make_submission(hub, service_id="no-such")), 422, "unknown-service"
    )
    # an info service takes no submissions
    assert_problem(
        post(client, url, make_submission(hub, service_id="office-hours")), 422, "unknown-service"
    )


def test_unknown_form_version(hub, client, url):
    assert_problem(
        post(client, url, make_submission(hub, form_version="2")), 422, "unknown-form-version"
    )


def _tamper(ct: str) -> str:
    raw = bytearray(b64u_decode(ct))
    raw[-1] ^= 1
    return b64u_encode(bytes(raw))


def test_sealed_boxes_that_do_not_open(hub, client, url):
    body = make_submission(hub)
    other_public = generate_keypair()[1]
    broken = {
        "bad base64": {**body["sealed"], "ct": "***not base64***"},
        "too short": {**body["sealed"], "ct": "AAAA"},
        "tampered": {**body["sealed"], "ct": _tamper(body["sealed"]["ct"])},
        "wrong alg": {**body["sealed"], "alg": "RSA-OAEP"},
        "wrong kid": {**body["sealed"], "kid": "hub-1999-01-00000000"},
        "another key": seal_answers(
            valid_answers(), public_key=other_public, kid=hub.kid, submission_id=body["id"]
        ),
        "another submission's box": seal_answers(
            valid_answers(), public_key=hub.public_key, kid=hub.kid, submission_id=str(uuid.uuid4())
        ),
    }
    for sealed in broken.values():
        candidate = {**copy.deepcopy(body), "sealed": sealed}
        assert_problem(post(client, url, candidate), 422, "unsealable")
    assert hub.submissions() == []


def test_invalid_answers_come_back_per_field(hub, client, url):
    answers = {**valid_answers(), "applicant_iin": BAD_CHECKSUM_IIN, "phone": "12345"}
    del answers["applicant_name"]

    doc = assert_problem(post(client, url, make_submission(hub, answers)), 422, "invalid-answers")

    by_field = {e["field"]: e for e in doc["errors"]}
    assert by_field["applicant_iin"]["code"] == "iin_checksum"
    assert by_field["phone"]["code"] == "bad_phone"
    assert by_field["applicant_name"]["code"] == "required"
    assert all(e["message"] for e in doc["errors"])
    assert hub.submissions() == []


def test_a_date_after_the_hubs_today_is_refused(hub, client, url):
    answers = {**valid_answers(), "child_birth_date": "2999-01-01"}
    doc = assert_problem(post(client, url, make_submission(hub, answers)), 422, "invalid-answers")
    assert doc["errors"][0] == {
        "field": "child_birth_date",
        "code": "too_late",
        "message": doc["errors"][0]["message"],
    }


def test_answers_that_are_not_an_object(hub, client, url):
    body = make_submission(hub)
    body["sealed"] = seal_answers(
        ["not", "an", "object"], public_key=hub.public_key, kid=hub.kid, submission_id=body["id"]
    )
    assert_problem(post(client, url, body), 422, "invalid-answers")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "not-a-uuid"),
        ("id", 12),
        ("reference", "ABC"),
        ("reference", "UUUU-UUUU-UUUU"),
        ("created_at", "2026-11-23T10:15:00"),
        ("created_at", "yesterday"),
        ("locale", "de"),
        ("form_version", 3),
        ("sealed", "box"),
        ("service_id", None),
    ],
)
def test_a_bad_envelope_is_malformed(hub, client, url, field, value):
    body = make_submission(hub)
    body[field] = value
    doc = assert_problem(post(client, url, body), 400, "malformed")
    assert [e["field"] for e in doc["errors"]] == [field]


def test_the_idempotency_key_must_name_the_body(hub, client, url):
    body = make_submission(hub)
    assert_problem(post(client, url, body, key=str(uuid.uuid4())), 400, "malformed")
    missing = client.post(url, json=body, timeout=10)
    doc = assert_problem(missing, 400, "malformed")
    assert doc["errors"][0]["field"] == "Idempotency-Key"
    assert hub.submissions() == []


def test_a_retry_is_accepted_even_after_the_form_moved_on(hub, client, url, tmp_path):
    import json

    from tests.hub.conftest import TEST_CATALOG

    body = make_submission(hub)
    assert post(client, url, body).status_code == 201
    newer = json.loads(TEST_CATALOG.read_text("utf-8"))
    newer["services"][0]["form"]["version"] = "4"
    path = tmp_path / "newer.json"
    path.write_text(json.dumps(newer), "utf-8")
    hub.stop()
    hub.catalog_path = path
    hub.start()
    assert post(client, url, body).status_code == 200


def test_twenty_threads_posting_one_id_store_it_once(hub, client, url):
    body = make_submission(hub)

    token = client.headers["Authorization"].split()[1]

    def send(_):
        with session_for(token) as session:
            return post(session, url, body)

    with ThreadPoolExecutor(20) as pool:
        responses = list(pool.map(send, range(20)))

    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] * 19 + [201], statuses
    assert len({r.text for r in responses}) == 1
    assert db_rows(hub, "SELECT count(*) FROM submissions") == [(1,)]


def test_many_different_submissions_at_once_are_all_stored(hub, client, url):
    bodies = [make_submission(hub) for _ in range(20)]
    token = client.headers["Authorization"].split()[1]

    def send(body):
        with session_for(token) as session:
            return post(session, url, body).status_code

    with ThreadPoolExecutor(10) as pool:
        assert set(pool.map(send, bodies)) == {201}
    assert len(hub.submissions()) == 20


def test_a_submission_that_waited_offline_is_judged_by_its_own_date(hub_ctx_for_today):
    """`today` for the answers is the day the visitor submitted (within 60 days), so a form
    with a date bounded by `today` does not turn invalid while it waits in a kiosk's queue."""
    ctx = hub_ctx_for_today
    assert ctx.today_for("2026-11-20T10:00:00+05:00").isoformat() == "2026-11-20"
    assert ctx.today_for("2026-12-20T10:00:00+05:00") == ctx.today()  # from the future
    assert ctx.today_for("2026-01-01T10:00:00+05:00") == ctx.today()  # too old to believe
    assert ctx.today_for("garbage") == ctx.today()
