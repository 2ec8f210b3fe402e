"""Run many images through one product: bounded concurrency, paced, retried, errors captured.

One bad file never stops a batch: each input becomes a :class:`BatchItem` holding either the
result or the error. Retries happen here rather than inside the client (calls are made with
``max_retries=0``) so that every attempt, first or retried, waits for the shared rate
limiter, and a rate-limit answer slows every worker down, not only the one that got it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import AsyncGenerator, AsyncIterator, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from clova_ocr_common.rates import parse_rate

from .._options import DEFAULT_BATCH_CONCURRENCY
from .._pages import PACING_OPTION, Pacing
from .._products import Product, get_product
from .._retry import MAX_RETRY_AFTER, backoff_delay
from ..errors import ClovaOCRError, ImageInferenceError, RateLimitError
from ..results import OCRResult
from .limiter import AdaptiveLimiter
from .products import OneCall, async_caller, sync_caller

if TYPE_CHECKING:
    from .._client import AsyncClovaOCR, ClovaOCR

logger = logging.getLogger("clova_ocr.batch")

#: Rate-limit answers are retried at least this many times (when retries are on at all):
#: the limiter has slowed down, so the next attempt is expected to pass.
MIN_RATE_LIMIT_RETRIES = 5


@dataclass
class BatchItem:
    """The outcome of one input of a batch.

    Attributes:
        index: position of the input in the iterable given to ``batch()``.
        input: the input itself (path, URL, bytes…).
        result: the parsed answer; also set for a per-image ``FAILURE``/``ERROR`` answer
            (then ``error`` is the :class:`~clova_ocr.ImageInferenceError`).
        error: what went wrong, or ``None``.
        attempts: calls made for this input.
        seconds: wall time from the first attempt to the outcome.
    """

    index: int
    input: Any
    result: OCRResult[Any] | None = None
    error: BaseException | None = None
    attempts: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """The service answered 200 and every image was read (``inferResult`` SUCCESS)."""
        return self.error is None and self.result is not None and self.result.ok

    @property
    def raw(self) -> dict[str, Any] | None:
        """The service's JSON answer, when there was a 200 answer."""
        return self.result.raw if self.result is not None else None


def _describe(exc: BaseException) -> str:
    code = getattr(exc, "code", None)
    return f"[{code}] {type(exc).__name__}" if code else type(exc).__name__


def _check_concurrency(concurrency: Any) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError("concurrency must be a whole number, 1 or more")


class BatchRunner:
    """Drives one batch; ``items()`` yields the outcomes."""

    def __init__(
        self,
        call: OneCall,
        *,
        concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        rate_limit: str | float | None = None,
        max_retries: int = 2,
        ordered: bool = False,
        options: dict[str, Any] | None = None,
        stop: asyncio.Event | None = None,
        max_retry_after: float = MAX_RETRY_AFTER,
    ) -> None:
        _check_concurrency(concurrency)
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.call = call
        self.concurrency = concurrency
        self.rate = parse_rate(rate_limit)
        self.max_retries = max_retries
        self.ordered = ordered
        self.options = dict(options or {})
        self.options.pop("max_retries", None)
        self.stop = stop
        self.max_retry_after = max_retry_after
        self.limiter: AdaptiveLimiter | None = None

    def _retries_for(self, exc: ClovaOCRError) -> int:
        if isinstance(exc, RateLimitError) and self.max_retries > 0:
            return max(self.max_retries, MIN_RATE_LIMIT_RETRIES)
        return self.max_retries

    async def _one(self, index: int, image: Any) -> BatchItem:
        assert self.limiter is not None
        item = BatchItem(index=index, input=image)
        started = time.monotonic()
        retry = 0
        while True:
            await self.limiter.acquire()
            item.attempts += 1
            try:
                item.result = await self.call(image, max_retries=0, **self.options)
                item.error = None
                self.limiter.succeeded()
                break
            except ImageInferenceError as exc:  # a 200 answer: keep what the service said
                item.result, item.error = exc.result, exc
                self.limiter.succeeded()
                break
            except ClovaOCRError as exc:
                item.error = exc
                if isinstance(exc, RateLimitError):
                    wait = exc.retry_after
                    self.limiter.throttled(
                        None if wait is None else min(wait, self.max_retry_after)
                    )
                if not exc.retryable or retry >= self._retries_for(exc):
                    break
                retry += 1
                # After a rate-limit answer the limiter's pause is the wait, shared by all.
                throttled = isinstance(exc, RateLimitError)
                delay = 0.0
                if not throttled:
                    delay = backoff_delay(retry, exc, random.random, self.max_retry_after)
                logger.info(
                    "%s: attempt %d: %s: %s; retrying%s",
                    _label(image),
                    item.attempts,
                    _describe(exc),
                    getattr(exc, "message", exc),
                    f" in {delay:.1f}s" if delay else " when the rate limiter allows",
                )
                if delay:
                    await asyncio.sleep(delay)
            except Exception as exc:
                item.error = exc
                break
        item.seconds = time.monotonic() - started
        return item

    async def items(self, inputs: Iterable[Any]) -> AsyncGenerator[BatchItem, None]:
        """Outcomes as they complete (or in input order with ``ordered=True``)."""
        self.limiter = AdaptiveLimiter(self.rate)
        source = enumerate(inputs)
        pending: set[asyncio.Task[BatchItem]] = set()
        finished: dict[int, BatchItem] = {}  # ordered mode: done, waiting for earlier ones
        next_index = 0
        window = self.concurrency * 4  # ordered mode: bound on items held back
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < self.concurrency:
                    if self.stop is not None and self.stop.is_set():
                        exhausted = True
                        break
                    if self.ordered and len(pending) + len(finished) >= window:
                        break
                    try:
                        index, image = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    pending.add(asyncio.ensure_future(self._one(index, image)))
                if not pending:
                    break
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    item = task.result()
                    if not self.ordered:
                        yield item
                    else:
                        finished[item.index] = item
                while next_index in finished:
                    yield finished.pop(next_index)
                    next_index += 1
            for index in sorted(finished):
                yield finished.pop(index)
        finally:
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)


