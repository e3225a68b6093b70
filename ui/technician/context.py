"""What technician mode needs beyond the visitor UI's UiContext (which it reads from the window:
config, clock, catalog, outbox, sync engine)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from argon2 import PasswordHasher
from PySide6.QtWidgets import QApplication

from kiosk.paths import DataDir
from offline_cache.store import Store

EXIT_RESTART = 3  # the systemd unit restarts the kiosk on this exit code
EXIT_DESKTOP = 0


def _qt_exit(code: int) -> None:
    QApplication.exit(code)


@dataclass
class TechnicianContext:
    #: the kiosk's data directory (logs/kiosk.log, exports/, disk space)
    data: DataDir
    #: the UI thread's store (meta: PIN, identity, last sync, quarantine warning)
    store: Store
    #: how the app ends (restart: 3, to the desktop: 0); tests pass a recorder
    exit_app: Callable[[int], None] = field(default=_qt_exit)
    #: the PIN hasher (None: kiosk.pin's production parameters); tests pass a cheap one
    hasher: PasswordHasher | None = None
