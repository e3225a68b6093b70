"""The UI benches' child process (one fresh process per measurement), printing one JSON line:

python -m bench.ui_child screens ROUNDS DATA_DIR
python -m bench.ui_child memory N1,N2 DATA_DIR [capped]
python -m bench.ui_child memory-floor
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

BIG = "bench-40-fields"


class PaintCounter:
    def __init__(self, app: Any, window: Any) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QWidget

        counter = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if (
                    event.type() == QEvent.Type.Paint
                    and isinstance(obj, QWidget)
                    and obj.window() is window
                ):
                    counter.count += 1
                return False

        self.count = 0
        self.filter = Filter(app)
        app.installEventFilter(self.filter)


READING_S = 0.4  # how long, at least, a visitor looks at a service page before Start


def screens(rounds: int, data: Path) -> dict[str, Any]:
    from bench.kiosk_window import open_window, pump

    app, window, store = open_window(data)
    paints = PaintCounter(app, window)
    names = ("service", "wizard", "wizard_cold", "wizard_built")
    times: dict[str, list[float]] = {n: [] for n in names}
    painted: dict[str, int] = dict.fromkeys(names, 0)
    editors = 0

    def timed(name: str, screen: str) -> None:
        paints.count = 0
        t = time.perf_counter()
        window.go(screen, service_id=BIG)
        pump(app)
        times[name].append((time.perf_counter() - t) * 1000)
        painted[name] = min(painted[name] or paints.count, paints.count)

    def read(seconds: float) -> None:
        """The visitor reads the page: the event loop runs (timers, the form built ahead)."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            pump(app)
            time.sleep(0.005)

    for _ in range(rounds + 1):  # the first round warms up
        # The real path: the service page, 0.4 s reading it, then Start.
        window.reset()
        window.go("home")
        pump(app)
        timed("service", "service")
        read(READING_S)
        timed("wizard", "wizard")
        # A Start tapped within one frame of the page (no time to build ahead): the build.
        window.reset()
        window.go("service", service_id=BIG)
        pump(app)
        timed("wizard_cold", "wizard")
        # Back on the service page and Start again: the page exists for this visitor.
        window.go("service", service_id=BIG)
        pump(app)
        timed("wizard_built", "wizard")
        editors = _visible_editors(window.screens["wizard"])
    store.close()
    return {"ms": {k: v[1:] for k, v in times.items()}, "min_paints": painted, "editors": editors}


def _visible_editors(screen: Any) -> int:
    from ui.fields.base import FieldEditor

    return sum(1 for e in screen.findChildren(FieldEditor) if e.isVisible())


def visit(app: Any, window: Any, service: Any, answers: dict[str, Any]) -> None:
    """One visitor: home, the list, the service, its form, review, submit, receipt, reset."""
    from bench.kiosk_window import pump

    window.home()
    pump(app)
    window.go("services", category=service.category)
    pump(app)
    window.go("service", service_id=service.id)
    pump(app)
    window.go("wizard", service_id=service.id)
    pump(app)
    for field_id, value in answers.items():
        window.session.set_answer(field_id, value)
    window.session.consent = True
    window.go("review")
    pump(app)
    ctx = window.ctx
    receipt = ctx.submitter.submit(
        ctx.catalog, service, dict(window.session.answers), window.session.language
    )
    window.go("receipt", reference=receipt.reference, receipt_id=receipt.id)
    pump(app)
    window.reset()
    pump(app)


def memory(marks: list[int], data: Path, capped: bool = False) -> dict[str, Any]:
    """Visitors one after another; RSS at each mark. `capped`: Qt's pixmap cache and SQLite's
    page cache held near zero, so what still grows is neither of those bounded caches."""
    from bench.data import answers_for
    from bench.kiosk_window import open_window, rss_kib
    from kiosk.answers import validate_answers
    from kiosk.clock import local_today

    app, window, store = open_window(data)
    if capped:
        from PySide6.QtGui import QPixmapCache

        QPixmapCache.setCacheLimit(1)  # KiB
        store.db.conn.execute("PRAGMA cache_size = -64")  # KiB
    today = local_today(window.ctx.clock)
    plan = []
    for service in window.ctx.catalog.services:
        if service.form is not None and service.id != BIG:
            answers = answers_for(service.form, today)
            if not validate_answers(service.form, answers, today=today)[1]:
                plan.append((service, answers))
    rss: dict[str, int] = {}
    start = time.perf_counter()
    done = 0
    for mark in sorted(marks):
        while done < mark:
            service, answers = plan[done % len(plan)]
            visit(app, window, service, answers)
            done += 1
        rss[str(mark)] = rss_kib()
    elapsed = time.perf_counter() - start
    rows = store.outbox.counts()["queued"]
    store.close()
    return {
        "rss_kib": rss,
        "sessions": done,
        "seconds": elapsed,
        "queued": rows,
        "services": len(plan),
    }


def memory_floor() -> dict[str, Any]:
    """A bare window, with nothing of the kiosk imported (only Qt and the stdlib)."""
    import gc
    import os

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Сәлеметсіз бе!"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    gc.collect()
    return {"rss_kib": _rss_kib()}


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return int(next(x for x in status if x.startswith("VmRSS:")).split()[1])


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "screens":
        out = screens(int(sys.argv[2]), Path(sys.argv[3]))
    elif mode == "memory":
        out = memory(
            [int(x) for x in sys.argv[2].split(",")],
            Path(sys.argv[3]),
            capped=sys.argv[4:] == ["capped"],
        )
    else:
        out = memory_floor()
    print(json.dumps(out), flush=True)
