"""Every field editor, edited as a finger would (taps on the on-screen keyboard, on options, on
the date picker's arrows) inside the real wizard, and what the visitor then sees."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

import assets
from kiosk.catalog import Field, Option, parse_catalog
from kiosk.sealing import b64u_encode
from tests.support.ui_driver import (
    backspace,
    find_button,
    focused,
    press_done,
    tap,
    type_on_keyboard,
    visible_texts,
)
from ui.fields import FieldEditor
from ui.fields.form import StepForm
from ui.keyboard import ensure_field_visible
from ui.texts import month_name

TODAY = date(2026, 11, 23)
YES_NO = (Option("yes", {"kk": "Иә"}), Option("no", {"kk": "Жоқ"}))


def _f(field_id: str, kind: str, required: bool = True, **extra) -> dict:
    """A field whose label is its id, "(kk)"/"(ru)" added in those languages."""
    label = {"kk": field_id + " (kk)", "ru": field_id + " (ru)", "en": field_id}
    if "options" in extra:
        extra["options"] = [
            {"value": v, "label": {"kk": v.upper(), "en": v.upper()}} for v in extra["options"]
        ]
    return {"id": field_id, "type": kind, "label": label, "required": required, **extra}


def _step(title: str, *fields: dict) -> dict:
    return {"title": {"kk": title}, "fields": list(fields)}


FIELDS_SERVICE = {
    "id": "all-fields",
    "category": "family",
    "kind": "application",
    "title": {"kk": "All"},
    "summary": {"kk": "Test"},
    "details": {},
    "form": {
        "version": "1",
        "steps": [
            _step(
                "Texts",
                _f("t_text", "text", min_length=3, max_length=10),
                _f("t_email", "email", False),
                _f("t_area", "textarea", False, max_length=20),
            ),
            _step(
                "Numbers",
                _f("n_int", "number", min=1, max=20, integer=True),
                _f("n_dec", "number", False, min=0.5, max=100),
                _f("phone", "phone"),
                _f("iin", "iin"),
            ),
            _step(
                "Dates",
                _f("d_past", "date", min="2000-01-01", max="today"),
                _f("d_future", "date", False, min="today"),
            ),
            _step(
                "Choices",
                _f("kind", "select", options=["a", "b", "c"]),
                _f("extra", "text", visible_if={"field": "kind", "equals": "c"}),
                _f("many", "multiselect", options=["x", "y", "z", "w"], min_items=1, max_items=2),
                _f("agree", "checkbox"),
            ),
        ],
    },
}


def fields_catalog(public_key: bytes):
    doc = json.loads(assets.demo_catalog_path().read_text(encoding="utf-8"))
    doc["services"].append(FIELDS_SERVICE)
    doc["encryption_key"] = {
        "kid": "test",
        "alg": "HPKE-X25519-SHA256-AES128GCM",
        "public_key": b64u_encode(public_key),
    }
    return parse_catalog(doc)


# -- driving helpers (also used by test_wizard.py) ---------------------------------------------
def activate(qtbot, window) -> None:
    """Make the window the active one (taps in flickable areas go straight through: the app's
    scrollers deliver presses at once, see ui/scrolling.py)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot, widget: QWidget) -> None:
    """Flick the form until `widget` is on screen, then tap the part of it that shows."""
    QApplication.processEvents()
    area = ensure_field_visible(widget)
    QApplication.processEvents()
    shown = widget.rect()
    if area is not None:
        viewport = area.viewport()
        top_left = widget.mapFrom(viewport, viewport.rect().topLeft())
        shown = shown.intersected(QRect(top_left, viewport.size()))
    assert not shown.isEmpty(), f"{widget.objectName()} cannot be brought on screen"
    tap(qtbot, widget, shown.center())


def press_text(qtbot, root: QWidget, text: str) -> None:
    press(qtbot, find_button(root, text))


def editor(window, field_id: str) -> FieldEditor:
    page = window.screens["wizard"].page
    assert page is not None and field_id in page.editors, f"{field_id} is not on this step"
    return page.editors[field_id]


