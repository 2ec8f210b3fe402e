"""Results as Markdown, HTML and chunks, in reading order with tables in place.

A page is read as blocks: runs of lines and the tables General OCR detected. Words that lie
inside a table are left to the table; each table is put before the first line below its top
edge (the service's field order is its reading order). Results with named fields (Template
and Document OCR) read as a list of ``key: value`` pairs. These are what
:meth:`OCRResult.to_markdown`, :meth:`OCRResult.to_html` and :meth:`OCRResult.chunks` return.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .geometry import Polygon
from .tables import Table

if TYPE_CHECKING:
    from .results import Line, OCRResult, Page

Box = tuple[float, float, float, float]
#: A text chunk is cut after this many characters (at a line end), a size embedders take.
CHUNK_CHARS = 1000


@dataclass(frozen=True)
class Chunk:
    """A piece of a result for retrieval: its text and where it came from.

    Attributes:
        text: the text (a table as Markdown).
        kind: ``"text"``, ``"table"`` or ``"fields"``.
        page: 1-based page number.
        bbox: ``(left, top, right, bottom)`` in the page's pixels, or ``None``.
        source: the file the result came from, when known.
    """

    text: str
    kind: str
    page: int
    bbox: Box | None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "page": self.page,
            "bbox": list(self.bbox) if self.bbox else None,
            "source": self.source,
        }


@dataclass(frozen=True)
class _Block:
    lines: tuple[Line, ...] = ()
    table: Table | None = None

    @property
    def bbox(self) -> Box | None:
        if self.table is not None:
            return self.table.polygon.bbox
        return Polygon.enclosing([line.polygon for line in self.lines]).bbox


def _inside(box: Box | None, table: Box | None) -> bool:
    if box is None or table is None:
        return False
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return table[0] <= x <= table[2] and table[1] <= y <= table[3]


def _blocks(page: Page) -> list[_Block]:
    """The page's runs of lines and tables, in reading order."""
    tables = list(page.tables)
    boxes = [t.polygon.bbox for t in tables]
    blocks: list[_Block] = []
    run: list[Line] = []
    for line in page.lines:
        box = line.polygon.bbox
        if any(_inside(box, t) for t in boxes):
            continue
        top = box[1] if box else None
        while tables and top is not None and boxes[0] is not None and boxes[0][1] <= top:
            if run:
                blocks.append(_Block(lines=tuple(run)))
                run = []
            blocks.append(_Block(table=tables.pop(0)))
            boxes.pop(0)
        run.append(line)
    if run:
        blocks.append(_Block(lines=tuple(run)))
    blocks.extend(_Block(table=t) for t in tables)
    return blocks


# --------------------------------------------------------------------------- tables
def _has_spans(table: Table) -> bool:
    return any(c.row_span > 1 or c.column_span > 1 for c in table.cells)


def table_html(table: Table) -> str:
    """A ``<table>``; merged cells keep their ``rowspan``/``colspan``."""
    by_row: dict[int, list[str]] = {}
    for cell in sorted(table.cells, key=lambda c: (c.row, c.column)):
        spans = "".join(
            f' {name}="{value}"'
            for name, value in (("rowspan", cell.row_span), ("colspan", cell.column_span))
            if value > 1
        )
        text = "<br>".join(html.escape(line) for line in cell.lines)
        by_row.setdefault(cell.row, []).append(f"<td{spans}>{text}</td>")
    rows = "".join(f"<tr>{''.join(cells)}</tr>" for _, cells in sorted(by_row.items()))
    return f"<table>{rows}</table>"


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def table_markdown(table: Table) -> str:
    """A pipe table (first row as header), or HTML when cells are merged (Markdown has no spans)."""
    if _has_spans(table):
        return table_html(table)
    rows = table.to_rows()
    if not rows:
        return ""
    lines = [
        "| " + " | ".join(_md_cell(c) for c in rows[0]) + " |",
        "|" + "|".join(" --- " for _ in rows[0]) + "|",
    ]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows[1:]]
    return "\n".join(lines)


# --------------------------------------------------------------------------- results
def _fields(result: OCRResult[Any]) -> dict[str, str] | None:
    values = result.to_dict()
    return values if values or result.product.family != "general" else None


def _page_separator(page: Page) -> str:
    return f"<!-- page {page.index + 1} -->"


def to_markdown(result: OCRResult[Any]) -> str:
    """See :meth:`OCRResult.to_markdown`."""
    fields = _fields(result)
    if fields is not None:
        return "".join(f"- **{_md_cell(k)}**: {_md_cell(v)}\n" for k, v in fields.items())
    pages = []
    for page in result.pages:
        parts = [_page_separator(page)]
        if not page.ok:
            parts.append(f"> page {page.index + 1} failed: {page.message or page.infer_result}")
        for block in _blocks(page):
            if block.table is not None:
                parts.append(table_markdown(block.table))
            else:
                parts.append("  \n".join(_md_cell(line.text) for line in block.lines))
        pages.append("\n\n".join(parts))
    return "\n\n---\n\n".join(pages) + "\n" if pages else ""


def to_html(result: OCRResult[Any]) -> str:
    """See :meth:`OCRResult.to_html`."""
    fields = _fields(result)
    if fields is not None:
        items = "".join(
            f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in fields.items()
        )
        return f"<dl>{items}</dl>\n"
    sections = []
    for page in result.pages:
        parts = [f'<section class="page" data-page="{page.index + 1}">']
        if not page.ok:
            parts.append(f'<p class="failed">{html.escape(page.message or page.infer_result)}</p>')
        for block in _blocks(page):
            if block.table is not None:
                parts.append(table_html(block.table))
            else:
                text = "<br>\n".join(html.escape(line.text) for line in block.lines)
                parts.append(f"<p>{text}</p>")
        parts.append("</section>")
        sections.append("\n".join(parts))
    return "\n".join(sections) + "\n" if sections else ""


def _text_chunks(lines: tuple[Line, ...]) -> Iterator[tuple[Line, ...]]:
    size, start = 0, 0
    for i, line in enumerate(lines):
        size += len(line.text) + 1
        if size >= CHUNK_CHARS:
            yield lines[start : i + 1]
            size, start = 0, i + 1
    if start < len(lines):
        yield lines[start:]


def chunks(result: OCRResult[Any], *, source: str | None = None) -> list[Chunk]:
    """See :meth:`OCRResult.chunks`."""
    if source is None and result.pages:
        name = result.pages[0].raw.get("name")
        source = name if isinstance(name, str) else None
    fields = _fields(result)
    if fields is not None:
        text = "\n".join(f"{k}: {v}" for k, v in fields.items())
        number = result.pages[0].index + 1 if result.pages else 1
        return [Chunk(text, "fields", number, None, source)] if text else []
    out = []
    for page in result.pages:
        for block in _blocks(page):
            if block.table is not None:
                box = block.bbox
                out.append(Chunk(table_markdown(block.table), "table", page.index + 1, box, source))
                continue
            for run in _text_chunks(block.lines):
                box = Polygon.enclosing([line.polygon for line in run]).bbox
                text = "\n".join(line.text for line in run)
                out.append(Chunk(text, "text", page.index + 1, box, source))
    return out
