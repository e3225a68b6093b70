"""The kiosk's one window: top bar, the screens, the docked on-screen keyboard, the status
line, and the idle countdown over everything. It is the Navigator the screens use.

It starts in two steps, so the attract screen is on the glass before the slow parts of the
kiosk are loaded: `MainWindow(config, ...)` is the shell (chrome, the attract screen, the idle
countdown; nothing of the catalog, the store or the network), and `start(ctx, bridge)` gives it
the rest. The other screens are built when first needed, or ahead of need one per turn of the
event loop (`warm_up`), so a touch waits at most for the one being built.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Config
from ui.chrome import StatusLine, TopBar
from ui.i18n import Translations
from ui.idle import IdleOverlay, IdleWatcher
from ui.keyboard import OnScreenKeyboard
from ui.screens import SCREENS, Screen, screen_class
from ui.screens.attract import AttractScreen
from ui.tasks import TaskRunner
from ui.theme import apply_theme

if TYPE_CHECKING:
    from kiosk.catalog import Catalog
    from kiosk.session import VisitorSession
    from ui.bridge import SyncBridge
    from ui.context import UiContext

log = logging.getLogger(__name__)


class NotStarted(RuntimeError):
    """The window is still the shell: `start(ctx, bridge)` has not been called."""


class MainWindow(QWidget):
    def __init__(
        self,
        config: Config,
        *,
        translations: Translations,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.config, self.translations = config, translations
        self.tasks = tasks or TaskRunner()
        self._ctx: UiContext | None = None
        self._session: VisitorSession | None = None
        self._language = config.default_language  # until start(): then the session's
        self._pending: tuple[str, dict[str, Any]] | None = None  # a tap before start()
        self.bridge: SyncBridge | None = None
        self.history: list[str] = []
        self.allow_close = False
        self.scheme, self.large_text = "standard", False

        self.top = TopBar()
        self.stack = QStackedWidget(self)
        # The stack must not take the tallest screen's minimum size: screens scroll instead.
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.keyboard = OnScreenKeyboard(self, language=self.language)
        self.keyboard.hide()
        self.status = StatusLine(config.contact_line)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.top)
        col.addWidget(self.stack, 1)
        col.addWidget(self.keyboard)
        col.addWidget(self.status)

        # Every screen but the attract screen needs the context: built on demand after start().
        self.screens: dict[str, Screen] = {}
        self._add(AttractScreen(config, self))

        self.idle = IdleWatcher(config.idle_timeout_s, self)  # dies with the window
        self.overlay = IdleOverlay(self, config.idle_countdown_s)
        self.idle.timeout.connect(self._on_idle)
        self.overlay.expired.connect(self.reset)
        self.overlay.resumed.connect(self.idle.poke)

        self.top.home_requested.connect(self.home)
        self.top.back_requested.connect(self.back)
        self.top.language_requested.connect(self.set_language)
        self.top.large_text_toggled.connect(self._set_large_text)
        self.top.contrast_toggled.connect(self._set_contrast)
        self._show("attract")

    def start(self, ctx: UiContext, bridge: SyncBridge, *, build_all: bool = False) -> None:
        """Give the shell the kiosk's parts. `build_all` builds every screen now (tests, the
        self-test); otherwise they are built on first use or by `warm_up()`."""
        from kiosk.session import VisitorSession

        if self._ctx is not None:
            raise RuntimeError("the window is started already")
        self._ctx, self.bridge = ctx, bridge
        self._session = VisitorSession(language=self._language)
        bridge.online_changed.connect(self.status.set_online)
        bridge.pending_changed.connect(self.status.set_pending)
        bridge.catalog_changed.connect(self.on_catalog_changed)
        self.refresh_pending()
        if ctx.engine is None:  # not provisioned: nothing will connect, say so plainly
            self.status.set_online(False)
        if build_all:
            for name in SCREENS:
                self.screen_named(name)
        if self._pending is not None:
            name, params = self._pending
            self._pending = None
            self.go(name, **params)

    @property
    def started(self) -> bool:
        return self._ctx is not None

    @property
    def ctx(self) -> UiContext:
        if self._ctx is None:
            raise NotStarted("the kiosk window has not been started")
        return self._ctx

    @property
    def session(self) -> VisitorSession:
        if self._session is None:
            raise NotStarted("the kiosk window has not been started")
        return self._session

    def screen_named(self, name: str) -> Screen:
        """Screen `name`, built now if it has not been yet."""
        screen = self.screens.get(name)
        if screen is None:
            screen = self._add(screen_class(name)(self.ctx, self))
        return screen

    def _add(self, screen: Screen) -> Screen:
        self.screens[screen.name] = screen
        self.stack.addWidget(screen)
        screen.retranslate()
        return screen

    def warm_up(self, then: Callable[[], None] | None = None) -> None:
        """Build the screens not built yet (in the order a visitor meets them), then the
        keyboard's pages, one per turn of the event loop; then call `then()` if given."""
        screens = [name for name in SCREENS if name not in self.screens]
        pages = self.keyboard.unbuilt_pages()
        if screens:
            self.screen_named(screens[0])
        elif pages:
            self.keyboard.build_page(pages[0])
        elif then is not None:
            then()
            return
        else:
            return
        QTimer.singleShot(0, self, lambda: self.warm_up(then))

    # -- lifecycle -------------------------------------------------------------------------
    def attach(self, app: QApplication) -> None:
        """Start listening to the whole application (idle activity, focus for the keyboard)."""
        app.installEventFilter(self.idle)
        self.keyboard.attach(app)
        self.translations.switch(app, self.language)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            event.ignore()  # a visitor cannot close the kiosk

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())

    # -- Navigator -------------------------------------------------------------------------
    @property
    def current(self) -> Screen:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def go(self, name: str, **params: Any) -> None:
        if not self.started:  # a touch before the kiosk is wired: done once it is
            self._pending = (name, params)
            return
        if self.current is not None and self.current.name != name:
            self.history.append(self.current.name)
            del self.history[:-20]
        self._show(name, **params)

    def back(self) -> None:
        target = self.history.pop() if self.history else "home"
        self._show(target)

    def home(self) -> None:
        self.history.clear()
        self._show("home")

    def reset(self) -> None:
        """Wipe everything the visitor entered, everywhere, and return to the attract screen."""
        if self.overlay.isVisible():
            self.overlay.resume()
        for screen in self.screens.values():
            screen.wipe()
        if self._session is not None:
            self._session.wipe()
        self.keyboard.reset()
        self.keyboard.hide()
        self.history.clear()
        self.set_language(self.config.default_language)
        if self.large_text or self.scheme != "standard":
            self.top.large.setChecked(False)
            self.top.contrast.setChecked(False)
        self._show("attract")
        log.info("session reset")

    @property
    def language(self) -> str:
        return self._session.language if self._session is not None else self._language

    def set_language(self, lang: str) -> None:
        if self._session is not None:
            self._session.language = lang
        else:
            self._language = lang
        self.top.set_language(lang)
        self.keyboard.set_language(lang)
        app = QApplication.instance()
        if app is not None and self.translations.lang != lang:
            self.translations.switch(app, lang)

    def prepare(self, name: str, **params: Any) -> None:
        if name in SCREENS and self.started:
            self.screen_named(name).prepare(**params)

    def set_idle_timeout(self, seconds: float | None) -> None:
        self.idle.set_seconds(seconds)

    def _show(self, name: str, **params: Any) -> None:
        previous = self.current
        if previous is not None and previous.name != name:
            previous.leave()
        screen = self.screen_named(name)
        # The window itself holds focus between screens: never a hidden screen's field, and
        # when the window is (re)activated Qt gives focus back to it, not to the first text
        # field it finds (which would pop the keyboard up unasked).
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle.set_seconds(None)
        self.top.setVisible(screen.show_chrome)
        self.top.set_back_visible(bool(self.history) and screen.show_back)
        self.stack.setCurrentWidget(screen)
        screen.enter(**params)
        if name == "attract":
            self.idle.stop()
        else:
            self.idle.poke()

    # -- events ----------------------------------------------------------------------------
    def _on_idle(self) -> None:
        if self.current.name != "attract":
            self.keyboard.hide()
            self.overlay.start()

    def _set_large_text(self, on: bool) -> None:
        self.large_text = on
        self._restyle()

    def _set_contrast(self, on: bool) -> None:
        self.scheme = "high_contrast" if on else "standard"
        self._restyle()

    def _restyle(self) -> None:
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, self.scheme, self.large_text)  # type: ignore[arg-type]
        self.top.refit()  # the labels that fit depend on the text size

    def refresh_pending(self) -> None:
        if self._ctx is not None:
            self.status.set_pending(self._ctx.outbox.pending())

    def on_catalog_changed(self, catalog: Catalog) -> None:
        """A new catalog from the hub: take it, unless a visitor is in the middle of a form."""
        self.ctx.set_catalog(catalog)
        for screen in self.screens.values():
            screen.retranslate()


def hide_cursor(app: QApplication) -> None:
    app.setOverrideCursor(Qt.CursorShape.BlankCursor)
