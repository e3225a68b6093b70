"""POST /heartbeat: the kiosk's health, the latest kept per kiosk for the operators."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.responses import Response

from hub.api.common import json_response, problems
from hub.context import HubDep, KioskDep
from hub.schemas import HeartbeatRequest, HeartbeatResponse

router = APIRouter(tags=["heartbeat"])


@router.post(
    "/heartbeat",
    response_model=HeartbeatResponse,
    summary="Report the kiosk's health; the answer carries the hub's time",
    responses=problems(400, 401, 413),
)
def post_heartbeat(beat: HeartbeatRequest, hub: HubDep, kiosk: KioskDep) -> Response:
    hub.store.record_heartbeat(kiosk.id, beat.model_dump(mode="json"), hub.now())
    return json_response({"hub_time": hub.hub_time()})
