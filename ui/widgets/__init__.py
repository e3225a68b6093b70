"""Reusable kiosk widgets."""

from ui.widgets.icons import IconBadge, draw_icon, icon, text_scale, theme_now
from ui.widgets.tile import SearchField, Tile

__all__ = ["IconBadge", "SearchField", "Tile", "draw_icon", "icon", "text_scale", "theme_now"]
