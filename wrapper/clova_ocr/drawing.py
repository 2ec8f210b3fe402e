"""Outline what was recognised on the image, to see at a glance what the service read."""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from typing import Any

from .errors import InputError
from .geometry import Polygon
from .redaction import RedactionPolicy, masking_polygons
from .results import DocumentResult, OCRResult, TemplateResult

WORD_COLOUR = (220, 20, 60)
CELL_COLOUR = (30, 144, 255)
FIELD_COLOUR = (34, 139, 34)
MASK_COLOUR = (0, 0, 0)


def _is_pdf(image: Any) -> bool:
    if isinstance(image, (bytes, bytearray, memoryview)):
        return bytes(image[:5]) == b"%PDF-"
    if isinstance(image, (str, os.PathLike)):
        try:
            with open(image, "rb") as stream:
                return stream.read(5) == b"%PDF-"
        except OSError:
            return False
    return False


def _open(image: Any, result: OCRResult[Any], page: int) -> Any:
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("draw() needs Pillow: pip install 'clova-ocr[image]'") from None
    if isinstance(image, Image.Image):
        return image.copy()
    if _is_pdf(image):
        from ._pages import render_pdf_page

        info = result.pages[page] if page < len(result.pages) else None
        source = os.fspath(image) if isinstance(image, (str, os.PathLike)) else image
        return render_pdf_page(source, info.index if info else page, info.width if info else None)
    try:
        source = io.BytesIO(bytes(image)) if isinstance(image, (bytes, bytearray)) else image
        return Image.open(source)
    except (OSError, ValueError) as exc:
        raise InputError(f"draw() cannot open the image ({exc})") from None


def _polygons(result: OCRResult[Any], page: int) -> Iterable[tuple[Polygon, tuple[int, int, int]]]:
    pages = result.pages[page : page + 1] if len(result.pages) > 1 else result.pages
    if isinstance(result, DocumentResult):
        for item in result.fields:
            for polygon in item.polygons:
                yield polygon, FIELD_COLOUR
    elif isinstance(result, TemplateResult):
        for field in result.fields:
            yield field.polygon, FIELD_COLOUR
    else:
        for one in pages:
            for word in one.words:
                yield word.polygon, WORD_COLOUR
    for table in (t for one in pages for t in one.tables):
        for cell in table.cells:
            yield cell.polygon, CELL_COLOUR


def draw(
    image: Any,
    result: OCRResult[Any],
    *,
    width: int = 2,
    page: int = 0,
    redact: bool | RedactionPolicy | str = False,
) -> Any:
    """A copy of ``image`` (path, bytes, file or PIL image) with every word/field/cell outlined.

    Coordinates are scaled from the service's ``convertedImageInfo`` size to the image's.
    ``page`` picks the result's page (0-based position in ``result.pages``): its words are
    drawn, and for a PDF that page is rendered (needs ``pip install 'clova-ocr[pdf]'``).
    ``redact=True`` (or a :class:`~clova_ocr.redaction.RedactionPolicy`, or kinds such as
    ``"rrn,card"``) first redacts ``result`` and fills every ``maskingPolys`` polygon in black,
    so the picture shows no more than the redacted text does.
    """
    from PIL import ImageDraw

    if redact is not False:
        result = result.redacted(None if redact is True else redact)

    picture = _open(image, result, page).convert("RGB")
    scale_x = scale_y = 1.0
    if result.pages and page < len(result.pages):
        info = result.pages[page]
        if info.width and info.height:
            scale_x = picture.width / info.width
            scale_y = picture.height / info.height
    canvas = ImageDraw.Draw(picture)
    for polygon, colour in _polygons(result, page):
        points = [(p.x * scale_x, p.y * scale_y) for p in polygon.points]
        if len(points) >= 2:
            canvas.line([*points, points[0]], fill=colour, width=width)
    if redact is not False:
        for polygon in masking_polygons(result.raw):
            points = [(p.x * scale_x, p.y * scale_y) for p in polygon.points]
            if len(points) >= 3:
                canvas.polygon(points, fill=MASK_COLOUR)
    return picture
