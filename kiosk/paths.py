"""Where a kiosk keeps its things. One data directory holds everything that must survive:

DATA/kiosk.db          the SQLite store (catalog cache, outbox, provisioning)
DATA/logs/kiosk.log    rotating logs (no personal data)
DATA/quarantine/       corrupt databases moved aside at start, kept for a technician
DATA/exports/          rejected submissions a technician exported (still sealed)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "akimat-kiosk"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_config_file() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "kiosk.toml"


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "kiosk.db"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    def create(self) -> DataDir:
        for path in (self.root, self.logs, self.quarantine, self.exports):
            path.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o700)
        return self
