"""Submitter.prepare: the answers are validated and sealed while the visitor reads the review
screen, so Submit only commits; anything that changed since makes Submit do it all again."""

from __future__ import annotations

import json

import pytest

import offline_cache.submissions as submissions
from kiosk.catalog import parse_catalog
from kiosk.sealing import b64u_encode, generate_keypair, open_sealed
from offline_cache.submissions import InvalidAnswers
from tests.offline.conftest import VALID_ANSWERS

SERVICE = "test-application"


@pytest.fixture
def no_sealing(monkeypatch):
    """After this, sealing fails: a Submit that still seals shows up as an error."""

    def sealing_again(*_args, **_kwargs):
        raise AssertionError("sealed again at Submit")

    return lambda: monkeypatch.setattr(submissions, "seal_answers", sealing_again)


def _opened(store, receipt, private_key):
    body = store.outbox.body(receipt.id)
    return open_sealed(body["sealed"], private_key=private_key, submission_id=receipt.id)


def test_submit_after_prepare_only_commits_what_was_sealed(
    submitter, catalog, store, keypair, no_sealing
):
    service = catalog.service(SERVICE)
    assert submitter.prepare(catalog, service, dict(VALID_ANSWERS))
    no_sealing()
    receipt = submitter.submit(catalog, service, dict(VALID_ANSWERS), "kk")
    assert store.outbox.get(receipt.id).state == "queued"
    assert _opened(store, receipt, keypair[0])["full_name"] == "Асқар Тестов"


def test_answers_changed_after_prepare_are_sealed_anew(submitter, catalog, store, keypair):
    service = catalog.service(SERVICE)
    assert submitter.prepare(catalog, service, dict(VALID_ANSWERS))
    changed = {**VALID_ANSWERS, "full_name": "Бақыт Тестова"}
    receipt = submitter.submit(catalog, service, changed, "kk")
    assert _opened(store, receipt, keypair[0])["full_name"] == "Бақыт Тестова"


def test_answers_made_invalid_after_prepare_are_refused(submitter, catalog):
    service = catalog.service(SERVICE)
    assert submitter.prepare(catalog, service, dict(VALID_ANSWERS))
    with pytest.raises(InvalidAnswers):
        submitter.submit(catalog, service, {**VALID_ANSWERS, "iin": "900101300008"}, "kk")


def test_a_new_day_validates_again(submitter, catalog, clock, monkeypatch):
    service = catalog.service(SERVICE)
    assert submitter.prepare(catalog, service, dict(VALID_ANSWERS))
    calls = []
    real = submissions.validate_answers
    monkeypatch.setattr(
        submissions, "validate_answers", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    clock.advance(24 * 3600)  # validation depends on today (dates, ages)
    submitter.submit(catalog, service, dict(VALID_ANSWERS), "kk")
    assert calls == [1]


def test_a_new_hub_key_seals_anew_to_it(submitter, catalog, store):
    service = catalog.service(SERVICE)
    assert submitter.prepare(catalog, service, dict(VALID_ANSWERS))
    private, public = generate_keypair()
    doc = json.loads(json.dumps(catalog.raw))
    doc["encryption_key"]["kid"], doc["encryption_key"]["public_key"] = "k2", b64u_encode(public)
    rotated = parse_catalog(doc)
    receipt = submitter.submit(rotated, rotated.service(SERVICE), dict(VALID_ANSWERS), "kk")
    assert _opened(store, receipt, private)["iin"] == "900101300007"


def test_what_was_prepared_is_used_once(submitter, catalog, store, keypair):
    service = catalog.service(SERVICE)
    assert submitter.prepare(catalog, service, dict(VALID_ANSWERS))
    first = submitter.submit(catalog, service, dict(VALID_ANSWERS), "kk")
    second = submitter.submit(catalog, service, dict(VALID_ANSWERS), "kk")
    assert first.id != second.id
    assert _opened(store, second, keypair[0]) == _opened(store, first, keypair[0])


def test_invalid_answers_are_not_prepared_and_forget_drops_it(submitter, catalog):
    service = catalog.service(SERVICE)
    assert not submitter.prepare(catalog, service, {**VALID_ANSWERS, "iin": "1"})
    assert submitter._ahead is None
    assert submitter.prepare(catalog, service, dict(VALID_ANSWERS))
    submitter.forget()
    assert submitter._ahead is None


def test_nothing_of_the_answers_is_kept_in_the_clear(submitter, catalog):
    assert submitter.prepare(catalog, catalog.service(SERVICE), dict(VALID_ANSWERS))
    kept = repr(vars(submitter._ahead))
    for value in ("Асқар", "900101300007", "2020-05-01"):
        assert value not in kept
