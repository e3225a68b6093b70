"""POST /provision: a one-time code from the operator buys a kiosk its device token."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.responses import Response

from hub.api.common import json_response, problems
from hub.context import HubDep
from hub.problems import Problem, error_item
from hub.schemas import ProvisionRequest, ProvisionResponse
from hub.store import CodeProblem, CodeRejected

router = APIRouter(tags=["provisioning"])

_ANSWERS = {
    CodeProblem.UNKNOWN: (404, "No such provisioning code."),
    CodeProblem.USED: (410, "This provisioning code has already been used."),
    CodeProblem.EXPIRED: (410, "This provisioning code has expired; ask for a new one."),
}


@router.post(
    "/provision",
    status_code=201,
    response_model=ProvisionResponse,
    summary="Trade a one-time provisioning code for a device token (no token needed)",
    responses=problems(400, 404, 410, 413),
)
def provision(req: ProvisionRequest, hub: HubDep) -> Response:
    try:
        kiosk_id, token = hub.store.redeem_code(
            req.code, label=req.label, kiosk_version=req.kiosk_version, now=hub.now()
        )
    except CodeRejected as rejected:
        if rejected.problem is CodeProblem.MALFORMED:
            raise Problem(
                400,
                "malformed",
                "A provisioning code is 8 symbols, XXXX-XXXX.",
                errors=[error_item("code", "bad_code", "must look like XXXX-XXXX")],
            ) from None
        status, detail = _ANSWERS[rejected.problem]
        raise Problem(status, rejected.problem.value, detail) from None
    return json_response({"kiosk_id": kiosk_id, "token": token, "hub_time": hub.hub_time()}, 201)
