"""Ruled tables from the page's ruling lines (numpy morphology; no OpenCV needed).

1. Ink = pixels darker than the page's mid-grey.
2. Horizontal rulings = ink in horizontal runs at least ``min_line`` long; vertical likewise.
3. Rulings are grouped into tables by overlap; each table's distinct horizontal and vertical
   positions form a grid.
4. Two neighbouring grid cells are one (spanning) cell when the ruling between them is
   mostly missing; cells are the connected groups of grid cells.
5. Each word goes to the cell holding its centre; a cell's words become its text lines.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from ..recognizer import DetectedCell, DetectedTable, RecognizedLine, RecognizedWord

Box = tuple[float, float, float, float]
Mask = NDArray[np.bool_]


@dataclass(frozen=True)
class _Ruling:
    position: float  # y of a horizontal ruling, x of a vertical one
    start: int
    end: int


def find_tables(
    image: Image.Image, lines: list[RecognizedLine], *, min_line: int | None = None
) -> list[DetectedTable]:
    """Every ruled table (at least 2×1 cells) of ``image``, filled with ``lines``' words."""
    ink = np.asarray(image.convert("L")) < 128
    length = min_line or ruling_length(ink.shape)
    horizontal = _runs(ink, length, axis=1)
    vertical = _runs(ink, length, axis=0)
    rows = _rulings(horizontal, axis=1)
    columns = _rulings(vertical, axis=0)
    words = [word for line in lines for word in line.words]
    tables = []
    for h_group, v_group in _group(rows, columns):
        table = _table(h_group, v_group, horizontal, vertical, words)
        if table is not None:
            tables.append(table)
    return tables


