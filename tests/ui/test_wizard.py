"""The wizard and the review screen on the demo catalog's kindergarten form, in the three
languages, driven as a finger would: taps on options, the keyboard's keys, Next and Back."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

import assets
from kiosk.catalog import load_catalog_bytes
from kiosk.config import Config
from offline_cache.submissions import Submitter
from tests.support.ui_driver import backspace, focused, tap, type_on_keyboard
from tests.ui.test_fields import (
    activate,
    editor,
    leave,
    press,
    press_text,
    seen,
    type_into,
)
from ui.i18n import Translations
from ui.texts import date_text

KG = "kindergarten-queue"
BAD_IIN, GOOD_IIN, CHILD_IIN = "900101300008", "900101300007", "210605500124"
NAMES = {"kk": "Айгүл Серікова", "ru": "Анна Иванова", "en": "Anna Smith"}
CHILD = {"kk": "Ержан Серіков", "ru": "Иван Иванов", "en": "John Smith"}

# A few of the UI's words in Kazakh and Russian, as the lead's translation files will carry.
WORDS = {
    ("FieldErrors", "This IIN is not valid. Check the 12 digits on your ID card."): {
        "kk": "Бұл ЖСН жарамсыз. Жеке куәлігіңіздегі 12 цифрды тексеріңіз.",
        "ru": "Этот ИИН недействителен. Проверьте 12 цифр в удостоверении личности.",
    },
    ("FieldErrors", "Please fill this in."): {
        "kk": "Осы жолды толтырыңыз.",
        "ru": "Пожалуйста, заполните это поле.",
    },
    ("WizardScreen", "Next"): {"kk": "Келесі", "ru": "Далее"},
    ("WizardScreen", "Check answers"): {"kk": "Жауаптарды тексеру", "ru": "Проверить ответы"},
    ("FieldEditor", "%1 (required)"): {"kk": "%1 (міндетті)", "ru": "%1 (обязательно)"},
}
LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}


def _lrelease() -> Path:
    path = Path(__file__).resolve().parents[2] / "tools" / "i18n.py"
    spec = importlib.util.spec_from_file_location("kiosk_i18n_tool", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool.find_tool("lrelease")


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("i18n")
    lrelease = _lrelease()
    for lang, locale in LOCALES.items():
        contexts: dict[str, list[str]] = {}
        for (context, source), words in WORDS.items():
            text = words.get(lang, source)
            contexts.setdefault(context, []).append(
                f"<message><source>{escape(source)}</source>"
                f"<translation>{escape(text)}</translation></message>"
            )
        body = "".join(
            f"<context><name>{name}</name>{''.join(messages)}</context>"
            for name, messages in contexts.items()
        )
        ts = directory / f"kiosk_{lang}.ts"
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
            f'<TS version="2.1" language="{locale}">{body}</TS>',
            encoding="utf-8",
        )
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return directory


@pytest.fixture
def kiosk(window, qtbot, qapp, qm_dir):
    """The window with translations that know the words above."""
    window.translations.remove(qapp)
    window.translations = Translations(qm_dir)
    window.translations.switch(qapp, window.session.language)
    activate(qtbot, window)
    yield window
    window.translations.remove(qapp)


def say(key: tuple[str, str], lang: str) -> str:
    return WORDS[key].get(lang, key[1])


def label(window, field_id: str, option: str | None = None) -> str:
    field = window.session.form.field(field_id)
    text = field.option(option).label if option else field.label
    return window.ctx.catalog.text(text, window.session.language)


def switch_language(qtbot, window, lang: str) -> None:
    tap(qtbot, window.top.languages[lang])  # the top bar's language button
    title = window.session.form.steps[window.session.step].title
    wizard = window.screens["wizard"]
    qtbot.waitUntil(lambda: wizard.step_title.text() == window.ctx.catalog.text(title, lang))


def start(qtbot, window, lang: str) -> None:
    window.set_language(lang)
    window.go("wizard", service_id=KG)
    assert window.current.name == "wizard"


def choose_date(qtbot, window, field_id: str, year_taps: int) -> None:
    """First taps show today's day, month and year; then `year_taps` years back."""
    picker = editor(window, field_id)
    for part in ("day", "month", "year"):
        press(qtbot, picker.buttons[(part, 1)])
    for _ in range(year_taps):
        press(qtbot, picker.buttons[("year", -1)])


def fill_applicant(qtbot, w, lang: str) -> None:
    press_text(qtbot, w.current, label(w, "applicant_role", "mother"))
    type_into(qtbot, w, "applicant_full_name", NAMES[lang])
    type_into(qtbot, w, "applicant_iin", GOOD_IIN)
    type_into(qtbot, w, "applicant_phone", "7011234567")
    leave(qtbot, w)


