"""Building the Qt application around a UiContext: fonts, theme, translations, the window.

The kiosk starts in two steps (`build_shell`, shown at once, then `start_window` once the rest
is wired); `build_window` does both at once, for tests and the self-test.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import Config
from ui.bridge import SyncBridge
from ui.i18n import Translations
from ui.lockdown import install_lockdown
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.theme import apply_theme

if TYPE_CHECKING:
    from ui.context import UiContext


def qt_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("akimat-kiosk")
    # Qt's pixmap cache grows to 10 MB by default as visitors see screens; a kiosk that runs for
    # months keeps its memory flat with a small one (bench/memory.py measures the growth).
    QPixmapCache.setCacheLimit(2048)  # KB
    _pin_mmap_threshold()
    return app


def _pin_mmap_threshold() -> None:
    """glibc serves a block of 128 KB or more with its own mmap, given back when freed, but
    raises that threshold (up to 32 MB) to the size of each such block freed: after that, big
    images (a form drawn ahead, a QR code) come from the heap, and the holes they leave between
    small long-lived blocks are never given back (the RSS grew ~10 KB per visitor, measured
    with bench/memory.py and heaptrack). Setting the threshold turns that adjustment off
    (mallopt(3)). Not glibc: nothing to do."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(-3, 128 * 1024)  # M_MMAP_THRESHOLD


def build_shell(
    app: QApplication,
    config: Config,
    *,
    tasks: TaskRunner | None = None,
    translations: Translations | None = None,
) -> MainWindow:
    """The window with the attract screen, before the catalog, store and network exist."""
    apply_theme(app, "standard", False)
    window = MainWindow(config, translations=translations or Translations(), tasks=tasks)
    window.attach(app)
    return window


def start_window(window: MainWindow, ctx: UiContext, *, build_all: bool = False) -> None:
    """Give the shell the kiosk's parts (see MainWindow.start)."""
    window.start(ctx, SyncBridge(ctx.engine), build_all=build_all)


def build_window(
    app: QApplication,
    ctx: UiContext,
    *,
    tasks: TaskRunner | None = None,
    translations: Translations | None = None,
) -> MainWindow:
    """Shell and start in one go, every screen built (tests, the self-test, benches)."""
    window = build_shell(app, ctx.config, tasks=tasks, translations=translations)
    start_window(window, ctx, build_all=True)
    return window


def show_kiosk(app: QApplication, window: MainWindow, *, full_screen: bool) -> None:
    if full_screen:
        window.setWindowFlags(
            Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        window.showFullScreen()
        install_lockdown(app, window)  # keys, context menus, the window manager: ui/lockdown.py
    else:
        # a window for the demo and development: 1280x800, or less to fit the screen with the
        # window manager's frame
        screen = app.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width = min(1280, room.width() - 16) if room is not None else 1280
        height = min(800, room.height() - 48) if room is not None else 800
        window.resize(width, height)
        window.show()


class _FirstFrame(QObject):
    """Calls back once, one turn of the event loop after the window's first paint (or after
    `fallback_ms`, should the window never be exposed, e.g. a monitor that is off)."""

    def __init__(self, window: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(window)
        self.window, self.callback, self.done = window, callback, False
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)  # the frame is finished and flushed first
        return False

    def _fire(self) -> None:
        if self.done:
            return
        self.done = True
        self.window.removeEventFilter(self)
        self.callback()
        self.deleteLater()


def after_first_frame(
    window: QWidget, callback: Callable[[], None], *, fallback_ms: int = 2000
) -> None:
    """Run `callback` once the window's first frame is drawn: the slow part of a start goes
    after it, so the screen shows something at once."""
    _FirstFrame(window, callback, fallback_ms)


def offscreen() -> bool:
    return os.environ.get("QT_QPA_PLATFORM", "") == "offscreen"
