"""When and how long to wait before retrying, and saying why.

Retried: rate limits (``0025``, gateway 429), server errors (``0500``/``0501``, any 5xx, an
unreadable 429/5xx answer), connection errors and timeouts. A read timeout is retried only
while ``retry_timeouts`` is on: the service may have processed (and billed) the first try.

The clients loop themselves (:class:`Retries` decides): a first attempt that succeeds, the
common case, costs no retry machinery at all.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable

from .errors import APIError, APITimeoutError, ClovaOCRError

logger = logging.getLogger("clova_ocr")

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
#: The longest wait a ``Retry-After`` may impose by default (``max_retry_after=`` changes it).
MAX_RETRY_AFTER = 60.0


def is_retryable(exc: BaseException) -> bool:
    """Whether ``exc`` is worth another attempt (see the module docstring)."""
    return isinstance(exc, ClovaOCRError) and exc.retryable


def backoff_delay(
    retry_number: int,
    exc: BaseException | None,
    jitter: Callable[[], float],
    max_retry_after: float = MAX_RETRY_AFTER,
) -> float:
    """Seconds before retry ``retry_number`` (1-based): ``Retry-After`` (at most
    ``max_retry_after``) or capped exponential."""
    retry_after = getattr(exc, "retry_after", None)
    if isinstance(retry_after, float):
        return float(min(retry_after, max_retry_after))
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


class Retries:
    """The retry budget of one call: how many retries are left, and until when.

    Args:
        max_retries: retries after the first attempt.
        label: the product's name, for log lines.
        max_retry_after: the cap on a ``Retry-After`` wait.
        deadline: seconds the whole call may take (``None``: no limit).
    """

    def __init__(
        self,
        max_retries: int,
        *,
        label: str = "call",
        max_retry_after: float = MAX_RETRY_AFTER,
        deadline: float | None = None,
        jitter: Callable[[], float] = random.random,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_retries = max_retries
        self.label = label
        self.max_retry_after = max_retry_after
        self.deadline = deadline
        self._jitter = jitter
        self._clock = clock
        self._ends = None if deadline is None else clock() + deadline
        self.retries = 0

    def remaining(self) -> float | None:
        """Seconds left before the deadline (``None``: no deadline); raises once it passed."""
        if self._ends is None:
            return None
        left = self._ends - self._clock()
        if left <= 0:
            raise self.expired()
        return left

    def expired(self) -> APITimeoutError:
        """The error of a call that ran out of its deadline (not retried: it is over)."""
        error = APITimeoutError(f"the call took more than its deadline of {self.deadline:g}s")
        error.retryable = False
        return error

    def delay_after(self, exc: ClovaOCRError) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` to give up with ``exc``."""
        if not exc.retryable or self.retries >= self.max_retries:
            return None
        delay = backoff_delay(self.retries + 1, exc, self._jitter, self.max_retry_after)
        if self._ends is not None and self._clock() + delay >= self._ends:
            return None  # waiting would outlast the deadline: the last error is the answer
        self.retries += 1
        logger.warning(
            "%s: retrying after %s; waiting %.2fs (retry %d of %d)",
            self.label,
            reason(exc),
            delay,
            self.retries,
            self.max_retries,
        )
        return delay
