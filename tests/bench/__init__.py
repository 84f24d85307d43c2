"""Benchmarks (not tests): `python -m tests.bench [--quick] [--json FILE]`.

Each `bench_<area>.py` module defines `benchmarks(quick: bool) -> list[dict]` returning rows made
by `tests.bench._util.row(...)`; it can also be run alone: `python -m tests.bench.bench_<area>`.
"""
