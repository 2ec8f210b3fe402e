"""Confidence flags, validity checks and PII redaction of results (issue 19).

The validators are checked against published vectors; ``result.checks()`` against the mock's
good answers and against its ``invalid-*`` faults, one per check; redaction against the mock's
``pii`` fault and its Document OCR answers, in every view of the result.
"""

from __future__ import annotations

import datetime
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from clova_ocr import ClovaOCR, OCRResult, draw
from clova_ocr.checks import CheckResult, bizno, dates, luhn, mrz, receipt, rrn
from clova_ocr.confidence import ReviewPolicy
from clova_ocr.redaction import RedactionPolicy, mask, redact_text
from clova_ocr_mock.spoilers import PII_LINE
from clova_ocr_mock.testing import ClovaOCRMock

from .mock_helpers import png

#: The unmasked values the mock's ``pii`` fault adds (each passes its validator).
PII_VALUES = [text.split(" ", 1)[1] for text in PII_LINE]
DOCUMENTS = ("receipt", "id_card", "passport", "biz_license", "credit_card", "name_card")


@pytest.fixture(scope="module")
def mock() -> Iterator[ClovaOCRMock]:
    with ClovaOCRMock(faults=True) as server:
        yield server


def read(mock: ClovaOCRMock, product: str, fault: str | None = None) -> OCRResult[Any]:
    headers = {"X-Mock-Fault": fault} if fault else {}
    with mock.client(default_headers=headers) as ocr:
        call = ocr.general if product == "general" else getattr(ocr.document, product)
        result: OCRResult[Any] = call(png())
        return result


# ----------------------------------------------------------------------------- validators
@pytest.mark.parametrize(
    ("validate", "good", "bad"),
    [
        (bizno.validate, "220-81-62517", "220-81-62518"),
        (bizno.validate, "419-27-00818", "419-27-00819"),
        (luhn.validate, "4111 1111 1111 1111", "4111 1111 1111 1112"),
        (luhn.validate, "5555-5555-5555-4444", "5555-5555-5555-4445"),
        (rrn.validate, "901010-1234567", "901310-1234567"),
        (rrn.validate, "040229-3000000", "030229-3000000"),  # 2004 was a leap year, 2003 not
        # ICAO 9303 part 4's specimen (Utopia), and one digit changed
        (
            mrz.validate,
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
            "L898902C37UTO7408122F1204159ZE184226B<<<<<10",
        ),
    ],
)
def test_validators_accept_the_good_and_reject_the_bad(validate: Any, good: str, bad: str) -> None:
    assert validate(good) == ("pass", "")
    status, message = validate(bad)
    assert status == "fail" and message


def test_rrn_issued_after_october_2020_needs_no_check_digit() -> None:
    # Every last digit is fine: only the date and the gender digit are checked.
    assert {rrn.validate(f"201201-4{n:06d}")[0] for n in (0, 123456, 999999)} == {"pass"}
    assert rrn.validate("201201-4******") == ("pass", "")
    assert rrn.validate("12345")[0] == "fail"


def test_validators_skip_masked_values_and_never_raise() -> None:
    assert luhn.validate("5461-11**-****-1234")[0] == "skip"
    assert bizno.validate("123-45-*****")[0] == "skip"
    for validate in (bizno.validate, luhn.validate, rrn.validate, mrz.validate):
        for junk in ("", "abc", "💥" * 50, "-" * 100):
            assert validate(junk)[0] in ("fail", "skip")


def test_mrz_check_digit_matches_icao_examples() -> None:
    assert mrz.check_digit("L898902C3") == 6
    assert mrz.check_digit("740812") == 2
    assert mrz.check_digit("<<<<<<<<<<<<<<") == 0


def test_dates_and_receipt_arithmetic() -> None:
    today = datetime.date(2026, 1, 1)
    assert dates.validate("2025-12-31", today=today) == ("pass", "")
    assert dates.validate("2026-01-02", today=today) == ("fail", "in the future")
    assert dates.validate("2026-01-02", today=today, may_be_future=True)[0] == "pass"
    assert dates.validate("2025-02-30", today=today)[0] == "fail"
    values = {
        "subResults[0].items[0].price.price": "1,000",
        "subResults[0].items[1].price.price": "2,300원",
        "subTotal[0].discountPrice": "-300",
        "subTotal[0].taxPrice": "273",
        "totalPrice.price": "3,000",
    }
    assert receipt.check_total(values).status == "pass"
    assert receipt.check_vat(values).status == "pass"
    wrong = {**values, "totalPrice.price": "3,300"}
    total = receipt.check_total(wrong)
    assert total.status == "fail" and "totalPrice.price" in total.fields
    assert receipt.check_vat({**values, "subTotal[0].taxPrice": "500"}).status == "fail"
    assert receipt.check_total({"totalPrice.price": "1"}).status == "skip"


