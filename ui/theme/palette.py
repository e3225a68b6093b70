"""Colour schemes of the kiosk and the text/background pairs each one uses.

Qt-free on purpose: the tests check every pair in `TEXT_PAIRS` against WCAG 2's
4.5:1 and every pair in `UI_PAIRS` (borders, focus rings) against 3:1.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Scheme:
    """Every colour the stylesheet uses, as "#RRGGBB"."""

    name: str
    window: str  # screen background
    surface: str  # cards, tiles, inputs, keys
    text: str
    text_muted: str  # help texts
    heading: str  # screen titles
    border: str  # tile / key outlines (decorative)
    border_strong: str  # input outlines (must be seen: >= 3:1)
    primary: str
    primary_pressed: str
    on_primary: str
    secondary_text: str
    secondary_border: str
    pressed_surface: str  # tiles, keys, secondary buttons while pressed
    pressed_text: str
    focus: str  # focus ring on surfaces
    focus_on_primary: str  # focus ring of a primary button
    primary_focus_bg: str  # a focused primary button's fill
    primary_focus_text: str
    error: str
    error_bg: str
    error_border: str
    status_bg: str
    status_text: str
    status_border: str
    key_special: str  # backspace/shift/lang/symbols keys
    key_special_text: str
    disabled_bg: str
    disabled_text: str
    disabled_border: str
    selection_bg: str
    selection_text: str
    scroll_track: str
    scroll_handle: str
    reference_bg: str
    reference_text: str
    reference_border: str


STANDARD = Scheme(
    name="standard",
    window="#EEF2F6",
    surface="#FFFFFF",
    text="#1A1F24",
    text_muted="#48535E",
    heading="#0B3A63",
    border="#C3CFDA",
    border_strong="#5A6570",
    primary="#0B4F8A",
    primary_pressed="#083A66",
    on_primary="#FFFFFF",
    secondary_text="#0B4F8A",
    secondary_border="#0B4F8A",
    pressed_surface="#D6E4F2",
    pressed_text="#0B3A63",
    focus="#0B4F8A",
    focus_on_primary="#FFB81C",
    primary_focus_bg="#0B4F8A",
    primary_focus_text="#FFFFFF",
    error="#A50E1F",
    error_bg="#FDECEE",
    error_border="#B00020",
    status_bg="#DDE5ED",
    status_text="#1A1F24",
    status_border="#B5C3D1",
    key_special="#D5DEE7",
    key_special_text="#1A1F24",
    disabled_bg="#DCE1E6",
    disabled_text="#4F5A64",
    disabled_border="#DCE1E6",
    selection_bg="#0B4F8A",
    selection_text="#FFFFFF",
    scroll_track="#DDE4EA",
    scroll_handle="#6B7885",
    reference_bg="#FFFFFF",
    reference_text="#0B3A63",
    reference_border="#0B4F8A",
)

HIGH_CONTRAST = Scheme(
    name="high_contrast",
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    text_muted="#FFFFFF",
    heading="#FFE600",
    border="#FFFFFF",
    border_strong="#FFFFFF",
    primary="#FFE600",
    primary_pressed="#FFFFFF",
    on_primary="#000000",
    secondary_text="#FFFFFF",
    secondary_border="#FFFFFF",
    pressed_surface="#FFFFFF",
    pressed_text="#000000",
    focus="#00E5FF",
    focus_on_primary="#FFE600",
    primary_focus_bg="#000000",
    primary_focus_text="#FFE600",
    error="#FFE600",
    error_bg="#000000",
    error_border="#FFE600",
    status_bg="#000000",
    status_text="#FFFFFF",
    status_border="#FFFFFF",
    key_special="#1F1F1F",
    key_special_text="#FFE600",
    disabled_bg="#000000",
    disabled_text="#BFBFBF",
    disabled_border="#BFBFBF",
    selection_bg="#FFE600",
    selection_text="#000000",
    scroll_track="#000000",
    scroll_handle="#FFFFFF",
    reference_bg="#000000",
    reference_text="#FFE600",
    reference_border="#FFE600",
)

SCHEMES: dict[str, Scheme] = {s.name: s for s in (STANDARD, HIGH_CONTRAST)}

COLOR_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Scheme) if f.name != "name")


def text_pairs(s: Scheme) -> list[tuple[str, str, str]]:
    """(what, text colour, background) for every text the stylesheet draws."""
    return [
        ("body on window", s.text, s.window),
        ("body on surface", s.text, s.surface),
        ("help on window", s.text_muted, s.window),
        ("help on surface", s.text_muted, s.surface),
        ("title on window", s.heading, s.window),
        ("primary button", s.on_primary, s.primary),
        ("primary button pressed", s.on_primary, s.primary_pressed),
        ("primary button focused", s.primary_focus_text, s.primary_focus_bg),
        ("secondary button", s.secondary_text, s.surface),
        ("pressed surface", s.pressed_text, s.pressed_surface),
        ("error label", s.error, s.error_bg),
        ("status line", s.status_text, s.status_bg),
        ("special key", s.key_special_text, s.key_special),
        ("disabled", s.disabled_text, s.disabled_bg),
        ("selection", s.selection_text, s.selection_bg),
        ("reference code", s.reference_text, s.reference_bg),
    ]


def ui_pairs(s: Scheme) -> list[tuple[str, str, str]]:
    """(what, colour, neighbour) for outlines that must be seen (WCAG 1.4.11, >= 3:1)."""
    return [
        ("input border on surface", s.border_strong, s.surface),
        ("focus ring on surface", s.focus, s.surface),
        ("focus ring on window", s.focus, s.window),
        ("focus ring of primary", s.focus_on_primary, s.primary_focus_bg),
        ("primary button on window", s.primary, s.window),
        ("secondary border on surface", s.secondary_border, s.surface),
        ("error border on error bg", s.error_border, s.error_bg),
        ("scroll handle on track", s.scroll_handle, s.scroll_track),
    ]


TEXT_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    name: text_pairs(s) for name, s in SCHEMES.items()
}
UI_PAIRS: dict[str, list[tuple[str, str, str]]] = {name: ui_pairs(s) for name, s in SCHEMES.items()}


def _channel(c: int) -> float:
    v = c / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_color: str) -> float:
    """WCAG 2 relative luminance of "#RGB" or "#RRGGBB"."""
    h = hex_color.strip().lstrip("#")
    if len(h) == 3:
        h = "".join(ch * 2 for ch in h)
    if len(h) != 6:
        raise ValueError(f"not a #RRGGBB colour: {hex_color!r}")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg_hex: str, bg_hex: str) -> float:
    """WCAG 2 contrast ratio, 1.0 .. 21.0 (order of the colours does not matter)."""
    a, b = relative_luminance(fg_hex), relative_luminance(bg_hex)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)
