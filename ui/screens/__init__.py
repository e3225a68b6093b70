"""Every screen of the visitor's flow, by name. Each module holds one screen."""

from __future__ import annotations

from importlib import import_module

from ui.screens.base import Navigator, Screen

# name -> "module:Class"; the main window builds them in this order.
SCREENS: dict[str, str] = {
    "attract": "ui.screens.attract:AttractScreen",
    "language": "ui.screens.language:LanguageScreen",
    "home": "ui.screens.home:HomeScreen",
    "services": "ui.screens.services:ServicesScreen",
    "service": "ui.screens.service_page:ServicePageScreen",
    "wizard": "ui.screens.wizard:WizardScreen",
    "review": "ui.screens.review:ReviewScreen",
    "receipt": "ui.screens.receipt:ReceiptScreen",
    "status": "ui.screens.status_check:StatusCheckScreen",
}


def screen_class(name: str) -> type[Screen]:
    module, _, cls = SCREENS[name].partition(":")
    return getattr(import_module(module), cls)


__all__ = ["SCREENS", "Navigator", "Screen", "screen_class"]
