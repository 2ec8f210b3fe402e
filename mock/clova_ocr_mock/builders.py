"""Build response bodies shaped like the real service's, from recognised lines."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable
from typing import Any

from clova_ocr_common.check_digits import bizno_check_digit, icao_check_digit

from .imaging import PageImage
from .products import MockProduct
from .recognizer import DetectedTable, RecognizedLine, RecognizedWord

Box = tuple[float, float, float, float]


def _r(value: float) -> float:
    return float(round(value, 1))


def poly(box: Box) -> dict[str, Any]:
    left, top, right, bottom = (_r(v) for v in box)
    return {
        "vertices": [
            {"x": left, "y": top},
            {"x": right, "y": top},
            {"x": right, "y": bottom},
            {"x": left, "y": bottom},
        ]
    }


def enclosing(words: tuple[RecognizedWord, ...]) -> Box:
    return (
        min(w.box[0] for w in words),
        min(w.box[1] for w in words),
        max(w.box[2] for w in words),
        max(w.box[3] for w in words),
    )


def image_header(
    name: str, *, infer_result: str = "SUCCESS", message: str = "SUCCESS"
) -> dict[str, Any]:
    return {
        "uid": uuid.uuid4().hex,
        "name": name,
        "inferResult": infer_result,
        "message": message,
        "validationResult": {"result": "NO_REQUESTED"},
    }


def converted_info(page: PageImage) -> dict[str, Any]:
    return {"width": page.width, "height": page.height, "pageIndex": page.index, "longImage": False}


# ---------------------------------------------------------------------------- General
def general_image(
    name: str,
    page: PageImage,
    lines: list[RecognizedLine],
    *,
    version: str,
    tables: bool,
    detected: list[DetectedTable] | None = None,
) -> dict[str, Any]:
    """One page of a General answer; ``detected`` tables (a real engine's) replace the
    synthetic two-column table laid over the lines."""
    image = image_header(name)
    if version == "V2":
        image["convertedImageInfo"] = converted_info(page)
    if tables and version == "V2":
        if detected is None:
            image["tables"] = [_table(lines)] if lines else []
        else:
            image["tables"] = [_detected_table(table) for table in detected]
    fields = []
    for line in lines:
        for i, word in enumerate(line.words):
            field: dict[str, Any] = {
                "valueType": "ALL",
                "boundingPoly": poly(word.box),
                "inferText": word.text,
                "inferConfidence": word.confidence,
            }
            if version == "V2":
                field["type"] = "NORMAL"
                field["lineBreak"] = i == len(line.words) - 1
            fields.append(field)
    image["fields"] = fields
    return image


def _cell(row: int, column: int, words: tuple[RecognizedWord, ...], box: Box) -> dict[str, Any]:
    text_lines = []
    if words:
        text_lines = [
            {
                "boundingPoly": poly(enclosing(words)),
                "inferConfidence": min(w.confidence for w in words),
                "cellWords": [
                    {
                        "boundingPoly": poly(w.box),
                        "inferText": w.text,
                        "inferConfidence": w.confidence,
                    }
                    for w in words
                ],
            }
        ]
    return {
        "cellTextLines": text_lines,
        "boundingPoly": poly(box),
        "inferConfidence": 0.99,
        "rowSpan": 1,
        "rowIndex": row,
        "columnSpan": 1,
        "columnIndex": column,
    }


def _detected_table(table: DetectedTable) -> dict[str, Any]:
    cells: list[dict[str, Any]] = []
    for cell in table.cells:
        confidences = [w.confidence for line in cell.lines for w in line]
        cells.append(
            {
                "cellTextLines": [
                    {
                        "boundingPoly": poly(enclosing(line)),
                        "inferConfidence": min(w.confidence for w in line),
                        "cellWords": [
                            {
                                "boundingPoly": poly(w.box),
                                "inferText": w.text,
                                "inferConfidence": w.confidence,
                            }
                            for w in line
                        ],
                    }
                    for line in cell.lines
                ],
                "boundingPoly": poly(cell.box),
                "inferConfidence": round(min(confidences), 4) if confidences else 1.0,
                "rowSpan": cell.row_span,
                "rowIndex": cell.row,
                "columnSpan": cell.column_span,
                "columnIndex": cell.column,
            }
        )
    confidence = min((c["inferConfidence"] for c in cells), default=1.0)
    return {"cells": cells, "boundingPoly": poly(table.box), "inferConfidence": confidence}


def _table(lines: list[RecognizedLine]) -> dict[str, Any]:
    """A two-column table over the body lines: first word | the rest (may be empty)."""
    rows = lines[1:5] or lines[:1]
    cells = []
    for row, line in enumerate(rows):
        left, top, right, bottom = enclosing(line.words)
        split = line.words[0].box[2] + 1
        cells.append(_cell(row, 0, line.words[:1], (left, top, split, bottom)))
        cells.append(_cell(row, 1, line.words[1:], (split, top, max(right, split + 1), bottom)))
    boxes = [enclosing(line.words) for line in rows]
    outer = (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
    return {"cells": cells, "boundingPoly": poly(outer), "inferConfidence": 0.98}


# ---------------------------------------------------------------------------- Template
def template_image(
    name: str,
    page: PageImage,
    lines: list[RecognizedLine],
    *,
    version: str,
    template_ids: list[int] | None,
) -> dict[str, Any]:
    """One image of a Template OCR answer: the first line read is the title, each next line
    a field; V2 adds a checkbox field and a ``combineResult``, V1 boxes are ``bounding``."""
    image = image_header(name)
    template_id = template_ids[0] if template_ids else 1
    image["matchedTemplate"] = {"id": template_id, "name": f"MOCK-TEMPLATE-{template_id}"}
    if version == "V2":
        image["convertedImageInfo"] = converted_info(page)
    if not lines:  # nothing read: an empty title over the whole page
        whole = (0.0, 0.0, float(page.width), float(page.height))
        lines = [RecognizedLine((RecognizedWord("", whole, 0.0),))]
    image["title"] = {"name": "title", **_line_value(lines[0], version)}
    fields = []
    for number, line in enumerate(lines[1:], start=1):
        field = {"name": f"field{number}", "valueType": "ALL", **_line_value(line, version)}
        if version == "V2":
            field.update(type="NORMAL", lineBreak=True)
        fields.append(field)
    if version == "V2" and len(lines) > 1:
        fields.append(_checkbox("agree", lines[-1].words[-1].box, version))
    image["fields"] = fields
    if version == "V2" and len(fields) >= 2:
        image["combineResult"] = [_combined(fields[0], fields[1])]
    return image


def _template_geometry(box: Box, version: str) -> dict[str, Any]:
    """A field's box as the version draws it: V2 ``boundingPoly``, V1 ``bounding``."""
    if version == "V2":
        return {"boundingPoly": poly(box)}
    left, top, right, bottom = box
    return {
        "bounding": {
            "top": _r(top),
            "left": _r(left),
            "width": _r(right - left),
            "height": _r(bottom - top),
        }
    }


def _line_value(line: RecognizedLine, version: str) -> dict[str, Any]:
    """Text, confidence (its least sure word's) and box of one line read as a field."""
    return {
        "inferText": " ".join(w.text for w in line.words),
        "inferConfidence": min(w.confidence for w in line.words),
        **_template_geometry(enclosing(line.words), version),
    }


def _checkbox(name: str, box: Box, version: str) -> dict[str, Any]:
    return {
        "name": name,
        "valueType": "ALL",
        "inferText": "",
        "inferConfidence": 0.99,
        "type": "CHECKBOX",
        "checked": True,
        "lineBreak": True,
        **_template_geometry(box, version),
    }


def _combined(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """A ``combineResult`` entry: two fields' texts joined, as a template can declare."""
    return {
        "name": f"{first['name']}+{second['name']}",
        "valueType": "ALL",
        "inferText": f"{first['inferText']} {second['inferText']}",
    }


# ---------------------------------------------------------------------------- Document
class _Values:
    """Deterministic value objects placed on the recognised lines' boxes."""

    def __init__(self, data: bytes, lines: list[RecognizedLine], *, with_scores: bool) -> None:
        self.rng = random.Random(hashlib.sha256(b"doc" + data).digest())
        self.boxes = [enclosing(line.words) for line in lines] or [(1.0, 1.0, 2.0, 2.0)]
        self.next_box = 0
        self.with_scores = with_scores

    def value(
        self,
        text: str,
        formatted: dict[str, str] | None = None,
        *,
        key: str = "",
        mask: bool = False,
    ) -> dict[str, Any]:
        box = self.boxes[self.next_box % len(self.boxes)]
        self.next_box += 1
        item: dict[str, Any] = {
            "text": text,
            "formatted": formatted if formatted is not None else {"value": text},
        }
        if self.with_scores:
            item["keyText"] = key
            item["confidenceScore"] = round(self.rng.uniform(0.85, 1.0), 4)
        item["boundingPolys"] = [poly(box)]
        item["maskingPolys"] = [poly(box)] if mask else []
        return item

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def bizno(self) -> str:
        """A business registration number with a right check digit."""
        first = self.digits(9)
        return f"{first[:3]}-{first[3:5]}-{first[5:]}{bizno_check_digit(first)}"

    def date(self) -> tuple[str, dict[str, str]]:
        """A date in the past (a check fails dates in the future)."""
        y, m, d = self.rng.randint(2015, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return f"{y}.{m:02d}.{d:02d}", {"year": str(y), "month": f"{m:02d}", "day": f"{d:02d}"}


def _receipt(v: _Values) -> dict[str, Any]:
    items, total = [], 0
    for name in v.rng.sample(
        ["샘플 우유 1L", "모의 라면 5입", "테스트 생수 2L", "샘플 과자", "모의 커피"], 3
    ):
        count, unit = v.rng.randint(1, 3), v.rng.randint(5, 60) * 100
        total += count * unit
        items.append(
            {
                "name": v.value(name),
                "count": v.value(str(count)),
                "price": {
                    "price": v.value(f"{count * unit:,}", {"value": str(count * unit)}),
                    "unitPrice": v.value(f"{unit:,}", {"value": str(unit)}),
                },
            }
        )
    biz = v.bizno()
    tel = f"02-{v.digits(3)}-{v.digits(4)}"
    date_text, date = v.date()
    tax = total // 11
    return {
        "storeInfo": {
            "name": v.value("샘플마트 모의점"),
            "bizNum": v.value(biz, key="사업자번호"),
            "addresses": [v.value("서울특별시 중구 세종대로 110")],
            "tel": [v.value(tel, {"value": tel.replace("-", "")}, key="TEL")],
        },
        "paymentInfo": {
            "date": v.value(date_text, date),
            "time": v.value("14:05:09", {"hour": "14", "minute": "05", "second": "09"}),
            "cardInfo": {
                "company": v.value("샘플카드"),
                "number": v.value(f"5461-11**-****-{v.digits(4)}", mask=True),
            },
            "confirmNum": v.value(v.digits(8)),
        },
        "subResults": [{"items": items}],
        "subTotal": [{"taxPrice": [v.value(f"{tax:,}", {"value": str(tax)}, key="부가세")]}],
        "totalPrice": {"price": v.value(f"{total:,}", {"value": str(total)}, key="합계")},
    }


def _credit_card(v: _Values) -> dict[str, Any]:
    last = v.digits(4)
    month, year = f"{v.rng.randint(1, 12):02d}", str(v.rng.randint(2027, 2032))
    return {
        "number": v.value(f"5461 11** **** {last}", {"value": f"546111******{last}"}, mask=True),
        "validThru": v.value(f"{month}/{year[2:]}", {"month": month, "year": year}),
        "name": v.value("HONG GILDONG"),
        "company": v.value("샘플카드"),
    }


def _name_card(v: _Values) -> dict[str, Any]:
    mobile = f"010-{v.digits(4)}-{v.digits(4)}"
    return {
        "name": [v.value("홍길동")],
        "company": [v.value("모의상사 주식회사")],
        "department": [v.value("샘플팀")],
        "position": [v.value("매니저")],
        "address": [v.value("서울특별시 중구 세종대로 110")],
        "mobile": [v.value(mobile, {"value": mobile.replace("-", "")}, key="M")],
        "email": [v.value("sample@example.com", key="E")],
    }


def _biz_license(v: _Values) -> dict[str, Any]:
    date_text, date = v.date()
    return {
        "documentType": [v.value("사업자등록증")],
        "registerNumber": [v.value(v.bizno(), key="등록번호")],
        "corpName": [v.value("모의상사 주식회사", key="법인명(단체명)")],
        "repName": [v.value("홍길동", key="대표자")],
        "openDate": [v.value(date_text, date, key="개업연월일")],
        "bisAddress": [v.value("서울특별시 중구 세종대로 110", key="사업장 소재지")],
        "bisType": [v.value("서비스업", key="업태")],
        "bisItem": [v.value("소프트웨어 개발", key="종목")],
        "taxType": [v.value("법인사업자")],
    }


def _id_card(v: _Values, page: PageImage) -> dict[str, Any]:
    date_text, date = v.date()
    return {
        "idtype": "ID Card",
        "isConfident": True,
        "rois": [poly((0.0, 0.0, float(page.width), float(page.height)))],
        "ic": {
            "name": [v.value("홍길동")],
            "personalNum": [v.value(f"800101-1{v.digits(6)}", mask=True)],
            "address": [v.value("서울특별시 중구 세종대로 110")],
            "issueDate": [v.value(date_text, date, mask=True)],
            "authority": [v.value("서울특별시 중구청장")],
        },
    }


def _medical_receipt(v: _Values) -> dict[str, Any]:
    total = v.rng.randint(10, 500) * 100
    return {
        "hospitalName": [v.value("샘플의원")],
        "patientName": [v.value("홍길동", key="환자성명")],
        "totalPrice": [v.value(f"{total:,}", {"value": str(total)}, key="합계")],
    }


def _passport(v: _Values) -> dict[str, Any]:
    number = f"M{v.digits(8)}"
    _, birth = v.date()
    return {
        "type": [v.value("PM")],
        "issueCountry": [v.value("KOR")],
        "num": [v.value(number, mask=True)],
        "surName": [v.value("HONG")],
        "givenName": [v.value("GILDONG")],
        "nationality": [v.value("REPUBLIC OF KOREA")],
        "birthDate": [
            v.value(f"{birth['day']} {birth['month']} {birth['year']}", birth, mask=True)
        ],
        "sex": [v.value("M")],
        "mrz1": [v.value("PMKORHONG<<GILDONG<<<<<<<<<<<<<<<<<<<<<<<<<<")],
        "mrz2": [v.value(_mrz_line2(number, birth), mask=True)],
    }


def _mrz_line2(number: str, birth: dict[str, str]) -> str:
    """An ICAO 9303 TD3 second line with right check digits (expiry ten years on)."""
    born = f"{birth['year'][2:]}{birth['month']}{birth['day']}"
    expiry = f"{(int(birth['year']) + 10) % 100:02d}{birth['month']}{birth['day']}"
    personal = "<" * 14
    line = (
        f"{number}{icao_check_digit(number)}KOR{born}{icao_check_digit(born)}M"
        f"{expiry}{icao_check_digit(expiry)}{personal}{icao_check_digit(personal)}"
    )
    composite = line[0:10] + line[13:20] + line[21:43]
    return line + str(icao_check_digit(composite))


#: How to make up the ``result`` of each Document OCR product (by path kind). One rule per
#: product: everything else about it comes from the spec (``products.py``).
#: ``tests/test_product_tables.py`` fails for a spec path without its rule; should one be
#: missing all the same (a spec newer than the mock), that product answers an empty
#: ``result`` rather than an error.
DOCUMENT_RULES: dict[str, Callable[[_Values, PageImage], dict[str, Any]]] = {
    "receipt": lambda v, page: _receipt(v),
    "credit-card": lambda v, page: _credit_card(v),
    "name-card": lambda v, page: _name_card(v),
    "biz-license": lambda v, page: _biz_license(v),
    "id-card": _id_card,
    "medical-receipt": lambda v, page: _medical_receipt(v),
    "passport": lambda v, page: _passport(v),
}


def document_image(
    product: MockProduct,
    name: str,
    data: bytes,
    page: PageImage,
    lines: list[RecognizedLine],
    *,
    result: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One Document OCR image; ``result`` (read from the page by a real engine) replaces
    the synthetic values."""
    kind = product.document_kind or ""
    if result is None:
        # Saved id-card answers carry no keyText/confidenceScore; receipts and others do.
        values = _Values(data, lines, with_scores=kind != "id-card")
        rule = DOCUMENT_RULES.get(kind)
        result = rule(values, page) if rule else {}
    image: dict[str, Any] = {
        product.document_key or kind: {"meta": {"estimatedLanguage": "ko"}, "result": result}
    }
    image.update(image_header(name))
    return image
