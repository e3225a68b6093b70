"""Submissions the hub refused, with its reason, and what a technician can do with one: send it
again ("Retry") or export it, still sealed, for the office ("Export"). Tap a row, then an action.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal, SignalInstance
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from kiosk.clock import KZ_TZ, parse_rfc3339
from offline_cache.outbox import OutboxRow
from ui.scrolling import flick
from ui.technician.facts import rejection_reason
from ui.technician.widgets import button

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _when(stamp: str) -> str:
    try:
        return parse_rfc3339(stamp).astimezone(KZ_TZ).strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return stamp


class RejectedPanel(QWidget):
    retry_requested = Signal(str)  # row id
    export_requested = Signal(str)

    def __init__(self, service_title: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service_title = service_title
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setObjectName("rejectedList")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setMinimumHeight(220)
        self.view.setMaximumHeight(420)
        flick(self.view.viewport())
        self.empty = QLabel(self)
        self.empty.setObjectName("helpLabel")
        self.retry = button(self, "secondaryButton")
        self.export = button(self, "secondaryButton")
        self.retry.clicked.connect(lambda: self._act(self.retry_requested))
        self.export.clicked.connect(lambda: self._act(self.export_requested))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.empty)
        col.addWidget(self.view)
        row = QHBoxLayout()
        row.addWidget(self.retry)
        row.addWidget(self.export)
        row.addStretch(1)
        col.addLayout(row)
        self.retranslate()

    def set_rows(self, rows: Sequence[OutboxRow]) -> None:
        chosen = self.selected_id()
        self.model.clear()
        items = []
        for r in rows:
            head = "  ·  ".join(
                [_when(r.created_at), r.reference or r.id[:8], self.service_title(r.service_id)]
            )
            reason = rejection_reason(r.last_error) or self.tr("(no reason given)")
            item = QStandardItem(f"{head}\n{reason}")
            item.setData(r.id, ID_ROLE)
            item.setEditable(False)
            items.append(item)
        if items:
            self.model.appendColumn(items)
        for i, r in enumerate(rows):
            if r.id == chosen:
                self.view.selectionModel().select(
                    self.model.index(i, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        has_rows = bool(rows)
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._update_buttons()

    def selected_id(self) -> str | None:
        indexes = self.view.selectionModel().selectedIndexes()
        return str(indexes[0].data(ID_ROLE)) if indexes else None

    def _act(self, signal: SignalInstance) -> None:
        row_id = self.selected_id()
        if row_id:
            signal.emit(row_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.retry.setEnabled(chosen)
        self.export.setEnabled(chosen)
        self.retry.setVisible(self.model.rowCount() > 0)
        self.export.setVisible(self.model.rowCount() > 0)

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No rejected submissions."))
        self.retry.setText(self.tr("Retry selected"))
        self.export.setText(self.tr("Export selected"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
