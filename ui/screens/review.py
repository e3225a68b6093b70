"""Screen 'review' (being built)."""

from __future__ import annotations

from ui.screens.base import Screen


class ReviewScreen(Screen):
    name = "review"
