"""Benchmark of the data interchange (issue 5 item 6): not a test, run by hand.

    .venv/bin/python -m tests.bench.bench_interchange [--quick] [--json out.json]

A Đoàn cơ sở file with 300 branches of 50 members (15,000 members) and a year of records per
branch (4 thematic sessions, 12 meetings, 52 weekly posts, 2 volunteer activities): how long the
check, the import into an empty data folder, the export and a second import of the same file
(nothing changes) take: the exported file, and the first file (written by hand, not here). Targets
of issue 23 item 7: the import ≤ 3 s, the same file again ≤ 2 s, memory < 300 MB (the peak of the
whole process).
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from desktop.services.exchange import interchange as ix
from desktop.services.context import open_context
from tests.bench._util import main_for, measure, peak_rss_mb, row

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
DEM = ["Thị", "Văn", "Minh", "Thu", "Quốc", "Gia"]
TEN = ["Hoa", "Nam", "Lan", "Đức", "Trang", "Anh", "Mai", "Huy", "Ngọc", "Tùng"]


def branch(code: str, n: int) -> dict:
    members = [
        {
            "id": f"{code}-{i}",
            "full_name": f"{HO[i % 10]} {DEM[i % 6]} {TEN[(i // 10) % 10]}",
            "date_of_birth": f"{1990 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "union_card_no": f"{code}{i:04d}",
            "training_registered_on": "2026-01-05",
            "ebook_issued": True,
            "ecard_issued": True,
            "residence_activity": True,
            "history": [{"kind": "joined", "date": "2024-03-26"}],
        }
        for i in range(n)
    ]
    ids = [m["id"] for m in members]
    logs = [
        {
            "kind": "thematic_session",
            "date": f"2026-{m:02d}-10",
            "title": "Chuyên đề",
            "category": "phap-luat",
            "participants": ids,
        }
        for m in (2, 5, 8, 11)
    ]
    logs += [
        {
            "kind": "meeting",
            "date": f"2026-{m:02d}-05",
            "title": "Sinh hoạt",
            "category": "dinh-ky",
            "participants": ids,
        }
        for m in range(1, 13)
    ]
    d = date(2026, 1, 7)
    while d.year == 2026:
        logs.append({"kind": "weekly_post", "date": d.isoformat(), "title": "Tấm gương người tốt"})
        d += timedelta(days=7)
    acts = [
        {
            "name": "Chủ nhật xanh",
            "kind": "tinh-nguyen",
            "dates": ["2026-03-01", "2026-03-08", "2026-03-15"],
            "days": 3,
            "participants": ids,
        },
        {
            "name": "Công trình thanh niên",
            "kind": "cong-trinh-thanh-nien",
            "focus": "chuyen-doi-xanh",
            "dates": ["2026-06-07", "2026-06-14"],
            "days": 2,
            "participants": ids,
        },
    ]
    return {
        "unit": {"code": code, "name": f"Chi đoàn {code}", "kind": "chi-doan", "branch_type": "dan-cu"},
        "members": members,
        "logs": logs,
        "volunteer_activities": acts,
        "member_recognitions": [{"member": i, "period": "2026", "decision_number": "15-QĐ/ĐTN"} for i in ids[:42]],
    }


def document(branches: int, per: int) -> dict:
    return {
        "format": "sothidua-unit-data",
        "version": 1,
        "unit": {"code": "DCS-LECHAN", "name": "Đoàn phường Lê Chân", "kind": "doan-co-so"},
        "branches": [branch(f"CD{b:03d}", per) for b in range(branches)],
    }


def _timed(fn) -> tuple[list[float], str]:
    """(wall times, "CPU … s"): the CPU time of this process tells the work apart from the waiting
    on a machine that other processes keep busy."""
    c0 = time.process_time()
    times = measure(fn, 1)
    return times, f"CPU {time.process_time() - c0:.2f} s"


def benchmarks(quick: bool) -> list[dict]:
    nb, per = (30, 50) if quick else (300, 50)
    doc = document(nb, per)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(Path(tmp) / "check")
        rows.append(row(f"check {nb} branches × {per} members", measure(lambda: ix.check_document(ctx, doc), 1)))
        ctx.close()
        target = open_context(Path(tmp) / "import")
        full = not quick
        times, cpu = _timed(lambda: ix.import_document(target, doc))
        rows.append(
            row(
                f"import into an empty folder ({nb * per} members)",
                times,
                target_s=3.0 if full else None,
                note=f"`data import`, issue 23 item 7; {cpu}",
            )
        )
        out = {}
        times, cpu = _timed(lambda: out.update(doc=ix.export_document(target)))
        rows.append(row("export the Đoàn cơ sở with its branches", times, note=cpu))

        def again():
            assert not ix.import_document(target, out["doc"]).changed

        times, cpu = _timed(again)
        rows.append(
            row(
                "import the same file again (nothing changes)",
                times,
                target_s=2.0 if full else None,
                peak_mb=peak_rss_mb(),
                target_mb=300 if full else None,
                note=f"the exported file; peak of the whole process; {cpu}",
            )
        )

        def original_again():
            assert not ix.import_document(target, doc).changed

        times, cpu = _timed(original_again)
        rows.append(
            row(
                "import the first file again (nothing changes)",
                times,
                target_s=2.0 if full else None,
                note=f"a file not written here: known by its SHA-256 and that of the rows it wrote, still stored; {cpu}",
            )
        )
        target.close()
    return rows


if __name__ == "__main__":
    raise SystemExit(main_for(benchmarks))
