"""Result objects: text, lines, fields, tables and pages over the service's JSON.

Every result keeps the service's answer untouched in ``raw`` and the generated model in
``model``; the helpers read the JSON defensively, so a field the service drops or adds never
breaks them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from .geometry import Polygon
from .tables import Table

FAILED = ("FAILURE", "ERROR")
#: Keys of the product object in a Document OCR image result.
DOCUMENT_PRODUCT_KEYS = (
    "receipt",
    "creditCard",
    "nameCard",
    "bizLicense",
    "idCard",
    "medicalReceipt",
    "passport",
)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _image_info(raw: dict[str, Any], key: str) -> int | None:
    """An integer of ``convertedImageInfo`` (absent in V1 and some Document answers)."""
    info = raw.get("convertedImageInfo")
    value = info.get(key) if isinstance(info, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


@dataclass(frozen=True)
class Word:
    """A recognised token (General ``fields[]``)."""

    text: str
    polygon: Polygon
    confidence: float | None
    line_break: bool | None

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> Word:
        polygon = Polygon.from_raw(raw.get("boundingPoly"))
        if not polygon.points:
            polygon = Polygon.from_rect(raw.get("bounding"))
        line_break = raw.get("lineBreak")
        return cls(
            text=_text(raw.get("inferText")),
            polygon=polygon,
            confidence=_number(raw.get("inferConfidence")),
            line_break=line_break if isinstance(line_break, bool) else None,
        )


@dataclass(frozen=True)
class Line:
    """Words up to a ``lineBreak`` (or, for V1 answers, on the same visual line)."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words if w.text)

    @property
    def polygon(self) -> Polygon:
        return Polygon.enclosing([w.polygon for w in self.words])

    @property
    def confidence(self) -> float | None:
        values = [w.confidence for w in self.words if w.confidence is not None]
        return min(values) if values else None


def _same_visual_line(previous: Word, word: Word) -> bool:
    before, box = previous.polygon.bbox, word.polygon.bbox
    if before is None or box is None:
        return True
    centre = (box[1] + box[3]) / 2
    return before[1] <= centre <= before[3] and box[0] >= before[0]


def group_lines(words: list[Word]) -> list[Line]:
    """Join words into lines following ``lineBreak``; fall back to geometry without it."""
    has_breaks = any(w.line_break is not None for w in words)
    lines: list[Line] = []
    current: list[Word] = []
    for word in words:
        if current and not has_breaks and not _same_visual_line(current[-1], word):
            lines.append(Line(tuple(current)))
            current = []
        current.append(word)
        if has_breaks and word.line_break:
            lines.append(Line(tuple(current)))
            current = []
    if current:
        lines.append(Line(tuple(current)))
    return lines


@dataclass(frozen=True)
class Page:
    """One ``images[]`` element: a page of a PDF/TIFF or the single image."""

    index: int
    raw: dict[str, Any]
    words: tuple[Word, ...]
    tables: tuple[Table, ...]

    @classmethod
    def from_raw(cls, position: int, raw: dict[str, Any]) -> Page:
        index = _image_info(raw, "pageIndex")
        return cls(
            index=position if index is None else index,
            raw=raw,
            words=tuple(Word.from_raw(f) for f in _dicts(raw.get("fields"))),
            tables=tuple(Table.from_raw(t) for t in _dicts(raw.get("tables"))),
        )

    @property
    def infer_result(self) -> str:
        return _text(self.raw.get("inferResult"))

    @property
    def message(self) -> str:
        return _text(self.raw.get("message"))

    @property
    def ok(self) -> bool:
        return self.infer_result not in FAILED

    @property
    def width(self) -> int | None:
        return _image_info(self.raw, "width")

    @property
    def height(self) -> int | None:
        return _image_info(self.raw, "height")

    @property
    def lines(self) -> list[Line]:
        return group_lines(list(self.words))

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class OCRResult:
    """What every product returns.

    Attributes:
        raw: the service's JSON answer, unchanged.
        model: the same answer parsed into the generated ``clova_ocr_api`` model.
        request_id: the ``requestId`` sent with the call.
    """

    raw: dict[str, Any]
    model: Any = None
    request_id: str | None = None
    pages: tuple[Page, ...] = field(init=False)

    def __post_init__(self) -> None:
        pages = tuple(Page.from_raw(i, img) for i, img in enumerate(_dicts(self.raw.get("images"))))
        object.__setattr__(self, "pages", pages)

    @classmethod
    def open(cls, source: str | Path | dict[str, Any]) -> Self:
        """Load a saved answer (a dict, or a path to a JSON file) without calling the service."""
        raw = source if isinstance(source, dict) else json.loads(Path(source).read_text("utf-8"))
        return cls(raw=raw)

    @property
    def ok(self) -> bool:
        """True when no image reported ``FAILURE``/``ERROR``."""
        return all(page.ok for page in self.pages)

    @property
    def failures(self) -> list[Page]:
        return [page for page in self.pages if not page.ok]

    @property
    def words(self) -> list[Word]:
        return [word for page in self.pages for word in page.words]

    @property
    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]

    @property
    def text(self) -> str:
        """All text: words joined by spaces, lines by newlines, pages by a blank line."""
        return "\n\n".join(page.text for page in self.pages if page.words)

    @property
    def tables(self) -> list[Table]:
        return [table for page in self.pages for table in page.tables]

    @property
    def fields(self) -> list[Any]:
        return list(self.words)


class GeneralResult(OCRResult):
    """General OCR: ``fields`` are the recognised words."""


