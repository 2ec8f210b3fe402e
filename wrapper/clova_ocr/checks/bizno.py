"""Korean business registration number (사업자등록번호): 10 digits, the last a check digit."""

from __future__ import annotations

from clova_ocr_common.check_digits import bizno_check_digit as check_digit

from .outcome import Status, outcome

__all__ = ["check_digit", "digits_of", "is_valid", "validate"]


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


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
