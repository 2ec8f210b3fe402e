"""Decide what an ``httpx.Response`` means: the raw answer of a 200, or the right typed error.

Error bodies are read with the generated models ``OcrError`` and ``GatewayError`` (public
``from_dict``); a 200 is only checked to be an answer (:meth:`OCRResult.check`) — its typed
model is parsed lazily by the result, under the same rule for live and saved answers. Nothing
but our own errors escapes: non-JSON bodies, unknown statuses and bodies that match neither
error shape become :class:`UnexpectedResponseError`.
"""

from __future__ import annotations

from typing import Any

import httpx

from . import errors
from .results import PARSE_FAILURES, OCRResult

OCR_ERRORS: dict[str, type[errors.APIError]] = {
    "0001": errors.InvalidRequestError,
    "0002": errors.AuthenticationError,
    "0011": errors.InvalidRequestError,
    "0021": errors.InvalidRequestError,
    "0022": errors.InvalidRequestError,
    "0023": errors.QuotaExceededError,
    "0025": errors.RateLimitError,
    "0028": errors.TableDetectionDisabledError,
    "0500": errors.ServerError,
    "0501": errors.ServerError,
    "1021": errors.TemplateNotDeployedError,
}

GATEWAY_ERRORS: dict[int, type[errors.GatewayError]] = {
    401: errors.GatewayAuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    413: errors.PayloadTooLargeError,
    429: errors.GatewayRateLimitError,
}


def _by_status(status: int) -> type[errors.APIError]:
    if status == 401:
        return errors.AuthenticationError
    if status == 429:
        return errors.RateLimitError
    if status >= 500:
        return errors.ServerError
    return errors.APIError


def _body(response: httpx.Response) -> Any:
    """The JSON body, or the text when it is not JSON (never raises)."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError, RecursionError):
        return response.text[:2000] if response.content else ""


def _unexpected(
    response: httpx.Response, request_id: str, why: str
) -> errors.UnexpectedResponseError:
    """:meth:`UnexpectedResponseError.unreadable` for a live answer (with its type and size)."""
    kind = response.headers.get("content-type", "no content type")
    # A 429 is a rate limit whatever its body: the batch's pacing must see it as one.
    cls = errors.UnreadableRateLimitError if response.status_code == 429 else None
    return (cls or errors.UnexpectedResponseError).unreadable(
        f"{why} ({kind}, {len(response.content)} bytes)",
        http_status=response.status_code,
        request_id=request_id,
        body=_body(response),
        response=response,
    )


def _error_model(body: Any) -> Any:
    """The body as the generated ``OcrError`` or ``GatewayError``, or ``None``."""
    if not isinstance(body, dict):
        return None
    from clova_ocr_api import models  # the models cost more to import than httpx: load on need

    for model in (models.OcrError, models.GatewayError):
        try:
            return model.from_dict(body)
        except PARSE_FAILURES:
            continue
    return None


def error_for(response: httpx.Response, request_id: str, *, signing: bool) -> errors.APIError:
    """The exception for a non-200 answer."""
    from clova_ocr_api import models

    status = response.status_code
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError, RecursionError):
        return _unexpected(response, request_id, "the body is not JSON")
    parsed = _error_model(body)
    if isinstance(parsed, models.OcrError):
        code = parsed.code if isinstance(parsed.code, str) else str(parsed.code)
        cls = OCR_ERRORS.get(code, _by_status(status))
        return cls(
            str(parsed.message),
            code=code,
            http_status=status,
            trace_id=parsed.trace_id or None,
            path=parsed.path or None,
            request_id=request_id,
            body=body,
            response=response,
        )
    if isinstance(parsed, models.GatewayError):
        detail = parsed.error
        gateway_cls: type[errors.GatewayError] = GATEWAY_ERRORS.get(
            status, errors.GatewayServerError if status >= 500 else errors.GatewayError
        )
        message = str(detail.message)
        if isinstance(detail.details, str) and detail.details:
            message = f"{message}: {detail.details}"
        hint = None
        if status == 401 and signing:
            hint = "check access_key/secret_key and that this machine's clock is right (±5 min)"
        return gateway_cls(
            message,
            code=str(detail.error_code),
            http_status=status,
            request_id=request_id,
            body=body,
            response=response,
            hint=hint,
        )
    return _unexpected(response, request_id, f"HTTP {status} without a CLOVA OCR error body")


def parse_success(response: httpx.Response, request_id: str) -> dict[str, Any]:
    """The raw JSON answer of a 200, checked to be an answer (see :meth:`OCRResult.check`)."""
    try:
        raw = response.json()
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: deep nesting
        raise _unexpected(response, request_id, "the body is not JSON") from None
    why = OCRResult.check(raw)
    if why is not None:
        raise _unexpected(response, request_id, why)
    result: dict[str, Any] = raw
    return result
