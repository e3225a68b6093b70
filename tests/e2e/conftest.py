from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.hub_server import start_hub

MINI = Path(__file__).resolve().parents[1] / "support" / "mini-catalog.json"

ANSWERS = {
    "full_name": "Асқар Тестов",
    "iin": "900101300007",
    "phone": "+7 701 123 45 67",
    "child_birth_date": "2020-05-01",
}


@pytest.fixture
def hub(tmp_path):
    running = start_hub(tmp_path / "hub", MINI)
    yield running
    running.stop()
