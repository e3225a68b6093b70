from __future__ import annotations

import pytest

from tests.hub.helpers import assert_problem, make_feedback, post


@pytest.fixture
def url(hub):
    return hub.base_url + "/feedback"


def test_feedback_is_stored_once(hub, client, url):
    body = make_feedback(reference="7q4m-k2xd-9b8t")

    first = post(client, url, body)
    retry = post(client, url, body)

    assert first.status_code == 201
    assert first.json()["id"] == body["id"] and first.json()["received_at"]
    assert retry.status_code == 200 and retry.json() == first.json()
    [stored] = hub.feedback()
    assert stored["rating"] == 5 and stored["comment"] == "Жылдам әрі түсінікті"
    assert stored["reference"] == "7Q4M-K2XD-9B8T"


def test_feedback_without_comment_or_reference(hub, client, url):
    body = make_feedback(rating=1)
    del body["comment"]
    assert post(client, url, body).status_code == 201
    assert hub.feedback()[0]["comment"] is None


def test_same_id_other_content_is_an_id_conflict(hub, client, url):
    body = make_feedback()
    assert post(client, url, body).status_code == 201
    assert_problem(post(client, url, {**body, "rating": 2}), 409, "id-conflict")
    assert len(hub.feedback()) == 1


@pytest.mark.parametrize("rating", [0, 6, -1, 3.5, "5", True, None])
def test_rating_must_be_1_to_5(hub, client, url, rating):
    doc = assert_problem(post(client, url, make_feedback(rating=rating)), 400, "malformed")
    assert doc["errors"][0]["field"] == "rating"
    assert hub.feedback() == []


def test_a_missing_rating(hub, client, url):
    body = make_feedback()
    del body["rating"]
    doc = assert_problem(post(client, url, body), 400, "malformed")
    assert doc["errors"][0] == {
        "field": "rating",
        "code": "required",
        "message": doc["errors"][0]["message"],
    }


def test_comment_at_most_2000_characters(hub, client, url):
    assert post(client, url, make_feedback(comment="ж" * 2000)).status_code == 201
    doc = assert_problem(post(client, url, make_feedback(comment="ж" * 2001)), 400, "malformed")
    assert doc["errors"][0]["field"] == "comment" and doc["errors"][0]["code"] == "too_long"


def test_comment_with_control_characters(hub, client, url):
    doc = assert_problem(post(client, url, make_feedback(comment="a\x07b")), 400, "malformed")
    assert doc["errors"][0]["code"] == "control_chars"


def test_unknown_service(hub, client, url):
    assert_problem(post(client, url, make_feedback(service_id="no-such")), 422, "unknown-service")


def test_bad_envelope(hub, client, url):
    for overrides in [{"id": "x"}, {"created_at": "today"}, {"reference": "short"}]:
        assert_problem(post(client, url, make_feedback(**overrides)), 400, "malformed")
    assert_problem(post(client, url, make_feedback(), key="other"), 400, "malformed")
