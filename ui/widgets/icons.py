"""Icons drawn with QPainter in the theme's colours (the bundled Noto Sans has no pictographs),
and the theme's current colours and sizes for widgets that paint themselves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QWidget

from ui.theme import SCHEMES, TEXT_SCALES, Scheme, TypeSizes


def theme_now() -> tuple[Scheme, TypeSizes]:
    """The colour scheme and text sizes `apply_theme` set last (standard, normal before).

    Read from the application's palette and font, which `apply_theme` sets before the
    stylesheet, so this is right already while widgets handle the stylesheet's StyleChange.
    """
    app = QApplication.instance()
    scheme = SCHEMES["standard"]
    if isinstance(app, QApplication):
        window = app.palette().color(QPalette.ColorRole.Window).name().casefold()
        scheme = next((s for s in SCHEMES.values() if s.window.casefold() == window), scheme)
    return scheme, TypeSizes.for_scale(text_scale())


def text_scale() -> float:
    """The text scale in use: normal (1.0) or large."""
    app = QApplication.instance()
    body = TypeSizes.for_scale(TEXT_SCALES["normal"]).body
    size = app.font().pixelSize() if isinstance(app, QApplication) else body
    large = TEXT_SCALES["large"]
    return large if size >= round(body * large) else TEXT_SCALES["normal"]


# -- icons, drawn on a 24 x 24 grid ------------------------------------------------------------
def _family(p: QPainterPath) -> None:
    p.addEllipse(QPointF(8.5, 6.5), 2.6, 2.6)
    p.addEllipse(QPointF(16.5, 10), 2, 2)
    p.moveTo(3.5, 20)
    p.cubicTo(3.5, 11, 13.5, 11, 13.5, 20)
    p.moveTo(12.5, 20)
    p.cubicTo(12.5, 13.5, 20.5, 13.5, 20.5, 20)


def _house(p: QPainterPath) -> None:
    p.moveTo(3, 11.5)
    p.lineTo(12, 4)
    p.lineTo(21, 11.5)
    p.addRect(QRectF(5.5, 10, 13, 10))
    p.addRect(QRectF(10, 14, 4, 6))


def _social(p: QPainterPath) -> None:  # a heart
    p.moveTo(12, 20)
    p.cubicTo(3, 14, 2, 9, 4.5, 6.2)
    p.cubicTo(7, 3.6, 10.5, 4.5, 12, 7.5)
    p.cubicTo(13.5, 4.5, 17, 3.6, 19.5, 6.2)
    p.cubicTo(22, 9, 21, 14, 12, 20)


def _registry(p: QPainterPath) -> None:  # two rings
    p.addEllipse(QPointF(9, 13), 5.2, 5.2)
    p.addEllipse(QPointF(15, 13), 5.2, 5.2)
    p.moveTo(7.5, 5)
    p.lineTo(9, 7.2)
    p.lineTo(10.5, 5)


def _land(p: QPainterPath) -> None:  # a plot with a flag
    p.moveTo(2.5, 20)
    p.lineTo(6, 14)
    p.lineTo(21.5, 14)
    p.lineTo(18, 20)
    p.closeSubpath()
    p.moveTo(11, 17)
    p.lineTo(11, 4)
    p.lineTo(17, 6.5)
    p.lineTo(11, 9)


def _document(p: QPainterPath) -> None:
    p.moveTo(14, 3)
    p.lineTo(6, 3)
    p.lineTo(6, 21)
    p.lineTo(18, 21)
    p.lineTo(18, 7)
    p.closeSubpath()
    p.moveTo(14, 3)
    p.lineTo(14, 7)
    p.lineTo(18, 7)
    for y in (11, 14, 17):
        p.moveTo(9, y)
        p.lineTo(15, y)


def _school(p: QPainterPath) -> None:  # a graduation cap
    p.moveTo(2.5, 9.5)
    p.lineTo(12, 5)
    p.lineTo(21.5, 9.5)
    p.lineTo(12, 14)
    p.closeSubpath()
    p.moveTo(6.5, 11.5)
    p.lineTo(6.5, 16.5)
    p.cubicTo(9, 19.5, 15, 19.5, 17.5, 16.5)
    p.lineTo(17.5, 11.5)
    p.moveTo(21.5, 9.5)
    p.lineTo(21.5, 15)


def _appeal(p: QPainterPath) -> None:  # a speech bubble
    p.addRoundedRect(QRectF(3, 4, 18, 12.5), 3, 3)
    p.moveTo(8, 16.5)
    p.lineTo(7, 21)
    p.lineTo(12.5, 16.5)
    p.moveTo(7.5, 8.5)
    p.lineTo(16.5, 8.5)
    p.moveTo(7.5, 12)
    p.lineTo(13.5, 12)


def _info(p: QPainterPath) -> None:
    p.addEllipse(QPointF(12, 12), 9, 9)
    p.moveTo(12, 11)
    p.lineTo(12, 17)
    p.addEllipse(QPointF(12, 7.6), 0.4, 0.4)


def _search(p: QPainterPath) -> None:
    p.addEllipse(QPointF(10, 10), 6, 6)
    p.moveTo(14.5, 14.5)
    p.lineTo(20.5, 20.5)


def _status(p: QPainterPath) -> None:  # a document with a tick
    p.moveTo(14, 3)
    for x, y in ((5, 3), (5, 21), (19, 21), (19, 8)):
        p.lineTo(x, y)
    p.closeSubpath()
    p.moveTo(8.5, 14)
    p.lineTo(11, 16.5)
    p.lineTo(15.5, 11)


def _other(p: QPainterPath) -> None:
    for x, y in ((4, 4), (13, 4), (4, 13), (13, 13)):
        p.addRoundedRect(QRectF(x, y, 7, 7), 1.5, 1.5)


ICONS: dict[str, Callable[[QPainterPath], None]] = {
    "family": _family,
    "house": _house,
    "housing": _house,
    "social": _social,
    "registry": _registry,
    "land": _land,
    "document": _document,
    "school": _school,
    "education": _school,
    "appeal": _appeal,
    "info": _info,
    "help": _info,
    "search": _search,
    "status": _status,
}


def draw_icon(painter: QPainter, rect: QRectF, name: str | None, color: QColor) -> None:
    """Draw icon `name` (an unknown name gets a neutral one) as lines inside `rect`."""
    path = QPainterPath()
    ICONS.get(name or "", _other)(path)
    side = min(rect.width(), rect.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.center().x() - side / 2, rect.center().y() - side / 2)
    painter.scale(side / 24, side / 24)
    pen = QPen(color, 1.9)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def icon(name: str, color: str, size: int = 40) -> QIcon:
    """A QIcon of a drawn icon (for buttons and line edits)."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_icon(painter, QRectF(0, 0, size * ratio, size * ratio), name, QColor(color))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)


class IconBadge(QWidget):
    """A round badge with a drawn icon, in the theme's colours."""

    def __init__(self, name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon_name = name
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, _event: QPaintEvent) -> None:
        scheme, _ = theme_now()
        side = min(self.width(), self.height())
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(QColor(scheme.border), 2) if scheme.name == "high_contrast" else Qt.PenStyle.NoPen
        )
        painter.setBrush(QColor(scheme.window))
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
        draw_icon(
            painter,
            box.adjusted(side * 0.2, side * 0.2, -side * 0.2, -side * 0.2),
            self.icon_name,
            QColor(scheme.heading),
        )
        painter.end()
