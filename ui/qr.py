"""QR codes of reference numbers, made in memory with segno (never written to disk).

    matrix = qr_matrix("ABCD-EFGH-JKMN")     # rows of 0/1, without the quiet zone
    pixmap = qr_pixmap(matrix, module_px=10)  # square, 4 light modules of quiet zone around

A full QR code (never a Micro QR: phone cameras cannot read those), error correction M
exactly. The image is drawn module by module at a whole number of pixels per module, so
every edge is sharp at any size it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

import segno
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

QUIET_ZONE = 4  # modules of light border the QR standard asks for

Matrix = tuple[tuple[int, ...], ...]


def qr_code(text: str) -> segno.QRCode:
    """The QR code of `text`: a full QR code, error correction level M (not boosted)."""
    return segno.make_qr(text, error="m", boost_error=False)


def qr_matrix(text: str) -> Matrix:
    """The dark (1) and light (0) modules of `text`'s QR code, without the quiet zone."""
    return tuple(tuple(int(bool(v)) for v in row) for row in qr_code(text).matrix)


def dark_runs(matrix: Sequence[Sequence[int]]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules: fewer, wider
    rectangles, so no hairline seams appear between neighbouring modules when printed."""
    runs = []
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return runs


def qr_image(
    matrix: Sequence[Sequence[int]],
    module_px: int = 10,
    *,
    dark: str = "#000000",
    light: str = "#ffffff",
) -> QImage:
    """A square image of the code with its quiet zone, `module_px` pixels per module."""
    if module_px < 1:
        raise ValueError("module_px must be at least 1")
    side = (len(matrix) + 2 * QUIET_ZONE) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor(light))
    painter = QPainter(image)
    try:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(dark))
        for r, c, length in dark_runs(matrix):
            painter.drawRect(
                QRect(
                    (c + QUIET_ZONE) * module_px,
                    (r + QUIET_ZONE) * module_px,
                    length * module_px,
                    module_px,
                )
            )
    finally:
        painter.end()
    return image


def qr_pixmap(matrix: Sequence[Sequence[int]], module_px: int = 10) -> QPixmap:
    return QPixmap.fromImage(qr_image(matrix, module_px))


def read_modules(image: QImage, size: int, module_px: int) -> Matrix:
    """Read the modules back from an image made by `qr_image` (the centre pixel of each):
    how a test checks that what is shown is the code it should be."""
    half = module_px // 2
    return tuple(
        tuple(
            int(
                QColor(
                    image.pixel(
                        (c + QUIET_ZONE) * module_px + half, (r + QUIET_ZONE) * module_px + half
                    )
                ).lightness()
                < 128
            )
            for c in range(size)
        )
        for r in range(size)
    )
