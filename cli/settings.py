"""Reading the kiosk's configuration file: cheap (no store, catalog or network code), so the
kiosk can read it before its first frame and report a bad file before anything shows."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import Config, load_config
from kiosk.paths import default_config_file


def read_config(config_file: Path | None) -> Config:
    """`config_file`, or the platform's default file when there is one, or the defaults.
    Raises kiosk.config.ConfigError naming the bad key."""
    if config_file is None and default_config_file().is_file():
        config_file = default_config_file()
    return load_config(config_file)
