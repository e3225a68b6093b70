from __future__ import annotations

from tests.hub.helpers import VALID_IIN, assert_problem, make_submission, post


def _submit(hub, client):
    body = make_submission(hub)
    assert post(client, hub.base_url + "/submissions", body).status_code == 201
    return body


def test_a_new_submission_is_received(hub, client):
    body = _submit(hub, client)

    response = client.get(f"{hub.base_url}/submissions/{body['reference']}")

    assert response.status_code == 200
    answer = response.json()
    assert answer == {
        "reference": body["reference"],
        "service_id": "kindergarten-queue",
        "status": "received",
        "updated_at": answer["updated_at"],
    }


def test_the_reference_is_looked_up_as_a_visitor_types_it(hub, client):
    body = _submit(hub, client)
    typed = body["reference"].lower().replace("-", " ").replace("0", "o").replace("1", "l")
    response = client.get(f"{hub.base_url}/submissions/{typed}")
    assert response.status_code == 200
    assert response.json()["reference"] == body["reference"]


def test_a_status_set_by_the_operator_shows_with_its_message(hub, client):
    body = _submit(hub, client)
    message = {"kk": "Дайын", "ru": "Готово", "en": "Ready"}
    hub.set_status(body["reference"], "completed", message)

    answer = client.get(f"{hub.base_url}/submissions/{body['reference']}").json()

    assert answer["status"] == "completed"
    assert answer["message"] == message


def test_the_status_carries_no_personal_data(hub, client):
    body = _submit(hub, client)
    hub.set_status(body["reference"], "in_progress")
    response = client.get(f"{hub.base_url}/submissions/{body['reference']}")
    assert set(response.json()) == {"reference", "service_id", "status", "updated_at"}
    for secret in (VALID_IIN, "Айгүл", "+7701", "sealed", body["id"]):
        assert secret not in response.text


def test_an_unknown_or_malformed_reference_is_404(hub, client):
    _submit(hub, client)
    for reference in ["7Q4M-K2XD-9B8T", "nonsense", "U" * 12]:
        assert_problem(client.get(f"{hub.base_url}/submissions/{reference}"), 404, "not-found")
