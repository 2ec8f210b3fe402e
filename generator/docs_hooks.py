"""MkDocs hooks of the documentation site (``hooks:`` in mkdocs.yml).

A page asks for a generated part with a marker line such as ``<!-- clova:error-table -->``;
the marker is replaced by Markdown from :mod:`generator.docs_content` before MkDocs renders
the page (so mkdocstrings and mkdocs-click blocks in it are expanded as usual). An unknown
marker fails the build. The spec is published beside the pages:
``openapi.yaml`` as written, and ``openapi.json`` with the injected ``x-codeSamples``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# MkDocs loads this file by path: make the repository's ``generator`` package importable.
_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from generator import docs_content, paths  # noqa: E402
from generator.spec import SpecError, load_spec  # noqa: E402

MARKER = re.compile(r"^<!--\s*clova:([a-z-]+)\s*-->\s*$", re.M)

_state: dict[str, Any] = {}


def _spec() -> dict[str, Any]:
    document: dict[str, Any] = _state["spec"]
    return document


GENERATORS: dict[str, Callable[[], str]] = {
    "sdk-reference": docs_content.sdk_reference,
    "error-table": docs_content.error_table,
    "exit-codes": docs_content.exit_codes,
    "mock-switches": docs_content.mock_switches,
    "mock-faults": docs_content.mock_faults,
    "http-reference": lambda: docs_content.http_reference(_spec()),
    "assumptions": lambda: docs_content.assumptions_table(_spec()),
    "changelog": lambda: docs_content.changelog(_state["root"]),
    "testing-example": docs_content.testing_example,
    "products-table": docs_content.products_table,
    "export-columns": docs_content.export_columns,
}


#: Material's offline plugin adds this CDN script (a Web Worker shim for file://); the same
#: file is vendored in docs/assets so that no page loads anything from the network.
CDN_SHIM = "https://unpkg.com/iframe-worker/shim"
LOCAL_SHIM = "assets/javascripts/iframe-worker-shim.js"


@event_priority(-100)  # after the offline plugin's on_config
def on_config(config: Any) -> Any:
    """Load and validate the spec once per build (``extra.clova_spec`` may point elsewhere)."""
    polyfills = config["extra"].get("polyfills") or []
    config["extra"]["polyfills"] = [LOCAL_SHIM if p == CDN_SHIM else p for p in polyfills]
    spec_path = Path(config["extra"].get("clova_spec") or paths.SPEC)
    try:
        _state["spec"] = load_spec(spec_path)
    except SpecError as exc:
        raise PluginError(str(exc)) from None
    _state["spec_path"] = spec_path
    _state["root"] = Path(config["extra"].get("clova_root") or paths.ROOT)
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in GENERATORS:
            raise PluginError(f"{page.file.src_path}: unknown marker <!-- clova:{name} -->")
        return GENERATORS[name]()

    return MARKER.sub(replace, markdown)


#: Sphinx roles some docstrings use (``:class:`X```); Markdown shows them literally.
SPHINX_ROLE = re.compile(r":(?:class|func|meth|attr|mod|exc|obj):(?=<code>)")


NO_DEFAULT = re.compile(r"<td>(?:None|<code>None</code>|<code>Sentinel\.UNSET</code>)</td>")


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    # The CLI page (generator/docs_cli.py): an option without a default shows a dash, not
    # mkdocs-click's "None"; a required one "required" (mkdocs-click writes "_required").
    html = NO_DEFAULT.sub("<td>—</td>", html).replace("<td>_required</td>", "<td>required</td>")
    return SPHINX_ROLE.sub("", html)


def on_files(files: Any, config: Any) -> Any:
    """Publish the spec beside the pages (links to it are checked like any page link)."""
    from mkdocs.structure.files import File

    augmented = docs_content.with_code_samples(_spec())
    files.append(File.generated(config, "openapi.yaml", content=_state["spec_path"].read_bytes()))
    files.append(
        File.generated(
            config, "openapi.json", content=json.dumps(augmented, ensure_ascii=False, indent=2)
        )
    )
    return files
