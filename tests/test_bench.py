"""The benchmarks still run (no timing is asserted: numbers are for `python -m bench`)."""

from __future__ import annotations

from bench.__main__ import bench_call_overhead, bench_memory, bench_parse
from bench.sdk import GOALS, run_all


def test_benchmarks_run_and_report_ratios() -> None:
    for result in (bench_call_overhead(1), bench_parse(1), bench_memory()):
        assert result["ratio"] > 0


def test_issue_9_benchmarks_report_every_ratio() -> None:
    results = run_all(quick=True)
    assert set(results) == set(GOALS)
    assert all(values["ratio"] > 0 for name, values in results.items() if name != "rss")
    assert results["rss"]["ratio"] >= 0  # streaming may stay under the warm-up peak


def test_ratios_are_medians_of_interleaved_rounds_with_their_spread() -> None:
    from bench.sdk import ratio_spread

    values = ratio_spread([1.0, 2.0, 1.0, 1.0, 1.0], [1.0, 2.2, 1.2, 1.3, 5.0])
    assert values["ratio"] == 1.2  # per round: 1.0, 1.1, 1.2, 1.3, 5.0
    assert values["ratio_q1"] < 1.2 < values["ratio_q3"] and values["rounds"] == 5
    few = ratio_spread([1.0, 1.0], [0.9, 1.5])
    assert (few["ratio_q1"], few["ratio_q3"]) == (0.9, 1.5)


def test_rounds_alternate_which_side_goes_first() -> None:
    from bench.sdk import _interleaved

    order: list[str] = []
    _interleaved(lambda: order.append("base"), lambda: order.append("sdk"), 3)
    assert order[2:] == ["base", "sdk", "sdk", "base", "base", "sdk"]  # after the warm-up
