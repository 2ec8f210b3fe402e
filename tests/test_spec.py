"""openapi.yaml: valid, complete, and its examples and real payloads validate."""

from __future__ import annotations

import copy
import json

import pytest
from openapi_spec_validator import validate

from .spec_tools import (
    REFERENCE,
    errors,
    media_examples,
    operations,
    resolve,
    schema_named,
    spec,
)

OCR_ERROR_CODES = [
    "0001",
    "0002",
    "0011",
    "0021",
    "0022",
    "0023",
    "0025",
    "0028",
    "0500",
    "0501",
    "1021",
]
GATEWAY_ERROR_CODES = ["100", "200", "210", "230", "300", "430", "410", "420", "900", "500", "510"]
ERROR_STATUSES = {"400", "401", "403", "404", "413", "429", "500", "503", "504"}
#: The Document OCR paths, read from the spec: a new product is checked here as it lands
#: (tests/test_product_tables.py checks that the SDK, the mock and the replay table have it).
DOCUMENT_PATHS = sorted(path for path in spec()["paths"] if path.startswith("/document/"))


def test_spec_is_valid_openapi_3_1() -> None:
    assert spec()["openapi"].startswith("3.1")
    validate(spec())


def test_every_product_path_is_present_with_a_unique_operation_id() -> None:
    paths = {path for path, _, _ in operations()}
    assert {"/general", "/infer", "/document/receipt"} <= paths  # the three OCR families
    assert paths == {"/general", "/infer", *DOCUMENT_PATHS}  # and nothing else
    ids = [op["operationId"] for _, _, op in operations()]
    assert len(ids) == len(set(ids))
    assert all(method == "post" for _, method, _ in operations())
    assert all(op.get("tags") for _, _, op in operations())


@pytest.mark.parametrize("path", ["/general", "/infer", *DOCUMENT_PATHS])
def test_operation_has_json_and_multipart_bodies_and_every_error(path: str) -> None:
    operation = spec()["paths"][path]["post"]
    body = resolve(operation["requestBody"])
    assert body["required"] is True
    assert set(body["content"]) == {"application/json", "multipart/form-data"}
    multipart = body["content"]["multipart/form-data"]
    assert multipart["encoding"]["message"]["contentType"] == "application/json"
    assert next(iter(body["content"])) == "multipart/form-data"  # see the body's description
    assert set(operation["responses"]) == {"200", "default"} | ERROR_STATUSES
    assert "security" not in operation  # declared once, globally
    names = {scheme for requirement in spec()["security"] for scheme in requirement}
    assert {"ClientSecret", "GatewaySignatureV2"} <= names


def test_every_reference_error_code_has_a_named_example_and_a_table_row() -> None:
    description = spec()["info"]["description"]
    examples = [value for label, _, value in media_examples() if label.startswith("post /general ")]
    ocr_codes = {v.get("code") for v in examples if isinstance(v, dict)}
    gateway_codes = {
        v["error"]["errorCode"] for v in examples if isinstance(v, dict) and "error" in v
    }
    for code in OCR_ERROR_CODES:
        assert code in ocr_codes, code
        assert f"`{code}`" in description, code
    for code in GATEWAY_ERROR_CODES:
        assert f"`{code}`" in description, code
    assert {
        "100",
        "200",
        "210",
        "230",
        "300",
        "430",
        "410",
        "420",
        "900",
        "500",
        "510",
    } <= gateway_codes


def test_there_is_an_example_for_every_body() -> None:
    labelled = {label.rsplit(" ", 1)[0] for label, _, _ in media_examples()}
    for path, method, operation in operations():
        for media in resolve(operation["requestBody"])["content"]:
            assert f"{method} {path} request {media}" in labelled
        for status in operation["responses"]:
            media = "text/html" if status == "default" else "application/json"
            assert f"{method} {path} {status} {media}" in labelled


