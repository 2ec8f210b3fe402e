"""Tables detected by General OCR, as rows × columns with merged cells resolved."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from .geometry import Polygon


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

    @property
    def n_rows(self) -> int:
        return max((c.row + c.row_span for c in self.cells), default=0)

    @property
    def n_columns(self) -> int:
        return max((c.column + c.column_span for c in self.cells), default=0)

    def to_rows(self, *, repeat_spans: bool = True) -> list[list[str]]:
        """The table as a grid of strings.

        A merged cell's text fills every position it covers (``repeat_spans=True``, handy for
        CSV and DataFrames) or only its top-left position, leaving ``""`` elsewhere.
        """
        grid = [["" for _ in range(self.n_columns)] for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, cell.row + cell.row_span):
                for c in range(cell.column, cell.column + cell.column_span):
                    anchor = r == cell.row and c == cell.column
                    if anchor or repeat_spans:
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
