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

The gate (``python -m generator changes``, run by CI): releases are explicit, one line each in
``generator/releases.yaml`` (the version and git's blob id of the released ``openapi.yaml``).
Every recorded release is checked against the one before it, and the working tree against the
last one: breaking changes need a MAJOR bump, additions a MINOR bump, documentation a PATCH
bump (or a ``docs_only: true`` amendment keeping the version), each new version a
``CHANGELOG.md`` entry, and a changed ``openapi.yaml`` a new recorded release. The command
exits 1 with what to bump and why.

Why a recorded baseline rather than "the revision where ``info.version`` last changed": that
revision compares a later change with the release *before* the current version, so a breaking
change after an earlier major bump (or an addition under an unchanged version following one)
passes. Blob ids need no tag (CI clones without tags) and read the released text back from
git history (``git cat-file blob``); a recorded text equal to the working tree needs no git.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
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
    """The differences, by what they ask of ``info.version``: major, minor, patch."""

    breaking: list[str] = field(default_factory=list)
    non_breaking: list[str] = field(default_factory=list)
    documentation: list[str] = field(default_factory=list)

    def add(self, breaking: bool, message: str) -> None:
        (self.breaking if breaking else self.non_breaking).append(message)

    @property
    def bump(self) -> str | None:
        """The smallest version bump these changes need (``None``: nothing changed)."""
        if self.breaking:
            return "major"
        if self.non_breaking:
            return "minor"
        return "patch" if self.documentation else None


# ---------------------------------------------------------------------------- schema helpers
class Doc:
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


def types_of(schema: dict[str, Any]) -> set[str] | None:
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


def _branch_key(doc: Doc, branch: Any) -> str:
    if isinstance(branch, dict) and "$ref" in branch:
        return str(branch["$ref"]).rsplit("/", 1)[-1]
    return json.dumps(doc.resolve(branch), sort_keys=True, default=str)


class _Comparer:
    def __init__(self, old: dict[str, Any], new: dict[str, Any], report: Report) -> None:
        self.old, self.new, self.report = Doc(old), Doc(new), report

    def schema(self, old: Any, new: Any, where: str, direction: str) -> None:
        """Compare two schemas; ``direction`` is ``request`` (client sends) or ``response``."""
        if where.count(".") + where.count("[") > 30:
            return  # a recursive schema: deep enough
        o, n = self.old.effective(old), self.new.effective(new)
        request = direction == "request"
        ot, nt = types_of(o), types_of(n)
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
    docs = _doc_changes(old, new, "")
    if docs:
        report.documentation.append(
            f"documentation (descriptions, summaries, examples, x-assumed…) changed at {len(docs)} places"
        )
    if not report.breaking and not report.non_breaking:
        other = _other_changes(_contract(old), _contract(new), "")
        if other:
            shown = ", ".join(other[:5]) + (", …" if len(other) > 5 else "")
            report.add(
                False,
                f"{len(other)} other change(s) this classifier does not interpret, counted as "
                f"additions (review them): {shown}",
            )
    return report


def _contract(document: dict[str, Any]) -> Any:
    """The document without its version and documentation: what a client depends on."""
    info = {k: v for k, v in document.get("info", {}).items() if k != "version"}
    return _without_docs({**document, "info": info})


def _without_docs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: _without_docs(v)
            for k, v in node.items()
            if k not in DOC_KEYS and not str(k).startswith("x-")
        }
    if isinstance(node, list):
        return [_without_docs(v) for v in node]
    return node


def _other_changes(old: Any, new: Any, where: str) -> list[str]:
    """JSON pointers where two documents differ (e.g. an ``if``/``then``, a ``maxLength``)."""
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[str] = []
        for key in [*old, *(k for k in new if k not in old)]:
            pointer = f"{where}/{str(key).replace('~', '~0').replace('/', '~1')}"
            if key not in old or key not in new:
                out.append(pointer)
            else:
                out += _other_changes(old[key], new[key], pointer)
        return out
    return [] if old == new else [where or "/"]


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


def _parse(text: str, label: str) -> dict[str, Any]:
    try:
        return validate_document(yaml.safe_load(text), label)
    except yaml.YAMLError as exc:
        raise ChangesError(f"{label} is not valid YAML: {exc}") from None
    except SpecError as exc:
        raise ChangesError(str(exc)) from None


def spec_at(ref: str) -> dict[str, Any]:
    """``openapi.yaml`` as it was at a git revision (a commit, a tag, ``HEAD~3``...)."""
    try:
        text = _git("show", f"{ref}:openapi.yaml")
    except ChangesError as exc:
        raise ChangesError(_shallow_hint(f"cannot read openapi.yaml at {ref!r} ({exc})")) from None
    return _parse(text, f"openapi.yaml at {ref}")


# ---------------------------------------------------------------------------- releases
@dataclass(frozen=True)
class Release:
    """One entry of ``generator/releases.yaml``: a version and the exact text it shipped."""

    version: str
    blob: str  # git's object id of openapi.yaml: `git hash-object openapi.yaml`
    docs_only: bool = False  # a documentation amendment that keeps the previous version