def _label(image: Any) -> str:
    if isinstance(image, (bytes, bytearray, memoryview)):
        return f"<{len(image)} bytes>"
    return str(getattr(image, "name", image))


@dataclass(frozen=True)
class BatchPlan:
    """One batch's settings as :meth:`ClovaOCR.batch <clova_ocr.ClovaOCR.batch>` took them
    (that signature is the one declaration users see; this carries it to the engine).

    ``max_retries=None`` means the client's own; ``options`` are the product's call options,
    already checked against the registry.
    """

    product: Product[Any]
    options: Mapping[str, Any]
    concurrency: int
    rate_limit: str | float | None
    ordered: bool = False
    max_retries: int | None = None

    def __post_init__(self) -> None:
        _check_concurrency(self.concurrency)
        parse_rate(self.rate_limit)  # a mistyped rate fails before any thread or call

    @classmethod
    def checked(
        cls, client: _Settings, product: str, options: Mapping[str, Any], **settings: Any
    ) -> BatchPlan:
        """The plan of ``product`` (a registry name) with ``options`` checked by ``client``
        once, so that a wrong option is one clear error, not the same error on every item."""
        chosen = get_product(product)
        client.check_options(chosen, options)
        return cls(chosen, options, **settings)

    def runner(self, client: _Settings, call: OneCall, stop: asyncio.Event | None) -> BatchRunner:
        """The :class:`BatchRunner` of this plan, calling through ``call``.

        Calls run with ``max_retries=0`` (the runner retries, paced), and carry the pacing
        that a long PDF/TIFF split into several calls sends its parts with.
        """
        retries = client.max_retries if self.max_retries is None else self.max_retries
        pacing = Pacing(self.concurrency, self.rate_limit, retries)
        return BatchRunner(
            call,
            concurrency=self.concurrency,
            rate_limit=self.rate_limit,
            max_retries=retries,
            ordered=self.ordered,
            options={**self.options, PACING_OPTION: pacing},
            stop=stop,
            max_retry_after=client.max_retry_after,
        )


class _Settings(Protocol):
    """What the engine reads of a client besides its ``recognize`` method."""

    max_retries: int
    max_retry_after: float

    def check_options(self, product: Product[Any], options: Mapping[str, Any]) -> None: ...


def abatch(
    client: AsyncClovaOCR,
    inputs: Iterable[Any],
    plan: BatchPlan,
    *,
    stop: asyncio.Event | None = None,
) -> AsyncIterator[BatchItem]:
    """The items of :meth:`clova_ocr.AsyncClovaOCR.batch`; setting ``stop`` starts no new
    input (those in flight finish)."""
    return plan.runner(client, async_caller(client, plan.product), stop).items(inputs)


def batch(client: ClovaOCR, inputs: Iterable[Any], plan: BatchPlan) -> Iterator[BatchItem]:
    """The items of :meth:`clova_ocr.ClovaOCR.batch`: the async engine, stepped from this
    thread.

    The sync client's calls run on a pool of ``concurrency`` threads; the event loop only
    schedules them, and runs between two ``next()`` calls, so a slow consumer holds back
    new calls instead of piling up results.
    """
    executor = ThreadPoolExecutor(
        max_workers=plan.concurrency, thread_name_prefix="clova-ocr-batch"
    )
    runner = plan.runner(client, sync_caller(client, plan.product, executor), None)
    return _stepped(runner.items(inputs), executor)


def _stepped(
    items: AsyncGenerator[BatchItem, None], executor: ThreadPoolExecutor
) -> Iterator[BatchItem]:
    async def step() -> BatchItem:
        return await items.__anext__()

    async def close() -> None:
        # RuntimeError: the generator was still running (an exception escaped a step).
        with contextlib.suppress(RuntimeError):
            await items.aclose()

    with asyncio.Runner() as loop:
        try:
            while True:
                try:
                    item = loop.run(step())
                except StopAsyncIteration:
                    return
                yield item
        finally:
            loop.run(close())
            executor.shutdown(wait=True, cancel_futures=True)
