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
