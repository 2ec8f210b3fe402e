"""The mock's OCR engine (``--recognizer tesseract``), measured on pages rendered here.

    python -m bench --engine        (or: python -m bench.engine)

- CER per font: character error rate (Levenshtein distance / reference length, spaces
  ignored) of clean rendered lines, English (DejaVu) and Korean (Nanum) at 150 dpi sizes.
- Table cells: share of cells of ruled tables found at the right row/column with their text.
- Receipt corpus: 60 receipts rendered by ``tests/receipt_corpus.py`` (seeded: fonts, sizes
  15-26 px, thermal look, noise, ±1.5° rotation, long receipts; the truth beside each) read
  as Document OCR receipts (``engine/receipts.py``): store name exact %, date %, total %,
  items (name and price) %, median seconds per receipt with Tesseract on one thread.
  ``python -m bench.engine --corpus DIR`` writes the corpus (PNG + JSON truth) to look at.
- Latency: one A4 page at 150 dpi through the mock, seconds and the ratio to the synthetic
  recognizer on the same page in the same run.
- Liveness: a request answered while a page is being read (seconds, ratio to idle).
"""

from __future__ import annotations

import os
import statistics
import threading
import time
from typing import Any

import httpx
from PIL import Image

from clova_ocr_mock import MockSettings, SyntheticRecognizer, running
from clova_ocr_mock.engine import TesseractRecognizer
from tests import engine_pages as pages
from tests import receipt_corpus as corpus
from tests.mock_helpers import json_body

SECRET = "bench"
SIZES = (20, 24, 28)  # pixel sizes of 10-14 pt text at 150 dpi
MORE_KOREAN = (  # beyond the tests' lines: more syllables, a sentence, mixed digits
    "경기도 성남시 분당구 정자일로 95",
    "한글은 세종대왕이 만든 소리글자이다",
    "영수증 합계 금액은 12,800원입니다",
    "주식회사 모의상사 대표이사 홍길동",
)
MORE_ENGLISH = ("The quick brown fox jumps over the lazy dog", "Receipt No. 0042 / 3 items")


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def cer_per_font(engine: TesseractRecognizer) -> dict[str, float]:
    results = {}
    for font_name in pages.FONTS:
        korean = font_name.startswith("Nanum")
        lines = pages.KOREAN + MORE_KOREAN if korean else pages.ENGLISH + MORE_ENGLISH
        errors = total = 0
        for size in SIZES:
            image, _ = pages.text_page(lines, font_name, size)
            read = engine.read_image(image, lang="ko" if korean else "en")
            hypothesis = "".join(w.text for line in read for w in line.words)
            reference = "".join(lines).replace(" ", "")
            errors += _distance(reference, hypothesis)
            total += len(reference)
        results[f"{'ko' if korean else 'en'}:{font_name}"] = round(errors / total, 4)
    return results


def table_cells(engine: TesseractRecognizer) -> dict[str, float]:
    right = total = 0
    tables = [
        [
            ["Fruit prices"],
            ["Apple", "1,500", "kg"],
            ["Pear", "2,300", "box"],
            ["Plum", "900", "ea"],
        ],
        [["Team"], ["Kim", "Seoul", "42"], ["Lee", "Busan", "37"]],
    ]
    for rows in tables:
        image = pages.ruled_table(rows)
        lines = engine.read_image(image, lang="en")
        (table,) = engine_tables(image, lines)
        found = {
            (c.row, c.column): " ".join(w.text for ln in c.lines for w in ln) for c in table.cells
        }
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                total += 1
                right += found.get((r, c)) == text
    return {"cells": total, "right": right, "share": round(right / total, 4)}


def _store(result: dict[str, Any]) -> str:
    """The store as printed: name, then branch (``subName``) when the rules split one off."""
    info = result.get("storeInfo", {})
    parts = [info.get(key, {}).get("text", "") for key in ("name", "subName")]
    return " ".join(part for part in parts if part)


def _items(result: dict[str, Any]) -> set[tuple[str, str]]:
    found = set()
    for group in result.get("subResults", []):
        for item in group.get("items", []):
            name = item.get("name", {}).get("text", "")
            price = item.get("price", {}).get("price", {}).get("formatted", {}).get("value", "")
            found.add((name, price))
    return found


def score_receipt(sample: corpus.Sample, result: dict[str, Any]) -> dict[str, float]:
    """Right (1) or wrong (0) per field, and the share of items read (name and price)."""
    truth = sample.truth
    year, month, day = truth.date
    date = result.get("paymentInfo", {}).get("date", {}).get("formatted", {})
    total = result.get("totalPrice", {}).get("price", {}).get("formatted", {})
    expected = {(item.name, str(item.price)) for item in truth.items}
    items = _items(result)
    return {
        "store": float(_store(result) == truth.store),
        "date": float(date == {"year": str(year), "month": f"{month:02d}", "day": f"{day:02d}"}),
        "total": float(total == {"value": str(truth.total)}),
        "items": len(expected & items) / len(expected),
    }


