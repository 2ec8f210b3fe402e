"""Card numbers: the Luhn (mod 10) check digit."""

from __future__ import annotations

from clova_ocr_common.check_digits import luhn_is_valid

from .outcome import Status, outcome


def is_valid(text: str) -> bool:
    return validate(text)[0] == "pass"


def validate(text: str) -> tuple[Status, str]:
    """Luhn over the digits of ``text`` (spaces and hyphens ignored); masked → skip."""
    if "*" in text or "X" in text.upper():
        return "skip", "masked"
    digits = [ch for ch in text if ch.isdigit()]
    if not 12 <= len(digits) <= 19:
        return "fail", f"{len(digits)} digits, expected 12 to 19"
    return outcome(luhn_is_valid(text), "Luhn check digit does not match")
