"""Fault injection for client tests: the ``X-Mock-Fault`` request header (when allowed).

Values:
    ``0500``, ``0501``, ``0025``, … any OCR engine code   → that engine error
    ``gateway-401``, ``gateway-429``, ``gateway-503``, …     → API Gateway-shaped error
    ``html-502``                                             → an HTML error page
    ``empty-500``                                            → an empty body
    ``truncated``                                            → 200 with cut-off JSON
    ``slow-<ms>``                                            → answer normally after a delay
    ``drop``                                                 → drop the connection mid-answer
    ``invalid-bizno``, ``low-confidence``, ``pii``, …         → an answer that fails a check
                                                               (:mod:`.spoilers`)
"""

from __future__ import annotations

import asyncio

from starlette.responses import HTMLResponse, Response
from starlette.types import Receive, Scope, Send

from .errors import ENGINE_ERRORS, GATEWAY_ERRORS, JSON_TYPE, engine_error, gateway_error
from .spoilers import SPOILERS

HEADER = "x-mock-fault"


class Dropped(ConnectionAbortedError):
    """How :class:`DroppedConnection` makes the server drop the connection (logged in one line)."""


class DroppedConnection(Response):
    """Starts a 200 answer, sends part of it, then fails so the server drops the connection."""

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", JSON_TYPE.encode()), (b"content-length", b"1000")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"version":"V2",', "more_body": True})
        raise Dropped("the connection was dropped mid-answer, as asked")


SPELLINGS = (
    "an engine code (0500, 0501, 0025, …)",
    "gateway-<status> (" + ", ".join(str(s) for s in GATEWAY_ERRORS) + ")",
    "html-<4xx|5xx>",
    "empty-<4xx|5xx>",
    "truncated",
    "slow-<ms>",
    "drop",
    *SPOILERS,
)


def problem(fault: str) -> str | None:
    """Why ``fault`` is not a value :func:`apply` knows, or ``None`` when it is one."""
    value = fault.strip().lower()
    kind, _, arg = value.partition("-")
    status = int(arg) if arg.isdigit() else 0
    known = (
        value in ENGINE_ERRORS
        or (kind == "gateway" and status in GATEWAY_ERRORS)
        or (kind in ("html", "empty") and 400 <= status <= 599)
        or (kind == "slow" and arg.isdigit())
        or value in ("truncated", "drop")
        or value in SPOILERS
    )
    if known:
        return None
    return f"X-Mock-Fault: unknown value {fault.strip()!r}; use one of: " + ", ".join(SPELLINGS)


def rejection(reason: str) -> Response:
    """The answer to a mistyped fault: API Gateway's 400 body with ``reason`` as its details.

    In the documented error shape, so a client (the SDK: "Bad Request Exception: X-Mock-Fault:
    unknown value …") shows the reason instead of "the body is not JSON"; the
    ``x-mock-fault-error`` header, which no real service sends, marks it as the mock's.
    """
    response = gateway_error(400, reason)
    response.headers["x-mock-fault-error"] = "unknown"
    return response


async def apply(fault: str, path: str) -> Response | None:
    """The answer for ``fault``, or ``None`` to carry on (after any delay it asks for)."""
    fault = fault.strip().lower()
    if fault in ENGINE_ERRORS:
        return engine_error(fault, path)
    kind, _, arg = fault.partition("-")
    status = int(arg) if arg.isdigit() else 0
    if kind == "gateway" and status in GATEWAY_ERRORS:
        return gateway_error(status)
    if kind == "html" and 400 <= status <= 599:
        page = (
            f"<html><head><title>{status}</title></head><body><h1>{status} Error</h1></body></html>"
        )
        return HTMLResponse(page, status_code=status)
    if kind == "empty" and 400 <= status <= 599:
        return Response(b"", status_code=status)
    if fault == "truncated":
        return Response(
            b'{"version": "V2", "requestId": "r", "images": [{"uid"', media_type=JSON_TYPE
        )
    if kind == "slow" and arg.isdigit():
        await asyncio.sleep(min(int(arg), 120_000) / 1000)
        return None
    if fault == "drop":
        return DroppedConnection()
    return None
