"""Shared measuring helpers for the benchmarks: medians over repeats, peak RSS, one row format."""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path


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


def row(
    figure: str,
    times: list[float],
    *,
    target_s: float | None = None,
    floor_times: list[float] | None = None,
    target_ratio: float | None = None,
    peak_mb: float | None = None,
    target_mb: float | None = None,
    note: str = "",
) -> dict:
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
    return {
        "figure": figure,
        "median_s": median,
        "min_s": min(times),
        "max_s": max(times),
        "floor_s": floor,
        "ratio": ratio,
        "target_s": target_s,
        "target_ratio": target_ratio,
        "peak_mb": peak_mb,
        "target_mb": target_mb,
        "ok": ok,
        "note": note,
    }


def print_rows(rows: list[dict]) -> None:
    print(f"{'figure':58} {'median':>9} {'min':>9} {'max':>9} {'floor':>9} {'ratio':>6} {'target':>10} ok")
    for r in rows:
        tgt = (
            f"{r['target_s']:.3f}s"
            if r["target_s"] is not None
            else f"×{r['target_ratio']}"
            if r["target_ratio"]
            else f"{r['target_mb']}MB"
            if r["target_mb"]
            else ""
        )
        fl = f"{r['floor_s']:.3f}" if r["floor_s"] is not None else ""
        ra = f"{r['ratio']:.2f}" if r["ratio"] is not None else ""
        print(
            f"{r['figure'][:58]:58} {r['median_s']:9.4f} {r['min_s']:9.4f} {r['max_s']:9.4f} "
            f"{fl:>9} {ra:>6} {tgt:>10} {'✓' if r['ok'] else '✗'}"
        )


RESULTS = Path(__file__).with_name("RESULTS.md")


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return ""
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _target(r: dict) -> str:
    bits = []
    if r.get("target_s") is not None:
        bits.append(f"≤ {_fmt(r['target_s'])}")
    if r.get("target_ratio"):
        bits.append(f"≤ {r['target_ratio']}× nền")
    if r.get("target_mb") is not None:
        bits.append(f"< {r['target_mb']:.0f} MB")
    return ", ".join(bits)


def write_results(
    name: str, rows: list[dict], before: list[dict] | None = None, path: Path = RESULTS, note: str = ""
) -> None:
    """Put this bench's rows into RESULTS.md as its own section (between ``<!-- bench:NAME -->``
    marks, replaced on every run, added at the end the first time); with ``before`` (the
    ``--json`` rows of an earlier run, e.g. of the main branch) each figure shows before → after."""
    import os
    import platform

    was = {r["figure"]: r for r in before or []}
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    lines = [
        f"<!-- bench:{name} -->",
        f"### {name} — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        f"`python -m tests.bench.bench_{name} --results` on {os.cpu_count()} CPU ({platform.python_version()}), "
        f"load average {load} when it ended.",
        "",
        "| Chỉ số / figure | trước / before | trung vị / median | min | max | bộ nhớ / peak | mục tiêu / target "
        "| đạt | ghi chú |",
        "|---|---:|---:|---:|---:|---:|---|:-:|---|",
    ]
    for r in rows:
        old = was.get(r["figure"])
        lines.append(
            "| "
            + " | ".join(
                [
                    r["figure"],
                    _fmt(old["median_s"]) if old else "",
                    _fmt(r["median_s"]),
                    _fmt(r["min_s"]),
                    _fmt(r["max_s"]),
                    f"{r['peak_mb']:.0f} MB" if r.get("peak_mb") else "",
                    _target(r),
                    "✓" if r["ok"] else "✗",
                    r.get("note") or "",
                ]
            )
            + " |"
        )
    text = path.read_text(encoding="utf-8") if path.exists() else "# Hiệu năng / Performance\n"
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    if start in text and end in text:  # figures of the section not measured this time (a part run alone)
        fresh = {r["figure"] for r in rows}
        for line in text[text.index(start) : text.index(end)].splitlines()[6:]:
            cells = line.split(" | ")
            if line.startswith("| ") and len(cells) > 2 and cells[0][2:] not in fresh and not line.startswith("|---"):
                if "(earlier run)" not in line:
                    line = line[: line.rstrip().rfind("|")].rstrip() + " (earlier run) |"
                lines.append(line)
    if note:
        lines += ["", note]
    lines.append(f"<!-- /bench:{name} -->")
    block = "\n".join(lines)
    if start in text and end in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def main_for(benchmarks: Callable[[bool], list[dict]]) -> int:
    """``--quick``: smaller data; ``--json FILE``: the rows as JSON; ``--results``: the rows into
    tests/bench/RESULTS.md (``--before FILE``: an earlier run's JSON, shown as "before"; ``--note
    TEXT``: a note under the table)."""
    quick = "--quick" in sys.argv
    rows = benchmarks(quick)
    print_rows(rows)
    if "--json" in sys.argv:
        path = sys.argv[sys.argv.index("--json") + 1]
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, ensure_ascii=False, indent=2)
    if "--results" in sys.argv and not quick:
        before = None
        if "--before" in sys.argv:
            with open(sys.argv[sys.argv.index("--before") + 1], encoding="utf-8") as fh:
                before = json.load(fh)
        spec = getattr(sys.modules["__main__"], "__spec__", None)
        name = (spec.name if spec else sys.argv[0]).rsplit(".", 1)[-1].removeprefix("bench_").removesuffix(".py")
        note = sys.argv[sys.argv.index("--note") + 1] if "--note" in sys.argv else ""
        write_results(name, rows, before, note=note)
    return 0 if all(r["ok"] for r in rows) else 1