def type_into(qtbot, window, field_id: str, text: str) -> FieldEditor:
    """Tap the field (the keyboard comes up) and type `text` on the keyboard's keys."""
    ed = editor(window, field_id)
    target = ed.focus_target()
    assert target is not None
    press(qtbot, target)
    qtbot.waitUntil(lambda: window.keyboard.isVisible())
    assert focused() is target
    type_on_keyboard(qtbot, window.keyboard, text)
    return ed


def leave(qtbot, window) -> None:
    """Done on the keyboard: the field is left."""
    press_done(qtbot, window.keyboard)
    assert not window.keyboard.isVisible()


def seen(window) -> str:
    return visible_texts(window.current)


@pytest.fixture
def fields_window(window, qtbot, hub_keypair):
    window.ctx.set_catalog(fields_catalog(hub_keypair[1]))
    window.set_language("en")
    activate(qtbot, window)
    window.go("wizard", service_id="all-fields")
    assert window.current.name == "wizard"
    return window


def go_step(window, index: int) -> None:
    window.go("wizard", step=index)
    assert window.session.step == index


# -- texts -------------------------------------------------------------------------------------
def test_text_field_types_keyboard_and_validates(fields_window, qtbot):
    w = fields_window
    ed = type_into(qtbot, w, "t_text", "Ab")
    assert w.keyboard.layout_name() == "en"
    assert w.session.answers["t_text"] == "Ab"
    assert ed.error() is None  # no message while typing
    leave(qtbot, w)
    assert "This is too short. Please write at least 3 characters." in seen(w)
    type_into(qtbot, w, "t_text", "c")
    assert w.session.answers["t_text"] == "Abc"
    assert ed.error() is None  # corrected: gone at once, before leaving
    # A huge paste is cut at max_length + 1, so validation says "too long".
    QApplication.clipboard().setText("x" * 5000)
    ed.focus_target().paste()
    assert len(ed.value()) == 11
    leave(qtbot, w)
    assert "This is too long. Please use at most 10 characters." in seen(w)


def test_email_and_textarea(fields_window, qtbot):
    w = fields_window
    ed = type_into(qtbot, w, "t_email", "name@mail")
    assert w.keyboard.layout_name() == "email"
    leave(qtbot, w)
    assert "This e-mail address is not complete." in seen(w)
    type_into(qtbot, w, "t_email", ".kz")
    assert ed.error() is None and w.session.answers["t_email"] == "name@mail.kz"

    area = type_into(qtbot, w, "t_area", "one")
    press_done(qtbot, w.keyboard)  # in a text box, the Enter key starts a new line
    type_on_keyboard(qtbot, w.keyboard, "two")
    assert w.session.answers["t_area"] == "one\ntwo"
    lines = area.focus_target().height() / area.focus_target().fontMetrics().lineSpacing()
    assert 4 <= lines <= 5.5  # about four lines tall
    QApplication.clipboard().setText("y" * 500)
    area.focus_target().paste()
    assert len(area.value()) == 21


# -- numbers, phone, IIN -------------------------------------------------------------------------
def test_number_fields(fields_window, qtbot):
    w = fields_window
    go_step(w, 1)
    ed = type_into(qtbot, w, "n_int", "25")
    assert w.keyboard.layout_name() == "digits"
    assert w.session.answers["n_int"] == 25
    leave(qtbot, w)
    assert "The number cannot be more than 20." in seen(w)
    press(qtbot, ed.focus_target())
    backspace(qtbot, w.keyboard, 2)
    type_on_keyboard(qtbot, w.keyboard, "7")
    assert w.session.answers["n_int"] == 7 and ed.error() is None

    dec = type_into(qtbot, w, "n_dec", "2.5")
    assert w.keyboard.layout_name() == "number"
    assert w.session.answers["n_dec"] == 2.5
    type_on_keyboard(qtbot, w.keyboard, ".3")
    assert w.session.answers["n_dec"] == "2.5.3"  # not a number: kept as typed
    leave(qtbot, w)
    assert dec.error() == "Please write a number, using digits."


