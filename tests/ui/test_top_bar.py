"""The top bar keeps all seven buttons on one line, readable, on every screen the kiosk is
made for: full labels where there is room, shorter ones (marks, language codes) where not."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.support.ui_driver import tap


def _buttons(window):
    top = window.top
    return [top.home, top.back, *top.languages.values(), top.large, top.contrast]


def _settle(window) -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_portrait_with_large_text_keeps_every_button_whole(window, qtbot, lang):
    window.resize(1080, 1920)
    window.set_language(lang)
    window.go("home")
    window.go("services", category=window.ctx.catalog.categories[0].id)  # Back shows too
    tap(qtbot, window.top.large)
    _settle(window)
    assert window.width() == 1080  # nothing forced the window wider than the screen
    for button in _buttons(window):
        assert button.isVisible(), button.accessibleName()
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is clipped"
    assert window.top.languages["kk"].text() in ("Қазақша", "ҚАЗ")
    assert window.top.home.accessibleName()  # a mark alone still says what it does


def test_landscape_keeps_the_full_labels(window, qtbot):
    window.resize(1280, 800)
    window.set_language("kk")
    window.go("home")
    _settle(window)
    assert window.top.home.text() == "⌂ Басты бет"
    assert [b.text() for b in window.top.languages.values()] == ["Қазақша", "Русский", "English"]
    for button in _buttons(window):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is clipped"
