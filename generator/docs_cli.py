"""The ``clova-ocr`` command as the docs' CLI page shows it (``docs/cli.md`` points
mkdocs-click here).

mkdocs-click pastes help texts into Markdown as they are, so ``DIR/<input path>.json``
became an HTML ``<input>`` box, an option without help read "N/A" and one without a
default "None". This module hands it a copy of the command tree whose texts are escaped
for Markdown (outside code spans) and whose missing help and defaults are left empty; the
page hook turns the remaining empty defaults into a dash. The real command is unchanged.
"""

from __future__ import annotations

import copy
import html
import re

import click

from clova_ocr.cli import main as _main

_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)


def markdown_safe(text: str | None) -> str | None:
    """``text`` with ``<``, ``>`` and ``&`` shown as themselves, code spans untouched."""
    if text is None:
        return None
    pieces, end = [], 0
    for match in _CODE_SPAN.finditer(text):
        pieces.append(html.escape(text[end : match.start()], quote=False))
        pieces.append(match.group(0))
        end = match.end()
    pieces.append(html.escape(text[end:], quote=False))
    return "".join(pieces)


def _has_default(option: click.Option) -> bool:
    default = option.default
    unset = default is None or type(default).__name__ == "Sentinel"  # click >= 8.3: UNSET
    return not unset and not callable(default)


def _option(option: click.Option) -> click.Option:
    shown = copy.copy(option)
    shown.help = markdown_safe(option.help) or ""
    if not _has_default(option):
        shown.default = None  # mkdocs-click: "None", or "required" for a required option
    return shown


def for_docs(command: click.Command) -> click.Command:
    """A copy of ``command`` (and its subcommands) to render into Markdown."""
    shown = copy.copy(command)
    shown.help = markdown_safe(command.help)
    shown.short_help = markdown_safe(command.short_help)
    shown.epilog = markdown_safe(command.epilog)
    shown.params = [_option(p) if isinstance(p, click.Option) else p for p in command.params]
    if isinstance(command, click.Group) and isinstance(shown, click.Group):
        shown.commands = {name: for_docs(sub) for name, sub in command.commands.items()}
    return shown


main = for_docs(_main)
