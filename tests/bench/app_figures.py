"""The cross-cutting figures of ``python -m tests.bench`` (areas ``startup``, ``members-table`` and
``gui-blocking``): the real app as a person meets it, a cold start timed from outside against a
bare PySide6 window, the members table with 5,000 and 15,000 rows, and the longest time the GUI
thread is blocked while the app's TaskRunner imports, reports and syncs, or while the open
screens read again after a change."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench._util import row
from tests.bench.demo_data import CACHE, PY, ROOT, _env, demo_dir, fresh_copy

FLOOR_SCRIPT = r"""
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.setWindowTitle("Sổ Thi Đua")
w.setCentralWidget(QLabel("Sổ Thi Đua"))
w.showMaximized()
QTimer.singleShot(0, lambda: (sys.stdout.flush(), os._exit(0)))
app.exec()
"""


# ------------------------------------------------------------------------------ start-up


def _timed_child(cmd: list[str], env: dict) -> tuple[float, float, float]:
    """Wall time of a whole child process, its peak RSS (MB) and its CPU time (user + system: less
    disturbed than the wall time when other work loads the machine)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[-3:])} exited {proc.returncode}: {err.strip()[-300:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def startup_rows(quick: bool) -> list[dict]:
    """Two moments of the same start, each as a whole process timed from outside:

    * "window shown and responsive" (``SOTHIDUA_EXIT_WHEN_IDLE=shell``): the main window with its
      navigation, the unit in the header and the home page saying it is opening the data, and the
      event loop idle (the data is still being opened on a worker thread, desktop/app.py);
    * "home data shown" (``SOTHIDUA_EXIT_WHEN_IDLE=1``): the home page shows its real figures
      (not the loading state) and the event loop is idle.
    """
    repeat = 3 if quick else 7
    data_env = _env(SOTHIDUA_EXIT_WHEN_IDLE="1")
    shell_env = _env(SOTHIDUA_EXIT_WHEN_IDLE="shell")
    floor_cmd = [PY, "-c", FLOOR_SCRIPT]
    targets = {"branch": demo_dir("branch"), "grassroots": demo_dir("grassroots")}
    kinds = {"shell": shell_env, "data": data_env}

    def app_cmd(d: Path) -> list[str]:
        return [PY, "-m", "desktop", "--data-dir", str(d)]

    # Warm-up: the file cache, and the first run's one-off work (daily backup, schema check).
    _timed_child(floor_cmd, data_env)
    for d in targets.values():
        _timed_child(app_cmd(d), data_env)
    floor: list[float] = []
    runs = {(k, m): [] for k in targets for m in kinds}
    cpu: dict = {key: [] for key in ("floor", *runs)}
    rss = {key: 0.0 for key in runs}
    floor_rss = 0.0
    for _ in range(repeat):  # interleaved, so that load changes hit every figure alike
        t, m, c = _timed_child(floor_cmd, data_env)
        floor.append(t)
        cpu["floor"].append(c)
        floor_rss = max(floor_rss, m)
        for k, d in targets.items():
            for mode, env in kinds.items():
                t, m, c = _timed_child(app_cmd(d), env)
                runs[(k, mode)].append(t)
                cpu[(k, mode)].append(c)
                rss[(k, mode)] = max(rss[(k, mode)], m)

    def cpu_note(key) -> str:
        return f"CPU {statistics.median(cpu[key]):.2f} s (median)"

    out = [row("start-up: bare PySide6 window (floor)", floor, peak_mb=round(floor_rss, 1), note=cpu_note("floor"))]
    names = {"branch": "branch data (40 members)", "grassroots": "grassroots data (15.000 members)"}
    for k in targets:
        key = (k, "shell")
        out.append(
            row(
                f"start-up: {names[k]}, window shown and responsive",
                runs[key],
                floor_times=floor,
                target_ratio=2.5,
                peak_mb=round(rss[key], 1),
                note=f"navigation, unit header, 'Đang mở dữ liệu…'; {cpu_note(key)}",
            )
        )
    out.append(
        row(
            "start-up: branch data (40 members), home data shown",
            runs[("branch", "data")],
            floor_times=floor,
            target_ratio=2.5,
            peak_mb=round(rss[("branch", "data")], 1),
            note=cpu_note(("branch", "data")),
        )
    )
    key = ("grassroots", "data")
    out.append(
        row(
            "start-up: grassroots data (15.000 members), home data shown",
            runs[key],
            floor_times=floor,
            target_ratio=2.5,
            target_s=1.5,
            peak_mb=round(rss[key], 1),
            note=f"whole process timed from outside; {cpu_note(key)}",
        )
    )
    peak = max(rss[("grassroots", "data")], rss[("grassroots", "shell")])
    mem = row(
        "memory: peak RSS at start-up, grassroots data (median column: GB)",
        [peak / 1000],
        peak_mb=round(peak, 1),
        target_mb=250,
    )
    mem["note"] = f"{peak:.0f} MB (median column shows MB/1000)"
    out.append(mem)
    return out


# ------------------------------------------------------------------------------ GUI-side figures


def _qt():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv)


def members_table_rows(quick: bool) -> list[dict]:
    from tests.bench import bench_members as bm

    out = []
    for n in (5000,) if quick else (5000, 15000):
        d = roster_dir(n)
        from desktop.services.context import open_context

        ctx = open_context(d / "data", actor="bench")
        ctx.today = lambda: bm.TODAY
        _qt()
        r = bm._table_open(ctx, n, 3 if quick else 5)
        r["figure"] = f"members table opens with {n:,} members".replace(",", ".")
        out.append(r)
        ctx.close()
    return out


def roster_dir(n: int) -> Path:
    """A data folder with one branch of ``n`` members (built once, cached)."""
    from tests.bench import bench_members as bm

    d = CACHE / f"roster-{n}"
    if not (d / "ok").exists():
        shutil.rmtree(d, ignore_errors=True)
        ctx = bm._context(d / "data")
        _bulk_roster(ctx, bm.UNIT, n)
        ctx.close()
        (d / "ok").write_text(str(n))
    return d


def _bulk_roster(ctx, unit_code: str, n: int) -> None:
    import random
    from datetime import date

    from db.repo import demo as repo
    from desktop.demo.common import Names
    from desktop.domain.members import name_key

    names = Names(random.Random(n))
    with ctx.uow.begin() as s:
        from db.repo.units import row_id

        uid = row_id(s, unit_code)
        rows, events = [], []
        for i in range(1, n + 1):
            full, gender, dob = names.person(date(2026, 6, 30), min_age=17)
            rows.append(
                {
                    "id": i,
                    "unit_id": uid,
                    "full_name": full,
                    "name_key": name_key(full),
                    "date_of_birth": dob,
                    "dob_year_only": False,
                    "gender": gender,
                    "is_party_member": i % 19 == 0,
                    "ebook_issued": True,
                    "ecard_issued": i % 9 != 0,
                    "residence_activity": True,
                    "training_registered": True,
                    "union_card_no": f"HP{i:07d}",
                }
            )
            events.append(
                {"member_id": i, "kind": "joined", "on_date": date(2020 + i % 6, 3, 26), "created_by": "bench"}
            )
        repo.insert_members(s, rows)
        repo.bulk_insert(s, "membership_events", events)


def _probe(app, fn) -> tuple[float, float]:
    """Run ``fn`` on the app's TaskRunner; return (longest GUI-thread stall in s, total time)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    worst = [0.0]
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        worst[0] = max(worst[0], now - last[0] - 0.010)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    result: dict = {}

    def done(value):
        result["ok"] = value
        loop.quit()

    def failed(exc, tb):
        result["error"] = tb
        loop.quit()

    t0 = time.perf_counter()
    last[0] = t0
    timer.start()
    runner.run(fn, on_done=done, on_error=failed)
    loop.exec()
    timer.stop()
    total = time.perf_counter() - t0
    if "error" in result:
        raise RuntimeError(result["error"][-500:])
    return max(0.0, worst[0]), total


def _importer(mx, ctx, unit, book):
    def run():
        return mx.apply_import(ctx, mx.preview_import(ctx, unit, book))

    return run


def _syncer(sync, ctx, folder):
    def run():
        return sync.import_paths(ctx, [folder])

    return run


def blocking_rows(quick: bool) -> list[dict]:
    app = _qt()
    out = []
    # 1. Excel import of a secretary's workbook (preview + apply).
    from desktop.services.membership import member_excel as mx
    from tests.bench import bench_members as bm

    n = 1000 if quick else 5000
    tmp = Path(tempfile.mkdtemp(prefix="bench-probe-"))
    book = bm.make_workbook(tmp / "ds.xlsx", n)
    stalls, totals = [], []
    for i in range(2 if quick else 3):
        ctx = bm._context(tmp / f"imp{i}")
        s, t = _probe(app, _importer(mx, ctx, bm.UNIT, book))
        stalls.append(s)
        totals.append(t)
        ctx.close()
    out.append(
        row(
            f"GUI blocked during import of {n} members (longest stall)",
            stalls,
            target_s=0.100,
            note=f"import itself {statistics.median(totals):.2f} s on the TaskRunner",
        )
    )
    # 2. Year-end report of the demo branch (draft: no number taken).
    from desktop.services.context import open_context
    from desktop.services.reporting import reports

    data = fresh_copy(demo_dir("branch"), "bench-report-")
    ctx = open_context(data, actor="bench")
    stalls, totals = [], []
    for _ in range(2 if quick else 3):
        s, t = _probe(app, lambda: reports.generate(ctx, reports.ReportRequest(kind="year-end", draft=True)))
        stalls.append(s)
        totals.append(t)
    ctx.close()
    out.append(
        row(
            "GUI blocked during the year-end report of a branch (longest stall)",
            stalls,
            target_s=0.100,
            note=f"report itself {statistics.median(totals):.2f} s",
        )
    )
    # 3. Sync: a Đoàn cơ sở importing its branches' quarterly packages from a USB folder.
    from desktop.services.exchange import sync
    from tests.bench import bench_sync as bs

    k = 10 if quick else 25
    base = Path(tempfile.mkdtemp(prefix="bench-probe-sync-"))
    branches = bs._identities(k)
    bs._enrolled_dcs(base / "template", branches)
    folder = base / "usb"
    folder.mkdir()
    for unit, ident in branches:
        for q in (1, 2, 3, 4):
            (folder / f"{unit.code}-Q{q}.stpkg").write_bytes(bs._package(unit, ident, "quarterly", q))
    stalls, totals = [], []
    for i in range(2 if quick else 3):
        root = base / f"run{i}"
        shutil.copytree(base / "template", root)
        ctx = open_context(root, actor="bench")
        ctx.today = lambda: bs.TODAY
        s, t = _probe(app, _syncer(sync, ctx, folder))
        stalls.append(s)
        totals.append(t)
        ctx.close()
    out.append(
        row(
            f"GUI blocked during sync import of {k * 4} packages (longest stall)",
            stalls,
            target_s=0.100,
            note=f"import itself {statistics.median(totals):.2f} s",
        )
    )
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(base, ignore_errors=True)
    out.append(_after_change_row(app, quick))
    return out


def _after_change_row(app, quick: bool) -> dict:
    """4. After a members change (an import written, an edit): the open screens read again. The
    main window on the members screen, 5,000 members, the real TaskRunner; the longest stall
    from the change until every reload is done."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from desktop.app import build_env
    from desktop.services.changes import Changes
    from desktop.services.context import open_context
    from desktop.ui.main_window import MainWindow
    from tests.bench import bench_members as bm

    ctx = open_context(roster_dir(5000) / "data", actor="bench")
    ctx.today = lambda: bm.TODAY
    env = build_env(ctx, app)
    window = MainWindow(env)
    window.show()
    window.show_page("members")
    env.runner.wait()
    app.processEvents()
    from desktop.app import freeze_start_up_objects

    freeze_start_up_objects()  # as desktop.app.run_gui does once the window is up
    stalls, totals = [], []
    for _ in range(3 if quick else 5):
        worst, last = [0.0], [time.perf_counter()]

        def tick():
            now = time.perf_counter()
            worst[0] = max(worst[0], now - last[0] - 0.010)
            last[0] = now

        timer = QTimer()
        timer.setTimerType(Qt.PreciseTimer)
        timer.setInterval(10)
        timer.timeout.connect(tick)
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(lambda: env.runner._active == 0 and loop.quit())
        last[0] = t0 = time.perf_counter()
        timer.start()
        QTimer.singleShot(0, lambda: env.bus.emit(Changes.of("members")))
        QTimer.singleShot(40, poll.start)
        loop.exec()
        timer.stop()
        poll.stop()
        stalls.append(max(0.0, worst[0]))
        totals.append(time.perf_counter() - t0)
    window.close()
    window.deleteLater()
    app.processEvents()
    ctx.close()
    return row(
        "GUI blocked after a members change, 5000 members (longest stall)",
        stalls,
        target_s=0.100,
        note=f"screens read again in {statistics.median(totals):.2f} s",
    )
