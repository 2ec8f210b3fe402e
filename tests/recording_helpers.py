"""Build a recording folder (INTERFACES.md B: what the batch command writes with ``--out``).

``record`` stands in for ``clova-ocr <product> INPUTS --out DIR``: it sends each input through
the SDK and writes ``DIR/<input>.json`` plus one ``index.jsonl`` line per answer, in the batch
writer's format. Once the batch command is on this branch, a round trip can call it instead
(same arguments: a client's Invoke URL/secret, inputs, a folder) and every replay test keeps
working unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clova_ocr import ClovaOCR
from clova_ocr_mock import PageImage, RecognizedLine, RecognizedWord


@dataclass(frozen=True)
class Input:
    path: str  #: relative input path, as the batch command names it
    product: str  #: registry name: general, template, receipt, id_card…
    data: bytes


def call(client: ClovaOCR, item: Input) -> dict[str, Any]:
    """The service's raw answer for one input."""
    name = Path(item.path).name
    result = client.recognize(item.product, item.data, name=name, raise_on_failure=False)
    raw: dict[str, Any] = result.raw
    return raw


def index_line(item: Input, answer: str, body: dict[str, Any]) -> dict[str, Any]:
    images = body.get("images") or [{}]
    return {
        "input": item.path,
        "answer": answer,
        "sha256": hashlib.sha256(item.data).hexdigest(),
        "product": item.product,
        "inferResult": images[0].get("inferResult"),
        "bytes": len(item.data),
    }


def record(client: ClovaOCR, inputs: Iterable[Input], out: Path) -> Path:
    """Send every input and write its answer and index line under ``out``; returns ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "index.jsonl").open("a", encoding="utf-8") as index:
        for item in inputs:
            body = call(client, item)
            answer = f"{item.path}.json"
            target = out / answer
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(target.name + ".tmp")
            temporary.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, target)
            index.write(json.dumps(index_line(item, answer, body)) + "\n")
            index.flush()
    return out


class FixedTextRecognizer:
    """Answers one word, everywhere: tells a live (fallback) answer from a recorded one."""

    def __init__(self, text: str) -> None:
        self.text = text

    def recognize(self, data: bytes, page: PageImage, *, lang: str | None) -> list[RecognizedLine]:
        box = (1.0, 1.0, min(page.width, 60.0), min(page.height, 20.0))
        return [RecognizedLine((RecognizedWord(self.text, box, 0.99),))]
