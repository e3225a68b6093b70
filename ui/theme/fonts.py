"""The bundled UI fonts: Noto Sans (OFL 1.1: assets/fonts/LICENSE-NotoSans.txt) for text, and
DejaVu Sans (Bitstream Vera / public domain: assets/fonts/LICENSE-DejaVu.txt) as the fallback
for the symbols Noto Sans lacks (⌂ ‹ ◐ ⌫ ⬆ ↵ ★ ✓ ⚠), so a bare machine draws them too."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from assets import fonts_dir

FONT_FILES: tuple[str, ...] = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
FALLBACK_FILES: tuple[str, ...] = ("DejaVuSans.ttf",)
FAMILY = "Noto Sans"
FALLBACK_FAMILY = "DejaVu Sans"

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
    for name in FALLBACK_FILES:
        if QFontDatabase.addApplicationFont(str(fonts_dir() / name)) < 0:
            raise RuntimeError(f"cannot load the bundled font {name}")
    _loaded = family
    return family
