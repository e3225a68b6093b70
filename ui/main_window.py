"""The kiosk's one window: top bar, the screens, the docked on-screen keyboard, the status
line, and the idle countdown over everything. It is the Navigator the screens use."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.catalog import Catalog
from kiosk.session import VisitorSession
from ui.bridge import SyncBridge
from ui.chrome import StatusLine, TopBar
from ui.context import UiContext
from ui.i18n import Translations
from ui.idle import IdleOverlay, IdleWatcher
from ui.keyboard import OnScreenKeyboard
from ui.screens import SCREENS, Screen, screen_class
from ui.tasks import TaskRunner
from ui.theme import apply_theme

log = logging.getLogger(__name__)


class MainWindow(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        *,
        translations: Translations,
        bridge: SyncBridge,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx, self.translations, self.bridge = ctx, translations, bridge
        self.tasks = tasks or TaskRunner()
        self.session = VisitorSession(language=ctx.config.default_language)
        self.history: list[str] = []
        self.allow_close = False
        self.scheme, self.large_text = "standard", False

        self.top = TopBar()
        self.stack = QStackedWidget(self)
        # The stack must not take the tallest screen's minimum size: screens scroll instead.
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.keyboard = OnScreenKeyboard(self, language=self.session.language)
        self.keyboard.hide()
        self.status = StatusLine(ctx.config.contact_line)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.top)
        col.addWidget(self.stack, 1)
        col.addWidget(self.keyboard)
        col.addWidget(self.status)

        self.screens: dict[str, Screen] = {}
        for name in SCREENS:
            screen = screen_class(name)(ctx, self)
            self.screens[name] = screen
            self.stack.addWidget(screen)
            screen.retranslate()

        self.idle = IdleWatcher(ctx.config.idle_timeout_s)
        self.overlay = IdleOverlay(self, ctx.config.idle_countdown_s)
        self.idle.timeout.connect(self._on_idle)
        self.overlay.expired.connect(self.reset)
        self.overlay.resumed.connect(self.idle.poke)

        self.top.home_requested.connect(self.home)
        self.top.back_requested.connect(self.back)
        self.top.language_requested.connect(self.set_language)
        self.top.large_text_toggled.connect(self._set_large_text)
        self.top.contrast_toggled.connect(self._set_contrast)
        bridge.online_changed.connect(self.status.set_online)
        bridge.pending_changed.connect(self.status.set_pending)
        bridge.catalog_changed.connect(self.on_catalog_changed)
        self.refresh_pending()
        if ctx.engine is None:  # not provisioned: nothing will connect, say so plainly
            self.status.set_online(False)
        self._show("attract")

    # -- lifecycle -------------------------------------------------------------------------
    def attach(self, app: QApplication) -> None:
        """Start listening to the whole application (idle activity, focus for the keyboard)."""
        app.installEventFilter(self.idle)
        self.keyboard.attach(app)
        self.translations.switch(app, self.session.language)

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
        self.session.wipe()
        self.keyboard.reset()
        self.keyboard.hide()
        self.history.clear()
        self.set_language(self.ctx.config.default_language)
        if self.large_text or self.scheme != "standard":
            self.top.large.setChecked(False)
            self.top.contrast.setChecked(False)
        self._show("attract")
        log.info("session reset")

    def set_language(self, lang: str) -> None:
        self.session.language = lang
        self.top.set_language(lang)
        self.keyboard.set_language(lang)
        app = QApplication.instance()
        if app is not None and self.translations.lang != lang:
            self.translations.switch(app, lang)

    def prepare(self, name: str, **params: Any) -> None:
        screen = self.screens.get(name)
        if screen is not None:
            screen.prepare(**params)

    def set_idle_timeout(self, seconds: float | None) -> None:
        self.idle.set_seconds(seconds)

    def _show(self, name: str, **params: Any) -> None:
        previous = self.current
        if previous is not None and previous.name != name:
            previous.leave()
        screen = self.screens[name]
        # The window itself holds focus between screens: never a hidden screen's field, and
        # when the window is (re)activated Qt gives focus back to it, not to the first text
        # field it finds (which would pop the keyboard up unasked).
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle.set_seconds(None)
        self.top.setVisible(screen.show_chrome)
        self.top.back.setVisible(bool(self.history) and screen.show_back)
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

    def refresh_pending(self) -> None:
        self.status.set_pending(self.ctx.outbox.pending())

    def on_catalog_changed(self, catalog: Catalog) -> None:
        """A new catalog from the hub: take it, unless a visitor is in the middle of a form."""
        self.ctx.set_catalog(catalog)
        for screen in self.screens.values():
            screen.retranslate()


def hide_cursor(app: QApplication) -> None:
    app.setOverrideCursor(Qt.CursorShape.BlankCursor)
