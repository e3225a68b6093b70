from __future__ import annotations

import hashlib
import json

from kiosk.catalog import load_catalog_bytes
from kiosk.sealing import ALG, b64u_decode
from tests.hub.conftest import TEST_CATALOG


def test_the_catalog_is_served_with_the_hubs_key(hub, client):
    response = client.get(hub.base_url + "/catalog")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    catalog = load_catalog_bytes(response.content)
    assert catalog.version == "test-2026-11-23.1"
    key = response.json()["encryption_key"]
    assert key["alg"] == ALG
    assert key["kid"] == hub.kid and key["kid"].startswith("hub-20")
    assert b64u_decode(key["public_key"]) == hub.public_key
    assert "=" not in key["public_key"]
    original = json.loads(TEST_CATALOG.read_text("utf-8"))
    served = response.json()
    del served["encryption_key"]
    assert served == original


def test_the_etag_is_the_quoted_sha256_of_the_body(hub, client):
    response = client.get(hub.base_url + "/catalog")
    assert response.headers["etag"] == f'"{hashlib.sha256(response.content).hexdigest()}"'
    again = client.get(hub.base_url + "/catalog")
    assert again.content == response.content and again.headers["etag"] == response.headers["etag"]


def test_if_none_match_gets_304(hub, client):
    etag = client.get(hub.base_url + "/catalog").headers["etag"]

    for header in [etag, f"W/{etag}", f'"other", {etag}', "*"]:
        response = client.get(hub.base_url + "/catalog", headers={"If-None-Match": header})
        assert response.status_code == 304, header
        assert response.content == b""
        assert response.headers["etag"] == etag


def test_a_stale_etag_gets_the_catalog(hub, client):
    response = client.get(hub.base_url + "/catalog", headers={"If-None-Match": '"stale"'})
    assert response.status_code == 200 and response.json()["version"] == "test-2026-11-23.1"


def test_the_key_and_etag_survive_a_restart(hub, client):
    first = client.get(hub.base_url + "/catalog")
    hub.stop()
    hub.start()
    second = client.get(hub.base_url + "/catalog")
    assert second.headers["etag"] == first.headers["etag"]
    assert second.json()["encryption_key"] == first.json()["encryption_key"]
