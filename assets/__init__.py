"""Data files shipped with the kiosk: fonts, icons, translations, the embedded demo catalog."""

from pathlib import Path

ASSETS_DIR = Path(__file__).resolve().parent


def demo_catalog_path() -> Path:
    """The embedded default catalog (catalog-format.md), used until the first sync."""
    return ASSETS_DIR / "catalog" / "demo-catalog.json"


def fonts_dir() -> Path:
    return ASSETS_DIR / "fonts"


def translations_dir() -> Path:
    return ASSETS_DIR / "i18n"


def icons_dir() -> Path:
    return ASSETS_DIR / "icons"
