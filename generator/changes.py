"""``python -m generator changes [GIT_REF]``: what changed in the contract, and does it break clients?

Compares ``openapi.yaml`` with the version of a git revision and classifies every difference
for people who regenerate clients from it:

* **breaking**: a removed path, operation, component schema, property, enum value, media type
  or response; a renamed ``operationId``; a new required request field; a request type that
  accepts less (narrowed) or a response type that may now carry more (widened); a request
  body that became required.
* **non-breaking**: additions (paths, operations, optional request fields, response fields,
  schemas, responses, media types), widened request types, narrowed response types, and
  documentation (descriptions, summaries, examples, ``x-assumed``).

Response enums are open in this spec (unknown values are valid), so a *new* response enum value
is not breaking; a removed one is. ``allOf`` members are merged before comparing, so moving
properties between an ``allOf`` and a flat object is not reported as a change of the data.

No registry diff tool handles OpenAPI 3.1 here (oasdiff is a Go binary, openapi-diff a Java
one, neither on PyPI/npm), hence this focused classifier.

The gate: breaking changes need a major bump of ``info.version`` and a ``CHANGELOG.md`` entry
for the new version; the command exits 1 otherwise.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import paths
from .spec import SpecError, load_spec, resolve_ref, validate_document

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
DOC_KEYS = {"description", "summary", "examples", "example", "externalDocs", "title", "deprecated"}


class ChangesError(Exception):
    """The comparison cannot be made (no git, unknown revision, shallow clone...)."""


@dataclass
class Report:
    breaking: list[str] = field(default_factory=list)
    non_breaking: list[str] = field(default_factory=list)

    def add(self, breaking: bool, message: str) -> None:
        (self.breaking if breaking else self.non_breaking).append(message)


# ---------------------------------------------------------------------------- schema helpers
class _Doc:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        return resolve_ref(self.document, node)

    def effective(self, schema: Any) -> dict[str, Any]:
        """The schema with ``$ref`` followed and ``allOf`` members merged into one object."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return {}
        if "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties = dict(merged.get("properties", {}))
        required = list(merged.get("required", []))
        for member in schema["allOf"]:
            part = self.effective(member)
            properties.update(part.get("properties", {}))
            required += [r for r in part.get("required", []) if r not in required]
            for key in ("type", "additionalProperties"):
                if key in part and key not in merged:
                    merged[key] = part[key]
        merged["properties"], merged["required"] = properties, required
        return merged


def _types(schema: dict[str, Any]) -> set[str] | None:
    """The JSON types a schema allows, or ``None`` for "anything"."""
    declared = schema.get("type")
    if isinstance(declared, str):
        found = {declared}
    elif isinstance(declared, list):
        found = set(declared)
    elif "properties" in schema:
        found = {"object"}
    elif "items" in schema:
        found = {"array"}
    elif "enum" in schema:
        found = {type(v).__name__ for v in schema["enum"]}
        found = {{"str": "string", "bool": "boolean", "int": "integer"}.get(t, t) for t in found}
    else:
        return None
    return found


def _branch_key(doc: _Doc, branch: Any) -> str:
    if isinstance(branch, dict) and "$ref" in branch:
        return str(branch["$ref"]).rsplit("/", 1)[-1]
    return json.dumps(doc.resolve(branch), sort_keys=True, default=str)


