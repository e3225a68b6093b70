from __future__ import annotations

import json

import pytest
import requests

from hub.app import create_app
from hub.catalog_source import CatalogLoadError
from hub.messages import MESSAGES, message_for
from hub.store import Store
from tests.hub.helpers import assert_problem, make_heartbeat


def test_unknown_route_and_wrong_method_are_problems(hub, client):
    assert_problem(client.get(hub.base_url + "/nowhere"), 404, "not-found")
    assert_problem(client.delete(hub.base_url + "/catalog"), 405)
    assert_problem(requests.get(hub.root_url + "/elsewhere", timeout=10), 404, "not-found")


def test_an_unexpected_error_is_a_bare_500_problem(hub, client, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(Store, "record_heartbeat", explode)

    response = client.post(hub.base_url + "/heartbeat", json=make_heartbeat())

    doc = assert_problem(response, 500, "internal-error")
    assert "secret" not in response.text and "Traceback" not in response.text
    assert set(doc) <= {"type", "title", "status", "detail"}


def test_validation_errors_name_field_and_code(hub, client):
    response = client.post(hub.base_url + "/heartbeat", json=make_heartbeat(queue={}))
    doc = assert_problem(response, 400, "malformed")
    fields = {(e["field"], e["code"]) for e in doc["errors"]}
    assert fields == {("queue.pending", "required"), ("queue.rejected", "required")}


def test_a_body_that_is_not_an_object(hub, client):
    for body in [[1, 2], "text", 5, None]:
        response = client.post(
            hub.base_url + "/heartbeat",
            data=json.dumps(body),
            headers={"Content-Type": "application/json"},
        )
        assert_problem(response, 400, "malformed")


def test_openapi_documents_the_contract(hub):
    doc = requests.get(hub.root_url + "/openapi.json", timeout=10).json()
    paths = doc["paths"]
    for path, method in [
        ("/api/v1/provision", "post"),
        ("/api/v1/catalog", "get"),
        ("/api/v1/submissions", "post"),
        ("/api/v1/submissions/{reference}", "get"),
        ("/api/v1/feedback", "post"),
        ("/api/v1/heartbeat", "post"),
    ]:
        assert paths[path][method]["summary"], path
    assert "SubmissionRequest" in doc["components"]["schemas"]


def test_the_hub_refuses_to_start_on_an_invalid_catalog(tmp_path):
    bad = tmp_path / "catalog.json"
    bad.write_text(
        json.dumps(
            {
                "format": "kiosk-catalog/1",
                "version": "1",
                "languages": ["kk"],
                "default_language": "kk",
                "categories": [],
                "services": [{"id": "x", "category": "nope"}],
            }
        ),
        "utf-8",
    )
    with pytest.raises(CatalogLoadError, match="not valid"):
        create_app(tmp_path / "hub", bad)


def test_every_answers_code_has_a_message():
    codes = [
        "required",
        "type",
        "too_short",
        "too_long",
        "pattern",
        "control_chars",
        "not_number",
        "not_integer",
        "too_small",
        "too_large",
        "bad_date",
        "too_early",
        "too_late",
        "not_an_option",
        "too_few",
        "too_many",
        "must_accept",
        "bad_phone",
        "bad_email",
        "iin_format",
        "iin_checksum",
    ]
    assert set(codes) == set(MESSAGES)
    assert message_for("too_long", {"max": 200}) == "Enter at most 200 characters."
    assert message_for("too_long", {}) and "{" not in message_for("too_long", {})
    assert message_for("no-such-code") == "This value is not valid."
