"""Technician mode, driven as a finger would: the hidden corner gesture, the PIN pad and its
lockout, the technician screen (status, rejected submissions, actions) and its idle close."""

from __future__ import annotations

import json
import stat
import uuid
from dataclasses import replace

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from kiosk.paths import DataDir
from kiosk.pin import set_pin
from kiosk.reference import new_reference
from kiosk.sealing import open_sealed, seal_answers
from offline_cache.provisioning import Identity
from tests.support.ui_driver import find_button, tap, tap_row, tap_text, visible_texts

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PIN = "2468"
SECRET = "Aigerim Secretova"
KIOSK_ID = "kiosk-0123456789"


@pytest.fixture
def exits():
    return []


@pytest.fixture
def tech_ctx(tmp_path, ui_store, exits):
    from ui.technician import TechnicianContext

    data = DataDir(tmp_path).create()
    (data.logs / "kiosk.log").write_text(
        "".join(f"2026-11-23 10:00:{i:02d} INFO kiosk: line {i}\n" for i in range(40)),
        encoding="utf-8",
    )
    return TechnicianContext(data=data, store=ui_store, exit_app=exits.append, hasher=FAST)


def _install(window, tech_ctx):
    from ui.technician import install

    window.set_language("en")
    return install(window, tech_ctx)


@pytest.fixture
def mode(window, tech_ctx, ui_store):
    set_pin(ui_store, PIN, hasher=FAST)
    m = _install(window, tech_ctx)
    yield m
    m.uninstall()


def tap_corner(qtbot, window, x=20, y=20):
    """A finger on the window's top-left corner: whatever widget is there gets the tap."""
    target = window.childAt(x, y) or window
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, QPoint(x, y)))


def corner_taps(qtbot, window, clock, times, every_s=0.5):
    for _ in range(times):
        tap_corner(qtbot, window)
        clock.advance(every_s)


def enter_pin(qtbot, pad, pin):
    for digit in pin:
        tap(qtbot, pad.keys[digit])
    tap(qtbot, pad.ok)


def open_pad(qtbot, window, clock, mode):
    corner_taps(qtbot, window, clock, 5)
    assert mode.pad.isVisible()
    return mode.pad


def open_technician(qtbot, window, clock, mode):
    enter_pin(qtbot, open_pad(qtbot, window, clock, mode), PIN)
    assert window.current.name == "technician"
    return window.current


def rejected_row(store, hub_public):
    row_id = str(uuid.uuid4())
    body = {
        "id": row_id,
        "reference": new_reference(),
        "service_id": "no-such-service",
        "sealed": seal_answers(
            {"full_name": SECRET}, public_key=hub_public, kid="test", submission_id=row_id
        ),
    }
    store.outbox.enqueue(
        kind="submission",
        id=row_id,
        service_id="no-such-service",
        reference=body["reference"],
        body=body,
        created_at=store_clock_now(),
    )
    store.outbox.mark_sending(row_id, store_clock_now())
    problem = {
        "type": "https://kiosk.example/problems/validation-failed",
        "title": "Validation failed",
        "status": 422,
        "errors": [
            {"field": "phone", "code": "bad_phone", "message": "not a Kazakh mobile number"}
        ],
    }
    store.outbox.mark_rejected(
        row_id, store_clock_now(), {"error": "rejected", "status": 422, "problem": problem}
    )
    return row_id, body


def store_clock_now():
    from tests.support.clock import ManualClock

    return ManualClock().now()


# -- the gesture ---------------------------------------------------------------------------
def test_four_corner_taps_do_nothing_five_open_the_pad(qtbot, window, ui_clock, mode):
    corner_taps(qtbot, window, ui_clock, 4)
    assert not mode.pad.isVisible()
    assert window.current.name == "attract"  # the corner taps did not start a session
    corner_taps(qtbot, window, ui_clock, 1)
    assert mode.pad.isVisible()
    assert "Enter the technician PIN" in visible_texts(mode.pad)


def test_taps_spread_over_ten_seconds_do_not_open_it(qtbot, window, ui_clock, mode):
    corner_taps(qtbot, window, ui_clock, 5, every_s=2.5)
    assert not mode.pad.isVisible()


