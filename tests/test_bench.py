"""The benchmarks still run (no timing is asserted: numbers are for `python -m bench`)."""

from __future__ import annotations

from bench.__main__ import bench_call_overhead, bench_memory, bench_parse


def test_benchmarks_run_and_report_ratios() -> None:
    for result in (bench_call_overhead(1), bench_parse(1), bench_memory()):
        assert result["ratio"] > 0
