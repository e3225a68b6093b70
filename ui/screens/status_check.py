"""Screen 'status' (being built)."""

from __future__ import annotations

from ui.screens.base import Screen


class StatusCheckScreen(Screen):
    name = "status"
