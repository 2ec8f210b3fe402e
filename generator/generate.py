"""Run the pinned openapi-python-client and lay its output into ``generated_client/``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path

from . import paths
from .spec import SpecError, load_spec

CLIENT_README = """\
# generated_client/ — do not edit

`clova_ocr_api` is generated from `openapi.yaml` by openapi-python-client (version pinned in
`pyproject.toml`, extra `generator`) with the config and template overrides in `generator/`.

Never edit these files by hand: change `openapi.yaml` or `generator/`, then run

    python -m generator          # regenerate
    python -m generator --check  # what CI runs: fails when this folder is stale or edited

The hand-written SDK that users import is `clova_ocr` in `wrapper/`.
"""


class GeneratorError(Exception):
    """Generation failed; the message is meant for the person at the terminal."""


def _pinned(package: str) -> str:
    """The exact version pyproject's ``generator`` extra pins for ``package``."""
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in project["project"]["optional-dependencies"]["generator"]:
        name, _, version = requirement.partition("==")
        if name.strip().lower() == package:
            return version.strip()
    raise GeneratorError(f"pyproject.toml's generator extra does not pin {package}")


def _check_tool_versions() -> None:
    """Refuse to run with other tool versions: they would generate other bytes."""
    hint = "install the pinned tools with: pip install -e '.[generator]'"
    want = _pinned("openapi-python-client")
    try:
        have = metadata.version("openapi-python-client")
    except metadata.PackageNotFoundError:
        raise GeneratorError(f"openapi-python-client is not installed; {hint}") from None
    if have != want:
        raise GeneratorError(f"openapi-python-client {have} is installed, {want} is pinned; {hint}")
    want_ruff = _pinned("ruff")
    ruff = shutil.which("ruff", path=_tool_path())
    if ruff is None:
        raise GeneratorError(f"ruff is not installed; {hint}")
    out = subprocess.run([ruff, "--version"], capture_output=True, text=True, check=False).stdout
    if want_ruff not in out.split():
        raise GeneratorError(f"{out.strip()} is installed, ruff {want_ruff} is pinned; {hint}")


def _tool_path() -> str:
    """PATH with this interpreter's scripts first, so post-hooks find the pinned ruff."""
    return os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])


def render(destination: Path, spec: Path = paths.SPEC) -> None:
    """Generate the whole ``generated_client/`` tree from ``spec`` into ``destination``."""
    _check_tool_versions()
    try:
        document = load_spec(spec)
    except SpecError as exc:
        raise GeneratorError(str(exc)) from None

    with tempfile.TemporaryDirectory(prefix="clova-gen-") as work:
        prepared_spec = Path(work) / "openapi.json"
        prepared_spec.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        package_dir = destination / paths.PACKAGE_NAME
        command = [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(prepared_spec),
            "--config",
            str(paths.CONFIG),
            "--custom-template-path",
            str(paths.TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(package_dir),
            "--fail-on-warning",
        ]
        env = {**os.environ, "PATH": _tool_path()}
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        if result.returncode != 0 or not package_dir.is_dir():
            output = (result.stdout + result.stderr).strip()
            raise GeneratorError(f"openapi-python-client failed:\n{output}")

    # --meta none writes no py.typed; the package is typed, so say so (PEP 561).
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    (destination / "README.md").write_text(CLIENT_README, encoding="utf-8")
    # The ruff post-hooks leave their cache behind; it is not part of the client.
    shutil.rmtree(package_dir / ".ruff_cache", ignore_errors=True)


def regenerate(spec: Path = paths.SPEC) -> None:
    """Replace ``generated_client/`` with a fresh generation of ``spec``."""
    with tempfile.TemporaryDirectory(prefix="clova-out-") as tmp:
        fresh = Path(tmp) / "generated_client"
        render(fresh, spec)
        if paths.CLIENT_DIR.exists():
            shutil.rmtree(paths.CLIENT_DIR)
        shutil.copytree(fresh, paths.CLIENT_DIR)
