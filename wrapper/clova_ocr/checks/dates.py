"""Dates read from a document: a real calendar date, and (unless it is an expiry) not future."""

from __future__ import annotations

import datetime
import re

from .outcome import Status

ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse(value: str) -> datetime.date | None:
    """``"2024-02-29"`` → a date; ``None`` when it is not a full ``YYYY-MM-DD`` date."""
    match = ISO.match(value.strip())
    if match is None:
        return None
    try:
        return datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def is_date_like(value: str) -> bool:
    return ISO.match(value.strip()) is not None


def validate(
    value: str, *, today: datetime.date, may_be_future: bool = False
) -> tuple[Status, str]:
    if not is_date_like(value):
        return "skip", "not a full date"
    day = parse(value)
    if day is None:
        return "fail", "not a calendar date"
    if day > today and not may_be_future:
        return "fail", "in the future"
    return "pass", ""
