"""``python -m generator observe DIR``: does the real service still answer what the spec says?

Reads a folder of recorded answers in the batch ``--out`` layout (``DIR/index.jsonl`` naming
each ``DIR/<input>.json`` answer and its product; see ``clova_ocr.batch.folder``) and walks
every answer along its product's 200 response schema in ``openapi.yaml``. It reports, per
product, what the spec does not foresee:

* **unknown fields**: keys seen that no schema declares (the spec accepts them, clients
  generated from it drop them);
* **types**: values of a JSON type the schema does not allow;
* **enum values**: values missing from a listed ``enum`` (response enums are open, so the
  spec is merely incomplete);
* **missing required**: declared ``required`` fields absent from an answer;

each with a count and one example file, then the spec patch it suggests as YAML to paste into
``openapi.yaml`` (and bump per ``CHANGELOG.md``'s policy). Exit code 1 when drift is found,
0 when every answer fits, 2 when the folder cannot be read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from clova_ocr import get_product
from clova_ocr._files import INDEX

from . import paths
from .changes import Doc, types_of
from .spec import SpecError, load_spec

KINDS = {
    "unknown": "fields not in the spec",
    "type": "types the spec does not allow",
    "enum": "enum values not listed",
    "missing": "required fields missing",
}


class ObserveError(Exception):
    """The folder is not a batch output folder (one-line reason)."""


@dataclass
class Finding:
    """One kind of drift at one place of the answers (``where`` uses ``[]`` for any index)."""

    kind: str
    where: str
    detail: str
    owner: tuple[str, ...]  # where in openapi.yaml the patch goes
    count: int = 0
    example: str = ""
    sample: Any = None


@dataclass
class Observation:
    """What a folder's answers show, per product."""

    answers: dict[str, int] = field(default_factory=dict)
    findings: dict[str, dict[tuple[str, str, str], Finding]] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)

    @property
    def drift(self) -> bool:
        return any(self.findings.values())


def route_of(product: str) -> str | None:
    """The spec path of a product named in ``index.jsonl`` (the SDK's registry name)."""
    try:
        return get_product(product).path
    except (KeyError, ValueError):
        return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _allowed(value: Any, types: set[str] | None) -> bool:
    seen = _json_type(value)
    return types is None or seen in types or (seen == "integer" and "number" in types)


class _Walker:
    """Walks one answer along its schema, adding findings to one product's table."""

    def __init__(self, doc: Doc, table: dict[tuple[str, str, str], Finding], file: str) -> None:
        self.doc, self.table, self.file = doc, table, file

    def note(self, kind: str, where: str, detail: str, owner: tuple[str, ...], sample: Any) -> None:
        key = (kind, where, detail)
        finding = self.table.setdefault(
            key, Finding(kind, where, detail, owner, example=self.file, sample=sample)
        )
        finding.count += 1

    def _target(self, schema: Any, owner: tuple[str, ...]) -> tuple[Any, tuple[str, ...]]:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            owner = tuple(schema["$ref"].removeprefix("#/").split("/"))
            schema = self.doc.resolve(schema)
        return schema, owner

    def walk(self, schema: Any, value: Any, where: str, owner: tuple[str, ...]) -> None:
        schema, owner = self._target(schema, owner)
        if not isinstance(schema, dict):
            return
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            for i, branch in enumerate(branches):
                target, branch_owner = self._target(branch, (*owner, "anyOf", str(i)))
                if _allowed(value, types_of(self.doc.effective(target))):
                    self.walk(target, value, where, branch_owner)
                    return
            self.note("type", where, _json_type(value), owner, value)
            return
        effective = self.doc.effective(schema)
        if not _allowed(value, types_of(effective)):
            self.note("type", where, _json_type(value), owner, value)
            return
        if "enum" in effective and value not in effective["enum"]:
            self.note("enum", where, json.dumps(value, ensure_ascii=False), owner, value)
        if isinstance(value, dict):
            self._object(schema, effective, value, where, owner)
        elif isinstance(value, list) and "items" in effective:
            for item in value:
                self.walk(effective["items"], item, f"{where}[]", (*owner, "items"))

    def _object(
        self,
        schema: dict[str, Any],
        effective: dict[str, Any],
        value: dict[str, Any],
        where: str,
        owner: tuple[str, ...],
    ) -> None:
        properties = effective.get("properties", {})
        for name in effective.get("required", []):
            if name not in value:
                declared = _declaring(self.doc, schema, owner, "required", name)
                self.note("missing", f"{where}.{name}", name, declared, None)
        extra = effective.get("additionalProperties")
        for name, child in value.items():
            if name in properties:
                declared = _declaring(self.doc, schema, owner, "properties", name)
                self.walk(
                    properties[name], child, f"{where}.{name}", (*declared, "properties", name)
                )
            elif isinstance(extra, dict):
                self.walk(extra, child, f"{where}.*", (*owner, "additionalProperties"))
            else:
                self.note("unknown", f"{where}.{name}", _json_type(child), owner, child)


