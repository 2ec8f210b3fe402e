"""What differs between products: path, generated models, size limit, URL support."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any

from clova_ocr_api import models
from clova_ocr_api.api.document_ocr import (
    biz_license_ocr,
    credit_card_ocr,
    id_card_ocr,
    medical_receipt_ocr,
    name_card_ocr,
    passport_ocr,
    receipt_ocr,
)
from clova_ocr_api.api.general_ocr import general_ocr
from clova_ocr_api.api.template_ocr import template_ocr

MB = 1024 * 1024


@dataclass(frozen=True)
class Product:
    """One CLOVA OCR operation as the wrapper drives it."""

    name: str
    endpoint: ModuleType
    json_body: type[Any]
    multipart_body: type[Any]
    message: type[Any]
    response: type[Any]
    max_bytes: int
    allows_url: bool
    #: Key of the product object in a Document OCR image result (``receipt``, ``idCard``…).
    document_key: str | None = None


GENERAL = Product(
    "general",
    general_ocr,
    models.GeneralRequest,
    models.GeneralMultipartRequest,
    models.GeneralMessage,
    models.GeneralResponse,
    50 * MB,
    allows_url=True,
)
TEMPLATE = Product(
    "template",
    template_ocr,
    models.TemplateRequest,
    models.TemplateMultipartRequest,
    models.TemplateMessage,
    models.TemplateResponse,
    50 * MB,
    allows_url=True,
)


def _document(name: str, endpoint: ModuleType, response: type[Any], key: str) -> Product:
    return Product(
        name,
        endpoint,
        models.DocumentRequest,
        models.DocumentMultipartRequest,
        models.DocumentMessage,
        response,
        50 * MB,
        allows_url=False,
        document_key=key,
    )


DOCUMENTS = {
    "receipt": _document("receipt", receipt_ocr, models.ReceiptResponse, "receipt"),
    "credit_card": _document(
        "credit_card", credit_card_ocr, models.CreditCardResponse, "creditCard"
    ),
    "name_card": _document("name_card", name_card_ocr, models.NameCardResponse, "nameCard"),
    "biz_license": _document(
        "biz_license", biz_license_ocr, models.BizLicenseResponse, "bizLicense"
    ),
    "id_card": _document("id_card", id_card_ocr, models.IdCardResponse, "idCard"),
    "medical_receipt": _document(
        "medical_receipt", medical_receipt_ocr, models.MedicalReceiptResponse, "medicalReceipt"
    ),
    "passport": _document("passport", passport_ocr, models.PassportResponse, "passport"),
}
