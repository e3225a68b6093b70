"""A portrait screen (1080x1920) with large text: the home screen's tiles are as tall as their
titles need at the width they really get, in every language, after every switch."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.support.ui_driver import tap


def test_home_tiles_fit_their_titles_after_a_language_switch(window, qtbot):
    window.resize(1080, 1920)
    window.set_language("ru")
    window.go("home")
    tap(qtbot, window.top.large)
    for lang in ("kk", "en", "ru", "kk"):
        window.set_language(lang)
        for _ in range(3):  # the turns the home screen takes to settle
            QApplication.processEvents()
        home = window.current
        for tile in home.tiles.values():
            assert tile.height() >= tile.heightForWidth(tile.width()), (lang, tile.title.text())
        title = home.title
        assert title.height() >= title.heightForWidth(title.width()), lang
