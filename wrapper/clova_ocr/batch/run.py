"""A batch as the CLI runs it: skip what ``DIR`` already holds, run the rest, save each outcome.

Kept free of click so the demo (and SDK users) can drive it too.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._options import DEFAULT_BATCH_CONCURRENCY
from ..errors import (
    AuthenticationError,
    ImageInferenceError,
    InvalidRequestError,
    PermissionDeniedError,
    QuotaExceededError,
    TableDetectionDisabledError,
    TemplateNotDeployedError,
)
from .engine import BatchItem, abatch
from .folder import OutputFolder
from .inputs import Source
from .progress import Progress
from .saves import extras
from .trust import Trust

if TYPE_CHECKING:
    from .._client import AsyncClovaOCR

#: Errors about the domain or the credentials, not the input: every other input would fail
#: the same way, so the batch stops (and a later run resumes it).
_DOMAIN_WIDE = (
    AuthenticationError,
    PermissionDeniedError,
    QuotaExceededError,
    TableDetectionDisabledError,
    TemplateNotDeployedError,
)
_DOMAIN_WIDE_CODES = frozenset({"0001", "0021", "0022"})


def is_domain_wide(error: BaseException | None) -> bool:
    if isinstance(error, _DOMAIN_WIDE):
        return True
    return isinstance(error, InvalidRequestError) and error.code in _DOMAIN_WIDE_CODES


@dataclass
class Summary:
    """What a run did; ``skipped`` inputs were already answered in the output folder."""

    total: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    pages: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    aborted: str | None = None
    not_done: int = 0  #: not started, or abandoned in flight (a second Ctrl-C)

    def line(self) -> str:
        rate = self.pages / self.seconds if self.seconds > 0 else 0.0
        text = (
            f"{self.done} done, {self.skipped} skipped, {self.failed} failed"
            f" of {self.total} in {self.seconds:.1f}s ({rate:.1f} pages/s)"
        )
        if self.not_done:
            text += f"; {self.not_done} not done (run the same command again to resume)"
        return text


def _pages(raw: dict[str, Any] | None) -> int:
    images = raw.get("images") if raw else None
    return len(images) if isinstance(images, list) else 0


async def run_batch(
    client: AsyncClovaOCR,
    sources: list[Source],
    product: str,
    *,
    out: OutputFolder | None = None,
    saves: tuple[str, ...] = (),
    concurrency: int = DEFAULT_BATCH_CONCURRENCY,
    rate_limit: str | float | None = None,
    options: dict[str, Any] | None = None,
    stop: asyncio.Event | None = None,
    progress: Callable[[int], Progress] | None = None,
    on_item: Callable[[Source, BatchItem], None] | None = None,
    trust: Trust | None = None,
) -> Summary:
    """Run ``sources`` through ``product``; with ``out``, skip and save as the module says
    (with ``trust``, also checks, review and redaction: see :mod:`.trust`)."""
    trust = trust or Trust()
    started = time.monotonic()
    summary = Summary(total=len(sources))
    todo = []
    for source in sources:
        if out is not None and out.is_answered(source):
            summary.skipped += 1
        else:
            todo.append(source)
    stop = stop or asyncio.Event()
    bar = progress(len(todo)) if progress is not None else None
    attempted = 0
    try:
        async for item in abatch(
            client,
            [s.image for s in todo],
            product,
            concurrency=concurrency,
            rate_limit=rate_limit,
            stop=stop,
            **(options or {}),
        ):
            attempted += 1
            source = todo[item.index]
            raw = item.raw
            if out is not None and raw is not None and item.result is not None:
                saved = trust.record(out, source, item.result)
                image = None if source.is_url else source.image
                for suffix, data in extras(saved, saves, image, redact=trust.redact):
                    out.write_extra(source, suffix, data)
                out.write_answer(source, saved.raw)
            if item.error is not None:
                summary.failed += 1
                if out is not None and not isinstance(item.error, ImageInferenceError):
                    out.write_error(source, item.error)
                if is_domain_wide(item.error) and summary.aborted is None:
                    summary.aborted = str(item.error)
                    stop.set()
            else:
                summary.done += 1
            summary.pages += _pages(raw)
            if bar is not None:
                bar.advance(item.error is None)
            if on_item is not None:
                on_item(source, item)
    except asyncio.CancelledError:
        summary.interrupted = True
    finally:
        if bar is not None:
            bar.close()
        summary.seconds = time.monotonic() - started
        summary.not_done = len(todo) - attempted
        if stop.is_set() and summary.aborted is None:
            summary.interrupted = True
    return summary
