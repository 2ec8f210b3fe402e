"""text, lines, fields, tables, pages and documents built from the spec's examples."""

from __future__ import annotations

import copy
import io
import json

import pytest
from PIL import Image

from clova_ocr import DocumentResult, GeneralResult, OCRResult, TemplateResult, draw

from .wrapper_helpers import PNG, Recorder, example, make_client, ok, real


def test_text_and_lines_follow_line_breaks() -> None:
    result = make_client(Recorder(ok(example("GeneralV2Response")))).general(PNG)
    fields = example("GeneralV2Response")["images"][0]["fields"]
    expected_lines: list[list[str]] = [[]]
    for field in fields:
        expected_lines[-1].append(field["inferText"])
        if field["lineBreak"]:
            expected_lines.append([])
    expected = [" ".join(words) for words in expected_lines if words]
    assert [line.text for line in result.lines] == expected
    assert result.text == "\n".join(expected)
    assert result.text.startswith("(주) 킹마트\n사업자번호: 286-81-01771")
    assert [w.text for w in result.fields] == [f["inferText"] for f in fields]
    first = result.lines[1]
    assert first.confidence == min(f["inferConfidence"] for f in fields[1:3])
    assert first.polygon.bbox is not None
    assert result.pages[0].width == 800


def test_v1_answers_without_line_breaks_group_lines_by_position() -> None:
    body = real("general-03.json")
    result = GeneralResult(raw=body)
    assert all(w.line_break is None for w in result.words)
    assert 1 < len(result.lines) < len(result.words)
    for line in result.lines:
        tops = [w.polygon.bbox[1] for w in line.words]
        assert max(tops) - min(tops) < 40


def test_tables_resolve_spans_to_rows_csv_and_dataframe() -> None:
    result = GeneralResult(raw=real("general-06.json"))
    table = result.tables[0]
    assert (table.n_rows, table.n_columns) == (6, 3)
    rows = table.to_rows()
    assert rows[0] == ["쿠분", "변명 전", "변경 후"]
    assert rows[4][0] == rows[5][0] == "제28조\n[비디오 잔뜩"  # rowSpan 2 fills both rows
    assert table.to_rows(repeat_spans=False)[5][0] == ""
    assert rows[1][1] == ""  # an empty cell
    csv_text = table.to_csv()
    assert csv_text.splitlines()[0] == "쿠분,변명 전,변경 후"
    frame = table.to_dataframe(header=True)
    assert list(frame.columns) == ["쿠분", "변명 전", "변경 후"]
    assert frame.shape == (5, 3)


def test_table_example_of_the_spec() -> None:
    result = make_client(Recorder(ok(example("GeneralTableResponse")))).general(PNG, tables=True)
    assert len(result.tables) == 1
    cells = example("GeneralTableResponse")["images"][0]["tables"][0]["cells"]
    grid = result.tables[0].to_rows()
    for cell in cells:
        words = [w["inferText"] for line in cell["cellTextLines"] for w in line["cellWords"]]
        assert " ".join(words) in grid[cell["rowIndex"]][cell["columnIndex"]].replace("\n", " ")


def test_multi_page_answers_are_pages() -> None:
    body = example("GeneralV2Response")
    second = copy.deepcopy(body["images"][0])
    second["convertedImageInfo"]["pageIndex"] = 1
    second["fields"] = second["fields"][:1]
    body["images"].append(second)
    result = GeneralResult(raw=body)
    assert [p.index for p in result.pages] == [0, 1]
    assert result.text.endswith("\n\n(주) 킹마트")


def test_template_fields_checkbox_multibox_and_combined() -> None:
    result = make_client(Recorder(ok(example("TemplateResponse")))).template(
        PNG, template_ids=[390]
    )
    assert isinstance(result, TemplateResult)
    assert result.matched_template == {"id": 390, "name": "가입신청서-2024"}
    by_name = {f.name: f for f in result.fields}
    assert by_name["마케팅 수신 동의"].checked is True
    assert [s.text for s in by_name["우편번호"].sub_fields] == list("06236")
    assert result.to_dict() == {
        "성명": "홍길동",
        "연락처": "010-1234-5678",
        "마케팅 수신 동의": "true",
        "우편번호": "06236",
        "성명+연락처": "홍길동 010-1234-5678",
    }


def test_template_v1_bounding_becomes_a_polygon() -> None:
    result = TemplateResult(raw=example("TemplateV1Response"))
    assert result.fields[0].polygon.bbox == (300.0, 210.0, 480.5, 246.0)


