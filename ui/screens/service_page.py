"""Screen 'service' (being built)."""

from __future__ import annotations

from ui.screens.base import Screen


class ServicePageScreen(Screen):
    name = "service"
