"""Document OCR from recognised text: written rules that fill CLOVA's result trees.

A real recognizer gives lines of words with boxes; these rules find the fields the service
extracts and answer them in the spec's shapes (``DocumentValue``: ``text``, ``formatted``,
``keyText``, ``confidenceScore``, ``boundingPolys`` from the words the value was read from).
A field the rules do not find is left out, as the service leaves out what it cannot read.

=============  ==============================================================================
Document       Rule (texts compared with spaces removed, so a split Hangul word still matches)
=============  ==============================================================================
receipt        ``receipts.py``: store name and branch, bizNum, addresses, tel, date (all
               common numeric and ``년 월 일`` formats), time, card and approval number,
               items (name, count, unit price, price), sub-total, tax and total.
name-card      email: ``x@y.z``; homepage: ``www.…`` / ``http(s)://…`` / a bare domain;
               phones: labelled ``M/Mobile/HP/휴대폰`` → mobile, ``F/Fax/팩스`` → fax,
               ``T/Tel/전화`` → tel, unlabelled ``01x-`` → mobile, other → tel;
               address: as for receipts; company: a line with 주식회사/(주)/㈜/Inc/Corp/Co./Ltd/
               LLC; name: the first line whose first word is 2-4 Hangul syllables (or two or
               three capitalised Latin words), a job title after it → position.
biz-license    the labelled lines of the Korean 사업자등록증: 등록번호, 법인명(단체명)/상호,
               대표자/성명, 개업연월일 (formatted date), 법인등록번호, 생년월일, 사업장 소재지,
               본점 소재지, 업태, 종목, 발급사유 — a label may sit anywhere in a line (``업태 …
               종목 …``), its value runs to the next label; documentType: the 사업자등록증 line;
               taxType: ``(법인사업자)``/``(일반과세자)``/``(간이과세자)``/``(면세사업자)``;
               issuanceDate: an unlabelled date below the fields.
id-card        주민등록증 (``ic``): name: the first 2-4 syllable Hangul word after the title
               (hanja in brackets dropped); personalNum: ``dddddd-ddddddd`` (masked);
               address: lines between the number and the issue date; issueDate: a date;
               authority: a line ending 청장/시장/군수/도지사. ``rois``: all words' box.
credit-card    number: 16 digits in groups of 4 (or 4-6-5), formatted: digits, masked;
               validThru: ``mm/yy`` (formatted month, year 20yy); name: a line of two or
               three upper-case Latin words; company: a line with 카드/CARD or a card brand.
medical-       hospitalName: the first line; patientName: labelled 환자성명/성명; totalPrice: as
receipt        for receipts.
passport       the MRZ with its check digits and the visual zone (``passports.py``); id-card
               answers a passport as ``idtype: Passport`` with ``pp``.
=============  ==============================================================================
"""

from __future__ import annotations

import re
from typing import Any

from ..builders import enclosing, poly
from ..imaging import PageImage
from ..recognizer import RecognizedLine, RecognizedWord
from .fields import (
    CARD_NUMBER,
    DATE,
    EMAIL,
    PERSONAL_NUMBER,
    PHONE,
    URL,
    VALID_THRU,
    Line,
    date_of,
    digits,
    first_match,
    is_address,
    label_before,
    value,
    without_label,
)
from .passports import passport
from .receipts import receipt, total_line

TITLES = (
    "대표이사",
    "대표",
    "이사",
    "본부장",
    "실장",
    "팀장",
    "부장",
    "차장",
    "과장",
    "대리",
    "주임",
    "사원",
    "매니저",
    "연구원",
    "CEO",
    "CTO",
    "Manager",
    "Engineer",
    "Director",
)
CARD_BRANDS = ("VISA", "MASTER", "AMEX", "JCB", "UNIONPAY", "BC", "신한", "삼성", "현대", "국민")


# --------------------------------------------------------------------------- name card
_PHONE_KINDS = (
    ("mobile", ("M", "MOBILE", "HP", "H.P", "휴대폰", "핸드폰", "C", "CELL")),
    ("fax", ("F", "FAX", "팩스")),
    ("tel", ("T", "TEL", "PHONE", "전화", "대표전화", "D")),
)
_COMPANY = re.compile(r"주식회사|\(주\)|㈜|\b(?:Inc|Corp|Co|Ltd|LLC)\b\.?", re.IGNORECASE)
_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}")
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


def _phone_kind(key: str, number: str) -> str:
    label = key.upper().rstrip(".:").strip()
    for kind, labels in _PHONE_KINDS:
        if label in labels:
            return kind
    return "mobile" if re.match(r"01\d", number) else "tel"


