"""The hub's default catalog is the kiosk's embedded demo catalog."""

from __future__ import annotations

import pytest

import assets
from kiosk.catalog import load_catalog_bytes
from tests.hub.helpers import session_for
from tests.support.hub_server import start_hub

pytestmark = pytest.mark.skipif(
    not assets.demo_catalog_path().exists(), reason="no demo catalog yet"
)


def test_without_a_catalog_the_demo_catalog_is_served(tmp_path):
    hub = start_hub(tmp_path / "hub")
    try:
        _, token = hub.provision("demo")
        response = session_for(token).get(hub.base_url + "/catalog", timeout=10)
        assert response.status_code == 200
        served = load_catalog_bytes(response.content)
        demo = load_catalog_bytes(assets.demo_catalog_path().read_bytes())
        assert served.version == demo.version
        assert served.encryption_key is not None and served.encryption_key.kid == hub.kid
    finally:
        hub.stop()
