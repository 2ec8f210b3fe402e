"""The mock can never disagree with the spec unnoticed: every answer it builds, strictly checked.

Response objects of ``openapi.yaml`` accept unknown keys (forward compatibility), so a field
renamed in the spec but still written by the mock would pass a normal validation. Here every
answer (each product of the spec, JSON and multipart, the synthetic and the Tesseract
recognizer, templates, replay, errors) is validated against the *strict view* of the spec
(:func:`tests.spec_tools.strict_view`: unknown keys refused), and the unit tests at the end
show a renamed or removed field fails, named. The engine, template and mock test modules use
the same strict check on the answers they build.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from clova_ocr_mock import create_app
from clova_ocr_mock.engine import TesseractRecognizer
from clova_ocr_mock.testing import ClovaOCRMock

from . import engine_pages as pages
from .mock_helpers import BASE, SECRET, json_body, message, pdf, png
from .recording_helpers import FixedTextRecognizer, Input, record
from .spec_tools import schema_named, spec, strict_errors


def _routes() -> dict[str, str]:
    """Route (``general``, ``document/receipt``…) → its 200 answer's schema, from the spec."""
    routes = {}
    for path, item in spec()["paths"].items():
        content = item["post"]["responses"]["200"]["content"]["application/json"]
        routes[path.lstrip("/")] = content["schema"]["$ref"].rsplit("/", 1)[-1]
    return routes


ROUTES = _routes()


def _post(api: TestClient, route: str, data: bytes, fmt: str, multipart: bool, **extra: Any):
    if multipart:
        files = {
            "message": (None, json.dumps(message(fmt, **extra)), "application/json"),
            "file": (f"page.{fmt}", data, "application/octet-stream"),
        }
        return api.post(f"{BASE}/{route}", files=files)
    return api.post(f"{BASE}/{route}", json=json_body(data, fmt, **extra))


def _assert_strictly_valid(route: str, response: Any) -> None:
    assert response.status_code == 200, response.text
    assert strict_errors(schema_named(ROUTES[route]), response.json()) == [], route


@pytest.mark.parametrize("route", list(ROUTES))
@pytest.mark.parametrize("multipart", [False, True], ids=["json", "multipart"])
def test_synthetic_answers_of_every_product(route: str, multipart: bool) -> None:
    api = TestClient(create_app(secret=SECRET), headers={"X-OCR-SECRET": SECRET})
    options: dict[str, Any] = {"enableTableDetection": True} if route == "general" else {}
    _assert_strictly_valid(route, _post(api, route, png(), "png", multipart, **options))
    _assert_strictly_valid(route, _post(api, route, pdf(2), "pdf", multipart))
    if route in ("general", "infer"):
        _assert_strictly_valid(route, _post(api, route, png(), "png", multipart, version="V1"))


@pytest.fixture(scope="module")
def tesseract() -> TestClient:
    return TestClient(
        create_app(secret=SECRET, recognizer=TesseractRecognizer()),
        headers={"X-OCR-SECRET": SECRET},
    )


@pytest.mark.parametrize("route", list(ROUTES))
def test_tesseract_answers_of_every_product(tesseract: TestClient, route: str) -> None:
    page, _ = pages.text_page(pages.ENGLISH, "DejaVuSans")
    options: dict[str, Any] = {"enableTableDetection": True} if route == "general" else {}
    response = _post(tesseract, route, pages.encode(page), "png", False, **options)
    _assert_strictly_valid(route, response)


def test_template_answers_from_a_templates_file(tmp_path: Path) -> None:
    templates = tmp_path / "templates.yaml"
    templates.write_text(pages.FORM_TEMPLATES, encoding="utf-8")
    app = create_app(secret=SECRET, templates=templates, recognizer=TesseractRecognizer())
    api = TestClient(app, headers={"X-OCR-SECRET": SECRET})
    form = pages.encode(pages.filled_form("홍길동", "010-1234-5678", agree=True))
    _assert_strictly_valid("infer", _post(api, "infer", form, "png", False))
    other, _ = pages.text_page(("Nothing to see here",), "DejaVuSans", 26, width=1000)
    _assert_strictly_valid("infer", _post(api, "infer", pages.encode(other), "png", False))


