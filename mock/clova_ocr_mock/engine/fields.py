"""Recognised lines as text that remembers its words, and the patterns the rules share.

The Document OCR rules (``documents.py``, ``receipts.py``, ``passports.py``) read values off
lines of words; a value answers the boxes of the words it was read from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..builders import enclosing, poly
from ..recognizer import RecognizedWord

AMOUNT = r"\d{1,3}(?:[,.]\d{3})+|\d+"  # thermal print often shows the comma as a dot
DATE = re.compile(
    r"((?:19|20)\d{2})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})(?:\s*일|\.)?"
    r"(?:(?!\d)|(?=[0-2]\d:))"  # a time run into the day (``2024-03-0514:05``)
)
TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*:\s*([0-5]\d)(?:\s*:\s*([0-5]\d))?(?!\d)")
PHONE = re.compile(r"(?<!\d)(0\d{1,2})\s*[-).]\s*(\d{3,4})\s*[-.]\s*(\d{4})(?!\d)")
BIZ_NUMBER = re.compile(r"(?<!\d)\d{3}\s*-\s*\d{2}\s*-\s*\d{5}(?!\d)")
PERSONAL_NUMBER = re.compile(r"(?<!\d)\d{6}\s*-\s*\d{7}(?!\d)")
CARD_NUMBER = re.compile(
    r"(?<!\d)(?:\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}|\d{4}[ -]?\d{6}[ -]?\d{5})(?!\d)"
)
VALID_THRU = re.compile(r"(?<!\d)(0[1-9]|1[0-2])\s*/\s*(\d{2})(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"(?:https?://|www\.)[\w.-]+(?:/\S*)?|\b[\w-]+\.(?:com|net|org|co\.kr|kr|io)\b")
ADDRESS = re.compile(  # matched on a line's text without spaces (Hangul words split apart)
    r"(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)"
    r"\S*?[시군구]|[가-힣][로길]\d+"
)
TOTAL_LABELS = ("받을금액", "결제금액", "판매금액", "총합계", "총금액", "총액", "합계", "TOTAL")
OTHER_LABELS = ("부가세", "과세", "면세", "사업자", "대표", "TEL", "전화", "주소", "일시", "승인")


# ----------------------------------------------------------------------- text with boxes
@dataclass(frozen=True)
class Line:
    """A recognised line as text (words joined by one space) that remembers its words."""

    words: tuple[RecognizedWord, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def compact(self) -> str:
        return "".join(w.text for w in self.words)

    def span_words(self, start: int, end: int) -> tuple[RecognizedWord, ...]:
        """The words of the characters ``text[start:end]``."""
        found, position = [], 0
        for word in self.words:
            if position < end and start < position + len(word.text):
                found.append(word)
            position += len(word.text) + 1
        return tuple(found)

    def search(self, pattern: re.Pattern[str]) -> Iterator[tuple[re.Match[str], Line]]:
        for match in pattern.finditer(self.text):
            yield match, Line(self.span_words(match.start(), match.end()))


def value(
    words: tuple[RecognizedWord, ...],
    text: str,
    formatted: dict[str, str] | None = None,
    *,
    key: str = "",
    mask: bool = False,
    scores: bool = True,
) -> dict[str, Any]:
    """A ``DocumentValue`` read from ``words`` (its boxes are theirs)."""
    box = poly(enclosing(words))
    item: dict[str, Any] = {"text": text, "formatted": formatted or {"value": text}}
    if scores:
        item["keyText"] = key
        item["confidenceScore"] = round(min(w.confidence for w in words), 4)
    item["boundingPolys"] = [box]
    item["maskingPolys"] = [box] if mask else []
    return item


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def date_of(match: re.Match[str]) -> dict[str, str]:
    return {"year": match[1], "month": f"{int(match[2]):02d}", "day": f"{int(match[3]):02d}"}


def first_match(lines: list[Line], pattern: re.Pattern[str]) -> tuple[re.Match[str], Line] | None:
    for line in lines:
        for found in line.search(pattern):
            return found
    return None


def label_before(line: Line, words: tuple[RecognizedWord, ...]) -> str:
    """The words in front of a value on its line, as its ``keyText`` (``TEL``, ``합계`` …)."""
    before = [w.text for w in line.words if w.box[2] <= words[0].box[0] + 1]
    return " ".join(before).rstrip(":： ")


def without_label(line: Line, labels: tuple[str, ...]) -> Line:
    """``line`` without a leading label (``주소 :`` …), compared with spaces removed."""
    for k in range(1, min(4, len(line.words)) + 1):
        head = "".join(w.text for w in line.words[:k]).rstrip(":：")
        if head in labels:
            rest = [w for w in line.words[k:] if w.text not in (":", "：")]
            return Line(tuple(rest)) if rest else line
    return line


def is_address(line: Line) -> bool:
    return ADDRESS.search(line.compact) is not None and not EMAIL.search(line.text)
