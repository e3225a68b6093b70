"""Time as a dependency: code asks a Clock, never the system, so tests are exact."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Protocol

# Kazakhstan has used one time zone, UTC+5, since 2024-03-01.
KZ_TZ = timezone(timedelta(hours=5), "KZ")


class Clock(Protocol):
    def now(self) -> datetime:
        """The wall-clock time, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (for timeouts and intervals)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


def local_today(clock: Clock) -> date:
    """The date in Kazakhstan, which is what `today` means in a form."""
    return clock.now().astimezone(KZ_TZ).date()


def rfc3339(moment: datetime) -> str:
    """RFC 3339 with the Kazakhstan offset, seconds precision: 2026-11-23T10:15:00+05:00."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(KZ_TZ).isoformat(timespec="seconds")


def parse_rfc3339(text: str) -> datetime:
    """Parse an RFC 3339 timestamp that carries an offset; raise ValueError otherwise."""
    if not isinstance(text, str) or len(text) > 40:
        raise ValueError("not a timestamp")
    value = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError("timestamp without an offset")
    return value
