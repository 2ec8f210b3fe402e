"""When and how long to wait before retrying (tenacity does the looping), and saying why.

Retried: rate limits (``0025``, gateway 429), server errors (``0500``/``0501``, any 5xx, an
unreadable 429/5xx answer), connection errors and timeouts. A read timeout is retried only
while ``retry_timeouts`` is on: the service may have processed (and billed) the first try.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .errors import APIError, ClovaOCRError

if TYPE_CHECKING:
    from tenacity import RetryCallState

logger = logging.getLogger("clova_ocr")

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


def is_retryable(exc: BaseException) -> bool:
    """Whether ``exc`` is worth another attempt (see the module docstring)."""
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


def reason(exc: BaseException | None) -> str:
    """Why an attempt failed, for a log line: ``code=0025 status=400 RateLimitError``,
    ``APITimeoutError (ReadTimeout)``."""
    if isinstance(exc, APIError):
        parts = [f"code={exc.code}"] if exc.code else []
        if exc.http_status is not None:
            parts.append(f"status={exc.http_status}")
        return " ".join([*parts, type(exc).__name__])
    if exc is None:
        return "unknown"
    cause = exc.__cause__  # the httpx error behind an APIConnectionError/APITimeoutError
    return f"{type(exc).__name__} ({type(cause).__name__})" if cause else type(exc).__name__


def retry_options(
    max_retries: int,
    *,
    label: str = "call",
    jitter: Callable[[], float] = random.random,
) -> dict[str, Any]:
    """Keyword arguments for ``tenacity.Retrying``/``AsyncRetrying`` (without ``sleep``)."""
    # tenacity is imported with the first call, not with clova_ocr (import time matters).
    from tenacity import retry_if_exception, stop_after_attempt

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        return backoff_delay(state.attempt_number, exc, jitter)

    def log_retry(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        logger.warning(
            "%s: retrying after %s; waiting %.2fs (retry %d of %d)",
            label,
            reason(exc),
            state.upcoming_sleep,
            state.attempt_number,
            max_retries,
        )

    return {
        "stop": stop_after_attempt(max_retries + 1),
        "wait": wait,
        "retry": retry_if_exception(is_retryable),
        "before_sleep": log_retry,
        "reraise": True,
    }
