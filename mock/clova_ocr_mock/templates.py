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
          - {name: zip, box: [200, 470, 450, 510], type: MULTI_BOX, boxes: 5}
        combine:                        # optional: combineResult, fields joined in order
          - {name: name+phone, fields: [name, phone], separator: " "}

Matching (per page; only templates named in ``templateIds`` when the request has them):
the first template whose anchors are all in the page's recognised text, else the first
anchor-free template whose page has the same shape (aspect ratio within 3%); no match →
the image answers ``inferResult: FAILURE``. Boxes are scaled from ``size`` to the page.
A text field's ``inferText`` is the recognised words whose centre lies in its box, in reading
order; a ``CHECKBOX`` is ``checked`` when over 10% of the inner part of its box is dark.
A ``MULTI_BOX`` field (one character per printed box: postcodes, dates, ID numbers) is cut
into ``boxes`` equal boxes left to right (or lists them: ``boxes: [[l, t, r, b], …]``); each
recognised character goes to the box holding its centre (a word's characters spread evenly
over its width; one within 20% of the box's width of its side is the printed border), each box is a ``subFields`` entry and the field's ``inferText`` is their
texts run together. ``combineResult`` answers each ``combine`` entry: the texts of its fields,
joined by ``separator`` (default one space), empty fields left out.
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
FIELD_TYPES = ("NORMAL", "CHECKBOX", "MULTI_BOX")
BOX_MARKS = "|[]()_"  # a printed box's border read as a character
BORDER_MARGIN = 0.2  # characters this close (share of its width) to a box's side are borders
DARK = 128  # grey level below which a pixel counts as ink
CHECKED = 0.10  # share of dark pixels inside a checkbox that makes it checked
NO_MATCH = "No matched template."


@dataclass(frozen=True)
class TemplateField:
    name: str
    box: Box  # left, top, right, bottom in the template's page pixels
    type: str = "NORMAL"  # NORMAL | CHECKBOX | MULTI_BOX
    value_type: str = "ALL"
    boxes: tuple[Box, ...] = ()  # a MULTI_BOX's boxes, in the template's page pixels


@dataclass(frozen=True)
class CombinedField:
    """A ``combineResult`` entry: the texts of ``fields`` joined by ``separator``."""

    name: str
    fields: tuple[str, ...]
    separator: str = " "
    value_type: str = "ALL"


@dataclass(frozen=True)
class Template:
    id: int
    name: str
    size: tuple[int, int]
    fields: tuple[TemplateField, ...]
    anchors: tuple[str, ...] = ()
    title: Box | None = None
    combine: tuple[CombinedField, ...] = ()


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
    unknown = set(raw) - {"id", "name", "size", "anchors", "title", "fields", "combine"}
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
        box = _box(field.get("box"), at)
        boxes = _sub_boxes(field.get("boxes"), box, at) if kind == "MULTI_BOX" else ()
        fields.append(TemplateField(field["name"], box, kind, value_type, boxes))
    title = _box(raw["title"], f"{where}.title") if raw.get("title") is not None else None
    combine = _combined(raw.get("combine", []), {f.name for f in fields}, where)
    return Template(
        template_id, name, (size[0], size[1]), tuple(fields), tuple(anchors), title, combine
    )


def _sub_boxes(raw: Any, box: Box, where: str) -> tuple[Box, ...]:
    """A MULTI_BOX's boxes: ``n`` equal boxes across ``box``, or the boxes listed."""
    if isinstance(raw, int) and not isinstance(raw, bool) and raw >= 1:
        width = (box[2] - box[0]) / raw
        return tuple(
            (box[0] + i * width, box[1], box[0] + (i + 1) * width, box[3]) for i in range(raw)
        )
    if isinstance(raw, list) and raw:
        return tuple(_box(item, f"{where}.boxes[{i}]") for i, item in enumerate(raw))
    raise ValueError(f"{where}: a MULTI_BOX field needs boxes: a count or a list of boxes")


def _combined(raw: Any, names: set[str], where: str) -> tuple[CombinedField, ...]:
    if not isinstance(raw, list):
        raise ValueError(f"{where}.combine: a list of {{name, fields, separator}}")
    combined = []
    for index, entry in enumerate(raw):
        at = f"{where}.combine[{index}]"
        parts = entry.get("fields") if isinstance(entry, dict) else None
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("name"), str)
            or not isinstance(parts, list)
            or not all(isinstance(p, str) for p in parts)
        ):
            raise ValueError(f"{at}: a combined field has a name and a list of field names")
        if missing := [p for p in parts if p not in names]:
            raise ValueError(f"{at}: no such fields {missing}")
        separator = entry.get("separator", " ")
        if not isinstance(separator, str):
            raise ValueError(f"{at}: separator must be a string")
        value_type = str(entry.get("valueType", "ALL"))
        combined.append(CombinedField(entry["name"], tuple(parts), separator, value_type))
    return tuple(combined)


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


