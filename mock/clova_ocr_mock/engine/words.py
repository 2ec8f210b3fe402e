"""Words as the service gives them, from Tesseract's characters and the page's ink.

Tesseract's Korean model splits words at random syllables (``스 타벅스 서초 점``) and gives
the first character of a line a box that runs over its neighbours; its characters' texts and
left edges are good. CLOVA answers one field per word, a word being what the print separates
with a space. So words are rebuilt here from the pixels: the line's ink is cut at the blank
column runs wider than :data:`SPACE` × the line's text height (measured on the Nanum fonts: a
word space 0.27-0.5 of the height, the gap between a word's syllables up to 0.25), each
character goes to the ink segment its left edge falls in, and a word ends where Tesseract
ended one *and* the ink has such a gap (two numbers need :data:`NUMBER_SPACE`: a ``1``
stands spaced in its digit cell; two Hangul syllables :data:`HANGUL_SPACE` × the syllables'
height). Latin words and numbers (``5887-39**-****-1693``) stay whole the same way. A gap
of :data:`COLUMN_SPACE` parts words even where Tesseract saw one.

Lone specks of a noisy scan (``.``, ``ㆍ``, ``|``) that Tesseract reads as words of their own
are dropped when unsure (:func:`is_noise`).
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Box = tuple[int, int, int, int]
Ink = NDArray[np.bool_]

SPACE = 0.26  # a blank run this × the text height separates words (syllables: ≤ 0.25)
HANGUL_SPACE = 0.30  # … measured on the syllables' height, when the page cannot tell
MIN_HANGUL_SPACE, MAX_HANGUL_SPACE = 0.24, 0.40  # the page's own lies between (page_space)
GAP_BREAK = 0.04  # an empty stretch of gaps this wide ends the gaps inside words
MIN_GAPS = 40  # syllable pairs needed to measure a page's word space (fewer: a sparse tail)
HANGUL_SYLLABLE = re.compile(r"[가-힣]")
FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
NUMBER_SPACE = 0.45  # … two numbers (a ``1`` stands in a digit-wide cell, looking spaced)
COLUMN_SPACE = 1.2  # a blank run this × the text height parts words even when Tesseract
# joined them (``10,8001``: a unit price and the count beside it on a till slip)
NOISE_MARKS = set("：.,:;'\"`‘’“”|_-~^·ㆍ•*=<>()[]{}/\\!")
NOISE_CONFIDENCE = 0.75  # a word of marks only, read less surely than this, is a speck


@dataclass(frozen=True)
class Symbol:
    """One character Tesseract read: its text, box (page pixels) and confidence (0-1)."""

    text: str
    box: Box
    confidence: float
    starts_word: bool = True  # Tesseract put a word boundary before it


@dataclass(frozen=True)
class Word:
    text: str
    box: Box
    confidence: float


def segments(ink: Ink, band: Box, min_gap: int) -> list[Box]:
    """The ink of ``band`` cut at blank column runs of at least ``min_gap`` pixels."""
    left, top, right, bottom = band
    area = ink[max(0, top) : max(0, bottom), max(0, left) : max(0, right)]
    if area.size == 0:
        return []
    columns = np.flatnonzero(area.any(axis=0))
    if columns.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(columns) > min_gap)  # vectorised: no Python loop per column
    starts = np.concatenate(([columns[0]], columns[breaks + 1]))
    ends = np.concatenate((columns[breaks], [columns[-1]]))
    return [_box(area, int(a), int(b), left, top) for a, b in zip(starts, ends, strict=True)]


def _box(area: Ink, start: int, end: int, left: int, top: int) -> Box:
    rows = np.flatnonzero(area[:, start : end + 1].any(axis=1))
    return (left + start, top + int(rows[0]), left + end + 1, top + int(rows[-1]) + 1)


def words_of_line(
    symbols: list[Symbol], ink: Ink, hangul_space: float = HANGUL_SPACE
) -> list[Word]:
    """``symbols`` of one line grouped into words by the ink gaps between them."""
    if not symbols:
        return []
    height = statistics.median(s.box[3] - s.box[1] for s in symbols)
    band = (
        min(s.box[0] for s in symbols),
        min(s.box[1] for s in symbols),
        max(s.box[2] for s in symbols),
        max(s.box[3] for s in symbols),
    )
    cuts = {
        "hangul": segments(ink, band, max(2, round(space_of(symbols, height, hangul_space)))),
        "other": segments(ink, band, max(2, round(height * SPACE))),
        "number": segments(ink, band, max(3, round(height * NUMBER_SPACE))),
        "column": segments(ink, band, max(4, round(height * COLUMN_SPACE))),
    }
    if not cuts["other"]:
        return [_word([s], None) for s in symbols]
    groups: list[tuple[dict[str, int], list[Symbol]]] = []
    for symbol in symbols:
        at = {kind: _segment(pieces, symbol) for kind, pieces in cuts.items()}
        if groups:
            last, members = groups[-1]
            if not _apart(members[-1], symbol, at, last, height * COLUMN_SPACE):
                members.append(symbol)
                groups[-1] = ({k: max(v, last[k]) for k, v in at.items()}, members)
                continue
        groups.append((at, [symbol]))
    words = [_word(members, None) for _, members in groups]
    return [w for w in words if not is_noise(w)]


def _apart(
    before: Symbol, symbol: Symbol, at: dict[str, int], last: dict[str, int], column: float
) -> bool:
    """Whether ``symbol`` starts a new word after ``before`` (segment indexes ``at`` and
    ``last`` per kind of gap, see :func:`words_of_line`; ``column``: a column gap, pixels).

    A column gap parts words whatever Tesseract joined, when the characters' own boxes are
    that far apart too (a loose first-character box can start in an earlier segment)."""
    if at["column"] > last["column"] and symbol.box[0] - before.box[2] >= column:
        return True
    if _is_numeric(before.text) and _is_numeric(symbol.text):
        kind = "number"
    elif HANGUL_SYLLABLE.fullmatch(before.text) and HANGUL_SYLLABLE.fullmatch(symbol.text):
        kind = "hangul"
    else:
        kind = "other"
    return symbol.starts_word and at[kind] > last[kind]


def syllable_height(symbols: list[Symbol]) -> float | None:
    """The median height of the line's Hangul syllables (``None``: it has none)."""
    heights = [s.box[3] - s.box[1] for s in symbols if HANGUL_SYLLABLE.fullmatch(s.text)]
    return statistics.median(heights) if heights else None