def test_phone_field_has_plus7_and_takes_a_leading_8(fields_window, qtbot):
    w = fields_window
    go_step(w, 1)
    ed = type_into(qtbot, w, "phone", "70112")
    assert w.keyboard.layout_name() == "phone"
    assert ed.focus_target().displayText().startswith("+7 701 12")
    leave(qtbot, w)
    assert "This phone number is not complete or not valid." in seen(w)
    press(qtbot, ed.focus_target())
    backspace(qtbot, w.keyboard, 5)
    assert w.session.answers["phone"] == ""
    type_on_keyboard(qtbot, w.keyboard, "87011234567")  # as dialled on a phone
    assert ed.focus_target().displayText() == "+7 701 123 45 67"
    assert w.session.answers["phone"] == "+77011234567"
    assert ed.error() is None


def test_iin_field(fields_window, qtbot):
    w = fields_window
    go_step(w, 1)
    ed = type_into(qtbot, w, "iin", "12345")
    assert w.keyboard.layout_name() == "digits"
    leave(qtbot, w)
    assert "An IIN has exactly 12 digits." in seen(w)
    type_into(qtbot, w, "iin", "6789012")
    leave(qtbot, w)
    assert ed.error() == "This IIN is not valid. Check the 12 digits on your ID card."
    press(qtbot, ed.focus_target())
    backspace(qtbot, w.keyboard, 12)
    type_on_keyboard(qtbot, w.keyboard, "900101300007")
    assert ed.error() is None and w.session.answers["iin"] == "900101300007"


# -- dates -------------------------------------------------------------------------------------
def test_date_picker_without_typing(fields_window, qtbot):
    w = fields_window
    go_step(w, 2)
    past = editor(w, "d_past")
    assert [past.shown[p].text() for p in ("day", "month", "year")] == ["—", "—", "—"]
    assert past.value() is None and "d_past" not in w.session.answers
    press(qtbot, past.buttons[("year", 1)])  # first tap: this year
    assert past.shown["year"].text() == "2026"
    assert not past.buttons[("year", 1)].isEnabled()  # max is today
    press(qtbot, past.buttons[("month", -1)])  # first tap: this month
    assert past.shown["month"].text() == "November"
    press(qtbot, past.buttons[("month", 1)])  # December 2026 is after today: round to January
    assert past.shown["month"].text() == "January"
    assert w.session.answers["d_past"] is None  # no day yet
    press(qtbot, past.buttons[("day", 1)])
    assert w.session.answers["d_past"] == "2026-01-23"
    assert "Chosen: 23 January 2026" in seen(w)
    for _ in range(3):  # ten years back at a time, but never before the minimum
        press(qtbot, past.buttons[("year", -10)])
    assert w.session.answers["d_past"] == "2000-01-23"
    press(qtbot, past.buttons[("day", -1)])
    assert w.session.answers["d_past"] == "2000-01-22"

    future = editor(w, "d_future")
    press(qtbot, future.buttons[("day", -1)])
    press(qtbot, future.buttons[("month", -1)])
    press(qtbot, future.buttons[("year", -1)])
    assert w.session.answers["d_future"] == "2026-11-23"  # min is today: nothing earlier
    press(qtbot, future.buttons[("day", -1)])
    assert w.session.answers["d_future"] == "2026-11-30"  # days go round within the range
    press_text(qtbot, future, "Clear the date")  # optional: can be emptied again
    assert future.value() is None and w.session.answers["d_future"] is None

    w.set_language("ru")  # month names in the visitor's language
    qtbot.waitUntil(lambda: past.shown["month"].text() == month_name(1, "ru"))
    assert month_name(1, "ru") == "Январь" and month_name(11, "kk") == "Қараша"


def test_incomplete_date_is_reported_on_next(fields_window, qtbot):
    w = fields_window
    go_step(w, 2)
    past = editor(w, "d_past")
    press(qtbot, past.buttons[("day", 1)])
    tap(qtbot, w.screens["wizard"].next_button)
    assert past.error() == "Please choose the day, the month and the year."
    assert w.session.step == 2