def fill_child(qtbot, w, lang: str) -> None:
    type_into(qtbot, w, "child_full_name", CHILD[lang])
    type_into(qtbot, w, "child_iin", CHILD_IIN)
    leave(qtbot, w)
    choose_date(qtbot, w, "child_birth_date", 3)
    press_text(qtbot, w.current, label(w, "priority_right", "none"))
    press_text(qtbot, w.current, label(w, "group_language", "kk"))
    choose_date(qtbot, w, "desired_start_date", 0)


def fill_kindergarten(qtbot, w, lang: str) -> None:
    press(qtbot, editor(w, "region").rows["KZ-75"])
    type_into(qtbot, w, "locality", {"kk": "Алматы", "ru": "Алматы", "en": "Almaty"}[lang])
    leave(qtbot, w)
    press(qtbot, editor(w, "kindergarten_types").rows["state"])
    press(qtbot, editor(w, "consent").box)


def next_step(qtbot, w) -> None:
    tap(qtbot, w.screens["wizard"].next_button)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_kindergarten_form_from_start_to_receipt(kiosk, qtbot, ui_store, lang):
    w = kiosk
    start(qtbot, w, lang)
    wizard = w.screens["wizard"]
    step_title = w.ctx.catalog.text(w.session.form.steps[0].title, lang)
    assert step_title in seen(w) and "1" in wizard.counter.text()
    assert say(("FieldEditor", "%1 (required)"), lang).replace(
        "%1", label(w, "applicant_iin")
    ) in seen(w)

    # visible_if, live: the guardian's decision number shows only for a guardian
    guardian = editor(w, "guardianship_decision_number")
    assert not guardian.isVisible()
    press_text(qtbot, w.current, label(w, "applicant_role", "guardian"))
    assert guardian.isVisible() and label(w, "guardianship_decision_number") in seen(w)
    press_text(qtbot, w.current, label(w, "applicant_role", "mother"))
    assert not guardian.isVisible()

    # a wrong IIN: the message, in the visitor's language, as soon as the field is left
    type_into(qtbot, w, "applicant_full_name", NAMES[lang])
    iin = type_into(qtbot, w, "applicant_iin", BAD_IIN)
    assert w.keyboard.layout_name() == "digits"
    assert iin.error() is None
    leave(qtbot, w)
    iin_message = say(
        ("FieldErrors", "This IIN is not valid. Check the 12 digits on your ID card."), lang
    )
    assert iin_message in seen(w)
    other = "ru" if lang != "ru" else "kk"
    switch_language(qtbot, w, other)  # the message follows the visitor's language
    assert say(
        ("FieldErrors", "This IIN is not valid. Check the 12 digits on your ID card."), other
    ) in seen(w)
    switch_language(qtbot, w, lang)
    assert iin_message in seen(w) and editor(w, "applicant_iin").value() == BAD_IIN

    # Next: the step's errors again (the phone is missing too), and no step further
    next_step(qtbot, w)
    assert w.session.step == 0 and iin_message in seen(w)
    assert editor(w, "applicant_phone").error() == say(
        ("FieldErrors", "Please fill this in."), lang
    )
    assert focused() is iin.focus_target()  # the first wrong field, ready to correct
    backspace(qtbot, w.keyboard, 12)
    type_on_keyboard(qtbot, w.keyboard, GOOD_IIN)
    assert iin_message not in seen(w)  # corrected: the message goes at once
    type_into(qtbot, w, "applicant_phone", "87011234567")
    leave(qtbot, w)
    next_step(qtbot, w)
    assert w.session.step == 1

    # Back keeps the answers; so does Next again
    fill_child(qtbot, w, lang)
    tap(qtbot, wizard.back_button)
    assert w.session.step == 0
    assert editor(w, "applicant_full_name").value() == NAMES[lang]
    assert editor(w, "applicant_iin").value() == GOOD_IIN
    assert editor(w, "applicant_role").value() == "mother"
    next_step(qtbot, w)
    assert editor(w, "child_full_name").value() == CHILD[lang]

    # a language switch mid-form: labels change, what was typed stays
    switch_language(qtbot, w, other)
    assert label(w, "child_full_name") in seen(w)
    assert editor(w, "child_full_name").value() == CHILD[lang]
    switch_language(qtbot, w, lang)

    next_step(qtbot, w)
    assert w.session.step == 2
    assert say(("WizardScreen", "Check answers"), lang) in wizard.next_button.text()
    fill_kindergarten(qtbot, w, lang)
    next_step(qtbot, w)

    # review: every answer, readable; an Edit per step; the consent before sending
    assert w.current.name == "review"
    review = w.current
    text = seen(w)
    for expected in (
        NAMES[lang],
        CHILD[lang],
        "+7 701 123 45 67",
        GOOD_IIN,
        label(w, "applicant_role", "mother"),
        label(w, "region", "KZ-75"),
        date_text(w.session.answers["child_birth_date"], lang),
    ):
        assert expected in text
    assert len(review.edit_buttons) == 3
    assert not review.submit_button.isEnabled()
    tap(qtbot, review.edit_buttons[0])  # Edit the first step, then straight back
    assert w.current.name == "wizard" and w.session.step == 0
    assert editor(w, "applicant_full_name").value() == NAMES[lang]
    next_step(qtbot, w)
    assert w.current.name == "review"
    press(qtbot, review.consent)
    assert review.submit_button.isEnabled()
    tap(qtbot, review.submit_button)

    assert w.current.name == "receipt"
    rows = ui_store.outbox.rows()
    assert len(rows) == 1 and rows[0].kind == "submission" and rows[0].service_id == KG
    assert w.session.reference == rows[0].reference
    body = ui_store.outbox.body(rows[0].id)
    assert set(body["sealed"]) == {"alg", "kid", "ct"}
    assert GOOD_IIN not in json.dumps(body) and NAMES[lang] not in json.dumps(body)


