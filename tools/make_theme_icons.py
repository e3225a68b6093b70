"""Draw the theme's small PNG icons into assets/icons/ (run after changing a scheme's colours).

    QT_QPA_PLATFORM=offscreen python tools/make_theme_icons.py

error-<scheme>.png   44x32, the mark before a field error (12 px transparent lead-in)
check-<scheme>.png   34x34, the tick inside a checked checkbox
radio-<scheme>.png   34x34, the dot inside a checked radio button
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

from assets import icons_dir  # noqa: E402
from ui.theme.palette import SCHEMES, Scheme  # noqa: E402


def _canvas(w: int, h: int) -> tuple[QImage, QPainter]:
    img = QImage(w, h, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    return img, p


def error_icon(s: Scheme) -> QImage:
    img, p = _canvas(44, 32)
    p.translate(12, 0)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(s.error_border))
    p.drawEllipse(QRectF(1, 1, 30, 30))
    p.setBrush(QColor(s.error_bg))
    p.drawRoundedRect(QRectF(13.5, 6, 5, 13), 2.5, 2.5)
    p.drawEllipse(QRectF(13.25, 21, 5.5, 5.5))
    p.end()
    return img


def check_icon(s: Scheme) -> QImage:
    img, p = _canvas(34, 34)
    pen = QPen(QColor(s.on_primary), 5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawPolyline([QPointF(7, 17.5), QPointF(14, 24.5), QPointF(27, 9.5)])
    p.end()
    return img


def radio_icon(s: Scheme) -> QImage:
    img, p = _canvas(34, 34)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(s.on_primary))
    p.drawEllipse(QRectF(8, 8, 18, 18))
    p.end()
    return img


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    out = icons_dir()
    out.mkdir(parents=True, exist_ok=True)
    for s in SCHEMES.values():
        for kind, draw in (("error", error_icon), ("check", check_icon), ("radio", radio_icon)):
            path = out / f"{kind}-{s.name}.png"
            draw(s).save(str(path))
            print(path.relative_to(ROOT))
    del app


if __name__ == "__main__":
    main()
