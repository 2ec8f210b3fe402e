"""Confidence you can act on: what was read with low confidence, and whether to review it.

``result.low_confidence(0.8)`` lists the words (General OCR), fields (Template and Document
OCR) and table cells read below a threshold; ``result.review(policy)`` says whether a person
should look at the answer, and why; ``result.needs_review`` is that with the default policy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from .geometry import Polygon

if TYPE_CHECKING:
    from ._products import Product
    from .checks import CheckResult
    from .results import DocumentResult, OCRResult, TemplateResult

#: The threshold used when none is given (CLOVA's confidences are in [0, 1]).
DEFAULT_THRESHOLD = 0.8


@dataclass(frozen=True)
class LowConfidence:
    """One item read below the threshold.

    Attributes:
        kind: ``"word"``, ``"field"`` or ``"cell"``.
        label: the field's key or name; ``"page P word N"`` / ``"table T cell R,C"`` otherwise.
        text: what was read.
        confidence: the service's confidence.
        threshold: the threshold it fell below.
        polygon: where it is on the page.
    """

    kind: str
    label: str
    text: str
    confidence: float
    threshold: float
    polygon: Polygon = field(default_factory=Polygon, compare=False)


def _items(result: OCRResult[Any]) -> list[tuple[str, str, str, float | None, Polygon]]:
    """``(kind, label, text, confidence, polygon)`` of every word/field and table cell."""
    out: list[tuple[str, str, str, float | None, Polygon]] = []
    family = result.family
    if family == "document":
        for item in cast("DocumentResult[Any, Any]", result).fields:
            box = Polygon.enclosing(list(item.polygons))
            out.append(("field", item.key, item.text, item.confidence, box))
    elif family == "template":
        for tf in cast("TemplateResult", result).fields:
            out.append(("field", tf.name, tf.text, tf.confidence, tf.polygon))
    else:
        for page in result.pages:
            for n, word in enumerate(page.words, start=1):
                label = f"page {page.index + 1} word {n}"
                out.append(("word", label, word.text, word.confidence, word.polygon))
    for t, table in enumerate(result.tables, start=1):
        for cell in table.cells:
            label = f"table {t} cell {cell.row + 1},{cell.column + 1}"
            out.append(("cell", label, cell.text, cell.confidence, cell.polygon))
    return out


@dataclass(frozen=True)
class ReviewPolicy:
    """When an answer needs a person's review.

    Attributes:
        threshold: confidence below which an item needs review.
        fields: per-field thresholds by key or name (``{"totalPrice.price": 0.95}``).
        products: per-product thresholds by registry or command name (``{"receipt": 0.9}``,
            ``"id_card"`` or ``"id-card"``), used for items without their own field threshold.
        failed_checks: whether a failed :meth:`~clova_ocr.OCRResult.checks` result needs review.
    """

    threshold: float = DEFAULT_THRESHOLD
    fields: Mapping[str, float] = field(default_factory=dict)
    products: Mapping[str, float] = field(default_factory=dict)
    failed_checks: bool = True

    def threshold_for(self, product: Product[Any], label: str) -> float:
        """The threshold of the item ``label`` of an answer of ``product``."""
        if label in self.fields:
            return self.fields[label]
        for name in (product.name, product.cli_name):
            if name in self.products:
                return self.products[name]
        return self.threshold


@dataclass(frozen=True)
class Review:
    """The verdict of a :class:`ReviewPolicy` on one answer."""

    needed: bool
    low_confidence: tuple[LowConfidence, ...]
    failed_checks: tuple[CheckResult, ...]
    failed_pages: int = 0

    @property
    def reasons(self) -> list[str]:
        """One short line per reason (labels and check names, never the values read)."""
        reasons = []
        if self.low_confidence:
            reasons.append(f"{len(self.low_confidence)} item(s) below confidence")
        reasons += [f"check {c.name} failed on {', '.join(c.fields)}" for c in self.failed_checks]
        if self.failed_pages:
            reasons.append(f"{self.failed_pages} page(s) not read")
        return reasons

    def to_dict(self) -> dict[str, Any]:
        return {
            "needs_review": self.needed,
            "reasons": self.reasons,
            "low_confidence": [
                {"kind": i.kind, "label": i.label, "confidence": i.confidence}
                for i in self.low_confidence
            ],
            "failed_checks": [c.to_dict() for c in self.failed_checks],
        }


def low_confidence(
    result: OCRResult[Any], threshold: float | None = None, *, policy: ReviewPolicy | None = None
) -> list[LowConfidence]:
    """Items read below ``threshold`` (or, with ``policy``, below their own threshold)."""
    chosen = policy or ReviewPolicy(DEFAULT_THRESHOLD if threshold is None else threshold)
    out = []
    for kind, label, text, confidence, polygon in _items(result):
        limit = chosen.threshold_for(result.product, label)
        if confidence is not None and confidence < limit:
            out.append(LowConfidence(kind, label, text, confidence, limit, polygon))
    return out


def review(result: OCRResult[Any], policy: ReviewPolicy | None = None) -> Review:
    """Whether ``result`` needs review under ``policy`` (default: :class:`ReviewPolicy`)."""
    chosen = policy or ReviewPolicy()
    low = tuple(low_confidence(result, policy=chosen))
    failed = tuple(c for c in result.checks() if c.failed) if chosen.failed_checks else ()
    failed_pages = len(result.failures)
    return Review(bool(low or failed or failed_pages), low, failed, failed_pages)
