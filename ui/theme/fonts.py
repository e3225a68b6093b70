"""The bundled UI font (Noto Sans, OFL 1.1: assets/fonts/LICENSE-NotoSans.txt)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from assets import fonts_dir

FONT_FILES: tuple[str, ...] = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
FAMILY = "Noto Sans"

_loaded: str | None = None


def load_fonts() -> str:
    """Register the bundled faces with QFontDatabase (once) and return the family name.

    Needs a QGuiApplication. Raises RuntimeError if a font file is missing or unreadable.
    """
    global _loaded
    if _loaded is not None:
        return _loaded
    family = ""
    for name in FONT_FILES:
        path = fonts_dir() / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"cannot load the bundled font {path}")
        families = QFontDatabase.applicationFontFamilies(font_id)
        family = family or (families[0] if families else FAMILY)
    _loaded = family
    return family
