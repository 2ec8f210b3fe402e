"""A batch output folder as tables: one row per document, its line items, its detected tables.

``clova-ocr export OUT/ --to receipts.csv`` and :func:`export_folder` read what a batch wrote
(``index.jsonl``, the answers, ``errors.jsonl``) and build three tables:

* ``documents``: one row per input: where it came from, its status and error, page count,
  text, and the product's key fields (the columns come from ``Product.key_fields`` in the
  registry, so a receipt row has ``store``, ``biz_number``, ``date``, ``total``…);
* ``items``: one row per line item (``…items[N].name``, ``count``, ``price``…);
* ``tables``: one row per cell of each table General OCR detected.

An error answer or an input that got no answer is a row with its error, never a crash. CSV
needs nothing extra; XLSX needs openpyxl, Parquet pyarrow and DataFrames pandas
(``pip install 'clova-ocr[export]'``).
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._files import INDEX
from ._products import PRODUCTS
from .batch.folder import ERRORS
from .errors import InputError, UnexpectedResponseError
from .results import OCRResult

FORMATS = (".csv", ".xlsx", ".parquet")
DOCUMENT_COLUMNS = ("input", "answer", "product", "status", "error", "pages", "text")
ITEM_COLUMNS = ("input", "product", "group", "item")
TABLE_COLUMNS = (
    "input",
    "page",
    "table",
    "row",
    "column",
    "row_span",
    "column_span",
    "text",
    "confidence",
)
_ITEM = re.compile(r"^(?P<group>.*?)items\[(?P<item>\d+)\]\.(?P<field>.+)$")


@dataclass
class ExportTables:
    """The three tables of an export, as lists of rows (column → text)."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    tables: list[dict[str, Any]] = field(default_factory=list)

    def named(self) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
        """Table name → (columns, rows), in the order they are written."""
        return {
            "documents": (_columns(DOCUMENT_COLUMNS, self.documents), self.documents),
            "items": (_columns(ITEM_COLUMNS, self.items), self.items),
            "tables": (list(TABLE_COLUMNS), self.tables),
        }


def _columns(fixed: Iterable[str], rows: list[dict[str, Any]]) -> list[str]:
    """The fixed columns, then every other key in the order rows first use it."""
    columns = dict.fromkeys(fixed)
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


# --------------------------------------------------------------------------- one result
def document_row(result: OCRResult[Any], *, input: str = "", answer: str = "") -> dict[str, Any]:
    """The ``documents`` row of one result (its status, text and key fields)."""
    return _document_row(result, result.to_dict(), input, answer)


def _document_row(
    result: OCRResult[Any], values: dict[str, str], input: str, answer: str
) -> dict[str, Any]:
    failure = result.failures[0] if result.failures else None
    row: dict[str, Any] = {
        "input": input,
        "answer": answer,
        "product": result.product.name,
        "status": "ok" if failure is None else failure.infer_result or "FAILURE",
        "error": "" if failure is None else _failure_text(result),
        "pages": len(result.pages),
        "text": result.text,
    }
    row.update(result.key_fields(values))
    return row


def _failure_text(result: OCRResult[Any]) -> str:
    return "; ".join(
        f"page {page.index + 1}: {page.message or page.infer_result}" for page in result.failures
    )


