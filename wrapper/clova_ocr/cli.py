"""The ``clova-ocr`` command: OCR from the shell, and the local mock server."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from ._client import ClovaOCR
from ._products import DOCUMENTS
from .errors import ClovaOCRError
from .results import DocumentResult, OCRResult, TemplateResult

_connection = [
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
]


def _with_connection(func: Any) -> Any:
    for option in reversed(_connection):
        func = option(func)
    return func


def _emit(result: OCRResult, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(result.raw, ensure_ascii=False, indent=2))
    elif isinstance(result, (DocumentResult, TemplateResult)):
        for key, value in result.to_dict().items():
            click.echo(f"{key}\t{value}")
    else:
        click.echo(result.text)
        for i, table in enumerate(result.tables):
            click.echo(f"\n# table {i + 1}")
            click.echo(table.to_csv(), nl=False)


def _run(action: Any) -> None:
    try:
        action()
    except ClovaOCRError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)


@click.group()
@click.version_option(__version__, prog_name="clova-ocr")
def main() -> None:
    """CLOVA OCR from the command line, and a local mock of the service."""


@main.command()
@click.argument("image", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", help="ko, ja, zh-TW or a comma-separated list.")
@click.option("--tables", is_flag=True, help="Also detect tables (printed as CSV).")
@_with_connection
def general(
    image: Path, lang: str | None, tables: bool, invoke_url: str, secret: str, as_json: bool
) -> None:
    """Recognise all text in IMAGE (General OCR)."""

    def action() -> None:
        with ClovaOCR(invoke_url=invoke_url, secret=secret) as ocr:
            _emit(ocr.general(image, lang=lang, tables=tables or None), as_json)

    _run(action)


@main.command()
@click.argument("image", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--template-id",
    "template_ids",
    type=int,
    multiple=True,
    help="Restrict to this template (repeatable).",
)
@_with_connection
def template(
    image: Path, template_ids: tuple[int, ...], invoke_url: str, secret: str, as_json: bool
) -> None:
    """Extract template fields from IMAGE (Template OCR)."""

    def action() -> None:
        with ClovaOCR(invoke_url=invoke_url, secret=secret) as ocr:
            _emit(ocr.template(image, template_ids=list(template_ids) or None), as_json)

    _run(action)


@main.command()
@click.argument("kind", type=click.Choice(sorted(k.replace("_", "-") for k in DOCUMENTS)))
@click.argument("image", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_with_connection
def document(kind: str, image: Path, invoke_url: str, secret: str, as_json: bool) -> None:
    """Read IMAGE with a Document OCR model (receipt, id-card, …)."""

    def action() -> None:
        with ClovaOCR(invoke_url=invoke_url, secret=secret) as ocr:
            reader = getattr(ocr.document, kind.replace("-", "_"))
            _emit(reader(image), as_json)

    _run(action)
