"""Benchmark of volunteer days (issue 4, "Performance"): not a test, run by hand.

    .venv/bin/python -m tests.bench.bench_volunteer [--quick] [--json out.json]

Targets: saving one activity with 60 participants < 50 ms (the whole service call: checks,
overlap query, writes, audit entry, commit with synchronous=FULL); per-member totals for a
Đoàn cơ sở of 15,000 members and 150,000 credit records < 200 ms (``member_days``, read
through the covering index (member_id, day, half_days)).
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from db.models.core import UnitRow
from db.models.members import MemberRow, MembershipEventRow
from db.models.volunteer import (
    VolunteerActivityDateRow,
    VolunteerActivityRow,
    VolunteerCreditRow,
    VolunteerParticipantRow,
)
from db.repo.volunteer import member_days
from desktop.domain.members import name_key
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.domain.volunteer import Activity
from desktop.services.context import open_context
from desktop.services.units import save_self_unit
from desktop.services.volunteering.volunteer import record_activity
from desktop.services.volunteering.volunteer_totals import volunteer_summary
from tests.bench._util import main_for, measure, peak_rss_mb, row

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
DEM = ["Văn", "Thị", "Minh", "Thu", "Quang", "Ngọc"]
TEN = ["Hoa", "Nam", "Lan", "Đức", "Trang", "Anh", "Mai", "Huy", "Ngọc", "Tùng", "Bình", "Giang"]
START, END = date(2026, 1, 1), date(2026, 12, 31)


def _name(i: int) -> str:
    return f"{HO[i % 10]} {DEM[(i // 10) % 6]} {TEN[(i // 60) % 12]}"


def _members(s, unit_id: int, first: int, n: int) -> list[int]:
    ids = list(range(first, first + n))
    s.execute(
        insert(MemberRow),
        [
            dict(
                id=i,
                unit_id=unit_id,
                full_name=_name(i),
                name_key=name_key(_name(i)),
                dob_year_only=False,
                is_party_member=False,
                ebook_issued=False,
                ecard_issued=False,
                residence_activity=False,
            )
            for i in ids
        ],
    )
    s.execute(insert(MembershipEventRow), [dict(member_id=i, kind="joined", on_date=date(2020, 3, 26)) for i in ids])
    return ids


def _one_branch(tmp: Path):
    ctx = open_context(tmp / "branch", actor="bench")
    ctx.today = lambda: date(2026, 12, 31)
    save_self_unit(
        ctx,
        Unit(code="CD-TDP3", name="Chi đoàn Tổ dân phố số 3", kind=UnitKind.CHI_DOAN, branch_type=BranchType.DAN_CU),
    )
    with ctx.uow.begin() as s:
        uid = s.query(UnitRow.id).filter_by(code="CD-TDP3").scalar()
        ids = _members(s, uid, 1, 60)
    return ctx, ids


def _grassroots(tmp: Path, branches: int, per_branch: int, records: int):
    """A Đoàn cơ sở with ``branches`` branches, ``per_branch`` members each and ``records``
    credit rows over the year (one-day activities of 50 members, some multi-day)."""
    ctx = open_context(tmp / "dcs", actor="bench")
    save_self_unit(ctx, Unit(code="DCS-LECHAN", name="Đoàn phường Lê Chân", kind=UnitKind.DOAN_CO_SO))
    rng = random.Random(4)
    with ctx.uow.begin() as s:
        unit_ids, members = [], []
        for b in range(branches):
            r = s.execute(
                insert(UnitRow).returning(UnitRow.id),
                [
                    dict(
                        code=f"CD-{b:03d}",
                        name=f"Chi đoàn {b}",
                        kind="chi-doan",
                        branch_type="dan-cu",
                        parent_code="DCS-LECHAN",
                        all_party_members=False,
                        is_self=False,
                    )
                ],
            ).scalar_one()
            unit_ids.append(r)
            members.append(_members(s, r, 1 + b * per_branch, per_branch))
        acts, dates, parts, credits = [], [], [], []
        aid = 0
        while len(credits) < records:
            aid += 1
            b = rng.randrange(branches)
            day = START + timedelta(days=rng.randrange(365))
            who = rng.sample(members[b], min(per_branch, 50))
            acts.append(
                dict(
                    id=aid,
                    unit_id=unit_ids[b],
                    name="Chủ nhật xanh",
                    kind="tinh-nguyen",
                    level="chi-doan",
                    half_days=2,
                    first_day=day,
                    last_day=day,
                    guests=0,
                    created_by="bench",
                    updated_by="bench",
                )
            )
            dates.append(dict(activity_id=aid, day=day))
            parts.extend(dict(activity_id=aid, member_id=m, overlap_confirmed=False) for m in who)
            credits.extend(dict(activity_id=aid, member_id=m, day=day, half_days=2) for m in who)
        for table, rows in (
            (VolunteerActivityRow, acts),
            (VolunteerActivityDateRow, dates),
            (VolunteerParticipantRow, parts),
            (VolunteerCreditRow, credits[:records]),
        ):
            for i in range(0, len(rows), 20_000):
                s.execute(insert(table), rows[i : i + 20_000])
    return ctx


def benchmarks(quick: bool) -> list[dict]:
    out = []
    repeat = 5 if quick else 15
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ctx, ids = _one_branch(tmp)
        days = iter(START + timedelta(days=i) for i in range(365))

        def save():
            d = next(days)
            record_activity(
                ctx,
                "CD-TDP3",
                Activity(
                    id=None,
                    unit_code="CD-TDP3",
                    name="Chủ nhật xanh",
                    kind="tinh-nguyen",
                    dates=(d,),
                    days=1,
                    participant_ids=tuple(ids),
                ),
            )

        save()  # warm-up: imports, first connection
        out.append(row("save one activity with 60 participants", measure(save, repeat), target_s=0.050))
        out.append(
            row(
                "volunteer_summary, branch of 60 after a year",
                measure(lambda: volunteer_summary(ctx, "CD-TDP3", 2026), repeat),
                note="per-branch view (no target)",
            )
        )
        ctx.close()

        n_branches, per = (60, 50) if quick else (300, 50)
        records = 30_000 if quick else 150_000
        dcs = _grassroots(tmp, n_branches, per, records)

        def totals():
            with dcs.uow.read() as s:
                got = member_days(s, "DCS-LECHAN", START, END)
            assert len(got) > 0.9 * n_branches * per

        totals()
        out.append(
            row(
                f"member_days: {n_branches * per:,} members; {records:,} records".replace(",", "."),
                measure(totals, repeat),
                target_s=0.200,
                peak_mb=peak_rss_mb(),
            )
        )
        out.append(
            row(
                f"volunteer_summary: Đoàn cơ sở of {n_branches * per:,} members".replace(",", "."),
                measure(lambda: volunteer_summary(dcs, "DCS-LECHAN", 2026), 3),
                note="per-branch view of the whole union (no target)",
            )
        )
        dcs.close()
    return out


if __name__ == "__main__":
    raise SystemExit(main_for(benchmarks))
