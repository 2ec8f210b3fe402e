"""Compare the committed ``generated_client/`` with a fresh generation."""

from __future__ import annotations

import difflib
import tempfile
from pathlib import Path

from . import paths
from .generate import render

IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def _files(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not IGNORED_PARTS.intersection(path.parts)
    }


def diff_summary(committed: Path, fresh: Path, max_lines: int = 40) -> list[str]:
    """Human-readable differences between two trees; empty when they are identical."""
    have, want = _files(committed), _files(fresh)
    lines: list[str] = []
    for name in sorted(want.keys() - have.keys()):
        lines.append(f"missing (spec adds it, not regenerated): {name}")
    for name in sorted(have.keys() - want.keys()):
        lines.append(f"extra (not produced by the generator): {name}")
    for name in sorted(have.keys() & want.keys()):
        if have[name] == want[name]:
            continue
        lines.append(f"changed: {name}")
        delta = difflib.unified_diff(
            want[name].decode("utf-8", "replace").splitlines(),
            have[name].decode("utf-8", "replace").splitlines(),
            fromfile=f"fresh/{name}",
            tofile=f"committed/{name}",
            lineterm="",
            n=1,
        )
        body = list(delta)
        lines.extend("    " + line for line in body[:max_lines])
        if len(body) > max_lines:
            lines.append(f"    ... {len(body) - max_lines} more diff lines")
    return lines


def check(committed: Path = paths.CLIENT_DIR, spec: Path = paths.SPEC) -> list[str]:
    """Generate ``spec`` afresh into a temporary folder and diff it against ``committed``."""
    with tempfile.TemporaryDirectory(prefix="clova-check-") as tmp:
        fresh = Path(tmp) / "generated_client"
        render(fresh, spec)
        return diff_summary(committed, fresh)
