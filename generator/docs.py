"""Build the documentation site (MkDocs + Material) into ``site/``.

``python -m generator docs`` runs this: one static site with the Quickstart, the SDK guide
and reference (mkdocstrings), the CLI reference (mkdocs-click), the mock, the HTTP API
reference pre-rendered from ``openapi.yaml`` (essentials-openapi, the renderer of
neoteroi-mkdocs), the list of the spec's assumptions and the changelog. After the first
``pip install -e '.[docs]'`` it builds offline, and the pages load nothing from the network
(no web fonts, no remote scripts; Material's ``offline`` plugin makes it work from disk).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from . import paths
from .generate import GeneratorError
from .spec import SpecError, load_spec

MKDOCS_CONFIG = paths.ROOT / "mkdocs.yml"
SITE_DIR = paths.ROOT / "site"


def build_docs(
    target_dir: Path = SITE_DIR, spec: Path = paths.SPEC, *, root: Path = paths.ROOT
) -> Path:
    """Build the site into ``target_dir`` (strict: any warning fails); return its index page.

    ``root`` is where ``CHANGELOG.md`` is looked for (tests point it elsewhere).
    """
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's banner, not a problem
    try:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config
        from mkdocs.exceptions import MkDocsException
    except ImportError:
        raise GeneratorError("building the docs needs: pip install -e '.[docs]'") from None
    try:
        load_spec(spec)  # a broken spec is reported plainly, before MkDocs starts
    except SpecError as exc:
        raise GeneratorError(str(exc)) from None
    _show_warnings()
    try:
        config = load_config(str(MKDOCS_CONFIG), site_dir=str(target_dir.resolve()), strict=True)
        config["extra"]["clova_spec"] = str(spec.resolve())
        config["extra"]["clova_root"] = str(root.resolve())
        build(config)
    except MkDocsException as exc:
        raise GeneratorError(f"the documentation site did not build: {exc}") from None
    return target_dir / "index.html"


class _StderrHandler(logging.Handler):
    """Writes to the current ``sys.stderr`` (not the one at creation, unlike StreamHandler)."""

    def emit(self, record: logging.LogRecord) -> None:
        print(self.format(record), file=sys.stderr)


def _show_warnings() -> None:
    """Print MkDocs' warnings (the reasons a strict build fails) as its own CLI does."""
    logger = logging.getLogger("mkdocs")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler(logging.WARNING)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
