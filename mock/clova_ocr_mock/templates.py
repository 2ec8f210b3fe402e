"""Template OCR from templates defined in a local YAML file (``mock serve --templates``).

The real service matches each page to a template drawn in its console and reads the areas
of that template's fields. The mock does the same with templates written down locally::

    templates:
      - id: 1001                        # the id answered in matchedTemplate (templateIds)
        name: membership-form
        size: [1000, 700]               # page size (px) the boxes below are measured on
        anchors: [MEMBERSHIP FORM]      # texts the page must show (case and spaces ignored)
        title: [40, 20, 600, 80]        # optional: the title area [left, top, right, bottom]
        fields:
          - {name: name, box: [200, 120, 900, 170]}
          - {name: phone, box: [200, 190, 900, 240], valueType: ALL}
          - {name: agree, box: [60, 400, 100, 440], type: CHECKBOX}

Matching (per page; only templates named in ``templateIds`` when the request has them):
the first template whose anchors are all in the page's recognised text, else the first
anchor-free template whose page has the same shape (aspect ratio within 3%); no match →
the image answers ``inferResult: FAILURE``. Boxes are scaled from ``size`` to the page.
A text field's ``inferText`` is the recognised words whose centre lies in its box, in reading
order; a ``CHECKBOX`` is ``checked`` when over 10% of the inner part of its box is dark.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from PIL import Image

from .builders import converted_info, image_header, poly
from .imaging import PageImage
from .recognizer import RecognizedLine, RecognizedWord

Box = tuple[float, float, float, float]
FIELD_TYPES = ("NORMAL", "CHECKBOX")
DARK = 128  # grey level below which a pixel counts as ink
CHECKED = 0.10  # share of dark pixels inside a checkbox that makes it checked
NO_MATCH = "No matched template."


@dataclass(frozen=True)
class TemplateField:
    name: str
    box: Box  # left, top, right, bottom in the template's page pixels
    type: str = "NORMAL"  # NORMAL | CHECKBOX
    value_type: str = "ALL"


@dataclass(frozen=True)
class Template:
    id: int
    name: str
    size: tuple[int, int]
    fields: tuple[TemplateField, ...]
    anchors: tuple[str, ...] = ()
    title: Box | None = None


# ------------------------------------------------------------------------------ loading
def _box(raw: Any, where: str) -> Box:
    if (
        not isinstance(raw, list)
        or len(raw) != 4
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in raw)
        or raw[0] >= raw[2]
        or raw[1] >= raw[3]
    ):
        raise ValueError(
            f"{where}: a box is [left, top, right, bottom] with left<right, top<bottom"
        )
    return (float(raw[0]), float(raw[1]), float(raw[2]), float(raw[3]))


def _template(raw: Any, where: str) -> Template:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: a template is a mapping with id, name, size and fields")
    unknown = set(raw) - {"id", "name", "size", "anchors", "title", "fields"}
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    template_id, name, size = raw.get("id"), raw.get("name"), raw.get("size")
    if not isinstance(template_id, int) or isinstance(template_id, bool):
        raise ValueError(f"{where}: id must be an integer")
    if not isinstance(name, str) or not name:
        raise ValueError(f"{where}: name must be a non-empty string")
    if not (
        isinstance(size, list)
        and len(size) == 2
        and all(isinstance(v, int) and v > 0 for v in size)
    ):
        raise ValueError(f"{where}: size must be [width, height] in pixels")
    anchors = raw.get("anchors", [])
    if not isinstance(anchors, list) or not all(isinstance(a, str) and a for a in anchors):
        raise ValueError(f"{where}: anchors must be a list of texts")
    fields = []
    raw_fields = raw.get("fields")
    if not isinstance(raw_fields, list) or not raw_fields:
        raise ValueError(f"{where}: fields must be a non-empty list")
    for index, field in enumerate(raw_fields):
        at = f"{where}.fields[{index}]"
        if not isinstance(field, dict) or not isinstance(field.get("name"), str):
            raise ValueError(f"{at}: a field has a name and a box")
        kind = str(field.get("type", "NORMAL")).upper()
        if kind not in FIELD_TYPES:
            raise ValueError(f"{at}: type must be one of {', '.join(FIELD_TYPES)}")
        value_type = field.get("valueType", "ALL")
        if not isinstance(value_type, str):
            raise ValueError(f"{at}: valueType must be a string")
        fields.append(TemplateField(field["name"], _box(field.get("box"), at), kind, value_type))
    title = _box(raw["title"], f"{where}.title") if raw.get("title") is not None else None
    return Template(template_id, name, (size[0], size[1]), tuple(fields), tuple(anchors), title)


def load_templates(source: str | os.PathLike[str]) -> tuple[Template, ...]:
    """The templates of a YAML file (format in this module's docstring); ``ValueError``
    naming the faulty entry when the file does not follow it."""
    try:
        document = yaml.safe_load(Path(source).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{source}: not valid YAML ({exc})") from None
    raw = document.get("templates") if isinstance(document, dict) else None
    if not isinstance(raw, list):
        raise ValueError(f"{source}: expected a top-level 'templates:' list")
    templates = tuple(_template(item, f"templates[{i}]") for i, item in enumerate(raw))
    ids = [t.id for t in templates]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{source}: template ids must be unique")
    return templates


# ----------------------------------------------------------------------------- matching
def _compact(text: str) -> str:
    return "".join(text.split()).casefold()


def match(
    templates: Sequence[Template],
    lines: list[RecognizedLine],
    page: PageImage,
    template_ids: Sequence[int] | None = None,
) -> Template | None:
    """The template ``page`` is an instance of (rules in the module docstring)."""
    candidates = [t for t in templates if not template_ids or t.id in template_ids]
    text = _compact("".join(w.text for line in lines for w in line.words))
    for template in candidates:
        if template.anchors and all(_compact(a) in text for a in template.anchors):
            return template
    ratio = page.width / page.height
    for template in candidates:
        expected = template.size[0] / template.size[1]
        if not template.anchors and abs(ratio - expected) <= 0.03 * expected:
            return template
    return None


# ------------------------------------------------------------------------------ reading
def _scaled(box: Box, template: Template, page: PageImage) -> Box:
    sx, sy = page.width / template.size[0], page.height / template.size[1]
    return (box[0] * sx, box[1] * sy, box[2] * sx, box[3] * sy)


def _words_in(box: Box, lines: list[RecognizedLine]) -> list[RecognizedWord]:
    inside = []
    for line in lines:
        for word in line.words:
            x, y = (word.box[0] + word.box[2]) / 2, (word.box[1] + word.box[3]) / 2
            if box[0] <= x <= box[2] and box[1] <= y <= box[3]:
                inside.append(word)
    return inside


def dark_share(image: Image.Image, box: Box) -> float:
    """Share of ink in the inner 70% of ``box`` (the checkbox's border left out)."""
    left, top, right, bottom = box
    inset_x, inset_y = (right - left) * 0.15, (bottom - top) * 0.15
    area = image.convert("L").crop(
        (
            round(left + inset_x),
            round(top + inset_y),
            round(right - inset_x),
            round(bottom - inset_y),
        )
    )
    histogram = area.histogram()
    total = sum(histogram)
    return sum(histogram[:DARK]) / total if total else 0.0


def template_image(
    templates: Sequence[Template],
    name: str,
    page: PageImage,
    lines: list[RecognizedLine],
    *,
    version: str,
    template_ids: Sequence[int] | None,
    pixels: Callable[[], Image.Image | None],
) -> dict[str, Any]:
    """One image of a Template OCR answer: the matched template's fields read off the page."""
    template = match(templates, lines, page, template_ids)
    if template is None:
        return image_header(name, infer_result="FAILURE", message=NO_MATCH)
    image = image_header(name)
    image["matchedTemplate"] = {"id": template.id, "name": template.name}
    if version == "V2":
        image["convertedImageInfo"] = converted_info(page)
    if template.title is not None:
        box = _scaled(template.title, template, page)
        text, confidence = _read(box, lines)
        image["title"] = {
            "name": "title",
            "inferText": text,
            "inferConfidence": confidence,
            **_geometry(box, version),
        }
    picture = pixels() if any(f.type == "CHECKBOX" for f in template.fields) else None
    image["fields"] = [
        _field(spec, _scaled(spec.box, template, page), lines, picture, version)
        for spec in template.fields
    ]
    return image


def _geometry(box: Box, version: str) -> dict[str, Any]:
    """Where a field is: V2's ``boundingPoly``, V1's ``bounding`` rectangle."""
    if version == "V2":
        return {"boundingPoly": poly(box)}
    left, top, right, bottom = (round(v, 1) for v in box)
    return {"bounding": {"top": top, "left": left, "width": right - left, "height": bottom - top}}


def _read(box: Box, lines: list[RecognizedLine]) -> tuple[str, float]:
    """The words inside ``box`` and their lowest confidence."""
    words = _words_in(box, lines)
    text = " ".join(w.text for w in words)
    return text, round(min((w.confidence for w in words), default=0.0), 4)


def _field(
    spec: TemplateField,
    box: Box,
    lines: list[RecognizedLine],
    picture: Image.Image | None,
    version: str,
) -> dict[str, Any]:
    """One field of the answer: text read in ``box``, or a checkbox judged by its ink."""
    field: dict[str, Any] = {"name": spec.name, "valueType": spec.value_type}
    if spec.type == "CHECKBOX":
        share = dark_share(picture, box) if picture is not None else 0.0
        # confidence grows with the distance from the threshold (0.5 on it, 1.0 far off)
        confidence = round(min(1.0, 0.5 + abs(share - CHECKED) * 5), 4)
        field.update(inferText="", inferConfidence=confidence, checked=share > CHECKED)
    else:
        text, confidence = _read(box, lines)
        field.update(inferText=text, inferConfidence=confidence)
    field.update(_geometry(box, version))
    if version == "V2":
        field.update(type=spec.type, lineBreak=True)
    return field
