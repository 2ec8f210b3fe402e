"""Where the mock's text comes from.

The default :class:`SyntheticRecognizer` does not read the image: it lays out deterministic
sample words (clearly marked as mock output) inside the page, seeded by the bytes, so the
same upload always gets the same answer. A real engine can be plugged in through
:class:`Recognizer`.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from .imaging import PageImage


@dataclass(frozen=True)
class RecognizedWord:
    text: str
    box: tuple[float, float, float, float]  # left, top, right, bottom in page pixels
    confidence: float


@dataclass(frozen=True)
class RecognizedLine:
    words: tuple[RecognizedWord, ...]


Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class DetectedCell:
    """A table cell found on the page (indices and spans in grid units)."""

    row: int
    column: int
    row_span: int
    column_span: int
    box: Box
    lines: tuple[tuple[RecognizedWord, ...], ...]  # the cell's text lines, top to bottom


@dataclass(frozen=True)
class DetectedTable:
    box: Box
    cells: tuple[DetectedCell, ...]


@runtime_checkable
class TableReader(Protocol):
    """A recognizer that can also find tables (used for ``enableTableDetection``)."""

    def tables(
        self, data: bytes, page: PageImage, lines: list[RecognizedLine]
    ) -> list[DetectedTable]: ...


class Recognizer(Protocol):
    """Turns one page into lines of words with boxes in that page's pixel space.

    A recognizer that really reads the image sets a class attribute ``reads_pixels = True``:
    the mock then answers Document OCR from the words it read (``engine/documents.py``)
    instead of synthetic values, and URL images (which the mock does not download) with a
    per-image ``ERROR``.
    """

    def recognize(
        self, data: bytes, page: PageImage, *, lang: str | None
    ) -> list[RecognizedLine]: ...


KOREAN = (
    "샘플",
    "모의",
    "인식",
    "결과",
    "영수증",
    "합계",
    "금액",
    "주소",
    "전화",
    "번호",
    "카드",
    "결제",
    "일시",
    "상호",
    "대표자",
    "서울특별시",
    "중구",
    "세종대로",
    "감사합니다",
)
ENGLISH = ("SAMPLE", "MOCK", "TEXT", "TOTAL", "AMOUNT", "RECEIPT", "CARD", "DATE", "TEL", "Seoul")
HEADER = ("CLOVA", "OCR", "MOCK")


class SyntheticRecognizer:
    """Deterministic sample text; never claims to have read anything from the image."""

    def __init__(self, max_lines: int = 8) -> None:
        self.max_lines = max_lines

    def recognize(self, data: bytes, page: PageImage, *, lang: str | None) -> list[RecognizedLine]:
        seed = hashlib.sha256(data + page.index.to_bytes(4, "big")).digest()
        rng = random.Random(seed)
        vocabulary = ENGLISH if lang and "ko" not in lang else KOREAN + ENGLISH
        margin_x, margin_y = page.width * 0.05, page.height * 0.05
        usable_w, usable_h = page.width - 2 * margin_x, page.height - 2 * margin_y
        n_lines = max(1, min(self.max_lines, int(usable_h // 12) or 1))
        pitch = usable_h / n_lines
        height = pitch * 0.7
        lines = []
        for row in range(n_lines):
            texts = (
                list(HEADER)
                if row == 0
                else [rng.choice(vocabulary) for _ in range(rng.randint(2, 5))]
            )
            if row and rng.random() < 0.4:
                texts.append(f"{rng.randint(1, 99) * 100:,}")
            units = sum(len(t) + 1 for t in texts)
            unit = min(usable_w / max(units, 1), height)
            x = margin_x
            top = margin_y + row * pitch
            words = []
            for text in texts:
                width = len(text) * unit
                words.append(
                    RecognizedWord(
                        text, (x, top, x + width, top + height), round(rng.uniform(0.9, 1.0), 4)
                    )
                )
                x += width + unit
            lines.append(RecognizedLine(tuple(words)))
        return lines
