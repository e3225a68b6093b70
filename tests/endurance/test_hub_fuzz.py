"""Fuzzing the reference hub: schemathesis over its OpenAPI document (every operation, data
that fits the schema and data that does not), then hypothesis mutations of *valid* documents
(so the fuzz gets past the schema into idempotency, unsealing and answer validation), and
random answers sealed with the hub's real key. The hub must never answer 5xx, and its answers
must match the document."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from kiosk.reference import new_reference
from tests.endurance.fuzzing import json_values, mutated, seal_bytes, strings
from tests.support.hub_server import start_hub

pytestmark = [pytest.mark.e2e]
MINI = Path(__file__).resolve().parents[1] / "support" / "mini-catalog.json"
EXAMPLES = 50
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],
)
CREATED_AT = "2026-11-23T10:15:00+05:00"
ANSWERS = {
    "full_name": "Тест",
    "iin": "900101300007",
    "phone": "+77011234567",
    "child_birth_date": "2020-05-01",
}


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    running = start_hub(tmp_path_factory.mktemp("fuzz") / "hub", MINI)
    _, token = running.provision("fuzz")
    running.token = token
    yield running
    running.stop()


def _auth(hub) -> dict[str, str]:
    return {"Authorization": f"Bearer {hub.token}"}


def _fuzz_operation(hub, operation, mode, ran: Counter[str], failures: list[str]) -> None:
    @FUZZ
    @given(case=operation.as_strategy(generation_mode=mode))
    def one(case) -> None:
        response = case.call(
            base_url=hub.root_url, headers={**(case.headers or {}), **_auth(hub)}, timeout=10
        )
        ran[f"{operation.label} {mode.value} {response.status_code}"] += 1
        try:
            case.validate_response(response, checks=CHECKS)
        except Exception as exc:  # collect them all, then report at once
            failures.append(
                f"{operation.label} ({mode.value}): {exc}\n{case.as_curl_command()}"[:3000]
            )

    one()


@pytest.mark.slow
def test_schemathesis_every_operation_no_5xx_and_conforming(hub):
    schema = schemathesis.openapi.from_url(hub.root_url + "/openapi.json")
    failures: list[str] = []
    ran: Counter[str] = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6  # provision, catalog, submit, status, feedback, heartbeat
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _fuzz_operation(hub, operation, mode, ran, failures)
    print(f"\nschemathesis: {sum(ran.values())} calls: {dict(sorted(ran.items()))}")
    assert sum(ran.values()) >= len(operations) * 2 * 10  # every operation was exercised
    assert not failures, "\n\n".join(failures[:10])


# -- mutations of valid documents ----------------------------------------------------------------
def _submission(hub, answers: bytes | None = None) -> dict[str, Any]:
    sid = str(uuid.uuid4())
    plain = answers if answers is not None else json.dumps(ANSWERS).encode()
    return {
        "id": sid,
        "reference": new_reference(),
        "service_id": "test-application",
        "form_version": "1",
        "created_at": CREATED_AT,
        "locale": "kk",
        "sealed": {
            "alg": "HPKE-X25519-SHA256-AES128GCM",
            "kid": hub.kid,
            "ct": seal_bytes(plain, hub.public_key, sid),
        },
    }


def _feedback(_hub) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "service_id": "test-application",
        "rating": 4,
        "reference": new_reference(),
        "comment": "Жақсы",
        "created_at": CREATED_AT,
    }


def _heartbeat(_hub) -> dict[str, Any]:
    return {
        "kiosk_version": "0.1.0",
        "catalog_version": "test-1",
        "queue": {"pending": 1, "rejected": 0, "oldest_pending_at": CREATED_AT},
        "last_sync_at": CREATED_AT,
        "disk_free_bytes": 10**9,
        "uptime_s": 12.5,
        "sent_at": CREATED_AT,
    }


def _provision(hub) -> dict[str, Any]:
    return {"code": hub.add_kiosk("fuzzed"), "label": "hall", "kiosk_version": "0.1.0"}


HEADER_VALUE = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")  # RFC 9110 field-value


def _post(hub, path: str, body: Any, *, raw: bytes | None = None) -> requests.Response:
    headers = {**_auth(hub), "Content-Type": "application/json"}
    key = body.get("id") if isinstance(body, dict) else None
    if isinstance(key, str) and HEADER_VALUE.fullmatch(key):
        # only an id that can be a header value: a control character in a header is refused
        # by the HTTP server itself (uvicorn's plain-text "400 Invalid HTTP request
        # received."), before the hub sees the request
        headers["Idempotency-Key"] = key
    data = raw if raw is not None else json.dumps(body).encode()  # NaN, lone surrogates: as is
    return requests.post(hub.base_url + path, data=data, headers=headers, timeout=10)


def _problem(response: requests.Response, what: str, sent: bytes) -> str | None:
    """What is wrong with the hub's answer (None: nothing): a 5xx, or an error that is not a
    problem document."""
    if response.status_code >= 500:
        return f"{what}: {response.status_code} {response.text[:300]}\nbody sent: {sent[:800]!r}"
    if response.status_code >= 400:
        if not response.headers["Content-Type"].startswith("application/problem+json"):
            return f"{what}: {response.status_code} is not a problem document"
        if response.json().get("status") != response.status_code:
            return f"{what}: the problem's status is not {response.status_code}"
    return None


def _check(response: requests.Response, what: str, sent: bytes) -> None:
    problem = _problem(response, what, sent)
    if problem is not None:
        _let_the_hub_log()
    assert problem is None, problem


def _let_the_hub_log() -> None:
    """After a 500 the hub's thread formats the traceback for its log (Python 3.11 parses
    source lines with `ast` for the ^^^ marks); pytest formatting our failure at the same
    moment races on the interpreter's shared AST state: "SystemError: AST constructor
    recursion depth mismatch", an INTERNALERROR that ends the run. So: let it finish."""
    time.sleep(0.5)


