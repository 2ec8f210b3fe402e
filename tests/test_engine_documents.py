"""Document OCR with a real engine: fields read from rendered documents by written rules.

One engine call per document kind (module-scoped answers); the rules themselves are also
held on hand-made lines, without the engine, for the cases a rendering cannot pin down.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from bench.engine import score_receipt
from clova_ocr_mock import PageImage, RecognizedLine, RecognizedWord, create_app
from clova_ocr_mock.engine import TesseractRecognizer
from clova_ocr_mock.engine.documents import read_document
from clova_ocr_mock.engine.fields import Line
from clova_ocr_mock.engine.passports import check_digit, passport

from . import engine_pages as pages
from . import receipt_corpus
from .mock_helpers import BASE, SECRET, json_body
from .spec_tools import schema_named
from .spec_tools import strict_errors as schema_errors  # unknown keys refused

SLIP = pages.Receipt(
    "모의마트 역삼점",
    (("우유", 2, 5600), ("라면", 1, 4500), ("생수", 3, 2700)),
    (2025, 3, 12),
)
DOCUMENTS = {  # kind: (response schema, result key, rendered lines, font)
    "receipt": ("ReceiptResponse", "receipt", SLIP.lines(), "NanumGothic"),
    "name-card": ("NameCardResponse", "nameCard", pages.NAME_CARD, "NanumGothic"),
    "biz-license": ("BizLicenseResponse", "bizLicense", pages.BIZ_LICENSE, "NanumGothic"),
    "id-card": ("IdCardResponse", "idCard", pages.ID_CARD, "NanumGothic"),
    "credit-card": ("CreditCardResponse", "creditCard", pages.CREDIT_CARD, "DejaVuSans"),
}


@pytest.fixture(scope="module")
def read() -> dict[str, tuple[dict[str, Any], list[pages.Drawn]]]:
    """kind → (the answer's result tree, the drawn lines) — one request per kind."""
    api = TestClient(
        create_app(secret=SECRET, recognizer=TesseractRecognizer()),
        headers={"X-OCR-SECRET": SECRET},
    )
    answers = {}
    for kind, (schema, key, lines, font_name) in DOCUMENTS.items():
        data, drawn = pages.document_page(lines, font_name)
        response = api.post(f"{BASE}/document/{kind}", json=json_body(data))
        assert response.status_code == 200, response.text
        body = response.json()
        assert schema_errors(schema_named(schema), body) == [], kind
        image = body["images"][0]
        assert image["inferResult"] == "SUCCESS"
        answers[kind] = (image[key]["result"], drawn)
    return answers


def _box(item: dict[str, Any]) -> tuple[float, float, float, float]:
    xs = [v["x"] for poly in item["boundingPolys"] for v in poly["vertices"]]
    ys = [v["y"] for poly in item["boundingPolys"] for v in poly["vertices"]]
    return min(xs), min(ys), max(xs), max(ys)


def _on_line(item: dict[str, Any], drawn: list[pages.Drawn], row: int) -> bool:
    """Whether the value's box sits on the ``row``-th drawn line (its centre inside it)."""
    left, top, right, bottom = _box(item)
    x, y = (left + right) / 2, (top + bottom) / 2
    box = drawn[row].box
    return box[0] - 3 <= x <= box[2] + 3 and box[1] - 3 <= y <= box[3] + 3


def _text(item: dict[str, Any]) -> str:
    return str(item["text"]).replace(" ", "")


def test_receipt_fields_totals_and_items(read) -> None:
    result, drawn = read["receipt"]
    store, payment = result["storeInfo"], result["paymentInfo"]
    # Korean words whole, the branch (…점) apart as the service answers it
    assert store["name"]["text"] == "모의마트" and _on_line(store["name"], drawn, 0)
    assert store["subName"]["text"] == "역삼점" and _on_line(store["subName"], drawn, 0)
    assert store["bizNum"]["text"] == "123-45-67890" and _on_line(store["bizNum"], drawn, 1)
    assert "세종대로110" in _text(store["addresses"][0])
    assert store["tel"][0]["formatted"] == {"value": "0212345678"}
    assert store["tel"][0]["keyText"] == "TEL"
    assert payment["date"]["formatted"] == {"year": "2025", "month": "03", "day": "12"}
    assert payment["time"]["formatted"] == {"hour": "14", "minute": "05", "second": "00"}
    assert _on_line(payment["date"], drawn, 4)
    total = result["totalPrice"]["price"]
    assert total["formatted"] == {"value": str(SLIP.total)} and total["keyText"] == "합계"
    assert _on_line(total, drawn, len(drawn) - 1)
    items = result["subResults"][0]["items"]
    assert [_text(i["name"]) for i in items] == [name for name, _, _ in SLIP.items]
    assert [i["count"]["text"] for i in items] == [str(c) for _, c, _ in SLIP.items]
    assert [i["price"]["price"]["formatted"]["value"] for i in items] == [
        str(p) for _, _, p in SLIP.items
    ]
    assert items[2]["price"]["unitPrice"]["formatted"] == {"value": "900"}
    assert 0 < total["confidenceScore"] <= 1


def test_name_card_fields(read) -> None:
    result, drawn = read["name-card"]
    assert [_text(v) for v in result["company"]] == ["주식회사모의상사"]
    assert [_text(v) for v in result["name"]] == ["홍길동"]
    assert [_text(v) for v in result["position"]] == ["팀장"]
    assert result["tel"][0]["formatted"] == {"value": "0234567890"}
    assert result["mobile"][0]["formatted"] == {"value": "01012345678"}
    assert result["mobile"][0]["keyText"] == "M" and _on_line(result["mobile"][0], drawn, 3)
    assert result["email"][0]["text"] == "gildong@example.com"
    assert result["homepage"][0]["text"] == "www.example.com"
    assert _text(result["address"][0]) == "서울특별시중구세종대로110"


def test_biz_license_labelled_fields(read) -> None:
    result, drawn = read["biz-license"]
    fields = {key: _text(values[0]) for key, values in result.items()}
    assert fields == {
        "documentType": "사업자등록증",
        "taxType": "법인사업자",
        "registerNumber": "123-45-67890",
        "corpName": "주식회사모의상사",
        "repName": "홍길동",
        "openDate": "2015년03월02일",
        "bisAddress": "서울특별시중구세종대로110",
        "bisType": "서비스업",
        "bisItem": "소프트웨어개발",
        "issuanceDate": "2020년05월04일",
    }
    assert result["openDate"][0]["formatted"] == {"year": "2015", "month": "03", "day": "02"}
    assert result["registerNumber"][0]["keyText"] == "등록번호"
    assert _on_line(result["bisItem"][0], drawn, 7)


def test_id_card_fields_masked_number(read) -> None:
    result, drawn = read["id-card"]
    assert result["idtype"] == "ID Card" and result["isConfident"] is True
    card = result["ic"]
    assert _text(card["name"][0]) == "홍길동"
    number = card["personalNum"][0]
    assert number["text"] == "800101-1234567" and number["maskingPolys"] == number["boundingPolys"]
    assert _on_line(number, drawn, 2)
    assert _text(card["address"][0]) == "서울특별시중구세종대로110"
    assert card["issueDate"][0]["formatted"] == {"year": "2019", "month": "03", "day": "15"}
    assert _text(card["authority"][0]) == "서울특별시중구청장"
    assert "keyText" not in number  # saved ID card answers carry no scores


def test_credit_card_number_and_valid_thru(read) -> None:
    result, drawn = read["credit-card"]
    assert result["number"]["formatted"] == {"value": "5461123456789012"}
    assert result["number"]["maskingPolys"] and _on_line(result["number"], drawn, 1)
    assert result["validThru"]["formatted"] == {"month": "09", "year": "2028"}
    assert result["name"]["text"] == "HONG GILDONG"
    assert result["company"]["text"] == "SAMPLE CARD"


# ------------------------------------------------------------------ rules without the engine
def _lines(*texts: str) -> list[RecognizedLine]:
    """Hand-made recognised lines: words 20 px per character, one line every 40 px."""
    lines = []
    for row, text in enumerate(texts):
        x, words = 10.0, []
        for word in text.split(" "):
            box = (x, 40.0 * row, x + 20 * len(word), 40.0 * row + 30)
            words.append(RecognizedWord(word, box, 0.9))
            x = box[2] + 10
        lines.append(RecognizedLine(tuple(words)))
    return lines


PAGE = PageImage(800, 600, 0)


def test_receipt_rules_take_the_largest_labelled_total_and_stop_items_there() -> None:
    result = read_document(
        "receipt",
        _lines(
            "CAFE MOCK",
            "서울특별시 강남구 테헤란로 110",
            "2024년 1월 5일 09:41:07",
            "Americano 2 9,000",
            "부가세 818",
            "합계 9,000",
            "받을금액 9,000",
            "카드 9,000",
        ),
        PAGE,
    )
    assert result["paymentInfo"]["date"]["formatted"] == {
        "year": "2024",
        "month": "01",
        "day": "05",
    }
    assert result["paymentInfo"]["time"]["formatted"]["second"] == "07"
    assert result["totalPrice"]["price"]["formatted"] == {"value": "9000"}
    assert [i["name"]["text"] for i in result["subResults"][0]["items"]] == ["Americano"]
    assert result["storeInfo"]["addresses"][0]["text"] == "서울특별시 강남구 테헤란로 110"
    assert result["storeInfo"]["name"]["text"] == "CAFE MOCK"


def test_unlabelled_phones_are_classified_by_prefix_and_missing_fields_left_out() -> None:
    result = read_document("name-card", _lines("Jane Doe Manager", "010-9876-5432"), PAGE)
    assert result["mobile"][0]["formatted"] == {"value": "01098765432"}
    assert result["name"][0]["text"] == "Jane Doe" and result["position"][0]["text"] == "Manager"
    assert set(result) == {"mobile", "name", "position"}


def test_individual_licence_and_amex_numbers() -> None:
    licence = read_document("biz-license", _lines("상호 : 모의상점", "성명 : 김모의"), PAGE)
    assert licence["companyName"][0]["text"] == "모의상점"
    assert licence["repName"][0]["keyText"] == "성명"
    card = read_document(
        "credit-card", _lines("3712 345678 90123", "12/30", "ABBC KIM", "VISA"), PAGE
    )
    assert card["number"]["formatted"] == {"value": "371234567890123"}
    assert card["name"]["text"] == "ABBC KIM" and card["company"]["text"] == "VISA"
    assert card["validThru"]["formatted"] == {"month": "12", "year": "2030"}


def test_boxes_are_the_words_the_value_was_read_from() -> None:
    result = read_document("receipt", _lines("MART", "TOTAL 12,800"), PAGE)
    vertices = result["totalPrice"]["price"]["boundingPolys"][0]["vertices"]
    # "TOTAL" spans 10..110, "12,800" 120..240 on the second row (y 40..70)
    assert vertices[0] == {"x": 120.0, "y": 40.0} and vertices[2] == {"x": 240.0, "y": 70.0}


def test_a_page_without_mrz_is_no_passport() -> None:
    assert read_document("passport", _lines("P<KORHONG<<GILDONG"), PAGE) == {}


ICAO_SPECIMEN = (  # ICAO 9303 part 4's specimen; every check digit holds
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)


def test_mrz_check_digits_follow_icao_9303() -> None:
    assert [check_digit(f) for f in ("L898902C3", "740812", "120415", "ZE184226B<<<<<")] == [
        "6",
        "2",
        "9",
        "1",
    ]
    result = read_document("passport", _lines("UTOPIA", *ICAO_SPECIMEN), PAGE)
    assert result["surName"][0]["text"] == "ERIKSSON"
    assert result["givenName"][0]["text"] == "ANNA MARIA"
    assert result["num"][0]["text"] == "L898902C3" and result["num"][0]["maskingPolys"]
    assert result["birthDate"][0]["formatted"] == {"year": "1974", "month": "08", "day": "12"}
    assert result["expireDate"][0]["formatted"] == {"year": "2012", "month": "04", "day": "15"}
    assert result["personalNum"][0]["text"] == "ZE184226B"
    assert (result["sex"][0]["text"], result["issueCountry"][0]["text"]) == ("F", "UTO")
    assert schema_errors(schema_named("PassportResult"), result) == []


def test_mrz_digits_misread_as_letters_are_repaired_by_their_check_digit() -> None:
    misread = ICAO_SPECIMEN[1].replace("7408122", "74O8I22")  # O for 0, I for 1 in the birth
    result, valid = passport([Line(ln.words) for ln in _lines(ICAO_SPECIMEN[0], misread)])
    assert result["birthDate"][0]["formatted"] == {"year": "1974", "month": "08", "day": "12"}
    assert valid
    broken = ICAO_SPECIMEN[1].replace("7408122", "7408132")  # a wrong digit: check fails
    card = read_document("id-card", _lines(ICAO_SPECIMEN[0], broken), PAGE)
    assert card["idtype"] == "Passport" and card["isConfident"] is False


def test_passport_read_from_the_page_and_as_an_id_card() -> None:
    api = TestClient(
        create_app(secret=SECRET, recognizer=TesseractRecognizer()),
        headers={"X-OCR-SECRET": SECRET},
    )
    body = api.post(f"{BASE}/document/passport", json=json_body(pages.passport_page())).json()
    assert schema_errors(schema_named("PassportResponse"), body) == []
    result = body["images"][0]["passport"]["result"]
    texts = {key: items[0]["text"] for key, items in result.items()}
    assert texts["num"] == "M12345678" and texts["surName"] == "HONG"
    assert texts["givenName"] == "GILDONG" and texts["fullNameKor"] == "홍길동"
    assert texts["nationality"] == "REPUBLIC OF KOREA"
    assert texts["authority"] == "MINISTRY OF FOREIGN AFFAIRS"
    assert texts["birthDate"] == "01 JAN 1980"  # the visual zone's text, the MRZ's value
    assert result["birthDate"][0]["formatted"] == {"year": "1980", "month": "01", "day": "01"}
    assert result["issueDate"][0]["formatted"] == {"year": "2020", "month": "08", "day": "15"}
    assert result["mrz2"][0]["text"] == pages.PASSPORT_MRZ[1]
    card = api.post(f"{BASE}/document/id-card", json=json_body(pages.passport_page())).json()
    assert schema_errors(schema_named("IdCardResponse"), card) == []
    id_result = card["images"][0]["idCard"]["result"]
    assert id_result["idtype"] == "Passport" and id_result["isConfident"] is True
    assert id_result["pp"]["num"][0]["text"] == "M12345678"
    assert "confidenceScore" not in id_result["pp"]["num"][0]  # as the id-card samples


def test_medical_receipt_rules_and_results_match_the_spec() -> None:
    result = read_document(
        "medical-receipt", _lines("모의의원", "환자성명 : 홍길동", "진료비 총액 33,000"), PAGE
    )
    assert result["hospitalName"][0]["text"] == "모의의원"
    assert result["patientName"][0]["text"] == "홍길동"
    assert result["totalPrice"][0]["formatted"] == {"value": "33000"}
    assert schema_errors(schema_named("MedicalReceiptResult"), result) == []


def test_a_page_that_is_no_id_card_is_not_confident() -> None:
    result = read_document("id-card", _lines("MEETING NOTES", "800101-1234567"), PAGE)
    assert result["idtype"] == "Unknown" and result["isConfident"] is False
    assert schema_errors(schema_named("IdCardResult"), result) == []


def test_the_quickstart_reads_the_sample_as_a_receipt() -> None:
    """The README's quickstart with the real engine: the sample's text and receipt fields."""
    quickstart = Path(__file__).resolve().parent.parent / "examples" / "quickstart.py"
    run = subprocess.run(
        [sys.executable, str(quickstart), "--recognizer", "tesseract"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "TOTAL 12,800" in run.stdout and "CLOVA OCR MOCK" not in run.stdout
    assert re.search(r"totalPrice\.price\s+12800", run.stdout)
    assert re.search(r"storeInfo\.bizNum\s+123-45-67890", run.stdout)


def test_receipts_of_the_benchmark_corpus_are_read() -> None:
    """A few receipts of the bench corpus (clean, thermal, ``년 월 일`` date, a long one); the
    whole corpus is scored by ``python -m bench --engine``."""
    engine = TesseractRecognizer()
    samples = receipt_corpus.receipts(8)
    scores = {}
    for number in (1, 2, 4, 8):
        sample = samples[number - 1]
        page = PageImage(sample.image.width, sample.image.height, 0)
        result = read_document("receipt", engine.read_image(sample.image, lang="ko"), page)
        scores[number] = score_receipt(sample, result)
    assert samples[3].style.date_style == "korean" and len(samples[7].truth.items) >= 25
    assert all(s["date"] == s["total"] == 1 for s in scores.values()), scores
    assert [scores[n]["store"] for n in (1, 2, 8)] == [1, 1, 1], scores
    assert scores[1]["items"] == scores[4]["items"] == 1 and scores[8]["items"] >= 0.6, scores


def test_receipt_items_with_unit_price_count_and_sub_totals() -> None:
    result = read_document(
        "receipt",
        _lines(
            "GS25 강남역점",
            "상품명 단가 수량 금액",
            "콜라 500ml 1,500 2 3,000",
            "삼각김밥 1.200 1 1.200.",
            "과세물품가액 3,818",
            "부가세 382",
            "합계 4,200",
            "카드 신한카드 5461-11**-****-1234",
            "승인번호 12345678",
        ),
        PAGE,
    )
    assert result["storeInfo"]["name"]["text"] == "GS25"
    assert result["storeInfo"]["subName"]["text"] == "강남역점"
    first, second = result["subResults"][0]["items"]
    assert first["name"]["text"] == "콜라 500ml" and first["count"]["text"] == "2"
    assert first["price"]["unitPrice"]["formatted"] == {"value": "1500"}
    assert second["price"]["price"]["formatted"] == {"value": "1200"}  # dot thousands, speck
    assert result["subTotal"][0]["taxPrice"][0]["formatted"] == {"value": "382"}
    assert result["subTotal"][0]["subTotalPrice"][0]["formatted"] == {"value": "3818"}
    assert result["totalPrice"]["price"]["formatted"] == {"value": "4200"}
    card = result["paymentInfo"]["cardInfo"]
    assert card["company"]["text"] == "신한카드" and card["number"]["maskingPolys"]
    assert result["paymentInfo"]["confirmNum"]["text"] == "12345678"
    assert schema_errors(schema_named("ReceiptResult"), result) == []


def test_receipt_dates_in_every_common_format() -> None:
    for text, day in (
        ("2024년 3월 5일 14:05", "05"),
        ("2024 년 03 월 05 일", "05"),
        ("2024.03.05 14:05", "05"),
        ("2024/03/05", "05"),
        ("일시 2024-03-0514:05:09", "05"),  # the time run into the day
    ):
        result = read_document("receipt", _lines("MART", text), PAGE)
        assert result["paymentInfo"]["date"]["formatted"] == {
            "year": "2024",
            "month": "03",
            "day": day,
        }, text
    timed = read_document("receipt", _lines("MART", "일시 2024-03-0514:05:09"), PAGE)
    assert timed["paymentInfo"]["time"]["formatted"] == {
        "hour": "14",
        "minute": "05",
        "second": "09",
    }


def _placed(*words: tuple[str, float, float]) -> RecognizedLine:
    """A hand-made line of ``(text, left, top)`` words, 20 px per character, 30 px high."""
    return RecognizedLine(
        tuple(RecognizedWord(t, (x, y, x + 20 * len(t), y + 30), 0.9) for t, x, y in words)
    )


def test_receipt_rows_are_rebuilt_from_column_blocks_and_blocks_out_of_order() -> None:
    """Tesseract may read the amount column as a block after the names (a slightly turned
    scan: the amounts a few pixels lower) and put the total line above the items."""
    lines = [
        _placed(("MART", 10, 0)),
        _placed(("TOTAL", 10, 160), ("9,500", 400, 163)),  # read first, printed last
        _placed(("ITEM", 10, 40), ("QTY", 250, 41)),
        _placed(("Bagel", 10, 80), ("2", 250, 82)),
        _placed(("Salad", 10, 120), ("1", 250, 122)),
        _placed(("AMT", 400, 44)),  # the amount column, a block of its own
        _placed(("6,000", 400, 86)),
        _placed(("3,500", 400, 126)),
    ]
    result = read_document("receipt", lines, PAGE)
    items = result["subResults"][0]["items"]
    assert [(i["name"]["text"], i["price"]["price"]["formatted"]["value"]) for i in items] == [
        ("Bagel", "6000"),
        ("Salad", "3500"),
    ]
    assert result["totalPrice"]["price"]["formatted"] == {"value": "9500"}


def test_item_names_end_at_the_column_gap_and_specks_are_no_words() -> None:
    """Thermal specks read as words: a short word in the blank run before the count
    (``휴지 oe``), a mark after the price (``©``), a comma after the name (``딸기잼、``)."""
    lines = [
        _placed(("MART", 10, 0)),
        _placed(("휴지", 10, 40), ("oe", 150, 45), ("1", 250, 40), ("600", 400, 40)),
        _placed(("치즈", 10, 80), ("2", 250, 80), ("49,800", 400, 80), ("©", 530, 85)),
        _placed(("딸기잼、", 10, 120), ("1", 250, 120), ("14,600", 400, 120)),
        _placed(("Cheese", 10, 160), ("Burger", 140, 160), ("1", 250, 160), ("9,000", 400, 160)),
    ]
    items = read_document("receipt", lines, PAGE)["subResults"][0]["items"]
    assert [(i["name"]["text"], i["price"]["price"]["formatted"]["value"]) for i in items] == [
        ("휴지", "600"),
        ("치즈", "49800"),
        ("딸기잼", "14600"),
        ("Cheese Burger", "9000"),
    ]


def test_dust_read_as_a_line_over_the_store_name_is_no_store() -> None:
    """Thermal dust on the store name came back as a line of small words (``Tay oot``)."""
    dust = RecognizedLine(
        (
            RecognizedWord("Tay", (112, 27, 138, 33), 0.9),
            RecognizedWord("oot", (149, 27, 172, 39), 0.91),
        )
    )
    name = _placed(("홈플러스", 109, 27), ("영등포점", 273, 27))
    result = read_document(
        "receipt", [dust, name, _placed(("합계", 10, 80), ("900", 200, 80))], PAGE
    )
    assert result["storeInfo"]["name"]["text"] == "홈플러스"
    assert result["storeInfo"]["subName"]["text"] == "영등포점"


def test_a_number_right_after_an_item_name_is_part_of_the_name() -> None:
    """``콜라 500ml`` read as ``콜라 50071`` took the misread size for a unit price (three
    numbers) and the count for nothing; a unit price close to a long name keeps its role."""
    lines = [
        _placed(("MART", 10, 0)),
        _placed(("콜라", 10, 40), ("50071", 60, 40), ("2", 300, 40), ("5,300", 400, 40)),
        _placed(
            ("French", 10, 80),
            ("Fries", 140, 80),
            ("25,600", 250, 80),
            ("1", 420, 80),
            ("25,600", 500, 80),
        ),
    ]
    lines.append(_placed(("우유", 10, 120), ("2", 60, 120), ("5,600", 120, 120)))  # one space
    first, second, third = read_document("receipt", lines, PAGE)["subResults"][0]["items"]
    assert third["name"]["text"] == "우유" and third["count"]["text"] == "2"
    assert first["name"]["text"] == "콜라 50071" and first["count"]["text"] == "2"
    assert first["price"]["unitPrice"]["formatted"] == {"value": "2650"}
    assert second["name"]["text"] == "French Fries" and second["count"]["text"] == "1"
    assert second["price"]["unitPrice"]["formatted"] == {"value": "25600"}
