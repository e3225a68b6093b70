"""The store on its own: exactly-once under a real race, without HTTP in between."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hub.store import (
    CODE_ALPHABET,
    CodeProblem,
    CodeRejected,
    Outcome,
    Store,
    format_code,
    normalize_code,
)

NOW = datetime(2026, 11, 23, 5, 0, tzinfo=UTC)


def _args(**overrides):
    args = dict(
        id="0b6f8a0e-5f38-4f5e-9c5e-0f8d6d2f4b1a",
        reference="7Q4M-K2XD-9B8T",
        kiosk_id="k",
        service_id="s",
        form_version="1",
        created_at="2026-11-23T10:15:00+05:00",
        locale="kk",
        sealed={"alg": "a", "kid": "k", "ct": "c"},
        body_sha256="h1",
        now=NOW,
    )
    args.update(overrides)
    return args


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path)
    yield s
    s.close()


def test_outcomes(store):
    assert store.add_submission(**_args())[0] is Outcome.CREATED
    assert store.add_submission(**_args())[0] is Outcome.REPLAY
    assert store.add_submission(**_args(body_sha256="h2"))[0] is Outcome.ID_CONFLICT
    other = _args(id="11111111-1111-1111-1111-111111111111", body_sha256="h3")
    assert store.add_submission(**other) == (Outcome.REFERENCE_CONFLICT, None)
    assert len(store.submissions()) == 1


def test_threads_inserting_one_id_at_the_same_moment_store_it_once(tmp_path):
    stores = [Store(tmp_path) for _ in range(2)]  # two "processes" as well as many threads
    barrier = threading.Barrier(20)
    outcomes: list[Outcome] = []
    lock = threading.Lock()

    def insert(i):
        barrier.wait()
        outcome, _ = stores[i % 2].add_submission(**_args())
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=insert, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(o.value for o in outcomes) == ["created"] + ["replay"] * 19
    assert len(stores[0].submissions()) == 1
    for s in stores:
        s.close()


def test_codes(store):
    code = store.create_code(label="hall", now=NOW, ttl=timedelta(hours=1))
    kiosk_id, token = store.redeem_code(code, label=None, kiosk_version="1", now=NOW)
    assert store.kiosk_for_token(token).id == kiosk_id
    for typed, problem, at in [
        (code, CodeProblem.USED, NOW),
        ("ABC!", CodeProblem.MALFORMED, NOW),
        ("0000-0000", CodeProblem.UNKNOWN, NOW),
        (
            store.create_code(label=None, now=NOW, ttl=timedelta(hours=1)),
            CodeProblem.EXPIRED,
            NOW + timedelta(hours=1),
        ),
    ]:
        with pytest.raises(CodeRejected) as rejected:
            store.redeem_code(typed, label=None, kiosk_version="1", now=at)
        assert rejected.value.problem is problem


def test_set_status_validates(store):
    store.add_submission(**_args())
    with pytest.raises(ValueError):
        store.set_status("7Q4M-K2XD-9B8T", "lost", None, NOW)
    assert store.set_status(
        "7Q4M-K2XD-9B8T", "completed", {"kk": "a", "ru": "b", "en": "c"}, NOW + timedelta(minutes=5)
    )
    stored = store.submission_by_reference("7Q4M-K2XD-9B8T")
    assert stored.status == "completed" and stored.updated_at == "2026-11-23T10:05:00+05:00"
    assert not store.set_status("AAAA-AAAA-AAAA", "completed", None, NOW)


def test_a_finished_threads_connection_goes_with_it(store):
    import gc

    def work():
        store.submissions()

    before = len(store._all)
    for _ in range(5):
        t = threading.Thread(target=work)
        t.start()
        t.join()
    gc.collect()
    assert len(store._all) == before


@given(st.text(alphabet=CODE_ALPHABET, min_size=8, max_size=8))
def test_a_code_reads_back_however_it_is_typed(compact):
    shown = format_code(compact)
    assert normalize_code(shown) == compact
    assert normalize_code(shown.lower().replace("-", " ")) == compact


@given(st.text(max_size=40))
def test_normalize_code_gives_8_symbols_or_none(text):
    code = normalize_code(text)
    assert code is None or (len(code) == 8 and set(code) <= set(CODE_ALPHABET))