def receipts(engine: TesseractRecognizer, count: int = 60) -> dict[str, Any]:
    """The receipt corpus (``tests/receipt_corpus.py``) through the engine and the rules.

    Seconds per receipt are measured with Tesseract on one thread (``OMP_THREAD_LIMIT=1``
    is set by :func:`results`), reading and rules together.
    """
    from clova_ocr_mock import PageImage
    from clova_ocr_mock.engine.documents import read_document

    scores: dict[str, list[float]] = {"store": [], "date": [], "total": [], "items": []}
    seconds = []
    misses: list[str] = []
    for number, sample in enumerate(corpus.receipts(count), 1):
        image = sample.image
        began = time.perf_counter()
        lines = engine.read_image(image, lang="ko")
        result = read_document("receipt", lines, PageImage(image.width, image.height, 0))
        seconds.append(time.perf_counter() - began)
        for key, right in score_receipt(sample, result).items():
            scores[key].append(right)
            if right < 1 and key != "items":
                misses.append(f"{number:04d}:{key}")
    shares = {key: round(100 * statistics.mean(values), 1) for key, values in scores.items()}
    return {
        "receipts": count,
        "store_exact_pct": shares["store"],
        "date_pct": shares["date"],
        "total_pct": shares["total"],
        "items_pct": shares["items"],
        "median_s": round(statistics.median(seconds), 3),
        "misses": " ".join(misses[:20]),
    }


def engine_tables(image: Image.Image, lines: Any) -> Any:
    from clova_ocr_mock.engine.tables import find_tables

    return find_tables(image, lines)


def _a4() -> bytes:
    lines = tuple((pages.ENGLISH + pages.KOREAN) * 6)
    image, _ = pages.text_page(lines, "NanumGothic", 22, width=1240)
    page = Image.new("RGB", (1240, 1754), "white")
    page.paste(image, (0, 0))
    return pages.encode(page)


def latency_and_liveness(rounds: int = 3) -> dict[str, float]:
    payload = json_body(_a4())
    headers = {"X-OCR-SECRET": SECRET}
    timings: dict[str, float] = {}
    for name, recognizer in (
        ("synthetic", SyntheticRecognizer()),
        ("tesseract", TesseractRecognizer()),
    ):
        with running(MockSettings(secret=SECRET, recognizer=recognizer)) as url:
            httpx.post(f"{url}/general", json=payload, headers=headers, timeout=60)  # warm-up
            samples = []
            for _ in range(rounds):
                began = time.perf_counter()
                httpx.post(f"{url}/general", json=payload, headers=headers, timeout=60)
                samples.append(time.perf_counter() - began)
            timings[name] = statistics.median(samples)
            if name == "tesseract":
                idle = _quick(url)
                reader = threading.Thread(
                    target=httpx.post,
                    args=(f"{url}/general",),
                    kwargs={"json": payload, "headers": headers, "timeout": 60},
                )
                reader.start()
                time.sleep(0.2)
                busy = _quick(url)
                reader.join()
                timings["other_request_idle_s"] = idle
                timings["other_request_while_reading_s"] = busy
    return {
        "a4_tesseract_s": round(timings["tesseract"], 3),
        "a4_synthetic_s": round(timings["synthetic"], 3),
        "ratio": round(timings["tesseract"] / timings["synthetic"], 1),
        "other_request_idle_s": round(timings["other_request_idle_s"], 4),
        "other_request_while_reading_s": round(timings["other_request_while_reading_s"], 4),
    }


def _quick(url: str) -> float:
    began = time.perf_counter()
    httpx.post(f"{url}/general", json={}, headers={"X-OCR-SECRET": "wrong"}, timeout=30)
    return time.perf_counter() - began


def results() -> dict[str, dict[str, Any]]:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract on one core, as the goals say
    engine = TesseractRecognizer()
    return {
        "engine CER per font (target en<=0.03, ko<=0.05)": cer_per_font(engine),
        "engine table cells (target share>=0.95)": table_cells(engine),
        "engine receipt corpus (goals: store>=90, date>=95, total>=95, items>=85 %, "
        "median<=1 s on one core)": receipts(engine),
        "engine A4 150 dpi latency (target <=2 s; ratio to synthetic)": latency_and_liveness(),
    }


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--corpus"] and len(sys.argv) == 3:
        written = corpus.write(sys.argv[2])
        print(f"{len(written)} receipts (PNG + JSON truth) written to {sys.argv[2]}")
        raise SystemExit(0)
    for name, values in results().items():
        print(f"{name}: {values}")
