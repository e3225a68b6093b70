"""What every endpoint needs (store, key, catalog, clock), and the FastAPI dependencies for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from hub.catalog_source import ServedCatalog
from hub.keys import HubKey
from hub.middleware import KIOSK_SCOPE_KEY
from hub.problems import Problem
from hub.store import Kiosk, Store
from kiosk.clock import KZ_TZ, Clock, local_today, parse_rfc3339, rfc3339

# last_seen_at is written at most this often per kiosk, not on every request.
TOUCH_INTERVAL = timedelta(seconds=60)


@dataclass(frozen=True)
class Hub:
    store: Store
    key: HubKey
    served: ServedCatalog
    clock: Clock

    def now(self) -> datetime:
        return self.clock.now()

    def hub_time(self) -> str:
        return rfc3339(self.clock.now())

    def today(self) -> date:
        """The date in Kazakhstan: what `today` means in a form."""
        return local_today(self.clock)

    def today_for(self, created_at: str) -> date:
        """What `today` meant when the visitor submitted: the submission's own date in
        Kazakhstan, so one that waited offline for days is judged as the kiosk judged it.
        A date the hub cannot believe (in the future, or older than 60 days) is not used."""
        hub_today = self.today()
        try:
            then = parse_rfc3339(created_at).astimezone(KZ_TZ).date()
        except ValueError:
            return hub_today
        if then > hub_today or (hub_today - then).days > 60:
            return hub_today
        return then

    def authenticate(self, token: str) -> Kiosk | None:
        """The kiosk a live device token belongs to (None if unknown or revoked)."""
        kiosk = self.store.kiosk_for_token(token)
        if kiosk is None or kiosk.revoked:
            return None
        now = self.clock.now()
        if kiosk.last_seen_at is None or now - parse_rfc3339(kiosk.last_seen_at) > TOUCH_INTERVAL:
            self.store.touch(kiosk.id, now)
        return kiosk


def get_hub(request: Request) -> Hub:
    hub: Hub = request.app.state.hub
    return hub


# Declared for the OpenAPI document; BearerAuthMiddleware has already checked the token.
_bearer = HTTPBearer(auto_error=False, description="The kiosk's device token")


def current_kiosk(
    request: Request,
    _credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> Kiosk:
    kiosk = request.scope.get(KIOSK_SCOPE_KEY)
    if not isinstance(kiosk, Kiosk):
        raise Problem(401, "unauthorized", headers={"WWW-Authenticate": "Bearer"})
    return kiosk


HubDep = Annotated[Hub, Depends(get_hub)]
KioskDep = Annotated[Kiosk, Depends(current_kiosk)]
