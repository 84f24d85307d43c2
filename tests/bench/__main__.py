"""The benchmark suite (issue 13): ``python -m tests.bench [--quick] [--json FILE] [--only AREA…]``.

Runs every ``tests/bench/bench_*.py`` (each in its own process, so that one area's memory and
Qt state do not colour the next), then the cross-cutting figures:

* cold start of the real app, as a whole process timed from outside (``python -m desktop
  --data-dir D``), to two moments: "window shown and responsive" (``SOTHIDUA_EXIT_WHEN_IDLE=shell``:
  the main window shown while the data is still opened on a worker thread, event loop idle) and
  "home data shown" (``SOTHIDUA_EXIT_WHEN_IDLE=1``: the home page's real figures, event loop idle), with
  the branch and the grassroots demo data, against the floor of a bare PySide6 window started
  the same way in the same run; peak memory (RSS of the child, from ``wait4``);
* the members table opening with 5,000 and 15,000 rows;
* the longest time the GUI thread is blocked (event-loop latency probe: a 10 ms QTimer whose
  lateness is recorded) while an Excel import, a year-end report and a sync import run through
  the app's TaskRunner.

Prints ONE table (figure, median, min, max, floor, ratio to floor, target), writes the rows to
``--json FILE``, exits 1 when a target is missed. Large data sets are built once with
``sothidua demo`` and cached under ``tests/bench/.cache/`` (rebuilt when the generator changes).

This file runs the areas and prints the table; the cross-cutting figures are measured in
app_figures.py, and the cached data sets are built by demo_data.py.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench._util import print_rows, row
from tests.bench.app_figures import blocking_rows, members_table_rows, startup_rows
from tests.bench.demo_data import PY, ROOT, _env
from tests.bench.demo_data import demo_dir, fresh_copy  # noqa: F401 - bench_sync.py imports them from here

AREA_TIMEOUT = 900  # seconds per area module
# bench_city builds five years of the city into PostgreSQL on its first run (~4 min on 2 idle
# cores, 38 min measured on a busy machine) and syncs a Thành đoàn from it; later runs reuse both.
AREA_TIMEOUTS = {"bench_city": 3600}


# ------------------------------------------------------------------------------ per-area modules


def area_modules() -> list[str]:
    here = Path(__file__).resolve().parent
    return sorted(i.name for i in pkgutil.iter_modules([str(here)]) if i.name.startswith("bench_"))


def run_hub(quick: bool) -> list[dict]:
    """bench_hub (issue 9) is a script of its own (PostgreSQL in a throwaway cluster, a real
    `sothidua hub serve`): run it and read its printed figures into rows. Its 1,000,000 stored
    packages stand for the city profile's traffic (8,000 branches × quarterly reports × years)."""
    import re

    args = (
        ["--rows", "100000", "--uploads", "500", "--clients", "16"]
        if quick
        else ["--rows", "1000000", "--uploads", "2000"]
    )
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            [PY, "-m", "tests.bench.bench_hub", *args],
            cwd=ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=AREA_TIMEOUT,
            check=False,
        )
        text = proc.stdout
    except subprocess.TimeoutExpired:
        return [_failed(f"hub: timed out after {AREA_TIMEOUT} s", "")]
    rows = []
    m = re.search(r"uploads: (\d+) in ([\d.]+) s = (\d+)/s .*errors (\d+)", text)
    if m:
        n, dt, rate, errors = int(m[1]), float(m[2]), int(m[3]), int(m[4])
        r = row(
            f"hub: {n} signed uploads (PostgreSQL), s per upload",
            [dt / n],
            target_s=1 / 200,
            note=f"{rate}/s, errors {errors}; target ≥ 200/s",
        )
        r["ok"] = r["ok"] and errors == 0
        rows.append(r)
    m = re.search(r"city profile generated on PostgreSQL in ([\d.]+) s", text)
    if m:  # only on the run that (re)builds the cached city
        rows.append(
            row(
                "hub: demo --profile city into PostgreSQL (8.000 branches)",
                [float(m[1])],
                note="built once, cached in tests/bench/.cache/hub-pg",
            )
        )
    for m in re.finditer(
        r"inbox listing with (\d+) stored \(([^,]+), ([^,]+), (\d+) listed\): signed HTTP median "
        r"([\d.]+) ms, p95 ([\d.]+) ms; query alone median ([\d.]+) ms",
        text,
    ):
        stored = f"{int(m[1]):,}".replace(",", ".")
        rows.append(
            row(
                f"hub: inbox listing, {stored} stored ({m[2]}; {m[3]}, {m[4]} listed)",
                [float(m[5]) / 1000],
                target_s=0.050,
                note=f"p95 {m[6]} ms; query alone {m[7]} ms",
            )
        )
    m = re.search(r"desktop sync of 100 pending packages: (\d+) sent in ([\d.]+) s", text)
    if m:
        r = row("hub: desktop sync of 100 pending packages", [float(m[2])], target_s=10.0)
        r["ok"] = r["ok"] and m[1] == "100"
        rows.append(r)
    if not rows:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        rows = [_failed(f"hub: did not finish (exit {proc.returncode})", " | ".join(tail))]
    print(f"  bench_hub: {len(rows)} figures in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return rows


# Runs one area module as ``__main__`` and keeps every row it prints through ``print_rows``
# (modules built on ``main_for`` and modules with a ``main()`` of their own alike).
AREA_WRAPPER = r"""
import json, runpy, sys
import tests.bench._util as u
name, out, quick = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
kept = []
original = u.print_rows
def keep(rows):
    kept.extend(rows)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(kept, fh, ensure_ascii=False, default=str)
    original(rows)
u.print_rows = keep
sys.argv = [name] + (["--quick"] if quick else [])
try:
    runpy.run_module(f"tests.bench.{name}", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
"""


def run_area(name: str, quick: bool) -> list[dict]:
    if name == "bench_hub":
        return run_hub(quick)
    out = Path(tempfile.mkstemp(prefix=f"{name}-", suffix=".json")[1])
    cmd = [PY, "-c", AREA_WRAPPER, name, str(out), "1" if quick else "0"]
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd,
            cwd=ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=AREA_TIMEOUTS.get(name, AREA_TIMEOUT),
            check=False,
        )
        rows = json.loads(out.read_text(encoding="utf-8")) if out.stat().st_size else []
        if not rows:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
            rows = [_failed(f"{name}: did not finish (exit {proc.returncode})", " | ".join(tail))]
    except subprocess.TimeoutExpired:
        rows = [_failed(f"{name}: timed out after {AREA_TIMEOUTS.get(name, AREA_TIMEOUT)} s", "")]
    finally:
        out.unlink(missing_ok=True)
    area = name.removeprefix("bench_")
    for r in rows:
        if not r["figure"].startswith(area):
            r["figure"] = f"{area}: {r['figure']}"
    print(f"  {name}: {len(rows)} figures in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return rows


def _failed(figure: str, note: str) -> dict:
    r = row(figure, [0.0], note=note)
    r["ok"] = False
    return r


def _guarded(label: str, fn, quick: bool) -> list[dict]:
    t0 = time.perf_counter()
    try:
        rows = fn(quick)
    except Exception as exc:  # noqa: BLE001 - one failing figure must not hide the others
        import traceback

        traceback.print_exc()
        rows = [_failed(f"{label}: failed", f"{type(exc).__name__}: {exc}"[:300])]
    print(f"  {label}: {len(rows)} figures in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    quick = "--quick" in argv
    json_path = argv[argv.index("--json") + 1] if "--json" in argv else None
    only = argv[argv.index("--only") + 1].split(",") if "--only" in argv else None
    t0 = time.perf_counter()
    load = os.getloadavg()
    rows: list[dict] = []
    for name in area_modules():
        if only is None or name.removeprefix("bench_") in only:
            rows += run_area(name, quick)
    cross = [("startup", startup_rows), ("members-table", members_table_rows), ("gui-blocking", blocking_rows)]
    for label, fn in cross:
        if only is None or label in only:
            rows += _guarded(label, fn, quick)
    print()
    print_rows(rows)
    load_after = os.getloadavg()
    missed = [r["figure"] for r in rows if not r["ok"]]
    print(
        f"\n{len(rows)} figures, {len(missed)} targets missed; {time.perf_counter() - t0:.0f} s; "
        f"{os.cpu_count()} CPUs; load average {load[0]:.1f} before, {load_after[0]:.1f} after"
        f"{' (--quick: smaller data)' if quick else ''}"
    )
    if json_path:
        meta = {
            "quick": quick,
            "cpus": os.cpu_count(),
            "load_before": load,
            "load_after": load_after,
            "seconds": time.perf_counter() - t0,
            "when": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        }
        Path(json_path).write_text(
            json.dumps({"meta": meta, "rows": rows}, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
        )
    return 1 if missed else 0


if __name__ == "__main__":
    # Make `importlib` available for area modules imported in this process (members table, probes).
    importlib.invalidate_caches()
    sys.exit(main())
