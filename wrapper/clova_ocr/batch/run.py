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
from .engine import BatchItem, BatchPlan, abatch
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


@dataclass
class _Run:
    """One run's bookkeeping: where outcomes go, and what :class:`Summary` counts."""

    todo: list[Source]
    out: OutputFolder | None
    saves: tuple[str, ...]
    trust: Trust
    twins: dict[str, list[Source]]  # sha256 → later inputs with the same bytes
    stop: asyncio.Event
    summary: Summary
    bar: Progress | None = None
    on_item: Callable[[Source, BatchItem], None] | None = None
    attempted: int = 0

    def take(self, item: BatchItem) -> None:
        """Save, count and show one outcome."""
        if self.summary.write_failed is not None:
            return  # in flight when DIR stopped taking writes: not saved, resumed later
        source = self.todo[item.index]
        if not self._saved(source, item):
            return
        self._count(item)
        if self.bar is not None:
            self.bar.advance(item.error is None)
        if self.on_item is not None:
            self.on_item(source, item)

    def _saved(self, source: Source, item: BatchItem) -> bool:
        """Write ``item`` to the output folder (if any); ``False`` when the folder stopped
        taking writes (then every next write would fail too: the run stops, resumed later)."""
        if self.out is None:
            return True
        try:
            twins_of = self.twins.pop(self.out.digest(source) or "", [])
            _save(self.out, source, item, self.saves, self.trust, twins_of, self.summary)
        except OSError as exc:
            self.summary.write_failed = describe_write_failure(self.out, exc)
            self.stop.set()
            return False
        return True

    def _count(self, item: BatchItem) -> None:
        """Count ``item``; an error every other input would get too stops the run."""
        summary = self.summary
        self.attempted += 1
        if item.error is None:
            summary.done += 1
        else:
            summary.failed += 1
            if is_domain_wide(item.error) and summary.aborted is None:
                summary.aborted = str(item.error)
                self.stop.set()
        summary.pages += _pages(item.raw)

    def finish(self, started: float) -> None:
        """Close the progress bar and record the time and what was left undone."""
        summary = self.summary
        if self.bar is not None:
            self.bar.close()
        summary.seconds = time.monotonic() - started
        summary.not_done = len(self.todo) - self.attempted
        if self.stop.is_set() and summary.aborted is None and summary.write_failed is None:
            summary.interrupted = True


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
    # A wrong option is one clear error before anything is written.
    plan = BatchPlan.checked(
        client, product, options or {}, concurrency=concurrency, rate_limit=rate_limit
    )
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
    run = _Run(todo, out, saves, trust, twins, stop or asyncio.Event(), summary, on_item=on_item)
    run.bar = progress(len(todo)) if progress is not None else None
    try:
        async for item in abatch(client, [s.image for s in todo], plan, stop=run.stop):
            run.take(item)
    except asyncio.CancelledError:
        summary.interrupted = True
    finally:
        run.finish(started)
    return summary
