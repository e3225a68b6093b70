"""GET /catalog: the served catalog with its strong ETag; 304 when the kiosk's copy is current."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header
from starlette.responses import Response

from hub.api.common import problems
from hub.catalog_source import etag_matches
from hub.context import HubDep, KioskDep

router = APIRouter(tags=["catalog"])


@router.get(
    "/catalog",
    summary="The catalog (catalog-format.md) with this hub's encryption_key",
    responses={
        200: {"content": {"application/json": {}}, "description": "The catalog document"},
        304: {"description": "The catalog named by If-None-Match is current"},
        **problems(401),
    },
)
def get_catalog(
    hub: HubDep,
    _kiosk: KioskDep,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    served = hub.served
    headers = {"ETag": served.etag, "Cache-Control": "no-cache"}
    if etag_matches(if_none_match, served.etag):
        return Response(status_code=304, headers=headers)
    return Response(served.body, media_type="application/json", headers=headers)
