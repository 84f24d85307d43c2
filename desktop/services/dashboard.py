"""The Đoàn cơ sở's dashboard of its branches (issue 7 item 6), from the packages they sent.

For a period it answers, per branch: has it registered, on which date and by the deadline
(30/9 schools, 10/11 others — the 20/11 summary counts them, BRIEF §3.1 step 2a); how far it is
on each criterion and its completion share (its latest quarterly report or year-end result);
whether it is recognisable (≥ 80 %, BRIEF §1) and proposed; whether it was recognised; and what
is overdue. It reads only the compact summaries stored with each package (one query), so it opens
fast with hundreds of branches. A Đoàn cấp trên sees its Đoàn cơ sở the same way, from the
summaries they sent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from db.repo import settings as settings_repo
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.calendar import deadline
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.settings import with_defaults
from desktop.domain.units import Unit, UnitKind
from desktop.services.context import AppContext

CAMPAIGN = "chi-doan-xhcn"


@dataclass(frozen=True)
class BranchRow:
    code: str
    name: str
    branch_type: str | None
    branch_type_vi: str
    period: str  # the branch's own period label (a school year for schools)
    enrolled: bool  # has its own installation: its data here is read-only
    member_count: int | None
    registered: bool
    registered_on: date | None
    registration_deadline: date | None
    registered_on_time: bool | None
    last_quarter: int | None
    report_as_of: date | None
    statuses: dict = field(default_factory=dict)  # criterion id -> status of the latest report
    met: int | None = None
    applicable: int | None = None
    completion_share: float | None = None
    recognisable: bool | None = None
    proposed: bool | None = None
    recognised: bool | None = None
    overdue: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnionRow:
    """A Đoàn cơ sở under a Đoàn cấp trên, from the summaries it sent."""

    code: str
    name: str
    branches: int | None
    registered: int | None
    recognisable: int | None
    recognised: int | None
    summary_as_of: date | None
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class Dashboard:
    unit: Unit
    period: str
    as_of: date
    rows: tuple[BranchRow, ...]
    unions: tuple[UnionRow, ...]
    criteria: tuple[str, ...]
    per_criterion: dict  # criterion id -> (branches met, branches reporting)

    @property
    def totals(self) -> dict:
        rows = self.rows
        return {"branches": len(rows), "registered": sum(r.registered for r in rows),
                "registered_on_time": sum(1 for r in rows if r.registered_on_time),
                "reporting": sum(1 for r in rows if r.completion_share is not None),
                "recognisable": sum(1 for r in rows if r.recognisable),
                "proposed": sum(1 for r in rows if r.proposed),
                "recognised": sum(1 for r in rows if r.recognised),
                "overdue": sum(1 for r in rows if r.overdue)}


def available(unit: Unit | None) -> bool:
    return unit is not None and unit.kind in (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN)


def label_for(unit: Unit, label: str) -> str:
    if unit.is_school and "-" not in label and len(label) == 4:
        y = int(label)
        return f"{y - 1}-{y}"
    if not unit.is_school and "-" in label:
        return label[-4:]
    return label


def _d(text) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def dashboard(ctx: AppContext, period: str, *, today: date | None = None) -> Dashboard:
    """The branches of this installation's Đoàn cơ sở for ``period`` ("2026")."""
    today = today or ctx.today()
    Period.parse(period)  # a clear message for a bad label
    cat = ctx.catalogs.get(CAMPAIGN)
    with ctx.uow.read() as s:
        me = units_repo.get_self(s)
        if not available(me):
            raise DomainError("Bảng theo dõi các chi đoàn dành cho Đoàn cơ sở và Đoàn cấp trên.", field="unit")
        children = [u for u in units_repo.children(s, me.code)]
        enrolled = {e.unit_code for e in repo.list_enrolled(s, "child")}
        grace = int(with_defaults(settings_repo.all_for(s, me.code))["quarterly_report_days"])
        branches = [u for u in children if u.kind is UnitKind.CHI_DOAN]
        labels = sorted({label_for(b, period) for b in branches} | {period})
        summaries = repo.current_summaries(s, kinds=("registration", "quarterly", "year-end", "summary"),
                                           recipient_code=me.code, campaign=CAMPAIGN, periods=tuple(labels))
    recognised = _recognised_codes(ctx, me, labels)
    # Parse only what is shown: the registration, the year-end result and the latest quarterly
    # report of each branch (the other quarters only count for "what is overdue").
    by_sender: dict[str, dict] = {}
    raw_quarters: dict[str, dict] = {}
    for sender, kind, plabel, quarter, summary_json in summaries:
        slot = by_sender.setdefault(sender, {"quarters": {}})
        if kind == "quarterly":
            raw_quarters.setdefault(sender, {})[(plabel, quarter)] = summary_json
        else:
            slot[(kind, plabel)] = json.loads(summary_json or "{}")
    for sender, qs in raw_quarters.items():
        latest: dict[str, tuple] = {}
        for (plabel, quarter) in qs:
            if plabel not in latest or quarter > latest[plabel][1]:
                latest[plabel] = (plabel, quarter)
        wanted = set(latest.values())
        by_sender[sender]["quarters"] = {k: (json.loads(v or "{}") if k in wanted else {}) for k, v in qs.items()}
    deadlines: dict[tuple, tuple] = {}
    rows = []
    criteria = tuple(c.id for c in cat.criteria) if cat else ()
    per = {c: [0, 0] for c in criteria}
    for b in sorted(branches, key=lambda u: u.code):
        label = label_for(b, period)
        bt = b.branch_type.value if b.branch_type else None
        key = (label, bt)
        if key not in deadlines:
            p = Period.parse(label)
            deadlines[key] = _deadlines(cat, p, bt, grace)
        reg_due, quarter_dues, year_due = deadlines[key]
        slot = by_sender.get(b.code, {"quarters": {}})
        reg = slot.get(("registration", label))
        year = slot.get(("year-end", label))
        quarters = {q: v for (pl, q), v in slot["quarters"].items() if pl == label}
        last_q = max(quarters) if quarters else None
        latest = year or (quarters[last_q] if last_q else None)
        reg_on = _d(reg.get("registered_on")) if reg else None
        overdue = []
        if reg is None and reg_due and today > reg_due:
            overdue.append(f"Chưa gửi đăng ký (hạn {reg_due:%d/%m/%Y})")
        for q, due in enumerate(quarter_dues, start=1):
            if today > due and q not in quarters and (year is None):
                overdue.append(f"Chưa gửi báo cáo quý {q} (hạn {due:%d/%m/%Y})")
        if year is None and year_due and today > year_due:
            overdue.append(f"Chưa gửi kết quả cuối năm (hạn {year_due:%d/%m/%Y})")
        statuses = dict((latest or {}).get("statuses") or {})
        for cid, st in statuses.items():
            if cid in per and st != "not_applicable":
                per[cid][1] += 1
                per[cid][0] += st == "met"
        rows.append(BranchRow(
            code=b.code, name=b.name, branch_type=bt, branch_type_vi=b.branch_type.label_vi if b.branch_type else "",
            period=label, enrolled=b.code in enrolled,
            member_count=(reg or {}).get("member_count") if reg else None,
            registered=reg is not None, registered_on=reg_on, registration_deadline=reg_due,
            registered_on_time=(reg_on <= reg_due) if (reg_on and reg_due) else (None if reg is None else True),
            last_quarter=last_q, report_as_of=_d((latest or {}).get("as_of")), statuses=statuses,
            met=(latest or {}).get("met"), applicable=(latest or {}).get("applicable"),
            completion_share=(latest or {}).get("completion_share"),
            recognisable=(latest or {}).get("recognisable"), proposed=(year or {}).get("proposed") if year else None,
            recognised=b.code in recognised.get(label, ()), overdue=tuple(overdue)))
    unions = []
    for u in sorted((c for c in children if c.kind is UnitKind.DOAN_CO_SO), key=lambda u: u.code):
        slot = by_sender.get(u.code, {})
        got = {k[1]: v for k, v in slot.items() if isinstance(k, tuple) and k[0] == "summary"} if slot else {}
        summ = next((v for k, v in (slot or {}).items() if isinstance(k, tuple) and k[0] == "summary"), None)
        totals = (summ or {}).get("totals") or {}
        unions.append(UnionRow(u.code, u.name, totals.get("branches"), totals.get("registered"),
                               totals.get("recognisable"), totals.get("recognised"),
                               _d((summ or {}).get("as_of")), tuple(sorted(got))))
    return Dashboard(me, period, today, tuple(rows), tuple(unions), criteria,
                     {c: tuple(v) for c, v in per.items()})


def _deadlines(cat, p: Period, branch_type: str | None, grace: int) -> tuple:
    reg_due = year_due = None
    if cat is not None:
        d = deadline(cat, p, branch_type, "register")
        reg_due = d.due if d else None
        d = deadline(cat, p, branch_type, "results_summary")
        year_due = d.due if d else None
    quarter_dues = [qe + timedelta(days=grace) for _qs, qe in p.quarters()]
    if year_due is not None:
        quarter_dues = [d for d in quarter_dues if d < year_due]  # the year-end result covers the last quarter
    return reg_due, quarter_dues, year_due


def _recognised_codes(ctx: AppContext, me: Unit, labels) -> dict[str, set[str]]:
    """Branches this unit recognised (decisions recorded here, issue 5), per period label."""
    try:
        from desktop.services.recognition import decisions
    except ImportError:  # pragma: no cover
        return {}
    out: dict[str, set[str]] = {}
    for label in labels:
        for d in decisions(ctx, label):
            if d["issuer_code"] == me.code:
                out.setdefault(label, set()).update(d["branches"])
    return out