def _fill_all(qtbot, w, lang: str = "en") -> None:
    start(qtbot, w, lang)
    fill_applicant(qtbot, w, lang)
    next_step(qtbot, w)
    fill_child(qtbot, w, lang)
    next_step(qtbot, w)
    fill_kindergarten(qtbot, w, lang)
    next_step(qtbot, w)
    assert w.current.name == "review"


@pytest.fixture
def keyless_window(qtbot, qapp, ui_store, ui_clock):
    """A kiosk on its embedded catalog: no hub key yet."""
    from ui.app import build_window
    from ui.context import UiContext
    from ui.tasks import TaskRunner

    catalog = load_catalog_bytes(assets.demo_catalog_path().read_bytes())
    assert catalog.encryption_key is None
    ctx = UiContext(
        config=Config(),
        clock=ui_clock,
        catalog=catalog,
        outbox=ui_store.outbox,
        submitter=Submitter(ui_store.outbox, clock=ui_clock),
    )
    win = build_window(qapp, ctx, tasks=TaskRunner(threaded=False))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    activate(qtbot, win)
    yield win
    win.allow_close = True
    qapp.removeEventFilter(win.idle)
    win.keyboard.detach()
    win.close()


def test_no_hub_key_says_so_and_keeps_the_answers(keyless_window, qtbot, ui_store):
    w = keyless_window
    _fill_all(qtbot, w)
    answers = dict(w.session.answers)
    review = w.current
    press(qtbot, review.consent)
    tap(qtbot, review.submit_button)
    assert w.current.name == "review"
    assert (
        "This kiosk cannot take applications yet: it has not received the office's "
        "security key. Please ask staff."
    ) in seen(w)
    assert w.session.answers == answers and ui_store.outbox.rows() == []
    assert review.submit_button.isEnabled()  # may be tried again once the key has come


def test_a_full_disk_keeps_the_answers(kiosk, qtbot, ui_store, monkeypatch):
    w = kiosk
    _fill_all(qtbot, w)
    answers = dict(w.session.answers)

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(w.ctx.submitter, "submit", full)
    review = w.current
    press(qtbot, review.consent)
    tap(qtbot, review.submit_button)
    assert w.current.name == "review"
    assert "The kiosk cannot save applications right now." in seen(w)
    assert w.session.answers == answers


def test_invalid_answers_at_submit_go_back_to_that_step(kiosk, qtbot, ui_store):
    w = kiosk
    _fill_all(qtbot, w)
    w.session.answers["child_iin"] = BAD_IIN  # e.g. a rule the hub's new catalog added
    review = w.current
    press(qtbot, review.consent)
    tap(qtbot, review.submit_button)
    assert w.current.name == "wizard" and w.session.step == 1
    assert "This IIN is not valid." in seen(w)
    assert ui_store.outbox.rows() == []


def test_back_on_the_first_step_leaves_the_form_and_keeps_it(kiosk, qtbot):
    w = kiosk
    w.go("home")
    start(qtbot, w, "en")
    type_into(qtbot, w, "applicant_full_name", "Anna")
    leave(qtbot, w)
    tap(qtbot, w.screens["wizard"].back_button)
    assert w.current.name == "home"
    w.go("wizard", service_id=KG)
    assert editor(w, "applicant_full_name").value() == "Anna"


def test_send_commits_what_the_review_screen_sealed_and_a_reset_forgets_it(
    kiosk, qtbot, ui_store, monkeypatch
):
    import offline_cache.submissions as submissions

    w = kiosk
    _fill_all(qtbot, w)
    assert w.current.name == "review"

    def sealing_again(*_args, **_kwargs):
        raise AssertionError("sealed again when Send was pressed")

    monkeypatch.setattr(submissions, "seal_answers", sealing_again)
    review = w.current
    press(qtbot, review.consent)
    tap(qtbot, review.submit_button)
    assert w.current.name == "receipt" and len(ui_store.outbox.rows()) == 1
    monkeypatch.undo()

    w.reset()
    _fill_all(qtbot, w)  # the next visitor walks away at the review
    assert w.ctx.submitter._ahead is not None
    w.reset()
    assert w.ctx.submitter._ahead is None
