"""Shared measuring helpers for the benchmarks: medians over repeats, peak RSS, one row format."""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from collections.abc import Callable


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (MB)."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def measure(fn: Callable[[], object], repeat: int = 5, setup: Callable[[], object] | None = None) -> list[float]:
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def row(figure: str, times: list[float], *, target_s: float | None = None,
        floor_times: list[float] | None = None, target_ratio: float | None = None,
        peak_mb: float | None = None, target_mb: float | None = None, note: str = "") -> dict:
    """One result row; `ok` is False when a target (seconds, ratio to floor, memory) is missed."""
    median = statistics.median(times)
    floor = statistics.median(floor_times) if floor_times else None
    ratio = (median / floor) if floor else None
    ok = True
    if target_s is not None and median > target_s:
        ok = False
    if target_ratio is not None and ratio is not None and ratio > target_ratio:
        ok = False
    if target_mb is not None and peak_mb is not None and peak_mb > target_mb:
        ok = False
    return {"figure": figure, "median_s": median, "min_s": min(times), "max_s": max(times),
            "floor_s": floor, "ratio": ratio, "target_s": target_s, "target_ratio": target_ratio,
            "peak_mb": peak_mb, "target_mb": target_mb, "ok": ok, "note": note}


def print_rows(rows: list[dict]) -> None:
    print(f"{'figure':58} {'median':>9} {'min':>9} {'max':>9} {'floor':>9} {'ratio':>6} {'target':>10} ok")
    for r in rows:
        tgt = (f"{r['target_s']:.3f}s" if r["target_s"] is not None else
               f"×{r['target_ratio']}" if r["target_ratio"] else
               f"{r['target_mb']}MB" if r["target_mb"] else "")
        fl = f"{r['floor_s']:.3f}" if r["floor_s"] is not None else ""
        ra = f"{r['ratio']:.2f}" if r["ratio"] is not None else ""
        print(f"{r['figure'][:58]:58} {r['median_s']:9.4f} {r['min_s']:9.4f} {r['max_s']:9.4f} "
              f"{fl:>9} {ra:>6} {tgt:>10} {'✓' if r['ok'] else '✗'}")


def main_for(benchmarks: Callable[[bool], list[dict]]) -> int:
    quick = "--quick" in sys.argv
    rows = benchmarks(quick)
    print_rows(rows)
    if "--json" in sys.argv:
        path = sys.argv[sys.argv.index("--json") + 1]
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, ensure_ascii=False, indent=2)
    return 0 if all(r["ok"] for r in rows) else 1
