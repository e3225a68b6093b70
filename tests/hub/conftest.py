"""Fixtures for the hub's tests: a real hub on loopback with a small, fixed catalog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.hub.helpers import session_for
from tests.support.hub_server import RunningHub, start_hub

TEST_CATALOG = Path(__file__).with_name("test-catalog.json")


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    running = start_hub(tmp_path / "hub", TEST_CATALOG)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def kiosk(hub: RunningHub) -> tuple[str, str]:
    """A provisioned kiosk: (kiosk_id, device token)."""
    return hub.provision("hall")


@pytest.fixture
def client(kiosk: tuple[str, str]) -> Iterator[requests.Session]:
    """A requests session carrying the kiosk's device token."""
    with session_for(kiosk[1]) as session:
        yield session


@pytest.fixture
def hub_ctx_for_today():
    """A hub context whose clock reads 2026-11-23 in Kazakhstan (only the clock is used)."""
    import dataclasses
    from datetime import UTC, datetime

    from hub.context import Hub
    from tests.support.clock import ManualClock

    fields = {f.name: None for f in dataclasses.fields(Hub)}
    fields["clock"] = ManualClock(datetime(2026, 11, 23, 5, 0, tzinfo=UTC))
    return Hub(**fields)
