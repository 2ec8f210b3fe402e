"""Tables detected by General OCR, as rows × columns with merged cells resolved.

The grid is bounded by the cells present, never by the numbers in the answer: rows (and
columns) that no cell starts or ends in are one band, so a 226-byte answer with
``columnIndex: 1e9`` or spans of 1e5 costs a few positions, not gigabytes. Indices or spans
beyond :data:`MAX_INDEX`, or a grid beyond :data:`MAX_POSITIONS`, are not a table any page
can hold: :meth:`Table.to_rows` raises :class:`~clova_ocr.UnexpectedResponseError` for them.
"""

from __future__ import annotations

import bisect
import csv
import io
from dataclasses import dataclass
from typing import Any

from .errors import UnexpectedResponseError
from .geometry import Polygon

#: The largest row/column index (or index + span) a table may have.
MAX_INDEX = 10_000
#: The most positions (rows × columns) a grid may have: about 8 bytes each, 80 MB at most.
MAX_POSITIONS = 10_000_000


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


@dataclass(frozen=True)
class Cell:
    """One table cell; ``row``/``column`` are 0-based, spans at least 1."""

    row: int
    column: int
    row_span: int
    column_span: int
    lines: tuple[str, ...]
    polygon: Polygon
    confidence: float | None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> Cell:
        lines = []
        for line in raw.get("cellTextLines") or []:
            words = line.get("cellWords") if isinstance(line, dict) else None
            texts = [w.get("inferText") for w in words or [] if isinstance(w, dict)]
            lines.append(" ".join(t for t in texts if isinstance(t, str)))
        confidence = raw.get("inferConfidence")
        return cls(
            row=max(_int(raw.get("rowIndex"), 0), 0),
            column=max(_int(raw.get("columnIndex"), 0), 0),
            row_span=max(_int(raw.get("rowSpan"), 1), 1),
            column_span=max(_int(raw.get("columnSpan"), 1), 1),
            lines=tuple(lines),
            polygon=Polygon.from_raw(raw.get("boundingPoly")),
            confidence=float(confidence) if isinstance(confidence, (int, float)) else None,
        )


@dataclass(frozen=True)
class Table:
    cells: tuple[Cell, ...]
    polygon: Polygon
    confidence: float | None

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> Table:
        cells = tuple(Cell.from_raw(c) for c in raw.get("cells") or [] if isinstance(c, dict))
        confidence = raw.get("inferConfidence")
        return cls(
            cells=cells,
            polygon=Polygon.from_raw(raw.get("boundingPoly")),
            confidence=float(confidence) if isinstance(confidence, (int, float)) else None,
        )

    def _bands(self) -> tuple[list[int], list[int]]:
        """The row and column boundaries of the grid (see the module docstring)."""
        for cell in self.cells:
            if max(cell.row + cell.row_span, cell.column + cell.column_span) > MAX_INDEX:
                raise UnexpectedResponseError(
                    f"a table cell at row {cell.row}, column {cell.column} spanning "
                    f"{cell.row_span}×{cell.column_span} is beyond any page "
                    f"(at most {MAX_INDEX} rows and columns)"
                )
        rows = {0} | {b for c in self.cells for b in (c.row, c.row + c.row_span)}
        columns = {0} | {b for c in self.cells for b in (c.column, c.column + c.column_span)}
        return sorted(rows), sorted(columns)

    @property
    def n_rows(self) -> int:
        return len(self._bands()[0]) - 1

    @property
    def n_columns(self) -> int:
        return len(self._bands()[1]) - 1

    def to_rows(self, *, repeat_spans: bool = True) -> list[list[str]]:
        """The table as a grid of strings.

        A merged cell's text fills every position it covers (``repeat_spans=True``, handy for
        CSV and DataFrames) or only its top-left position, leaving ``""`` elsewhere. Rows and
        columns no cell starts or ends in are one row or column (the grid never outgrows
        the cells); raises :class:`~clova_ocr.UnexpectedResponseError` for absurd indices.
        """
        rows, columns = self._bands()
        if (len(rows) - 1) * (len(columns) - 1) > MAX_POSITIONS:
            raise UnexpectedResponseError(
                f"a table of {len(rows) - 1}×{len(columns) - 1} positions is beyond any page "
                f"(at most {MAX_POSITIONS:,})"
            )
        grid = [["" for _ in range(len(columns) - 1)] for _ in range(len(rows) - 1)]
        for cell in self.cells:
            top, left = bisect.bisect_left(rows, cell.row), bisect.bisect_left(columns, cell.column)
            bottom = bisect.bisect_left(rows, cell.row + cell.row_span)
            right = bisect.bisect_left(columns, cell.column + cell.column_span)
            for r in range(top, bottom):
                for c in range(left, right):
                    if repeat_spans or (r == top and c == left):
                        grid[r][c] = cell.text
        return grid

    def to_csv(self, *, repeat_spans: bool = True) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(self.to_rows(repeat_spans=repeat_spans))
        return buffer.getvalue()

    def to_dataframe(self, *, header: bool = False, repeat_spans: bool = True) -> Any:
        """A ``pandas.DataFrame`` (needs ``pip install 'clova-ocr[pandas]'``)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the environment
            raise ImportError(
                "to_dataframe() needs pandas: pip install 'clova-ocr[pandas]'"
            ) from None
        rows = self.to_rows(repeat_spans=repeat_spans)
        if header and rows:
            return pd.DataFrame(rows[1:], columns=rows[0])
        return pd.DataFrame(rows)
