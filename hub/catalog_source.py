"""The catalog the hub serves: the operator's file, checked, with the hub's key put in.

The served bytes are made once at start, so every GET /catalog sends the same bytes and the
ETag (a strong one: the quoted sha256 of those bytes) only changes when the content does.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from hub.jsonio import dumps
from hub.keys import HubKey
from kiosk.catalog import Catalog, CatalogError, load_catalog_bytes


class CatalogLoadError(Exception):
    """The catalog file cannot be served; the message says why, for the operator."""


@dataclass(frozen=True)
class ServedCatalog:
    catalog: Catalog
    body: bytes
    etag: str


def load_served_catalog(path: Path, key: HubKey) -> ServedCatalog:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogLoadError(f"cannot read the catalog {path}: {exc.strerror or exc}") from exc
    try:
        load_catalog_bytes(data)
        doc = json.loads(data.decode("utf-8"))
        doc["encryption_key"] = key.catalog_entry()
        body = dumps(doc)
        catalog = load_catalog_bytes(body)
    except CatalogError as exc:
        problems = "\n  ".join(exc.problems)
        raise CatalogLoadError(f"the catalog {path} is not valid:\n  {problems}") from exc
    return ServedCatalog(catalog=catalog, body=body, etag=f'"{hashlib.sha256(body).hexdigest()}"')


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 If-None-Match: weak comparison against any listed tag, or `*`."""
    if not if_none_match:
        return False
    for part in if_none_match.split(","):
        tag = part.strip()
        if tag == "*":
            return True
        if tag.startswith("W/"):
            tag = tag[2:]
        if tag == etag:
            return True
    return False
