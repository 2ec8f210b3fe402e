"""Check ``lang=`` before sending: the service answers a bad value only with a bare ``0011``."""

from __future__ import annotations

import difflib

from .errors import InputError

#: Languages CLOVA OCR documents for ``lang`` (``en`` is listed on the Korean General page only).
LANGUAGES = ("ko", "ja", "zh-TW", "en")
#: Codes people write for those languages.
_ALIASES = {
    "kr": "ko",
    "kor": "ko",
    "korean": "ko",
    "jp": "ja",
    "jpn": "ja",
    "japanese": "ja",
    "zh": "zh-TW",
    "tw": "zh-TW",
    "zh-hant": "zh-TW",
    "zh_tw": "zh-TW",
    "chinese": "zh-TW",
    "eng": "en",
    "english": "en",
}


def _suggest(code: str) -> str | None:
    lowered = code.lower()
    for known in LANGUAGES:
        if known.lower() == lowered:
            return known
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    close = difflib.get_close_matches(code, LANGUAGES, n=1, cutoff=0.5)
    return close[0] if close else None


def check_lang(lang: str) -> str:
    """``lang`` as sent (``"ko"``, ``"ko,ja"``); raises :class:`InputError` with a hint.

    >>> check_lang("kr")
    Traceback (most recent call last):
    clova_ocr.errors.InputError: lang 'kr' is not a CLOVA OCR language; did you mean 'ko'? …
    """
    if not isinstance(lang, str) or not lang.strip():
        raise InputError(f"lang must be one of {', '.join(LANGUAGES)} or a comma-separated list")
    for code in (part.strip() for part in lang.split(",")):
        if code in LANGUAGES:
            continue
        suggestion = _suggest(code)
        hint = f"did you mean {suggestion!r}? " if suggestion else ""
        raise InputError(
            f"lang {code!r} is not a CLOVA OCR language; {hint}"
            f"use {', '.join(LANGUAGES)} or a comma-separated list such as 'ko,ja'"
        )
    return lang