# ----------------------------------------------------------------------------- checks()
@pytest.mark.parametrize("product", DOCUMENTS)
def test_the_mocks_answers_pass_every_check(mock: ClovaOCRMock, product: str) -> None:
    checks = read(mock, product).checks()
    assert all(isinstance(c, CheckResult) for c in checks)
    assert not [c for c in checks if c.failed]


@pytest.mark.parametrize(
    ("fault", "product", "check", "field"),
    [
        ("invalid-bizno", "receipt", "bizno", "storeInfo.bizNum"),
        ("invalid-bizno", "biz_license", "bizno", "registerNumber"),
        ("invalid-card", "credit_card", "card_luhn", "number"),
        ("invalid-card", "receipt", "card_luhn", "paymentInfo.cardInfo.number"),
        ("invalid-mrz", "passport", "mrz", "mrz2"),
        ("invalid-rrn", "id_card", "rrn_format", "ic.personalNum"),
        ("invalid-total", "receipt", "receipt_total", "totalPrice.price"),
        ("invalid-vat", "receipt", "receipt_vat", "subTotal[0].taxPrice"),
        ("invalid-date", "receipt", "date", "paymentInfo.date"),
        ("invalid-date", "id_card", "date", "ic.issueDate"),
    ],
)
def test_each_mock_fault_fails_its_check(
    mock: ClovaOCRMock, fault: str, product: str, check: str, field: str
) -> None:
    result = read(mock, product, fault)
    failed = [c for c in result.checks() if c.failed]
    assert [c.name for c in failed if field in c.fields] == [check], failed
    assert result.needs_review
    assert any(check in reason for reason in result.review().reasons)
    for outcome in result.checks():  # plain data, and never the value read
        line = json.dumps(outcome.to_dict())
        assert all(v.text not in line for v in result.fields if len(v.text) > 3)


def test_checks_never_raise_on_odd_answers() -> None:
    odd = {"images": [{"receipt": {"result": {"totalPrice": {"price": {"text": None}}}}}]}
    result = OCRResult.open(odd)
    assert all(c.status in ("pass", "fail", "skip") for c in result.checks())
    assert OCRResult.open({"images": []}).checks() == []


# ----------------------------------------------------------------------------- confidence
def test_low_confidence_and_review_policy(mock: ClovaOCRMock) -> None:
    good = read(mock, "receipt")
    assert good.low_confidence(0.5) == [] and not good.needs_review
    low = read(mock, "receipt", "low-confidence")
    flagged = low.low_confidence(0.8)
    assert flagged and {i.kind for i in flagged} == {"field"}
    assert all(i.confidence == 0.42 and i.threshold == 0.8 for i in flagged)
    assert low.needs_review
    assert not low.review(ReviewPolicy(threshold=0.4)).needed
    per_field = ReviewPolicy(threshold=0.4, fields={"totalPrice.price": 0.9})
    assert [i.label for i in low.review(per_field).low_confidence] == ["totalPrice.price"]
    per_product = ReviewPolicy(threshold=0.4, products={"receipt": 0.5})
    assert low.review(per_product).needed
    license = read(mock, "biz_license", "low-confidence")
    assert license.review(ReviewPolicy(threshold=0.4, products={"biz-license": 0.5})).needed
    assert license.review(ReviewPolicy(threshold=0.4, products={"biz_license": 0.5})).needed
    assert not license.review(ReviewPolicy(threshold=0.4, products={"receipt": 0.5})).needed
    general = read(mock, "general", "low-confidence")
    assert {i.kind for i in general.low_confidence()} == {"word"}
    with mock.client(default_headers={"X-Mock-Fault": "low-confidence"}) as ocr:
        tables = ocr.general(png(), tables=True)
    assert "cell" in {i.kind for i in tables.low_confidence()}


# ----------------------------------------------------------------------------- redaction
def test_masks_keep_length_separators_and_a_useful_part() -> None:
    assert mask("rrn", "901010-1234567") == "901010-1******"
    assert mask("card", "4111-1111-1111-1111") == "4111-11**-****-1111"
    assert mask("bizno", "220-81-62517") == "220-81-*****"
    assert mask("phone", "010-1234-5678") == "010-****-5678"
    assert mask("passport", "M12345678") == "M********"


