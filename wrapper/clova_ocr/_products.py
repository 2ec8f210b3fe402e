"""The product registry: everything that differs between CLOVA OCR products, in one place.

Each :class:`Product` says where the product lives (path), what it takes (options, size
limit, URL support, protocol versions), what it answers (generated response model, result
class, for Document OCR the key of its object in ``images[]``) and how the CLI names it.
The clients, the CLI, :meth:`OCRResult.open` and the tests all read :data:`PRODUCTS`;
nothing else lists products.

Adding a Document OCR product is one line in :class:`Documents` (after the spec and a
regeneration): its path, generated endpoint module, response model and JSON key follow from
its name, and the typed ``ocr.document.<name>()`` accessors of both clients come from the
same line (each entry is a descriptor, see :meth:`Product.__get__`).

This module imports no result class (``results`` reads the registry, not the other way round):
the generic parameter of each entry names its result class for type checkers only, and
:func:`clova_ocr.results.result_class` maps a product's family to its class at run time.

The generated models are named here, not imported: ``clova_ocr_api.models`` costs more to
import than httpx itself, so it is loaded on first use (see :meth:`Product.model`).
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, Unpack, overload

from ._options import RequestOptions, TemplateOptions, TextOptions

if TYPE_CHECKING:
    from clova_ocr_api.models import (
        BizLicenseResponse,
        BizLicenseResult,
        CreditCardResponse,
        CreditCardResult,
        IdCardResponse,
        IdCardResult,
        MedicalReceiptResponse,
        MedicalReceiptResult,
        NameCardResponse,
        NameCardResult,
        PassportFields,
        PassportResponse,
        ReceiptResponse,
        ReceiptResult,
    )

    from ._client import AsyncDocumentOCR, DocumentOCR
    from ._inputs import ImageInput
    from .results import DocumentResult, GeneralResult, OCRResult, TemplateResult

MB = 1024 * 1024
Family = Literal["general", "template", "document"]
ResultT = TypeVar("ResultT", bound="OCRResult[Any]")
ResultT_co = TypeVar("ResultT_co", bound="OCRResult[Any]", covariant=True)


class Reader(Protocol[ResultT_co]):
    """``ocr.document.<name>``: read one image with a Document OCR product."""

    def __call__(self, image: ImageInput, /, **options: Unpack[RequestOptions]) -> ResultT_co: ...


class AsyncReader(Protocol[ResultT_co]):
    """``await ocr.document.<name>(image)`` on :class:`~clova_ocr.AsyncClovaOCR`."""

    def __call__(
        self, image: ImageInput, /, **options: Unpack[RequestOptions]
    ) -> Awaitable[ResultT_co]: ...


class _Runs(Protocol):
    """What a ``document`` namespace offers its entries: run a product on one image."""

    def _read(
        self, product: Product[Any], image: ImageInput, options: Mapping[str, Any]
    ) -> Any: ...


@dataclass(frozen=True, eq=False)
class Product(Generic[ResultT]):
    """One CLOVA OCR product as the SDK drives it (generic over its result class)."""

    #: Registry key and Python method name: ``ocr.general``, ``ocr.document.credit_card``.
    name: str
    family: Family
    #: What it reads, for docstrings and help (``"Credit card"``).
    title: str
    #: Path below the Invoke URL (the generated endpoint module's ``PATH``).
    path: str
    #: Generated endpoint module under ``clova_ocr_api.api`` (``general_ocr.general_ocr``).
    endpoint_module: str
    #: Names of the generated models in ``clova_ocr_api.models``.
    response_model: str
    multipart_model: str
    message_model: str
    #: The ``TypedDict`` of the options this product's method takes.
    options: type
    max_bytes: int = 50 * MB
    allows_url: bool = True
    versions: tuple[str, ...] = ("V2", "V1")
    #: Document OCR: key of the product object in an image result (``"creditCard"``) and the
    #: attribute of the generated image model that holds it (``"credit_card"``).
    document_key: str | None = None
    document_attr: str | None = None
    #: Name on the command line (``clova-ocr general``, ``clova-ocr document credit-card``).
    cli_name: str = ""
    #: Most pages of a PDF/TIFF one call takes; longer documents are split client-side
    #: (General/Template: "pdf 최대 10장" in the reference; Document OCR: single page only).
    pages_per_call: int = 10
    #: The key fields a batch export puts in its one-row-per-document table: column name →
    #: the dotted ``to_dict()`` keys it is read from (the first one present wins).
    key_fields: tuple[tuple[str, tuple[str, ...]], ...] = ()
    option_names: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        # A TypedDict's annotations include the keys it inherits.
        object.__setattr__(self, "option_names", frozenset(self.options.__annotations__))
        if not self.cli_name:
            object.__setattr__(self, "cli_name", self.name.replace("_", "-"))

    @overload
    def __get__(self, namespace: None, owner: type[Any]) -> Product[ResultT]: ...
    @overload
    def __get__(self, namespace: DocumentOCR, owner: type[Any]) -> Reader[ResultT]: ...
    @overload
    def __get__(self, namespace: AsyncDocumentOCR, owner: type[Any]) -> AsyncReader[ResultT]: ...
    def __get__(self, namespace: _Runs | None, owner: type[Any]) -> Any:
        """On a client's ``document`` namespace, the product is its method.

        ``ocr.document.receipt`` is the :data:`Documents` entry read through the client's
        namespace: a callable ``(image, **options)`` (awaitable on the async client). On the
        class itself (``Documents.receipt``) it is the entry.
        """
        if namespace is None:
            return self
        read = namespace._read

        def reader(image: ImageInput, /, **options: Any) -> Any:
            return read(self, image, options)

        reader.__name__ = reader.__qualname__ = self.name
        reader.__doc__ = f"{self.title} (``{self.path}``)."
        return reader

    @property
    def endpoint(self) -> ModuleType:
        """The generated endpoint module (imported on first use)."""
        return importlib.import_module(f"clova_ocr_api.api.{self.endpoint_module}")

    def model(self, name: str) -> type[Any]:
        """A generated model class by name (imports ``clova_ocr_api.models`` on first use)."""
        models = importlib.import_module("clova_ocr_api.models")
        cls: type[Any] = getattr(models, name)
        return cls

    @property
    def response(self) -> type[Any]:
        """The generated model of a 200 answer."""
        return self.model(self.response_model)

    def __repr__(self) -> str:
        return f"Product({self.name!r}, path={self.path!r})"


GENERAL: Product[GeneralResult] = Product(
    name="general",
    family="general",
    title="General OCR",
    path="/general",
    endpoint_module="general_ocr.general_ocr",
    response_model="GeneralResponse",
    multipart_model="GeneralMultipartRequest",
    message_model="GeneralMessage",
    options=TextOptions,
)
TEMPLATE: Product[TemplateResult] = Product(
    name="template",
    family="template",
    title="Template OCR",
    path="/infer",
    endpoint_module="template_ocr.template_ocr",
    response_model="TemplateResponse",
    multipart_model="TemplateMultipartRequest",
    message_model="TemplateMessage",
    options=TemplateOptions,
)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def document(name: str, title: str, key_fields: dict[str, tuple[str, ...]]) -> Any:
    """A Document OCR entry whose facts all follow from its ``name`` (``"credit_card"``).

    Path ``/document/credit-card``, generated endpoint ``document_ocr.credit_card_ocr``,
    response model ``CreditCardResponse``, JSON key ``creditCard`` (attribute
    ``credit_card`` of the generated image model): the names openapi-python-client gives
    the spec's ``/document/<name>`` path and its ``<Name>Response`` schema. Typed by the
    annotation of its :class:`Documents` line (hence ``Any`` here). ``key_fields``: the
    export's columns (see :attr:`Product.key_fields`).
    """
    key = _camel(name)
    return Product(
        name=name,
        family="document",
        title=title,
        path=f"/document/{name.replace('_', '-')}",
        endpoint_module=f"document_ocr.{name}_ocr",
        response_model=f"{key[0].upper()}{key[1:]}Response",
        multipart_model="DocumentMultipartRequest",
        message_model="DocumentMessage",
        options=RequestOptions,
        allows_url=False,
        versions=("V2",),
        document_key=key,
        document_attr=name,
        pages_per_call=1,
        key_fields=tuple(key_fields.items()),
    )


class Documents:
    """The Document OCR products: one line each, the only list of them in the SDK.

    Each annotation names the generated response model and the model of
    ``images[0].<key>.result``, so ``ocr.document.<name>(image).document`` is typed. The
    clients' ``document`` namespaces inherit these entries as their methods.
    """

    receipt: Product[DocumentResult[ReceiptResponse, ReceiptResult]] = document(
        "receipt",
        "Receipt",
        {
            "store": ("storeInfo.name",),
            "biz_number": ("storeInfo.bizNum",),
            "date": ("paymentInfo.date",),
            "time": ("paymentInfo.time",),
            "total": ("totalPrice.price",),
            "payment": ("paymentInfo.cardInfo.company",),
            "card_number": ("paymentInfo.cardInfo.number",),
        },
    )
    credit_card: Product[DocumentResult[CreditCardResponse, CreditCardResult]] = document(
        "credit_card",
        "Credit card",
        {
            "number": ("number",),
            "valid_thru": ("validThru",),
            "name": ("name",),
            "company": ("company",),
        },
    )
    name_card: Product[DocumentResult[NameCardResponse, NameCardResult]] = document(
        "name_card",
        "Business card",
        {
            "name": ("name",),
            "company": ("company",),
            "department": ("department",),
            "position": ("position",),
            "mobile": ("mobile",),
            "tel": ("tel",),
            "email": ("email",),
            "address": ("address",),
        },
    )
    biz_license: Product[DocumentResult[BizLicenseResponse, BizLicenseResult]] = document(
        "biz_license",
        "Business registration certificate",
        {
            "register_number": ("registerNumber",),
            "company": ("corpName", "companyName"),
            "representative": ("repName",),
            "open_date": ("openDate",),
            "address": ("bisAddress",),
            "business_type": ("bisType",),
            "business_item": ("bisItem",),
        },
    )
    id_card: Product[DocumentResult[IdCardResponse, IdCardResult]] = document(
        "id_card",
        "Korean ID card, driver's licence, passport or alien card",
        {
            "id_type": ("idtype",),
            "name": ("ic.name", "dl.name", "ac.name"),
            "personal_number": ("ic.personalNum", "dl.personalNum", "ac.personalNum"),
            "issue_date": ("ic.issueDate", "dl.issueDate", "ac.issueDate"),
            "license_number": ("dl.num",),
            "address": ("ic.address", "dl.address", "ac.address"),
        },
    )
    medical_receipt: Product[DocumentResult[MedicalReceiptResponse, MedicalReceiptResult]] = (
        document(
            "medical_receipt",
            "Medical receipt",
            {
                "hospital": ("hospitalName",),
                "patient": ("patientName",),
                "total": ("totalPrice",),
            },
        )
    )
    passport: Product[DocumentResult[PassportResponse, PassportFields]] = document(
        "passport",
        "Passport of any country",
        {
            "number": ("num",),
            "surname": ("surName",),
            "given_name": ("givenName",),
            "nationality": ("nationality",),
            "birth_date": ("birthDate",),
            "sex": ("sex",),
            "issue_country": ("issueCountry",),
            "expiry_date": ("expiryDate",),
        },
    )


#: Document OCR products by name (``ocr.document.<name>``), in :class:`Documents` order.
DOCUMENTS: dict[str, Product[DocumentResult[Any, Any]]] = {
    entry.name: entry for entry in vars(Documents).values() if isinstance(entry, Product)
}

#: Every product the SDK offers, by name.
PRODUCTS: dict[str, Product[Any]] = {"general": GENERAL, "template": TEMPLATE, **DOCUMENTS}


def get_product(name: str) -> Product[Any]:
    """The product called ``name`` (``"general"``, ``"receipt"``, ``"credit-card"`` …)."""
    product = PRODUCTS.get(name.replace("-", "_"))
    if product is None:
        raise ValueError(f"unknown product {name!r}; one of {', '.join(PRODUCTS)}")
    return product


def detect(raw: Any) -> Product[Any]:
    """The product a saved answer came from, read from its shape.

    A Document answer carries its product object (``images[0].receipt`` …); a Template answer
    has ``matchedTemplate``/``title`` or named fields; anything else reads as General.
    """
    images = raw.get("images") if isinstance(raw, dict) else None
    images = [i for i in images if isinstance(i, dict)] if isinstance(images, list) else []
    for image in images:
        for product in DOCUMENTS.values():
            if isinstance(image.get(product.document_key or ""), dict):
                return product
    for image in images:
        if "matchedTemplate" in image or "title" in image:
            return TEMPLATE
        fields = image.get("fields")
        if isinstance(fields, list) and any(isinstance(f, dict) and "name" in f for f in fields):
            return TEMPLATE
    return GENERAL