class _Comparer:
    def __init__(self, old: dict[str, Any], new: dict[str, Any], report: Report) -> None:
        self.old, self.new, self.report = _Doc(old), _Doc(new), report

    def schema(self, old: Any, new: Any, where: str, direction: str) -> None:
        """Compare two schemas; ``direction`` is ``request`` (client sends) or ``response``."""
        if where.count(".") + where.count("[") > 30:
            return  # a recursive schema: deep enough
        o, n = self.old.effective(old), self.new.effective(new)
        request = direction == "request"
        ot, nt = _types(o), _types(n)
        if ot != nt:
            if nt is None or (ot is not None and ot < nt):
                # widened: fine for what clients send, new shapes for what they read
                self.report.add(
                    not request,
                    f"{where}: type widened from {_fmt(ot)} to {_fmt(nt)} ({direction})",
                )
                if nt is None:
                    return  # anything goes now: nothing below it can be compared
            elif ot is None or nt < ot:
                self.report.add(
                    request, f"{where}: type narrowed from {_fmt(ot)} to {_fmt(nt)} ({direction})"
                )
            else:
                self.report.add(
                    True, f"{where}: type changed from {_fmt(ot)} to {_fmt(nt)} ({direction})"
                )
        self._enum(o, n, where, direction)
        self._properties(o, n, where, direction)
        for combinator in ("anyOf", "oneOf"):
            self._branches(o.get(combinator), n.get(combinator), f"{where}/{combinator}", direction)
        if "items" in o and "items" in n:
            self.schema(o["items"], n["items"], f"{where}[]", direction)

    def _enum(self, o: dict[str, Any], n: dict[str, Any], where: str, direction: str) -> None:
        if "enum" not in o and "enum" not in n:
            return
        old_values, new_values = o.get("enum"), n.get("enum")
        if old_values is not None and new_values is None:
            self.report.add(
                direction == "response", f"{where}: enum restriction removed ({direction})"
            )
            return
        if old_values is None:
            self.report.add(
                direction == "request", f"{where}: enum restriction added ({direction})"
            )
            return
        for value in old_values:
            if value not in new_values:
                self.report.add(True, f"{where}: enum value {value!r} removed ({direction})")
        for value in new_values:
            if value not in old_values:
                self.report.add(False, f"{where}: enum value {value!r} added ({direction})")

    def _properties(self, o: dict[str, Any], n: dict[str, Any], where: str, direction: str) -> None:
        request = direction == "request"
        old_props, new_props = o.get("properties", {}), n.get("properties", {})
        old_required, new_required = set(o.get("required", [])), set(n.get("required", []))
        for name in old_props:
            if name not in new_props:
                self.report.add(True, f"{where}.{name}: property removed ({direction})")
        for name in new_props:
            if name not in old_props:
                if request and name in new_required:
                    self.report.add(True, f"{where}.{name}: new required request property")
                else:
                    self.report.add(False, f"{where}.{name}: property added ({direction})")
        for name in sorted(new_required - old_required):
            if name in old_props:
                self.report.add(request, f"{where}.{name}: became required ({direction})")
        for name in sorted(old_required - new_required):
            if name in new_props:
                self.report.add(not request, f"{where}.{name}: no longer required ({direction})")
        for name in old_props:
            if name in new_props:
                self.schema(old_props[name], new_props[name], f"{where}.{name}", direction)

    def _branches(self, old: Any, new: Any, where: str, direction: str) -> None:
        if old is None and new is None:
            return
        request = direction == "request"
        if old is not None and new is None:
            self.report.add(
                not request, f"{where}: constraint removed, the schema accepts more ({direction})"
            )
            return
        if old is None:
            self.report.add(
                request, f"{where}: constraint added, the schema accepts less ({direction})"
            )
            return
        old_keys = {_branch_key(self.old, b): b for b in old}
        new_keys = {_branch_key(self.new, b): b for b in new}
        for k in [k for k in old_keys if k not in new_keys]:
            self.report.add(request, f"{where}: alternative {k[:60]} removed ({direction})")
        for k in [k for k in new_keys if k not in old_keys]:
            self.report.add(not request, f"{where}: alternative {k[:60]} added ({direction})")
        for k in [k for k in old_keys if k in new_keys]:
            self.schema(old_keys[k], new_keys[k], f"{where}<{k[:40]}>", direction)


def _fmt(types: set[str] | None) -> str:
    return "any" if types is None else "/".join(sorted(types))