def _declaring(
    doc: Doc, schema: dict[str, Any], owner: tuple[str, ...], keyword: str, name: str
) -> tuple[str, ...]:
    """Where ``name`` is listed under ``keyword`` (``properties`` or ``required``): in
    ``schema`` itself or in one of its ``allOf`` members (the place a patch must edit)."""
    if name in schema.get(keyword, ()):
        return owner
    for i, member in enumerate(schema.get("allOf", [])):
        member_owner = (*owner, "allOf", str(i))
        if isinstance(member, dict) and isinstance(member.get("$ref"), str):
            member_owner = tuple(member["$ref"].removeprefix("#/").split("/"))
        if name in doc.effective(member).get(keyword, ()):
            return _declaring(doc, doc.resolve(member), member_owner, keyword, name)
    return owner


def _index(folder: Path) -> Iterator[tuple[str, str]]:
    index = folder / INDEX
    if not index.is_file():
        raise ObserveError(f"{folder} has no {INDEX}: not a batch --out folder")
    for line in index.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # a torn last line, as the batch writer may leave after a crash
        if isinstance(entry, dict) and isinstance(entry.get("answer"), str):
            yield str(entry.get("product") or "general"), entry["answer"]


def observe(folder: Path, spec: Path = paths.SPEC) -> Observation:
    """Every answer of ``folder`` walked along its product's schema."""
    document = load_spec(spec)
    doc = Doc(document)
    observation = Observation()
    for product, answer in _index(folder):
        operation = document["paths"].get(route_of(product) or "", {}).get("post")
        if operation is None:
            observation.unreadable.append(f"{answer}: unknown product {product!r}")
            continue
        try:
            body = json.loads((folder / answer).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            observation.unreadable.append(f"{answer}: {type(exc).__name__}")
            continue
        schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
        table = observation.findings.setdefault(product, {})
        observation.answers[product] = observation.answers.get(product, 0) + 1
        _Walker(doc, table, answer).walk(schema, body, "$", ())
    return observation


# ---------------------------------------------------------------------------- the suggested patch
def _schema_for(value: Any) -> dict[str, Any]:
    """A schema for an observed value (one sample: a starting point to review)."""
    kind = _json_type(value)
    if kind == "object":
        if "text" in value or "formatted" in value:
            return {"$ref": "#/components/schemas/DocumentValue"}
        return {"type": "object", "properties": {k: _schema_for(v) for k, v in value.items()}}
    if kind == "array":
        return {"type": "array", "items": _schema_for(value[0]) if value else {}}
    return {"type": kind}


def _node(patch: dict[str, Any], owner: tuple[str, ...]) -> dict[str, Any]:
    node = patch
    for part in owner:
        node = node.setdefault(part, {})
    return node


def suggested_patch(observation: Observation, spec: Path = paths.SPEC) -> dict[str, Any]:
    """The edits to ``openapi.yaml`` the findings suggest, as one nested mapping."""
    doc = Doc(load_spec(spec))
    patch: dict[str, Any] = {}
    for table in observation.findings.values():
        for finding in table.values():
            declared = doc.document
            for part in finding.owner:
                declared = declared.get(part, {}) if isinstance(declared, dict) else {}
            node = _node(patch, finding.owner)
            name = finding.where.rsplit(".", 1)[-1]
            if finding.kind == "unknown":
                node.setdefault("properties", {})[name] = _schema_for(finding.sample)
            elif finding.kind == "type":
                types = types_of(doc.effective(declared)) or set()
                node["type"] = sorted({*types, finding.detail})
            elif finding.kind == "enum":
                listed = node.get("enum") or list(doc.effective(declared).get("enum", []))
                node["enum"] = [*listed, finding.sample]
            elif finding.kind == "missing":
                required = node.get("required") or list(declared.get("required", []))
                node["required"] = [r for r in required if r != finding.detail]
    return patch


# ---------------------------------------------------------------------------- the report
def report(observation: Observation, spec: Path = paths.SPEC) -> str:
    lines = []
    for product, count in sorted(observation.answers.items()):
        table = observation.findings.get(product, {})
        lines.append(f"{product} ({count} answers): {'drift' if table else 'matches the spec'}")
        for kind, title in KINDS.items():
            found = sorted((f for f in table.values() if f.kind == kind), key=lambda f: f.where)
            if not found:
                continue
            lines.append(f"  {title}:")
            for f in found:
                seen = "" if kind == "missing" else f" ({f.detail})"
                lines.append(f"    {f.where}{seen}: {f.count}×, e.g. {f.example}")
    for problem in observation.unreadable:
        lines.append(f"not read: {problem}")
    if observation.drift:
        patch = yaml.safe_dump(
            suggested_patch(observation, spec), allow_unicode=True, sort_keys=False
        )
        lines += [
            "",
            "Suggested spec patch (merge into openapi.yaml, review each schema, then bump",
            "info.version per CHANGELOG.md: new fields, types and enum values are MINOR; a",
            "required field made optional is MAJOR; `python -m generator changes` says which):",
            "",
            patch.rstrip(),
        ]
    return "\n".join(lines)


def main(folder: Path, spec: Path = paths.SPEC) -> int:
    try:
        observation = observe(folder, spec)
    except (ObserveError, SpecError) as exc:
        print(f"error: {exc}")
        return 2
    if not observation.answers:
        print(f"error: {folder / INDEX} lists no readable answer")
        return 2
    print(report(observation, spec))
    return 1 if observation.drift else 0
