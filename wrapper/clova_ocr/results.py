"""Result objects: text, lines, fields, tables and pages over the service's JSON.

A result is made from one thing, the service's answer in ``raw``. The helpers read it
defensively (a field the service drops or adds never breaks them); the typed generated model
is parsed from the same ``raw`` in one place, :attr:`OCRResult.model`, on first use.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, cast

import httpx

from . import _products
from ._answer_tree import leaves
from ._products import Family, ResultT
from .errors import UnexpectedResponseError
from .geometry import Polygon
from .tables import Table

if TYPE_CHECKING:
    from clova_ocr_api.models import GeneralResponse, TemplateResponse  # noqa: F401 (bases)

    from ._products import Product
    from .checks import CheckResult
    from .confidence import LowConfidence, Review, ReviewPolicy
    from .redaction import RedactionPolicy
    from .render import Chunk

ModelT = TypeVar("ModelT")
DocT = TypeVar("DocT")


@dataclass(frozen=True)
class HTTPInfo:
    """The HTTP side of a successful answer (``result.http``), like openai's raw response.

    Attributes:
        status_code: HTTP status (200).
        headers: the response headers.
        elapsed: time from sending the last attempt to reading its answer.
        attempts: how many attempts the call took (1 = no retry).
        request_id: the ``requestId`` the SDK sent.
        trace_id: a ``traceId`` the service put in the answer, when it did (CLOVA documents
            one only for errors; success answers may carry none).
        calls: calls this result took (a long PDF/TIFF is sent in parts; then the other
            fields are the first part's).
        cached: the answer came from the client's answer store (``ClovaOCR(cache=...)``),
            no call was made; ``headers`` are empty then.
    """

    status_code: int
    headers: httpx.Headers
    elapsed: timedelta
    attempts: int
    request_id: str
    trace_id: str | None = None
    calls: int = 1
    cached: bool = False


FAILED = ("FAILURE", "ERROR")
#: What a generated model raises when an answer does not match it.
PARSE_FAILURES = (KeyError, ValueError, TypeError, AttributeError, IndexError)


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


def _polygon_of(raw: dict[str, Any]) -> Polygon:
    """``boundingPoly`` (V2), else the V1 rectangle ``bounding``."""
    polygon = Polygon.from_raw(raw.get("boundingPoly"))
    return polygon if polygon.points else Polygon.from_rect(raw.get("bounding"))


class Word:
    """A recognised token (General ``fields[]``), immutable.

    Its polygon is read from the field on first use: text and lines of a long answer need
    no geometry (V2 answers mark line ends), and building it for every word dominated parsing.
    """

    __slots__ = ("_polygon", "_raw", "confidence", "line_break", "text")

    text: str
    confidence: float | None
    line_break: bool | None
    _polygon: Polygon | None
    _raw: dict[str, Any] | None

    def __init__(
        self,
        text: str,
        polygon: Polygon | None = None,
        confidence: float | None = None,
        line_break: bool | None = None,
        *,
        raw: dict[str, Any] | None = None,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "text", text)
        set_(self, "confidence", confidence)
        set_(self, "line_break", line_break)
        set_(self, "_polygon", polygon)
        set_(self, "_raw", raw)

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> Word:
        line_break = raw.get("lineBreak")
        return cls(
            _text(raw.get("inferText")),
            None,
            _number(raw.get("inferConfidence")),
            line_break if isinstance(line_break, bool) else None,
            raw=raw,
        )

    @property
    def polygon(self) -> Polygon:
        polygon: Polygon | None = self._polygon
        if polygon is None:
            polygon = _polygon_of(self._raw) if self._raw is not None else Polygon()
            object.__setattr__(self, "_polygon", polygon)
        return polygon

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Word is immutable; cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Word):
            return NotImplemented
        return (self.text, self.polygon, self.confidence, self.line_break) == (
            other.text,
            other.polygon,
            other.confidence,
            other.line_break,
        )

    def __hash__(self) -> int:
        return hash((self.text, self.polygon, self.confidence, self.line_break))

    def __repr__(self) -> str:
        return (
            f"Word(text={self.text!r}, polygon={self.polygon!r}, "
            f"confidence={self.confidence!r}, line_break={self.line_break!r})"
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


def _text_by_line_breaks(fields: list[dict[str, Any]]) -> str:
    """What ``"\\n".join(line.text for line in group_lines(words))`` gives for V2 fields,
    read straight from the fields: ``general().text`` need not build a Word per field."""
    lines: list[str] = []
    texts: list[str] = []
    pending = False
    for field in fields:
        text = field.get("inferText")
        if isinstance(text, str) and text:
            texts.append(text)
        pending = True
        if field.get("lineBreak") is True:
            lines.append(" ".join(texts))
            texts, pending = [], False
    if pending:
        lines.append(" ".join(texts))
    return "\n".join(lines)


@dataclass(frozen=True, eq=False)
class Page:
    """One ``images[]`` element: a page of a PDF/TIFF or the single image."""

    index: int
    raw: dict[str, Any]

    @classmethod
    def from_raw(cls, position: int, raw: dict[str, Any]) -> Page:
        index = _image_info(raw, "pageIndex")
        return cls(index=position if index is None else index, raw=raw)

    @cached_property
    def words(self) -> tuple[Word, ...]:
        return tuple(Word.from_raw(f) for f in _dicts(self.raw.get("fields")))

    @cached_property
    def tables(self) -> tuple[Table, ...]:
        return tuple(Table.from_raw(t) for t in _dicts(self.raw.get("tables")))

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

    @cached_property
    def lines(self) -> list[Line]:
        return group_lines(list(self.words))

    @cached_property
    def text(self) -> str:
        fields = _dicts(self.raw.get("fields"))
        if any(isinstance(f.get("lineBreak"), bool) for f in fields):
            return _text_by_line_breaks(fields)
        return "\n".join(line.text for line in self.lines)

    @property
    def has_words(self) -> bool:
        """Whether the page has any recognised word (cheaper than building ``words``)."""
        return bool(_dicts(self.raw.get("fields")))


class OCRResult(Generic[ModelT]):
    """What every product returns; built from the service's JSON answer and nothing else.

    Attributes:
        raw: the service's JSON answer, unchanged (``json.dumps(result.raw)`` round-trips;
            :meth:`to_json`/:meth:`save` write it and :meth:`open` reads it back).
        request_id: the ``requestId`` sent with the call (``None`` for a saved answer).
        http: status, headers and timing of the HTTP answer (``None`` for a saved answer).
        product: the registry entry of the product that answered.

    One rule for live and saved answers: an answer is accepted when it is a JSON object whose
    ``images`` is a list of objects. The helpers (``text``, ``lines``, ``tables``, ``fields``…)
    read it leniently; the typed :attr:`model` is parsed from ``raw`` on first use and raises
    :class:`~clova_ocr.UnexpectedResponseError` if the answer does not match the API.
    """

    #: The product this class reads when :meth:`open` cannot tell (set by subclasses).
    default_product: ClassVar[str] = "general"

    def __init__(
        self,
        raw: dict[str, Any],
        *,
        request_id: str | None = None,
        http: HTTPInfo | None = None,
        product: Product[Any] | None = None,
    ) -> None:
        self.raw = raw
        self.request_id = request_id
        self.http = http
        self.product: Product[Any] = product or _products.PRODUCTS[self.default_product]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.product.name} pages={len(self.pages)} ok={self.ok}>"

    @property
    def family(self) -> Family:
        """The kind of answer this class reads (``"general"``, ``"template"``, ``"document"``):
        the family of its default product. Helpers that treat the kinds apart (checks,
        confidence) read it instead of importing the result classes."""
        return _products.PRODUCTS[self.default_product].family

    # ---------------------------------------------------------------- loading and saving
    @classmethod
    def check(cls, raw: Any) -> str | None:
        """Why ``raw`` is not an answer the SDK can read, or ``None`` when it is."""
        if not isinstance(raw, dict):
            return "the body is not a JSON object"
        images = raw.get("images")
        if not isinstance(images, list) or not all(isinstance(i, dict) for i in images):
            return "its 'images' is not a list of objects"
        return None

    @classmethod
    def open(cls, source: str | os.PathLike[str] | dict[str, Any]) -> OCRResult[Any]:
        """Load a saved answer (a dict, or a path to a JSON file) without calling the service.

        ``OCRResult.open()`` finds the product from the answer and returns its result class
        (a receipt answer gives a :class:`DocumentResult` with a typed ``.document``);
        ``GeneralResult.open()`` etc. read the answer as that class.
        """
        if isinstance(source, dict):
            raw: Any = source
        else:
            try:
                raw = json.loads(Path(source).read_bytes())
            except ValueError as exc:
                raise _unreadable(f"{source} is not JSON ({exc})") from None
        return cls._from_raw(raw)

    @classmethod
    def from_json(cls, text: str | bytes) -> OCRResult[Any]:
        """Read an answer from JSON text, as :meth:`open` does from a file."""
        try:
            raw = json.loads(text)
        except ValueError as exc:
            raise _unreadable(f"not JSON ({exc})") from None
        return cls._from_raw(raw)

    @classmethod
    def _from_raw(cls, raw: Any) -> OCRResult[Any]:
        why = cls.check(raw)
        if why is not None:
            raise _unreadable(why)
        if cls is OCRResult or cls is DocumentResult:
            product = _products.detect(raw)
            if cls is DocumentResult and product.family != "document":
                raise _unreadable("it is not a Document OCR answer")
            result: OCRResult[Any] = result_class(product)(raw, product=product)
            return result
        return cls(raw)

    def to_json(self, *, indent: int | None = None) -> str:
        """The answer as JSON text (non-ASCII kept as is); :meth:`from_json` reads it back."""
        return json.dumps(self.raw, ensure_ascii=False, indent=indent)

    def save(self, path: str | os.PathLike[str], *, indent: int | None = 2) -> Path:
        """Write the answer to ``path`` as UTF-8 JSON; :meth:`open` reads it back."""
        target = Path(path)
        target.write_text(self.to_json(indent=indent), encoding="utf-8")
        return target

    # ---------------------------------------------------------------- the typed model
    @cached_property
    def model(self) -> ModelT:
        """The answer parsed into the generated ``clova_ocr_api`` model (on first use).

        Raises :class:`~clova_ocr.UnexpectedResponseError` when the answer does not match
        the API (a required key missing, a wrong type); the helpers still work then.
        """
        try:
            model: ModelT = self.product.response.from_dict(self.raw)
        except PARSE_FAILURES as exc:
            raise _unreadable(f"it does not match the API ({exc!r})", self) from None
        return model

    # ---------------------------------------------------------------- helpers
    @cached_property
    def pages(self) -> tuple[Page, ...]:
        return tuple(Page.from_raw(i, img) for i, img in enumerate(_dicts(self.raw.get("images"))))

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
        return "\n\n".join(page.text for page in self.pages if page.has_words)

    @property
    def tables(self) -> list[Table]:
        return [table for page in self.pages for table in page.tables]

    @property
    def fields(self) -> list[Any]:
        return list(self.words)

    # ---------------------------------------------------------------- export
    # Every result class (an error answer read by OCRResult.open() included) has these, so
    # code written for one product never meets an AttributeError on another's answer.
    def to_dict(self) -> dict[str, str]:
        """Named fields as dotted key → value (General OCR reads no named fields: ``{}``)."""
        return {}

    def key_fields(self, values: dict[str, str] | None = None) -> dict[str, str]:
        """The product's key fields (``store``, ``total``…; see ``Product.key_fields``),
        read from ``values`` when given (this result's ``to_dict()``, already made)."""
        values = self.to_dict() if values is None else values
        return {
            column: next((values[k] for k in keys if k in values), "")
            for column, keys in self.product.key_fields
        }

    def to_markdown(self) -> str:
        """The answer as Markdown in reading order, tables in place, pages separated."""
        from .render import to_markdown

        return to_markdown(self)

    def to_html(self) -> str:
        """The answer as an HTML fragment (tables with row/column spans), page by page."""
        from .render import to_html

        return to_html(self)

    def chunks(self, *, source: str | None = None) -> list[Chunk]:
        """Pieces of text with their file, page and bounding box, for RAG pipelines."""
        from .render import chunks

        return chunks(self, source=source)

    # ---------------------------------------------------------------- trust
    def low_confidence(self, threshold: float | None = None) -> list[LowConfidence]:
        """Words (General OCR), fields (Template/Document OCR) and table cells read with a
        confidence below ``threshold`` (default 0.8); items without one are never listed."""
        from .confidence import low_confidence

        return low_confidence(self, threshold)

    def checks(self, *, today: date | None = None) -> list[CheckResult]:
        """Validity checks of the values read (business number, card Luhn, passport MRZ,
        resident number format, receipt arithmetic, dates); plain data, never raises.

        Each :class:`~clova_ocr.checks.CheckResult` names the fields it read. Dates later
        than ``today`` (default: the local date) fail, except expiry dates.
        """
        from .checks import run_checks

        return run_checks(self, today=today)

    def review(self, policy: ReviewPolicy | None = None) -> Review:
        """Whether a person should look at this answer, and why (see :class:`ReviewPolicy`)."""
        from .confidence import review

        return review(self, policy)

    @property
    def needs_review(self) -> bool:
        """:meth:`review` with the default policy: something read below 0.8, a failed check,
        or a page the service could not read."""
        return self.review().needed

    def redacted(self, policy: RedactionPolicy | str | None = None) -> Self:
        """A copy with personal data masked the same way in ``raw`` and so in ``text``,
        words, lines, fields and tables (``901010-1******``); see :mod:`clova_ocr.redaction`.

        ``policy`` is a :class:`~clova_ocr.redaction.RedactionPolicy` or kinds such as
        ``"rrn,card"`` (default: every kind).
        """
        from .redaction import redact

        return cast(Self, redact(self, policy))


def _unreadable(why: str, result: OCRResult[Any] | None = None) -> UnexpectedResponseError:
    """:meth:`UnexpectedResponseError.unreadable`, with what ``result`` knows of its call."""
    return UnexpectedResponseError.unreadable(
        why,
        http_status=result.http.status_code if result and result.http else None,
        request_id=result.request_id if result else None,
        body=result.raw if result else None,
    )


class GeneralResult(OCRResult["GeneralResponse"]):
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
        checked = raw.get("checked")
        return cls(
            name=_text(raw.get("name")),
            text=_text(raw.get("inferText")),
            confidence=_number(raw.get("inferConfidence")),
            type=_text(raw.get("type")),
            checked=checked if isinstance(checked, bool) else None,
            polygon=_polygon_of(raw),
            sub_fields=tuple(Word.from_raw(s) for s in _dicts(raw.get("subFields"))),
        )


class TemplateResult(OCRResult["TemplateResponse"]):
    """Template OCR: the matched template and its named fields."""

    default_product = "template"

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


def _scalar_text(value: str | float) -> str:
    """A plain field as text: strings as they are, numbers and booleans as JSON writes them."""
    return value if isinstance(value, str) else json.dumps(value)


def _flatten(node: Any, key: str, out: list[DocumentField]) -> None:
    for name, value in leaves(node, key):
        if not isinstance(value, dict):  # a plain scalar the spec declares (or a new one)
            text = _scalar_text(value)
            out.append(DocumentField(name, text, text, None, (), ()))
            continue
        out.append(
            DocumentField(
                key=name,
                text=_text(value.get("text")),
                value=formatted_value(value),
                confidence=_number(value.get("confidenceScore")),
                polygons=tuple(Polygon.from_raw(p) for p in _dicts(value.get("boundingPolys"))),
                masks=tuple(Polygon.from_raw(p) for p in _dicts(value.get("maskingPolys"))),
            )
        )


class DocumentResult(OCRResult[ModelT], Generic[ModelT, DocT]):
    """Document OCR: the product object (receipt, idCard, …) and its values.

    ``document`` is the generated model of ``images[0].<product>.result`` (e.g.
    ``ReceiptResult`` for ``ocr.document.receipt()``, typed for IDEs and mypy); ``fields`` and
    ``to_dict()`` flatten it to dotted keys such as ``"storeInfo.name"`` or
    ``"subResults[0].items[1].price.price"`` (a list of one value object collapses to its key).
    Plain strings, numbers and booleans (``storeInfo.branchName``-like fields, today's or
    tomorrow's) are fields too: every value of the answer reaches ``to_dict()``, the CLI and
    ``--save`` files, not only value objects.
    """

    default_product = "receipt"

    @property
    def product_key(self) -> str:
        """Key of the product object in an image result (``"receipt"``, ``"idCard"`` …)."""
        return self.product.document_key or ""

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
    def document(self) -> DocT | None:
        """The typed (generated) model of the first page's ``result``, or ``None``.

        Raises :class:`~clova_ocr.UnexpectedResponseError` if the answer does not match the API.
        """
        images = getattr(self.model, "images", None)
        if not isinstance(images, list) or not images:
            return None
        product = getattr(images[0], self.product.document_attr or "", None)
        result = getattr(product, "result", None)
        from clova_ocr_api.types import Unset  # loaded already: self.model imported the models

        return None if result is None or isinstance(result, Unset) else cast(DocT, result)

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
        texts = (
            _text(value.get("text")) if isinstance(value, dict) else _scalar_text(value)
            for _, value in leaves(self.result, "")
        )
        return "\n".join(t for t in texts if t)

    def to_dict(self) -> dict[str, str]:
        """Flat dotted key → formatted value (read without building each field's polygons)."""
        return {
            name: formatted_value(value) if isinstance(value, dict) else _scalar_text(value)
            for name, value in leaves(self.result, "")
        }


#: The result class of each product family (the registry names families, not classes).
RESULT_CLASSES: dict[str, type[OCRResult[Any]]] = {
    "general": GeneralResult,
    "template": TemplateResult,
    "document": DocumentResult,
}


def result_class(product: Product[ResultT]) -> type[ResultT]:
    """The class ``product``'s answers are wrapped in."""
    return cast("type[ResultT]", RESULT_CLASSES[product.family])
