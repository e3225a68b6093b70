from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.helpers import NotifySocket


@pytest.fixture
def notify_socket(tmp_path: Path) -> Iterator[NotifySocket]:
    ns = NotifySocket(tmp_path / "notify.sock")
    yield ns
    ns.sock.close()
