"""The ``clova-ocr`` command: OCR from the shell, and the local mock server."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from ._cli_batch import EXIT_CODES_HELP, Settings, batch_options, execute
from ._products import DOCUMENTS, get_product


@click.group(epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="clova-ocr")
def main() -> None:
    """CLOVA OCR from the command line, and a local mock of the service.

    Every product command takes many INPUTS: image files, folders (recursive), globs,
    http(s) URLs (General and Template OCR) and `-` (one path or URL per line on stdin).
    With --out DIR each answer is saved as DIR/<input path>.json; run the same command
    again to resume.
    """


@main.command(epilog=EXIT_CODES_HELP)
@click.option("--lang", help="ko, ja, zh-TW or a comma-separated list.")
@click.option("--tables", is_flag=True, help="Also detect tables (printed as CSV).")
@batch_options
def general(lang: str | None, tables: bool, **settings: Any) -> None:
    """Recognise all text in INPUTS (General OCR)."""
    execute(Settings(**settings), "general", {"lang": lang, "tables": tables or None})


@main.command(epilog=EXIT_CODES_HELP)
@click.option(
    "--template-id",
    "template_ids",
    type=int,
    multiple=True,
    help="Restrict to this template (repeatable).",
)
@click.option("--lang", help="ko, ja, zh-TW or a comma-separated list.")
@batch_options
def template(template_ids: tuple[int, ...], lang: str | None, **settings: Any) -> None:
    """Extract template fields from INPUTS (Template OCR)."""
    options = {"template_ids": list(template_ids) or None, "lang": lang}
    execute(Settings(**settings), "template", options)


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("kind", type=click.Choice(sorted(p.cli_name for p in DOCUMENTS.values())))
@batch_options
def document(kind: str, **settings: Any) -> None:
    """Read INPUTS with a Document OCR model (receipt, id-card, …)."""
    execute(Settings(**settings), get_product(kind).name, {})


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--images",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="The folder the batch read its inputs from, to show each image with its boxes "
    "(not needed when the batch ran with --save png).",
)
@click.option(
    "--review-below",
    type=click.FloatRange(0, 1),
    metavar="CONFIDENCE",
    help="Flag fields read below CONFIDENCE (default 0.8).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the page (default: FOLDER/review.html).",
)
@click.option(
    "--accuracy",
    "show_accuracy",
    is_flag=True,
    help="Instead: report per-field accuracy from FOLDER/corrections.jsonl (saved by the page).",
)
@click.option(
    "--corrections",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="With --accuracy: the corrections file (default: FOLDER/corrections.jsonl).",
)
def review(
    folder: Path,
    images: Path | None,
    review_below: float | None,
    output: Path | None,
    show_accuracy: bool,
    corrections: Path | None,
) -> None:
    """Build an offline review page (FOLDER/review.html) from a batch's --out FOLDER.

    The page shows each input's fields with their confidence and failed checks, its image
    with boxes, filters (needs review, failed check, product) and keyboard navigation
    (j/k, r, e); corrections typed in it are saved as corrections.jsonl. It loads nothing
    from the network: open it from disk.
    """
    from . import review as reviewing

    if show_accuracy:
        path = corrections or folder / reviewing.CORRECTIONS
        if not path.is_file():
            raise click.UsageError(
                f"no {path}: save the corrections from the review page into {folder} first"
            )
        try:
            rows = reviewing.accuracy(path)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(reviewing.report(rows))
        return
    page, records = reviewing.build(folder, output=output, images=images, threshold=review_below)
    if not records:
        raise click.UsageError(f"no answers in {folder} (no index.jsonl): run a batch with --out")
    flagged = sum(r.needs_review for r in records)
    failed = sum(bool(r.failed_checks) for r in records)
    click.echo(f"{page}: {len(records)} input(s), {flagged} need review, {failed} failed a check")


@main.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the answers (default: a new temporary folder).",
)
def demo(out: Path | None) -> None:
    """OCR the bundled sample images against a local mock: no account, no network."""
    from ._demo import run_demo

    sys.exit(run_demo(out))


@main.command(name="export")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--to",
    "target",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="x.csv (also x.items.csv, x.tables.csv), x.xlsx (three sheets) or x.parquet.",
)
def export_command(folder: Path, target: Path) -> None:
    """Turn a batch output FOLDER (--out) into tables: one row per document with its key
    fields, one per line item, one per table cell. Error answers and failed inputs are rows
    with their error. Exit codes: 0 written; 2 not a batch folder, or a wrong file name."""
    from .errors import InputError
    from .export import output_paths, read_folder, write

    try:
        output_paths(target)  # a wrong suffix fails before the folder is read
        tables = read_folder(folder)
        written = write(tables, target)
    except InputError as exc:
        raise click.UsageError(str(exc)) from None
    failed = sum(1 for row in tables.documents if row.get("status") != "ok")
    click.echo(
        f"{len(tables.documents)} documents ({failed} with errors), {len(tables.items)} items, "
        f"{len(tables.tables)} table cells -> {', '.join(str(p) for p in written)}",
        err=True,
    )


@main.group()
def mock() -> None:
    """A local CLOVA OCR server (needs: pip install 'clova-ocr[mock]')."""


@mock.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option(
    "--secret",
    envvar="CLOVA_OCR_SECRET",
    show_envvar=True,
    required=True,
    help="The X-OCR-SECRET clients must send.",
)
@click.option("--quota", type=int, help="Calls allowed before 0023 (default: unlimited).")
@click.option("--rate-limit", help="Calls per second before 0025, e.g. 5/s or 300/m.")
@click.option(
    "--no-table-detection", is_flag=True, help="Table toggle off: tables requested → 0028."
)
@click.option("--no-templates", is_flag=True, help="No deployed template: /infer → 1021.")
@click.option(
    "--templates",
    "templates_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Templates to match pages to and read (YAML; format in the README's mock section).",
)
@click.option(
    "--products",
    default="general,template,document",
    show_default=True,
    help="Product families this domain serves; others answer 0022.",
)
@click.option("--access-key", help="Enforce API Gateway signature v2 with this access key…")
@click.option("--gateway-secret", help="…and this secret key.")
@click.option("--allow-faults", is_flag=True, help="Honour the X-Mock-Fault request header.")
@click.option(
    "--recognizer",
    type=click.Choice(["synthetic", "tesseract"]),
    default="synthetic",
    show_default=True,
    help="Where the text comes from: synthetic sample words, or Tesseract reading the image "
    "(needs: pip install 'clova-ocr[engine]' and Tesseract's language data).",
)
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.option("--domain-id", help="Only this domain id reaches the domain (else: any).")
@click.option("--invoke-key", help="Only this invoke key reaches the domain (else: any).")
@click.option(
    "--answers",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Replay recorded real answers from this folder (a batch run's --out) for the same "
    "images; other uploads get the recognizer's answer.",
)
def serve(
    host: str,
    port: int,
    secret: str,
    quota: int | None,
    rate_limit: str | None,
    no_table_detection: bool,
    no_templates: bool,
    templates_file: str | None,
    products: str,
    access_key: str | None,
    gateway_secret: str | None,
    allow_faults: bool,
    recognizer: str,
    workers: int,
    domain_id: str | None,
    invoke_key: str | None,
    answers: Path | None,
) -> None:
    """Serve a mock CLOVA OCR domain and print its Invoke URL."""
    try:
        from clova_ocr_mock import MockSettings
        from clova_ocr_mock.server import serve as run
        from clova_ocr_mock.settings import PRODUCTS

        from .batch.limiter import parse_rate
    except ImportError as exc:
        raise click.ClickException(
            f"the mock needs its extra: pip install 'clova-ocr[mock]' ({exc})"
        ) from None
    if no_templates and templates_file:
        raise click.BadParameter("give --templates or --no-templates, not both")
    if bool(access_key) != bool(gateway_secret):
        raise click.BadParameter("give both --access-key and --gateway-secret, or neither")
    families = tuple(p.strip() for p in products.split(",") if p.strip())
    unknown = set(families) - set(PRODUCTS)
    if unknown:
        raise click.BadParameter(
            f"unknown product families: {', '.join(sorted(unknown))}", param_hint="--products"
        )
    try:
        rate = parse_rate(rate_limit) if rate_limit else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--rate-limit") from None
    templates: bool | str = templates_file or not no_templates
    try:
        settings = MockSettings(
            secret=secret,
            quota=quota,
            rate_limit=rate,
            table_detection=not no_table_detection,
            templates=templates,
            products=families,
            access_key=access_key,
            gateway_secret_key=gateway_secret,
            allow_faults=allow_faults,
            domain_id=domain_id,
            answers=_load_answers(answers) if answers else None,
            invoke_key=invoke_key,
            workers=workers,
        )
    except (OSError, ValueError) as exc:  # an unreadable or malformed templates file
        raise click.BadParameter(str(exc), param_hint="--templates") from None
    if recognizer == "tesseract":
        try:
            from clova_ocr_mock.engine import TesseractRecognizer

            settings.recognizer = TesseractRecognizer()
        except (ImportError, RuntimeError) as exc:
            raise click.ClickException(
                f"the tesseract recognizer needs pip install 'clova-ocr[engine]' ({exc})"
            ) from None
    try:
        run(settings, host=host, port=port, announce=click.echo)
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}"
        ) from None


def _load_answers(folder: Path) -> Any:
    """The recording at ``folder``, with every answer that no longer matches the spec listed
    on stderr (the mock still serves them: they are what the service said)."""
    from clova_ocr_mock.replay import Answers, AnswersError

    try:
        answers = Answers.load(folder)
    except AnswersError as exc:
        raise click.BadParameter(str(exc), param_hint="--answers") from None
    click.echo(f"Replaying {len(answers)} recorded answer(s) from {folder}")
    if answers.problems:
        click.echo(f"warning: {answers.report()}", err=True)
    return answers
