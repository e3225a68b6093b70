"""Screen 'attract' (being built)."""

from __future__ import annotations

from ui.screens.base import Screen


class AttractScreen(Screen):
    name = "attract"
    show_chrome = False
