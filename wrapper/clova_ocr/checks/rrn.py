"""Resident registration number (주민등록번호) format: ``YYMMDD-GNNNNNN``.

Only the format is checked: a real birth date and a known gender/century digit. Numbers
issued since October 2020 have random last digits, so no check digit is enforced.
"""

from __future__ import annotations

import datetime
import re

from .outcome import Status, outcome

PATTERN = re.compile(r"^(\d{2})(\d{2})(\d{2})-?([0-9])([0-9*]{6})$")
#: Century of the birth year, by the 7th digit (5-8: foreign residents).
CENTURY = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000}
CENTURY.update({"9": 1800, "0": 1800})


def is_valid(text: str) -> bool:
    return validate(text)[0] == "pass"


def validate(text: str) -> tuple[Status, str]:
    match = PATTERN.match(text.strip().replace(" ", ""))
    if match is None:
        stripped = text.strip()
        if "*" in stripped and len(stripped.replace("-", "")) == 13:
            return "skip", "masked"
        return "fail", "not YYMMDD-GNNNNNN"
    yy, mm, dd, gender, _ = match.groups()
    try:
        datetime.date(CENTURY[gender] + int(yy), int(mm), int(dd))
    except ValueError:
        return "fail", "the first six digits are not a date"
    return outcome(True, "")