@pytest.mark.parametrize(
    ("label", "schema", "value"),
    list(media_examples()),
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_every_example_validates_against_its_schema(
    label: str, schema: dict, value: object
) -> None:
    if "multipart" in label:
        value = {**value, "file": "bytes"}  # the binary part is shown as a placeholder string
    assert errors(schema, value) == [], label


def test_schema_level_examples_validate() -> None:
    for name, schema in spec()["components"]["schemas"].items():
        for example in schema.get("examples", []):
            assert errors(schema_named(name), example) == [], name


REAL_RESPONSES = {
    "general-01.json": "GeneralResponse",
    "general-02.json": "GeneralResponse",
    "general-03.json": "GeneralResponse",
    "general-04.json": "GeneralResponse",
    "general-06.json": "GeneralResponse",
    "receipt-01.json": "ReceiptResponse",
    "receipt-02.json": "ReceiptResponse",
}


@pytest.mark.parametrize(("filename", "schema"), REAL_RESPONSES.items())
def test_real_saved_answers_validate(filename: str, schema: str) -> None:
    body = json.loads((REFERENCE / "real" / filename).read_text(encoding="utf-8"))
    assert errors(schema_named(schema), body) == []


def test_reference_payloads_validate() -> None:
    load = lambda name: json.loads((REFERENCE / name).read_text(encoding="utf-8"))  # noqa: E731
    assert errors(schema_named("GeneralRequest"), load("general-request-01.json")) == []
    assert errors(schema_named("TemplateRequest"), load("template-request-01.json")) == []
    assert errors(schema_named("DocumentRequest"), load("document-request-01.json")) == []
    assert errors(schema_named("DocumentRequest"), load("document-request-02.json")) == []
    assert errors(schema_named("GeneralResponse"), load("general-response-01.json")) == []
    for name in ["idcard-ic-image-01.json", "idcard-pp-image-01.json"]:
        assert errors(schema_named("IdCardImageResult"), load(name)) == []
    for name in [
        "apigw-error-200-01.json",
        "apigw-error-200-02.json",
        "apigw-error-210-01.json",
        "apigw-error-300-01.json",
    ]:
        assert errors(schema_named("GatewayError"), load(name)) == []


GENERAL = {
    "version": "V2",
    "requestId": "r",
    "timestamp": 0,
    "images": [{"format": "png", "name": "n", "data": "aGVsbG8="}],
}


def _general(**changes: object) -> dict:
    body = copy.deepcopy(GENERAL)
    image = changes.pop("image", None)
    if isinstance(image, dict):
        body["images"] = [image]
    body.update(changes)
    return body


@pytest.mark.parametrize(
    "body",
    [
        _general(image={"format": "PNG", "name": "n", "data": "aGVsbG8="}),
        _general(image={"format": "JPG", "name": "n", "url": "https://x/y.jpg", "data": None}),
        _general(image={"format": "jpeg", "name": "n", "data": "aGVsbG8=", "url": None, "date": 1}),
        _general(enableTableDetection="false"),
        _general(enableTableDetection=True),
        _general(lang="ko, ja, zh-TW"),
        _general(resultType="string", version="V1"),
    ],
)
def test_request_schema_accepts_what_real_clients_send(body: dict) -> None:
    assert errors(schema_named("GeneralRequest"), body) == []


@pytest.mark.parametrize(
    ("schema", "body"),
    [
        ("GeneralRequest", _general(image={"format": "gif", "name": "n", "data": "x"})),
        # "data or url" is stated in the description, not the schema (portability): the mock
        # enforces it (tests/test_mock.py::test_bad_bodies_are_0011).
        ("GeneralRequest", _general(image={"data": "aGk="})),
        ("GeneralRequest", _general(version="V3")),
        ("GeneralRequest", _general(lang="fr")),
        ("GeneralRequest", _general(enableTableDetection="yes")),
        ("GeneralRequest", {**GENERAL, "images": []}),
        ("GeneralRequest", {k: v for k, v in GENERAL.items() if k != "requestId"}),
        ("DocumentRequest", _general(version="V1")),
        ("DocumentRequest", _general(image={"format": "png", "name": "n", "url": "https://x/y"})),
    ],
)
def test_request_schema_rejects_invalid_bodies(schema: str, body: dict) -> None:
    assert errors(schema_named(schema), body) != []


def test_response_enums_are_open_and_objects_allow_unknown_keys() -> None:
    body = json.loads((REFERENCE / "general-response-01.json").read_text(encoding="utf-8"))
    body["newTopLevel"] = {"x": 1}
    image = body["images"][0]
    image["inferResult"] = "PARTIAL_SUCCESS"
    image["validationResult"]["result"] = "SKIPPED"
    image["fields"][0]["type"] = "HANDWRITING"
    image["fields"][0]["valueType"] = "NUMERIC"
    image["fields"][0]["newKey"] = [1, 2]
    assert errors(schema_named("GeneralResponse"), body) == []
