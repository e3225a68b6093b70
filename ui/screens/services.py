"""Screen 'services' (being built)."""

from __future__ import annotations

from ui.screens.base import Screen


class ServicesScreen(Screen):
    name = "services"
