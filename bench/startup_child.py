"""One start, timed to the first frame: `python -m bench.startup_child kiosk|floor T0 DATA_DIR`.

T0 is the parent's time.time() taken just before it spawned this process. Once the window
has been painted for the first time (the first Paint event, then one turn of the event loop
so the whole frame is done and flushed), the elapsed seconds since T0 are printed, then the
seconds each phase took (`imports=`: Qt-free modules, `store=`: configuration, data dir,
store, `qt_import=`: PySide6 and ui/, `window=`: QApplication, catalog and window, `show=`,
`frame=`: first paint), then `ready=`: seconds from T0 until the kiosk is wired and has built
every screen (cli.app.kiosk_ready; for the floor, its frame), and the process exits at once
(teardown is not part of a start).

`floor` is a bare QApplication + QMainWindow + QLabel; `kiosk` is the real `kiosk run`
entry point (cli.kiosk_main.main) on DATA_DIR with the embedded demo catalog, in a
1280x800 window (offscreen; the floor window has the same size).

With BENCH_PROFILE=FILE in the environment the start is run under cProfile and the stats are
written to FILE at the first frame (for finding where a slow start goes).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

TIMEOUT_MS = 20000
MARKS: list[tuple[str, float]] = []  # (phase, time.time() at its end), printed at the frame


def mark(phase: str) -> None:
    MARKS.append((phase, time.time()))


PROFILE = os.environ.get("BENCH_PROFILE")
if PROFILE:
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()


def arm(app: Any, window: Any, t0: float, *, wait_ready: bool) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    state: dict[str, Any] = {"frame": None}

    def done(painted: bool) -> None:
        if PROFILE:
            profiler.disable()
            profiler.dump_stats(PROFILE)
        now = time.time()
        frame = state["frame"] or now
        last, phases = t0, []
        for phase, at in [*MARKS, ("frame", frame)]:
            phases.append(f"{phase}={at - last:.6f}")
            last = at
        print(
            f"{frame - t0:.6f} {'painted' if painted else 'timeout'} {' '.join(phases)} "
            f"ready={now - t0:.6f}",
            flush=True,
        )
        os._exit(0)

    def framed() -> None:
        state["frame"] = time.time()
        if not wait_ready:
            done(True)

    class FirstFrame(QObject):
        seen = False

        def eventFilter(self, obj: Any, event: Any) -> bool:
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget)
                and obj.window() is window
            ):
                self.seen = True
                QTimer.singleShot(0, framed)
            return False

    watcher = FirstFrame(app)
    app.installEventFilter(watcher)
    QTimer.singleShot(TIMEOUT_MS, lambda: done(False))
    if wait_ready:
        import cli.app

        def ready(window: Any) -> None:
            if state["frame"] is None:  # not yet painted: cannot be (the frame comes first)
                state["frame"] = time.time()
            QTimer.singleShot(0, lambda: done(True))

        cli.app.kiosk_ready = ready


def floor(t0: float) -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    mark("qt_import")
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Сәлеметсіз бе!"))
    window.resize(1280, 800)
    mark("window")
    window.show()
    mark("show")
    arm(app, window, t0, wait_ready=False)
    app.exec()


def kiosk(t0: float, data_dir: str) -> None:
    # The real `kiosk run` entry point (cli.kiosk_main.main); only ui.app's two start functions
    # are wrapped, to mark the phases and hook the window once it is shown. Modules are
    # imported in the order `kiosk run` imports them (the Qt-free ones it needs first: PySide6
    # looks at the source of every module imported after it).
    import cli.app
    import cli.kiosk_main
    import cli.settings

    mark("imports")
    import ui.app

    mark("qt_import")
    real_show, real_build = ui.app.show_kiosk, ui.app.build_shell

    def build_shell(*args: Any, **kwargs: Any) -> Any:
        window = real_build(*args, **kwargs)
        mark("window")
        return window

    def show_and_arm(app: Any, window: Any, *, full_screen: bool) -> None:
        real_show(app, window, full_screen=False)
        mark("show")
        arm(app, window, t0, wait_ready=True)

    ui.app.show_kiosk, ui.app.build_shell = show_and_arm, build_shell
    cli.kiosk_main.main(["run", "--data-dir", data_dir])


if __name__ == "__main__":
    which, start = sys.argv[1], float(sys.argv[2])
    if which == "floor":
        floor(start)
    else:
        kiosk(start, sys.argv[3])
    sys.exit("the event loop ended before the first frame")
