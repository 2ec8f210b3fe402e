"""``clova-ocr mock serve``: the mock's command line (the ``clova-ocr`` command loads it).

The options map one to one onto :class:`MockSettings`; reading them is the mock's business,
so the SDK's CLI only mounts this group (``clova_ocr.cli`` loads it on first use).
"""

from __future__ import annotations

from pathlib import Path

import click

from clova_ocr_common.rates import parse_rate

from .recognizer import Recognizer
from .replay import Answers, AnswersError
from .server import serve as run
from .settings import PRODUCTS, MockSettings


@click.group()
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
    if no_templates and templates_file:
        raise click.BadParameter("give --templates or --no-templates, not both")
    if bool(access_key) != bool(gateway_secret):
        raise click.BadParameter("give both --access-key and --gateway-secret, or neither")
    try:
        settings = MockSettings(
            secret=secret,
            quota=quota,
            rate_limit=_rate(rate_limit),
            table_detection=not no_table_detection,
            templates=templates_file or not no_templates,
            products=_families(products),
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
        settings.recognizer = _tesseract()
    try:
        run(settings, host=host, port=port, announce=click.echo)
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}"
        ) from None


def _families(products: str) -> tuple[str, ...]:
    """``--products general,document`` as a tuple of known families."""
    families = tuple(p.strip() for p in products.split(",") if p.strip())
    unknown = set(families) - set(PRODUCTS)
    if unknown:
        raise click.BadParameter(
            f"unknown product families: {', '.join(sorted(unknown))}", param_hint="--products"
        )
    return families


def _rate(rate_limit: str | None) -> float | None:
    """``--rate-limit 5/s`` in calls per second."""
    try:
        return parse_rate(rate_limit)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--rate-limit") from None


def _tesseract() -> Recognizer:
    """The Tesseract engine, or a one-line error naming the extra it needs."""
    try:
        from .engine import TesseractRecognizer

        return TesseractRecognizer()
    except (ImportError, RuntimeError) as exc:
        raise click.ClickException(
            f"the tesseract recognizer needs pip install 'clova-ocr[engine]' ({exc})"
        ) from None


def _load_answers(folder: Path) -> Answers:
    """The recording at ``folder``, with every answer that no longer matches the spec listed
    on stderr (the mock still serves them: they are what the service said)."""
    try:
        answers = Answers.load(folder)
    except AnswersError as exc:
        raise click.BadParameter(str(exc), param_hint="--answers") from None
    click.echo(f"Replaying {len(answers)} recorded answer(s) from {folder}")
    if answers.problems:
        click.echo(f"warning: {answers.report()}", err=True)
    return answers
