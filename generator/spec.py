"""Load, validate and prepare ``openapi.yaml`` for openapi-python-client."""

from __future__ import annotations

import copy
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
    if not isinstance(document, dict):
        raise SpecError(f"{path} does not hold an OpenAPI object")

    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as exc:
        where = "/".join(str(part) for part in exc.absolute_path) or "(document root)"
        reason = exc.message.splitlines()[0]
        raise SpecError(f"{path} is not a valid OpenAPI document at {where}: {reason}") from None
    return document


def _is_validation_only(branch: Any) -> bool:
    """True for an ``anyOf`` branch that only adds ``required``/type refinements."""
    return isinstance(branch, dict) and set(branch) <= {"required", "properties"}


def prepare_for_generator(document: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of the document that openapi-python-client turns into sensible code.

    Object schemas in ``openapi.yaml`` use ``anyOf`` branches that only say "one of these
    properties is required" (e.g. an image needs ``data`` or ``url``). They do not change the
    shape of the data, but openapi-python-client turns every ``anyOf`` into a union of
    anonymous classes (``GeneralImageSourceType0``...). We drop such validation-only ``anyOf``
    before generation; the mock, schemathesis and the published docs still see and enforce it.
    """
    prepared = copy.deepcopy(document)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            branches = node.get("anyOf")
            if (
                isinstance(branches, list)
                and "properties" in node
                and all(_is_validation_only(b) for b in branches)
            ):
                del node["anyOf"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(prepared)
    return prepared
