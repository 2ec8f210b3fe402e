"""The exception hierarchy: everything the SDK raises derives from :class:`ClovaOCRError`.

``APIError`` subclasses are chosen by what went wrong (authentication, rate limit, …), for
both answer shapes the service has: the OCR engine's ``{code, message, path, traceId}`` and
NCP API Gateway's ``{error: {errorCode, message, details}}`` (``GatewayError`` subclasses).
Messages never contain secrets.
"""

from __future__ import annotations

import math
import time
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "ClovaOCRError",
    "ConfigurationError",
    "GatewayAuthenticationError",
    "GatewayError",
    "GatewayRateLimitError",
    "GatewayServerError",
    "ImageInferenceError",
    "InputError",
    "InvalidRequestError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "ServerError",
    "TableDetectionDisabledError",
    "TemplateNotDeployedError",
    "UnexpectedResponseError",
    "UnreadableRateLimitError",
]


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: ``"3"``, ``"1.5"`` or an HTTP date.

    ``None`` when absent or unreadable; a date in the past gives 0 (as openai-python does).
    """
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime  # only when a date is actually sent

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
        return max(seconds, 0.0)
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


class ClovaOCRError(Exception):
    """Base of every error raised by clova_ocr."""

    #: Whether sending the same request again may succeed.
    retryable: bool = False


class ConfigurationError(ClovaOCRError, ValueError):
    """The client was set up wrongly (malformed Invoke URL, missing secret, …)."""


class InputError(ClovaOCRError, ValueError):
    """The image given cannot be sent (empty, unknown format, too large, wrong type)."""


class APIConnectionError(ClovaOCRError):
    """The service could not be reached (DNS, refused or dropped connection, TLS)."""

    retryable = True


class APITimeoutError(APIConnectionError):
    """The service did not answer within the timeout."""


class APIError(ClovaOCRError):
    """The service answered with an error.

    Attributes:
        code: the service's error code as a string (``"0025"``; gateway ``"200"``), or
            ``None`` when the body had none.
        message: the service's message.
        http_status: HTTP status of the answer.
        trace_id: ``traceId`` of the OCR engine's answer (quote it to NAVER support).
        request_id: the ``requestId`` this SDK sent with the call.
        path: the request path the service reports.
        body: the decoded JSON body, or the text of a non-JSON body.
        response: the raw :class:`httpx.Response`, when there was one.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        http_status: int | None = None,
        trace_id: str | None = None,
        request_id: str | None = None,
        path: str | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
        hint: str | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.http_status = http_status
        self.trace_id = trace_id
        self.request_id = request_id
        self.path = path
        self.body = body
        self.response = response
        self.hint = hint
        super().__init__(self._describe())

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked us to wait (``Retry-After`` in seconds or as an HTTP date)."""
        if self.response is None:
            return None
        return parse_retry_after(self.response.headers.get("retry-after"))

    def _describe(self) -> str:
        parts = [f"[{self.code}] {self.message}" if self.code else self.message]
        details = []
        if self.http_status is not None:
            details.append(f"HTTP {self.http_status}")
        if self.trace_id:
            details.append(f"traceId {self.trace_id}")
        if self.request_id:
            details.append(f"requestId {self.request_id}")
        if details:
            parts.append(f"({', '.join(details)})")
        if self.hint:
            parts.append(f"— {self.hint}")
        return " ".join(parts)


class AuthenticationError(APIError):
    """``0002``: the ``X-OCR-SECRET`` is missing or wrong."""


class InvalidRequestError(APIError):
    """``0001`` URL, ``0011`` body, ``0021`` version, ``0022`` domain: fix the request."""


class QuotaExceededError(APIError):
    """``0023``: the domain's call quota is used up (not retryable)."""


class RateLimitError(APIError):
    """``0025`` (a 400!) or a gateway 429: too many calls; retried with backoff."""

    retryable = True


class TableDetectionDisabledError(APIError):
    """``0028``: tables were requested but the domain's table toggle is off."""


class TemplateNotDeployedError(APIError):
    """``1021``: no template is deployed ("released") in the Template domain."""


class ServerError(APIError):
    """``0500``/``0501`` or another 5xx: the service failed; retried."""

    retryable = True


class UnexpectedResponseError(APIError):
    """An answer the SDK cannot read: non-JSON, HTML, empty, or not the documented shape."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        status = kwargs.get("http_status") or 0
        self.retryable = status == 429 or status >= 500

    @classmethod
    def unreadable(
        cls,
        why: str,
        *,
        http_status: int | None = None,
        request_id: str | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> UnexpectedResponseError:
        """The one error for an answer the SDK cannot read, live or saved: says ``why``."""
        return cls(
            f"unreadable CLOVA OCR answer: {why}",
            http_status=http_status,
            request_id=request_id,
            body=body,
            response=response,
        )


class UnreadableRateLimitError(UnexpectedResponseError, RateLimitError):
    """HTTP 429 with a body the SDK cannot read: still a rate limit (retried after its
    ``Retry-After``, and it slows a batch down), whatever its body or ``Retry-After`` says."""


class GatewayError(APIError):
    """NCP API Gateway answered (``{"error": {"errorCode", …}}``) before the OCR engine."""


class GatewayAuthenticationError(GatewayError, AuthenticationError):
    """Gateway 401: IAM signature rejected (``200``) or no subscription (``210``)."""


class PermissionDeniedError(GatewayError):
    """Gateway 403 (``230`` Forbidden)."""


class NotFoundError(GatewayError, InvalidRequestError):
    """Gateway 404 (``300``): no such stage or path behind this Invoke URL."""


class PayloadTooLargeError(GatewayError, InvalidRequestError):
    """Gateway 413: the request body is too large."""


class GatewayRateLimitError(GatewayError, RateLimitError):
    """Gateway 429: throttled; retried after ``Retry-After``."""


class GatewayServerError(GatewayError, ServerError):
    """Gateway 5xx: the OCR engine was unreachable or timed out; retried."""


class ImageInferenceError(APIError):
    """HTTP 200, but the image's ``inferResult`` is ``FAILURE``/``ERROR``.

    ``code`` is the ``inferResult``; ``message`` the service's per-image message; ``result``
    the parsed result object (so nothing the service said is lost).
    """

    def __init__(self, message: str, *, result: Any = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.result = result
