"""The mock's product table, read from ``openapi.yaml``: one entry per ``POST`` path.

Every fact the spec holds is taken from it: the route (``document/credit-card``), the family
(from the operation's tag), the name a recording index uses (``credit_card``, the SDK's
registry name) and, for Document OCR, the key of the product object in an image result
(``creditCard``, checked against the response schema). What the spec cannot say (how to
make up a plausible answer) is a rule in ``builders.DOCUMENT_RULES``; a product without one
answers with an empty ``result``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from .spec import spec

#: Tag of an operation in the spec → product family.
FAMILY_TAGS: Mapping[str, str] = {
    "General OCR": "general",
    "Template OCR": "template",
    "Document OCR": "document",
}
#: Per family: JSON body schema, ``message`` schema of a multipart body, versions accepted.
_FAMILY_SCHEMAS: Mapping[str, tuple[str, str, tuple[str, ...]]] = {
    "general": ("GeneralRequest", "GeneralMessage", ("V1", "V2")),
    "template": ("TemplateRequest", "TemplateMessage", ("V1", "V2")),
    "document": ("DocumentRequest", "DocumentMessage", ("V2",)),
}


@dataclass(frozen=True)
class MockProduct:
    """One product as the mock serves it."""

    #: Path after the Invoke URL, without the leading slash (``document/receipt``).
    route: str
    #: Registry name, as a recording's ``index.jsonl`` writes it (``receipt``, ``template``).
    name: str
    family: str  # general | template | document
    json_schema: str
    message_schema: str
    versions: tuple[str, ...]
    #: Schema of a 200 answer (``ReceiptResponse``).
    response_schema: str
    #: Document OCR: the path's last part (``credit-card``) and the image result's key.
    document_kind: str | None = None
    document_key: str | None = None


def _camel(kind: str) -> str:
    head, *rest = kind.split("-")
    return head + "".join(part.title() for part in rest)


def _response_schema(operation: Mapping[str, Any]) -> str:
    ref: str = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


def _product(path: str, operation: Mapping[str, Any]) -> MockProduct:
    route = path.strip("/")
    family = FAMILY_TAGS[operation["tags"][0]]
    json_schema, message_schema, versions = _FAMILY_SCHEMAS[family]
    kind = route.removeprefix("document/") if family == "document" else None
    return MockProduct(
        route=route,
        name=(kind or family).replace("-", "_"),
        family=family,
        json_schema=json_schema,
        message_schema=message_schema,
        versions=versions,
        response_schema=_response_schema(operation),
        document_kind=kind,
        document_key=_camel(kind) if kind else None,
    )


@cache
def products() -> Mapping[str, MockProduct]:
    """Every product of the spec, by route (``general``, ``infer``, ``document/receipt``…)."""
    return {
        path.strip("/"): _product(path, item["post"])
        for path, item in spec()["paths"].items()
        if "post" in item
    }


def by_route(route: str) -> MockProduct | None:
    """The product served at ``route`` (``None`` if the spec has no such path)."""
    return products().get(route.strip("/"))


def by_name(name: str) -> MockProduct | None:
    """The product a recording index calls ``name`` (``receipt``, ``credit_card``…)."""
    return next((p for p in products().values() if p.name == name), None)


def names() -> tuple[str, ...]:
    """Every product's registry name, in spec order."""
    return tuple(p.name for p in products().values())
