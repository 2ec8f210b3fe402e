"""Load, validate and navigate ``openapi.yaml``: the one place generator/ reads the spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class SpecError(Exception):
    """The OpenAPI document cannot be used; the message says why and where."""


def load_spec(path: Path) -> dict[str, Any]:
    """Parse and validate the document, raising :class:`SpecError` with a readable reason."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror}") from None
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SpecError(f"{path} is not valid YAML: {exc}") from None
    return validate_document(document, str(path))


def validate_document(document: Any, label: str) -> dict[str, Any]:
    """``document`` if it is a valid OpenAPI document; else :class:`SpecError` naming ``label``."""
    if not isinstance(document, dict):
        raise SpecError(f"{label} does not hold an OpenAPI object")

    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as exc:
        where = "/".join(str(part) for part in exc.absolute_path) or "(document root)"
        reason = exc.message.splitlines()[0]
        raise SpecError(f"{label} is not a valid OpenAPI document at {where}: {reason}") from None
    return document


def resolve_ref(document: dict[str, Any], node: Any) -> Any:
    """``node`` with local ``$ref``s followed (``#/components/...``, JSON-pointer escapes)."""
    for _ in range(50):  # a loop guard; a valid document's chains are short
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str):
            return node
        target: Any = document
        for part in ref.removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    raise SpecError(f"$ref chain too long (a cycle?) at {node.get('$ref')!r}")