def name_card(lines: list[Line]) -> dict[str, Any]:
    result: dict[str, list[dict[str, Any]]] = {}
    used: set[int] = set()
    for index, line in enumerate(lines):
        for pattern, field in ((EMAIL, "email"), (URL, "homepage")):
            for match, words in line.search(pattern):
                if (
                    field == "homepage"
                    and "@" in line.text[max(0, match.start() - 1) : match.end() + 1]
                ):
                    continue
                result.setdefault(field, []).append(value(words.words, match[0]))
                used.add(index)
        for match, words in line.search(PHONE):
            key = label_before(line, words.words).split(" ")[-1] if words.words else ""
            kind = _phone_kind(key, match[0])
            formatted = {"value": digits(match[0])}
            result.setdefault(kind, []).append(value(words.words, match[0], formatted, key=key))
            used.add(index)
    for index, line in enumerate(lines):
        if index not in used and is_address(line):
            address = without_label(line, ("주소", "A", "Add", "Address"))
            result.setdefault("address", []).append(value(address.words, address.text))
            used.add(index)
    for index, line in enumerate(lines):
        if index not in used and _COMPANY.search(line.text):
            result.setdefault("company", []).append(value(line.words, line.text))
            used.add(index)
            break
    for index, line in enumerate(lines):
        if index in used:
            continue
        first = line.words[0].text
        if _HANGUL_NAME.fullmatch(first) and first not in TITLES:
            name_words, rest = line.words[:1], line.words[1:]
        elif latin := _LATIN_NAME.match(line.text):
            name_words = line.span_words(latin.start(), latin.end())
            while len(name_words) > 2 and name_words[-1].text in TITLES:
                name_words = name_words[:-1]
            rest = line.words[len(name_words) :]
        else:
            continue
        result["name"] = [value(name_words, " ".join(w.text for w in name_words))]
        titles = [w for w in rest if w.text in TITLES]
        if titles:
            result["position"] = [value(tuple(titles), " ".join(w.text for w in titles))]
        used.add(index)
        break
    return result


# ------------------------------------------------------------------------ biz licence
BIZ_LABELS = {
    "등록번호": "registerNumber",
    "법인명(단체명)": "corpName",
    "법인명": "corpName",
    "상호(법인명)": "corpName",
    "상호": "companyName",
    "대표자": "repName",
    "성명(대표자)": "repName",
    "성명": "repName",
    "개업연월일": "openDate",
    "법인등록번호": "corpRegisterNum",
    "생년월일": "birthDate",
    "주민등록번호": "socialNumber",
    "사업장소재지": "bisAddress",
    "본점소재지": "headAddress",
    "업태": "bisType",
    "종목": "bisItem",
    "발급사유": "issuanceReason",
}
TAX_TYPE = re.compile(r"\((법인사업자|일반과세자|간이과세자|면세사업자)\)")
_DATE_FIELDS = ("openDate", "birthDate")


def _label_at(words: tuple[RecognizedWord, ...], start: int) -> tuple[str, str, int] | None:
    """(label as printed, field, words used) when a label of ``BIZ_LABELS`` starts here."""
    best = None
    for k in range(1, min(4, len(words) - start) + 1):
        head = "".join(w.text for w in words[start : start + k])
        bare = head.rstrip(":：")
        if bare in BIZ_LABELS and (best is None or len(bare) > len(best[0])):
            best = (bare, BIZ_LABELS[bare], k)
    return best


def biz_license(lines: list[Line]) -> dict[str, Any]:
    result: dict[str, list[dict[str, Any]]] = {}
    last_field_line = -1
    for index, line in enumerate(lines):
        if "사업자등록증" in line.compact and "documentType" not in result:
            match = re.search(r"사업자\s*등\s*록\s*증", line.text)
            words = line.span_words(*match.span()) if match else line.words
            result["documentType"] = [value(words, "사업자등록증")]
            continue
        if tax := TAX_TYPE.search(line.compact):
            words = tuple(w for w in line.words if any(ch in tax[0] for ch in w.text))
            result.setdefault("taxType", []).append(value(words or line.words, tax[1]))
        position = 0
        segments: list[tuple[tuple[str, str, int], list[RecognizedWord]]] = []
        while position < len(line.words):
            label = _label_at(line.words, position)
            if label is not None:
                segments.append((label, []))
                position += label[2]
                continue
            if segments and line.words[position].text not in (":", "："):
                segments[-1][1].append(line.words[position])
            position += 1
        for (printed, field, _), segment in segments:
            if not segment or field in result:
                continue
            text = " ".join(w.text for w in segment).lstrip(":： ")
            formatted = None
            if field in _DATE_FIELDS and (date := DATE.search(text)):
                formatted = date_of(date)
            result[field] = [value(tuple(segment), text, formatted, key=printed)]
            last_field_line = index
    for line in lines[last_field_line + 1 :]:
        if date := DATE.search(line.text):
            words = line.span_words(date.start(), date.end())
            result["issuanceDate"] = [value(words, date[0], date_of(date))]
            break
    return result


