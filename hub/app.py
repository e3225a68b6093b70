"""The reference hub as a FastAPI application: `create_app(data_dir)`.

At start it opens the store, loads (or makes) the hub's key and loads the catalog, refusing
to start on an invalid one. Every contract endpoint lives under /api/v1.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

import assets
from hub import __version__
from hub.api import catalog, feedback, heartbeat, provisioning, submissions
from hub.catalog_source import load_served_catalog
from hub.context import Hub
from hub.keys import load_or_create
from hub.middleware import BearerAuthMiddleware, BodyLimitMiddleware
from hub.problems import install_problem_handlers
from hub.store import Store
from kiosk.clock import Clock, SystemClock

API_PREFIX = "/api/v1"
MAX_BODY = 1_048_576


def create_app(
    data_dir: Path,
    catalog_path: Path | None = None,
    *,
    clock: Clock | None = None,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The hub on `data_dir`; raises CatalogLoadError or KeyFileError if it cannot serve."""
    clock = clock or SystemClock()
    store = Store(data_dir)
    key = load_or_create(data_dir, clock.now())
    served = load_served_catalog(catalog_path or assets.demo_catalog_path(), key)
    hub = Hub(store=store, key=key, served=served, clock=clock)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="Akimat kiosk hub",
        version=__version__,
        summary="The reference hub of the kiosk sync protocol, version 1",
        lifespan=lifespan,
    )
    app.state.hub = hub
    for module in (provisioning, catalog, submissions, feedback, heartbeat):
        app.include_router(module.router, prefix=API_PREFIX)
    install_problem_handlers(app)
    # Added last = outermost: the size limit applies before anything reads the body.
    app.add_middleware(
        BearerAuthMiddleware,
        prefix=API_PREFIX,
        open_paths={API_PREFIX + "/provision"},
        authenticate=hub.authenticate,
    )
    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    return app
