"""Error answers exactly as the OCR engine and NCP API Gateway write them."""

from __future__ import annotations

import json
import time
import uuid

from starlette.responses import JSONResponse, Response

JSON_TYPE = "application/json;charset=UTF-8"

ENGINE_ERRORS: dict[str, tuple[int, str]] = {
    "0001": (400, "URL is invalid."),
    "0002": (401, "Secret key validate failed."),
    "0011": (400, "Request body invalid."),
    "0021": (400, "Protocol version not support."),
    "0022": (400, "Request domain invalid."),
    "0023": (400, "API request count reach the upper limit."),
    "0025": (400, "Calls to this api have exceeded the rate limit."),
    "0028": (400, "Table detection disabled: Please activate the table extractor button."),
    "0500": (500, "Unknown service error."),
    "0501": (500, "OCR service error."),
    "1021": (500, "Not found deploy information. Please confirm the template is released."),
}

GATEWAY_ERRORS: dict[int, tuple[str, str, str]] = {
    400: ("100", "Bad Request Exception", "Request is invalid."),
    401: ("200", "Authentication Failed", "Invalid authentication information."),
    403: ("230", "Forbidden", "Access to the API is forbidden."),
    404: ("300", "Not Found Exception", "URL not found."),
    413: ("430", "Request Entity Too Large", "Request body is too large."),
    429: ("410", "Throttle Limited", "Too many requests."),
    500: ("900", "Unexpected Error", "An unexpected error occurred."),
    503: ("500", "Endpoint Error", "Endpoint is not available."),
    504: ("510", "Endpoint Timeout", "Endpoint request timed out."),
}


class MockError(Exception):
    """Raised anywhere in request handling; turned into the matching answer.

    ``reason`` says why in words, for the one line the mock logs per refused request.
    """

    def __init__(self, response: Response, reason: str | None = None) -> None:
        super().__init__(response.status_code)
        self.response = response
        self.reason = reason


def engine_error(code: str, path: str) -> Response:
    status, message = ENGINE_ERRORS[code]
    body = {
        "code": code,
        "message": message,
        "path": path,
        "traceId": uuid.uuid4().hex,
        "timestamp": time.time_ns() // 1_000_000,
    }
    return JSONResponse(body, status_code=status, media_type=JSON_TYPE)


def gateway_error(status: int, details: str | None = None) -> Response:
    code, message, default_details = GATEWAY_ERRORS[status]
    headers = {"x-ncp-apigw-response-origin": "APIGW"}
    if status == 429:
        headers["Retry-After"] = "1"
    body = {"error": {"errorCode": code, "message": message, "details": details or default_details}}
    return JSONResponse(body, status_code=status, headers=headers, media_type=JSON_TYPE)


def describe(response: Response, reason: str | None = None) -> str:
    """``"400 0011 Request body invalid. (reason)"``: one log line's worth of a refusal."""
    try:
        body = json.loads(bytes(response.body))
    except ValueError:
        body = None
    detail = body.get("error") if isinstance(body, dict) else None
    if isinstance(detail, dict):  # API Gateway's shape
        code, message = detail.get("errorCode"), detail.get("details") or detail.get("message")
    elif isinstance(body, dict):
        code, message = body.get("code"), body.get("message")
    else:
        code, message = None, None
    words = " ".join(str(part) for part in (response.status_code, code, message) if part)
    return f"{words} ({reason})" if reason else words