def blob_id(data: bytes) -> str:
    """The git object id of a file's bytes (what ``git hash-object`` prints), git not needed."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def read_releases(path: Path = paths.RELEASES) -> list[Release]:
    """The recorded releases, oldest first; :class:`ChangesError` when the file is malformed."""
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ChangesError(f"cannot read {path.name}: {exc}") from None
    if not isinstance(entries, list) or not entries:
        raise ChangesError(f"{path.name} must be a non-empty YAML list of releases")
    releases = []
    for number, entry in enumerate(entries, 1):
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("version"), str)
            or not re.fullmatch(r"[0-9a-f]{40}", str(entry.get("spec", "")))
        ):
            raise ChangesError(
                f"{path.name} entry {number} needs `version: MAJOR.MINOR.PATCH` (a string) and "
                f"`spec: <40-hex git blob id>`, got {entry!r}"
            )
        releases.append(Release(entry["version"], entry["spec"], bool(entry.get("docs_only"))))
    return releases


@functools.lru_cache(maxsize=32)
def _released_spec(blob: str, version: str) -> dict[str, Any]:
    """Parsed and validated once per process (validation is the slow part); not mutated."""
    return spec_of(Release(version, blob))


def spec_of(release: Release) -> dict[str, Any]:
    """The spec text a release recorded: the working tree's file if it is that text (not
    committed yet), else read from git's object store by its blob id."""
    if paths.SPEC.exists() and blob_id(paths.SPEC.read_bytes()) == release.blob:
        return _parse(paths.SPEC.read_text(encoding="utf-8"), f"openapi.yaml {release.version}")
    try:
        text = _git("cat-file", "blob", release.blob)
    except ChangesError:
        raise ChangesError(
            _shallow_hint(
                f"openapi.yaml {release.version} (blob {release.blob[:12]}) is not in this clone"
            )
        ) from None
    return _parse(text, f"openapi.yaml {release.version}")


def _semver(version: Any) -> tuple[int, int, int] | None:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", str(version or ""))
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def next_version(version: str, bump: str) -> str:
    """``version`` bumped: ``next_version("3.0.2", "minor") == "3.1.0"``."""
    major, minor, patch = _semver(version) or (0, 0, 0)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _bumped_enough(old: tuple[int, int, int], new: tuple[int, int, int], bump: str) -> bool:
    if bump == "major":
        return new[0] > old[0]
    if bump == "minor":
        return new[:2] > old[:2]
    return new > old


_WHY = {
    "major": "clients generated from {old} may break",
    "minor": "the contract gained something clients of {old} do not know",
    "patch": "only documentation changed",
}


def gate(
    old: dict[str, Any],
    new: dict[str, Any],
    report: Report,
    changelog: str,
    *,
    docs_only_allowed: bool = False,
) -> list[str]:
    """Why ``new`` may not ship as the successor of ``old`` (empty when it may).

    ``docs_only_allowed``: a documentation-only change may keep the version (an explicit
    ``docs_only: true`` amendment in ``generator/releases.yaml``).
    """
    old_version = str(old.get("info", {}).get("version", ""))
    new_version = str(new.get("info", {}).get("version", ""))
    old_semver, new_semver = _semver(old_version), _semver(new_version)
    if new_semver is None or old_semver is None:
        bad = new_version if new_semver is None else old_version
        return [f"info.version {bad!r} is not a semantic version (MAJOR.MINOR.PATCH)"]
    bump = report.bump
    if bump is None:
        if new_version != old_version:
            return [f"info.version changed {old_version} -> {new_version} but nothing else did"]
        return []
    if bump == "patch" and docs_only_allowed and new_version == old_version:
        return []
    problems = []
    if not _bumped_enough(old_semver, new_semver, bump):
        count = {"major": report.breaking, "minor": report.non_breaking}.get(
            bump, report.documentation
        )
        what = {"major": "breaking change(s)", "minor": "addition(s)"}.get(bump, "documentation")
        examples = "; ".join(count[:3]) + ("; …" if len(count) > 3 else "")
        problems.append(
            f"bump info.version in openapi.yaml from {old_version} to at least "
            f"{next_version(old_version, bump)} (a {bump} bump; it is {new_version}): "
            f"{len(count) if bump != 'patch' else ''} {what} since {old_version} "
            f"({examples}), and a {bump} bump is what the policy in CHANGELOG.md asks when "
            + _WHY[bump].format(old=old_version)
        )
    if new_version != old_version and not re.search(
        rf"^## \[{re.escape(new_version)}\]", changelog, re.M
    ):
        problems.append(
            f"add a '## [{new_version}] - YYYY-MM-DD' entry to CHANGELOG.md saying what changed"
        )
    return [" ".join(p.split()) for p in problems]


