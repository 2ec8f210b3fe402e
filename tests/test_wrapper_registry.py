"""The product registry is the one list of products: clients and CLI expose exactly it."""

from __future__ import annotations

import inspect
import sys
from typing import Any, get_args

import click
import pytest

from clova_ocr import PRODUCTS, AsyncClovaOCR, ClovaOCR, OCRResult, Product, get_product
from clova_ocr._client import AsyncDocumentOCR, DocumentOCR
from clova_ocr._products import detect
from clova_ocr.cli import main
from clova_ocr.results import result_class

from .wrapper_helpers import example, real


def _methods(owner: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in inspect.getmembers(owner, inspect.isfunction)
        if not name.startswith("_")
    }


def _option_names(method: Any) -> frozenset[str]:
    """The keys of the ``**options: Unpack[SomeOptions]`` of a product method."""
    annotation = inspect.signature(method).parameters["options"].annotation
    unpacked = eval(annotation, vars(sys.modules[method.__module__]))  # "Unpack[TextOptions]"
    (options,) = get_args(unpacked)
    return frozenset(options.__annotations__)


def _exposed(client: type, documents: type) -> dict[str, frozenset[str]]:
    methods = {
        name: _option_names(m)
        for name, m in _methods(client).items()
        if name in ("general", "template")
    }
    # A document namespace's methods are its registry entries, read through the namespace.
    entries = {name: getattr(documents, name) for name in dir(documents) if name[0] != "_"}
    methods.update({n: e.option_names for n, e in entries.items() if isinstance(e, Product)})
    return methods


@pytest.mark.parametrize(
    ("client", "documents"), [(ClovaOCR, DocumentOCR), (AsyncClovaOCR, AsyncDocumentOCR)]
)
def test_clients_expose_exactly_the_registry(client: type, documents: type) -> None:
    registry = {name: product.option_names for name, product in PRODUCTS.items()}
    assert _exposed(client, documents) == registry


def test_sync_and_async_clients_mirror_each_other() -> None:
    assert set(_methods(ClovaOCR)) == set(_methods(AsyncClovaOCR))
    for name, method in _methods(ClovaOCR).items():
        twin = _methods(AsyncClovaOCR)[name]
        assert (
            inspect.iscoroutinefunction(twin)
            or name in {"close"}
            or not inspect.iscoroutinefunction(method)
        )
        assert list(inspect.signature(method).parameters) == list(
            inspect.signature(twin).parameters
        )
    sync_init = inspect.signature(ClovaOCR.__init__).parameters
    async_init = inspect.signature(AsyncClovaOCR.__init__).parameters
    assert list(sync_init) == list(async_init)


def test_cli_exposes_exactly_the_registry_products() -> None:
    commands = main.commands
    cli_products = {"general", "template"} & set(commands)
    document = commands["document"]
    kind = next(p for p in document.params if p.name == "kind")
    assert isinstance(kind.type, click.Choice)
    cli_products |= set(kind.type.choices)
    assert cli_products == {p.cli_name for p in PRODUCTS.values()}
    # Every option a product command offers is one the registry gives that product.
    flags = {"lang": "lang", "tables": "tables", "template_ids": "template_ids"}
    for name in ("general", "template"):
        offered = {p.name for p in commands[name].params} & set(flags)
        assert offered <= PRODUCTS[name].option_names


def test_registry_entries_are_consistent() -> None:
    for name, product in PRODUCTS.items():
        assert isinstance(product, Product) and product.name == name
        assert get_product(product.cli_name) is product
        assert product.path == product.endpoint.PATH  # the generated seam agrees
        assert product.response.__name__ == product.response_model
        assert issubclass(result_class(product), OCRResult)
        if product.family == "document":
            assert product.document_key and product.document_attr
            assert not product.allows_url and product.versions == ("V2",)
    with pytest.raises(ValueError, match="unknown product"):
        get_product("recipe")


@pytest.mark.parametrize(
    ("answer", "product"),
    [
        (example("GeneralV2Response"), "general"),
        (real("general-03.json"), "general"),
        (example("TemplateResponse"), "template"),
        (example("TemplateV1Response"), "template"),
        (real("receipt-01.json"), "receipt"),
        (example("IdCardResponse"), "id_card"),
        (example("CreditCardResponse"), "credit_card"),
        (example("PassportResponse"), "passport"),
    ],
)
def test_detect_reads_the_product_from_an_answer(answer: dict[str, Any], product: str) -> None:
    assert detect(answer) is PRODUCTS[product]
