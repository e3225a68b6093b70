"""The kiosk's look: bundled font, two colour schemes, two text sizes, one stylesheet.

    from ui.theme import apply_theme
    apply_theme(app, "high_contrast", large_text=True)

Object names and properties the stylesheet knows are listed in `ui.theme.qss`.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ui.theme.fonts import FALLBACK_FAMILY, load_fonts
from ui.theme.palette import SCHEMES, TEXT_PAIRS, UI_PAIRS, Scheme, contrast_ratio
from ui.theme.qss import TEXT_SCALES, TypeSizes, build_stylesheet

__all__ = [
    "SCHEMES",
    "TEXT_PAIRS",
    "TEXT_SCALES",
    "UI_PAIRS",
    "Scheme",
    "TypeSizes",
    "apply_theme",
    "build_palette",
    "build_stylesheet",
    "contrast_ratio",
    "load_fonts",
]


def build_palette(s: Scheme) -> QPalette:
    """A QPalette matching the scheme, for whatever the stylesheet does not reach."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: s.window,
        QPalette.ColorRole.WindowText: s.text,
        QPalette.ColorRole.Base: s.surface,
        QPalette.ColorRole.AlternateBase: s.window,
        QPalette.ColorRole.Text: s.text,
        QPalette.ColorRole.PlaceholderText: s.text_muted,
        QPalette.ColorRole.Button: s.surface,
        QPalette.ColorRole.ButtonText: s.text,
        QPalette.ColorRole.BrightText: s.error,
        QPalette.ColorRole.Highlight: s.selection_bg,
        QPalette.ColorRole.HighlightedText: s.selection_text,
        QPalette.ColorRole.ToolTipBase: s.surface,
        QPalette.ColorRole.ToolTipText: s.text,
        QPalette.ColorRole.Link: s.secondary_text,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(s.disabled_text))
    return p


def apply_theme(app: QApplication, scheme: str = "standard", large_text: bool = False) -> None:
    """Set the application font (bundled family, pixel size), palette and stylesheet.

    Call again to switch scheme or text size at run time; every widget restyles.
    """
    if scheme not in SCHEMES:
        raise ValueError(f"unknown colour scheme {scheme!r}; known: {', '.join(SCHEMES)}")
    s = SCHEMES[scheme]
    scale = TEXT_SCALES["large" if large_text else "normal"]
    font = QFont(load_fonts())
    font.setFamilies([load_fonts(), FALLBACK_FAMILY])  # symbols Noto Sans lacks
    font.setPixelSize(TypeSizes.for_scale(scale).body)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if app.style().name().lower() != "fusion":
        app.setProperty("themeScheme", scheme)  # first, so widgets restyling can read them
    app.setProperty("themeLargeText", large_text)
    app.setStyle("Fusion")  # the same look on every platform; QSS builds on it
    app.setFont(font)
    app.setPalette(build_palette(s))
    app.setStyleSheet(build_stylesheet(s, scale))
