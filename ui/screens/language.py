"""Screen 'language' (being built)."""

from __future__ import annotations

from ui.screens.base import Screen


class LanguageScreen(Screen):
    name = "language"
