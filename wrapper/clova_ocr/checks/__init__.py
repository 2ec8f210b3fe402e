"""Validity checks of what was read: ``result.checks()``.

Each validator has its own module and one job (:mod:`.bizno`, :mod:`.luhn`, :mod:`.mrz`,
:mod:`.rrn`, :mod:`.receipt`, :mod:`.dates`). :func:`run_checks` picks the fields of a
Document OCR answer each one applies to, by the last part of their dotted key. Checks never
raise: a field that cannot be checked (masked, missing) gives ``status="skip"``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from . import bizno, dates, luhn, mrz, receipt, rrn
from .outcome import CheckResult, Status

if TYPE_CHECKING:
    from ..results import DocumentResult, OCRResult

__all__ = ["CheckResult", "bizno", "dates", "luhn", "mrz", "receipt", "rrn", "run_checks"]

#: check name → (validator of one value, the last parts of the keys it applies to).
FIELD_CHECKS: dict[str, tuple[Callable[[str], tuple[Status, str]], tuple[str, ...]]] = {
    "bizno": (bizno.validate, ("bizNum", "registerNumber")),
    "card_luhn": (luhn.validate, ("cardInfo.number", "creditCard.number")),
    "rrn_format": (rrn.validate, ("personalNum", "socialNumber")),
    "mrz": (mrz.validate, ("mrz2",)),
}
#: Dates that are meant to lie ahead.
FUTURE_DATES = ("validThru", "expireDate", "renewEndDate", "renewStartDate")
_INDEX = re.compile(r"\[\d+\]")


def _last_part(key: str) -> str:
    return _INDEX.sub("", key).rsplit(".", 1)[-1]


def _applies(key: str, names: tuple[str, ...], product_key: str) -> bool:
    """Whether ``key`` (qualified by the product key) ends with one of ``names``."""
    qualified = f".{product_key}.{_INDEX.sub('', key)}"
    return any(qualified.endswith("." + n) for n in names)


def run_checks(result: OCRResult[Any], *, today: datetime.date | None = None) -> list[CheckResult]:
    """Every check that applies to ``result`` (Document OCR fields; other products: none)."""
    if result.family != "document":
        return []
    document = cast("DocumentResult[Any, Any]", result)
    try:
        values = document.to_dict()
        texts = {f.key: f.text or f.value for f in document.fields}
        product_key = document.product_key
    except Exception:
        return []
    out: list[CheckResult] = []
    for name, (validate, keys) in FIELD_CHECKS.items():
        for key, text in texts.items():
            if _applies(key, keys, product_key):
                status, message = validate(text)
                out.append(CheckResult(name, status, (key,), message))
    day = today or datetime.date.today()
    for key, value in values.items():
        if dates.is_date_like(value):
            future = _last_part(key) in FUTURE_DATES
            status, message = dates.validate(value, today=day, may_be_future=future)
            out.append(CheckResult("date", status, (key,), message))
    if product_key == "receipt":
        out.append(receipt.check_total(values))
        out.append(receipt.check_vat(values))
    return out
