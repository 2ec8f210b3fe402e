"""Build a self-contained HTML API reference (Redoc) from ``openapi.yaml``.

The page embeds Redoc's standalone bundle and the spec as JSON, so it works offline: opening
``docs/index.html`` loads nothing from a CDN. Redoc comes from the npm registry (pinned below)
through ``npm pack`` and is cached in ``.cache/``.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import tarfile
from pathlib import Path

from . import paths
from .generate import GeneratorError
from .spec import SpecError, load_spec

REDOC_VERSION = "2.5.4"
CACHE = paths.ROOT / ".cache" / f"redoc-{REDOC_VERSION}"
BUNDLE_MEMBER = "package/bundles/redoc.standalone.js"
# The only thing Redoc's bundle loads from the network is the footer logo; inline an empty one.
REMOTE_LOGO = '"https://cdn.redoc.ly/redoc/logo-mini.svg"'
INLINE_LOGO = '"data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27/%3E"'

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} — API reference</title>
<style>body {{ margin: 0; padding: 0; }}</style>
</head>
<body>
<div id="redoc-container"></div>
<script>{redoc}</script>
<script>
Redoc.init({spec}, {{
  expandResponses: "200",
  jsonSampleExpandLevel: 3,
  hideDownloadButton: false,
  pathInMiddlePanel: true
}}, document.getElementById("redoc-container"));
</script>
</body>
</html>
"""


def _redoc_bundle() -> str:
    """Redoc's standalone JS, fetched once from the npm registry and cached."""
    bundle = CACHE / "redoc.standalone.js"
    if not bundle.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise GeneratorError("building the docs needs npm (apt-get install npm)")
        CACHE.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [npm, "pack", f"redoc@{REDOC_VERSION}", "--silent", "--pack-destination", str(CACHE)],
            capture_output=True,
            text=True,
            check=False,
        )
        tarball = CACHE / f"redoc-{REDOC_VERSION}.tgz"
        if result.returncode != 0 or not tarball.exists():
            raise GeneratorError(f"npm pack redoc@{REDOC_VERSION} failed: {result.stderr.strip()}")
        with tarfile.open(tarball) as archive:
            member = archive.extractfile(BUNDLE_MEMBER)
            if member is None:
                raise GeneratorError(f"{BUNDLE_MEMBER} missing from the redoc package")
            bundle.write_bytes(member.read())
    return bundle.read_text(encoding="utf-8").replace(REMOTE_LOGO, INLINE_LOGO)


def render_page(document: dict[str, object], redoc_js: str) -> str:
    """The HTML page for ``document``; ``</script>`` inside strings cannot end the script."""
    spec_json = json.dumps(document, ensure_ascii=False).replace("</", "<\\/")
    info = document.get("info")
    title = info.get("title", "API") if isinstance(info, dict) else "API"
    return PAGE.format(title=html.escape(str(title)), redoc=redoc_js, spec=spec_json)


def build_docs(target_dir: Path = paths.DOCS_DIR, spec: Path = paths.SPEC) -> Path:
    """Write ``index.html`` (and a copy of the spec) into ``target_dir``; return the page."""
    try:
        document = load_spec(spec)
    except SpecError as exc:
        raise GeneratorError(str(exc)) from None
    target_dir.mkdir(parents=True, exist_ok=True)
    page = target_dir / "index.html"
    page.write_text(render_page(document, _redoc_bundle()), encoding="utf-8")
    shutil.copyfile(spec, target_dir / "openapi.yaml")
    return page
