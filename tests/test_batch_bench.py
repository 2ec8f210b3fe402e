"""bench/batch.py still runs (its numbers are for `python -m bench.batch`; none asserted)."""

from __future__ import annotations

from bench.batch import bench_memory, bench_rate_limit, bench_throughput


def test_batch_benchmarks_run_and_report_ratios() -> None:
    assert bench_throughput(count=20, rounds=1)["ratio"] > 0
    limited = bench_rate_limit(count=10)
    assert limited["failed_items"] == 0 and limited["ratio"] > 0
    assert bench_memory(count=120)["ratio"] > 0