def test_receipt_document_typed_and_flat() -> None:
    result = make_client(Recorder(ok(example("ReceiptResponse")))).document.receipt(PNG)
    assert isinstance(result, DocumentResult)
    flat = result.to_dict()
    assert flat["storeInfo.name"] == "(주)킹마트"
    assert flat["paymentInfo.date"] == "-09-26"  # year unreadable: kept empty, not guessed
    assert flat["paymentInfo.time"] == "18:14:00"
    assert flat["subResults[0].items[0].price.price"] == "2600"
    assert flat["totalPrice.price"] == "10540"
    assert result.document.total_price.price.formatted.value == "10540"
    assert result.document.store_info.name.text == "(주)킹마트"
    assert result.estimated_language == "ko"


def test_id_card_fields_keep_masks() -> None:
    result = make_client(Recorder(ok(example("IdCardResponse")))).document.id_card(PNG)
    flat = result.to_dict()
    assert flat["ic.name"] == "홍길동"
    assert flat["ic.issueDate"] == "2020-08-16"
    personal = next(f for f in result.fields if f.key == "ic.personalNum")
    assert personal.masks
    assert result.document.idtype == "ID Card"


@pytest.mark.parametrize(
    ("method", "example_name", "key", "value"),
    [
        ("credit_card", "CreditCardResponse", "validThru", "2029-08"),
        ("name_card", "NameCardResponse", "mobile", "01012345678"),
        ("biz_license", "BizLicenseResponse", "openDate", "2009-04-01"),
        ("medical_receipt", "MedicalReceiptResponse", "totalPrice", "35400"),
        ("passport", "PassportResponse", "surName", "ERIKSSON"),
    ],
)
def test_every_document_product(method: str, example_name: str, key: str, value: str) -> None:
    result = getattr(make_client(Recorder(ok(example(example_name)))).document, method)(PNG)
    assert result.to_dict()[key] == value
    assert result.document is not None


def test_saved_answers_open_offline(tmp_path) -> None:
    path = tmp_path / "answer.json"
    path.write_text(json.dumps(real("general-01.json"), ensure_ascii=False), "utf-8")
    assert OCRResult.open(path).text == OCRResult.open(real("general-01.json")).text
    assert OCRResult.open(path).text.startswith("(주) 킹마트")


def test_draw_outlines_words_scaled_to_the_image() -> None:
    body = example("GeneralV2Response")
    result = GeneralResult(raw=body)
    blank = Image.new("RGB", (400, 640), "white")  # half of convertedImageInfo (800×1280)
    drawn = draw(blank, result)
    assert drawn.size == (400, 640)
    assert blank.getpixel((0, 0)) == (255, 255, 255)  # the input is not modified
    first = body["images"][0]["fields"][0]["boundingPoly"]["vertices"][0]
    x, y = int(first["x"] / 2), int(first["y"] / 2)
    region = [drawn.getpixel((x + dx, y + dy)) for dx in range(-2, 3) for dy in range(-2, 3)]
    assert any(pixel != (255, 255, 255) for pixel in region)
    buffer = io.BytesIO()
    blank.save(buffer, format="PNG")
    assert draw(buffer.getvalue(), result).size == (400, 640)


def test_saved_document_answers_open_offline() -> None:
    result = DocumentResult.open(real("receipt-02.json"))
    assert isinstance(result, DocumentResult)
    assert result.product_key == "receipt"
    assert result.to_dict()["totalPrice.price"] == "10540"


def test_plain_scalar_fields_reach_to_dict_the_cli_text_and_fields_csv() -> None:
    """A plain string (a new optional `storeInfo.branchName`), a number and a boolean are
    fields like value objects: to_dict(), the CLI's and --save text, and fields.csv carry them."""
    from clova_ocr.batch.saves import extras, text_of

    body = copy.deepcopy(example("ReceiptResponse"))
    receipt = body["images"][0]["receipt"]["result"]
    receipt["storeInfo"]["branchName"] = "일산점"
    receipt["storeInfo"]["floor"] = 2
    receipt["isDuplicate"] = False
    result = make_client(Recorder(ok(body))).document.receipt(PNG)
    flat = result.to_dict()
    assert flat["storeInfo.branchName"] == "일산점"
    assert (flat["storeInfo.floor"], flat["isDuplicate"]) == ("2", "false")
    assert flat["storeInfo.name"] == "(주)킹마트"  # value objects as before
    assert "storeInfo.branchName\t일산점\n" in text_of(result)
    saved = dict(extras(result, ("csv",), None))
    assert "storeInfo.branchName,일산점" in saved[".fields.csv"].decode("utf-8").splitlines()


def test_id_card_plain_fields_kept_and_roi_polygons_left_out() -> None:
    result = make_client(Recorder(ok(example("IdCardResponse")))).document.id_card(PNG)
    flat = result.to_dict()
    assert flat["idtype"] == "ID Card" and flat["isConfident"] == "true"
    assert not any(key.startswith("rois") for key in flat), flat
