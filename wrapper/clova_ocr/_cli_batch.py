"""The product commands' shared half: many inputs, ``--out DIR``, pacing, progress, exit codes.

Exit codes: :data:`EXIT_CODES` (shown by ``clova-ocr --help``, the docs' CLI page and
the README).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from clova_ocr_common.rates import parse_rate

from ._client import AsyncClovaOCR
from ._options import DEFAULT_BATCH_CONCURRENCY
from ._products import get_product
from .batch.engine import BatchItem
from .batch.folder import OutputFolder
from .batch.inputs import InputProblem, Source, collect, display
from .batch.lock import FolderLocked
from .batch.progress import Progress
from .batch.run import Summary, describe_write_failure, run_batch
from .batch.saves import SAVE_KINDS, parse_kinds, text_of
from .batch.secrets import Scrubber
from .batch.trust import Trust
from .errors import (
    ConfigurationError,
    ImageInferenceError,
    InputError,
    UnexpectedResponseError,
)
from .redaction import KINDS, RedactionPolicy, redact_text
from .results import DocumentResult, OCRResult, TemplateResult

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_WRITE_FAILED = 3
EXIT_LOCKED = 4
EXIT_INTERRUPTED = 130

#: What each exit code means: ``--help``, the docs' CLI page and the README show this.
EXIT_CODES: dict[int, str] = {
    EXIT_OK: "every input answered (or already answered in DIR)",
    EXIT_FAILED: "some inputs failed, or a domain-wide error (wrong secret, used-up quota) "
    "stopped the batch",
    EXIT_USAGE: "usage or configuration error",
    EXIT_WRITE_FAILED: "DIR could not be written (disk full): free space, run again to resume",
    EXIT_LOCKED: "DIR is in use by another batch (its pid, host and start time are printed)",
    EXIT_INTERRUPTED: "interrupted (run the same command again to resume)",
}

EXIT_CODES_HELP = "\b\nExit codes:\n" + "\n".join(f"  {c:<3} {m}" for c, m in EXIT_CODES.items())


def _options() -> list[Callable[[Any], Any]]:
    return [
        click.argument("inputs", nargs=-1, required=True),
        click.option(
            "-o",
            "--out",
            type=click.Path(file_okay=False, path_type=Path),
            help="Save each answer as DIR/<input path>.json (plus index.jsonl, errors.jsonl); "
            "inputs already answered there are skipped.",
        ),
        click.option(
            "--save",
            "save",
            metavar="KINDS",
            help=f"Also write, beside each answer: {','.join(SAVE_KINDS)} (comma-separated).",
        ),
        click.option(
            "--pages",
            metavar="PAGES",
            help="Pages of each PDF/TIFF to read, e.g. 1-3,7 (default: all; long documents "
            "are split into the calls the service takes and merged back).",
        ),
        click.option(
            "--concurrency",
            type=click.IntRange(1, 256),
            default=DEFAULT_BATCH_CONCURRENCY,
            show_default=True,
            help="Calls in flight at once.",
        ),
        click.option(
            "--rate-limit",
            metavar="RATE",
            help="The domain's limit, e.g. 10/s or 600/m; calls are paced to it.",
        ),
        click.option(
            "--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds per call."
        ),
        click.option(
            "--max-retries",
            type=click.IntRange(min=0),
            default=2,
            show_default=True,
            help="Retries of rate-limited, 5xx, timed-out or dropped calls.",
        ),
        click.option("-v", "--verbose", is_flag=True, help="One line per attempt on stderr."),
        click.option("--debug", is_flag=True, help="Tracebacks of errors on stderr."),
        click.option(
            "--invoke-url",
            envvar="CLOVA_OCR_INVOKE_URL",
            show_envvar=True,
            required=True,
            help="The domain's Invoke URL.",
        ),
        click.option(
            "--secret",
            envvar="CLOVA_OCR_SECRET",
            show_envvar=True,
            required=True,
            help="The domain's Client Secret (prefer the environment variable).",
        ),
        click.option("--json", "as_json", is_flag=True, help="Print the service's JSON answer."),
        click.option(
            "--checks",
            is_flag=True,
            help="Write each answer's validity checks (business number, card, MRZ, resident "
            "number, receipt sums, dates) to DIR/checks.jsonl.",
        ),
        click.option(
            "--review-below",
            type=click.FloatRange(0, 1),
            metavar="CONFIDENCE",
            help="Write to DIR/review.jsonl whether each answer needs review: something read "
            "below CONFIDENCE (e.g. 0.8), a failed check or an unread page.",
        ),
        click.option(
            "--redact",
            metavar="KINDS",
            help=f"Mask personal numbers ({','.join(KINDS)}, comma-separated) in everything "
            "written or printed: answers, index, errors, --save files.",
        ),
    ]


def batch_options(func: Any) -> Any:
    """Decorate a product command with the inputs argument and the shared options."""
    for option in reversed(_options()):
        func = option(func)
    return func


@dataclass
class Settings:
    """The shared options of one product command."""

    inputs: tuple[str, ...]
    out: Path | None
    save: str | None
    pages: str | None
    concurrency: int
    rate_limit: str | None
    timeout: float | None
    max_retries: int
    verbose: bool
    debug: bool
    invoke_url: str
    secret: str
    as_json: bool
    checks: bool = False
    review_below: float | None = None
    redact: str | None = None


def emit(result: OCRResult[Any], as_json: bool) -> None:
    """Print one result: its JSON answer, its fields, or its text and tables."""
    if as_json:
        click.echo(json.dumps(result.raw, ensure_ascii=False, indent=2))
        return
    click.echo(text_of(result), nl=False)  # fields as KEY<TAB>VALUE lines, or the text
    if not isinstance(result, (DocumentResult, TemplateResult)):
        for i, table in enumerate(result.tables):
            click.echo(f"\n# table {i + 1}")
            try:
                click.echo(table.to_csv(), nl=False)
            except UnexpectedResponseError as exc:  # absurd indices: say so, print the rest
                click.echo(f"table {i + 1} not printed: {exc}", err=True)


def _err(message: str) -> None:
    click.echo(message, err=True)


class _Redacting(logging.Filter):
    """Masks personal numbers in log lines (``-v`` with ``--redact``)."""

    def __init__(self, policy: RedactionPolicy) -> None:
        super().__init__()
        self.policy = policy

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact_text(record.getMessage(), self.policy), None
        return True


@contextlib.contextmanager
def _verbose_logging(settings: Settings, trust: Trust) -> Iterator[None]:
    if not (settings.verbose or settings.debug):
        yield
        return
    logger = logging.getLogger("clova_ocr")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    redacting = [_Redacting(trust.redact)] if trust.redact is not None else []
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if settings.debug else logging.INFO)
    try:
        if sys.stderr.isatty():
            from tqdm.contrib.logging import logging_redirect_tqdm

            with logging_redirect_tqdm(loggers=[logger]):
                for each in logger.handlers:  # tqdm's handler replaced ours
                    each.filters[:0] = redacting
                yield
        else:
            handler.filters[:0] = redacting
            yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _describe(error: BaseException) -> str:
    return str(error) or type(error).__name__


class _Printer:
    """Prints outcomes to stdout when there is no ``--out``, and failures to stderr."""

    def __init__(
        self,
        settings: Settings,
        single: bool,
        progress: list[Progress],
        trust: Trust,
        scrub: Scrubber,
    ) -> None:
        self.scrub = scrub
        self.settings = settings
        self.single = single
        self.progress = progress
        self.trust = trust

    def _err(self, message: str) -> None:
        if self.trust.redact is not None:
            message = redact_text(message, self.trust.redact)
        if self.progress:
            self.progress[0].write(message)
        else:
            _err(message)

    def __call__(self, source: Source, item: BatchItem) -> None:
        settings = self.settings
        label = display(self.scrub.url(source.image) if source.is_url else source.key)
        if settings.out is None and item.result is not None:
            result = self.trust.saved(item.result)
            if self.single or not settings.as_json:
                if not self.single:
                    click.echo(f"==> {label} <==")
                if item.error is None or settings.as_json:
                    emit(result, settings.as_json)
            else:
                line = {"input": label, "answer": result.raw}
                click.echo(json.dumps(line, ensure_ascii=False))
        if item.error is not None:
            prefix = "error: " if self.single else f"failed: {label}: "
            self._err(self.scrub(prefix + display(_describe(item.error))))
            if settings.debug and not isinstance(item.error, ImageInferenceError):
                self._err(self.scrub("".join(traceback.format_exception(item.error)).rstrip()))


def _install_interrupts(stop: asyncio.Event, task: asyncio.Task[Summary]) -> None:
    """First Ctrl-C: start nothing new, let calls in flight finish. Second: abandon them."""
    loop = asyncio.get_running_loop()

    def interrupt() -> None:
        if stop.is_set():
            task.cancel()
            return
        stop.set()
        _err("\nstopping: finishing the calls in flight (Ctrl-C again to abandon them)")

    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
        loop.add_signal_handler(signal.SIGINT, interrupt)
        loop.add_signal_handler(signal.SIGTERM, task.cancel)


async def _main(
    settings: Settings,
    product: str,
    sources: list[Source],
    options: dict[str, Any],
    saves: tuple[str, ...],
    trust: Trust,
) -> Summary:
    single = len(sources) == 1 and settings.out is None
    progress: list[Progress] = []

    def make_progress(total: int) -> Progress:
        progress.append(Progress(total, enabled=not single))
        return progress[0]

    stop = asyncio.Event()
    timeout: dict[str, Any] = {"timeout": settings.timeout} if settings.timeout else {}
    async with AsyncClovaOCR(
        invoke_url=settings.invoke_url,
        secret=settings.secret,
        max_retries=settings.max_retries,
        **timeout,
    ) as client:
        scrub = Scrubber.for_client(client, redact=trust.redact)
        folder = OutputFolder(settings.out, product, scrub) if settings.out else None
        if folder is not None:
            try:
                folder.open()  # FolderLocked: another batch writes there
            except OSError as exc:  # cannot create, lock or repair DIR (read-only, full…)
                failed = describe_write_failure(folder, exc)
                return Summary(total=len(sources), not_done=len(sources), write_failed=failed)
        with contextlib.closing(folder) if folder else contextlib.nullcontext():
            task = asyncio.ensure_future(
                run_batch(
                    client,
                    sources,
                    product,
                    out=folder,
                    saves=saves,
                    concurrency=settings.concurrency,
                    rate_limit=settings.rate_limit,
                    options=options,
                    stop=stop,
                    progress=make_progress,
                    on_item=_Printer(settings, single, progress, trust, scrub),
                    trust=trust,
                )
            )
            _install_interrupts(stop, task)
            try:
                return await task
            finally:
                loop = asyncio.get_running_loop()
                for sig in (signal.SIGINT, signal.SIGTERM):
                    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                        loop.remove_signal_handler(sig)


def _trust(settings: Settings) -> Trust:
    """The ``--checks``/``--review-below``/``--redact`` of a run, checked before it starts."""
    for flag, given in (("--checks", settings.checks), ("--review-below", settings.review_below)):
        if given not in (None, False) and settings.out is None:
            raise click.UsageError(f"{flag} writes into the output folder: give --out DIR too")
    try:
        return Trust.from_options(
            checks=settings.checks, review_below=settings.review_below, redact=settings.redact
        )
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--redact") from None


def execute(settings: Settings, product: str, options: dict[str, Any]) -> None:
    """Run one product command to its exit code (see the module docstring)."""
    try:
        urls = get_product(product).allows_url
        inputs = collect(settings.inputs, stdin=sys.stdin, allow_urls=urls, output=settings.out)
    except InputProblem as exc:
        raise click.UsageError(str(exc)) from None
    sources = inputs.sources
    if not sources and inputs.in_output:
        raise click.UsageError(
            f"every input is inside the output folder {settings.out}; give another --out"
        )
    if not sources:
        raise click.UsageError(f"no images (jpg, png, pdf, tiff) in {' '.join(settings.inputs)}")
    try:
        saves = parse_kinds(settings.save)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--save") from None
    if saves and settings.out is None:
        raise click.UsageError("--save writes beside the answers: give --out DIR too")
    trust = _trust(settings)
    try:
        parse_rate(settings.rate_limit)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--rate-limit") from None
    options = {k: v for k, v in {**options, "pages": settings.pages}.items() if v is not None}
    with _verbose_logging(settings, trust):
        try:
            summary = asyncio.run(_main(settings, product, sources, options, saves, trust))
        except (ConfigurationError, InputError) as exc:  # InputError: an option's value
            _err(f"error: {exc}")
            sys.exit(EXIT_USAGE)
        except FolderLocked as exc:
            _err(f"error: {exc}")
            sys.exit(EXIT_LOCKED)
    single = len(sources) == 1 and settings.out is None
    if not single:
        _err(summary.line())
        if settings.out is not None:
            _err(f"answers in {settings.out}/ (index.jsonl, errors.jsonl)")
    for note in inputs.notes():
        _err(note)
    if summary.write_failed:
        _err(f"stopped: {summary.write_failed}")
        sys.exit(EXIT_WRITE_FAILED)
    if summary.aborted:
        _err(f"stopped: {summary.aborted}")
    if summary.interrupted:
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(EXIT_FAILED if summary.failed or summary.aborted else EXIT_OK)