@dataclass(frozen=True)
class TemplateField:
    """A field defined in the template builder."""

    name: str
    text: str
    confidence: float | None
    type: str
    checked: bool | None
    polygon: Polygon
    sub_fields: tuple[Word, ...]

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> TemplateField:
        polygon = Polygon.from_raw(raw.get("boundingPoly"))
        checked = raw.get("checked")
        return cls(
            name=_text(raw.get("name")),
            text=_text(raw.get("inferText")),
            confidence=_number(raw.get("inferConfidence")),
            type=_text(raw.get("type")),
            checked=checked if isinstance(checked, bool) else None,
            polygon=polygon if polygon.points else Polygon.from_rect(raw.get("bounding")),
            sub_fields=tuple(Word.from_raw(s) for s in _dicts(raw.get("subFields"))),
        )


class TemplateResult(OCRResult):
    """Template OCR: the matched template and its named fields."""

    @property
    def fields(self) -> list[TemplateField]:
        return [
            TemplateField.from_raw(f) for page in self.pages for f in _dicts(page.raw.get("fields"))
        ]

    @property
    def matched_template(self) -> dict[str, Any] | None:
        for page in self.pages:
            matched = page.raw.get("matchedTemplate")
            if isinstance(matched, dict):
                return matched
        return None

    @property
    def combined(self) -> dict[str, str]:
        """``combineResult`` as name → text."""
        return {
            _text(item.get("name")): _text(item.get("inferText"))
            for page in self.pages
            for item in _dicts(page.raw.get("combineResult"))
        }

    def to_dict(self) -> dict[str, str]:
        """Field name → text (checkboxes as ``"true"``/``"false"``), plus combined fields."""
        out: dict[str, str] = {}
        for f in self.fields:
            out[f.name] = str(f.checked).lower() if f.checked is not None else f.text
        out.update(self.combined)
        return out


@dataclass(frozen=True)
class DocumentField:
    """One extracted item of a Document OCR result, flattened to a dotted key."""

    key: str
    text: str
    value: str
    confidence: float | None
    polygons: tuple[Polygon, ...]
    masks: tuple[Polygon, ...]


def _is_value_object(node: Any) -> bool:
    return isinstance(node, dict) and ("text" in node or "formatted" in node)


def formatted_value(raw: dict[str, Any]) -> str:
    """The normalised value of a value object: ``value``, a date ``YYYY-MM-DD``, a time, or text."""
    formatted = raw.get("formatted")
    if isinstance(formatted, dict):
        if isinstance(formatted.get("value"), str):
            return str(formatted["value"])
        if any(k in formatted for k in ("year", "month", "day")):
            return "-".join(
                _text(formatted.get(k)) for k in ("year", "month", "day") if k in formatted
            )
        if any(k in formatted for k in ("hour", "minute", "second")):
            return ":".join(
                _text(formatted.get(k)) for k in ("hour", "minute", "second") if k in formatted
            )
    return _text(raw.get("text"))


def _flatten(node: Any, key: str, out: list[DocumentField]) -> None:
    if _is_value_object(node):
        out.append(
            DocumentField(
                key=key,
                text=_text(node.get("text")),
                value=formatted_value(node),
                confidence=_number(node.get("confidenceScore")),
                polygons=tuple(Polygon.from_raw(p) for p in _dicts(node.get("boundingPolys"))),
                masks=tuple(Polygon.from_raw(p) for p in _dicts(node.get("maskingPolys"))),
            )
        )
    elif isinstance(node, dict):
        for name, child in node.items():
            _flatten(child, f"{key}.{name}" if key else name, out)
    elif isinstance(node, list):
        only_values = all(_is_value_object(item) for item in node)
        for i, item in enumerate(node):
            _flatten(item, key if only_values and len(node) == 1 else f"{key}[{i}]", out)


@dataclass(frozen=True)
class DocumentResult(OCRResult):
    """Document OCR: the product object (receipt, idCard, …) and its values.

    ``document`` is the generated model of ``images[0].<product>.result`` (e.g.
    ``ReceiptResult``); ``fields`` and ``to_dict()`` flatten it to dotted keys such as
    ``"storeInfo.name"`` or ``"subResults[0].items[1].price.price"`` (a list of one value
    object collapses to its key).
    """

    product_key: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.product_key and self.pages:
            # Opened from a saved answer: find which product object the image carries.
            found = next(
                (k for k in DOCUMENT_PRODUCT_KEYS if isinstance(self.pages[0].raw.get(k), dict)), ""
            )
            object.__setattr__(self, "product_key", found)

    def _product(self, page: Page) -> dict[str, Any]:
        product = page.raw.get(self.product_key)
        return product if isinstance(product, dict) else {}

    @property
    def result(self) -> dict[str, Any]:
        """The raw ``result`` object of the first page."""
        if not self.pages:
            return {}
        result = self._product(self.pages[0]).get("result")
        return result if isinstance(result, dict) else {}

    @property
    def document(self) -> Any:
        """The typed (generated) model of the first page's ``result``, or ``None``."""
        images = getattr(self.model, "images", None)
        if not isinstance(images, list) or not images:
            return None
        product = getattr(images[0], _snake(self.product_key), None)
        return getattr(product, "result", None)

    @property
    def estimated_language(self) -> str | None:
        meta = self._product(self.pages[0]).get("meta") if self.pages else None
        lang = meta.get("estimatedLanguage") if isinstance(meta, dict) else None
        return lang if isinstance(lang, str) else None

    @property
    def fields(self) -> list[DocumentField]:
        out: list[DocumentField] = []
        _flatten(self.result, "", out)
        return out

    @property
    def text(self) -> str:
        return "\n".join(f.text for f in self.fields if f.text)

    def to_dict(self) -> dict[str, str]:
        """Flat dotted key → formatted value."""
        return {f.key: f.value for f in self.fields}


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)
