"""Retries: which errors, how many, how long; timeouts and per-call overrides."""

from __future__ import annotations

import json
import logging
import re

import httpx
import pytest

from clova_ocr import errors
from clova_ocr._retry import MAX_DELAY, backoff_delay

from .wrapper_helpers import PNG, Recorder, make_async_client, make_client, ok

RATE_LIMITED = httpx.Response(
    400, json={"code": "0025", "message": "Calls to this api have exceeded the rate limit."}
)
SERVER = httpx.Response(500, json={"code": "0501", "message": "OCR service error."})


def test_rate_limit_is_retried_with_growing_backoff_then_succeeds() -> None:
    sleeps: list[float] = []
    handler = Recorder(RATE_LIMITED, SERVER, ok())
    result = make_client(handler, sleeps=sleeps).general(PNG)
    assert result.ok and len(handler.requests) == 3
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0
    ids = {json.loads(body)["requestId"] for body in handler.bodies}
    assert len(ids) == 1, "one logical call keeps one requestId across attempts"


def test_retries_are_bounded_by_max_retries() -> None:
    handler = Recorder(SERVER)
    with pytest.raises(errors.ServerError):
        make_client(handler, max_retries=3).general(PNG)
    assert len(handler.requests) == 4
    handler = Recorder(SERVER)
    with pytest.raises(errors.ServerError):
        make_client(handler).general(PNG, max_retries=0)
    assert len(handler.requests) == 1


def test_default_is_two_retries() -> None:
    handler = Recorder(RATE_LIMITED)
    with pytest.raises(errors.RateLimitError):
        make_client(handler).general(PNG)
    assert len(handler.requests) == 3


def test_retry_after_is_honoured_for_gateway_throttling() -> None:
    sleeps: list[float] = []
    throttled = httpx.Response(
        429,
        json={"error": {"errorCode": "410", "message": "Throttle Limited"}},
        headers={"Retry-After": "3"},
    )
    handler = Recorder(throttled, ok())
    make_client(handler, sleeps=sleeps).general(PNG)
    assert sleeps == [3.0]


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("slow"),
        httpx.ConnectError("refused"),
        httpx.RemoteProtocolError("dropped"),
    ],
)
def test_transport_failures_are_retried_then_raised_typed(failure: Exception) -> None:
    handler = Recorder(failure)
    expected = (
        errors.APITimeoutError
        if isinstance(failure, httpx.TimeoutException)
        else errors.APIConnectionError
    )
    with pytest.raises(expected) as info:
        make_client(handler, max_retries=1).general(PNG)
    assert len(handler.requests) == 2
    assert info.value.__cause__ is failure


def test_timeout_per_client_and_per_call() -> None:
    seen: list[dict] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return ok()

    ocr = make_client(Recorder(answer), timeout=7.0)
    ocr.general(PNG)
    ocr.general(PNG, timeout=httpx.Timeout(30.0, connect=2.0))
    assert seen[0] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert seen[1]["connect"] == 2.0 and seen[1]["read"] == 30.0


def test_default_timeout_is_finite() -> None:
    seen: list[dict] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return ok()

    make_client(Recorder(answer)).general(PNG)
    assert all(value is not None for value in seen[0].values())


def test_backoff_is_capped_and_jittered() -> None:
    assert backoff_delay(10, None, lambda: 0.0) == MAX_DELAY
    assert backoff_delay(1, None, lambda: 1.0) == 0.375


def test_one_log_line_per_attempt_and_one_per_retry(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="clova_ocr")
    trace = {"code": "0501", "message": "OCR service error.", "traceId": "trace-123"}
    make_client(Recorder(httpx.Response(500, json=trace), ok())).general(PNG)
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(lines) == 2
    assert (
        "general status=500" in lines[0]
        and "retries=0" in lines[0]
        and "traceId=trace-123" in lines[0]
    )
    assert "status=200" in lines[1] and "retries=1" in lines[1]
    assert all("ms=" in line for line in lines)
    # The retry itself is a warning that says why (code, status, error) and how long it waits.
    (retry,) = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "code=0501 status=500 ServerError" in retry
    assert re.search(r"waiting \d+\.\d\ds \(retry 1 of 2\)", retry), retry
    caplog.clear()
    with pytest.raises(errors.APIConnectionError):
        make_client(Recorder(httpx.ConnectError("refused")), max_retries=1).general(PNG)
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert [
        ("status=ConnectError" in line, f"retries={i}" in line) for i, line in enumerate(lines)
    ] == [(True, True)] * 2
    assert "after APIConnectionError (ConnectError)" in caplog.records[1].getMessage()


@pytest.mark.anyio
async def test_async_client_retries_the_same_way() -> None:
    sleeps: list[float] = []
    handler = Recorder(RATE_LIMITED, ok())
    async with make_async_client(handler, sleeps=sleeps) as ocr:
        result = await ocr.general(PNG)
    assert result.ok and len(handler.requests) == 2 and len(sleeps) == 1
    handler = Recorder(
        httpx.Response(401, json={"code": "0002", "message": "Secret key validate failed."})
    )
    async with make_async_client(handler) as ocr:
        with pytest.raises(errors.AuthenticationError):
            await ocr.document.receipt(PNG)
    assert len(handler.requests) == 1
