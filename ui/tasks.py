"""Running slow work (a network look-up) off the UI thread and getting the result back on it.

The runner is passed in: the app uses a thread pool; tests may run work synchronously.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    finished = Signal(object, object, object)  # callback, result, error


class TaskRunner:
    """`run(work, done)`: `work()` on a worker thread, then `done(result, error)` on the UI
    thread. Exactly one of result/error is meaningful."""

    def __init__(self, threaded: bool = True) -> None:
        self.threaded = threaded
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self._threads: list[threading.Thread] = []

    def run(
        self, work: Callable[[], Any], done: Callable[[Any, BaseException | None], None]
    ) -> None:
        if not self.threaded:
            try:
                result, error = work(), None
            except Exception as exc:
                result, error = None, exc
            done(result, error)
            return

        def body() -> None:
            try:
                result, error = work(), None
            except Exception as exc:
                result, error = None, exc
            self._relay.finished.emit(done, result, error)

        thread = threading.Thread(target=body, name="kiosk-task", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def wait(self, timeout: float = 10.0) -> None:
        for thread in list(self._threads):
            thread.join(timeout)

    @staticmethod
    def _deliver(
        done: Callable[[Any, BaseException | None], None], result: Any, error: BaseException | None
    ) -> None:
        done(result, error)
