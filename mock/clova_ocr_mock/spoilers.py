"""Answers that fail a validity check, so users can test how they handle them.

With ``allow_faults`` the mock spoils an answer it built when asked, either by the
``X-Mock-Fault`` header (one value) or by a token in the image's name (``receipt.invalid-total.png``),
which lets one batch mix good and bad answers. Values:

    ``invalid-bizno``   business numbers (bizNum, registerNumber) with a wrong check digit
    ``invalid-card``    an unmasked card number that fails the Luhn check
    ``invalid-mrz``     a passport MRZ line 2 with a wrong check digit
    ``invalid-rrn``     a resident registration number whose date does not exist
    ``invalid-total``   receipt items that do not add up to the total
    ``invalid-vat``     a receipt VAT that is not 1/11 of the total
    ``invalid-date``    dates a year in the future
    ``low-confidence``  every confidence at 0.42
    ``pii``             General/Template pages gain a line of (valid) personal numbers
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from typing import Any

from clova_ocr_common.check_digits import luhn_is_valid

Spoiler = Callable[[dict[str, Any]], None]
#: The personal numbers ``pii`` adds; all pass the SDK's validators (tests look for them).
PII_LINE = (
    "주민 901010-1234567",
    "카드 4111-1111-1111-1111",
    "전화 010-1234-5678",
    "사업자 220-81-62517",
    "여권 M12345678",
)


def _values(node: Any, *names: str) -> Iterator[dict[str, Any]]:
    """Every value object (``{"text", "formatted"}``) under a key in ``names``."""
    if isinstance(node, dict):
        for key, child in node.items():
            if key in names:
                items = child if isinstance(child, list) else [child]
                yield from (i for i in items if isinstance(i, dict) and "text" in i)
            else:
                yield from _values(child, *names)
    elif isinstance(node, list):
        for child in node:
            yield from _values(child, *names)


def _set(value: dict[str, Any], text: str, formatted: str | None = None) -> None:
    value["text"] = text
    value["formatted"] = {"value": text if formatted is None else formatted}


def _bump_last_digit(text: str) -> str:
    for i in range(len(text) - 1, -1, -1):
        if text[i].isdigit():
            return text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1 :]
    return text


def _bizno(answer: dict[str, Any]) -> None:
    for value in _values(answer, "bizNum", "registerNumber"):
        _set(value, _bump_last_digit(str(value["text"])))


def _card(answer: dict[str, Any]) -> None:
    number = "5461111122223333"
    while luhn_is_valid(number):
        number = _bump_last_digit(number)
    spaced = " ".join(number[i : i + 4] for i in range(0, 16, 4))
    for value in _values(answer, "number"):
        _set(value, spaced, number)


def _mrz(answer: dict[str, Any]) -> None:
    for value in _values(answer, "mrz2"):
        line = str(value["text"])
        if len(line) > 9:
            _set(
                value,
                line[:9] + str((int(line[9]) + 1) % 10 if line[9].isdigit() else 1) + line[10:],
            )


def _rrn(answer: dict[str, Any]) -> None:
    for value in _values(answer, "personalNum", "socialNumber"):
        _set(value, "801301-1234567")


def _total(answer: dict[str, Any]) -> None:
    """One item's line price goes up by 1,000: the items no longer add up to the total."""
    for price in _objects(answer, "price"):
        value = price.get("price")
        if isinstance(value, dict) and "text" in value:
            amount = int(re.sub(r"\D", "", str(value["text"])) or 0) + 1000
            _set(value, f"{amount:,}", str(amount))
            return


def _objects(node: Any, name: str) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        for key, child in node.items():
            if key == name and isinstance(child, dict):
                yield child
            yield from _objects(child, name)
    elif isinstance(node, list):
        for child in node:
            yield from _objects(child, name)


def _vat(answer: dict[str, Any]) -> None:
    for value in _values(answer, "taxPrice"):
        amount = int(re.sub(r"\D", "", str(value["text"])) or 0) * 2 + 10
        _set(value, f"{amount:,}", str(amount))


def _date(answer: dict[str, Any]) -> None:
    year = str(datetime.date.today().year + 1)
    for node in _formatted_dates(answer):
        text = str(node.get("text", ""))
        node["text"] = re.sub(r"(19|20)\d\d", year, text)
        node["formatted"]["year"] = year


def _formatted_dates(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        formatted = node.get("formatted")
        if isinstance(formatted, dict) and {"year", "month", "day"} <= set(formatted):
            yield node
        for child in node.values():
            yield from _formatted_dates(child)
    elif isinstance(node, list):
        for child in node:
            yield from _formatted_dates(child)


def _low_confidence(node: Any) -> None:
    if isinstance(node, dict):
        for key in ("inferConfidence", "confidenceScore"):
            if key in node:
                node[key] = 0.42
        for child in node.values():
            _low_confidence(child)
    elif isinstance(node, list):
        for child in node:
            _low_confidence(child)


def _pii(answer: dict[str, Any]) -> None:
    for image in answer.get("images", []):
        fields = image.get("fields")
        if not isinstance(fields, list) or not fields:
            continue
        top = 10.0
        for text in PII_LINE:
            for i, word in enumerate(text.split(" ")):
                left = 10.0 + 160 * i
                box = [(left, top), (left + 150, top), (left + 150, top + 20), (left, top + 20)]
                field: dict[str, Any] = {
                    "valueType": "ALL",
                    "boundingPoly": {"vertices": [{"x": x, "y": y} for x, y in box]},
                    "inferText": word,
                    "inferConfidence": 0.99,
                }
                if "lineBreak" in fields[0]:
                    field.update(type="NORMAL", lineBreak=i == 1)
                fields.append(field)
            top += 25


SPOILERS: dict[str, Spoiler] = {
    "invalid-bizno": _bizno,
    "invalid-card": _card,
    "invalid-mrz": _mrz,
    "invalid-rrn": _rrn,
    "invalid-total": _total,
    "invalid-vat": _vat,
    "invalid-date": _date,
    "low-confidence": _low_confidence,
    "pii": _pii,
}


def requested(fault: str | None, names: list[str]) -> list[str]:
    """The spoilers asked for by the fault header and by tokens in the image names."""
    asked = [fault.strip().lower()] if fault and fault.strip().lower() in SPOILERS else []
    for name in names:
        asked += [token for token in SPOILERS if token in name.lower() and token not in asked]
    return asked


def spoil(answer: dict[str, Any], spoilers: list[str]) -> dict[str, Any]:
    """Apply ``spoilers`` to ``answer`` in place and return it."""
    for name in spoilers:
        SPOILERS[name](answer)
    return answer
