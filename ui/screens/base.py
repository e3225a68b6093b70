"""The base of every screen, and the navigation API screens use.

A screen builds its widgets once. `enter(**params)` is called each time it is shown;
`retranslate()` sets every visible text (called at build and on every language switch, so
switching language never rebuilds widgets and never loses what the visitor typed); `wipe()`
forgets all visitor data (idle reset, finish).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ui.i18n import Translations
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from kiosk.session import VisitorSession
    from ui.context import UiContext


class Navigator(Protocol):
    tasks: TaskRunner
    translations: Translations

    @property
    def session(self) -> VisitorSession:
        """The visitor's session (answers, language, consent)."""

    def go(self, name: str, **params: Any) -> None:
        """Show screen `name` (remembering the current one for Back)."""

    def back(self) -> None:
        """Return to the previous screen."""

    def home(self) -> None:
        """The home screen, forgetting the Back history."""

    def reset(self) -> None:
        """Wipe the visitor's data everywhere and return to the attract screen."""

    def set_language(self, lang: str) -> None:
        """Switch the visitor's language at once (no data is lost)."""

    def set_idle_timeout(self, seconds: float | None) -> None:
        """Override the idle timeout while this screen shows (None: the configured one)."""

    def refresh_pending(self) -> None:
        """Re-read how many submissions wait to be sent (the status line)."""

    def prepare(self, name: str, **params: Any) -> None:
        """Let screen `name` get ready for what is likely next (build it ahead, off the path
        of the visitor's next tap)."""


class Screen(QWidget):
    #: the name others use in `nav.go(name)`
    name = ""
    #: whether the top bar (home, back, languages) shows above this screen
    show_chrome = True
    #: whether the top bar's Back shows (a screen with its own Back, like the wizard, hides it)
    show_back = True

    ctx: UiContext

    def __init__(self, ctx: UiContext | None, nav: Navigator) -> None:
        """`ctx` is None only for a screen shown before the kiosk is wired (the attract
        screen, which needs nothing but the configuration)."""
        super().__init__()
        if ctx is not None:
            self.ctx = ctx
        self.nav = nav
        self.setObjectName(f"screen_{self.name}")

    def enter(self, **params: Any) -> None:
        """Called every time the screen is shown."""

    def leave(self) -> None:
        """Called when another screen replaces this one."""

    def prepare(self, **params: Any) -> None:
        """Get ready ahead for being shown with `params` (optional; most screens need not)."""

    def retranslate(self) -> None:
        """Set every visible text from `self.tr(...)` and the catalog in the visitor's language."""

    def wipe(self) -> None:
        """Forget every bit of visitor data this screen holds (widgets and models)."""

    @property
    def lang(self) -> str:
        return self.nav.session.language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
