"""A per-user rate limit shared by mention replies and /ask, so one member can't flood a channel."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class UserCooldown:
    """At most `rate` questions per `per` seconds for each user (a sliding window)."""

    def __init__(self, rate: int, per: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.per = per
        self._clock = clock
        self._hits: dict[int, deque[float]] = {}

    def retry_after(self, user_id: int) -> float:
        """0.0 and counts the question when allowed; else the seconds until the next one is."""
        now = self._clock()
        hits = self._hits.setdefault(user_id, deque())
        while hits and now - hits[0] >= self.per:
            hits.popleft()
        if len(hits) >= self.rate:
            return self.per - (now - hits[0])
        hits.append(now)
        if len(self._hits) > 10_000:
            self._forget_idle(now)
        return 0.0

    def _forget_idle(self, now: float) -> None:
        idle = [user for user, hits in self._hits.items() if not hits or now - hits[-1] >= self.per]
        for user in idle:
            del self._hits[user]
