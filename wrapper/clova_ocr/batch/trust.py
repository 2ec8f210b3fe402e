"""What a batch records about each answer's trustworthiness, and what it redacts.

``--checks`` appends each answer's :meth:`~clova_ocr.OCRResult.checks` to ``checks.jsonl``;
``--review-below T`` appends to ``review.jsonl`` whether the answer needs review under a
:class:`~clova_ocr.ReviewPolicy` with threshold ``T``, and why; ``--redact KINDS`` replaces the
answer by its :meth:`~clova_ocr.OCRResult.redacted` copy before anything is written. Checks
and review read the answer as the service sent it (a masked number cannot be checked); what
they write names fields and checks, never values, and goes through the folder's scrubber.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..confidence import ReviewPolicy
from ..redaction import RedactionPolicy
from ..results import OCRResult
from .folder import CHECKS, REVIEW, OutputFolder
from .inputs import Source


@dataclass(frozen=True)
class Trust:
    """The batch's ``--checks``, ``--review-below`` and ``--redact``."""

    checks: bool = False
    review: ReviewPolicy | None = None
    redact: RedactionPolicy | None = None

    @classmethod
    def from_options(cls, *, checks: bool, review_below: float | None, redact: str | None) -> Trust:
        """``ValueError`` names an unknown ``--redact`` kind."""
        return cls(
            checks=checks,
            review=ReviewPolicy(threshold=review_below) if review_below is not None else None,
            redact=RedactionPolicy.parse(redact) if redact is not None else None,
        )

    def record(self, out: OutputFolder, source: Source, result: OCRResult[Any]) -> OCRResult[Any]:
        """Write the checks/review lines of ``result``; return what may be saved of it."""
        if self.checks:
            out.write_line(CHECKS, source, {"checks": [c.to_dict() for c in result.checks()]})
        if self.review is not None:
            out.write_line(REVIEW, source, result.review(self.review).to_dict())
        return self.saved(result)

    def saved(self, result: OCRResult[Any]) -> OCRResult[Any]:
        """``result`` as it may reach the disk or the terminal: redacted under ``--redact``."""
        return result.redacted(self.redact) if self.redact is not None else result
