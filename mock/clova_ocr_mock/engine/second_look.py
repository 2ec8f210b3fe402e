"""A second look at words the mixed-language reading is likely to have got wrong.

Tesseract reads a Korean page with ``kor+eng`` and picks a model per word. Two mistakes
come back again and again on receipts, whatever the font:

- a Hangul word read as Latin garbage by the English model (``칫솔`` → ``Als``, ``홍길동`` →
  ``S2S``, ``모의마트`` → ``Soe``), read less surely than real Latin words (≥ 0.98 on clean
  print). Such a word is read again alone with the Korean model, and its reading kept when
  it is Hangul read with some confidence (:data:`MIN_CONFIDENCE`);
- a Latin brand name in a page's title line read as digits by the Korean model (``GS25`` →
  ``6525``, ``0525``). A word of digits in the title line (the top line: a store, a company)
  is read again with the English model and kept when it has letters. Digits elsewhere
  (prices, counts, numbers) are left alone: there they are what is printed.

Crops are read as one line of text (``PSM 7``), a few milliseconds each; a receipt has a
handful of such words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .words import SPACE, Ink, Word, ascii_forms, segments

UNSURE = 0.98  # a Latin word read less surely than this on a Korean page is read again
MIN_CONFIDENCE = 0.5  # the second reading's least sure word must be read at least this surely
HANGUL = re.compile(r"[가-힣]")
JAMO = re.compile(r"[\u3130-\u318f]")
LATIN = re.compile(r"[A-Za-z]")
NUMBER = re.compile(r"\d{3}")  # phone and card numbers: ``TEL02-…`` stays as read
TITLE_DIGITS = re.compile(r"[\d()\[\].,:-]*\d{2}[\d()\[\].,:-]*")

# (crop box in the read image, Tesseract language) -> (text, least word confidence 0-1)
ReadCrop = Callable[[tuple[int, int, int, int], str], tuple[str, float]]


def looks_misread_hangul(word: Word) -> bool:
    """A Latin word, unsure, without Hangul or a number in it: maybe Hangul read as Latin."""
    text = word.text
    return (
        word.confidence < UNSURE
        and LATIN.search(text) is not None
        and HANGUL.search(text) is None
        and NUMBER.search(text) is None
    )


def looks_misread_latin(word: Word) -> bool:
    """A title word of digits only (and brackets a speck may add): maybe a Latin brand."""
    return TITLE_DIGITS.fullmatch(word.text) is not None


def cleaned(text: str) -> str:
    """A crop's reading without the specks around it (lone marks, lone jamo)."""
    kept = [t for t in ascii_forms(text).split() if re.search(r"[\w]", t) and not JAMO.fullmatch(t)]
    return " ".join(kept)


def crop_box(word: Word, ink: Ink) -> tuple[int, int, int, int]:
    """``word``'s box grown to the ink run it sits in, with a margin, inside the page.

    Tesseract sometimes boxes a word short of its last character (``GS2`` of ``GS25``): the
    box is widened to the ink segments it touches, cut at word spaces (:data:`SPACE`).
    """
    left, top, right, bottom = word.box
    height = bottom - top
    reach = (max(0, left - height), top, min(ink.shape[1], right + height), bottom)
    touched = [
        p
        for p in segments(ink, reach, max(2, round(height * SPACE)))
        if p[2] > left and p[0] < right
    ]
    if touched:
        left, right = min(left, touched[0][0]), max(right, touched[-1][2])
    margin = max(4, height // 3)
    return (
        max(0, left - margin),
        max(0, top - margin),
        min(ink.shape[1], right + margin),
        min(ink.shape[0], bottom + margin),
    )


def second_look(
    lines: list[list[Word]],
    ink: Ink,
    read_crop: ReadCrop,
    *,
    korean: bool,
    english: bool,
) -> list[list[Word]]:
    """``lines`` with the doubtful words read again (see the module docstring).

    ``ink``: the page's thresholded pixels (True: ink), to box whole words; ``korean``/
    ``english``: whether the page is read with those models (both installed).
    """
    title = min(range(len(lines)), key=lambda i: min(w.box[1] for w in lines[i]), default=-1)
    looked = []
    for index, line in enumerate(lines):
        words = []
        for word in line:
            if korean and looks_misread_hangul(word):
                word = _again(word, ink, read_crop, "kor", HANGUL)
            elif english and index == title and looks_misread_latin(word):
                word = _again(word, ink, read_crop, "eng", LATIN)
            words.append(word)
        looked.append(words)
    return looked


def _again(
    word: Word, ink: Ink, read_crop: ReadCrop, language: str, wanted: re.Pattern[str]
) -> Word:
    """``word`` read again with ``language`` alone; kept as it was unless the new reading
    shows ``wanted`` letters, without lone jamo, read surely enough."""
    text, confidence = read_crop(crop_box(word, ink), language)
    text = cleaned(text)
    if not wanted.search(text) or JAMO.search(text) or confidence < MIN_CONFIDENCE:
        return word
    return Word(text, word.box, confidence)
