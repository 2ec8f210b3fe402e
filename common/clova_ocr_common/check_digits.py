"""Check-digit arithmetic shared by the SDK and the mock.

The SDK validates numbers read from documents (``clova_ocr.checks``); the mock makes up
numbers that pass those checks, and its engine repairs misread MRZ characters with them.
"""

from __future__ import annotations

__all__ = ["bizno_check_digit", "icao_check_digit", "luhn_is_valid"]

#: The National Tax Service's weights for the first nine digits of a business number.
BIZNO_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
#: ICAO 9303's weights, repeated over the field.
ICAO_WEIGHTS = (7, 3, 1)


def bizno_check_digit(first_nine: str) -> int:
    """The tenth digit that makes ``first_nine`` (nine digits) a valid Korean business
    registration number (사업자등록번호): weights 1,3,7,1,3,7,1,3,5 plus ⌊5·d9/10⌋, mod 10."""
    values = [int(d) for d in first_nine]
    total = sum(v * w for v, w in zip(values, BIZNO_WEIGHTS, strict=True)) + values[8] * 5 // 10
    return (10 - total % 10) % 10


def _icao_value(char: str) -> int:
    if char.isdigit():
        return int(char)
    if "A" <= char <= "Z":
        return ord(char) - ord("A") + 10
    return 0  # the filler '<' (and anything unreadable)


def icao_check_digit(field: str) -> int:
    """The ICAO 9303 check digit of an MRZ field: ``0-9`` as themselves, ``A-Z`` as 10-35,
    ``<`` as 0, weighted 7, 3, 1 repeated, mod 10."""
    return sum(_icao_value(ch) * ICAO_WEIGHTS[i % 3] for i, ch in enumerate(field)) % 10


def luhn_is_valid(digits: str) -> bool:
    """Whether the digits of ``digits`` (others ignored) pass the Luhn (mod 10) check."""
    total = 0
    for position, char in enumerate(reversed([ch for ch in digits if ch.isdigit()])):
        digit = int(char)
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0