def _removed_added(report: Report, old: Any, new: Any, label: str, suffix: str = "") -> list[str]:
    """Report each key of ``old`` missing from ``new`` (breaking) and each new key (not);
    returns the keys both have, in ``old``'s order."""
    for key in old:
        if key not in new:
            report.add(True, label.format(key) + " removed" + suffix)
    for key in new:
        if key not in old:
            report.add(False, label.format(key) + " added")
    return [key for key in old if key in new]


# ---------------------------------------------------------------------------- the comparison
def compare(old: dict[str, Any], new: dict[str, Any]) -> Report:
    """Every difference between two OpenAPI documents, classified for client authors."""
    report = Report()
    cmp = _Comparer(old, new, report)
    old_paths, new_paths = old.get("paths", {}), new.get("paths", {})
    for path in _removed_added(report, old_paths, new_paths, "path {}"):
        for method in METHODS:
            o, n = old_paths[path].get(method), new_paths[path].get(method)
            where = f"{method.upper()} {path}"
            if o is None and n is None:
                continue
            if n is None:
                report.add(True, f"{where}: operation removed")
                continue
            if o is None:
                report.add(False, f"{where}: operation added")
                continue
            _operation(cmp, o, n, where)
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    _removed_added(
        report,
        old_schemas,
        new_schemas,
        "components.schemas.{}",
        " (generated classes disappear)",
    )
    old_version = old.get("info", {}).get("version")
    new_version = new.get("info", {}).get("version")
    if old_version != new_version:
        report.add(False, f"info.version {old_version} -> {new_version}")
    docs = _doc_changes(old, new, "")
    if docs:
        report.add(
            False,
            f"documentation (descriptions, summaries, examples, x-assumed…) changed at {len(docs)} places",
        )
    return report


def _operation(cmp: _Comparer, o: dict[str, Any], n: dict[str, Any], where: str) -> None:
    report = cmp.report
    if o.get("operationId") != n.get("operationId"):
        report.add(
            True, f"{where}: operationId {o.get('operationId')} renamed to {n.get('operationId')}"
        )
    if n.get("deprecated") and not o.get("deprecated"):
        report.add(False, f"{where}: deprecated")
    old_body, new_body = (
        cmp.old.resolve(o.get("requestBody", {})),
        cmp.new.resolve(n.get("requestBody", {})),
    )
    if new_body.get("required") and not old_body.get("required"):
        report.add(True, f"{where}: request body became required")
    old_media, new_media = old_body.get("content", {}), new_body.get("content", {})
    kept = _removed_added(report, old_media, new_media, f"{where}: request media type {{}}")
    common = [m for m in new_media if m in old_media]
    if kept != common:
        report.add(False, f"{where}: request media types reordered ({', '.join(common)})")
    for media in common:
        cmp.schema(
            old_media[media].get("schema", {}),
            new_media[media].get("schema", {}),
            f"{where} request {media}",
            "request",
        )
    old_responses, new_responses = o.get("responses", {}), n.get("responses", {})
    for status in _removed_added(report, old_responses, new_responses, f"{where}: response {{}}"):
        old_content = cmp.old.resolve(old_responses[status]).get("content", {})
        new_content = cmp.new.resolve(new_responses[status]).get("content", {})
        label = f"{where}: response {status} media type {{}}"
        for media in _removed_added(report, old_content, new_content, label):
            cmp.schema(
                old_content[media].get("schema", {}),
                new_content[media].get("schema", {}),
                f"{where} {status} {media}",
                "response",
            )


def _doc_changes(old: Any, new: Any, where: str) -> list[str]:
    out: list[str] = []
    if isinstance(old, dict) and isinstance(new, dict):
        for key in old.keys() | new.keys():
            if key in DOC_KEYS or str(key).startswith("x-"):
                if old.get(key) != new.get(key):
                    out.append(f"{where}/{key}")
            elif key in old and key in new:
                out += _doc_changes(old[key], new[key], f"{where}/{key}")
    return out


