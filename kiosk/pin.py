"""The technician's PIN: a slow salted hash, and a lockout policy against guessing.

The PIN (4-12 digits) is kept as an Argon2id hash in the database's meta table (key
`technician_pin`), set with `kiosk set-pin`. With no PIN set, technician mode cannot be opened.

`PinGuard` checks a PIN and locks the pad after `MAX_FAILURES` wrong ones: 5 minutes the first
time, doubling with each further lockout (10, 20, ... minutes), never more than 24 hours. A right
PIN clears it all. The state is kept in the same meta table, so a restart does not clear it.

Lock times are stored on the wall clock (they must survive a restart); once seen in a process
they are anchored to the monotonic clock, so setting the wall clock forwards or back does not
shorten or stretch a lock. A stored lock ending further ahead than that lock's own length (the
clock was set back while the kiosk was off) is clamped to the length, so nothing locks forever.

Qt-free; `meta` is anything with `get(key) -> str | None` and `set(**values)`
(offline_cache.provisioning.Meta), or an object with such a `.meta` (a Store).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kiosk.clock import Clock

MIN_DIGITS, MAX_DIGITS = 4, 12
MAX_FAILURES = 5
FIRST_LOCK_S = 300.0
MAX_LOCK_S = 86400.0

log = logging.getLogger(__name__)

KEY_HASH = "technician_pin"
KEY_FAILURES = "technician_pin_failures"
KEY_LOCKOUTS = "technician_pin_lockouts"
KEY_LOCKED_UNTIL = "technician_pin_locked_until"
KEY_LOCK_S = "technician_pin_lock_s"


def default_hasher() -> PasswordHasher:
    """Argon2id, RFC 9106's second recommended set (t=3, 64 MiB, p=4): about 160 ms to check
    one PIN on the reference hardware (2 cores)."""
    return PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)


class MetaStore(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, **values: str | None) -> None: ...


class PinNotSet(Exception):
    """No technician PIN on this kiosk: set one with `kiosk set-pin`."""


@dataclass(frozen=True)
class Result:
    ok: bool
    locked_for_s: float  # > 0: the pad is locked for this long (nothing was checked)
    attempts_left: int  # wrong PINs left before the next lockout


def pin_problem(pin: str) -> str | None:
    """Why `pin` cannot be a PIN, or None when it can."""
    if not (pin.isascii() and pin.isdigit()):
        return "a PIN is made of digits only"
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return f"a PIN has {MIN_DIGITS} to {MAX_DIGITS} digits"
    return None


def _meta(meta_or_store: Any) -> MetaStore:
    return getattr(meta_or_store, "meta", meta_or_store)


def has_pin(meta_or_store: Any) -> bool:
    return bool(_meta(meta_or_store).get(KEY_HASH))


def set_pin(meta_or_store: Any, pin: str, *, hasher: PasswordHasher | None = None) -> None:
    """Store a new PIN (raises ValueError for a malformed one) and clear any lockout."""
    problem = pin_problem(pin)
    if problem:
        raise ValueError(problem)
    digest = (hasher or default_hasher()).hash(pin)
    _meta(meta_or_store).set(
        **{
            KEY_HASH: digest,
            KEY_FAILURES: None,
            KEY_LOCKOUTS: None,
            KEY_LOCKED_UNTIL: None,
            KEY_LOCK_S: None,
        }
    )


def lock_length(lockouts: int) -> float:
    """How long the `lockouts`-th lockout lasts (1 → 5 min, doubling, capped at 24 h)."""
    return min(FIRST_LOCK_S * 2 ** min(max(lockouts, 1) - 1, 30), MAX_LOCK_S)


class PinGuard:
    def __init__(
        self, meta_or_store: Any, clock: Clock, *, hasher: PasswordHasher | None = None
    ) -> None:
        self.meta = _meta(meta_or_store)
        self.clock = clock
        self.hasher = hasher or default_hasher()
        self._anchor: tuple[str, float] | None = None  # (stored locked_until, monotonic end)

    def has_pin(self) -> bool:
        return bool(self.meta.get(KEY_HASH))

    def _int(self, key: str) -> int:
        try:
            return max(0, int(self.meta.get(key) or 0))
        except ValueError:
            return 0

    def attempts_left(self) -> int:
        return max(0, MAX_FAILURES - self._int(KEY_FAILURES))

    def locked_for(self) -> float:
        """Seconds the pad stays locked (0: not locked)."""
        stored = self.meta.get(KEY_LOCKED_UNTIL)
        if not stored:
            return 0.0
        mono = self.clock.monotonic()
        if self._anchor is None or self._anchor[0] != stored:
            try:
                until, length = float(stored), float(self.meta.get(KEY_LOCK_S) or MAX_LOCK_S)
            except ValueError:
                until, length = 0.0, MAX_LOCK_S
            length = min(max(length, 0.0), MAX_LOCK_S)
            left = until - self.clock.now().timestamp()
            if left > length:  # the wall clock went back: never longer than the lock itself
                left = length
            self._anchor = (stored, mono + max(left, 0.0))
        left = self._anchor[1] - mono
        if left <= 0:
            self.meta.set(**{KEY_LOCKED_UNTIL: None, KEY_LOCK_S: None})
            self._anchor = None
            return 0.0
        return left

    def verify(self, pin: str) -> Result:
        """Check `pin`; raises PinNotSet when there is no PIN. While locked nothing is checked."""
        digest = self.meta.get(KEY_HASH)
        if not digest:
            raise PinNotSet("no technician PIN is set: set one with `kiosk set-pin`")
        locked = self.locked_for()
        if locked > 0:
            return Result(ok=False, locked_for_s=locked, attempts_left=0)
        if pin_problem(pin) is None and self._matches(digest, pin):
            self.meta.set(
                **{KEY_FAILURES: None, KEY_LOCKOUTS: None, KEY_LOCKED_UNTIL: None, KEY_LOCK_S: None}
            )
            return Result(ok=True, locked_for_s=0.0, attempts_left=MAX_FAILURES)
        return self._failed()

    def _matches(self, digest: str, pin: str) -> bool:
        try:
            self.hasher.verify(digest, pin)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        if self.hasher.check_needs_rehash(digest):
            self.meta.set(**{KEY_HASH: self.hasher.hash(pin)})
        return True

    def _failed(self) -> Result:
        failures = self._int(KEY_FAILURES) + 1
        if failures < MAX_FAILURES:
            self.meta.set(**{KEY_FAILURES: str(failures)})
            log.warning("technician PIN: wrong, %d attempts left", MAX_FAILURES - failures)
            return Result(ok=False, locked_for_s=0.0, attempts_left=MAX_FAILURES - failures)
        lockouts = self._int(KEY_LOCKOUTS) + 1
        length = lock_length(lockouts)
        until = repr(self.clock.now().timestamp() + length)
        self.meta.set(
            **{
                KEY_FAILURES: None,
                KEY_LOCKOUTS: str(lockouts),
                KEY_LOCKED_UNTIL: until,
                KEY_LOCK_S: repr(length),
            }
        )
        self._anchor = (until, self.clock.monotonic() + length)
        log.warning("technician PIN: wrong %d times, pad locked for %d s", MAX_FAILURES, length)
        return Result(ok=False, locked_for_s=length, attempts_left=0)
