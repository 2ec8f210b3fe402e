"""Turn an ``httpx.Response`` into a parsed model or the right typed error.

Parsing is the generated code's (``_parse_response``); this module only decides what an
answer means and makes sure nothing but our own errors escapes: non-JSON bodies, unknown
statuses and bodies that do not match the spec all become :class:`UnexpectedResponseError`.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from clova_ocr_api import Client, models

from . import errors
from ._products import Product

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

_PARSE_FAILURES = (KeyError, ValueError, TypeError, AttributeError, IndexError)


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
    except (ValueError, UnicodeDecodeError):
        return response.text[:2000] if response.content else ""


def _unexpected(
    response: httpx.Response, request_id: str, why: str
) -> errors.UnexpectedResponseError:
    body = _body(response)
    kind = response.headers.get("content-type", "no content type")
    return errors.UnexpectedResponseError(
        f"unreadable answer from CLOVA OCR: {why} ({kind}, {len(response.content)} bytes)",
        http_status=response.status_code,
        request_id=request_id,
        body=body,
        response=response,
    )


def error_for(
    product: Product, response: httpx.Response, request_id: str, *, signing: bool
) -> errors.APIError:
    """The exception for a non-200 answer."""
    status = response.status_code
    try:
        parsed = product.endpoint._parse_response(client=Client(base_url=""), response=response)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return _unexpected(response, request_id, "the body is not JSON")
    except _PARSE_FAILURES:
        parsed = None
    body = _body(response)
    if not isinstance(parsed, (models.OcrError, models.GatewayError)) and isinstance(body, dict):
        # An undocumented status (502, 520…) may still carry one of the two error shapes.
        for model in (models.OcrError, models.GatewayError):
            try:
                parsed = model.from_dict(body)
                break
            except _PARSE_FAILURES:
                continue
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


def parse_success(
    product: Product, response: httpx.Response, request_id: str
) -> tuple[Any, dict[str, Any]]:
    """The generated response model and the raw JSON dict of a 200 answer."""
    try:
        raw = response.json()
    except (ValueError, UnicodeDecodeError):
        raise _unexpected(response, request_id, "the body is not JSON") from None
    if not isinstance(raw, dict):
        raise _unexpected(response, request_id, "the body is not a JSON object")
    try:
        parsed = product.response.from_dict(raw)
    except _PARSE_FAILURES as exc:
        raise _unexpected(response, request_id, f"it does not match the API ({exc!r})") from None
    return parsed, raw
