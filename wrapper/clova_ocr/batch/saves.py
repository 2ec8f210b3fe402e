"""What ``--save text,csv,tsv,png,md,html`` writes beside each answer, made from the parsed result.

``a.png.txt`` the text (Document/Template OCR: ``key<TAB>value`` lines), ``a.png.table-N.csv``
each table (Document/Template OCR also ``a.png.fields.csv``), ``a.png.words.tsv`` every
word (or field) with its confidence and bounding box, ``a.png.boxes.png`` the image with
what was read outlined (needs Pillow; not for URLs or PDFs), ``a.png.md``/``a.png.html``
the result in reading order with tables in place (:meth:`OCRResult.to_markdown`).
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterator
from typing import Any

from ..errors import InputError, UnexpectedResponseError
from ..geometry import Polygon
from ..redaction import RedactionPolicy
from ..results import DocumentResult, OCRResult, TemplateResult

logger = logging.getLogger("clova_ocr.batch")

SAVE_KINDS = ("text", "csv", "tsv", "png", "md", "html")
#: What each kind appends to the input's name (tables are numbered from 1).
SUFFIXES: dict[str, tuple[str, ...]] = {
    "text": (".txt",),
    "csv": (".table-{n}.csv", ".fields.csv"),
    "tsv": (".words.tsv",),
    "png": (".boxes.png",),
    "md": (".md",),
    "html": (".html",),
}


def file_suffixes(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The suffixes ``kinds`` may write (the first table's for tables), to check names."""
    return tuple(suffix.format(n=1) for kind in kinds for suffix in SUFFIXES[kind])


def parse_kinds(text: str | None) -> tuple[str, ...]:
    """``"text,csv"`` → ``("text", "csv")``; ``ValueError`` names unknown kinds."""
    kinds = tuple(k.strip().lower() for k in (text or "").split(",") if k.strip())
    unknown = sorted(set(kinds) - set(SAVE_KINDS))
    if unknown:
        raise ValueError(
            f"unknown --save kind {', '.join(unknown)}; choose from {', '.join(SAVE_KINDS)}"
        )
    return kinds


def _fields(result: OCRResult[Any]) -> dict[str, str] | None:
    if isinstance(result, (DocumentResult, TemplateResult)):
        return result.to_dict()
    return None


def text_of(result: OCRResult[Any]) -> str:
    fields = _fields(result)
    if fields is not None:
        return "".join(f"{key}\t{value}\n" for key, value in fields.items())
    return result.text + "\n" if result.text else ""


def _csv(rows: list[list[str]], delimiter: str = ",") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _box(polygon: Polygon) -> list[str]:
    box = polygon.bbox
    return [f"{v:g}" for v in box] if box else ["", "", "", ""]


def _conf(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _word_rows(result: OCRResult[Any]) -> Iterator[list[str]]:
    yield ["page", "kind", "label", "text", "confidence", "left", "top", "right", "bottom"]
    if isinstance(result, DocumentResult):
        for item in result.fields:
            box = Polygon.enclosing(list(item.polygons)) if item.polygons else Polygon()
            yield ["1", "field", item.key, item.value, _conf(item.confidence), *_box(box)]
        return
    if isinstance(result, TemplateResult):
        for field in result.fields:
            row = ["1", "field", field.name, field.text, _conf(field.confidence)]
            yield [*row, *_box(field.polygon)]
        return
    for page in result.pages:
        for word in page.words:
            row = [str(page.index + 1), "word", "", word.text, _conf(word.confidence)]
            yield [*row, *_box(word.polygon)]


def _picture(
    result: OCRResult[Any], image: str, redact: RedactionPolicy | None = None
) -> bytes | None:
    from ..drawing import draw

    try:
        picture = draw(image, result, redact=redact or False)
    except (ImportError, InputError) as exc:
        logger.info("%s: no boxes picture: %s", image, exc)
        return None
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def extras(
    result: OCRResult[Any],
    kinds: tuple[str, ...],
    image: str | None,
    *,
    redact: RedactionPolicy | None = None,
) -> list[tuple[str, bytes]]:
    """``(suffix, bytes)`` of each extra file to write beside the answer (``redact``: the
    picture's masked polygons are filled, as the answer's text is masked)."""
    out: list[tuple[str, bytes]] = []
    if "text" in kinds:
        out.append((SUFFIXES["text"][0], text_of(result).encode("utf-8")))
    if "csv" in kinds:
        table_suffix, fields_suffix = SUFFIXES["csv"]
        for i, table in enumerate(result.tables, start=1):
            try:
                out.append((table_suffix.format(n=i), table.to_csv().encode("utf-8")))
            except UnexpectedResponseError as exc:  # absurd indices: the answer is kept anyway
                logger.warning("%s: table %d not saved as CSV: %s", image or "input", i, exc)
        fields = _fields(result)
        if fields is not None:
            out.append((fields_suffix, _csv([["key", "value"], *map(list, fields.items())])))
    if "tsv" in kinds:
        out.append((SUFFIXES["tsv"][0], _csv(list(_word_rows(result)), "\t")))
    if "md" in kinds:
        out.append((SUFFIXES["md"][0], result.to_markdown().encode("utf-8")))
    if "html" in kinds:
        out.append((SUFFIXES["html"][0], result.to_html().encode("utf-8")))
    if "png" in kinds and image is not None and not image.lower().endswith(".pdf"):
        picture = _picture(result, image, redact)
        if picture is not None:
            out.append((SUFFIXES["png"][0], picture))
    return out