def test_a_tap_elsewhere_starts_the_count_again(qtbot, window, ui_clock, mode):
    corner_taps(qtbot, window, ui_clock, 3)
    tap_corner(qtbot, window, x=400, y=20)  # not the corner: a visitor's touch
    corner_taps(qtbot, window, ui_clock, 2)
    assert not mode.pad.isVisible()
    corner_taps(qtbot, window, ui_clock, 3)
    assert mode.pad.isVisible()


def test_the_gesture_works_over_a_visitor_screen_too(qtbot, window, ui_clock, mode):
    window.go("home")
    corner_taps(qtbot, window, ui_clock, 5)
    assert mode.pad.isVisible()
    assert not window.idle.timer.isActive()  # no "are you still there?" over the pad
    tap_text(qtbot, mode.pad, "Cancel")
    assert window.current.name == "home" and window.idle.timer.isActive()


def test_cancel_closes_the_pad(qtbot, window, ui_clock, mode):
    pad = open_pad(qtbot, window, ui_clock, mode)
    tap_text(qtbot, pad, "Cancel")
    assert not pad.isVisible()
    assert window.current.name == "attract"


# -- the PIN pad ---------------------------------------------------------------------------
def test_the_pad_never_shows_the_digits(qtbot, window, ui_clock, mode):
    pad = open_pad(qtbot, window, ui_clock, mode)
    for digit in "975310":
        tap(qtbot, pad.keys[digit])
    labels = [lbl.text() for lbl in pad.findChildren(QLabel) if lbl.isVisible()]
    assert not any(ch.isdigit() for text in labels for ch in text), labels
    assert pad.dots.text() == "● ● ● ● ● ●"
    tap(qtbot, pad.backspace)
    assert pad.dots.text() == "● ● ● ● ●"
    grab = pad.grab()  # and nothing typed is drawn anywhere but the dots
    assert not grab.isNull()


def test_ok_needs_four_digits(qtbot, window, ui_clock, mode):
    pad = open_pad(qtbot, window, ui_clock, mode)
    for digit in "246":
        tap(qtbot, pad.keys[digit])
    assert not pad.ok.isEnabled()
    tap(qtbot, pad.keys["8"])
    assert pad.ok.isEnabled()


def test_wrong_pins_count_down_then_lock_and_the_lock_doubles(qtbot, window, ui_clock, mode):
    pad = open_pad(qtbot, window, ui_clock, mode)
    enter_pin(qtbot, pad, "1111")
    assert "Wrong PIN. 4 attempts left." in visible_texts(pad)
    for _ in range(4):
        enter_pin(qtbot, pad, "1111")
    assert "Locked: try again in 5:00" in visible_texts(pad)
    assert not pad.ok.isEnabled() and not pad.keys["1"].isEnabled()
    ui_clock.advance(61)
    pad.tick.timeout.emit()  # the live countdown's tick
    assert "Locked: try again in 3:59" in visible_texts(pad)
    ui_clock.advance(239)
    pad.tick.timeout.emit()
    assert "Locked" not in visible_texts(pad)
    for _ in range(5):
        enter_pin(qtbot, pad, "1111")
    assert "Locked: try again in 10:00" in visible_texts(pad)


def test_the_lock_survives_closing_and_reopening_the_pad(qtbot, window, ui_clock, mode):
    pad = open_pad(qtbot, window, ui_clock, mode)
    for _ in range(5):
        enter_pin(qtbot, pad, "1111")
    tap_text(qtbot, pad, "Cancel")
    ui_clock.advance(10)
    open_pad(qtbot, window, ui_clock, mode)
    assert "Locked: try again in 4:" in visible_texts(pad)
    assert not pad.keys[PIN[0]].isEnabled()


def test_without_a_pin_the_pad_explains_how_to_set_one(qtbot, window, ui_clock, tech_ctx):
    m = _install(window, tech_ctx)
    try:
        corner_taps(qtbot, window, ui_clock, 5)
        assert "kiosk set-pin" in visible_texts(m.pad)
        assert not m.pad.keys["1"].isEnabled() and not m.pad.ok.isEnabled()
    finally:
        m.uninstall()


