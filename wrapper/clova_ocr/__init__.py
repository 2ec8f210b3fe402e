"""clova_ocr — the Python SDK for NAVER Cloud CLOVA OCR.

from clova_ocr import ClovaOCR
with ClovaOCR(invoke_url=..., secret=...) as ocr:
    result = ocr.general("scan.png", lang="ko", tables=True)
    print(result.text)
"""

from typing import TYPE_CHECKING

from ._auth import ClovaAuth, signature_v2
from ._client import AsyncClovaOCR, ClovaOCR
from ._inputs import FormatMismatchWarning, ImageInput
from ._lang import LANGUAGES
from ._options import RequestOptions, TemplateOptions, TextOptions
from ._products import PRODUCTS, Product, get_product
from .checks import CheckResult
from .confidence import LowConfidence, Review, ReviewPolicy
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ClovaOCRError,
    ConfigurationError,
    GatewayAuthenticationError,
    GatewayError,
    GatewayRateLimitError,
    GatewayServerError,
    ImageInferenceError,
    InputError,
    InvalidRequestError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    ServerError,
    TableDetectionDisabledError,
    TemplateNotDeployedError,
    UnexpectedResponseError,
    UnreadableRateLimitError,
)
from .geometry import Point, Polygon
from .redaction import RedactionPolicy
from .results import (
    DocumentField,
    DocumentResult,
    GeneralResult,
    HTTPInfo,
    Line,
    OCRResult,
    Page,
    TemplateField,
    TemplateResult,
    Word,
)
from .tables import Cell, Table

if TYPE_CHECKING:
    __version__: str  # from the package metadata, on first use (see __getattr__)

__all__ = [
    "LANGUAGES",
    "PRODUCTS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncClovaOCR",
    "AuthenticationError",
    "Cell",
    "CheckResult",
    "ClovaAuth",
    "ClovaOCR",
    "ClovaOCRError",
    "ConfigurationError",
    "DocumentField",
    "DocumentResult",
    "FormatMismatchWarning",
    "GatewayAuthenticationError",
    "GatewayError",
    "GatewayRateLimitError",
    "GatewayServerError",
    "GeneralResult",
    "HTTPInfo",
    "ImageInferenceError",
    "ImageInput",
    "InputError",
    "InvalidRequestError",
    "Line",
    "LowConfidence",
    "NotFoundError",
    "OCRResult",
    "Page",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "Point",
    "Polygon",
    "Product",
    "QuotaExceededError",
    "RateLimitError",
    "RedactionPolicy",
    "RequestOptions",
    "Review",
    "ReviewPolicy",
    "ServerError",
    "Table",
    "TableDetectionDisabledError",
    "TemplateField",
    "TemplateNotDeployedError",
    "TemplateOptions",
    "TemplateResult",
    "TextOptions",
    "UnexpectedResponseError",
    "UnreadableRateLimitError",
    "Word",
    "__version__",
    "draw",
    "get_product",
    "signature_v2",
]


def __getattr__(name: str) -> object:
    # Loaded on first use: draw() needs Pillow (an optional extra); the version needs
    # importlib.metadata, which costs more at import time than it is worth.
    if name == "draw":
        from .drawing import draw

        return draw
    if name == "__version__":
        from importlib.metadata import version

        return version("clova-ocr")
    raise AttributeError(name)
