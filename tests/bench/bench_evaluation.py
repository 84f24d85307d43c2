"""Benchmark of the evaluation engine (issue 5, "Performance"): not a test, run by hand.

    .venv/bin/python -m tests.bench.bench_evaluation [--quick] [--json out.json]

Targets: one branch of 60 members with a year of records < 20 ms; all branches of a Đoàn cơ sở
with 300 branches and 15,000 members < 300 ms. Both measure ``evaluate`` on snapshots already in
memory (the engine). The rows marked "db" add reading the snapshots from a SQLite file through
the service (reported, no target: that is I/O, not the engine).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from desktop.domain.catalog import load_catalog
from desktop.domain.evaluation import ActivityRef, Judgement, MemberFacts, UnitYearData, evaluate, period_weeks
from desktop.domain.logs import LogEntry
from desktop.domain.members import MembershipEvent
from desktop.domain.periods import Period
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.paths import catalogs_dir
from tests.bench._util import main_for, measure, peak_rss_mb, row

CAT = load_catalog(catalogs_dir() / "chi-doan-xhcn.v1.json")
P = Period.parse("2026")
AS_OF = date(2026, 11, 21)
HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
TEN = ["Hoa", "Nam", "Lan", "Đức", "Trang", "Anh", "Mai", "Huy", "Ngọc", "Tùng"]


def branch_year(code: str, n_members: int, first_id: int, rng: random.Random) -> UnitYearData:
    """A branch with a realistic year: monthly meetings, quarterly sessions, weekly posts,
    information and share requests reaching most members, transfers, volunteer days."""
    ids = list(range(first_id, first_id + n_members))
    members = []
    for i in ids:
        events = [MembershipEvent("joined", date(2019 + i % 6, 3, 26))]
        if i % 17 == 0:
            events.append(MembershipEvent("transferred_out", date(2026, 6, 1 + i % 28)))
        members.append(
            MemberFacts(
                i,
                f"{HO[i % 10]} Văn {TEN[(i // 10) % 10]}",
                tuple(events),
                residence_activity=i % 13 != 0,
                training_registered_on=date(2026, 1, 5),
                ebook_issued=True,
                ecard_issued=i % 11 != 0,
                is_party_member=i % 7 == 0,
            )
        )
    logs = []
    lid = first_id * 1000

    def add(kind, d, **kw):
        nonlocal lid
        lid += 1
        logs.append(LogEntry(lid, code, kind, d, "Hoạt động của chi đoàn", **kw))

    def some(share):
        return frozenset(i for i in ids if rng.random() < share)

    for m in range(1, 13):
        add("meeting", date(2026, m, 5), category="dinh-ky", participants=some(0.85))
        add("information", date(2026, m, 12), channel="Zalo", participants=some(0.6))
        if m % 2 == 0:
            add("share_request", date(2026, m, 18), participants=some(0.7))
            add("alert", date(2026, m, 20))
    for qs, _ in P.quarters():
        add("thematic_session", qs + timedelta(days=25), category="phap-luat", participants=some(0.9))
    for _, _, monday in period_weeks(P):
        if monday <= AS_OF:
            add("weekly_post", monday + timedelta(days=rng.randrange(7)))
    return UnitYearData(
        unit=Unit(code, f"Chi đoàn {code}", UnitKind.CHI_DOAN, BranchType.DAN_CU, parent_code="DCS"),
        period=P,
        as_of=AS_OF,
        settings={},
        members=tuple(members),
        logs=tuple(logs),
        volunteer_days={i: rng.choice([2.0, 4.5, 5.0, 6.0, 8.0]) for i in ids},
        youth_projects=(ActivityRef(1, date(2026, 3, 26), "Tuyến đường thanh niên", "cong-trinh-thanh-nien"),),
        red_address_or_trend=(),
        judgements={"CD-3.1": Judgement("CD-3.1", "met", "Bí thư Đoàn cơ sở", date(2026, 11, 1))},
        recognised_member_ids=None,
    )


def _db_rows(quick: bool) -> list[dict]:
    """Load + evaluate through the service from a SQLite file (reported, no target)."""
    from db.models.core import UnitRow
    from db.models.cycle import LogParticipantRow, LogRow
    from db.models.members import MemberRow, MembershipEventRow
    from desktop.services.context import open_context
    from desktop.services.year.evaluation import evaluate_branches, evaluate_unit

    n_branches = 30 if quick else 300
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(Path(tmp) / "data")
        ctx.today = lambda: AS_OF
        from sqlalchemy import insert

        with ctx.uow.begin() as s:
            s.execute(insert(UnitRow), [{"code": "DCS", "name": "Đoàn cơ sở", "kind": "doan-co-so", "is_self": True}])
            s.execute(
                insert(UnitRow),
                [
                    {
                        "code": f"CD{b:03d}",
                        "name": f"Chi đoàn {b}",
                        "kind": "chi-doan",
                        "branch_type": "dan-cu",
                        "parent_code": "DCS",
                    }
                    for b in range(n_branches)
                ],
            )
        with ctx.uow.begin() as s:
            unit_ids = dict(s.execute(__import__("sqlalchemy").select(UnitRow.code, UnitRow.id)).all())
            next_member = 1
            member_rows, event_rows, log_rows, part_rows = [], [], [], []
            lid = 0
            for b in range(n_branches):
                code = f"CD{b:03d}"
                data = branch_year(code, 50, next_member, rng)
                id_map = {}
                for m in data.members:
                    id_map[m.id] = m.id
                    member_rows.append(
                        {
                            "id": m.id,
                            "unit_id": unit_ids[code],
                            "full_name": m.full_name,
                            "name_key": m.full_name.lower(),
                            "dob_year_only": False,
                            "is_party_member": m.is_party_member,
                            "ebook_issued": m.ebook_issued,
                            "ecard_issued": m.ecard_issued,
                            "residence_activity": m.residence_activity,
                            "training_registered_on": m.training_registered_on,
                        }
                    )
                    for e in m.events:
                        event_rows.append({"member_id": m.id, "kind": e.kind, "on_date": e.on_date})
                for e in data.logs:
                    lid += 1
                    log_rows.append(
                        {
                            "id": lid,
                            "unit_id": unit_ids[code],
                            "kind": e.kind,
                            "on_date": e.on_date,
                            "title": e.title,
                            "category": e.category,
                            "created_by": "bench",
                        }
                    )
                    part_rows.extend({"log_id": lid, "member_id": p} for p in e.participants)
                next_member += 50
            s.execute(insert(MemberRow), member_rows)
            s.execute(insert(MembershipEventRow), event_rows)
            s.execute(insert(LogRow), log_rows)
            s.execute(insert(LogParticipantRow), part_rows)
        one = measure(lambda: evaluate_unit(ctx, "CD000", "2026"), repeat=5)
        allb = measure(lambda: evaluate_branches(ctx, "DCS", "2026"), repeat=1 if not quick else 2)
        t0 = time.process_time()
        evaluate_branches(ctx, "DCS", "2026")
        allb_cpu = [time.process_time() - t0]
        ctx.close()
    return [
        row("db: load + evaluate one branch of 50 members", one, note="SQLite file, service path"),
        row(
            f"db: load + evaluate {n_branches} branches (--all-branches)",
            allb,
            note=f"{n_branches * 50} members, bulk reads",
        ),
        row(f"db: load + evaluate {n_branches} branches, CPU time", allb_cpu),
    ]


def benchmarks(quick: bool) -> list[dict]:
    rng = random.Random(2026)
    one = branch_year("CD001", 60, 1, rng)
    rows = [
        row(
            "engine: one branch, 60 members, a year of records",
            measure(lambda: evaluate(CAT, one), repeat=50),
            target_s=0.020,
        )
    ]
    n = 60 if quick else 300
    branches = [branch_year(f"CD{b:03d}", 50, 1 + b * 50, rng) for b in range(n)]
    rows.append(
        row(
            f"engine: {n} branches, {n * 50} members",
            measure(lambda: [evaluate(CAT, d) for d in branches], repeat=5),
            target_s=0.300 * n / 300,
            peak_mb=peak_rss_mb(),
        )
    )
    # CPU time of the same work: on a shared, loaded machine wall time includes preemption.
    cpu = []
    for _ in range(5):
        t0 = time.process_time()
        for d in branches:
            evaluate(CAT, d)
        cpu.append(time.process_time() - t0)
    rows.append(
        row(
            f"engine: {n} branches, CPU time (process_time)",
            cpu,
            target_s=0.300 * n / 300,
            note="excludes time the OS gave to other processes",
        )
    )
    if "--db" in sys.argv or not quick:
        rows.extend(_db_rows(quick))
    return rows


if __name__ == "__main__":
    sys.exit(main_for(benchmarks))
