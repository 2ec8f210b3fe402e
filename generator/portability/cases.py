"""The payloads every generated client must carry: spec examples, reference payloads, bad bodies.

A *case* names the component schema a payload belongs to, the payload itself, and whether it is
valid. Valid cases must round-trip through each generator's model (parse, then serialise back
to the same JSON); invalid ones must be refused by generators that validate.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .. import paths
from ..spec import resolve_ref

REFERENCE = paths.ROOT / "tests" / "fixtures" / "reference"

#: Reference payloads (copies of the shared reference examples) and the schema each one is.
REFERENCE_PAYLOADS = {
    "general-request-01.json": "GeneralRequest",
    "template-request-01.json": "TemplateRequest",
    "document-request-01.json": "DocumentRequest",
    "document-request-02.json": "DocumentRequest",
    "general-response-01.json": "GeneralResponse",
    "idcard-ic-image-01.json": "IdCardImageResult",
    "idcard-pp-image-01.json": "IdCardImageResult",
    "apigw-error-200-01.json": "GatewayError",
    "apigw-error-200-02.json": "GatewayError",
    "apigw-error-210-01.json": "GatewayError",
    "apigw-error-300-01.json": "GatewayError",
    "real/general-01.json": "GeneralResponse",
    "real/general-02.json": "GeneralResponse",
    "real/general-03.json": "GeneralResponse",
    "real/general-04.json": "GeneralResponse",
    "real/general-06.json": "GeneralResponse",
    "real/receipt-01.json": "ReceiptResponse",
    "real/receipt-02.json": "ReceiptResponse",
}

_IMAGE = {"format": "png", "name": "n", "data": "aGVsbG8="}


def _request(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"version": "V2", "requestId": "r", "timestamp": 0, "images": [_IMAGE]}
    body.update(changes)
    return {k: v for k, v in body.items() if v is not None}


#: Bodies the service answers with ``0011``/``0021``; a validating generator must refuse them.
BAD_REQUESTS = [
    ("General image without format/name", "GeneralRequest", _request(images=[{"data": "aGk="}])),
    ("General body without images", "GeneralRequest", _request(images=None)),
    ("General body without version", "GeneralRequest", _request(version=None)),
    ("General version V3", "GeneralRequest", _request(version="V3")),
    ("Template image without name", "TemplateRequest", _request(images=[{"format": "png"}])),
    ("Document version V1", "DocumentRequest", _request(version="V1")),
    (
        "Document image without data",
        "DocumentRequest",
        _request(images=[{"format": "png", "name": "n"}]),
    ),
    ("Message without requestId", "GeneralMessage", _request(requestId=None)),
]


@dataclass(frozen=True)
class Case:
    label: str
    schema: str
    value: Any
    valid: bool = True


def _ref_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[-1]


def _error_schema(value: Any) -> str:
    return "GatewayError" if isinstance(value, dict) and "error" in value else "OcrError"


def spec_cases(document: dict[str, Any]) -> Iterator[Case]:
    """Every request and response example of every operation, with the schema it belongs to."""
    for path, item in document["paths"].items():
        operation = item["post"]
        body = resolve_ref(document, operation["requestBody"])
        for media, content in body["content"].items():
            schema = resolve_ref(document, content["schema"])
            for name, example in content.get("examples", {}).items():
                value = resolve_ref(document, example)["value"]
                if media == "multipart/form-data":
                    # The binary part has no JSON form; the `message` part is the model.
                    yield Case(
                        f"{path} request multipart {name} (message)",
                        _ref_name(schema["properties"]["message"]),
                        value["message"],
                    )
                else:
                    yield Case(f"{path} request {name}", _ref_name(content["schema"]), value)
        for status, response in operation["responses"].items():
            content = resolve_ref(document, response).get("content", {}).get("application/json")
            if not content:
                continue
            for name, example in content.get("examples", {}).items():
                value = resolve_ref(document, example)["value"]
                schema_name = (
                    _ref_name(content["schema"]) if status == "200" else _error_schema(value)
                )
                yield Case(f"{path} {status} {name}", schema_name, value)


def reference_cases() -> Iterator[Case]:
    for filename, schema in REFERENCE_PAYLOADS.items():
        value = json.loads((REFERENCE / filename).read_text(encoding="utf-8"))
        yield Case(f"reference {filename}", schema, value)


def bad_cases() -> Iterator[Case]:
    for label, schema, value in BAD_REQUESTS:
        yield Case(f"bad: {label}", schema, value, valid=False)


def all_cases(document: dict[str, Any]) -> list[Case]:
    """Spec examples first, then reference payloads, then known-bad requests (deduplicated)."""
    seen: set[str] = set()
    out = []
    for case in [*spec_cases(document), *reference_cases(), *bad_cases()]:
        key = json.dumps([case.schema, case.value, case.valid], sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(case)
    return out


def write_cases(cases: list[Case], target: Path) -> Path:
    target.write_text(json.dumps([asdict(c) for c in cases], ensure_ascii=False), "utf-8")
    return target