# ---------------------------------------------------------------------------- git and the gate
def _git(*args: str) -> str:
    try:
        result = subprocess.run(
            ["git", *args], cwd=paths.ROOT, capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise ChangesError("git is not installed") from None
    if result.returncode != 0:
        raise ChangesError(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def baseline_ref() -> str:
    """The last tag, else the first commit that added openapi.yaml."""
    tags = subprocess.run(
        ["git", "describe", "--tags", "--abbrev=0"],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if tags.returncode == 0 and tags.stdout.strip():
        return tags.stdout.strip()
    first = _git("log", "--diff-filter=A", "--format=%H", "--", "openapi.yaml").split()
    if not first:
        raise ChangesError(_shallow_hint("no commit in this clone adds openapi.yaml"))
    return first[-1]


def _shallow_hint(reason: str) -> str:
    shallow = subprocess.run(
        ["git", "rev-parse", "--is-shallow-repository"],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if shallow.stdout.strip() == "true":
        return f"{reason}: this is a shallow clone; fetch the history first (git fetch --unshallow) or name a revision that is present"
    return reason


def spec_at(ref: str) -> dict[str, Any]:
    try:
        text = _git("show", f"{ref}:openapi.yaml")
    except ChangesError as exc:
        raise ChangesError(_shallow_hint(f"cannot read openapi.yaml at {ref!r} ({exc})")) from None
    try:
        return validate_document(yaml.safe_load(text), f"openapi.yaml at {ref}")
    except yaml.YAMLError as exc:
        raise ChangesError(f"openapi.yaml at {ref!r} is not valid YAML: {exc}") from None
    except SpecError as exc:
        raise ChangesError(str(exc)) from None


def _major(version: Any) -> int | None:
    match = re.match(r"^(\d+)\.\d+\.\d+", str(version or ""))
    return int(match.group(1)) if match else None


def gate(old: dict[str, Any], new: dict[str, Any], report: Report, changelog: str) -> list[str]:
    """Why this change may not ship as it is (empty when it may)."""
    problems: list[str] = []
    new_version = str(new.get("info", {}).get("version", ""))
    old_version = str(old.get("info", {}).get("version", ""))
    if _major(new_version) is None:
        problems.append(f"info.version {new_version!r} is not semver (MAJOR.MINOR.PATCH)")
        return problems
    if report.breaking and (_major(old_version) or 0) >= (_major(new_version) or 0):
        problems.append(
            f"{len(report.breaking)} breaking change(s) but info.version went {old_version} -> {new_version} without a major bump"
        )
    if (report.breaking or report.non_breaking) and new_version != old_version:
        if not re.search(rf"^## \[{re.escape(new_version)}\]", changelog, re.M):
            problems.append(f"CHANGELOG.md has no '## [{new_version}]' entry")
    elif report.breaking and new_version == old_version:
        problems.append("breaking changes need a new info.version and a CHANGELOG.md entry")
    return problems


def main(spec: Path = paths.SPEC, ref: str | None = None) -> int:
    try:
        ref = ref or baseline_ref()
        old = spec_at(ref)
        new = load_spec(spec)
    except (ChangesError, SpecError) as exc:
        print(f"error: {exc}")
        return 2
    report = compare(old, new)
    print(
        f"openapi.yaml {old.get('info', {}).get('version')} ({ref[:12]}) -> {new.get('info', {}).get('version')} (working tree)"
    )
    print(f"\nBreaking for clients ({len(report.breaking)}):")
    print("\n".join(f"  - {line}" for line in report.breaking) or "  (none)")
    print(f"\nNot breaking ({len(report.non_breaking)}):")
    print("\n".join(f"  - {line}" for line in report.non_breaking) or "  (none)")
    changelog_path = paths.ROOT / "CHANGELOG.md"
    changelog = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else ""
    problems = gate(old, new, report, changelog)
    if problems:
        print("\nNOT OK: " + "; ".join(problems))
        return 1
    print("\nOK: the version and the changelog match the changes.")
    return 0
