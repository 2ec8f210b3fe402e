"""Korean business registration number (사업자등록번호): 10 digits, the last a check digit."""

from __future__ import annotations

from .outcome import Status, outcome

WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def check_digit(first_nine: str) -> int:
    """The tenth digit that makes ``first_nine`` (9 digits) a valid business number."""
    values = [int(d) for d in first_nine]
    total = sum(v * w for v, w in zip(values, WEIGHTS, strict=True)) + values[8] * 5 // 10
    return (10 - total % 10) % 10


def is_valid(text: str) -> bool:
    """Whether ``text`` (``"123-45-67890"`` or 10 digits) carries a right check digit."""
    return validate(text)[0] == "pass"


def validate(text: str) -> tuple[Status, str]:
    """The National Tax Service check: weights 1,3,7,1,3,7,1,3,5 plus ⌊5·d9/10⌋."""
    digits = digits_of(text)
    if "*" in text:
        return "skip", "masked"
    if len(digits) != 10:
        return "fail", f"{len(digits)} digits, expected 10"
    return outcome(check_digit(digits[:9]) == int(digits[9]), "check digit does not match")
