"""Batch OCR benchmarks, as ratios measured in the same run (``python -m bench.batch``).

- throughput: N small images through ``AsyncClovaOCR.batch`` at concurrency 16 vs an
  ``asyncio.gather`` of raw ``httpx.AsyncClient`` posts of the same bodies under a
  semaphore of 16 (goal: ratio ≤ 1.05);
- rate limit: the mock limited to 20/s, ``rate_limit="20/s"``: RateLimitError items
  (goal 0) and throughput / 20 per second (goal ≥ 0.9);
- memory: peak RSS of a fresh process after 1,000 files vs after 100 (goal ≤ 1.2).

The mock runs in its own process (``clova-ocr mock serve``) on loopback, so the server's
work does not share the client's interpreter.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from PIL import Image

from clova_ocr import AsyncClovaOCR, ClovaOCR, RateLimitError

from .mockserver import mock_process
from .sdk import alternating, ratio_spread

SECRET = "bench-batch-secret"
CONCURRENCY = 16


def small_png(i: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (48 + i % 16, 32 + i % 8), "white").save(buffer, format="PNG")
    return buffer.getvalue()


async def _raw(invoke_url: str, images: list[bytes]) -> float:
    semaphore = asyncio.Semaphore(CONCURRENCY)
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
    async with httpx.AsyncClient(limits=limits, timeout=120) as http:

        async def post(i: int, data: bytes) -> Any:
            body = {
                "version": "V2",
                "requestId": f"bench-{i}",
                "timestamp": int(time.time() * 1000),
                "images": [
                    {"format": "png", "name": "image", "data": base64.b64encode(data).decode()}
                ],
            }
            async with semaphore:
                response = await http.post(
                    f"{invoke_url}/general", json=body, headers={"X-OCR-SECRET": SECRET}
                )
                # Parse, then keep only the verdict: the batch keeps no answers either.
                return response.json()["images"][0]["inferResult"]

        started = time.perf_counter()
        answers = await asyncio.gather(*(post(i, d) for i, d in enumerate(images)))
        elapsed = time.perf_counter() - started
    assert all(answer == "SUCCESS" for answer in answers)
    return elapsed


async def _sdk(invoke_url: str, images: list[bytes]) -> float:
    async with AsyncClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr:
        started = time.perf_counter()
        ok = 0
        async for item in ocr.batch(images, concurrency=CONCURRENCY):
            ok += item.ok
        elapsed = time.perf_counter() - started
    assert ok == len(images)
    return elapsed


def bench_throughput(count: int = 1000, rounds: int = 8) -> dict[str, float]:
    """Interleaved rounds (raw then SDK, SDK then raw, …): the median of the per-round
    ratios, with the quartiles as the spread, so load from other processes and the cost of
    going second hit both sides alike."""
    images = [small_png(i) for i in range(count)]
    raw_times, sdk_times = [], []
    with mock_process(SECRET) as invoke_url:
        asyncio.run(_raw(invoke_url, images[:50]))  # warm up both paths
        asyncio.run(_sdk(invoke_url, images[:50]))
        for round_ in range(rounds):
            for run, times in alternating(round_, (_raw, raw_times), (_sdk, sdk_times)):
                times.append(asyncio.run(run(invoke_url, images)))
    raw, sdk = statistics.median(raw_times), statistics.median(sdk_times)
    return {
        "images": count,
        "raw_gather_s": raw,
        "sdk_batch_s": sdk,
        "raw_per_s": count / raw,
        "sdk_per_s": count / sdk,
        **ratio_spread(raw_times, sdk_times),
    }


def bench_rate_limit(count: int = 100, rate: float = 20.0) -> dict[str, float]:
    images = [small_png(i) for i in range(count)]
    with (
        mock_process(SECRET, "--rate-limit", f"{rate:g}/s") as invoke_url,
        ClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr,
    ):
        ocr.general(images[0])  # the mock's first answer loads its schema: not the steady state
        time.sleep(1.1)
        started = time.perf_counter()
        items = list(ocr.batch(images, concurrency=CONCURRENCY, rate_limit=f"{rate:g}/s"))
        elapsed = time.perf_counter() - started
    limited = sum(isinstance(item.error, RateLimitError) for item in items)
    failed = sum(not item.ok for item in items)
    retried = sum(item.attempts - 1 for item in items)
    return {
        "images": count,
        "rate_limit_error_items": limited,
        "failed_items": failed,
        "retried_attempts": retried,
        "per_s": count / elapsed,
        "ratio": count / elapsed / rate,
    }


def _memory_probe(invoke_url: str, folder: str) -> None:
    """Child process: batch every file of ``folder``; print peak RSS after 100 and at the end."""
    paths = sorted(str(p) for p in Path(folder).iterdir())
    peaks: dict[str, int] = {}

    async def main() -> None:
        async with AsyncClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr:
            done = 0
            async for item in ocr.batch(iter(paths), concurrency=CONCURRENCY):
                assert item.ok, item.error
                done += 1
                if done in (100, len(paths)):
                    peaks[str(done)] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    asyncio.run(main())
    print(json.dumps(peaks))


def bench_memory(count: int = 1000) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder, mock_process(SECRET) as invoke_url:
        for i in range(count):
            Path(folder, f"img{i:05d}.png").write_bytes(small_png(i))
        output = subprocess.run(
            [sys.executable, "-m", "bench.batch", "--memory-probe", invoke_url, folder],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parent.parent,
            env={**os.environ},
        ).stdout
    peaks = json.loads(output.strip().splitlines()[-1])
    after_100, after_all = peaks["100"], peaks[str(count)]
    return {
        "files": count,
        "peak_rss_after_100_mib": after_100 / 1024,
        f"peak_rss_after_{count}_mib": after_all / 1024,
        "ratio": after_all / after_100,
    }


def run(count: int = 1000) -> dict[str, dict[str, float]]:
    """Every batch benchmark; keys name what each ratio compares."""
    return {
        f"batch throughput (ocr.batch / raw httpx gather, {count} images, concurrency 16)": (
            bench_throughput(count)
        ),
        "batch rate limit (mock 20/s, rate_limit='20/s'; ratio = throughput / 20)": (
            bench_rate_limit()
        ),
        f"batch memory (peak RSS after {count} files / after 100)": bench_memory(count),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.batch", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--images", type=int, default=1000)
    parser.add_argument(
        "--memory-probe", nargs=2, metavar=("URL", "FOLDER"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.memory_probe:
        _memory_probe(*args.memory_probe)
        return
    for name, values in run(args.images).items():
        shown = ", ".join(
            f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items()
        )
        print(f"{name}: {shown}")


if __name__ == "__main__":
    main()
