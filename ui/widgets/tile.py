"""A big touch tile (a drawn icon, a title that wraps, a quiet second line) and the search field
with a magnifier.

QPushButton text does not wrap, so the tile's texts are QLabels laid out inside the button (and
transparent to the finger: the whole tile is one button).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.icons import IconBadge, draw_icon, theme_now


class Tile(QPushButton):
    """A category tile: icon, wrapping title, a quiet line under it (e.g. how many services)."""

    def __init__(self, icon_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.badge = IconBadge(icon_name, self)
        self.title = QLabel(self)
        self.note = QLabel(self)
        for label in (self.title, self.note):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # catalog texts are never markup
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 18, 24, 18)
        row.setSpacing(20)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addStretch(1)
        texts.addWidget(self.title)
        texts.addWidget(self.note)
        texts.addStretch(1)
        row.addLayout(texts, 1)
        self.pressed.connect(lambda: self._colour_texts(True))
        self.released.connect(lambda: self._colour_texts(False))
        self._restyle()

    def set_texts(self, title: str, note: str) -> None:
        self.title.setText(title)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(title)
        self.updateGeometry()

    # -- size: the button's own hints know nothing of the labels ---------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return max(self._min_height(), layout.totalHeightForWidth(width) if layout else 0)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.totalSizeHint() if layout is not None else QSize(320, 0)
        return QSize(max(320, hint.width()), max(self._min_height(), hint.height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self._min_height())

    @staticmethod
    def _min_height() -> int:
        return theme_now()[1].tile_height

    # -- look --------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.PaletteChange,
        ):
            self._restyle()
        return super().event(event)

    def _restyle(self) -> None:
        _, sizes = theme_now()
        side = round(sizes.tile * 2.3)
        self.badge.setFixedSize(side, side)
        title_font = QFont(self.font())
        title_font.setPixelSize(sizes.tile)
        title_font.setBold(True)
        note_font = QFont(self.font())
        note_font.setPixelSize(sizes.help)
        note_font.setBold(False)
        self.title.setFont(title_font)
        self.note.setFont(note_font)
        self._colour_texts(self.isDown())
        self.updateGeometry()

    def _colour_texts(self, down: bool) -> None:
        scheme, _ = theme_now()
        self.title.setStyleSheet(f"color: {scheme.pressed_text if down else scheme.text};")
        self.note.setStyleSheet(f"color: {scheme.pressed_text if down else scheme.text_muted};")


class SearchField(QLineEdit):
    """A line edit for search words, with a magnifier drawn at its left and the on-screen
    keyboard's letters."""

    ICON = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setProperty("kioskKeyboard", "text")
        self.setTextMargins(self.ICON + 12, 0, 0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        scheme, _ = theme_now()
        painter = QPainter(self)
        top = (self.height() - self.ICON) / 2
        draw_icon(
            painter, QRectF(18, top, self.ICON, self.ICON), "search", QColor(scheme.text_muted)
        )
        painter.end()