# ----------------------------------------------------------------------------- ID card
AUTHORITY = re.compile(r"\S*(?:청장|시장|군수|도지사)$")


def id_card(lines: list[Line], page: PageImage) -> dict[str, Any]:
    words = tuple(w for line in lines for w in line.words)
    rois = [poly(enclosing(words))] if words else []
    card: dict[str, list[dict[str, Any]]] = {}
    title = next((i for i, ln in enumerate(lines) if "주민등록증" in ln.compact), -1)
    if title < 0:
        travel, valid = passport(lines, scores=False)
        if travel:  # a Korean passport: its MRZ read and checked
            return {"idtype": "Passport", "isConfident": valid, "rois": rois, "pp": travel}
    for line in lines[title + 1 :]:
        match = _HANGUL_NAME.match(line.words[0].text)
        if match and "주민등록" not in line.compact:
            card["name"] = [value(line.words[:1], match[0], scores=False)]
            break
    number_line = date_line = len(lines)
    for index, line in enumerate(lines):
        if "personalNum" not in card:
            for match, found in line.search(PERSONAL_NUMBER):
                card["personalNum"] = [value(found.words, match[0], mask=True, scores=False)]
                number_line = index
        if index > number_line and "issueDate" not in card:
            for match, found in line.search(DATE):
                card["issueDate"] = [value(found.words, match[0], date_of(match), scores=False)]
                date_line = index
                break
    between = [ln for ln in lines[number_line + 1 : date_line]]
    if between:
        text = " ".join(ln.text for ln in between)
        card["address"] = [value(tuple(w for ln in between for w in ln.words), text, scores=False)]
    for line in lines[date_line + 1 :] or lines:
        if AUTHORITY.search(line.text):
            card["authority"] = [value(line.words, line.text, scores=False)]
            break
    return {
        "idtype": "ID Card" if title >= 0 else "Unknown",
        "isConfident": title >= 0 and "personalNum" in card,
        "rois": rois,
        "ic": card,
    }


# ------------------------------------------------------------------------ credit card
_HOLDER = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,}){1,2}")


def credit_card(lines: list[Line]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if found := first_match(lines, CARD_NUMBER):
        match, words = found
        result["number"] = value(words.words, match[0], {"value": digits(match[0])}, mask=True)
    if found := first_match(lines, VALID_THRU):
        match, words = found
        formatted = {"month": match[1], "year": f"20{match[2]}"}
        result["validThru"] = value(words.words, match[0], formatted)
    for line in lines:
        upper = line.text.upper()
        if "company" not in result and (
            "카드" in line.compact or "CARD" in upper or set(upper.split()) & set(CARD_BRANDS)
        ):
            result["company"] = value(line.words, line.text)
        elif (
            "name" not in result
            and _HOLDER.fullmatch(line.text)
            and not any(k in upper for k in ("VALID", "THRU", "GOOD"))
        ):
            result["name"] = value(line.words, line.text)
    return result


# ---------------------------------------------------------------------- medical receipt
def medical_receipt(lines: list[Line]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if lines:
        result["hospitalName"] = [value(lines[0].words, lines[0].text)]
    for line in lines:
        named = without_label(line, ("환자성명", "성명"))
        if named is not line:
            result["patientName"] = [value(named.words, named.text, key="환자성명")]
            break
    if total := total_line(lines):
        result["totalPrice"] = [total[1]["price"]]
    return result


# --------------------------------------------------------------------------------- API
def read_document(kind: str, lines: list[RecognizedLine], page: PageImage) -> dict[str, Any]:
    """The ``result`` tree of Document OCR ``kind`` (``receipt``, ``name-card`` …)."""
    text_lines = [Line(line.words) for line in lines if line.words]
    if kind == "receipt":
        return receipt(text_lines)
    if kind == "name-card":
        return name_card(text_lines)
    if kind == "biz-license":
        return biz_license(text_lines)
    if kind == "id-card":
        return id_card(text_lines, page)
    if kind == "credit-card":
        return credit_card(text_lines)
    if kind == "medical-receipt":
        return medical_receipt(text_lines)
    if kind == "passport":
        return passport(text_lines)[0]
    return {}