def ruling_length(shape: tuple[int, ...]) -> int:
    """Shortest ink run taken for a ruling: longer than any letter stroke (a 50 px-high
    Hangul ``ㅡ`` is about 45 px), shorter than any table cell worth finding."""
    return max(60, min(shape) // 20)


def without_rulings(image: Image.Image) -> Image.Image:
    """``image`` in grey with its long ruling lines painted white (they read as ``|``/``_``)."""
    grey = np.asarray(image.convert("L")).copy()
    ink = grey < 128
    length = ruling_length(ink.shape)
    grey[_runs(ink, length, axis=1) | _runs(ink, length, axis=0)] = 255
    return Image.fromarray(grey)


def _runs(ink: Mask, length: int, axis: int) -> Mask:
    """Pixels that lie in a run of ink at least ``length`` long along ``axis``."""
    a = ink if axis == 1 else ink.T
    width = a.shape[1]
    if width < length:
        return np.zeros_like(ink)
    sums = np.pad(a.astype(np.int32), ((0, 0), (1, 0))).cumsum(axis=1)
    full = (sums[:, length:] - sums[:, :-length]) == length  # window [i, i+length) all ink
    starts = np.pad(full.astype(np.int32), ((0, 0), (1, 0))).cumsum(axis=1)
    j = np.arange(width)
    high = np.minimum(j + 1, full.shape[1])
    low = np.maximum(j - length + 1, 0)
    covered = (starts[:, high] - starts[:, low]) > 0  # some full window covers pixel j
    result: Mask = covered
    return result if axis == 1 else result.T


def _rulings(mask: Mask, axis: int) -> list[_Ruling]:
    """Merge adjacent lines of ``mask`` (rows for axis=1, columns for axis=0) into rulings."""
    a = mask if axis == 1 else mask.T
    present: Mask = np.asarray(a.any(axis=1))
    rulings: list[_Ruling] = []
    index = 0
    while index < len(present):
        if not present[index]:
            index += 1
            continue
        end = index
        while end + 1 < len(present) and present[end + 1]:
            end += 1
        span = np.flatnonzero(a[index : end + 1].any(axis=0))
        rulings.append(_Ruling((index + end) / 2, int(span[0]), int(span[-1])))
        index = end + 1
    return rulings


def _group(
    rows: list[_Ruling], columns: list[_Ruling]
) -> list[tuple[list[_Ruling], list[_Ruling]]]:
    """Rulings that cross or touch each other belong to the same table."""
    items = [("h", r) for r in rows] + [("v", c) for c in columns]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    slack = 3
    for i, (kind_i, a) in enumerate(items):
        if kind_i != "h":
            continue
        for j, (kind_j, b) in enumerate(items):
            if kind_j != "v":
                continue
            if a.start - slack <= b.position <= a.end + slack and (
                b.start - slack <= a.position <= b.end + slack
            ):
                parent[find(i)] = find(j)
    groups: dict[int, tuple[list[_Ruling], list[_Ruling]]] = {}
    for i, (kind, ruling) in enumerate(items):
        h, v = groups.setdefault(find(i), ([], []))
        (h if kind == "h" else v).append(ruling)
    return [(h, v) for h, v in groups.values() if len(h) >= 2 and len(v) >= 2]


def _table(
    rows: list[_Ruling],
    columns: list[_Ruling],
    horizontal: Mask,
    vertical: Mask,
    words: list[RecognizedWord],
) -> DetectedTable | None:
    ys = sorted(r.position for r in rows)
    xs = sorted(c.position for c in columns)
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    if n_rows < 1 or n_cols < 1 or n_rows * n_cols < 2:
        return None
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def ruled(mask: Mask, fixed: float, lo: float, hi: float, axis: int) -> bool:
        """Whether ink of ``mask`` covers most of the segment between two grid lines."""
        at, a, b = round(fixed), round(lo), round(hi)
        band = slice(max(at - 2, 0), at + 3)
        segment = mask[band, a:b] if axis == 1 else mask[a:b, band]
        if segment.size == 0:
            return False
        covered = segment.any(axis=0 if axis == 1 else 1)
        return bool(covered.mean() > 0.5)

    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and not ruled(vertical, xs[c + 1], ys[r], ys[r + 1], axis=0):
                parent[find(r * n_cols + c)] = find(r * n_cols + c + 1)
            if r + 1 < n_rows and not ruled(horizontal, ys[r + 1], xs[c], xs[c + 1], axis=1):
                parent[find(r * n_cols + c)] = find((r + 1) * n_cols + c)
    members: dict[int, list[tuple[int, int]]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            members.setdefault(find(r * n_cols + c), []).append((r, c))
    cells = []
    for group in members.values():
        top, left = min(r for r, _ in group), min(c for _, c in group)
        bottom, right = max(r for r, _ in group), max(c for _, c in group)
        box = (xs[left], ys[top], xs[right + 1], ys[bottom + 1])
        cells.append(
            DetectedCell(
                top, left, bottom - top + 1, right - left + 1, box, _cell_lines(box, words)
            )
        )
    cells.sort(key=lambda cell: (cell.row, cell.column))
    return DetectedTable((xs[0], ys[0], xs[-1], ys[-1]), tuple(cells))


def _cell_lines(box: Box, words: list[RecognizedWord]) -> tuple[tuple[RecognizedWord, ...], ...]:
    left, top, right, bottom = box
    inside = [
        w
        for w in words
        if left <= (w.box[0] + w.box[2]) / 2 <= right and top <= (w.box[1] + w.box[3]) / 2 <= bottom
    ]
    lines: list[list[RecognizedWord]] = []
    for word in sorted(inside, key=lambda w: (w.box[1] + w.box[3]) / 2):
        middle = (word.box[1] + word.box[3]) / 2
        if lines and abs(middle - _middle(lines[-1])) < (word.box[3] - word.box[1]) * 0.6:
            lines[-1].append(word)
        else:
            lines.append([word])
    return tuple(tuple(sorted(line, key=lambda w: w.box[0])) for line in lines)


def _middle(line: list[RecognizedWord]) -> float:
    return sum((w.box[1] + w.box[3]) / 2 for w in line) / len(line)