def _characters(words: list[RecognizedWord]) -> list[tuple[str, float, float, float]]:
    """Each character of ``words`` with its estimated centre (a word's characters spread
    evenly over its width) and confidence."""
    found = []
    for word in words:
        left, top, right, bottom = word.box
        step = (right - left) / max(1, len(word.text))
        for i, char in enumerate(word.text):
            found.append((char, left + step * (i + 0.5), (top + bottom) / 2, word.confidence))
    return found


def read_multi_box(
    boxes: Sequence[Box], lines: list[RecognizedLine]
) -> list[tuple[str, float, Box]]:
    """(text, confidence, box) of each box of a ``MULTI_BOX`` field, left to right."""
    words = [w for line in lines for w in line.words]
    characters = [c for c in _characters(words) if c[0] not in BOX_MARKS]
    read = []
    for box in boxes:
        # the box's own borders read as characters (``|``, ``1``) sit near its sides
        margin = (box[2] - box[0]) * BORDER_MARGIN
        inside = [
            c
            for c in characters
            if box[0] + margin <= c[1] < box[2] - margin and box[1] <= c[2] <= box[3]
        ]
        text = "".join(c[0] for c in inside)
        read.append((text, round(min((c[3] for c in inside), default=0.0), 4), box))
    return read


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
        _field(
            spec,
            _scaled(spec.box, template, page),
            lines,
            picture,
            version,
            tuple(_scaled(sub, template, page) for sub in spec.boxes),
        )
        for spec in template.fields
    ]
    if template.combine:
        image["combineResult"] = _combined_results(template.combine, image["fields"])
    return image


def _combined_results(
    combine: tuple[CombinedField, ...], fields: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """``combineResult``: each combined field's parts joined, empty parts left out."""
    texts: dict[str, str] = {f["name"]: f["inferText"] for f in fields}
    return [
        {
            "name": combined.name,
            "valueType": combined.value_type,
            "inferText": combined.separator.join(
                texts[name] for name in combined.fields if texts.get(name)
            ),
        }
        for combined in combine
    ]


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
    boxes: tuple[Box, ...] = (),
) -> dict[str, Any]:
    """One field of the answer: text read in ``box``, a checkbox judged by its ink, or a
    multi-box read box by box (``boxes``, scaled to the page)."""
    field: dict[str, Any] = {"name": spec.name, "valueType": spec.value_type}
    if spec.type == "MULTI_BOX":
        parts = read_multi_box(boxes, lines)
        confidence = round(min((c for t, c, _ in parts if t), default=0.0), 4)
        field.update(inferText="".join(t for t, _, _ in parts), inferConfidence=confidence)
        if version == "V2":
            field["subFields"] = [
                {
                    "inferText": text,
                    "inferConfidence": part_confidence,
                    "lineBreak": index == len(parts) - 1,
                    **_geometry(part_box, version),
                }
                for index, (text, part_confidence, part_box) in enumerate(parts)
            ]
    elif spec.type == "CHECKBOX":
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
