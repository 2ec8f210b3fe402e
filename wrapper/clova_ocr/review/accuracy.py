"""Per-field accuracy from the corrections a review saved (``corrections.jsonl``).

A line says what was read and what the reviewer kept or typed for one field of one input;
a field is right when they are the same (spaces at the ends ignored). Fields are grouped by
their key without list positions, so ``subResults[0].items[2].name`` counts as
``subResults.items.name``, and General OCR's ``line 3`` as ``line``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

_POSITION = re.compile(r"\[\d+\]| \d+$")


@dataclass(frozen=True)
class FieldAccuracy:
    field: str
    reviewed: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.reviewed if self.reviewed else 0.0


def field_group(key: str) -> str:
    return _POSITION.sub("", key)


def accuracy(path: Path) -> list[FieldAccuracy]:
    """Accuracy per field group, most often wrong first; ``ValueError`` names a bad line."""
    reviewed: dict[str, int] = defaultdict(int)
    correct: dict[str, int] = defaultdict(int)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            key, read, corrected = entry["field"], entry["read"], entry["corrected"]
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a correction line ({exc})") from None
        group = field_group(str(key))
        reviewed[group] += 1
        correct[group] += str(read).strip() == str(corrected).strip()
    rows = [FieldAccuracy(k, reviewed[k], correct[k]) for k in reviewed]
    return sorted(rows, key=lambda r: (r.accuracy, r.field))


def report(rows: list[FieldAccuracy]) -> str:
    """A plain table, plus the total."""
    width = max([len(r.field) for r in rows] + [5])
    lines = [f"{'field':<{width}}  reviewed  correct  accuracy"]
    for r in rows:
        lines.append(f"{r.field:<{width}}  {r.reviewed:>8}  {r.correct:>7}  {r.accuracy:>8.1%}")
    total = sum(r.reviewed for r in rows)
    right = sum(r.correct for r in rows)
    overall = right / total if total else 0.0
    lines.append(f"{'all':<{width}}  {total:>8}  {right:>7}  {overall:>8.1%}")
    return "\n".join(lines)
