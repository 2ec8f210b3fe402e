"""Export of batch folders (CSV/XLSX/Parquet/DataFrame), Markdown/HTML/chunks of results."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clova_ocr import OCRResult
from clova_ocr._products import PRODUCTS
from clova_ocr.cli import main
from clova_ocr.export import export_folder, read_folder, to_dataframes

from .wrapper_helpers import real

WORD = {"valueType": "ALL", "inferConfidence": 0.99, "type": "NORMAL"}


def poly(left: float, top: float, right: float, bottom: float) -> dict[str, Any]:
    points = [(left, top), (right, top), (right, bottom), (left, bottom)]
    return {"vertices": [{"x": x, "y": y} for x, y in points]}


def word(text: str, box: tuple[float, float, float, float], end: bool) -> dict[str, Any]:
    return {**WORD, "inferText": text, "boundingPoly": poly(*box), "lineBreak": end}


def cell(row: int, col: int, text: str, rows: int = 1, cols: int = 1) -> dict[str, Any]:
    return {
        "rowIndex": row,
        "columnIndex": col,
        "rowSpan": rows,
        "columnSpan": cols,
        "boundingPoly": poly(10 + 50 * col, 100 + 20 * row, 60 + 50 * col, 120 + 20 * row),
        "cellTextLines": [{"cellWords": [{"inferText": text}]}],
        "inferConfidence": 0.9,
    }


def general_with_table(name: str = "scan.png") -> dict[str, Any]:
    """Title line, a table (its header cell spans two columns), a footer line."""
    return {
        "version": "V2",
        "requestId": "r",
        "timestamp": 0,
        "images": [
            {
                "uid": "u",
                "name": name,
                "inferResult": "SUCCESS",
                "message": "SUCCESS",
                "convertedImageInfo": {"width": 400, "height": 400, "pageIndex": 0},
                "fields": [
                    word("Title", (10, 10, 80, 30), True),
                    word("A|1", (12, 122, 40, 138), True),  # inside the table: not a line
                    word("Footer", (10, 300, 80, 320), True),
                ],
                "tables": [
                    {
                        "boundingPoly": poly(10, 100, 110, 160),
                        "inferConfidence": 0.9,
                        "cells": [
                            cell(0, 0, "Head", cols=2),
                            cell(1, 0, "A|1"),
                            cell(1, 1, "B"),
                        ],
                    }
                ],
            }
        ],
    }


def error_answer(name: str = "bad.png") -> dict[str, Any]:
    return {
        "version": "V2",
        "requestId": "r",
        "timestamp": 0,
        "images": [{"uid": "u", "name": name, "inferResult": "ERROR", "message": "blurry"}],
    }


def batch_folder(root: Path) -> Path:
    """An output folder as the batch writes it: a receipt, a General answer with a table,
    an ERROR answer, an input that got no answer, and an answer re-indexed on resume."""
    out = root / "out"
    out.mkdir()
    answers = {
        "r1.jpg.json": (real("receipt-01.json"), "receipt"),
        "t.png.json": (general_with_table(), "general"),
        "bad.png.json": (error_answer(), "general"),
    }
    lines = []
    for answer, (raw, product) in answers.items():
        (out / answer).write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
        lines.append({"input": answer[:-5], "answer": answer, "product": product})
    lines.append(lines[0])  # indexed twice (resume): still one row
    (out / "index.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    error = {"input": "gone.png", "product": "general", "code": "0011", "message": "invalid"}
    (out / "errors.jsonl").write_text(json.dumps(error) + "\n")
    return out


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_every_result_class_has_the_same_export_methods() -> None:
    answers = [
        real("receipt-01.json"),
        real("general-01.json"),
        error_answer(),
        general_with_table(),
    ]
    for raw in answers:
        result = OCRResult.open(raw)
        for method in ("to_dict", "key_fields", "to_markdown", "to_html", "chunks"):
            getattr(result, method)()  # never an AttributeError, whatever the answer
    assert OCRResult.open(error_answer()).to_dict() == {}


def test_key_fields_come_from_the_registry() -> None:
    receipt = OCRResult.open(real("receipt-01.json"))
    assert receipt.key_fields()["total"] == "137670"
    assert set(receipt.key_fields()) == {c for c, _ in PRODUCTS["receipt"].key_fields}
    for product in ("receipt", "biz_license", "id_card", "name_card", "credit_card"):
        assert PRODUCTS[product].key_fields, product
    assert PRODUCTS["medical_receipt"].key_fields and PRODUCTS["passport"].key_fields


def test_csv_export_has_documents_items_and_tables(tmp_path: Path) -> None:
    out = batch_folder(tmp_path)
    written = export_folder(out, tmp_path / "all.csv")
    assert [p.name for p in written] == ["all.csv", "all.items.csv", "all.tables.csv"]
    documents = read_csv(tmp_path / "all.csv")
    by_input = {row["input"]: row for row in documents}
    assert len(documents) == 4
    assert by_input["r1.jpg"]["total"] == "137670" and by_input["r1.jpg"]["status"] == "ok"
    assert by_input["bad.png"]["status"] == "ERROR"
    assert "blurry" in by_input["bad.png"]["error"]
    assert by_input["gone.png"]["status"] == "failed" and "0011" in by_input["gone.png"]["error"]
    items = read_csv(tmp_path / "all.items.csv")
    assert len(items) == 25 and items[0]["name"] == "피코크 초마짬뽕 12"
    assert items[0]["price.price"] == "16960" and items[0]["item"] == "1"
    cells = read_csv(tmp_path / "all.tables.csv")
    assert [(c["row"], c["column"], c["column_span"], c["text"]) for c in cells] == [
        ("0", "0", "2", "Head"),
        ("1", "0", "1", "A|1"),
        ("1", "1", "1", "B"),
    ]


def test_xlsx_parquet_and_dataframes(tmp_path: Path) -> None:
    import openpyxl
    import pyarrow.parquet as pq

    out = batch_folder(tmp_path)
    export_folder(out, tmp_path / "all.xlsx")
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    assert book.sheetnames == ["documents", "items", "tables"]
    assert book["documents"].max_row == 5  # header + 4 documents
    export_folder(out, tmp_path / "all.parquet")
    assert pq.read_table(tmp_path / "all.items.parquet").num_rows == 25
    frames = to_dataframes(out)
    assert len(frames["documents"]) == 4 and "total" in frames["documents"].columns


def test_export_command(tmp_path: Path) -> None:
    out = batch_folder(tmp_path)
    result = CliRunner().invoke(main, ["export", str(out), "--to", str(tmp_path / "r.csv")])
    assert result.exit_code == 0, result.output
    assert "4 documents (2 with errors), 25 items, 3 table cells" in result.output
    bad = CliRunner().invoke(main, ["export", str(tmp_path), "--to", str(tmp_path / "r.csv")])
    assert bad.exit_code == 2 and "not a batch output folder" in bad.output
    wrong = CliRunner().invoke(main, ["export", str(out), "--to", str(tmp_path / "r.json")])
    assert wrong.exit_code == 2 and ".csv, .xlsx or .parquet" in wrong.output


def test_unreadable_answer_is_a_row(tmp_path: Path) -> None:
    out = batch_folder(tmp_path)
    (out / "t.png.json").write_text("{not json")
    rows = {r["input"]: r for r in read_folder(out).documents}
    assert rows["t.png"]["status"] == "unreadable"


def test_markdown_reading_order_with_table_in_place() -> None:
    result = OCRResult.open(general_with_table())
    markdown = result.to_markdown()
    assert markdown.index("Title") < markdown.index("<table>") < markdown.index("Footer")
    assert '<td colspan="2">Head</td>' in markdown  # merged cell: HTML, spans kept
    assert markdown.count("A|1") == 1  # the table's words are not repeated as a line
    assert markdown.startswith("<!-- page 1 -->")
    html = result.to_html()
    assert '<section class="page" data-page="1">' in html and "<p>Title</p>" in html


def test_markdown_pipe_table_and_page_separators() -> None:
    raw = general_with_table()
    raw["images"][0]["tables"][0]["cells"] = [cell(0, 0, "H1"), cell(0, 1, "H2"), cell(1, 0, "x")]
    second = json.loads(json.dumps(raw["images"][0]))
    second["convertedImageInfo"]["pageIndex"] = 1
    raw["images"].append(second)
    markdown = OCRResult.open(raw).to_markdown()
    assert "| H1 | H2 |\n| --- | --- |\n| x |  |" in markdown
    assert "\n\n---\n\n<!-- page 2 -->" in markdown


def test_chunks_carry_file_page_and_bbox() -> None:
    chunks = OCRResult.open(general_with_table("doc.png")).chunks()
    assert [(c.kind, c.page, c.source) for c in chunks] == [
        ("text", 1, "doc.png"),
        ("table", 1, "doc.png"),
        ("text", 1, "doc.png"),
    ]
    assert chunks[0].bbox == (10, 10, 80, 30) and chunks[1].bbox == (10, 100, 110, 160)
    assert chunks[0].to_dict()["bbox"] == [10, 10, 80, 30]
    fields = OCRResult.open(real("receipt-01.json")).chunks(source="r.jpg")
    assert fields[0].kind == "fields" and "totalPrice.price: 137670" in fields[0].text


@pytest.mark.parametrize("kind", ["md", "html"])
def test_save_kinds_md_and_html(kind: str) -> None:
    from clova_ocr.batch.saves import extras, parse_kinds

    files = dict(extras(OCRResult.open(general_with_table()), parse_kinds(kind), None))
    assert "Footer" in files[f".{kind}"].decode()
