"""Passport rules: the machine-readable zone (ICAO 9303 TD3) checked, the visual zone matched.

The MRZ is two lines of 44 characters ``A-Z 0-9 <``::

    P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<     type, issuing state, surname<<given names
    L898902C36UTO7408122F1204159ZE184226B<<<<<10     number+check, nationality, birth+check,
                                                     sex, expiry+check, personal no.+check,
                                                     final check

Check digits (weights 7, 3, 1; ``<`` = 0, ``A`` = 10 … ``Z`` = 35) validate each field; a field
whose check fails is repaired by reading letters Tesseract confuses with digits as digits
(``O``→0, ``I``→1 …) when that makes the check pass. Items (each a list of value objects, as
the id-card ``pp`` object answers them): ``type``, ``issueCountry``, ``num``, ``surName``,
``givenName``, ``nationality``, ``birthDate``, ``sex``, ``expireDate``, ``personalNum``,
``mrz1``, ``mrz2`` from the MRZ; the visual zone gives the printed text and boxes of the
names and dates (``12 AUG 1974``, ``01 1월/JAN 1980``) when they match the MRZ, and
``issueDate`` (the printed date that is neither birth nor expiry), ``nationality`` as printed
(``REPUBLIC OF KOREA``), ``authority`` (a line with MINISTRY/AUTHORITY/OFFICE …) and
``fullNameKor`` (a Hangul name of 2-4 syllables). The number, the MRZ lines, the birth date
and the personal number carry ``maskingPolys``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from clova_ocr_common.check_digits import icao_check_digit

from ..recognizer import RecognizedWord
from .fields import Line, value, without_label

MRZ_LENGTH = 44
MRZ_LINE = re.compile(r"[A-Z0-9<]{30,}")
_TO_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2",
                           "S": "5", "G": "6", "B": "8", "<": "0"})  # fmt: skip
TRAILING_FILLERS = re.compile(r"<{2,}[<CEK]*$")
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
VISUAL_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s*(?:\d{1,2}\s*월\s*/?\s*)?(" + "|".join(MONTHS) + r")\s*/?\s*(\d{4})"
)
AUTHORITY_WORDS = ("MINISTRY", "AUTHORITY", "OFFICE", "DEPARTMENT", "외교부")
HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}")


def check_digit(field: str) -> str:
    """The ICAO 9303 check digit of ``field``, as the character the MRZ prints."""
    return str(icao_check_digit(field))


def _checked(field: str, check: str, *, numeric: bool) -> tuple[str, bool]:
    """``field`` (repaired when a digit-for-letter reading makes its check pass) and whether
    its check digit holds."""
    check = check.translate(_TO_DIGIT)
    if check_digit(field) == check:
        return field, True
    repaired = field.translate(_TO_DIGIT) if numeric else field
    if check_digit(repaired) == check:
        return repaired, True
    return field, False


@dataclass(frozen=True)
class Mrz:
    line1: str
    line2: str
    words1: tuple[RecognizedWord, ...]
    words2: tuple[RecognizedWord, ...]


def find_mrz(lines: list[Line]) -> Mrz | None:
    """The last two MRZ-looking lines of the page (upper case, ``<`` fillers, ≥ 30 long)."""
    found = []
    for line in lines:
        text = line.compact.upper().replace("«", "<<").replace("‹", "<")
        if MRZ_LINE.fullmatch(text) and ("<" in text or len(text) >= 40):
            found.append((text[:MRZ_LENGTH].ljust(MRZ_LENGTH, "<"), line.words))
    if len(found) < 2:
        return None
    (first, words1), (second, words2) = found[-2], found[-1]
    # a run of fillers is often read partly as C/E/K (``<<<<ceceee``): after the names, it is
    first = TRAILING_FILLERS.sub(lambda run: "<" * len(run[0]), first)
    return Mrz(first, second, words1, words2)


def _mrz_date(text: str, *, future: bool) -> dict[str, str] | None:
    if not text.isdigit():
        return None
    yy, month, day = int(text[:2]), text[2:4], text[4:6]
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    this_year = date.today().year % 100
    century = 2000 if future or yy <= this_year else 1900
    return {"year": str(century + yy), "month": month, "day": day}


def _visual_dates(lines: list[Line]) -> list[tuple[dict[str, str], Line, str]]:
    dates = []
    for line in lines:
        for match, words in line.search(VISUAL_DATE):
            month = f"{MONTHS.index(match[2]) + 1:02d}"
            formatted = {"year": match[3], "month": month, "day": f"{int(match[1]):02d}"}
            dates.append((formatted, words, match[0]))
    return dates


def passport(lines: list[Line], *, scores: bool = True) -> tuple[dict[str, Any], bool]:
    """(passport items, whether every MRZ check digit holds); ``({}, False)`` without an MRZ."""
    mrz = find_mrz(lines)
    if mrz is None:
        return {}, False
    one, two = mrz.line1, mrz.line2
    result: dict[str, list[dict[str, Any]]] = {}

    def put(key: str, words: tuple[RecognizedWord, ...], text: str, **extra: Any) -> None:
        result[key] = [value(words, text, scores=scores, **extra)]

    number, number_ok = _checked(two[0:9], two[9], numeric=False)
    birth, birth_ok = _checked(two[13:19], two[19], numeric=True)
    expiry, expiry_ok = _checked(two[21:27], two[27], numeric=True)
    personal, personal_ok = _checked(two[28:42], two[42], numeric=False)
    composite = number + two[9] + birth + two[19] + expiry + two[27] + personal + two[42]
    final_ok = check_digit(composite) == two[43].translate(_TO_DIGIT)
    valid = number_ok and birth_ok and expiry_ok and personal_ok and final_ok

    surname, _, given = one[5:].partition("<<")
    surname, given = surname.replace("<", " ").strip(), given.replace("<", " ").strip()
    visual = [w for line in lines for w in line.words if w not in mrz.words1 + mrz.words2]

    def printed(text: str) -> tuple[RecognizedWord, ...]:
        """The visual-zone words spelling ``text`` (one or more words in a row)."""
        parts = text.split()
        for i in range(len(visual) - len(parts) + 1):
            if [w.text.upper() for w in visual[i : i + len(parts)]] == parts:
                return tuple(visual[i : i + len(parts)])
        return ()

    put("type", mrz.words1, one[0:2].strip("<"))
    put("issueCountry", mrz.words1, one[2:5].strip("<"))
    put("num", printed(number.strip("<")) or mrz.words2, number.strip("<"), mask=True)
    if surname:
        put("surName", printed(surname) or mrz.words1, surname)
    if given:
        put("givenName", printed(given) or mrz.words1, given)
    put("nationality", mrz.words2, two[10:13].strip("<"))
    dates = _visual_dates([ln for ln in lines if not set(ln.words) & set(mrz.words2)])
    used = []
    for key, field, future in (("birthDate", birth, False), ("expireDate", expiry, True)):
        formatted = _mrz_date(field, future=future)
        if formatted is None:
            continue
        seen = next((d for d in dates if d[0] == formatted), None)
        words, text = (seen[1].words, seen[2]) if seen else (mrz.words2, field)
        if seen:
            used.append(seen)
        put(key, words, text, formatted=formatted, mask=key == "birthDate")
    issue = next((d for d in dates if d not in used), None)
    if issue:
        put("issueDate", issue[1].words, issue[2], formatted=issue[0])
    if two[20] in "MFX<":
        put("sex", mrz.words2, two[20].replace("<", "X"))
    if personal.strip("<"):
        put("personalNum", mrz.words2, personal.strip("<"), mask=True)
    for line in lines:
        upper = line.text.upper()
        if "REPUBLIC" in upper or "NATIONALITY" in upper:
            match = re.search(r"REPUBLIC OF [A-Z]+|[A-Z]{4,}(?: OF [A-Z]+)?$", upper)
            if match:
                words = line.span_words(match.start(), match.end())
                put("nationality", words, " ".join(w.text for w in words))
        elif "authority" not in result and any(w in upper for w in AUTHORITY_WORDS):
            issuer = without_label(
                line, ("Authority", "AUTHORITY", "발행관청", "발행관청/Authority")
            )
            put("authority", issuer.words, issuer.text)
        elif "fullNameKor" not in result and HANGUL_NAME.fullmatch(line.compact):
            put("fullNameKor", line.words, line.compact)
    put("mrz1", mrz.words1, one, mask=True)
    put("mrz2", mrz.words2, two, mask=True)
    return result, valid
