"""The mock validates requests against ``openapi.yaml`` itself, so it accepts exactly what
the published spec accepts (and schemathesis can hold it to that)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

_CANDIDATES = (
    Path(__file__).resolve().parent / "openapi.yaml",  # installed wheel (force-included)
    Path(__file__).resolve().parents[2] / "openapi.yaml",  # source checkout / editable install
)


def spec_path() -> Path:
    for candidate in _CANDIDATES:
        if candidate.exists():
            return candidate
    raise FileNotFoundError("openapi.yaml not found next to clova_ocr_mock or the repository root")


@cache
def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
    return document


@cache
def validator(schema_name: str) -> jsonschema.Draft202012Validator:
    """A validator for ``#/components/schemas/<schema_name>`` that resolves local refs."""
    root = {"$ref": f"#/components/schemas/{schema_name}", "components": spec()["components"]}
    return jsonschema.Draft202012Validator(root)


def is_valid(schema_name: str, instance: Any) -> bool:
    return bool(validator(schema_name).is_valid(instance))
