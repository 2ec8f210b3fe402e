"""Card numbers: the Luhn (mod 10) check digit."""

from __future__ import annotations

from .outcome import Status, outcome


def is_valid(text: str) -> bool:
    return validate(text)[0] == "pass"


def validate(text: str) -> tuple[Status, str]:
    """Luhn over the digits of ``text`` (spaces and hyphens ignored); masked → skip."""
    if "*" in text or "X" in text.upper():
        return "skip", "masked"
    digits = [int(ch) for ch in text if ch.isdigit()]
    if not 12 <= len(digits) <= 19:
        return "fail", f"{len(digits)} digits, expected 12 to 19"
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return outcome(total % 10 == 0, "Luhn check digit does not match")
