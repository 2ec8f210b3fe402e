"""clova_ocr — the Python SDK for NAVER Cloud CLOVA OCR.

from clova_ocr import ClovaOCR
with ClovaOCR(invoke_url=..., secret=...) as ocr:
    result = ocr.general("scan.png", lang="ko", tables=True)
    print(result.text)
"""

from ._auth import ClovaAuth, signature_v2
from ._client import AsyncClovaOCR, ClovaOCR
from ._inputs import FormatMismatchWarning
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
)
from .geometry import Point, Polygon
from .results import (
    DocumentField,
    DocumentResult,
    GeneralResult,
    Line,
    OCRResult,
    Page,
    TemplateField,
    TemplateResult,
    Word,
)
from .tables import Cell, Table

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncClovaOCR",
    "AuthenticationError",
    "Cell",
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
    "ImageInferenceError",
    "InputError",
    "InvalidRequestError",
    "Line",
    "NotFoundError",
    "OCRResult",
    "Page",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "Point",
    "Polygon",
    "QuotaExceededError",
    "RateLimitError",
    "ServerError",
    "Table",
    "TableDetectionDisabledError",
    "TemplateField",
    "TemplateNotDeployedError",
    "TemplateResult",
    "UnexpectedResponseError",
    "Word",
    "__version__",
    "draw",
    "signature_v2",
]


def __getattr__(name: str) -> object:
    # draw() needs Pillow (an optional extra); import it only when asked for.
    if name == "draw":
        from .drawing import draw

        return draw
    raise AttributeError(name)
