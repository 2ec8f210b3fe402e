"""The ``clova-ocr`` command: OCR from the shell, and the local mock server."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any

import click

from . import __version__
from ._cli_batch import EXIT_CODES_HELP, Settings, batch_options, execute
from ._products import DOCUMENTS, get_product


def _mock_group() -> click.Command:
    """``clova-ocr mock``: the mock's own command group, or a stand-in saying what to install.

    The group lives in ``clova_ocr_mock.cli`` (the mock owns its command and its settings);
    it is imported only when ``clova-ocr mock …`` runs or the help lists it.
    """
    try:
        from clova_ocr_mock.cli import mock
    except ImportError as exc:  # the mock package or its extra is not installed
        missing = str(exc)

        @click.command(
            name="mock",
            context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
        )
        def unavailable() -> None:
            """A local CLOVA OCR server (needs: pip install 'clova-ocr[mock]')."""
            raise click.ClickException(
                f"the mock needs its extra: pip install 'clova-ocr[mock]' ({missing})"
            )

        return unavailable
    return mock


#: Commands another package owns, loaded on first use: name → loader.
LAZY_COMMANDS: dict[str, Callable[[], click.Command]] = {"mock": _mock_group}


class _Commands(MutableMapping[str, click.Command]):
    """A group's commands, where those of :data:`LAZY_COMMANDS` load on first access.

    ``clova-ocr mock`` is listed in ``--help`` and the docs like any command, but its
    module (the mock's, with Starlette behind it) is imported only when it is looked up.
    """

    def __init__(self, loaders: Mapping[str, Callable[[], click.Command]]) -> None:
        self._loaders = dict(loaders)
        self._loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._loaded and name in self._loaders:
            self._loaded[name] = self._loaders.pop(name)()
        return self._loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._loaders.pop(name, None)
        self._loaded[name] = command

    def __delitem__(self, name: str) -> None:
        if self._loaders.pop(name, None) is None:
            del self._loaded[name]

    def __iter__(self) -> Iterator[str]:
        return iter([*self._loaded, *self._loaders])

    def __len__(self) -> int:
        return len(self._loaded) + len(self._loaders)


class _RootGroup(click.Group):
    """The root group; its :data:`LAZY_COMMANDS` are loaded when first looked up."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        commands = _Commands(LAZY_COMMANDS)
        commands.update(self.commands)
        self.commands = commands


@click.group(cls=_RootGroup, epilog=EXIT_CODES_HELP)
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