def test_free_text_is_masked_only_where_a_validator_agrees() -> None:
    policy = RedactionPolicy()
    assert redact_text("901010-1234567", policy) == "901010-1******"
    assert redact_text("991399-1234567", policy) == "991399-1234567"  # no 13th month
    assert redact_text("4111 1111 1111 1112", policy) == "4111 1111 1111 1112"  # Luhn fails
    assert redact_text("220-81-62518", policy) == "220-81-62518"  # check digit fails
    assert redact_text("합계 12,300 승인 61864062", policy) == "합계 12,300 승인 61864062"
    only_card = RedactionPolicy.parse("card")
    assert redact_text("901010-1234567 4111111111111111", only_card) == (
        "901010-1234567 411111******1111"
    )
    with pytest.raises(ValueError, match="unknown kind iban"):
        RedactionPolicy.parse("rrn,iban")


def _views(result: OCRResult[Any]) -> str:
    parts = [json.dumps(result.raw, ensure_ascii=False), result.text]
    parts += [w.text for w in result.words] + [line.text for line in result.lines]
    parts += [
        json.dumps(getattr(f, "__dict__", str(f)), default=str, ensure_ascii=False)
        for f in result.fields
    ]
    parts += [repr(f) for f in result.fields]
    parts += [t.to_csv() for t in result.tables]
    if hasattr(result, "to_dict"):
        parts.append(json.dumps(result.to_dict(), ensure_ascii=False))
    return "\n".join(parts)


def test_redacted_general_answer_is_masked_in_every_view(mock: ClovaOCRMock) -> None:
    result = read(mock, "general", "pii")
    assert all(value in result.text for value in PII_VALUES)
    redacted = result.redacted()
    views = _views(redacted)
    for value in PII_VALUES:
        assert value not in views
        assert value.replace("-", "") not in views
    for masked in ("901010-1******", "4111-11**-****-1111", "010-****-5678", "220-81-*****"):
        assert masked in redacted.text and masked in [w.text for w in redacted.words]
    assert result.raw != redacted.raw and "901010-1234567" in result.text  # a copy


def test_a_value_split_over_words_is_masked_in_each() -> None:
    words = ["주민번호", "901010", "-", "1234567", "끝"]
    raw = {
        "images": [{"fields": [{"inferText": w, "lineBreak": i == 4} for i, w in enumerate(words)]}]
    }
    redacted = OCRResult.open(raw).redacted("rrn")
    assert [w.text for w in redacted.words] == ["주민번호", "901010", "-", "1******", "끝"]


@pytest.mark.parametrize("product", ["id_card", "passport", "receipt", "biz_license", "name_card"])
def test_document_values_are_masked_by_field_type(mock: ClovaOCRMock, product: str) -> None:
    result = read(mock, product)
    redacted = result.redacted()
    personal = {
        f.key: f.text
        for f in result.fields
        if f.key.rsplit(".", 1)[-1]
        in ("personalNum", "bizNum", "registerNumber", "num", "mrz2", "mobile", "tel")
    }
    assert personal, result.to_dict()
    views = _views(redacted)
    for key, text in personal.items():
        assert text not in views, key
        value = result.to_dict()[key]
        assert value not in views, key
    masked = {f.key: f for f in redacted.fields}
    assert all("*" in masked[key].text and masked[key].masks for key in personal)
    names = {f.key: f.text for f in redacted.fields if f.key.endswith(("name", "Name"))}
    assert names == {f.key: f.text for f in result.fields if f.key.endswith(("name", "Name"))}


def test_draw_redact_fills_the_masked_polygons(mock: ClovaOCRMock) -> None:
    picture = png(800, 600)
    result = read(mock, "general", "pii")
    plain = draw(picture, result)
    filled = draw(picture, result, redact=True)
    assert isinstance(filled, Image.Image)
    redacted = result.redacted()
    word = next(w for w in redacted.words if w.text == "901010-1******")
    left, top, right, bottom = word.polygon.bbox or (0, 0, 0, 0)
    centre = (int((left + right) / 2), int((top + bottom) / 2))
    assert filled.getpixel(centre) == (0, 0, 0)
    assert plain.getpixel(centre) != (0, 0, 0)
    buffer = io.BytesIO()
    filled.save(buffer, format="PNG")
    assert buffer.getvalue()


