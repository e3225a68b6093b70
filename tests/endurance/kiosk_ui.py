"""The real kiosk window for endurance tests (as tests/ui/conftest.py builds it, but with an
engine, a status look-up and a threaded task runner when asked), and the probes: event-loop
latency, RSS, open file descriptors."""

from __future__ import annotations

import json
import math
import os
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

import assets
from kiosk.catalog import Catalog, parse_catalog
from kiosk.sealing import ALG, b64u_encode


def demo_catalog(public_key: bytes, kid: str = "test") -> Catalog:
    doc = json.loads(assets.demo_catalog_path().read_text(encoding="utf-8"))
    doc["encryption_key"] = {"kid": kid, "alg": ALG, "public_key": b64u_encode(public_key)}
    return parse_catalog(doc)


def open_window(qtbot: QtBot, ctx, *, threaded: bool = True):
    """The kiosk's MainWindow on `ctx`, 1280x800, shown offscreen, on the attract screen."""
    from ui.app import build_window, qt_app
    from ui.tasks import TaskRunner

    app = qt_app()
    win = build_window(app, ctx, tasks=TaskRunner(threaded=threaded))
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def close_window(win) -> None:
    from ui.app import qt_app

    win.tasks.wait(15)
    win.allow_close = True
    qt_app().removeEventFilter(win.idle)
    win.keyboard.detach()
    win.close()
    win.deleteLater()


class LatencyProbe:
    """A 10 ms QTimer on the UI thread; the longest gap between its ticks is how long the event
    loop was ever blocked (one frame is 16.7 ms)."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.ticks = 0
        self.max_gap_ms = 0.0
        self._last: float | None = None

    def _tick(self) -> None:
        now = time.monotonic()
        if self._last is not None:
            self.max_gap_ms = max(self.max_gap_ms, (now - self._last) * 1000)
        self._last = now
        self.ticks += 1

    def __enter__(self) -> LatencyProbe:
        self._last = time.monotonic()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()
        self.timer.deleteLater()


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def open_files() -> Counter[str]:
    """What this process's file descriptors point at (sockets and pipes by kind only)."""
    found: Counter[str] = Counter()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # closed meanwhile (the listing's own descriptor)
            continue
        found[
            target.split(":")[0]
            if target.startswith(("socket:", "pipe:", "anon_inode:"))
            else target
        ] += 1
    return found


# -- a visitor -----------------------------------------------------------------------------------
def smallest_form_service(catalog: Catalog):
    """The service whose form has the fewest fields (the cheapest session)."""
    return min(
        (s for s in catalog.services if s.form is not None),
        key=lambda s: (len(list(s.form.fields())), s.id),
    )


def valid_answers(form, today: date) -> dict[str, Any]:
    """An answer for every field that passes the form's rules (checked by the caller)."""

    def bound(value: str | None) -> date | None:
        return None if value is None else today if value == "today" else date.fromisoformat(value)

    answers: dict[str, Any] = {}
    for f in form.fields():
        if f.type == "select":
            answers[f.id] = f.options[0].value
        elif f.type == "multiselect":
            answers[f.id] = [o.value for o in f.options[: max(1, f.min_items or 1)]]
        elif f.type == "date":
            answers[f.id] = (bound(f.min) or bound(f.max) or today).isoformat()
        elif f.type == "number":
            low = f.min if f.min is not None else 1
            answers[f.id] = math.ceil(low) if f.integer else low
        elif f.type in ("text", "textarea"):
            answers[f.id] = "Тест" + "т" * max(0, (f.min_length or 0) - 4)
        else:
            answers[f.id] = {
                "iin": "900101300007",
                "phone": "+77011234567",
                "email": "a@b.kz",
                "checkbox": True,
            }[f.type]
    return answers


def press(qtbot: QtBot, widget) -> None:
    """Flick the page until `widget` shows, then tap the part of it that is on screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from tests.support.ui_driver import tap
    from ui.keyboard import ensure_field_visible

    QApplication.processEvents()  # pending layouts first: the page may just have been filled
    area = ensure_field_visible(widget)
    QApplication.processEvents()
    shown = widget.rect()
    if area is not None:
        viewport = area.viewport()
        shown = shown.intersected(
            QRect(widget.mapFrom(viewport, viewport.rect().topLeft()), viewport.size())
        )
    assert not shown.isEmpty(), f"{widget.objectName()} cannot be brought on screen"
    tap(qtbot, widget, shown.center())


TYPED = {"phone": "7011234567"}  # what a visitor types for the answer (the +7 is printed)


def fill_step_by_finger(qtbot: QtBot, win, answers: dict) -> None:
    """Answer the wizard's current step as a visitor: taps on options, dates' arrows and the
    on-screen keyboard's keys."""
    from tests.support.ui_driver import press_done, type_on_keyboard

    page = win.screens["wizard"].page
    assert page is not None, "no step on show"
    for editor in list(page.editors.values()):
        f = editor.field
        if editor.isHidden():
            continue
        if f.type in ("select", "multiselect"):
            chosen = answers[f.id] if f.type == "multiselect" else [answers[f.id]]
            for value in chosen:
                press(qtbot, editor.rows[value])
        elif f.type == "checkbox":
            press(qtbot, editor.box)
        elif f.type == "date":
            for part in ("day", "month", "year"):  # the first taps show today, within range
                press(qtbot, editor.buttons[(part, 1)])
        else:
            press(qtbot, editor.focus_target())
            qtbot.waitUntil(win.keyboard.isVisible, timeout=2000)
            type_on_keyboard(qtbot, win.keyboard, TYPED.get(f.type, str(answers[f.id])))
            press_done(qtbot, win.keyboard)
        assert editor.error() is None, f"{f.id}: {editor.error()}"
