"""Every answer the service can give maps to one typed error; nothing else escapes."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from clova_ocr import OCRResult, errors
from clova_ocr._logging import redact

from .spec_tools import spec
from .wrapper_helpers import PNG, Recorder, example, make_client, ok

OCR_CODES = {
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
GATEWAY = {
    401: errors.GatewayAuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    413: errors.PayloadTooLargeError,
    429: errors.GatewayRateLimitError,
    500: errors.GatewayServerError,
    503: errors.GatewayServerError,
    504: errors.GatewayServerError,
}
STATUS_OF_RESPONSE = {
    "BadRequest": 400,
    "Unauthorized": 401,
    "Forbidden": 403,
    "NotFound": 404,
    "PayloadTooLarge": 413,
    "TooManyRequests": 429,
    "InternalError": 500,
    "ServiceUnavailable": 503,
    "GatewayTimeout": 504,
}


def _error_examples() -> list[tuple[int, dict]]:
    cases = []
    for name, response in spec()["components"]["responses"].items():
        json_content = response["content"].get("application/json", {})  # not UnexpectedAnswer
        for example_value in json_content.get("examples", {}).values():
            cases.append((STATUS_OF_RESPONSE[name], example_value["value"]))
    return cases


@pytest.mark.parametrize(("status", "body"), _error_examples(), ids=lambda v: str(v)[:40])
def test_every_documented_error_maps_to_its_exception(status: int, body: dict) -> None:
    handler = Recorder(httpx.Response(status, json=body))
    with pytest.raises(errors.APIError) as info:
        make_client(handler, max_retries=0).general(PNG)
    error = info.value
    assert error.http_status == status
    assert error.request_id == handler.json_body()["requestId"]
    # The path the service reports holds the invoke key: kept, with the key shortened.
    shown = {**body, "path": redact(body["path"])} if "path" in body else body
    assert error.body == shown
    if "code" in body:
        assert type(error) is OCR_CODES[body["code"]]
        assert error.code == body["code"]
        assert error.message == body["message"]
        assert error.trace_id == body["traceId"]
        assert error.path == redact(body["path"])
        assert body["traceId"] in str(error)
    else:
        expected = GATEWAY.get(status, errors.GatewayError)
        assert type(error) is expected
        assert error.code == body["error"]["errorCode"]
        assert body["error"]["message"] in str(error)


def test_never_retry_0002_0011_0023() -> None:
    for code in ("0002", "0011", "0023"):
        handler = Recorder(
            httpx.Response(400 if code != "0002" else 401, json={"code": code, "message": "m"})
        )
        with pytest.raises(errors.APIError):
            make_client(handler, max_retries=5).general(PNG)
        assert len(handler.requests) == 1, code


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(
            502, text="<html><body>Bad Gateway</body></html>", headers={"content-type": "text/html"}
        ),
        httpx.Response(200, text="<html>oops</html>", headers={"content-type": "text/html"}),
        httpx.Response(200, content=b""),
        httpx.Response(500, content=b""),
        httpx.Response(400, text="not json"),
        httpx.Response(520, json={"weird": True}),
        httpx.Response(418, json=["a", "list"]),
        httpx.Response(200, json=["not", "an", "object"]),
        httpx.Response(200, json={"version": "V2"}),
        httpx.Response(
            200, json={"version": "V2", "requestId": "r", "timestamp": 1, "images": "nope"}
        ),
        httpx.Response(200, content=b"\xff\xfe\x00garbage"),
        httpx.Response(401, json={"error": "string instead of object"}),
    ],
    ids=lambda r: f"{r.status_code}",
)
def test_unreadable_answers_raise_unexpected_response_error(response: httpx.Response) -> None:
    handler = Recorder(response)
    with pytest.raises(errors.UnexpectedResponseError) as info:
        make_client(handler, max_retries=0).general(PNG)
    assert info.value.http_status == response.status_code
    assert info.value.retryable == (response.status_code >= 500 or response.status_code == 429)


def test_undocumented_status_with_an_ocr_body_is_still_understood() -> None:
    handler = Recorder(httpx.Response(502, json={"code": "0501", "message": "OCR service error."}))
    with pytest.raises(errors.ServerError, match="0501"):
        make_client(handler, max_retries=0).general(PNG)


@pytest.mark.parametrize("outcome", ["FAILURE", "ERROR"])
def test_per_image_failure_raises_with_the_service_message(outcome: str) -> None:
    body = example("GeneralImageErrorResponse")
    body["images"][0]["inferResult"] = outcome
    handler = Recorder(ok(body))
    with pytest.raises(errors.ImageInferenceError, match="Failed to decode") as info:
        make_client(handler).general(PNG)
    assert info.value.code == outcome
    assert info.value.http_status == 200
    assert info.value.result.raw == body


def test_per_image_failure_can_be_reported_instead() -> None:
    body = example("GeneralImageErrorResponse")
    result = make_client(Recorder(ok(body)), raise_on_failure=False).general(PNG)
    assert not result.ok
    assert result.failures[0].message == "Failed to decode the image."
    result = make_client(Recorder(ok(body))).general(PNG, raise_on_failure=False)
    assert not result.ok


def test_unknown_infer_result_is_not_an_error() -> None:
    body = example("GeneralV2Response")
    body["images"][0]["inferResult"] = "PARTIAL_SUCCESS"
    body["images"][0]["brandNewField"] = {"x": 1}
    result = make_client(Recorder(ok(body))).general(PNG)
    assert result.ok
    assert result.raw == body
    assert result.model.images[0].infer_result == "PARTIAL_SUCCESS"


def test_raw_is_the_answer_unchanged() -> None:
    body = example("GeneralTableResponse")
    result = make_client(Recorder(ok(json.loads(json.dumps(body))))).general(PNG)
    assert result.raw == body
    assert result.model.to_dict() == body


def test_one_strictness_rule_for_live_and_saved_answers(tmp_path: Path) -> None:
    """An answer missing a required key reads the same live and offline: helpers work, the
    typed model says what is wrong with a typed error."""
    body = json.loads(json.dumps(example("GeneralV2Response")))  # a copy: examples are shared
    del body["images"][0]["fields"][0]["inferText"]
    live = make_client(Recorder(ok(body))).general(PNG)
    path = tmp_path / "saved.json"
    live.save(path)
    saved = OCRResult.open(path)
    assert type(saved) is type(live) and saved.raw == live.raw == body
    for result in (live, saved):
        assert result.ok and len(result.words) == len(body["images"][0]["fields"])
        with pytest.raises(errors.UnexpectedResponseError, match="does not match the API"):
            _ = result.model
