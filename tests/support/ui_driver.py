"""Driving the kiosk's widgets as a finger would: taps on buttons, typing by tapping the
on-screen keyboard's keys. Used by every UI flow test."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.keyboard import OnScreenKeyboard


def tap(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def tap_text(qtbot: QtBot, root: QWidget, text: str) -> QAbstractButton:
    """Tap the visible button whose text contains `text` (what a visitor reads)."""
    button = find_button(root, text)
    tap(qtbot, button)
    return button


def find_button(root: QWidget, text: str) -> QAbstractButton:
    found = [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisible() and text.casefold() in b.text().casefold()
    ]
    assert found, f"no visible button reading {text!r}; visible: {visible_buttons(root)}"
    return found[0]


def visible_buttons(root: QWidget) -> list[str]:
    return [b.text() for b in root.findChildren(QAbstractButton) if b.isVisible() and b.text()]


def visible_texts(root: QWidget) -> str:
    """Everything a visitor can read on `root` now, one string."""
    parts = [lbl.text() for lbl in root.findChildren(QLabel) if lbl.isVisible()]
    parts += visible_buttons(root)
    return "\n".join(parts)


def tap_row(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _page_for(keyboard: OnScreenKeyboard, ch: str) -> tuple[str, bool] | None:
    pages: Iterable[str] = (
        keyboard.layout_name(),
        keyboard.language(),
        "kk",
        "ru",
        "en",
        "symbols",
        "email",
        "digits",
        "phone",
        "number",
    )
    for page in pages:
        keyboard.set_layout(page) if page != keyboard.layout_name() else None
        chars = {b.property("keyChar") for b in keyboard.keys() if b.property("keyRole") == "char"}
        if ch in chars:
            return page, False
        if ch.lower() in chars and ch != ch.lower():
            return page, True
    return None


def type_on_keyboard(qtbot: QtBot, keyboard: OnScreenKeyboard, text: str) -> None:
    """Type `text` into the focused field by tapping the on-screen keyboard's keys. When a
    character is on another page, the page is switched as the visitor would with the
    language / 123 keys."""
    assert keyboard.isVisible(), "the on-screen keyboard is not showing"
    start = keyboard.layout_name()
    for ch in text:
        if ch == " ":
            _tap_role(qtbot, keyboard, "space")
            continue
        found = _page_for(keyboard, ch)
        assert found, f"no key for {ch!r}"
        if found[1]:
            _tap_role(qtbot, keyboard, "shift")
        key = next(
            b
            for b in keyboard.keys()
            if b.property("keyRole") == "char"
            and b.property("keyChar") == (ch.lower() if found[1] else ch)
        )
        tap(qtbot, key)
    if keyboard.layout_name() != start:
        keyboard.set_layout(start)


def backspace(qtbot: QtBot, keyboard: OnScreenKeyboard, times: int = 1) -> None:
    for _ in range(times):
        _tap_role(qtbot, keyboard, "backspace")


def press_done(qtbot: QtBot, keyboard: OnScreenKeyboard) -> None:
    _tap_role(qtbot, keyboard, "enter")


def _tap_role(qtbot: QtBot, keyboard: OnScreenKeyboard, role: str) -> None:
    key = next(b for b in keyboard.keys() if b.property("keyRole") == role)
    tap(qtbot, key)


def focused() -> QWidget | None:
    return QApplication.focusWidget()
