"""The kiosk's own on-screen keyboard (Kazakh, Russian, English, symbols, numeric pads)."""

from .focus import ensure_field_visible, keyboard_kind
from .layouts import KAZAKH_LETTERS, LANGUAGES, LAYOUT_NAMES, RUSSIAN_LETTERS
from .widget import OnScreenKeyboard

__all__ = [
    "KAZAKH_LETTERS",
    "LANGUAGES",
    "LAYOUT_NAMES",
    "RUSSIAN_LETTERS",
    "OnScreenKeyboard",
    "ensure_field_visible",
    "keyboard_kind",
]
