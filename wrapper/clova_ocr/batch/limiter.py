"""Pace calls to the domain's rate limit, and back off together when the service says "slow down".

A CLOVA OCR domain counts calls per second and answers ``0025`` (or the gateway's 429) past
its limit. Spacing call *starts* evenly (a leaky bucket of capacity one, from ``aiolimiter``)
never bursts above the limit in any one-second window, unlike a bucket as large as the
rate. When a rate-limit answer arrives anyway (another client shares the domain, clocks
drift), every worker pauses and the pace drops (multiplicative decrease); it climbs back
towards the configured rate after a second's worth of calls go through (additive increase).
"""

from __future__ import annotations

import asyncio

from aiolimiter import AsyncLimiter

#: Calls start at this fraction of the given rate: a call that reaches the service a little
#: late must not make the next second's calls look like one too many.
HEADROOM = 0.95
#: Pace multiplier after each rate-limit answer, and the lowest fraction of the rate kept.
SLOW_DOWN = 0.75
FLOOR = 0.1
#: Pace multiplier after a second's worth of successful calls.
SPEED_UP = 1.1
#: Pause of every worker after a rate-limit answer without ``Retry-After``.
DEFAULT_PAUSE = 1.0


class AdaptiveLimiter:
    """Start at most ``rate`` calls per second (``None``: unpaced), slower after throttling.

    Starts are spaced ``1 / (rate * HEADROOM)`` seconds apart.
    """

    def __init__(self, rate: float | None) -> None:
        self.rate = rate * HEADROOM if rate else None
        self.current = self.rate
        self._bucket = AsyncLimiter(1, 1 / self.rate) if self.rate else None
        self._paused_until = 0.0
        self._successes = 0

    async def acquire(self) -> None:
        """Wait for this call's turn."""
        loop = asyncio.get_running_loop()
        while True:
            if (delay := self._paused_until - loop.time()) > 0:
                await asyncio.sleep(delay)
                continue
            bucket = self._bucket
            if bucket is None:
                return
            await bucket.acquire()
            # A turn from a bucket replaced meanwhile (the pace changed), or one granted
            # during a pause, does not count: queue again, at the current pace.
            if bucket is self._bucket and loop.time() >= self._paused_until:
                return

    def throttled(self, retry_after: float | None = None) -> None:
        """The service answered 0025/429: pause everyone and lower the pace.

        Answers to calls already in flight when the first one came count once: the pace
        drops once per pause, not once per refused call.
        """
        loop = asyncio.get_running_loop()
        self._successes = 0
        now = loop.time()
        already_paused = now < self._paused_until
        pause = retry_after if retry_after is not None else DEFAULT_PAUSE
        self._paused_until = max(self._paused_until, now + pause)
        if already_paused:
            return
        if self.rate is not None and self.current is not None:
            self._set(max(self.current * SLOW_DOWN, self.rate * FLOOR))

    def succeeded(self) -> None:
        """A call went through: after a second's worth of them, speed up again."""
        if self.rate is None or self.current is None or self.current >= self.rate:
            return
        self._successes += 1
        if self._successes >= self.current:
            self._successes = 0
            self._set(min(self.current * SPEED_UP, self.rate))

    def _set(self, rate: float) -> None:
        self.current = rate
        self._bucket = AsyncLimiter(1, 1 / rate)
