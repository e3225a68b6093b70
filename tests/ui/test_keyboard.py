"""The on-screen keyboard, driven as a finger would: taps on its key buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QApplication,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.keyboard import LAYOUT_NAMES, OnScreenKeyboard, ensure_field_visible

# The 42 letters of the Kazakh alphabet, spelled out here on purpose rather
# than taken from the module under test.
KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
KAZAKH_OWN = "\u04d9\u0493\u049b\u04a3\u04e9\u04b1\u04af\u04bb\u0456"  # ә ғ қ ң ө ұ ү һ і
RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
ROLES = {"char", "backspace", "shift", "space", "enter", "lang", "symbols"}


class Form(QWidget):
    """A window as the kiosk builds it: content above, the keyboard docked below."""

    def __init__(self) -> None:
        super().__init__()
        self.resize(1080, 900)
        layout = QVBoxLayout(self)
        self.edit = QLineEdit()
        self.other = QLineEdit()
        self.button = QPushButton("Next")
        self.keyboard = OnScreenKeyboard(language="kk")
        for widget in (self.edit, self.other, self.button):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.keyboard)


@pytest.fixture
def form(qtbot):
    form = Form()
    qtbot.addWidget(form)
    form.keyboard.attach(QApplication.instance())
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    focus(qtbot, form.edit)
    yield form
    form.keyboard.detach()


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def key(kb: OnScreenKeyboard, label: str | None = None, *, role: str = "char") -> QPushButton:
    """The visible key showing ``label`` (or the one key with ``role``)."""
    found = [
        b
        for b in kb.keys()
        if b.isVisible()
        and b.property("keyRole") == role
        and (label is None or b.text().replace("&&", "&") == label)
    ]
    assert len(found) == 1, f"{len(found)} keys for {label!r}/{role} on {kb.layout_name()}"
    return found[0]


def tap(qtbot, kb: OnScreenKeyboard, label: str | None = None, *, role: str = "char") -> None:
    qtbot.mouseClick(key(kb, label, role=role), Qt.MouseButton.LeftButton)


def type_letters(qtbot, kb: OnScreenKeyboard, text: str) -> None:
    """Type ``text`` on the letter page: shift before each capital, space bar for spaces."""
    for ch in text:
        if ch == " ":
            tap(qtbot, kb, role="space")
            continue
        if ch != ch.lower():
            tap(qtbot, kb, role="shift")
        tap(qtbot, kb, ch)


def labels(kb: OnScreenKeyboard) -> set[str]:
    return {b.text() for b in kb.keys() if b.isVisible() and b.property("keyRole") == "char"}


def test_types_kazakh_words_into_the_focused_field(qtbot, form):
    kb = form.keyboard
    assert kb.isVisible() and kb.layout_name() == "kk"
    type_letters(qtbot, kb, "Қазақ әліппе")
    assert form.edit.text() == "Қазақ әліппе"
    assert form.edit.text()[0] == "\u049a"  # Cyrillic capital Қ, not a look-alike
    assert "\u0456" in form.edit.text()  # Cyrillic і (U+0456), not Latin i


def test_every_key_press_reaches_textChanged(qtbot, form):
    seen: list[str] = []
    form.edit.textChanged.connect(seen.append)
    type_letters(qtbot, form.keyboard, "ұл")
    tap(qtbot, form.keyboard, role="backspace")
    assert seen == ["ұ", "ұл", "ұ"]


def test_shift_capitalises_one_letter_and_shows_capitals(qtbot, form):
    kb = form.keyboard
    shift = key(kb, role="shift")
    tap(qtbot, kb, role="shift")
    assert shift.isChecked()
    assert "Ә" in labels(kb) and "ә" not in labels(kb)
    tap(qtbot, kb, "Ә")
    assert not shift.isChecked()
    assert "ә" in labels(kb) and "Ә" not in labels(kb)
    tap(qtbot, kb, "ә")
    assert form.edit.text() == "Әә"
    tap(qtbot, kb, role="shift")
    tap(qtbot, kb, role="shift")  # a second tap takes shift back off
    tap(qtbot, kb, "і")
    assert form.edit.text() == "Әәі"


def test_backspace_deletes_and_repeats_when_held(qtbot, form):
    kb = form.keyboard
    type_letters(qtbot, kb, "өнер")
    tap(qtbot, kb, role="backspace")
    tap(qtbot, kb, role="backspace")
    assert form.edit.text() == "өн"
    assert key(kb, role="backspace").autoRepeat()


def test_language_key_cycles_kk_ru_en(qtbot, form):
    kb = form.keyboard
    assert key(kb, role="lang").text() == "ҚАЗ" and "қ" in labels(kb)
    tap(qtbot, kb, role="lang")
    assert kb.layout_name() == "ru" and key(kb, role="lang").text() == "РУС"
    assert "қ" not in labels(kb) and "ж" in labels(kb)
    tap(qtbot, kb, role="lang")
    assert kb.layout_name() == "en" and key(kb, role="lang").text() == "ENG"
    assert "q" in labels(kb) and "ж" not in labels(kb)
    type_letters(qtbot, kb, "Ok")
    tap(qtbot, kb, role="lang")
    assert kb.layout_name() == "kk"
    assert form.edit.text() == "Ok"


def test_kazakh_layout_has_all_42_letters_in_both_cases(qtbot, form):
    kb = form.keyboard
    assert len(KAZAKH) == 42 and set(KAZAKH_OWN) <= set(KAZAKH)
    assert set(KAZAKH) <= labels(kb)
    tap(qtbot, kb, role="shift")
    upper = KAZAKH.upper()
    assert set(upper) <= labels(kb)
    assert {
        "\u04d8",
        "\u0492",
        "\u049a",
        "\u04a2",
        "\u04e8",
        "\u04b0",
        "\u04ae",
        "\u04ba",
        "\u0406",
    } <= labels(kb)


def test_russian_and_english_layouts_are_complete(qtbot, form):
    kb = form.keyboard
    kb.set_layout("ru")
    assert len(RUSSIAN) == 33 and set(RUSSIAN) <= labels(kb)
    assert not set(KAZAKH_OWN) & labels(kb)
    kb.set_layout("en")
    assert set("abcdefghijklmnopqrstuvwxyz") <= labels(kb)


def test_symbols_page_and_back(qtbot, form):
    kb = form.keyboard
    tap(qtbot, kb, "123", role="symbols")
    assert kb.layout_name() == "symbols"
    assert set('0123456789.,-@_/()"!?:;+') <= labels(kb)
    for ch in "@.&":
        tap(qtbot, kb, ch)
    tap(qtbot, kb, "АӘБ", role="symbols")  # back to the Kazakh letters
    assert kb.layout_name() == "kk"
    assert form.edit.text() == "@.&"


def test_digits_pad_types_into_a_masked_field_and_letters_are_impossible(qtbot, form):
    kb = form.keyboard
    iin = form.other
    iin.setInputMask("999999999999")
    iin.setProperty("kioskKeyboard", "digits")
    focus(qtbot, iin)
    assert kb.layout_name() == "digits"
    assert labels(kb) == set("0123456789")
    for digit in "870412300123":
        tap(qtbot, kb, digit)
    assert iin.text() == "870412300123"
    tap(qtbot, kb, role="backspace")
    assert iin.text() == "87041230012"
    kb.set_layout("kk")  # even a letter page cannot get past the mask
    type_letters(qtbot, kb, "ә")
    assert iin.text() == "87041230012"


def test_a_validator_rejects_what_it_would_reject_from_a_real_keyboard(qtbot, form):
    kb = form.keyboard
    form.other.setValidator(QIntValidator(0, 999, form.other))
    focus(qtbot, form.other)
    kb.set_layout("symbols")
    for ch in "12-34":
        tap(qtbot, kb, ch)
    assert form.other.text() == "123"


def test_kiosk_keyboard_property_picks_the_page(qtbot, form):
    kb = form.keyboard
    for kind, page in (
        ("digits", "digits"),
        ("phone", "phone"),
        ("email", "email"),
        ("number", "number"),
        ("text", "kk"),
    ):
        form.other.setProperty("kioskKeyboard", kind)
        focus(qtbot, form.edit)
        focus(qtbot, form.other)
        assert kb.layout_name() == page, kind
    kb.set_language("ru")
    focus(qtbot, form.edit)
    assert kb.layout_name() == "ru"
    form.other.setProperty("kioskKeyboard", "phone")
    focus(qtbot, form.other)
    for ch in "+77":
        tap(qtbot, kb, ch)
    assert form.other.text() == "+77"
    tap(qtbot, kb, role="enter")
    form.other.setProperty("kioskKeyboard", "email")
    focus(qtbot, form.other)
    assert "@" in labels(kb)


def test_focusing_a_button_hides_the_keyboard_and_a_field_shows_it(qtbot, form):
    kb = form.keyboard
    with qtbot.waitSignal(kb.visibility_changed) as hidden:
        focus(qtbot, form.button)
    assert hidden.args == [False] and not kb.isVisible()
    with qtbot.waitSignal(kb.visibility_changed) as shown:
        focus(qtbot, form.other)
    assert shown.args == [True] and kb.isVisible()


def test_done_emits_done_presses_return_and_closes(qtbot, form):
    kb = form.keyboard
    type_letters(qtbot, kb, "ия")
    with qtbot.waitSignals([kb.done, form.edit.returnPressed]):
        tap(qtbot, kb, role="enter")
    assert not kb.isVisible() and not form.edit.hasFocus()
    assert form.edit.text() == "ия"
    focus(qtbot, form.edit)  # tapping the field again brings the keyboard back
    assert kb.isVisible()


def test_enter_starts_a_new_line_in_a_multi_line_field(qtbot, form):
    kb = form.keyboard
    notes = QPlainTextEdit(form)
    form.layout().insertWidget(0, notes)
    focus(qtbot, notes)
    assert kb.isVisible() and key(kb, role="enter").text() == "↵"
    received: list[bool] = []
    kb.done.connect(lambda: received.append(True))
    type_letters(qtbot, kb, "а")
    tap(qtbot, kb, role="enter")
    type_letters(qtbot, kb, "б")
    assert notes.toPlainText() == "а\nб" and not received and notes.hasFocus()


def test_spin_boxes_get_number_pads(qtbot, form):
    kb = form.keyboard
    count = QSpinBox(form)
    count.setRange(0, 500)
    amount = QDoubleSpinBox(form)
    amount.setLocale(QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan))
    form.layout().insertWidget(0, count)
    form.layout().insertWidget(1, amount)
    focus(qtbot, count)
    assert kb.layout_name() == "digits"
    count.lineEdit().selectAll()
    tap(qtbot, kb, "4")
    tap(qtbot, kb, "2")
    assert count.value() == 42
    focus(qtbot, amount)
    assert kb.layout_name() == "number"
    assert amount.locale().decimalPoint() in labels(kb)


def test_keys_are_finger_sized_and_never_take_focus(qtbot, form):
    kb = form.keyboard
    for name in LAYOUT_NAMES:
        kb.set_layout(name)
        qtbot.waitUntil(lambda: all(b.isVisible() for b in kb.keys()))
        for b in kb.keys():
            assert b.width() >= 64 and b.height() >= 64, (name, b.text(), b.size())
            assert b.minimumWidth() >= 64 and b.minimumHeight() >= 64
            assert b.font().pixelSize() >= 24
            assert b.objectName() == "kbKey" and b.property("keyRole") in ROLES
            assert b.focusPolicy() == Qt.FocusPolicy.NoFocus
    kb.set_layout("kk")
    for role in ("shift", "lang", "space", "backspace"):
        tap(qtbot, kb, role=role)
        assert form.edit.hasFocus() and QApplication.focusWidget() is form.edit
    tap(qtbot, kb, "123", role="symbols")
    tap(qtbot, kb, "?")
    assert form.edit.hasFocus() and form.edit.text() == "?"
    assert not kb.hasFocus()


def test_the_keyboard_keeps_no_typed_text(qtbot, form):
    kb = form.keyboard
    type_letters(qtbot, kb, "Серік")
    assert form.edit.text() == "Серік"
    assert not any("Серік" in repr(v) or "ерік" in repr(v) for v in vars(kb).values())
    kb.reset()
    assert kb.layout_name() == "kk" and not key(kb, role="shift").isChecked()


def test_set_language_and_unknown_names(qtbot, form):
    kb = form.keyboard
    kb.set_language("en")
    assert kb.layout_name() == "en" and kb.language() == "en"
    kb.set_layout("symbols")
    kb.set_language("ru")
    assert kb.layout_name() == "symbols"
    tap(qtbot, kb, "АБВ", role="symbols")
    assert kb.layout_name() == "ru"
    with pytest.raises(ValueError):
        kb.set_layout("de")
    with pytest.raises(ValueError):
        kb.set_language("de")


def test_the_field_stays_in_view_above_the_docked_keyboard(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(800, 900)
    layout = QVBoxLayout(window)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    content = QWidget()
    column = QVBoxLayout(content)
    field = QLineEdit()
    column.setSpacing(4)
    for i in range(60):  # the field in the middle: in view until the keyboard shows
        label = QLabel(f"Label {i}")
        label.setFixedHeight(20)  # whatever font the app has (the kiosk theme's is 24 px)
        column.addWidget(label)
        if i == 30:
            column.addWidget(field)
    scroll.setWidget(content)
    layout.addWidget(scroll)
    kb = OnScreenKeyboard()
    kb.hide()
    layout.addWidget(kb)
    kb.attach(QApplication.instance())
    try:
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        assert field.mapTo(window, field.rect().bottomLeft()).y() < scroll.height()
        focus(qtbot, field)
        qtbot.waitUntil(kb.isVisible)

        def field_shows_above_keyboard() -> bool:
            top_left = field.mapTo(window, field.rect().topLeft())
            bottom = field.mapTo(window, field.rect().bottomLeft()).y()
            viewport = scroll.viewport()
            view_top = viewport.mapTo(window, viewport.rect().topLeft()).y()
            view_bottom = view_top + viewport.height()
            return view_top <= top_left.y() and bottom <= view_bottom <= kb.y()

        qtbot.waitUntil(field_shows_above_keyboard)
        assert ensure_field_visible(field) is scroll
        assert ensure_field_visible(kb) is None
    finally:
        kb.detach()


def test_a_theme_cannot_shrink_keys_below_64_px(qtbot):
    kb = OnScreenKeyboard()
    qtbot.addWidget(kb)
    kb.setStyleSheet("#kbKey { min-width: 20px; min-height: 20px; font-size: 30px; }")
    kb.show()
    qtbot.waitExposed(kb)
    kb.resize(kb.minimumSizeHint())
    qtbot.waitUntil(lambda: kb.size() == kb.minimumSizeHint())
    for name in LAYOUT_NAMES:
        kb.set_layout(name)
        for b in kb.keys():
            assert b.minimumWidth() >= 64 and b.minimumHeight() >= 64
            assert b.width() >= 64 and b.height() >= 64, (name, b.text(), b.size())
