"""The Qt side of `kiosk doctor`: does the bundled font cover Kazakh, which printers Qt sees.

Runs on the offscreen platform when it has to make the application itself, so it works from a
technician's shell with no display.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import QApplication

from ui.keyboard.layouts import KAZAKH_LETTERS


def ensure_app() -> QApplication:
    """The running application, or a new one on the offscreen platform."""
    app = QApplication.instance()
    if app is None:
        # `-platform` wins over QT_QPA_PLATFORM: a shell without a display must not abort.
        app = QApplication(["kiosk-doctor", "-platform", "offscreen"])
    assert isinstance(app, QApplication)
    return app


@dataclass(frozen=True)
class FontCoverage:
    family: str  # the bundled family, as registered
    resolved: str  # the family Qt actually draws with for it
    letters: int  # how many letters were checked
    missing: str  # the letters the font lacks


def kazakh_font_coverage() -> FontCoverage:
    """Register the bundled font and check every Kazakh letter, both cases, is in it.

    Raises RuntimeError when a bundled font file cannot be loaded.
    """
    from ui.theme.fonts import load_fonts

    ensure_app()
    family = load_fonts()
    raw = QRawFont.fromFont(QFont(family))
    letters = KAZAKH_LETTERS + KAZAKH_LETTERS.upper()
    if not raw.isValid():
        return FontCoverage(family, "", len(letters), letters)
    missing = "".join(ch for ch in letters if not raw.supportsCharacter(ord(ch)))
    return FontCoverage(family, raw.familyName(), len(letters), missing)


def printer_names() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    ensure_app()
    return list(QPrinterInfo.availablePrinterNames())