# -- the technician screen -----------------------------------------------------------------
def test_the_right_pin_shows_the_kiosk_queue_and_rejections(
    qtbot, window, ui_clock, mode, ui_store, hub_keypair
):
    ui_store.meta.save_identity(
        Identity(hub_url="https://hub.example/api/v1", kiosk_id=KIOSK_ID, token="secret-token")
    )
    ui_store.meta.set(quarantine_warning="kiosk-20261101T101500.db: quick_check failed")
    rejected_row(ui_store, hub_keypair[1])
    screen = open_technician(qtbot, window, ui_clock, mode)
    assert not mode.pad.isVisible()
    seen = visible_texts(screen)
    for expected in (
        KIOSK_ID,
        "https://hub.example/api/v1",
        "queued 0, sending 0, delivered 0, rejected 1",
        "Rejected submissions (1)",
        "Pending data warning",
        "line 39",
        "free of",
    ):
        assert expected in seen, expected
    assert "line 9\n" not in seen  # only the last 30 lines of the log
    assert "secret-token" not in seen
    shown = screen.rejected.model.item(0).text()
    assert "Validation failed" in shown and "phone: not a Kazakh mobile number" in shown


def test_retry_requeues_a_rejected_submission(qtbot, window, ui_clock, mode, ui_store, hub_keypair):
    row_id, _ = rejected_row(ui_store, hub_keypair[1])
    screen = open_technician(qtbot, window, ui_clock, mode)
    assert not find_button(screen, "Retry").isEnabled()  # nothing chosen yet
    tap_row(qtbot, screen.rejected.view, 0)
    tap_text(qtbot, screen, "Retry")
    assert ui_store.outbox.get(row_id).state == "queued"
    assert "queued 1, sending 0, delivered 0, rejected 0" in visible_texts(screen)
    assert "No rejected submissions." in visible_texts(screen)


def test_export_writes_the_sealed_body_only(
    qtbot, window, ui_clock, mode, ui_store, hub_keypair, tmp_path
):
    row_id, body = rejected_row(ui_store, hub_keypair[1])
    screen = open_technician(qtbot, window, ui_clock, mode)
    tap_row(qtbot, screen.rejected.view, 0)
    tap_text(qtbot, screen, "Export")
    path = tmp_path / "exports" / f"{row_id}.json"
    assert path.is_file()
    assert str(path) in visible_texts(screen)
    text = path.read_text(encoding="utf-8")
    assert SECRET not in text and "full_name" not in text
    exported = json.loads(text)
    assert exported == body
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    opened = open_sealed(exported["sealed"], private_key=hub_keypair[0], submission_id=row_id)
    assert opened == {"full_name": SECRET}  # the office can still open it


def test_sync_now_without_a_hub_says_so(qtbot, window, ui_clock, mode):
    screen = open_technician(qtbot, window, ui_clock, mode)
    tap_text(qtbot, screen, "Sync now")
    assert "not provisioned" in screen.notice.text()


class FakeEngine:
    online = True

    def __init__(self):
        self.calls = []

    def wake(self):
        self.calls.append("wake")

    def request_catalog(self):
        self.calls.append("catalog")

    def run_once(self):
        from offline_cache.sync import PassReport

        self.calls.append("pass")
        return PassReport(delivered=2, catalog="unchanged", online=True)


def test_sync_now_and_reload_catalog_run_a_pass(qtbot, window, ui_clock, mode, ui_ctx):
    ui_ctx.engine = FakeEngine()
    screen = open_technician(qtbot, window, ui_clock, mode)
    assert "online" in visible_texts(screen)
    tap_text(qtbot, screen, "Sync now")
    assert "Sync finished: delivered=2" in screen.notice.text()
    tap_text(qtbot, screen, "Reload catalog")
    assert ui_ctx.engine.calls == ["wake", "pass", "catalog", "pass"]


