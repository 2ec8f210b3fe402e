"""Helpers to walk ``openapi.yaml`` and validate instances against its schemas."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
REFERENCE = FIXTURES / "reference"


@cache
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def resolve(node: Any) -> Any:
    """Follow a local ``$ref`` (one level at a time, until none is left)."""
    while isinstance(node, dict) and "$ref" in node and len(node) == 1:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """A 2020-12 validator for ``schema`` that can follow ``#/components/...`` refs."""
    root = {"$ref": "#/x-target", "x-target": schema, "components": spec()["components"]}
    return jsonschema.Draft202012Validator(root)


def schema_named(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def errors(schema: dict[str, Any], instance: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
        for e in validator(schema).iter_errors(instance)
    ]


# ---------------------------------------------------------------------------- the strict view
def strict_view(document: dict[str, Any]) -> dict[str, Any]:
    """``document``'s component schemas with unknown keys refused, for checking the mock.

    Made here, never in the published spec (whose response objects accept unknown keys for
    forward compatibility): every object schema with ``properties`` gets
    ``additionalProperties: false`` (a map's ``additionalProperties`` schema is kept), and each
    ``allOf`` is merged into one object first, since a closed member would refuse its
    siblings' properties. ``if``/``then``/``not`` are request rules and are left as they are.
    A field the mock writes but the spec does not declare (renamed, removed) then fails,
    named in the error: "Additional properties are not allowed ('totalPrice' was unexpected)".
    """
    schemas = document["components"]["schemas"]

    def target(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = schemas[node["$ref"].rsplit("/", 1)[-1]]
        return node

    def close(node: Any) -> Any:
        if not isinstance(node, dict) or "$ref" in node:
            return node
        out = dict(node)
        if "allOf" in out:
            members = [close(target(member)) for member in out.pop("allOf")]
            properties = dict(out.get("properties", {}))
            required = list(out.get("required", []))
            for member in members:
                properties.update(member.get("properties", {}))
                required += [r for r in member.get("required", []) if r not in required]
                if "type" in member:
                    out.setdefault("type", member["type"])
            out["properties"], out["required"] = properties, required
        if "properties" in out:
            out["properties"] = {k: close(v) for k, v in out["properties"].items()}
            if not isinstance(out.get("additionalProperties"), dict):
                out["additionalProperties"] = False
        for key in ("anyOf", "oneOf", "prefixItems"):
            if key in out:
                out[key] = [close(branch) for branch in out[key]]
        for key in ("items", "additionalProperties"):
            if isinstance(out.get(key), dict):
                out[key] = close(out[key])
        return out

    return {"schemas": {name: close(schema) for name, schema in schemas.items()}}


@cache
def _strict_components() -> dict[str, Any]:
    return strict_view(spec())


def strict_errors(
    schema: dict[str, Any], instance: Any, document: dict[str, Any] | None = None
) -> list[str]:
    """:func:`errors` against the strict view (of ``document``, default ``openapi.yaml``):
    what a mock answer carries that the spec does not declare fails too."""
    components = _strict_components() if document is None else strict_view(document)
    root = {"$ref": "#/x-target", "x-target": schema, "components": components}
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
        for e in jsonschema.Draft202012Validator(root).iter_errors(instance)
    ]


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation in the spec."""
    for path, item in spec()["paths"].items():
        for method, operation in item.items():
            if method in {"get", "put", "post", "delete", "patch", "head", "options"}:
                yield path, method, operation


def media_examples() -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(label, schema, example value) for every example of every request and response body."""
    for path, method, operation in operations():
        body = resolve(operation.get("requestBody", {}))
        for media, content in body.get("content", {}).items():
            for name, example in content.get("examples", {}).items():
                yield (
                    f"{method} {path} request {media} {name}",
                    content["schema"],
                    resolve(example)["value"],
                )
        for status, response in operation["responses"].items():
            for media, content in resolve(response).get("content", {}).items():
                for name, example in content.get("examples", {}).items():
                    yield (
                        f"{method} {path} {status} {media} {name}",
                        content["schema"],
                        resolve(example)["value"],
                    )
