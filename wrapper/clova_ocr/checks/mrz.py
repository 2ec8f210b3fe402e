"""Passport machine-readable zone (ICAO 9303, TD3: two lines of 44) check digits."""

from __future__ import annotations

from clova_ocr_common.check_digits import icao_check_digit as check_digit

from .outcome import Status

__all__ = ["GROUPS", "check_digit", "is_valid", "validate"]

#: ``(name, start, end, check position)`` of the second line's checked groups.
GROUPS = (
    ("document number", 0, 9, 9),
    ("birth date", 13, 19, 19),
    ("expiry date", 21, 27, 27),
    ("personal number", 28, 42, 42),
)


def _digit(ch: str) -> int | None:
    if ch == "<":
        return 0
    return int(ch) if ch.isdigit() else None


def is_valid(line2: str) -> bool:
    return validate(line2)[0] == "pass"


def validate(line2: str) -> tuple[Status, str]:
    """Check every check digit of a TD3 second line (spaces removed, upper-cased)."""
    line = line2.replace(" ", "").upper()
    if "*" in line:
        return "skip", "masked"
    if len(line) != 44:
        return "fail", f"line 2 has {len(line)} characters, expected 44"
    wrong = [
        name for name, start, end, at in GROUPS if _digit(line[at]) != check_digit(line[start:end])
    ]
    composite = line[0:10] + line[13:20] + line[21:43]
    if _digit(line[43]) != check_digit(composite):
        wrong.append("composite")
    if wrong:
        return "fail", "check digit does not match: " + ", ".join(wrong)
    return "pass", ""
