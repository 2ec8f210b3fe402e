"""Benchmarks of the SDK against baselines run in the same process.

    python -m bench [--rounds N]

Each number is a ratio to a baseline measured alongside it, so results compare across
machines: the SDK's general() call vs a raw httpx POST of the same JSON to the same mock
(overhead of building, auth, parsing and result objects), the SDK's parse of a large real
answer vs json.loads of it, and the memory a parsed result keeps vs the raw dict.
Results are printed and written to bench/results/latest.json.
"""

from __future__ import annotations

import argparse
import base64
import gc
import json
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from clova_ocr import ClovaOCR, GeneralResult
from clova_ocr_mock import running

from .batch import run as batch_benchmarks
from .documents import run as documents_benchmarks
from .sdk import report as sdk_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample-receipt.png"
LARGE_ANSWER = ROOT / "tests" / "fixtures" / "reference" / "real" / "general-02.json"
SECRET = "bench-secret"


def _timed(func: Callable[[], Any], rounds: int) -> float:
    """Median seconds of ``func`` over ``rounds`` runs (after one warm-up)."""
    func()
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        func()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _peak_bytes(func: Callable[[], Any]) -> tuple[int, Any]:
    gc.collect()
    tracemalloc.start()
    value = func()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, value


def bench_call_overhead(rounds: int) -> dict[str, float]:
    data = SAMPLE.read_bytes()
    with (
        running(secret=SECRET) as invoke_url,
        httpx.Client() as raw,
        ClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr,
    ):
        body = {
            "version": "V2",
            "requestId": "bench",
            "timestamp": 0,
            "images": [{"format": "png", "name": "bench", "data": base64.b64encode(data).decode()}],
        }

        def baseline() -> Any:
            response = raw.post(
                f"{invoke_url}/general", json=body, headers={"X-OCR-SECRET": SECRET}
            )
            return response.json()

        def sdk() -> Any:
            return ocr.general(data).text

        base, ours = _timed(baseline, rounds), _timed(sdk, rounds)
    return {"raw_httpx_ms": base * 1000, "sdk_ms": ours * 1000, "ratio": ours / base}


def bench_parse(rounds: int) -> dict[str, float]:
    text = LARGE_ANSWER.read_text(encoding="utf-8")

    def baseline() -> Any:
        return json.loads(text)

    def sdk() -> Any:
        raw = json.loads(text)
        result = GeneralResult(raw=raw)
        return result.text, result.lines

    base, ours = _timed(baseline, rounds), _timed(sdk, rounds)
    return {
        "json_loads_ms": base * 1000,
        "sdk_parse_ms": ours * 1000,
        "ratio": ours / base,
        "fields": len(json.loads(text)["images"][0]["fields"]),
    }


def bench_memory() -> dict[str, float]:
    text = LARGE_ANSWER.read_text(encoding="utf-8")
    raw_peak, _ = _peak_bytes(lambda: json.loads(text))

    def parsed() -> Any:
        raw = json.loads(text)
        result = GeneralResult(raw=raw)
        _ = result.lines
        return result

    sdk_peak, _ = _peak_bytes(parsed)
    return {
        "json_peak_kib": raw_peak / 1024,
        "sdk_peak_kib": sdk_peak / 1024,
        "ratio": sdk_peak / raw_peak,
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rounds", type=int, default=30, help="timed runs per measurement (median)"
    )
    parser.add_argument("--engine", action="store_true", help="also bench the OCR engine")
    parser.add_argument("--quick", action="store_true", help="one round each (smoke test)")
    args = parser.parse_args()
    results: dict[str, dict[str, Any]] = {
        "call_overhead (sdk general() / raw httpx POST)": bench_call_overhead(args.rounds),
        "parse (sdk model+result / json.loads)": bench_parse(args.rounds),
        "memory (sdk / json.loads peak)": bench_memory(),
        **batch_benchmarks(),  # bench/batch.py: ocr.batch throughput, rate limit, memory
    }
    results.update(sdk_report(quick=args.quick))  # issue #9: bench/sdk.py
    # issue 18: long PDF split and merged, export to CSV (bench/documents.py)
    results.update(documents_benchmarks(*((24, 200) if args.quick else ())))
    if args.engine:  # issue 12: the mock's Tesseract engine (needs the engine extra)
        from bench import engine

        results.update(engine.results())
    for name, values in results.items():
        shown = ", ".join(
            f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items()
        )
        print(f"{name}: {shown}")
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