def item_rows(
    result: OCRResult[Any], *, input: str = "", values: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """One row per line item (keys ``…items[N].<field>`` of ``to_dict()``)."""
    rows: dict[tuple[str, int], dict[str, Any]] = {}
    for key, value in (result.to_dict() if values is None else values).items():
        match = _ITEM.match(key)
        if match is None:
            continue
        group, item = match["group"].rstrip("."), int(match["item"])
        row = rows.setdefault(
            (group, item),
            {"input": input, "product": result.product.name, "group": group, "item": item + 1},
        )
        row[match["field"]] = value
    return list(rows.values())


def table_rows(result: OCRResult[Any], *, input: str = "") -> list[dict[str, Any]]:
    """One row per cell of every detected table (0-based row/column, as the service counts)."""
    rows = []
    for page in result.pages:
        for number, table in enumerate(page.tables, start=1):
            for cell in table.cells:
                rows.append(
                    {
                        "input": input,
                        "page": page.index + 1,
                        "table": number,
                        "row": cell.row,
                        "column": cell.column,
                        "row_span": cell.row_span,
                        "column_span": cell.column_span,
                        "text": cell.text,
                        "confidence": "" if cell.confidence is None else cell.confidence,
                    }
                )
    return rows


def add_result(
    tables: ExportTables, result: OCRResult[Any], *, input: str = "", answer: str = ""
) -> None:
    """Append one result's rows to ``tables``."""
    values = result.to_dict()  # read once for the row's key fields and the items
    tables.documents.append(_document_row(result, values, input, answer))
    tables.items.extend(item_rows(result, input=input, values=values))
    tables.tables.extend(table_rows(result, input=input))


def from_results(results: Iterable[OCRResult[Any]]) -> ExportTables:
    """The tables of results held in memory (inputs named by their ``images[].name``)."""
    tables = ExportTables()
    for result in results:
        name = result.pages[0].raw.get("name") if result.pages else None
        add_result(tables, result, input=name if isinstance(name, str) else "")
    return tables


# --------------------------------------------------------------------------- a folder
def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # a line cut by a crash: the batch writer drops it on its next run
            if isinstance(entry, dict):
                yield entry


def read_folder(folder: str | os.PathLike[str]) -> ExportTables:
    """The tables of a batch output folder; raises :class:`InputError` if it is not one."""
    root = Path(folder)
    if not (root / INDEX).is_file() and not (root / ERRORS).is_file():
        raise InputError(f"{root} is not a batch output folder (no {INDEX} or {ERRORS})")
    entries: dict[str, dict[str, Any]] = {}
    for entry in _jsonl(root / INDEX):
        if isinstance(entry.get("answer"), str):
            entries[entry["answer"]] = entry  # the last line per answer wins, as on resume
    tables = ExportTables()
    answered = set()
    for answer, entry in entries.items():
        label = str(entry.get("input") or answer)
        answered.add(label)
        try:
            result = OCRResult.open(root / answer)
        except (OSError, UnexpectedResponseError) as exc:
            tables.documents.append(_error_row(label, entry.get("product"), "unreadable", exc))
            continue
        add_result(tables, result, input=label, answer=answer)
    for entry in _jsonl(root / ERRORS):
        label = str(entry.get("input") or "")
        if label in answered:
            continue  # failed once, answered on a later run
        message = f"[{entry.get('code')}] {entry.get('message')}"
        tables.documents.append(_error_row(label, entry.get("product"), "failed", message))
    return tables


def _error_row(input: str, product: Any, status: str, error: object) -> dict[str, Any]:
    name = product if isinstance(product, str) and product in PRODUCTS else ""
    return {"input": input, "answer": "", "product": name, "status": status, "error": str(error)}


# --------------------------------------------------------------------------- writing
def output_paths(target: str | os.PathLike[str]) -> dict[str, Path]:
    """Where each table goes: ``x.csv`` → ``x.csv``, ``x.items.csv``, ``x.tables.csv``
    (Parquet likewise); an ``.xlsx`` holds all three as sheets."""
    path = Path(target)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"cannot export to {path.name}: use a .csv, .xlsx or .parquet name")
    if suffix == ".xlsx":
        return {"documents": path}
    stem = path.with_suffix("")
    return {
        "documents": path,
        "items": stem.with_name(f"{stem.name}.items{suffix}"),
        "tables": stem.with_name(f"{stem.name}.tables{suffix}"),
    }


def write(tables: ExportTables, target: str | os.PathLike[str]) -> list[Path]:
    """Write ``tables`` by the file name's suffix; returns the files written."""
    paths = output_paths(target)
    suffix = Path(target).suffix.lower()
    if suffix == ".xlsx":
        _write_xlsx(tables, paths["documents"])
        return [paths["documents"]]
    for name, (columns, rows) in tables.named().items():
        if suffix == ".csv":
            _write_csv(paths[name], columns, rows)
        else:
            _write_parquet(paths[name], columns, rows)
    return list(paths.values())


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _write_csv(path: Path, columns: list[str], rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_text(row.get(c, "")) for c in columns] for row in rows)


def _need(module: str, what: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise InputError(
            f"{what} needs {module.split('.')[0]}: pip install 'clova-ocr[export]'"
        ) from None


def _write_xlsx(tables: ExportTables, path: Path) -> None:
    openpyxl = _need("openpyxl", "exporting to .xlsx")
    book = openpyxl.Workbook(write_only=True)
    for name, (columns, rows) in tables.named().items():
        sheet = book.create_sheet(name)
        sheet.append(columns)
        for row in rows:
            sheet.append([row.get(c, "") for c in columns])
    book.save(path)


def _write_parquet(path: Path, columns: list[str], rows: list[dict[str, Any]]) -> None:
    pa = _need("pyarrow", "exporting to .parquet")
    parquet = _need("pyarrow.parquet", "exporting to .parquet")
    data = {c: [_text(row.get(c, "")) for row in rows] for c in columns}
    parquet.write_table(pa.table(data, schema=pa.schema([(c, pa.string()) for c in columns])), path)


def export_folder(folder: str | os.PathLike[str], to: str | os.PathLike[str]) -> list[Path]:
    """Export a batch output folder to ``to`` (``.csv``, ``.xlsx`` or ``.parquet``)."""
    output_paths(to)  # a wrong suffix fails before the folder is read
    return write(read_folder(folder), to)


def to_dataframes(folder: str | os.PathLike[str]) -> dict[str, Any]:
    """The folder's tables as ``pandas.DataFrame``s: ``documents``, ``items``, ``tables``."""
    pd = _need("pandas", "to_dataframes()")
    return {
        name: pd.DataFrame(rows, columns=columns)
        for name, (columns, rows) in read_folder(folder).named().items()
    }