# -- choices -----------------------------------------------------------------------------------
def test_select_multiselect_checkbox_and_live_visibility(fields_window, qtbot):
    w = fields_window
    go_step(w, 3)
    extra = editor(w, "extra")
    assert not extra.isVisible()
    press_text(qtbot, w.current, "A")
    assert w.session.answers["kind"] == "a"
    press_text(qtbot, w.current, "C")
    assert w.session.answers["kind"] == "c" and extra.isVisible()  # shown at once
    assert [r.isChecked() for r in editor(w, "kind").rows.values()] == [False, False, True]
    press_text(qtbot, w.current, "B")
    assert not extra.isVisible()

    many = editor(w, "many")
    for value in ("x", "y"):
        press(qtbot, many.rows[value])
    assert w.session.answers["many"] == ["x", "y"]
    press(qtbot, many.rows["z"])
    assert many.error() == "Too many answers are chosen. Please choose at most 2."
    press(qtbot, many.rows["z"])
    assert many.error() is None and w.session.answers["many"] == ["x", "y"]

    agree = editor(w, "agree")
    assert "agree (required)" in seen(w)  # the label is the sentence beside the box
    press(qtbot, agree.box)
    assert w.session.answers["agree"] is True
    press(qtbot, agree.box)
    assert agree.error().startswith("Please tap this box to agree.")


def test_editors_set_value_clear_and_emit_only_visitor_edits(fields_window, qtbot):
    w = fields_window
    samples = {
        "t_text": "Abc",
        "t_email": "a@b.kz",
        "t_area": "x\ny",
        "n_int": 3,
        "n_dec": 2.5,
        "phone": "+77011234567",
        "iin": "900101300007",
        "d_past": "2020-02-29",
        "d_future": "2027-01-01",
        "kind": "b",
        "extra": "e",
        "many": ["x", "w"],
        "agree": True,
    }
    editors: dict[str, FieldEditor] = {}
    for step in range(4):
        go_step(w, step)
        editors.update(w.screens["wizard"].page.editors)
    emitted: list[object] = []
    for field_id, value in samples.items():
        ed = editors[field_id]
        ed.changed.connect(emitted.append)
        ed.set_value(value)
        assert ed.value() == value, field_id
        ed.set_error("wrong")
        ed.clear()
        assert ed.value() in (None, "", [], False), field_id
        assert ed.error() is None and not ed.touched
    assert emitted == []  # only the visitor's own edits are reported


def test_idle_reset_drops_every_editor(fields_window, qtbot):
    w = fields_window
    type_into(qtbot, w, "t_text", "Secret")
    leave(qtbot, w)
    w.reset()
    wizard = w.screens["wizard"]
    assert wizard.page is None and not wizard._pages
    assert w.session.answers == {}
    qtbot.wait(20)  # the dropped editors are deleted
    assert not any("Secret" in edit.text() for edit in w.findChildren(QLineEdit))


def _bare_qt_form(count: int, parent: QWidget) -> None:
    """What a field minimally is in Qt: a widget, its layout, a label and an input."""
    for i in range(count):
        box = QWidget(parent)
        column = QVBoxLayout(box)
        label = QLabel(f"Field {i}", box)
        label.setWordWrap(True)
        column.addWidget(label)
        column.addWidget(QLineEdit(box))


def _timed(build) -> float:
    host = QWidget()
    start = time.perf_counter()
    build(host)
    elapsed = time.perf_counter() - start
    host.deleteLater()
    return elapsed


def test_forty_fields_build_quickly(window, qtbot):
    """A step's editors are built when it is first shown (and the next step's while the
    visitor reads this one): keep that light. About 10 ms for 40 on an idle machine, close to
    the bare Qt widgets they are made of (compared, so a busy test machine does not matter)."""
    kinds = ["text", "phone", "iin", "number", "email", "text", "textarea", "select"]
    fields = [
        Field(
            id=f"f{i}",
            type=kinds[i % len(kinds)],
            label={"kk": f"Field {i}"},
            required=True,
            options=YES_NO if kinds[i % len(kinds)] == "select" else (),
        )
        for i in range(40)
    ]
    catalog = window.ctx.catalog

    def build(host: QWidget) -> None:
        StepForm(fields, today=TODAY, catalog=catalog, lang="kk", parent=host)

    build(QWidget())  # warm up
    ours, bare = 1e9, 1e9
    for _ in range(7):  # interleaved, so a busy machine slows both alike
        ours = min(ours, _timed(build))
        bare = min(bare, _timed(lambda host: _bare_qt_form(40, host)))
    print(f"40 editors built in {ours * 1000:.1f} ms; bare Qt widgets: {bare * 1000:.1f} ms")
    assert ours < 5 * bare + 0.005
    assert ours < 0.25
