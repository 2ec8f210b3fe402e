"""Benchmarks: ``python -m bench`` (never run as timed tests)."""
