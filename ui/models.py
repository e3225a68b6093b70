"""The list of services the visitor browses: a Qt list model and the delegate painting its rows.

The model holds service ids only (never what the visitor typed); texts are looked up in the
catalog in the visitor's language when the view asks, so a language switch only has to tell
the view that every row changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.catalog import Catalog, Service
from ui.widgets import theme_now

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
BADGE_ROLE = Qt.ItemDataRole.UserRole + 4


class ServiceListModel(QAbstractListModel):
    """Rows of services, by id, shown in the language `set_language` chose."""

    def __init__(
        self, catalog: Callable[[], Catalog], lang: str = "kk", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._lang = lang
        self._rows: list[Service] = []

    # -- filling ---------------------------------------------------------------------------
    def set_services(self, service_ids: Sequence[str]) -> None:
        catalog = self._catalog()
        found = (catalog.service(sid) for sid in service_ids)
        self.beginResetModel()
        self._rows = [s for s in found if s is not None]
        self.endResetModel()

    def clear(self) -> None:
        self.set_services([])

    def set_language(self, lang: str) -> None:
        if lang != self._lang:
            self._lang = lang
            self.relabel()

    def relabel(self) -> None:
        """Tell the view every row's texts changed (a new language or a new catalog); row
        heights change with the texts, so the view lays the rows out again."""
        if self._rows:
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    @property
    def language(self) -> str:
        return self._lang

    def service_ids(self) -> list[str]:
        return [s.id for s in self._rows]

    def service_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # -- QAbstractListModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        service = self._rows[index.row()]
        catalog = self._catalog()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return catalog.text(service.title, self._lang)
        if role == SUMMARY_ROLE:
            return catalog.text(service.summary, self._lang)
        if role == ID_ROLE:
            return service.id
        if role == KIND_ROLE:
            return service.kind
        if role == BADGE_ROLE:
            return self.badge(service.kind)
        return None

    def badge(self, kind: str) -> str:
        if kind == "info":
            return self.tr("Information")
        if kind == "appeal":
            return self.tr("Appeal")
        return self.tr("Apply")


class ServiceRowDelegate(QStyledItemDelegate):
    """A row as a card: the title big and bold, the summary under it, both wrapping; on the
    right a marker "Apply" (filled) or "Information" (outlined)."""

    GAP = 6  # between cards, above and below
    PAD_X, PAD_Y = 28, 20
    MIN_HEIGHT = 96

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    # -- geometry ----------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        _, sizes = theme_now()
        base = QFont(self.view.font())
        title, summary, badge = QFont(base), QFont(base), QFont(base)
        title.setPixelSize(sizes.tile)
        title.setBold(True)
        summary.setPixelSize(sizes.body)
        summary.setBold(False)
        badge.setPixelSize(sizes.help)
        badge.setBold(True)
        return title, summary, badge

    def _badge_size(self, text: str, font: QFont) -> QSize:
        metrics = QFontMetrics(font)
        return QSize(metrics.horizontalAdvance(text) + 40, metrics.height() + 16)

    def _layout(self, width: int, index: Index) -> tuple[QRect, QRect, QRect, int]:
        """Title, summary and badge rectangles (relative to the card) and the card height."""
        title_font, summary_font, badge_font = self._fonts()
        badge = self._badge_size(str(index.data(BADGE_ROLE) or ""), badge_font)
        text_w = max(120, width - 3 * self.PAD_X - badge.width())
        flags = int(Qt.TextFlag.TextWordWrap)
        title = QFontMetrics(title_font).boundingRect(
            QRect(0, 0, text_w, 10_000), flags, str(index.data() or "")
        )
        summary_text = str(index.data(SUMMARY_ROLE) or "")
        summary = (
            QFontMetrics(summary_font).boundingRect(
                QRect(0, 0, text_w, 10_000), flags, summary_text
            )
            if summary_text
            else QRect()
        )
        gap = 6 if summary_text else 0
        height = max(
            self.MIN_HEIGHT,
            2 * self.PAD_Y + title.height() + gap + summary.height(),
            badge.height() + 2 * self.PAD_Y,
        )
        title_rect = QRect(self.PAD_X, self.PAD_Y, text_w, title.height())
        summary_rect = QRect(self.PAD_X, title_rect.bottom() + 1 + gap, text_w, summary.height())
        badge_rect = QRect(
            width - self.PAD_X - badge.width(),
            (height - badge.height()) // 2,
            badge.width(),
            badge.height(),
        )
        return title_rect, summary_rect, badge_rect, height

    def _card_width(self) -> int:
        return max(200, self.view.viewport().width() - 8)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._card_width()
        return QSize(width, self._layout(width, index)[3] + 2 * self.GAP)

    # -- painting ----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        scheme, _ = theme_now()
        title_font, summary_font, badge_font = self._fonts()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        width = self._card_width()
        title_r, summary_r, badge_r, height = self._layout(width, index)
        state = option.state  # type: ignore[attr-defined]
        down = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.left(), rect.top() + self.GAP)
        painter.setPen(QPen(QColor(scheme.border), 3))
        painter.setBrush(QColor(scheme.pressed_surface if down else scheme.surface))
        painter.drawRoundedRect(QRect(1, 1, width - 2, height - 2), 14, 14)
        text = QColor(scheme.pressed_text if down else scheme.text)
        muted = QColor(scheme.pressed_text if down else scheme.text_muted)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(title_r, flags, str(index.data() or ""))
        painter.setFont(summary_font)
        painter.setPen(muted)
        painter.drawText(summary_r, flags, str(index.data(SUMMARY_ROLE) or ""))
        self._paint_badge(painter, badge_r, badge_font, index, scheme)
        painter.restore()

    @staticmethod
    def _paint_badge(
        painter: QPainter, rect: QRect, font: QFont, index: Index, scheme: Any
    ) -> None:
        info = index.data(KIND_ROLE) == "info"
        painter.setPen(QPen(QColor(scheme.secondary_border if info else scheme.primary), 3))
        painter.setBrush(QColor(scheme.surface if info else scheme.primary))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), rect.height() / 2, rect.height() / 2)
        painter.setFont(font)
        painter.setPen(QColor(scheme.secondary_text if info else scheme.on_primary))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(index.data(BADGE_ROLE)))
