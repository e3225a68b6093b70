"""Editors chosen by tapping: select (one of), multiselect (some of), checkbox (consent).

Every option is a `ChoiceRow`: a big bordered button, the width of the form (two columns for
long lists), with a round (one of) or square (some of) mark on the left and the option's words
beside it. The mark shows the choice, so it never rests on colour alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from kiosk.catalog import Catalog
from ui.fields.base import FieldEditor

ROW_MIN = 72  # px, outer height of a one-line option


_FONTS: dict[str, tuple[QFont, QFontMetrics]] = {}


def _body_font() -> tuple[QFont, QFontMetrics]:
    """Body text, not the buttons' bold, and its metrics: set explicitly, or the painter would
    take the button's own (stylesheet) weight for what the application font leaves unset.
    Made once per application font (the large-text switch changes it)."""
    app_font = QApplication.font()
    key = app_font.key()
    found = _FONTS.get(key)
    if found is None:
        font = QFont(app_font)
        font.setWeight(QFont.Weight.Normal)
        font.setPixelSize(max(1, font.pixelSize()))
        found = _FONTS[key] = (font, QFontMetrics(font))
    return found


class ChoiceRow(QPushButton):
    """A checkable option: the theme's button panel, a 34 px round (one of) or square (some
    of) mark, and the option's words beside it, wrapped on as many lines as they need.

    One widget, painted here (a form may hold hundreds of options); the colours come from the
    application palette, so both colour schemes and the large text apply. `text()` is the
    option's words, for finding it.
    """

    MARK = 34
    PAD_X, PAD_Y, GAP = 20, 14, 20

    def __init__(self, parent: QWidget | None = None, *, radio: bool = False) -> None:
        super().__init__(parent)
        self.radio = radio
        self.words = ""
        self._heights: dict[tuple[int, str], int] = {}
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_words(self, text: str) -> None:
        self.words = text
        self._heights.clear()
        self.setText(text.replace("&", "&&"))
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def _text_font(self) -> QFont:
        return _body_font()[0]

    def _text_width(self, width: int) -> int:
        return max(40, width - 2 * self.PAD_X - self.MARK - self.GAP)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Layouts ask this many times per pass (a grid of options, for each column width it
        # tries): measured once per width and font.
        font, metrics = _body_font()
        key = (width, font.key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 32:  # a window resized over and over
                self._heights.clear()
            rect = metrics.boundingRect(
                QRect(0, 0, self._text_width(width), 100000),
                int(Qt.TextFlag.TextWordWrap),
                self.words or " ",
            )
            height = self._heights[key] = max(ROW_MIN, rect.height() + 2 * self.PAD_Y + 6)
        return height

    def sizeHint(self) -> QSize:
        metrics = _body_font()[1]
        width = metrics.horizontalAdvance(self.words) + 2 * self.PAD_X + self.MARK + self.GAP
        width = min(width + 8, 900)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, ROW_MIN)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        # The panel in its resting look: the mark shows the choice, and the words keep their
        # contrast in both colour schemes (a "checked" fill may be the text's own colour).
        option.state &= ~(QStyle.StateFlag.State_On | QStyle.StateFlag.State_Sunken)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        palette = QApplication.palette()
        text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        on_accent = palette.color(QPalette.ColorRole.HighlightedText)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        checked = self.isChecked()
        if checked:  # a second, inner outline: the chosen row stands out without colour too
            painter.setPen(QPen(accent, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(5.5, 5.5, -5.5, -5.5), 8, 8)
        m = self.MARK
        box = QRectF(self.PAD_X + 1.5, (self.height() - m) / 2 + 1.5, m - 3, m - 3)
        painter.setPen(QPen(accent if checked else text, 3))
        painter.setBrush(accent if checked else base)
        if self.radio:
            painter.drawEllipse(box)
            if checked:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(on_accent)
                painter.drawEllipse(box.center(), m * 0.2, m * 0.2)
        else:
            painter.drawRoundedRect(box, 6, 6)
            if checked:
                pen = QPen(on_accent, 4.5)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                x, y = box.x(), box.y()
                painter.drawPolyline(
                    [
                        QPointF(x + 6, y + 16),
                        QPointF(x + 12.5, y + 22.5),
                        QPointF(x + 24.5, y + 8.5),
                    ]
                )
        painter.setPen(text)
        painter.setFont(self._text_font())
        left = self.PAD_X + m + self.GAP
        area = QRect(
            left, self.PAD_Y, self._text_width(self.width()), self.height() - 2 * self.PAD_Y
        )
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap), self.words
        )


def _option_grid(editor: FieldEditor, rows: list[ChoiceRow]) -> QWidget:
    """One option per row; two columns when there are many short options."""
    holder = QWidget(editor)
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(10)
    columns = 2 if len(rows) > 6 else 1
    for i, row in enumerate(rows):
        grid.addWidget(row, i // columns, i % columns)
    for c in range(columns):
        grid.setColumnStretch(c, 1)
    return holder


class SelectEditor(FieldEditor):
    radio = True

    def build(self) -> None:
        self.group = QButtonGroup(self)
        self.group.setExclusive(self.radio)
        self.rows: dict[str, ChoiceRow] = {}
        for option in self.field.options:
            row = ChoiceRow(self, radio=self.radio)
            row.setObjectName(f"option_{self.field.id}_{option.value}")
            self.group.addButton(row)
            self.rows[option.value] = row
        self.group.buttonClicked.connect(self._clicked)
        self._col.addWidget(_option_grid(self, list(self.rows.values())))

    def _clicked(self, _button: QAbstractButton) -> None:
        self._edited()
        self.left.emit()

    def value(self) -> Any:
        return next((v for v, row in self.rows.items() if row.isChecked()), None)

    def _show_value(self, value: Any) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot be emptied
        for option_value, row in self.rows.items():
            row.setChecked(option_value == value)
        self.group.setExclusive(self.radio)

    def _retranslate_body(self, catalog: Catalog, lang: str) -> None:
        for option in self.field.options:
            self.rows[option.value].set_words(catalog.text(option.label, lang))


class MultiSelectEditor(SelectEditor):
    radio = False

    def value(self) -> Any:
        return [v for v, row in self.rows.items() if row.isChecked()]

    def _show_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list | tuple) else set()
        for option_value, row in self.rows.items():
            row.setChecked(option_value in chosen)


class CheckboxEditor(FieldEditor):
    """The label is the sentence the visitor agrees to, beside a big tick box."""

    def build(self) -> None:
        self.label.hide()
        self.box = ChoiceRow(self)
        self.box.setObjectName(f"input_{self.field.id}")
        self.box.clicked.connect(self._clicked)
        self._col.addWidget(self.box)

    def _clicked(self) -> None:
        self._edited()
        self.left.emit()

    def value(self) -> Any:
        return self.box.isChecked()

    def _show_value(self, value: Any) -> None:
        self.box.setChecked(value is True)

    def _retranslate_body(self, catalog: Catalog, lang: str) -> None:
        self.box.set_words(self.label.text())  # the question, with its "(required)"
