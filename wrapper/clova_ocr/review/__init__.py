"""``clova-ocr review``: an offline HTML page to check a batch's answers, and their accuracy.

``build(OUT)`` writes ``OUT/review.html`` from the batch output folder ``OUT`` (see
:mod:`.collect` for what it reads); ``accuracy(OUT/corrections.jsonl)`` scores the fields from
the corrections saved in the page.
"""

from __future__ import annotations

from pathlib import Path

from .._files import atomic_write
from .accuracy import FieldAccuracy, accuracy, report
from .collect import Record, collect
from .page import render

PAGE = "review.html"
CORRECTIONS = "corrections.jsonl"

__all__ = ["CORRECTIONS", "PAGE", "FieldAccuracy", "Record", "accuracy", "build", "report"]


def build(
    root: Path,
    *,
    output: Path | None = None,
    images: Path | None = None,
    threshold: float | None = None,
) -> tuple[Path, list[Record]]:
    """Write the review page of ``root``; returns its path and what it shows."""
    records = collect(root, images=images, threshold=threshold)
    target = output or root / PAGE
    atomic_write(target, render(records, root.name or str(root)).encode("utf-8"))
    return target, records
