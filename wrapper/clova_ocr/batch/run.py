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
    UnexpectedResponseError,
)
from ..results import OCRResult
from .engine import BatchItem, abatch
from .folder import OutputFolder, is_disk_full
from .inputs import Source
from .progress import Progress
from .saves import extras, file_suffixes
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
    duplicates: int = 0  #: answered by copying the answer of identical bytes (also in done)
    #: why the output folder could not be written (a full disk…): the run stopped there
    write_failed: str | None = None

    def line(self) -> str:
        rate = self.pages / self.seconds if self.seconds > 0 else 0.0
        text = (
            f"{self.done} done, {self.skipped} skipped, {self.failed} failed"
            f" of {self.total} in {self.seconds:.1f}s ({rate:.1f} pages/s)"
        )
        if self.duplicates:
            text += f"; {self.duplicates} duplicate(s) answered from identical files, not sent"
        if self.not_done:
            text += f"; {self.not_done} not done (run the same command again to resume)"
        return text


def _to_do(
    sources: list[Source],
    out: OutputFolder | None,
    suffixes: tuple[str, ...],
    summary: Summary,
    on_item: Callable[[Source, BatchItem], None] | None,
    twins: dict[str, list[Source]],
    saves: tuple[str, ...],
    trust: Trust,
) -> list[Source]:
    """The sources to call the service for: not answered in ``out`` yet, and savable there
    (one whose answer name is too long fails now, without a billed call). A file whose
    bytes were answered before (in ``out``, or earlier in this run) is not sent: it gets a
    copy of that answer (now, or in ``twins`` once its first is answered)."""
    if out is None:
        return list(sources)
    todo = []
    for source in sources:
        if out.is_answered(source):
            summary.skipped += 1
        elif (problem := out.name_problem(source, suffixes)) is not None:
            summary.failed += 1
            out.write_error(source, problem)
            if on_item is not None:
                on_item(source, BatchItem(index=-1, input=source.image, error=problem))
        elif (digest := out.digest(source)) is not None and digest in twins:
            twins[digest].append(source)
        elif (
            digest is not None
            and (earlier := out.by_digest.get(digest)) is not None
            and (_copy_twin(out, source, earlier, saves, trust, summary))
        ):
            continue
        else:
            if digest is not None:
                twins[digest] = []
            todo.append(source)
    return todo


def _save_extras(
    out: OutputFolder, source: Source, result: OCRResult[Any], saves: tuple[str, ...], trust: Trust
) -> None:
    image = None if source.is_url else source.image
    for suffix, data in extras(result, saves, image, redact=trust.redact):
        out.write_extra(source, suffix, data)


def _copy_twin(
    out: OutputFolder,
    source: Source,
    original: str,
    saves: tuple[str, ...],
    trust: Trust,
    summary: Summary,
) -> bool:
    """Answer ``source`` with the saved answer of identical bytes (no call); ``False`` when
    that answer cannot be read (then ``source`` is sent)."""
    if saves or trust.checks or trust.review is not None:
        try:
            result = OCRResult.open(out.root / original)
        except (OSError, UnexpectedResponseError):
            return False
        saved = trust.record(out, source, result)
        _save_extras(out, source, saved, saves, trust)
    raw = out.write_duplicate(source, original)
    if raw is None:
        return False
    summary.done += 1
    summary.duplicates += 1
    summary.pages += _pages(raw)
    return True


def describe_write_failure(out: OutputFolder | None, exc: OSError) -> str:
    """The one line that says why the output folder could not be written, and what next."""
    where = f" {out.root}" if out is not None else ""
    if is_disk_full(exc):
        return f"no space left on the disk of{where}; free some and run the same command again"
    return f"cannot write to{where}: {exc.strerror or exc}; run the same command again once fixed"


def _save(
    out: OutputFolder,
    source: Source,
    item: BatchItem,
    saves: tuple[str, ...],
    trust: Trust,
    twins: list[Source],
    summary: Summary,
) -> None:
    """Write one outcome; an answer that cannot be stored (but for a full disk, which
    :func:`run_batch` stops on) makes the item a failure, recorded in ``errors.jsonl``."""
    raw = item.raw
    if raw is not None and item.result is not None:
        try:
            saved = trust.record(out, source, item.result)
            _save_extras(out, source, saved, saves, trust)
            out.write_answer(source, saved.raw)
            for twin in twins:  # identical bytes under other names: a copy, no call
                _copy_twin(out, twin, source.answer, saves, trust, summary)
        except OSError as exc:
            if is_disk_full(exc):
                raise
            item.error = exc
    if item.error is not None and not isinstance(item.error, ImageInferenceError):
        out.write_error(source, item.error)
        for twin in twins:  # the same bytes would fail the same way
            summary.failed += 1
            out.write_error(twin, item.error)


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
    twins: dict[str, list[Source]] = {}  # sha256 → later inputs with the same bytes
    try:
        todo = _to_do(sources, out, file_suffixes(saves), summary, on_item, twins, saves, trust)
    except OSError as exc:
        summary.write_failed = describe_write_failure(out, exc)
        summary.not_done = summary.total - summary.skipped - summary.failed
        return summary
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
            if summary.write_failed is not None:
                continue  # in flight when DIR stopped taking writes: not saved, resumed later
            source = todo[item.index]
            raw = item.raw
            if out is not None:
                try:
                    twins_of = twins.pop(out.digest(source) or "", [])
                    _save(out, source, item, saves, trust, twins_of, summary)
                except OSError as exc:  # every next write would fail too: stop, resume later
                    summary.write_failed = describe_write_failure(out, exc)
                    stop.set()
                    continue
            attempted += 1
            if item.error is not None:
                summary.failed += 1
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
        if stop.is_set() and summary.aborted is None and summary.write_failed is None:
            summary.interrupted = True
    return summary