# The fuzzers collect what they find and fail once at the end with every distinct fault
# (hypothesis would report only the first).
def _report(found: dict[str, str]) -> None:
    if found:
        _let_the_hub_log()
    assert not found, f"{len(found)} distinct faults:\n\n" + "\n\n".join(found.values())


def _fault_key(response: requests.Response) -> str:
    return f"{response.status_code} {response.text[:120]}"


VALID = {
    "/submissions": _submission,
    "/feedback": _feedback,
    "/heartbeat": _heartbeat,
    "/provision": _provision,
}


@pytest.mark.slow
@pytest.mark.parametrize("path", list(VALID))
def test_mutated_valid_documents_never_get_a_5xx(hub, path):
    valid = VALID[path](hub)
    first = _post(hub, path, valid)  # the untouched document is accepted
    assert first.status_code in (200, 201), first.text[:300]
    statuses: Counter[int] = Counter()
    found: dict[str, str] = {}

    @settings(FUZZ, max_examples=150)
    @given(data=st.data())
    def one(data) -> None:
        body = data.draw(mutated(VALID[path](hub)))
        sent = json.dumps(body).encode()
        response = _post(hub, path, body, raw=sent)
        statuses[response.status_code] += 1
        problem = _problem(response, path, sent)
        if problem:
            found.setdefault(_fault_key(response), problem)

    one()
    print(f"\n{path}: {dict(statuses)}")
    _report(found)


ANSWER_SHAPES = st.one_of(
    st.dictionaries(st.sampled_from([*ANSWERS, "note"]) | strings, json_values, max_size=8),
    st.fixed_dictionaries({k: st.just(v) | json_values for k, v in ANSWERS.items()}),
    json_values,
)


@pytest.mark.slow
def test_random_answers_sealed_with_the_real_key_never_get_a_5xx(hub):
    statuses: Counter[int] = Counter()
    found: dict[str, str] = {}

    @settings(FUZZ, max_examples=200)
    @given(answers=ANSWER_SHAPES)
    def one(answers) -> None:
        plaintext = json.dumps(answers).encode()  # ASCII JSON: lone surrogates as escapes
        response = _post(hub, "/submissions", _submission(hub, plaintext))
        statuses[response.status_code] += 1
        problem = _problem(response, "sealed answers", plaintext)
        if problem is None and response.status_code not in (201, 422):
            problem = f"sealed answers: {response.status_code} {response.text[:300]}"
        if problem:
            found.setdefault(_fault_key(response), problem)

    one()
    print(f"\nsealed answers: {dict(statuses)}")
    _report(found)


@pytest.mark.parametrize("plaintext", [b"\xff\xfe not utf-8", b"", b"{" * 50_000, b"[]", b"1e999"])
def test_sealed_boxes_holding_no_answers_object_are_refused(hub, plaintext):
    response = _post(hub, "/submissions", _submission(hub, plaintext))
    _check(response, "sealed junk", plaintext)
    assert response.status_code == 422


# -- what the fuzzing found (kept as plain regressions) --------------------------------------------
# A lone surrogate (legal as a JSON escape, not encodable as UTF-8) anywhere in an extra member
EXTRAS = {
    "value": {"note": "\ud800"},
    "key": {"\udfff": 1},
    "nested value": {"note": ["ok", {"a": "\ud800"}]},
    "nested key": {"note": {"\ud800": 1}},
}


@pytest.mark.parametrize("where", list(EXTRAS))
@pytest.mark.parametrize("path", ["/submissions", "/feedback", "/heartbeat"])
def test_a_lone_surrogate_in_an_extra_member_is_not_a_500(hub, path, where):
    body = {**VALID[path](hub), **EXTRAS[where]}
    sent = json.dumps(body).encode()
    _check(_post(hub, path, body, raw=sent), f"{path} ({where})", sent)


def test_a_lone_surrogate_in_a_feedback_comment_is_not_a_500(hub):
    body = _feedback(hub)
    body["comment"] = "ok \udfff"
    sent = json.dumps(body).encode()
    _check(_post(hub, "/feedback", body, raw=sent), "/feedback", sent)
