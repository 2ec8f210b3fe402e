"""The product registry: everything that differs between CLOVA OCR products, in one place.

Each :class:`Product` says where the product lives (path), what it takes (options, size
limit, URL support, protocol versions), what it answers (generated response model, result
class, for Document OCR the key of its object in ``images[]``) and how the CLI names it.
The clients, the CLI, :meth:`OCRResult.open` and the tests all read :data:`PRODUCTS`;
nothing else lists products.

The generated models are named here, not imported: ``clova_ocr_api.models`` costs more to
import than httpx itself, so it is loaded on first use (see :meth:`Product.model`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Generic, Literal, TypeVar

from ._options import RequestOptions, TemplateOptions, TextOptions
from .results import DocumentResult, GeneralResult, OCRResult, TemplateResult

MB = 1024 * 1024
Family = Literal["general", "template", "document"]
ResultT = TypeVar("ResultT", bound=OCRResult[Any])


@dataclass(frozen=True, eq=False)
class Product(Generic[ResultT]):
    """One CLOVA OCR product as the SDK drives it (generic over its result class)."""

    #: Registry key and Python method name: ``ocr.general``, ``ocr.document.credit_card``.
    name: str
    family: Family
    #: Path below the Invoke URL (the generated endpoint module's ``PATH``).
    path: str
    #: Generated endpoint module under ``clova_ocr_api.api`` (``general_ocr.general_ocr``).
    endpoint_module: str
    #: Names of the generated models in ``clova_ocr_api.models``.
    response_model: str
    multipart_model: str
    message_model: str
    #: The class results are wrapped in.
    result_class: type[ResultT]
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
    path="/general",
    endpoint_module="general_ocr.general_ocr",
    response_model="GeneralResponse",
    multipart_model="GeneralMultipartRequest",
    message_model="GeneralMessage",
    result_class=GeneralResult,
    options=TextOptions,
)
TEMPLATE: Product[TemplateResult] = Product(
    name="template",
    family="template",
    path="/infer",
    endpoint_module="template_ocr.template_ocr",
    response_model="TemplateResponse",
    multipart_model="TemplateMultipartRequest",
    message_model="TemplateMessage",
    result_class=TemplateResult,
    options=TemplateOptions,
)


def _document(
    name: str, key: str, response_model: str, key_fields: dict[str, tuple[str, ...]]
) -> Product[DocumentResult[Any, Any]]:
    return Product(
        name=name,
        family="document",
        path=f"/document/{name.replace('_', '-')}",
        endpoint_module=f"document_ocr.{name}_ocr",
        response_model=response_model,
        multipart_model="DocumentMultipartRequest",
        message_model="DocumentMessage",
        result_class=DocumentResult,
        options=RequestOptions,
        allows_url=False,
        versions=("V2",),
        document_key=key,
        document_attr="".join(f"_{c.lower()}" if c.isupper() else c for c in key),
        pages_per_call=1,
        key_fields=tuple(key_fields.items()),
    )


#: Document OCR products by name (``ocr.document.<name>``).
DOCUMENTS: dict[str, Product[DocumentResult[Any, Any]]] = {
    p.name: p
    for p in (
        _document(
            "receipt",
            "receipt",
            "ReceiptResponse",
            {
                "store": ("storeInfo.name",),
                "biz_number": ("storeInfo.bizNum",),
                "date": ("paymentInfo.date",),
                "time": ("paymentInfo.time",),
                "total": ("totalPrice.price",),
                "payment": ("paymentInfo.cardInfo.company",),
                "card_number": ("paymentInfo.cardInfo.number",),
            },
        ),
        _document(
            "credit_card",
            "creditCard",
            "CreditCardResponse",
            {
                "number": ("number",),
                "valid_thru": ("validThru",),
                "name": ("name",),
                "company": ("company",),
            },
        ),
        _document(
            "name_card",
            "nameCard",
            "NameCardResponse",
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
        ),
        _document(
            "biz_license",
            "bizLicense",
            "BizLicenseResponse",
            {
                "register_number": ("registerNumber",),
                "company": ("corpName", "companyName"),
                "representative": ("repName",),
                "open_date": ("openDate",),
                "address": ("bisAddress",),
                "business_type": ("bisType",),
                "business_item": ("bisItem",),
            },
        ),
        _document(
            "id_card",
            "idCard",
            "IdCardResponse",
            {
                "id_type": ("idtype",),
                "name": ("ic.name", "dl.name", "ac.name"),
                "personal_number": ("ic.personalNum", "dl.personalNum", "ac.personalNum"),
                "issue_date": ("ic.issueDate", "dl.issueDate", "ac.issueDate"),
                "license_number": ("dl.num",),
                "address": ("ic.address", "dl.address", "ac.address"),
            },
        ),
        _document(
            "medical_receipt",
            "medicalReceipt",
            "MedicalReceiptResponse",
            {
                "hospital": ("hospitalName",),
                "patient": ("patientName",),
                "total": ("totalPrice",),
            },
        ),
        _document(
            "passport",
            "passport",
            "PassportResponse",
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
        ),
    )
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
