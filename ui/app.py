"""Building the Qt application around a UiContext: fonts, theme, translations, the window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication

from ui.bridge import SyncBridge
from ui.context import UiContext
from ui.i18n import Translations
from ui.lockdown import install_lockdown
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.theme import apply_theme


def qt_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("akimat-kiosk")
    # Qt's pixmap cache grows to 10 MB by default as visitors see screens; a kiosk that runs for
    # months keeps its memory flat with a small one (bench/memory.py measures the growth).
    QPixmapCache.setCacheLimit(2048)  # KB
    return app


def build_window(
    app: QApplication,
    ctx: UiContext,
    *,
    tasks: TaskRunner | None = None,
    translations: Translations | None = None,
) -> MainWindow:
    apply_theme(app, "standard", False)
    bridge = SyncBridge(ctx.engine)
    window = MainWindow(
        ctx, translations=translations or Translations(), bridge=bridge, tasks=tasks
    )
    window.attach(app)
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


def offscreen() -> bool:
    return os.environ.get("QT_QPA_PLATFORM", "") == "offscreen"
