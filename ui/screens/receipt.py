"""Screen 'receipt' (being built)."""

from __future__ import annotations

from ui.screens.base import Screen


class ReceiptScreen(Screen):
    name = "receipt"
