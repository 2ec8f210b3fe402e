"""When and how long to wait before retrying (tenacity does the looping)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from tenacity import RetryCallState, retry_if_exception, stop_after_attempt

from .errors import ClovaOCRError

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


def is_retryable(exc: BaseException) -> bool:
    """Retry rate limits (0025, gateway 429), 5xx/0500/0501, timeouts and connection errors."""
    return isinstance(exc, ClovaOCRError) and exc.retryable


def backoff_delay(
    retry_number: int, exc: BaseException | None, jitter: Callable[[], float]
) -> float:
    """Seconds before retry ``retry_number`` (1-based): ``Retry-After`` or capped exponential."""
    retry_after = getattr(exc, "retry_after", None)
    if isinstance(retry_after, float):
        return float(min(retry_after, MAX_RETRY_AFTER))
    exponential = float(INITIAL_DELAY * 2 ** (retry_number - 1))
    return min(exponential, MAX_DELAY) * (1 - 0.25 * jitter())


def retry_options(max_retries: int, jitter: Callable[[], float] = random.random) -> dict[str, Any]:
    """Keyword arguments for ``tenacity.Retrying``/``AsyncRetrying`` (without ``sleep``)."""

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        return backoff_delay(state.attempt_number, exc, jitter)

    return {
        "stop": stop_after_attempt(max_retries + 1),
        "wait": wait,
        "retry": retry_if_exception(is_retryable),
        "reraise": True,
    }
