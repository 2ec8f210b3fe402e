"""Read a batch output folder into the records the review page shows.

Every ``index.jsonl`` under the folder counts, so a parent of several batch runs (one per
product) is reviewed as one. Checks and review verdicts come from the run's ``checks.jsonl``
and ``review.jsonl`` when it wrote them (they read the answers before redaction), else they
are computed from the saved answers.
"""

from __future__ import annotations

import base64
import io
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._files import INDEX
from ..batch.folder import CHECKS, REVIEW
from ..confidence import DEFAULT_THRESHOLD, ReviewPolicy
from ..errors import ClovaOCRError
from ..results import DocumentResult, OCRResult, TemplateResult

logger = logging.getLogger("clova_ocr.review")

#: Pictures are scaled down to this width to keep the page small.
MAX_WIDTH = 900


@dataclass
class Record:
    """One answered input as the page shows it (JSON-ready through :meth:`to_dict`)."""

    id: str
    input: str
    answer: str
    product: str
    fields: list[dict[str, Any]]
    failed_checks: list[dict[str, Any]]
    needs_review: bool
    reasons: list[str]
    image: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "input": self.input,
            "answer": self.answer,
            "product": self.product,
            "fields": self.fields,
            "failedChecks": self.failed_checks,
            "needsReview": self.needs_review,
            "reasons": self.reasons,
            "image": self.image,
        }


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            yield entry


def fields_of(result: OCRResult[Any], threshold: float) -> list[dict[str, Any]]:
    """``{key, text, confidence, low}`` of what a person checks: Document/Template fields,
    or the lines of General OCR (``line 1``…)."""
    items: list[tuple[str, str, float | None]]
    if isinstance(result, DocumentResult):
        items = [(f.key, f.value, f.confidence) for f in result.fields]
    elif isinstance(result, TemplateResult):
        items = [(f.name, f.text, f.confidence) for f in result.fields]
    else:
        items = [(f"line {n}", ln.text, ln.confidence) for n, ln in enumerate(result.lines, 1)]
    return [
        {
            "key": key,
            "text": text,
            "confidence": confidence,
            "low": confidence is not None and confidence < threshold,
        }
        for key, text, confidence in items
    ]


def _picture(result: OCRResult[Any], path: Path, redacted: bool) -> str | None:
    """The image with what was read outlined (masked polygons filled), as a data URI."""
    try:
        from ..drawing import draw

        picture = draw(path, result, redact=redacted)
    except (ImportError, OSError, ClovaOCRError) as exc:
        logger.info("%s: no picture: %s", path, exc)
        return None
    if picture.width > MAX_WIDTH:
        picture = picture.resize((MAX_WIDTH, round(picture.height * MAX_WIDTH / picture.width)))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _saved_picture(path: Path) -> str | None:
    """A ``--save png`` picture (already redacted when the run was), as a data URI."""
    if not path.is_file():
        return None
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def collect(
    root: Path, *, images: Path | None = None, threshold: float | None = None
) -> list[Record]:
    """Every answered input under ``root`` (see the module docstring)."""
    records: list[Record] = []
    for index in sorted(root.rglob(INDEX)):
        folder = index.parent
        checks = {e.get("answer"): e.get("checks") for e in _jsonl(folder / CHECKS)}
        verdicts = {e.get("answer"): e for e in _jsonl(folder / REVIEW)}
        seen: set[str] = set()
        for entry in _jsonl(index):
            answer = entry.get("answer")
            if not isinstance(answer, str) or answer in seen:
                continue
            seen.add(answer)
            record = _record(root, folder, entry, answer, checks, verdicts, images, threshold)
            if record is not None:
                records.append(record)
    return records


def _record(
    root: Path,
    folder: Path,
    entry: dict[str, Any],
    answer: str,
    checks: dict[Any, Any],
    verdicts: dict[Any, dict[str, Any]],
    images: Path | None,
    threshold: float | None,
) -> Record | None:
    try:
        result = OCRResult.open(folder / answer)
    except (OSError, ClovaOCRError) as exc:
        logger.warning("%s: skipped: %s", folder / answer, exc)
        return None
    verdict = verdicts.get(answer)
    limit = threshold or DEFAULT_THRESHOLD
    if verdict is None:
        verdict = result.review(ReviewPolicy(threshold=limit)).to_dict()
    saved_checks = checks.get(answer)
    if isinstance(saved_checks, list):
        failed = [c for c in saved_checks if isinstance(c, dict) and c.get("status") == "fail"]
    else:
        failed = [c.to_dict() for c in result.checks() if c.failed]
    source = str(entry.get("input", answer))
    redacted = bool(entry.get("redacted"))
    key = answer.removesuffix(".json")
    picture = _saved_picture(folder / f"{key}.boxes.png")
    if picture is None and images is not None and (images / source).is_file():
        picture = _picture(result, images / source, redacted)
    return Record(
        id=(folder / answer).relative_to(root).as_posix(),
        input=source,
        answer=(folder / answer).relative_to(root).as_posix(),
        product=str(entry.get("product") or result.product.name),
        fields=fields_of(result, limit),
        failed_checks=failed,
        needs_review=bool(verdict.get("needs_review")),
        reasons=[str(r) for r in verdict.get("reasons") or []],
        image=picture,
    )
