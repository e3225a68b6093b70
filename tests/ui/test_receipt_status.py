"""The attract, language, receipt and status-check screens, driven as a finger would.

A few tests need translated texts: they run on a window whose translations are a handful of
kk/ru strings compiled here (the real .ts files are filled by translators, not by tests).
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from xml.sax.saxutils import escape

import pytest
import segno
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from offline_cache.hub_client import Transient
from tests.support.ui_driver import (
    find_button,
    press_done,
    tap,
    tap_text,
    type_on_keyboard,
    visible_texts,
)

SERVICE = "household-farm-certificate"
ANSWERS = {
    "applicant_full_name": "Асқар Бекұлы",
    "applicant_iin": "900101300007",
    "applicant_phone": "+77011234567",
    "region": "KZ-10",
    "locality": "Алматы",
    "street_address": "Абай даңғылы 1",
    "farm_has": ["cattle"],
    "livestock_heads": 3,
    "purpose": "bank",
    "consent": True,
}
INVALID = (
    "This number is not complete or has a mistake. An application number has 12 "
    "letters and digits, like 7K3M-Q9TX-2BHD."
)
TEXTS = {  # (context, source): (kk, ru)
    ("LanguageScreen", "Welcome!"): ("Қош келдіңіз!", "Добро пожаловать!"),
    ("AttractScreen", "Hello! At this kiosk you can:"): (
        "Сәлеметсіз бе! Бұл терминалда:",
        "Здравствуйте! Здесь можно:",
    ),
    ("AttractScreen", "Touch to start"): ("Бастау үшін түртіңіз", "Коснитесь, чтобы начать"),
    ("TopBar", "Home"): ("Басты бет", "Главная"),
    ("StatusCheckScreen", INVALID): (
        "Нөмір толық емес немесе қате терілген. Өтініш нөмірі 12 әріп пен цифрдан тұрады, "
        "мысалы: 7K3M-Q9TX-2BHD.",
        "Номер неполный или в нём ошибка. Номер заявления состоит из 12 букв и цифр, "
        "например: 7K3M-Q9TX-2BHD.",
    ),
}


@pytest.fixture
def window(window):
    """The conftest's window, switched to English: these tests read the English texts (the
    kiosk starts in Kazakh, its default language)."""
    window.set_language("en")
    return window


@pytest.fixture(autouse=True)
def _no_leftover_windows(qapp):
    """Delete each test's main window after it is closed: the shared `window` fixture only
    closes it, and every window left alive makes the next one slower to style."""
    yield
    from ui.main_window import MainWindow

    for widget in qapp.topLevelWidgets():
        if isinstance(widget, MainWindow) and not widget.isVisible():
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def text_in(lang: str, context: str, source: str) -> str:
    return source if lang == "en" else TEXTS[(context, source)][0 if lang == "kk" else 1]


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory):
    from tools.i18n import find_tool

    directory = tmp_path_factory.mktemp("i18n")
    lrelease = find_tool("lrelease")
    for index, (lang, locale) in enumerate((("kk", "kk_KZ"), ("ru", "ru_RU"), ("en", "en_US"))):
        parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="{locale}">']
        for (context, source), texts in TEXTS.items():
            translation = texts[index] if index < 2 else source
            parts.append(
                f"<context><name>{context}</name><message><source>{escape(source)}"
                f"</source><translation>{escape(translation)}</translation></message>"
                "</context>"
            )
        ts = directory / f"kiosk_{lang}.ts"
        ts.write_text("\n".join(parts) + "\n</TS>\n", encoding="utf-8")
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return directory


@pytest.fixture
def translated_window(qtbot, ui_ctx, qm_dir):
    """The real main window, with the translations above (removed again afterwards)."""
    from ui.app import build_window, qt_app
    from ui.i18n import Translations
    from ui.tasks import TaskRunner

    app = qt_app()
    win = build_window(
        app, ui_ctx, tasks=TaskRunner(threaded=False), translations=Translations(qm_dir)
    )
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.translations.remove(app)
    win.allow_close = True
    app.removeEventFilter(win.idle)
    win.keyboard.detach()
    win.close()


def press(qtbot, window, text: str) -> None:
    """Tap the button reading `text`, first checking a finger can reach it: nothing covers
    its centre (a click is delivered to whatever widget is on top there)."""
    button = find_button(window, text)
    centre = button.mapTo(window, button.rect().center())
    on_top = window.childAt(centre)
    assert on_top is button or button.isAncestorOf(on_top), f"{text!r} is covered by {on_top}"
    tap(qtbot, button)


def submit(ui_ctx):
    service = ui_ctx.catalog.service(SERVICE)
    assert service is not None, f"the demo catalog has no {SERVICE}"
    return ui_ctx.submitter.submit(ui_ctx.catalog, service, ANSWERS, "kk")


def show_receipt(window, receipt):
    window.go("receipt", reference=receipt.reference, receipt_id=receipt.id)
    assert window.current.name == "receipt"
    return window.current


def everything_readable(window) -> str:
    """Every text of every screen, shown or not (labels, buttons, fields)."""
    parts = [w.text() for w in window.findChildren(QLabel)]
    parts += [w.text() for w in window.findChildren(QLineEdit)]
    parts += [b.text() for b in window.findChildren(QAbstractButton)]
    return "\n".join(parts)


# -- attract and language ---------------------------------------------------------------------
def test_a_touch_anywhere_then_russian_leads_home_in_russian(qtbot, translated_window):
    window = translated_window
    attract = window.current
    assert attract.name == "attract" and not window.top.isVisible()
    tap(qtbot, attract.headline)  # not a button: the screen itself takes the touch
    assert window.current.name == "language"
    assert not attract.cycle_timer.isActive()
    assert "Қош келдіңіз!" in find_button(window.current, "Қазақша").text()
    assert "Добро пожаловать!" in find_button(window.current, "Русский").text()
    assert "Welcome!" in find_button(window.current, "English").text()
    tap_text(qtbot, window.current, "Русский")
    assert window.current.name == "home"
    assert window.session.language == "ru"
    assert window.top.languages["ru"].isChecked()
    qtbot.waitUntil(lambda: "Главная" in visible_texts(window))  # LanguageChange is posted


def test_the_attract_screen_speaks_the_three_languages_in_turn(qtbot, translated_window):
    attract = translated_window.current
    assert attract.cycle_timer.isActive() and 3000 <= attract.cycle_timer.interval() <= 5000
    seen = []
    for _ in range(4):
        seen.append((attract.headline.text(), attract.start.text()))
        attract.cycle_timer.timeout.emit()  # what the timer does every 4 s
    assert seen[0] == ("Сәлеметсіз бе! Бұл терминалда:", "Бастау үшін түртіңіз")
    assert seen[1] == ("Здравствуйте! Здесь можно:", "Коснитесь, чтобы начать")
    assert seen[2] == ("Hello! At this kiosk you can:", "Touch to start")
    assert seen[3] == seen[0]
    assert translated_window.session.language == "kk"  # the app's language never moved
    now = attract.headline.text()
    attract.cycle_timer.setInterval(50)  # the real timer, sped up, drives the same change
    qtbot.waitUntil(lambda: attract.headline.text() != now, timeout=2000)


# -- receipt --------------------------------------------------------------------------------
def test_the_receipt_shows_the_number_and_its_qr_code(qtbot, window, ui_ctx):
    from ui.qr import read_modules

    receipt = submit(ui_ctx)
    screen = show_receipt(window, receipt)
    code = screen.findChild(QLabel, "referenceCode")
    assert code.isVisible() and code.text() == receipt.reference
    assert receipt.reference in visible_texts(window)
    expected = segno.make(receipt.reference, error="m", micro=False, boost_error=False).matrix
    assert screen.qr == tuple(tuple(int(bool(v)) for v in row) for row in expected)
    pixmap = screen.qr_view.pixmap()
    assert not pixmap.isNull() and pixmap.width() == pixmap.height() >= 200
    assert screen.qr_view.isVisible()
    shown = read_modules(pixmap.toImage(), len(expected), screen._module_px)
    assert shown == screen.qr  # what is on screen is that code, module by module
    assert "Saved on this kiosk" in visible_texts(window)
    assert not find_button(window, "Finish").isHidden()
    assert not screen.print_button.isVisible()  # no printer configured


def test_the_receipt_says_sent_once_the_outbox_delivers_it(
    qtbot, window, ui_ctx, ui_store, ui_clock
):
    receipt = submit(ui_ctx)
    show_receipt(window, receipt)
    assert "Sent to the office" not in visible_texts(window)
    assert ui_store.outbox.mark_sending(receipt.id, ui_clock.now())
    assert ui_store.outbox.mark_delivered(receipt.id, ui_clock.now())
    qtbot.waitUntil(lambda: "Sent to the office" in visible_texts(window), timeout=3000)
    assert "Saved on this kiosk" not in visible_texts(window)


def test_the_receipt_returns_to_attract_sooner(qtbot, window, ui_ctx):
    receipt = submit(ui_ctx)
    show_receipt(window, receipt)
    assert window.idle.timer.interval() == int(ui_ctx.config.receipt_timeout_s * 1000)
    window.go("status")
    assert window.idle.timer.interval() == int(ui_ctx.config.idle_timeout_s * 1000)


def test_printing_to_a_pdf_file(qtbot, window, ui_ctx, tmp_path):
    pdf = tmp_path / "receipt.pdf"
    ui_ctx.config = dataclasses.replace(ui_ctx.config, printer=str(pdf))
    receipt = submit(ui_ctx)
    show_receipt(window, receipt)
    press(qtbot, window, "Print receipt")
    assert "Printed" in visible_texts(window)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert receipt.reference in text
    assert "household farm" in text  # the service, in the visitor's language (en here)
    assert "Application receipt" in text


def test_an_unknown_printer_is_reported_not_hidden(qtbot, window, ui_ctx):
    ui_ctx.config = dataclasses.replace(ui_ctx.config, printer="No-Such-Printer-Here")
    show_receipt(window, submit(ui_ctx))
    press(qtbot, window, "Print receipt")
    assert "The printer is not available" in visible_texts(window)


def test_one_rating_queues_exactly_one_feedback(qtbot, window, ui_ctx, ui_store):
    receipt = submit(ui_ctx)
    screen = show_receipt(window, receipt)
    press(qtbot, window, "4 ★")
    assert "Thank you for your rating!" in visible_texts(window)
    assert not any(b.isVisible() and b.isEnabled() for b in screen.stars)
    screen.rate(5)  # even if something called it again
    rows = [r for r in ui_store.outbox.rows() if r.kind == "feedback"]
    assert len(rows) == 1 and rows[0].service_id == SERVICE
    body = ui_store.outbox.body(rows[0].id)
    assert body["rating"] == 4 and body["reference"] == receipt.reference


def test_finish_resets_to_attract_and_forgets_the_number(qtbot, window, ui_ctx):
    receipt = submit(ui_ctx)
    screen = show_receipt(window, receipt)
    press(qtbot, window, "3 ★")
    press(qtbot, window, "Finish")
    assert window.current.name == "attract"
    assert receipt.reference not in everything_readable(window)
    assert screen.qr_view.pixmap().isNull() and screen.qr is None
    assert screen.rating is None and not screen.poll.isActive()
    assert window.session.reference is None


# -- status check -----------------------------------------------------------------------------
def open_status(qtbot, window):
    window.go("status")
    field = window.current.field
    qtbot.waitUntil(lambda: window.keyboard.isVisible())  # the field has focus at once
    return window.current, field


def test_an_invalid_number_is_explained_in_each_language(qtbot, translated_window):
    window = translated_window
    screen, _ = open_status(qtbot, window)
    type_on_keyboard(qtbot, window.keyboard, "ABCD-123")
    press_done(qtbot, window.keyboard)
    for lang in ("kk", "ru", "en"):
        tap(qtbot, window.top.languages[lang])
        expected = text_in(lang, "StatusCheckScreen", INVALID)
        qtbot.waitUntil(lambda expected=expected: screen.error.text() == expected)
        assert screen.error.isVisible()


def test_a_number_still_on_this_kiosk_is_answered_locally(qtbot, window, ui_ctx):
    receipt = submit(ui_ctx)
    asked = []
    ui_ctx.status_lookup = lambda ref: asked.append(ref)
    open_status(qtbot, window)
    typed = receipt.reference.lower().replace("-", " ")  # as people type it
    type_on_keyboard(qtbot, window.keyboard, typed)
    press_done(qtbot, window.keyboard)
    assert "saved on this kiosk and will be sent automatically" in visible_texts(window)
    assert asked == []  # the hub was not asked
    assert not window.keyboard.isVisible()


def test_the_hub_answer_in_plain_words(qtbot, window, ui_ctx, monkeypatch):
    asked, ran = [], []
    doc = {
        "reference": "7K3M-Q9TX-2BHD",
        "service_id": SERVICE,
        "status": "completed",
        "updated_at": "2026-11-24T09:30:00+05:00",
        "message": {"ru": "Справка готова.", "en": "Your certificate is ready."},
    }

    def lookup(ref):
        asked.append(ref)
        return doc

    ui_ctx.status_lookup = lookup
    real_run = window.tasks.run

    def run(work, done):
        ran.append(1)
        real_run(work, done)

    monkeypatch.setattr(window.tasks, "run", run)
    _, field = open_status(qtbot, window)
    tap(qtbot, window.top.languages["en"])
    field.setFocus()
    qtbot.keyClicks(field, "7k3m q9tx 2bhd")  # a USB scanner types, then presses Enter
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert asked == ["7K3M-Q9TX-2BHD"] and ran == [1]  # asked off the UI thread
    seen = visible_texts(window)
    assert "Your application is complete." in seen
    assert "Your certificate is ready." in seen
    assert "24.11.2026" in seen
    assert "Certificate of a household farm" in seen
    doc["message"] = {"ru": "Справка готова."}  # no English: another language, not nothing
    field.setText("7K3M-Q9TX-2BHD")
    tap_text(qtbot, window, "Check")
    assert "Справка готова." in visible_texts(window)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (None, "We could not find an application with this number"),
        (Transient("down"), "The kiosk is offline right now"),
    ],
)
def test_not_found_and_offline(qtbot, window, ui_ctx, answer, expected):
    def lookup(ref):
        if isinstance(answer, Exception):
            raise answer
        return answer

    ui_ctx.status_lookup = lookup
    screen, _ = open_status(qtbot, window)
    type_on_keyboard(qtbot, window.keyboard, "7K3MQ9TX2BHD")
    press_done(qtbot, window.keyboard)
    assert expected in screen.error.text() and screen.error.isVisible()
    if isinstance(answer, Exception):
        assert ui_ctx.config.contact_line in screen.error.text()


def test_no_hub_at_all_is_the_offline_message(qtbot, window, ui_ctx):
    ui_ctx.status_lookup = None
    screen, _ = open_status(qtbot, window)
    type_on_keyboard(qtbot, window.keyboard, "7K3MQ9TX2BHD")
    press_done(qtbot, window.keyboard)
    assert "The kiosk is offline right now" in screen.error.text()


def test_cyrillic_look_alike_letters_are_read_as_latin():
    from ui.screens.status_check import read_reference

    assert read_reference("7к3м-q9тх-2вн0") == "7K3M-Q9TX-2BH0"
    assert read_reference(" ooo0 iiii llll ") == "0000-1111-1111"
    assert read_reference("7K3M-Q9TX") is None


def test_wipe_forgets_the_number_and_the_answer(qtbot, window, ui_ctx):
    ui_ctx.status_lookup = lambda ref: {
        "status": "received",
        "service_id": SERVICE,
        "updated_at": "2026-11-24T09:30:00+05:00",
    }
    screen, field = open_status(qtbot, window)
    type_on_keyboard(qtbot, window.keyboard, "7K3MQ9TX2BHD")
    press_done(qtbot, window.keyboard)
    assert "received by the office" in visible_texts(window)
    window.reset()
    assert field.text() == "" and screen.outcome is None
    assert "7K3M" not in everything_readable(window)
    assert "received by the office" not in everything_readable(window)