def test_test_print_and_self_test(qtbot, window, ui_clock, mode, ui_ctx, tmp_path, monkeypatch):
    ui_ctx.config = replace(ui_ctx.config, printer=str(tmp_path / "test-print.pdf"))
    screen = open_technician(qtbot, window, ui_clock, mode)
    tap_text(qtbot, screen, "Test print")
    assert (tmp_path / "test-print.pdf").stat().st_size > 0
    assert "printed" in screen.notice.text()
    monkeypatch.setattr("ui.technician.technician_screen.run_self_test", lambda w: [])
    tap_text(qtbot, screen, "self-test")
    assert "Self-test passed" in screen.notice.text()
    monkeypatch.setattr(
        "ui.technician.technician_screen.run_self_test", lambda w: ["kk/home: shows no text at all"]
    )
    tap_text(qtbot, screen, "self-test")
    assert "kk/home: shows no text at all" in screen.notice.text()


def test_restart_and_exit_need_a_second_tap(qtbot, window, ui_clock, mode, exits):
    screen = open_technician(qtbot, window, ui_clock, mode)
    tap_text(qtbot, screen, "Restart the app")
    assert exits == []
    tap_text(qtbot, screen, "Tap again to restart")
    assert exits == [3]
    tap_text(qtbot, screen, "Exit to the desktop")
    tap_text(qtbot, screen, "Tap again to exit")
    assert exits == [3, 0]
    assert window.allow_close


def test_close_returns_to_attract(qtbot, window, ui_clock, mode):
    screen = open_technician(qtbot, window, ui_clock, mode)
    tap_text(qtbot, screen, "Close")
    assert window.current.name == "attract"
    assert window.idle.enabled and not mode.idle.timer.isActive()


# -- closing by itself ---------------------------------------------------------------------
def test_technician_mode_closes_by_itself_when_idle(qtbot, window, ui_clock, mode):
    screen = open_technician(qtbot, window, ui_clock, mode)
    assert mode.idle.timer.interval() == 180_000  # config.technician_idle_s
    assert not window.idle.timer.isActive()  # the visitor's countdown is paused
    mode.idle.timer.stop()
    tap(qtbot, screen.buttons["sync"])  # any touch starts the wait again
    assert mode.idle.timer.isActive()
    mode.idle.timer.timeout.emit()
    assert window.current.name == "attract"
    assert window.idle.enabled


def test_the_idle_timer_really_fires(qtbot, window, ui_ctx, ui_clock, tech_ctx, ui_store):
    ui_ctx.config = replace(ui_ctx.config, technician_idle_s=0.2)
    set_pin(ui_store, PIN, hasher=FAST)
    m = _install(window, tech_ctx)
    try:
        open_technician(qtbot, window, ui_clock, m)
        qtbot.waitUntil(lambda: window.current.name == "attract", timeout=5000)
        corner_taps(qtbot, window, ui_clock, 5)  # and the pad itself closes when left alone
        qtbot.waitUntil(lambda: not m.pad.isVisible(), timeout=5000)
    finally:
        m.uninstall()


def test_everything_tappable_is_finger_sized(qtbot, window, ui_clock, mode, ui_store, hub_keypair):
    from PySide6.QtWidgets import QAbstractButton

    rejected_row(ui_store, hub_keypair[1])
    pad = open_pad(qtbot, window, ui_clock, mode)
    small = [b.text() for b in pad.findChildren(QAbstractButton) if b.height() < 64]
    assert not small
    tap_text(qtbot, pad, "Cancel")
    screen = open_technician(qtbot, window, ui_clock, mode)
    small = [
        b.text() for b in screen.findChildren(QAbstractButton) if b.isVisible() and b.height() < 64
    ]
    assert not small
    view = screen.rejected.view
    assert view.visualRect(view.model().index(0, 0)).height() >= 64


def test_self_test_renders_every_screen_for_real(qtbot, window):
    """The technician screen's self-test, not stubbed: a throwaway window renders every screen
    in every language, and the kiosk's own window is left as it was."""
    from ui.technician.checks import run_self_test

    before = window.current.name
    assert run_self_test(window) == []
    assert window.current.name == before and window.isVisible()