def test_redacted_results_keep_their_class_and_product(mock: ClovaOCRMock) -> None:
    result = read(mock, "id_card")
    redacted = result.redacted(RedactionPolicy.parse("rrn"))
    assert type(redacted) is type(result) and redacted.product is result.product
    assert redacted.to_dict()["ic.personalNum"].endswith("******")
    assert isinstance(ClovaOCR, type)


def test_mock_docs_list_every_spoiler() -> None:
    from pathlib import Path

    from clova_ocr_mock.spoilers import SPOILERS

    text = (Path(__file__).resolve().parents[1] / "docs" / "mock.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in text for name in SPOILERS)


def test_the_batch_scrubber_masks_strings_and_keeps_json_valid() -> None:
    from clova_ocr.batch.secrets import Scrubber

    scrub = Scrubber(["s3cret-value"], redact=RedactionPolicy())
    entry = {"timestamp": 9010101234567, "message": "9010101234567 s3cret-value 901010-1234567"}
    text = scrub.dumps(entry)
    assert json.loads(text) == {
        "timestamp": 9010101234567,
        "message": "9010101****** *** 901010-1******",
    }
    assert scrub("call 010-1234-5678") == "call 010-****-5678"
    assert Scrubber(["s3cret-value"]).dumps(entry) == json.dumps(entry).replace(
        "s3cret-value", "***"
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
document_keys = st.sampled_from(["receipt", "idCard", "passport", "creditCard", "bizLicense"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=document_keys, result=json_values, fields=json_values)
def test_checks_review_and_redaction_never_raise(key: str, result: Any, fields: Any) -> None:
    raw = {"images": [{key: {"result": result}, "fields": fields}]}
    for answer in (OCRResult.open(raw), OCRResult.open({"images": [{"fields": fields}]})):
        assert all(c.status in ("pass", "fail", "skip") for c in answer.checks())
        answer.review()
        redacted = answer.redacted()
        json.dumps(redacted.raw)
        assert redacted.redacted().raw == redacted.raw  # masking twice changes nothing


def test_verbose_log_lines_are_redacted_with_redact() -> None:
    import logging

    from clova_ocr._cli_batch import _Redacting

    record = logging.LogRecord(
        "clova_ocr.batch",
        logging.INFO,
        __file__,
        1,
        "%s: attempt %d",
        ("901010-1234567.png", 2),
        None,
    )
    assert _Redacting(RedactionPolicy.parse("rrn")).filter(record)
    assert record.getMessage() == "901010-1******.png: attempt 2"


def test_table_cells_and_template_fields_are_masked_too() -> None:
    def cell(text: str) -> dict[str, Any]:
        return {
            "rowIndex": 0,
            "columnIndex": 0,
            "cellTextLines": [{"cellWords": [{"inferText": text}]}],
        }

    raw = {
        "images": [
            {
                "fields": [
                    {"inferText": "전화", "lineBreak": False},
                    {"inferText": "010-1234-5678", "lineBreak": True},
                ],
                "tables": [{"cells": [cell("901010-1234567")]}],
            }
        ]
    }
    redacted = OCRResult.open(raw).redacted()
    assert redacted.tables[0].to_csv() == "901010-1******\n"
    assert redacted.text == "전화 010-****-5678"
    template = {
        "images": [
            {
                "matchedTemplate": {"id": 1},
                "fields": [{"name": "rrn", "inferText": "901010-1234567", "lineBreak": True}],
            }
        ]
    }
    from clova_ocr import TemplateResult

    masked = TemplateResult(template).redacted()
    assert masked.to_dict() == {"rrn": "901010-1******"}


def test_checks_and_confidence_follow_the_result_class_not_its_product() -> None:
    """A result read as General OCR is treated as one, whatever product it names (the
    helpers dispatch on ``result.family``, the class's kind, as ``isinstance`` did)."""
    from clova_ocr import PRODUCTS, DocumentResult, GeneralResult

    raw = {
        "images": [
            {
                "inferResult": "SUCCESS",
                "fields": [{"inferText": "3,500", "inferConfidence": 0.2}],
                "receipt": {
                    "result": {"totalPrice": {"price": {"text": "3,500", "confidenceScore": 0.3}}}
                },
            }
        ]
    }
    general = GeneralResult(raw, product=PRODUCTS["receipt"])
    assert general.family == "general"
    assert general.checks() == []
    assert [item.kind for item in general.low_confidence()] == ["word"]
    document = DocumentResult(raw, product=PRODUCTS["receipt"])
    assert document.family == "document"
    assert {item.kind for item in document.low_confidence()} == {"field"}
