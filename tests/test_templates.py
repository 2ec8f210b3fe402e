"""Template OCR against templates from a local YAML file (``mock serve --templates``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from clova_ocr.cli import main
from clova_ocr_mock import MockSettings, create_app
from clova_ocr_mock.engine import TesseractRecognizer
from clova_ocr_mock.templates import Template, TemplateField, load_templates

from . import engine_pages as pages
from .mock_helpers import BASE, SECRET, json_body, png
from .spec_tools import schema_named
from .spec_tools import strict_errors as schema_errors  # unknown keys refused


@pytest.fixture(scope="module")
def templates_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "templates.yaml"
    path.write_text(pages.FORM_TEMPLATES, encoding="utf-8")
    return path


def _infer(app: Any, data: bytes, fmt: str = "png", **image: Any) -> dict[str, Any]:
    api = TestClient(app, headers={"X-OCR-SECRET": SECRET})
    body = json_body(data, fmt)
    body["images"][0].update(image)
    response = api.post(f"{BASE}/infer", json=body)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    assert schema_errors(schema_named("TemplateResponse"), answer) == []
    return answer


@pytest.fixture(scope="module")
def three_pages(templates_file: Path) -> list[dict[str, Any]]:
    """One PDF: the form ticked, the form not ticked, a page of no template."""
    app = create_app(secret=SECRET, templates=templates_file, recognizer=TesseractRecognizer())
    document = pages.pdf(
        [
            pages.filled_form("홍길동", "010-1234-5678", agree=True, postcode="06236"),
            pages.filled_form("Jane Doe", "02-555-0100", agree=False),
            pages.text_page(("Nothing to see here",), "DejaVuSans", 26, width=1000)[0],
        ]
    )
    images: list[dict[str, Any]] = _infer(app, document, "pdf")["images"]
    return images


def _fields(image: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {field["name"]: field for field in image["fields"]}


def test_a_filled_form_is_matched_and_its_fields_read(three_pages) -> None:
    first, second, _ = three_pages
    assert first["inferResult"] == "SUCCESS"
    assert first["matchedTemplate"] == {"id": 1001, "name": "membership-form"}
    assert first["title"]["inferText"] == "MEMBERSHIP FORM"
    fields = _fields(first)
    assert fields["name"]["inferText"].replace(" ", "") == "홍길동"
    assert fields["phone"]["inferText"] == "010-1234-5678"
    assert 0 < fields["phone"]["inferConfidence"] <= 1
    assert fields["phone"]["type"] == "NORMAL" and fields["phone"]["lineBreak"] is True
    # the field's box is the template's area (template size = page size here)
    assert fields["phone"]["boundingPoly"]["vertices"][0] == {"x": 200.0, "y": 185.0}
    assert fields["agree"]["type"] == "CHECKBOX" and fields["agree"]["checked"] is True
    second_fields = _fields(second)
    assert second_fields["zip"]["inferText"] == "" and second_fields["zip"]["subFields"]
    assert second["combineResult"][1]["inferText"] == "02-555-0100"  # the empty zip left out
    assert second_fields["name"]["inferText"] == "Jane Doe"
    assert second_fields["phone"]["inferText"] == "02-555-0100"
    assert second_fields["agree"]["checked"] is False


def test_multi_box_fields_answer_one_sub_field_per_box(three_pages) -> None:
    zip_code = _fields(three_pages[0])["zip"]
    assert zip_code["type"] == "MULTI_BOX" and zip_code["inferText"] == "06236"
    subs = zip_code["subFields"]
    assert [s["inferText"] for s in subs] == list("06236")
    assert [s["lineBreak"] for s in subs] == [False] * 4 + [True]
    assert [s["boundingPoly"]["vertices"][0] for s in subs] == [
        {"x": 220.0 + 50 * i, "y": 480.0} for i in range(5)
    ]
    assert all(0 < s["inferConfidence"] <= 1 for s in subs)


def test_combined_fields_join_their_fields_texts(three_pages) -> None:
    combined = three_pages[0]["combineResult"]
    assert combined == [
        {"name": "name+phone", "valueType": "ALL", "inferText": "홍길동 010-1234-5678"},
        {"name": "phone/zip", "valueType": "ALL", "inferText": "010-1234-5678 / 06236"},
    ]


def test_a_page_of_no_template_is_a_per_image_failure(three_pages) -> None:
    failed = three_pages[2]
    assert failed["inferResult"] == "FAILURE" and failed["message"] == "No matched template."
    assert "fields" not in failed and "matchedTemplate" not in failed


def test_template_ids_restrict_matching() -> None:
    form = [Template(7, "shape-only", (640, 480), (TemplateField("all", (0, 0, 640, 480)),))]
    app = create_app(secret=SECRET, templates=form)  # synthetic words; matched by page shape
    (image,) = _infer(app, png(640, 480), templateIds=[8])["images"]
    assert image["inferResult"] == "FAILURE"
    (image,) = _infer(app, png(320, 240), templateIds=[7])["images"]  # same shape, half size
    assert image["matchedTemplate"]["id"] == 7
    assert image["fields"][0]["boundingPoly"]["vertices"][2] == {"x": 320.0, "y": 240.0}
    assert "CLOVA OCR MOCK" in image["fields"][0]["inferText"]  # every synthetic word is inside
    (image,) = _infer(app, png(480, 480))["images"]  # another shape
    assert image["inferResult"] == "FAILURE"


def test_v1_answers_bounding_boxes() -> None:
    form = [Template(7, "shape-only", (640, 480), (TemplateField("all", (10, 20, 110, 70)),))]
    api = TestClient(create_app(secret=SECRET, templates=form), headers={"X-OCR-SECRET": SECRET})
    response = api.post(f"{BASE}/infer", json=json_body(png(640, 480), version="V1"))
    (field,) = response.json()["images"][0]["fields"]
    assert field["bounding"] == {"top": 20.0, "left": 10.0, "width": 100.0, "height": 50.0}
    assert "type" not in field and "boundingPoly" not in field


def test_no_deployed_template_is_1021() -> None:
    api = TestClient(create_app(secret=SECRET, templates=[]), headers={"X-OCR-SECRET": SECRET})
    response = api.post(f"{BASE}/infer", json=json_body(png()))
    assert response.status_code == 500 and response.json()["code"] == "1021"


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("templates: {}", "top-level 'templates:' list"),
        (
            "templates: [{id: 1, name: a, size: [10, 10], fields: [{name: f, box: [5, 0, 1, 1]}]}]",
            "left<right",
        ),
        (
            "templates: [{id: 1, name: a, size: [10, 10], fields: [{name: f, box: [0, 0, 1, 1], type: X}]}]",
            "type must be one of NORMAL, CHECKBOX, MULTI_BOX",
        ),
        (
            "templates: [{id: 1, name: a, size: [10, 10], fields: [{name: f, box: [0, 0, 1, 1]}]},"
            " {id: 1, name: b, size: [10, 10], fields: [{name: f, box: [0, 0, 1, 1]}]}]",
            "unique",
        ),
        ("templates: [", "not valid YAML"),
        (
            "templates: [{id: 1, name: a, size: [10, 10], fields: [{name: f, box: [0, 0, 1, 1], type: MULTI_BOX}]}]",
            "MULTI_BOX field needs boxes",
        ),
        (
            "templates: [{id: 1, name: a, size: [10, 10], fields: [{name: f, box: [0, 0, 1, 1]}],"
            " combine: [{name: c, fields: [f, g]}]}]",
            r"no such fields \['g'\]",
        ),
    ],
)
def test_malformed_template_files_are_refused_with_the_reason(
    tmp_path: Path, text: str, complaint: str
) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=complaint):
        load_templates(path)


def test_mock_serve_loads_the_templates_file(templates_file: Path, tmp_path: Path) -> None:
    loaded = MockSettings(templates=templates_file).templates
    assert isinstance(loaded, tuple) and [t.id for t in loaded] == [1001, 1002]
    bad = tmp_path / "bad.yaml"
    bad.write_text("templates: 3", encoding="utf-8")
    result = CliRunner().invoke(main, ["mock", "serve", "--secret", "S", "--templates", str(bad)])
    assert result.exit_code == 2 and "templates:" in result.output
    both = ["mock", "serve", "--secret", "S", "--templates", str(templates_file), "--no-templates"]
    result = CliRunner().invoke(main, both)
    assert result.exit_code == 2 and "not both" in result.output
