"""The technician screen: how this kiosk is doing, and what a technician can do about it.

Shows the kiosk id, hub, versions, connection, last sync, the queue, rejected submissions with the
hub's reason (Retry / Export), free disk space, the pending-data warning and the log's tail.
Actions: sync now, reload the catalog, test print, self-test, restart, exit to the desktop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk import __version__
from ui.context import UiContext
from ui.screens.base import Screen
from ui.scrolling import flick
from ui.technician import facts
from ui.technician.checks import print_test_page, run_self_test
from ui.technician.context import EXIT_DESKTOP, EXIT_RESTART, TechnicianContext
from ui.technician.rejected import RejectedPanel
from ui.technician.widgets import button, label
from ui.theme import TypeSizes

if TYPE_CHECKING:
    from ui.main_window import MainWindow

REFRESH_MS = 5000
CONFIRM_MS = 5000
FIELDS = ("kiosk", "hub", "version", "catalog", "connection", "last_sync", "queue", "disk")


class TechnicianScreen(Screen):
    name = "technician"
    show_chrome = False
    close_requested = Signal()
    left = Signal()

    def __init__(self, ctx: UiContext, window: MainWindow, tech: TechnicianContext) -> None:
        super().__init__(ctx, window)
        self.window_, self.tech = window, tech
        self.armed: str | None = None  # "restart"/"exit" after a first tap
        self.refresher = QTimer(self)
        self.refresher.setInterval(REFRESH_MS)
        self.refresher.timeout.connect(self.refresh)
        self.disarm_timer = QTimer(self)
        self.disarm_timer.setSingleShot(True)
        self.disarm_timer.setInterval(CONFIRM_MS)
        self.disarm_timer.timeout.connect(self.disarm)

        col = QVBoxLayout(self)
        col.setContentsMargins(32, 16, 32, 16)
        top = QHBoxLayout()
        self.title = label(self, "screenTitle", top)
        top.addStretch(1)
        self.close_button = button(
            self, "primaryButton", layout=top, handler=self.close_requested.emit
        )
        col.addLayout(top)
        self.notice = label(self, "helpLabel", col)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        flick(self.area.viewport())
        col.addWidget(self.area, 1)
        page = QWidget()
        self.area.setWidget(page)
        body = QVBoxLayout(page)
        body.setContentsMargins(0, 0, 16, 16)
        body.setSpacing(12)
        self.warning = label(self, "errorLabel", body)
        self.status_title = label(self, "sectionTitle", body)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(1, 1)
        self.keys: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for i, name in enumerate(FIELDS):
            self.keys[name] = label(self, "fieldLabel")
            self.values[name] = label(self, "")
            grid.addWidget(self.keys[name], i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.values[name], i, 1)
        body.addLayout(grid)
        self.actions_title = label(self, "sectionTitle", body)
        actions = QGridLayout()
        actions.setSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        handlers: dict[str, Callable[[], None]] = {
            "sync": self.sync_now,
            "catalog": self.reload_catalog,
            "print": self.print_test,
            "self_test": self.self_test,
            "restart": lambda: self.confirm("restart"),
            "exit": lambda: self.confirm("exit"),
        }
        for i, (name, handler) in enumerate(handlers.items()):
            self.buttons[name] = button(self, "secondaryButton", handler=handler)
            actions.addWidget(self.buttons[name], i // 3, i % 3)
        body.addLayout(actions)
        self.rejected_title = label(self, "sectionTitle", body)
        self.rejected = RejectedPanel(self._service_title, page)
        self.rejected.retry_requested.connect(self.retry)
        self.rejected.export_requested.connect(self.export)
        body.addWidget(self.rejected)
        self.log_title = label(self, "sectionTitle", body)
        self.log = label(self, "", body)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPixelSize(round(TypeSizes.for_scale(1.0).body * 0.75))
        self.log.setFont(mono)
        body.addStretch(1)
        self.retranslate()

    def _service_title(self, service_id: str) -> str:
        service = self.ctx.catalog.service(service_id)
        return self.ctx.catalog.text(service.title, self.lang) if service else service_id

    # -- Screen ----------------------------------------------------------------------------
    def enter(self, **params: Any) -> None:
        self.notice.setText("")
        self.disarm()
        self.area.verticalScrollBar().setValue(0)
        self.refresh()
        self.refresher.start()

    def leave(self) -> None:
        self.refresher.stop()
        self.disarm()
        self.left.emit()

    def wipe(self) -> None:
        self.notice.setText("")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Technician mode"))
        self.close_button.setText(self.tr("Close"))
        self.status_title.setText(self.tr("Status"))
        self.actions_title.setText(self.tr("Actions"))
        self.log_title.setText(self.tr("Log (last %1 lines)").replace("%1", str(facts.LOG_LINES)))
        names = {
            "kiosk": self.tr("Kiosk"),
            "hub": self.tr("Hub"),
            "version": self.tr("App version"),
            "catalog": self.tr("Catalog version"),
            "connection": self.tr("Connection"),
            "last_sync": self.tr("Last sync"),
            "queue": self.tr("Queue"),
            "disk": self.tr("Disk space"),
        }
        for key, text in names.items():
            self.keys[key].setText(text)
        texts = {
            "sync": self.tr("Sync now"),
            "catalog": self.tr("Reload catalog"),
            "print": self.tr("Test print"),
            "self_test": self.tr("Run self-test"),
            "restart": self.tr("Restart the app"),
            "exit": self.tr("Exit to the desktop"),
        }
        if self.armed == "restart":
            texts["restart"] = self.tr("Tap again to restart")
        if self.armed == "exit":
            texts["exit"] = self.tr("Tap again to exit")
        for key, text in texts.items():
            self.buttons[key].setText(text)
        if self.isVisible():
            self.refresh()

    # -- what is shown ---------------------------------------------------------------------
    def refresh(self) -> None:
        meta, engine, config = self.tech.store.meta, self.ctx.engine, self.ctx.config
        identity = meta.identity()
        v = self.values
        v["kiosk"].setText(identity.kiosk_id if identity else self.tr("not provisioned"))
        v["hub"].setText((identity.hub_url if identity else config.hub_url) or self.tr("not set"))
        v["version"].setText(__version__)
        v["catalog"].setText(self.ctx.catalog.version)
        online = engine.online if engine is not None else None
        v["connection"].setText(
            self.tr("no hub (not provisioned)")
            if engine is None
            else self.tr("not known yet")
            if online is None
            else self.tr("online")
            if online
            else self.tr("offline")
        )
        result = meta.get("last_sync_result")
        when = facts.local_time(meta.get("last_sync_at"))
        v["last_sync"].setText(f"{when} — {result}" if result else when)
        c = self.ctx.outbox.counts()
        v["queue"].setText(
            self.tr("queued %1, sending %2, delivered %3, rejected %4")
            .replace("%1", str(c["queued"]))
            .replace("%2", str(c["sending"]))
            .replace("%3", str(c["delivered"]))
            .replace("%4", str(c["rejected"]))
        )
        space = facts.disk_space(self.tech.data.root)
        v["disk"].setText(
            self.tr("%1 free of %2")
            .replace("%1", facts.format_bytes(space[0]))
            .replace("%2", facts.format_bytes(space[1]))
            if space
            else "—"
        )
        warning = meta.get("quarantine_warning")
        self.warning.setText(
            self.tr(
                "Pending data warning: a damaged database was moved aside at start (%1). Keep the "
                "quarantine folder for the office."
            ).replace("%1", warning or "")
        )
        self.warning.setVisible(bool(warning))
        rows = self.ctx.outbox.rows("rejected", limit=200)
        self.rejected_title.setText(
            self.tr("Rejected submissions (%1)").replace("%1", str(len(rows)))
        )
        self.rejected.set_rows(rows)
        lines = facts.log_tail(self.tech.data.logs / "kiosk.log")
        self.log.setText("\n".join(lines) if lines else self.tr("The log is empty."))

    def say(self, text: str) -> None:
        self.notice.setText(text)

    # -- actions ---------------------------------------------------------------------------
    def _engine_work(self, work: Callable[[], Any], started: str) -> None:
        engine = self.ctx.engine
        if engine is None:
            self.say(self.tr("This kiosk is not provisioned: there is no hub to sync with."))
            return
        if facts.engine_running(engine):
            work()
            self.say(started)
            return
        self.say(started)
        self.nav.tasks.run(lambda: (work(), engine.run_once())[1], self._synced)

    def _synced(self, report: Any, error: BaseException | None) -> None:
        if error is not None:
            self.say(self.tr("Sync failed: %1").replace("%1", error.__class__.__name__))
        else:
            self.say(
                self.tr("Sync finished: %1").replace(
                    "%1",
                    f"delivered={report.delivered} retried={report.retried} "
                    f"rejected={report.rejected} catalog={report.catalog}",
                )
            )
        self.refresh()

    def sync_now(self) -> None:
        engine = self.ctx.engine
        self._engine_work(lambda: engine.wake() if engine else None, self.tr("Syncing…"))

    def reload_catalog(self) -> None:
        engine = self.ctx.engine
        self._engine_work(
            lambda: engine.request_catalog() if engine else None,
            self.tr("Asking the hub for the catalog…"),
        )

    def print_test(self) -> None:
        printer = self.ctx.config.printer
        if not printer:
            self.say(self.tr("No printer is set up (the `printer` setting)."))
            return
        lang, title, when = self.lang, self.tr("Test print"), self.ctx.clock.now()
        self.say(self.tr("Printing a test page…"))
        self.nav.tasks.run(
            lambda: print_test_page(printer, lang, title, when),
            lambda ok, error: self.say(
                self.tr("The test page was printed.")
                if ok and error is None
                else self.tr("Printing failed: check the printer.")
            ),
        )

    def self_test(self) -> None:
        self.say(self.tr("Running the self-test…"))
        QCoreApplication.processEvents()
        failures = run_self_test(self.window_)
        if not failures:
            self.say(self.tr("Self-test passed: every screen rendered in every language."))
        else:
            self.say(
                self.tr("Self-test found %n problem(s):", "", len(failures))
                + "\n"
                + "\n".join(failures[:8])
            )

    def retry(self, row_id: str) -> None:
        if self.ctx.outbox.requeue(row_id, self.ctx.clock.now()):
            if self.ctx.engine is not None:
                self.ctx.engine.wake()
            self.say(self.tr("The submission is queued to be sent again."))
        self.refresh()

    def export(self, row_id: str) -> None:
        try:
            path = facts.export_row(self.ctx.outbox, row_id, self.tech.data.exports)
        except (LookupError, OSError) as exc:
            self.say(self.tr("Export failed: %1").replace("%1", str(exc)))
            return
        self.say(self.tr("Exported (still sealed) to %1").replace("%1", str(path)))

    def confirm(self, what: str) -> None:
        if self.armed != what:
            self.armed = what
            self.disarm_timer.start()
            self.retranslate()
            return
        self.disarm()
        self.window_.allow_close = True
        self.tech.exit_app(EXIT_RESTART if what == "restart" else EXIT_DESKTOP)

    def disarm(self) -> None:
        self.disarm_timer.stop()
        if self.armed is not None:
            self.armed = None
            self.retranslate()