def test_replayed_answers(tmp_path: Path) -> None:
    inputs = [Input("receipt.png", "receipt", png(201)), Input("scan.png", "general", png(211))]
    with ClovaOCRMock(secret="recording") as service, service.client() as client:
        folder = record(client, inputs, tmp_path / "recorded")
    app = create_app(secret=SECRET, answers=folder, recognizer=FixedTextRecognizer("LIVE"))
    api = TestClient(app, headers={"X-OCR-SECRET": SECRET})
    for item, route in zip(inputs, ["document/receipt", "general"], strict=True):
        response = _post(api, route, item.data, "png", True)
        _assert_strictly_valid(route, response)
        assert "LIVE" not in response.text  # the recorded answer, not the recognizer


def test_error_answers() -> None:
    api = TestClient(create_app(secret=SECRET))
    invalid = api.post(f"{BASE}/general", json={"version": "V2"}, headers={"X-OCR-SECRET": SECRET})
    no_secret = api.post(f"{BASE}/general", json=json_body(png()))
    other_domain = TestClient(create_app(secret=SECRET, domain_id="999")).post(
        f"{BASE}/general", json=json_body(png()), headers={"X-OCR-SECRET": SECRET}
    )
    assert (invalid.status_code, no_secret.status_code, other_domain.status_code) == (400, 401, 404)
    assert strict_errors(schema_named("OcrError"), invalid.json()) == []
    assert strict_errors(schema_named("OcrError"), no_secret.json()) == []
    assert strict_errors(schema_named("GatewayError"), other_domain.json()) == []


# ---------------------------------------------------------------------------- it can fail
@pytest.fixture(scope="module")
def receipt_answer() -> dict[str, Any]:
    api = TestClient(create_app(secret=SECRET), headers={"X-OCR-SECRET": SECRET})
    response = api.post(f"{BASE}/document/receipt", json=json_body(png()))
    body: dict[str, Any] = response.json()
    assert "totalPrice" in body["images"][0]["receipt"]["result"]  # what the tests below rename
    return body


def test_a_field_renamed_in_the_spec_fails_naming_the_field(
    receipt_answer: dict[str, Any],
) -> None:
    """The issue's case: the spec renames receipt `totalPrice` to `total`; the mock did not."""
    renamed = copy.deepcopy(spec())
    properties = renamed["components"]["schemas"]["ReceiptResult"]["properties"]
    properties["total"] = properties.pop("totalPrice")
    problems = strict_errors(schema_named("ReceiptResponse"), receipt_answer, renamed)
    assert any("'totalPrice' was unexpected" in p for p in problems), problems
    assert all("receipt/result" in p for p in problems), problems  # and says where


def test_a_field_removed_from_the_spec_fails_naming_the_field(
    receipt_answer: dict[str, Any],
) -> None:
    removed = copy.deepcopy(spec())
    removed["components"]["schemas"]["ReceiptStoreInfo"]["properties"].pop("name")
    problems = strict_errors(schema_named("ReceiptResponse"), receipt_answer, removed)
    assert any("'name' was unexpected" in p and "storeInfo" in p for p in problems), problems


def test_a_field_renamed_in_the_answer_fails_naming_the_field(
    receipt_answer: dict[str, Any],
) -> None:
    drifted = copy.deepcopy(receipt_answer)
    result = drifted["images"][0]["receipt"]["result"]
    result["total"] = result.pop("totalPrice")
    assert strict_errors(schema_named("ReceiptResponse"), receipt_answer) == []
    problems = strict_errors(schema_named("ReceiptResponse"), drifted)
    assert any("'total' was unexpected" in p for p in problems), problems


def test_the_published_spec_stays_open(receipt_answer: dict[str, Any]) -> None:
    """The strict view is made in the tests: the published schemas keep accepting new keys."""
    from .spec_tools import errors

    drifted = copy.deepcopy(receipt_answer)
    drifted["images"][0]["receipt"]["result"]["newField"] = {"text": "x"}
    assert errors(schema_named("ReceiptResponse"), drifted) == []
    assert strict_errors(schema_named("ReceiptResponse"), drifted) != []
