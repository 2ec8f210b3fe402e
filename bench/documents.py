"""Documents in, data out (issue 18), as figures measured in the same run.

- a 200-page PDF through ``ocr.general()`` against the mock: calls made (goal: pages ÷ 10),
  wall time vs cutting the PDF into 10-page parts by hand and sending them with the SDK at
  the same concurrency (goal: ratio ≤ 1.1), and the peak RSS of a fresh process doing it
  (goal ≤ 150 MiB: parts are cut as they are sent, never all at once);
- ``export_folder()`` of 10,000 answers to CSV: seconds (goal ≤ 10 s), and the ratio to
  only reading the same answers with ``json.loads`` (the least any exporter does).

The mock runs in its own process, as in ``bench/batch.py``.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from PIL import Image
from pypdf import PdfReader, PdfWriter

from clova_ocr import ClovaOCR
from clova_ocr._options import DEFAULT_BATCH_CONCURRENCY
from clova_ocr.export import export_folder

from .mockserver import mock_process

SECRET = "bench-documents-secret"
ROOT = Path(__file__).resolve().parent.parent
PER_CALL = 10


def make_pdf(pages: int) -> bytes:
    """A PDF of ``pages`` A4 pages at 150 dpi, each a scanned-looking image (one page image
    made with Pillow, repeated by pypdf: this process stays small)."""
    page = io.BytesIO()
    Image.new("L", (1240, 1754), 250).save(page, "PDF", resolution=150)
    source = PdfReader(page)
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_page(source.pages[0])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _client(invoke_url: str, calls: list[int]) -> ClovaOCR:
    def count(request: httpx.Request) -> None:
        calls.append(1)

    return ClovaOCR(
        invoke_url=invoke_url, secret=SECRET, httpx_args={"event_hooks": {"request": [count]}}
    )


def _by_hand(ocr: ClovaOCR, path: Path) -> int:
    """What a user writes without the SDK's splitting: cut with pypdf, send each part."""
    reader = PdfReader(path)

    def part(start: int) -> bytes:
        writer = PdfWriter()
        for index in range(start, min(start + PER_CALL, len(reader.pages))):
            writer.add_page(reader.pages[index])
        buffer = io.BytesIO()
        writer.write(buffer)
        return buffer.getvalue()

    with ThreadPoolExecutor(DEFAULT_BATCH_CONCURRENCY) as pool:
        results = list(
            pool.map(lambda s: ocr.general(part(s)), range(0, len(reader.pages), PER_CALL))
        )
    return sum(len(r.pages) for r in results)


def bench_long_pdf(pages: int = 200, rounds: int = 3) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder, mock_process(SECRET) as invoke_url:
        path = Path(folder, "long.pdf")
        path.write_bytes(make_pdf(pages))
        calls: list[int] = []
        with _client(invoke_url, calls) as ocr:
            ocr.general(path)  # warm-up: connections, imports
            sdk_times, hand_times = [], []
            for _ in range(rounds):
                calls.clear()
                started = time.perf_counter()
                result = ocr.general(path)
                sdk_times.append(time.perf_counter() - started)
                sdk_calls = len(calls)
                assert [p.index for p in result.pages] == list(range(pages))
                started = time.perf_counter()
                assert _by_hand(ocr, path) == pages
                hand_times.append(time.perf_counter() - started)
        rss = _rss_of_a_fresh_process(invoke_url, path)
    sdk, hand = min(sdk_times), min(hand_times)
    return {
        "pages": pages,
        "calls": sdk_calls,
        "calls_goal": math.ceil(pages / PER_CALL),
        "sdk_s": sdk,
        "by_hand_s": hand,
        "ratio": sdk / hand,
        "peak_rss_mib": rss,
    }


def _peak_rss_mib() -> float:
    """This process's peak RSS. ``VmHWM`` rather than ``ru_maxrss``, which Linux carries over
    from the parent across fork and exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_probe(invoke_url: str, path: str) -> None:
    """Child process: OCR the PDF once; print the peak RSS (MiB)."""
    with ClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr:
        ocr.general(path)
    print(_peak_rss_mib())


def _rss_of_a_fresh_process(invoke_url: str, path: Path) -> float:
    output = subprocess.run(
        [sys.executable, "-m", "bench.documents", "--rss-probe", invoke_url, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ},
    ).stdout
    return float(output.strip().splitlines()[-1])


def _receipt_answer() -> str:
    """One receipt answer as the mock gives it (store, payment, items, totals)."""
    from clova_ocr_mock.testing import ClovaOCRMock

    buffer = io.BytesIO()
    Image.new("RGB", (600, 900), "white").save(buffer, "PNG")
    with ClovaOCRMock() as mock, mock.client() as ocr:
        return ocr.document.receipt(buffer.getvalue()).to_json()


def _answers_folder(folder: Path, count: int) -> None:
    """A batch output folder of ``count`` receipt answers (and its index)."""
    text = _receipt_answer()
    lines = []
    for i in range(count):
        (folder / f"r{i:05d}.jpg.json").write_text(text, encoding="utf-8")
        lines.append(json.dumps({"input": f"r{i:05d}.jpg", "answer": f"r{i:05d}.jpg.json"}) + "\n")
    (folder / "index.jsonl").write_text("".join(lines), encoding="utf-8")


def bench_export(count: int = 10_000) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp())
    try:
        _answers_folder(folder, count)
        started = time.perf_counter()
        for path in folder.glob("*.json"):
            json.loads(path.read_bytes())
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        export_folder(folder, folder / "out.csv")
        seconds = time.perf_counter() - started
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "answers": count,
        "export_s": seconds,
        "json_loads_s": baseline,
        "ratio": seconds / baseline,
    }


def run(pages: int = 200, answers: int = 10_000) -> dict[str, dict[str, Any]]:
    """Every documents benchmark; keys name what each figure compares."""
    return {
        f"long pdf ({pages} pages, general(); ratio = sdk / cut and sent by hand)": (
            bench_long_pdf(pages)
        ),
        f"export ({answers} answers to CSV; ratio = export / json.loads of each)": (
            bench_export(answers)
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.documents", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--answers", type=int, default=10_000)
    parser.add_argument("--rss-probe", nargs=2, metavar=("URL", "PDF"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_probe:
        _rss_probe(*args.rss_probe)
        return
    for name, values in run(args.pages, args.answers).items():
        shown = ", ".join(
            f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items()
        )
        print(f"{name}: {shown}")


if __name__ == "__main__":
    main()