def check_releases(
    releases: list[Release], current: bytes, changelog: str
) -> tuple[list[str], list[str]]:
    """Walk every recorded release, then the working tree: ``(lines to print, problems)``."""
    lines: list[str] = []
    problems: list[str] = []
    current_blob = blob_id(current)
    documents: dict[str, dict[str, Any]] = {}

    def document(release: Release) -> dict[str, Any]:
        if release.blob not in documents:
            if release.blob == current_blob:
                documents[release.blob] = _parse(current.decode("utf-8"), "openapi.yaml")
            else:
                documents[release.blob] = _released_spec(release.blob, release.version)
        return documents[release.blob]

    for previous, release in itertools.pairwise(releases):
        old, new = document(previous), document(release)
        if new.get("info", {}).get("version") != release.version:
            problems.append(
                f"{paths.RELEASES.name}: the spec recorded as {release.version} says "
                f"info.version {new.get('info', {}).get('version')}"
            )
            continue
        report = compare(old, new)
        verdict = gate(old, new, report, changelog, docs_only_allowed=release.docs_only)
        if release.docs_only and report.bump not in (None, "patch"):
            verdict.append(
                f"'docs_only: true' is only for documentation; this entry has {report.bump} changes"
            )
        label = f"{previous.version} -> {release.version}" + (
            " (docs only)" if release.docs_only else ""
        )
        lines.append(f"  {label}: {report.bump or 'no'} change" + (" NOT OK" if verdict else ""))
        problems += [f"release {release.version}: {p}" for p in verdict]

    last = releases[-1]
    if current_blob != last.blob:
        problems += _unreleased(last, document(last), current, current_blob, changelog, lines)
    return lines, problems


def _unreleased(
    last: Release,
    old: dict[str, Any],
    current: bytes,
    current_blob: str,
    changelog: str,
    lines: list[str],
) -> list[str]:
    """The working tree's openapi.yaml differs from the last release: what must happen."""
    new = _parse(current.decode("utf-8"), "openapi.yaml")
    report = compare(old, new)
    lines.append(f"\nopenapi.yaml {last.version} (last release) -> working tree:")
    lines += report_lines(report)
    problems = gate(old, new, report, changelog)
    version = str(new.get("info", {}).get("version"))
    if report.bump is None and version == last.version:
        return []  # a re-formatting: the same document
    if version == last.version and report.bump == "patch":
        entry = f"- {{version: {version}, spec: {current_blob}, docs_only: true}}"
        problems.append(
            f"or, to keep {version} for this documentation-only change, record it as an "
            f"amendment: append `{entry}` to generator/{paths.RELEASES.name}"
        )
    elif any(p.startswith("bump info.version") for p in problems):
        # the bump changes openapi.yaml, hence its blob id: the line is written after it
        wanted = next_version(last.version, report.bump or "patch")
        problems.append(
            f"then record the release: append `- {{version: {wanted}, spec: <the output of "
            f"git hash-object openapi.yaml>}}` to generator/{paths.RELEASES.name}"
        )
    else:
        entry = f"- {{version: {version}, spec: {current_blob}}}"
        problems.append(
            f"record the release: append `{entry}` to generator/{paths.RELEASES.name} "
            "(`spec` is `git hash-object openapi.yaml`; update it if openapi.yaml changes again)"
        )
    return problems


def report_lines(report: Report) -> list[str]:
    """The report as printed: breaking changes, additions, documentation."""
    lines = []
    for title, entries in (
        ("Breaking for clients", report.breaking),
        ("Additions and other non-breaking changes", report.non_breaking),
        ("Documentation", report.documentation),
    ):
        lines.append(f"\n{title} ({len(entries)}):")
        lines += [f"  - {line}" for line in entries] or ["  (none)"]
    return lines


def _changelog() -> str:
    path = paths.ROOT / "CHANGELOG.md"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def main(spec: Path = paths.SPEC, ref: str | None = None) -> int:
    """Compare with a git revision (``ref``), or check every recorded release and the
    working tree against the last one; 0 when the versions and CHANGELOG.md match."""
    try:
        if ref is not None:
            old, new = spec_at(ref), load_spec(spec)
        else:
            releases = read_releases()
            current = spec.read_bytes()
    except (ChangesError, SpecError, OSError) as exc:
        print(f"error: {exc}")
        return 2
    if ref is not None:
        report = compare(old, new)
        print(
            f"openapi.yaml {old.get('info', {}).get('version')} ({ref[:12]}) -> "
            f"{new.get('info', {}).get('version')} (working tree)"
        )
        print("\n".join(report_lines(report)))
        problems = gate(old, new, report, _changelog())
    else:
        print(f"Releases recorded in generator/{paths.RELEASES.name}:")
        try:
            lines, problems = check_releases(releases, current, _changelog())
        except ChangesError as exc:
            print(f"error: {exc}")
            return 2
        print("\n".join(lines))
    if problems:
        print("\nNOT OK: openapi.yaml differs from its last release; to ship it:")
        print("\n".join(f"  - {p}" for p in problems))
        print(
            "\nThe policy (CHANGELOG.md): MAJOR when clients generated from the previous "
            "version may break, MINOR for additions, PATCH for documentation."
        )
        return 1
    print("\nOK: the version and the changelog match the changes.")
    return 0
