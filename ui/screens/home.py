"""Screen 'home' (being built)."""

from __future__ import annotations

from ui.screens.base import Screen


class HomeScreen(Screen):
    name = "home"
