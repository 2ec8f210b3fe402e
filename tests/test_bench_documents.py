"""bench/documents.py still runs (its figures are for `python -m bench`; no timing asserted)."""

from __future__ import annotations

from bench.documents import bench_export, bench_long_pdf


def test_documents_benchmarks_run_and_report_figures() -> None:
    pdf = bench_long_pdf(pages=24, rounds=1)
    assert pdf["calls"] == pdf["calls_goal"] == 3  # 24 pages at 10 per call
    assert pdf["ratio"] > 0 and pdf["peak_rss_mib"] > 0
    exported = bench_export(count=30)
    assert exported["answers"] == 30 and exported["ratio"] > 0