def space_of(symbols: list[Symbol], height: float, hangul_space: float = HANGUL_SPACE) -> float:
    """The least blank run, in pixels, that separates two words of this line.

    Measured against the Hangul syllables' height when the line has Hangul: an item line is
    mostly digits and commas, shorter than syllables, and a gap inside a Korean word then
    looked like a space (``딸기 잼``). ``hangul_space``: the page's (:func:`page_space`).
    """
    syllables = syllable_height(symbols)
    return syllables * hangul_space if syllables else height * SPACE


def _gap_before(ink: Ink, before: Symbol, symbol: Symbol) -> int:
    """Blank columns just left of ``symbol``'s ink, back to ``before``'s ink."""
    top, bottom = min(before.box[1], symbol.box[1]), max(before.box[3], symbol.box[3])
    columns = ink[max(0, top) : max(0, bottom), max(0, before.box[0]) : symbol.box[0] + 2]
    inked = [bool(v) for v in np.any(columns, axis=0)]
    end = len(inked)
    while end and inked[end - 1]:  # the symbol's own first columns (its box is loose)
        end -= 1
    start = end
    while start and not inked[start - 1]:
        start -= 1
    return end - start


def page_space(lines: list[list[Symbol]], ink: Ink) -> float:
    """The word space of this page's Hangul, as a share of the syllables' height.

    Fonts differ (measured on the Nanum fonts: spaces from 0.22 of the syllables' height in
    NanumBarunGothic, where gaps inside words stay under 0.19, to 0.63 in the coding font,
    whose gaps inside words reach 0.33), so no one share fits all. Gaps between syllables
    inside words are the many, close together; spaces the few above them. Going up from the
    median gap, the first empty stretch of :data:`GAP_BREAK` ends the gaps inside words: the
    space lies there, kept between :data:`MIN_HANGUL_SPACE` and :data:`MAX_HANGUL_SPACE` (a
    share found outside on a noisy page split or joined more words than it saved). With
    too few syllables to tell, :data:`HANGUL_SPACE`.
    """
    gaps = []
    for symbols in lines:
        height = syllable_height(symbols)
        for before, symbol in itertools.pairwise(symbols):
            if height and all(HANGUL_SYLLABLE.fullmatch(s.text) for s in (before, symbol)):
                gaps.append(_gap_before(ink, before, symbol) / height)
    if len(gaps) < MIN_GAPS:
        return HANGUL_SPACE
    gaps.sort()
    top = gaps[len(gaps) // 2]
    for gap in gaps:
        if gap > top + GAP_BREAK:
            break
        top = max(top, gap)
    return min(MAX_HANGUL_SPACE, max(MIN_HANGUL_SPACE, top + GAP_BREAK / 2))


def _segment(pieces: list[Box], symbol: Symbol) -> int:
    """The ink segment ``symbol``'s left edge falls in (Tesseract's left edges are good), or
    the next one when it falls in a blank run: a box may start a few pixels before its ink
    (``이마트24 역삼점``: ``역`` boxed from the space before it, joined to ``24``)."""
    for i, piece in enumerate(pieces):
        if symbol.box[0] + 1 < piece[2]:
            return i
    return len(pieces) - 1


def _is_numeric(text: str) -> bool:
    return all(ch.isdigit() or ch in ",.-*" for ch in text)


def ascii_forms(text: str) -> str:
    """``text`` with full-width Latin letters, digits and marks as ASCII (``1Ｌ`` → ``1L``).

    The Korean model answers some Latin characters in their full-width forms (U+FF01-FF5E),
    which print exactly like ASCII on a receipt; the service answers them as ASCII.
    """
    return text.translate(FULL_WIDTH)


def _word(members: list[Symbol], pieces: list[Box] | None) -> Word:
    text = ascii_forms("".join(s.text for s in members))
    confidence = min(s.confidence for s in members)
    boxes = pieces or _clipped([s.box for s in members])
    box = (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
    return Word(text, box, confidence)


def _clipped(boxes: list[Box]) -> list[Box]:
    """Symbol boxes with each right edge no further than the next symbol's right edge (the
    first character of a line often gets a box running over its neighbours)."""
    fixed = []
    for box, after in zip(boxes, [*boxes[1:], None], strict=True):
        right = min(box[2], after[2]) if after is not None else box[2]
        fixed.append((box[0], box[1], max(box[0] + 1, right), box[3]))
    return fixed


def is_noise(word: Word) -> bool:
    """A speck read as a word: Hangul jamo alone, or marks only and read unsurely."""
    text = word.text.strip()
    if not text:
        return True
    if all("\u3130" <= ch <= "\u318f" for ch in text):  # lone jamo never stand as a word
        return True
    return all(ch in NOISE_MARKS for ch in text) and word.confidence < NOISE_CONFIDENCE
