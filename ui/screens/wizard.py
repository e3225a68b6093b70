"""Screen 'wizard' (being built)."""

from __future__ import annotations

from ui.screens.base import Screen


class WizardScreen(Screen):
    name = "wizard"
