"""The SDK's costs, each as a ratio to a baseline measured in the same run (issue #9).

- ``call``: one ``general()`` call vs a raw ``httpx`` POST of the same JSON to the same
  loopback mock (goal ≤ 1.05×).
- ``parse``: the 533-field real answer into a result + ``.text`` + ``.lines`` vs
  ``json.loads`` of it (goal ≤ 3×).
- ``import``: ``python -c "import clova_ocr"`` vs ``python -c "import httpx"`` as whole
  processes (goal ≤ 1.5×).
- ``rss``: peak RSS growth of a process sending a 10 MB file through the JSON/base64 path,
  divided by the file size (goal ≤ 2.5×); the multipart path is reported alongside.
- ``async``: 200 ``AsyncClovaOCR.general()`` calls at concurrency 16 vs the same with a raw
  ``httpx.AsyncClient`` (goal ≤ 1.05×).

Timings come from interleaved rounds (baseline then SDK, SDK then baseline, …) so drift on a
busy machine and the cost of going second hit both sides alike; ``ratio`` is the median of
the per-round ratios, ``ratio_q1`` and ``ratio_q3`` their quartiles (the spread; see
``ratio_spread``).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

from .mockserver import mock_process

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample-receipt.png"
LARGE_ANSWER = ROOT / "tests" / "fixtures" / "reference" / "real" / "general-02.json"
SECRET = "bench-secret"
MB = 1024 * 1024

T = TypeVar("T")

#: Ratio each benchmark should stay under (the issue's goals).
GOALS = {"call": 1.05, "parse": 3.0, "import": 1.5, "rss": 2.5, "async": 1.05}


def _interleaved(
    baseline: Callable[[], Any], sdk: Callable[[], Any], rounds: int
) -> tuple[list[float], list[float]]:
    """Seconds of each function over ``rounds`` alternating runs (after a warm-up)."""
    baseline()
    sdk()
    base_samples: list[float] = []
    sdk_samples: list[float] = []
    for round_ in range(rounds):
        for func, samples in alternating(round_, (baseline, base_samples), (sdk, sdk_samples)):
            started = time.perf_counter()
            func()
            samples.append(time.perf_counter() - started)
    return base_samples, sdk_samples


def alternating(round_: int, first: T, second: T) -> tuple[T, T]:
    """The two sides of a round, the baseline first in even rounds and second in odd ones
    (A B, B A, …): whatever the order costs (warm caches, connections the other side just
    closed) falls on both sides alike."""
    return (first, second) if round_ % 2 == 0 else (second, first)


def _compare(
    base: list[float], ours: list[float], unit: float, names: tuple[str, str]
) -> dict[str, float]:
    """Medians of both sides (in ``unit``s) and the ratios.

    ``ratio`` is the median of the per-round ratios (SDK round ÷ the baseline round run just
    before it), so load from other processes, which drifts over seconds, cancels out;
    ``ratio_fastest`` compares the fastest rounds, as ``timeit`` advises.
    """
    return {
        names[0]: statistics.median(base) * unit,
        names[1]: statistics.median(ours) * unit,
        "ratio_fastest": min(ours) / min(base),
        **ratio_spread(base, ours),
    }


def ratio_spread(base: list[float], ours: list[float]) -> dict[str, float]:
    """The median of the per-round ratios (``ratio``) and their spread: the quartiles
    (``ratio_q1``, ``ratio_q3``; the extremes with fewer than 4 rounds) and ``rounds``."""
    ratios = sorted(o / b for o, b in zip(ours, base, strict=True))
    if len(ratios) >= 4:
        q1, _, q3 = statistics.quantiles(ratios, n=4)
    else:
        q1, q3 = ratios[0], ratios[-1]
    return {
        "ratio": statistics.median(ratios),
        "ratio_q1": q1,
        "ratio_q3": q3,
        "rounds": len(ratios),
    }


def _general_body(data: bytes) -> dict[str, Any]:
    return {
        "version": "V2",
        "requestId": "bench",
        "timestamp": 0,
        "images": [{"format": "png", "name": "bench", "data": base64.b64encode(data).decode()}],
    }


def bench_call(rounds: int = 60) -> dict[str, float]:
    """One ``general()`` vs a raw httpx POST + ``json()`` of the same body, same mock."""
    import httpx

    from clova_ocr import ClovaOCR

    data = SAMPLE.read_bytes()
    with (
        mock_process(SECRET) as invoke_url,
        httpx.Client() as raw,
        ClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr,
    ):

        def baseline() -> Any:
            body = _general_body(data)
            response = raw.post(
                f"{invoke_url}/general", json=body, headers={"X-OCR-SECRET": SECRET}
            )
            return response.json()

        def sdk() -> Any:
            return ocr.general(data).text

        base, ours = _interleaved(baseline, sdk, rounds)
    return _compare(base, ours, 1000, ("raw_httpx_ms", "sdk_ms"))


def _parse_answer(text: str) -> Any:
    """What a live call does with a 200 body: the result object, then ``.text``/``.lines``."""
    from clova_ocr import GeneralResult

    result = GeneralResult.from_json(text)
    return result.text, result.lines


def bench_parse(rounds: int = 40) -> dict[str, float]:
    """The 533-field real answer into a result + ``.text`` + ``.lines`` vs ``json.loads``."""
    text = LARGE_ANSWER.read_text(encoding="utf-8")
    base, ours = _interleaved(lambda: json.loads(text), lambda: _parse_answer(text), rounds)
    return {
        **_compare(base, ours, 1000, ("json_loads_ms", "sdk_parse_ms")),
        "fields": len(json.loads(text)["images"][0]["fields"]),
    }


def _process_seconds(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - started


def bench_import(rounds: int = 10) -> dict[str, float]:
    """``import clova_ocr`` vs ``import httpx``, each as a whole fresh interpreter."""
    base, ours = _interleaved(
        lambda: _process_seconds("import httpx"),
        lambda: _process_seconds("import clova_ocr"),
        rounds,
    )
    return _compare(base, ours, 1000, ("import_httpx_ms", "import_clova_ocr_ms"))


# ---------------------------------------------------------------------------------- memory


def _status_kib(field: str) -> int | None:
    """A ``VmRSS``/``VmHWM`` line of ``/proc/self/status`` in KiB (Linux), else ``None``."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def _reset_peak() -> bool:
    """Start a new peak-RSS window (Linux ≥ 4.0: writing 5 to clear_refs resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _peak_growth(action: Callable[[], Any]) -> int:
    """Bytes the peak RSS rose above the RSS before ``action`` while it ran.

    With a resettable peak (Linux) only the action's own peak counts; elsewhere the process's
    lifetime peak (``ru_maxrss``) is used, which can only overstate the growth.
    """
    if _reset_peak():
        before = _status_kib("VmRSS") or 0
        action()
        peak = _status_kib("VmHWM") or 0
    else:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        action()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return max(peak - before, 0) * 1024


def rss_child(path: str, upload: Literal["json", "multipart"]) -> None:
    """Run in a fresh process: send ``path`` once, print the peak RSS growth as JSON.

    The transport drains the request body in chunks and answers a canned 200, so only the
    SDK's own memory is measured (no server in the process). Growth is the peak RSS during
    the call minus the RSS just before it.
    """
    import httpx

    from clova_ocr import ClovaOCR

    answer = json.loads(
        (ROOT / "tests" / "fixtures" / "reference" / "real" / "general-04.json").read_text("utf-8")
    )
    sent = 0

    class Drain(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            nonlocal sent
            sent = 0
            for chunk in request.stream:  # type: ignore[union-attr]
                sent += len(chunk)
            return httpx.Response(200, json=answer)

    invoke_url = "http://127.0.0.1:9/custom/v1/1/" + "ab" * 32
    with ClovaOCR(
        invoke_url=invoke_url, secret=SECRET, max_retries=0, httpx_args={"transport": Drain()}
    ) as ocr:
        ocr.general(SAMPLE, upload=upload)  # warm-up: imports, pools, first allocations
        growth = _peak_growth(lambda: ocr.general(path, upload=upload))
    print(json.dumps({"growth": growth, "sent": sent}))


def _rss_growth(path: Path, upload: Literal["json", "multipart"]) -> dict[str, int]:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            f"from bench.sdk import rss_child; rss_child({str(path)!r}, {upload!r})",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    result: dict[str, int] = json.loads(out.strip().splitlines()[-1])
    return result


def bench_rss(size_mb: int = 10, rounds: int = 3) -> dict[str, float]:
    """Peak RSS growth for one ``size_mb`` file as JSON/base64 (and as multipart), ÷ file size.

    Median of ``rounds`` fresh processes: RSS is noisy when other processes press on memory.
    """
    with tempfile.TemporaryDirectory(prefix="clova-bench-") as tmp:
        path = Path(tmp) / "big.png"
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(size_mb * MB - 8))
        size = path.stat().st_size
        json_runs = [_rss_growth(path, "json") for _ in range(rounds)]
        as_json = statistics.median(run["growth"] for run in json_runs)
        as_multipart = statistics.median(
            _rss_growth(path, "multipart")["growth"] for _ in range(rounds)
        )
    return {
        "file_mb": size / MB,
        "json_body_mb": json_runs[0]["sent"] / MB,
        "json_growth_mb": as_json / MB,
        "multipart_growth_mb": as_multipart / MB,
        "multipart_ratio": as_multipart / size,
        "ratio": as_json / size,
    }


# ---------------------------------------------------------------------------------- async


async def _gather(calls: int, concurrency: int, one: Callable[[], Awaitable[Any]]) -> None:
    gate = asyncio.Semaphore(concurrency)

    async def bounded() -> None:
        async with gate:
            await one()

    await asyncio.gather(*(bounded() for _ in range(calls)))


def bench_async(calls: int = 200, concurrency: int = 16, rounds: int = 12) -> dict[str, float]:
    """``calls`` async ``general()`` at ``concurrency`` vs raw ``httpx.AsyncClient`` posts."""
    import httpx

    from clova_ocr import AsyncClovaOCR

    data = SAMPLE.read_bytes()
    limits = httpx.Limits(max_connections=concurrency)

    async def run(invoke_url: str) -> tuple[list[float], list[float]]:
        async with (
            httpx.AsyncClient(limits=limits) as raw,
            AsyncClovaOCR(
                invoke_url=invoke_url, secret=SECRET, httpx_args={"limits": limits}
            ) as ocr,
        ):

            async def baseline_one() -> Any:
                response = await raw.post(
                    f"{invoke_url}/general",
                    json=_general_body(data),
                    headers={"X-OCR-SECRET": SECRET},
                )
                return response.json()

            async def sdk_one() -> Any:
                return (await ocr.general(data)).text

            await _gather(concurrency, concurrency, baseline_one)  # warm-up both pools
            await _gather(concurrency, concurrency, sdk_one)
            base_samples: list[float] = []
            sdk_samples: list[float] = []
            for round_ in range(rounds):
                for one, samples in alternating(
                    round_, (baseline_one, base_samples), (sdk_one, sdk_samples)
                ):
                    started = time.perf_counter()
                    await _gather(calls, concurrency, one)
                    samples.append(time.perf_counter() - started)
            return base_samples, sdk_samples

    with mock_process(SECRET) as invoke_url:
        base, ours = asyncio.run(run(invoke_url))
    return {
        **_compare(base, ours, 1, ("raw_httpx_s", "sdk_s")),
        "calls": calls,
        "concurrency": concurrency,
    }


def run_all(quick: bool = False) -> dict[str, dict[str, float]]:
    """Every benchmark of the issue, keyed by its short name (``quick`` for smoke tests)."""
    if quick:
        return {
            "call": bench_call(rounds=1),
            "parse": bench_parse(rounds=1),
            "import": bench_import(rounds=1),
            "rss": bench_rss(size_mb=2, rounds=1),
            "async": bench_async(calls=16, concurrency=4, rounds=1),
        }
    return {
        "call": bench_call(),
        "parse": bench_parse(),
        "import": bench_import(),
        "rss": bench_rss(),
        "async": bench_async(),
    }


def report(quick: bool = False) -> dict[str, dict[str, Any]]:
    """Run everything, print one line per ratio against its goal, write ``bench/results/sdk.json``."""
    results: dict[str, dict[str, Any]] = {}
    for name, values in run_all(quick=quick).items():
        goal = GOALS[name]
        values = {**values, "goal": goal, "met": values["ratio"] <= goal}
        results[f"sdk.{name}"] = values
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / "sdk.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return results
