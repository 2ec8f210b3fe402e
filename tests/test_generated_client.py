"""generated_client/: every example parses and round-trips; open enums; safe multipart."""

from __future__ import annotations

import hashlib
import importlib
import io
import json
import re
from types import ModuleType
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from clova_ocr_api import AuthenticatedClient, models
from clova_ocr_api.types import File

from .spec_tools import media_examples, operations, resolve, spec


def _module(operation: dict[str, Any]) -> ModuleType:
    tag = operation["tags"][0].lower().replace(" ", "_")
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", operation["operationId"]).lower()
    return importlib.import_module(f"clova_ocr_api.api.{tag}.{name}")


def _schema_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref", "")
    return ref.rsplit("/", 1)[-1] if ref else None


def _client() -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="http://test", token="S", prefix="", auth_header_name="X-OCR-SECRET"
    )


RESPONSE_CASES = []
for path, _, operation in operations():
    for status, response in operation["responses"].items():
        for name, example in (
            resolve(response)["content"].get("application/json", {}).get("examples", {}).items()
        ):
            RESPONSE_CASES.append(
                pytest.param(
                    operation, int(status), resolve(example)["value"], id=f"{path}-{status}-{name}"
                )
            )


@pytest.mark.parametrize(("operation", "status", "body"), RESPONSE_CASES)
def test_every_response_example_parses_into_its_model_and_round_trips(
    operation: dict[str, Any], status: int, body: dict[str, Any]
) -> None:
    response = httpx.Response(status, json=body)
    parsed = _module(operation)._parse_response(client=_client(), response=response)
    assert parsed is not None
    if status == 200:
        assert type(parsed).__name__.endswith("Response")
    elif "error" in body:
        assert isinstance(parsed, models.GatewayError)
    else:
        assert isinstance(parsed, models.OcrError)
    assert parsed.to_dict() == body


REQUEST_CASES = [
    pytest.param(label, schema, value, id=label)
    for label, schema, value in media_examples()
    if " request " in label
]


@pytest.mark.parametrize(("label", "schema", "value"), REQUEST_CASES)
def test_every_request_example_round_trips(label: str, schema: dict[str, Any], value: Any) -> None:
    model = getattr(models, _schema_name(schema) or "")
    if "multipart" in label:
        message_model = getattr(
            models,
            _schema_name(
                spec()["components"]["schemas"][_schema_name(schema)]["properties"]["message"]
            ),
        )
        assert message_model.from_dict(value["message"]).to_dict() == value["message"]
    else:
        assert model.from_dict(value).to_dict() == value


def test_unknown_enum_values_and_unknown_keys_are_kept() -> None:
    body = {
        "version": "V3",
        "requestId": "r",
        "timestamp": 1,
        "futureKey": {"nested": True},
        "images": [
            {
                "uid": "u",
                "name": "n",
                "inferResult": "PARTIAL",
                "message": "SUCCESS",
                "validationResult": {"result": "SKIPPED", "score": 3},
                "fields": [
                    {"inferText": "a", "type": "HANDWRITING", "valueType": "DIGITS", "newProp": 1}
                ],
            }
        ],
    }
    parsed = models.GeneralResponse.from_dict(body)
    image = parsed.images[0]
    assert image.infer_result == "PARTIAL"
    assert image.fields[0].type_ == "HANDWRITING"
    assert image.fields[0]["newProp"] == 1
    assert parsed["futureKey"] == {"nested": True}
    assert parsed.to_dict() == body


def test_default_response_keeps_a_non_json_body_as_text() -> None:
    from clova_ocr_api.api.general_ocr import general_ocr

    html = "<html><body>502 Bad Gateway</body></html>"
    response = httpx.Response(502, text=html, headers={"content-type": "text/html"})
    assert general_ocr._parse_response(client=_client(), response=response) == html


def test_known_enum_values_still_become_enums() -> None:
    image = models.GeneralImageResult.from_dict(
        {"uid": "u", "name": "n", "inferResult": "SUCCESS", "message": "SUCCESS"}
    )
    assert image.infer_result is models.InferResultValue.SUCCESS


def _message(name: str) -> dict[str, Any]:
    return {
        "version": "V2",
        "requestId": "r",
        "timestamp": 0,
        "images": [{"format": "png", "name": name}],
    }


async def _echo_upload(request: Request) -> JSONResponse:
    form = await request.form()
    upload = form["file"]
    data = await upload.read()  # type: ignore[union-attr]
    message = (
        json.loads(form["message"])
        if isinstance(form["message"], str)
        else json.loads(await form["message"].read())
    )
    return JSONResponse(
        {
            "version": "V2",
            "requestId": hashlib.sha256(data).hexdigest(),
            "timestamp": len(data),
            "images": [
                {
                    "uid": "u",
                    "name": message["images"][0]["name"],
                    "inferResult": "SUCCESS",
                    "message": request.headers["content-type"],
                }
            ],
        }
    )


@pytest.mark.anyio
async def test_multipart_upload_with_the_old_fixed_boundary_inside_arrives_intact() -> None:
    from clova_ocr_api.api.general_ocr import general_ocr

    payload = (
        b"\x89PNG\r\n\x1a\n"
        + b'\r\n--+++\r\nContent-Disposition: form-data; name="x"\r\n\r\n' * 3
        + b"\r\n--+++--\r\n"
        + bytes(range(256))
    )
    app = Starlette(routes=[Route("/general", _echo_upload, methods=["POST"])])
    client = _client()
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url="http://test", transport=httpx.ASGITransport(app=app))
    )
    body = models.GeneralMultipartRequest(
        message=models.GeneralMessage.from_dict(_message("boundary")),
        file=File(payload=io.BytesIO(payload), file_name="a.png", mime_type="image/png"),
    )
    response = await general_ocr.asyncio_detailed(client=client, body=body)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, models.GeneralResponse)
    assert parsed.request_id == hashlib.sha256(payload).hexdigest()
    assert parsed.timestamp == len(payload)
    content_type = parsed.images[0].message
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "boundary=+++" not in content_type


def test_multipart_kwargs_leave_the_boundary_to_httpx() -> None:
    from clova_ocr_api.api.document_ocr import receipt_ocr

    body = models.DocumentMultipartRequest(
        message=models.DocumentMessage.from_dict(_message("n")),
        file=File(payload=io.BytesIO(b"x"), file_name="a.png"),
    )
    kwargs = receipt_ocr._get_kwargs(body=body)
    assert "Content-Type" not in kwargs["headers"]
    request = httpx.Request(
        "POST", "http://x/document/receipt", files=kwargs["files"], headers=kwargs["headers"]
    )
    assert re.fullmatch(
        r"multipart/form-data; boundary=[0-9a-f]{32}", request.headers["content-type"]
    )
