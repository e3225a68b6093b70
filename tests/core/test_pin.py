"""The technician PIN: an Argon2id hash in the meta table, and a lockout that doubles, is capped,
survives a restart and cannot be stretched by setting the clock back."""

from __future__ import annotations

import io

import pytest
from argon2 import PasswordHasher

from kiosk.pin import (
    KEY_HASH,
    MAX_LOCK_S,
    PinGuard,
    PinNotSet,
    default_hasher,
    has_pin,
    lock_length,
    pin_problem,
    set_pin,
)
from offline_cache.store import Store
from tests.support.clock import ManualClock

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # the policy, not the cost


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "kiosk.db")
    yield s
    s.close()


@pytest.fixture
def clock():
    return ManualClock()


def guard_for(store, clock) -> PinGuard:
    return PinGuard(store, clock, hasher=FAST)


def fail(guard: PinGuard, times: int = 5):
    result = None
    for _ in range(times):
        result = guard.verify("0000")
    return result


def test_the_pin_is_a_salted_argon2id_hash_in_meta(store):
    set_pin(store, "2468")
    first = store.meta.get(KEY_HASH)
    assert first.startswith("$argon2id$")
    assert "2468" not in first
    set_pin(store.meta, "2468")
    assert store.meta.get(KEY_HASH) != first  # a new salt each time
    assert has_pin(store)


def test_the_production_hasher_is_slow_enough():
    hasher = default_hasher()
    assert (hasher.time_cost, hasher.memory_cost) >= (3, 65536)


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "", "١٢٣٤", "12 34"])
def test_malformed_pins_are_refused(store, pin):
    assert pin_problem(pin)
    with pytest.raises(ValueError):
        set_pin(store, pin, hasher=FAST)


def test_right_and_wrong_pins(store, clock):
    set_pin(store, "123456", hasher=FAST)
    guard = guard_for(store, clock)
    wrong = guard.verify("654321")
    assert (wrong.ok, wrong.locked_for_s, wrong.attempts_left) == (False, 0, 4)
    assert guard.verify("123456").ok
    assert guard.attempts_left() == 5  # a right PIN clears the count


def test_no_pin_means_no_technician_mode(store, clock):
    guard = guard_for(store, clock)
    assert not guard.has_pin()
    with pytest.raises(PinNotSet, match="kiosk set-pin"):
        guard.verify("1234")


def test_five_wrong_pins_lock_for_five_minutes_even_the_right_pin(store, clock):
    set_pin(store, "1234", hasher=FAST)
    guard = guard_for(store, clock)
    results = [guard.verify("9999") for _ in range(5)]
    assert [r.attempts_left for r in results] == [4, 3, 2, 1, 0]
    assert results[-1].locked_for_s == 300
    clock.advance(299)
    locked = guard.verify("1234")
    assert not locked.ok and locked.locked_for_s == pytest.approx(1)
    clock.advance(1)
    assert guard.locked_for() == 0
    assert guard.verify("1234").ok


def test_each_further_lockout_doubles_up_to_a_day(store, clock):
    set_pin(store, "1234", hasher=FAST)
    guard = guard_for(store, clock)
    lengths = []
    for _ in range(11):
        lengths.append(fail(guard).locked_for_s)
        clock.advance(lengths[-1])
    assert lengths[:4] == [300, 600, 1200, 2400]
    assert lengths[-2:] == [MAX_LOCK_S, MAX_LOCK_S]
    assert max(lengths) == 86400
    assert lock_length(10_000) == MAX_LOCK_S
    assert guard.verify("1234").ok  # the right PIN starts again from 5 minutes
    assert fail(guard).locked_for_s == 300


def test_the_lockout_survives_a_restart(store, clock, tmp_path):
    set_pin(store, "1234", hasher=FAST)
    fail(guard_for(store, clock), 3)
    again = guard_for(store, clock)  # a new process: only the database remembers
    assert again.attempts_left() == 2
    assert fail(again, 2).locked_for_s == 300
    clock.advance(120)
    reopened = Store.open(tmp_path / "kiosk.db")
    try:
        assert PinGuard(reopened, clock, hasher=FAST).locked_for() == pytest.approx(180)
    finally:
        reopened.close()
    clock.advance(180)
    assert fail(guard_for(store, clock)).locked_for_s == 600  # the doubling was remembered


def test_setting_a_new_pin_clears_the_lockout(store, clock):
    set_pin(store, "1234", hasher=FAST)
    guard = guard_for(store, clock)
    fail(guard)
    set_pin(store, "5678", hasher=FAST)
    assert guard.locked_for() == 0
    assert guard.verify("5678").ok


def test_the_clock_set_back_does_not_lock_forever(store, clock):
    set_pin(store, "1234", hasher=FAST)
    fail(guard_for(store, clock))
    clock.jump_wall(-365 * 86400)  # the kiosk restarts with its clock a year behind
    guard = guard_for(store, clock)
    assert 0 < guard.locked_for() <= 300
    clock.advance(300)
    assert guard.locked_for() == 0
    assert guard.verify("1234").ok


def test_wall_clock_jumps_do_not_shorten_a_lock_in_a_running_kiosk(store, clock):
    set_pin(store, "1234", hasher=FAST)
    guard = guard_for(store, clock)
    fail(guard)
    clock.jump_wall(+3600)  # someone sets the clock forward to get past the lock
    assert guard.locked_for() == pytest.approx(300)
    assert not guard.verify("1234").ok
    clock.jump_wall(-7200)
    assert guard.locked_for() == pytest.approx(300)


def test_kiosk_set_pin_from_stdin(tmp_path, monkeypatch, capsys):
    from cli.kiosk_main import main

    monkeypatch.setattr("sys.stdin", io.StringIO("13579\n"))
    assert main(["set-pin", "--pin-stdin", "--data-dir", str(tmp_path)]) == 0
    assert "13579" not in capsys.readouterr().out
    store = Store.open(tmp_path / "kiosk.db")
    try:
        digest = store.meta.get(KEY_HASH)
        assert digest.startswith("$argon2id$")
        assert PinGuard(store, ManualClock()).verify("13579").ok
    finally:
        store.close()


def test_kiosk_set_pin_refuses_a_bad_pin_and_a_mismatch(tmp_path, monkeypatch, capsys):
    from cli.kiosk_main import main

    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["set-pin", "--pin-stdin", "--data-dir", str(tmp_path)]) == 2
    assert "4 to 12 digits" in capsys.readouterr().err
    answers = iter(["1234", "4321"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["set-pin", "--data-dir", str(tmp_path)]) == 1
    assert "do not match" in capsys.readouterr().err
    store = Store.open(tmp_path / "kiosk.db")
    try:
        assert not has_pin(store)
    finally:
        store.close()
