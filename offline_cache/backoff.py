"""Exponential backoff with full jitter: delay = uniform(0, min(cap, base * 2 ** (attempt - 1))).

The first retry comes within seconds, later ones spread out to at most `cap`; the random source
is passed in so tests know every delay.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base_s: float = 2.0
    cap_s: float = 300.0
    rng: random.Random = field(default_factory=random.SystemRandom)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before attempt number `attempt + 1` (attempt counts from 1)."""
        ceiling = min(self.cap_s, self.base_s * 2 ** max(0, min(attempt, 30) - 1))
        delay = self.rng.uniform(0.0, ceiling)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return delay
