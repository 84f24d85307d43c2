"""The Đoàn cơ sở's dashboard of its branches (issue 7 item 6), from the packages they sent and,
for branches without packages, from the records the Đoàn cơ sở keeps for them itself.

For a period it answers, per branch: has it registered, on which date and by the deadline
(30/9 schools, 10/11 others — the 20/11 summary counts them, BRIEF §3.1 step 2a); how far it is
on each criterion and its completion share (its latest quarterly report or year-end result);
whether it is recognisable (≥ 80 %, BRIEF §1) and proposed; whether it was recognised; and what
is overdue. It reads only the compact summaries stored with each package (one query), so it opens
fast with hundreds of branches. A Đoàn cấp trên sees its Đoàn cơ sở the same way, from the
summaries they sent.

Branches kept on this computer. Many branches have no installation of their own ("not enrolled"):
the Đoàn cơ sở records their registration, logs and volunteer days itself (BRIEF §3.1 step 2a/2b:
it guides and monitors them). For every branch without a received package for the period:

* registration (step 1) comes from the local registration versions (cycle, issue 5): the branch
  is registered once a version is submitted; the date is that of the FIRST submitted version (an
  amendment later does not make a registration that was made in time late), checked against the
  same deadline (10/11, schools 30/9, BRIEF §3.1); the member count is the members registered
  with the latest submitted version;
* progress (met / applicable / share / recognisable / status per criterion) comes from the local
  evaluation (the engine of issue 5). It costs ~5 ms per branch, so ``dashboard`` leaves these
  columns pending (``BranchRow.evaluating``) and ``local_evaluations`` + ``with_local`` fill them
  in from a background job;
* proposed comes from a submitted local year-end proposal ("đề nghị", D6), recognised from the
  decisions recorded here (as for every branch).

When a package was received, it wins (the branch's own installation is the source of truth for an
enrolled branch, and its data is read-only here). ``BranchRow.registration_source`` /
``report_source`` say where each part came from ("package" or "local").

What is "overdue" depends on who keeps the records. An enrolled branch must SEND its registration,
quarterly reports and year-end result: a missing package after its deadline is overdue. For a
branch the Đoàn cơ sở keeps itself nothing is sent, so only what is missing from the records
counts: no submitted registration after the step 1 deadline (BRIEF §3.1 step 1; a draft says so).
Quarterly monitoring (step 2b) is the Đoàn cơ sở's own work, shown by the progress columns, and the
seeds give no date for the branch proposal (BRIEF D6, "seeds silent on date"), so neither is
reported as overdue for such a branch — no rule is invented for them.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from db.repo import branch_records as local_repo
from db.repo import settings as settings_repo
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.calendar import deadline
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period, label_in_parent_year, unit_period
from desktop.domain.settings import with_defaults
from desktop.domain.units import Unit, UnitKind
from desktop.services.context import AppContext

CAMPAIGN = "chi-doan-xhcn"

# What can be overdue (the module note says for whom). The screen translates the keys itself.
OVERDUE_VI = {
    "registration_not_sent": "Chưa gửi đăng ký (hạn {due})",
    "registration_draft": "Bản đăng ký còn là bản nháp, chưa nộp (hạn {due})",
    "not_registered": "Chưa đăng ký (hạn {due})",
    "quarterly_not_sent": "Chưa gửi báo cáo quý {q} (hạn {due})",
    "year_end_not_sent": "Chưa gửi kết quả cuối năm (hạn {due})",
}


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
    overdue: tuple[str, ...] = ()  # in Vietnamese (CLI, summaries); the screen uses overdue_items
    overdue_items: tuple[tuple[str, date, int | None], ...] = ()  # (OVERDUE_VI key, deadline, quarter)
    registration_source: str | None = None  # "package" | "local" | None (nothing recorded)
    report_source: str | None = None  # "package" | "local" | None
    received_at: datetime | None = None  # newest package shown in this row
    year_end: bool = False  # the progress shown is the year-end result received
    evaluating: bool = False  # the local evaluation columns are still being computed
    no_members: bool = False  # evaluated here with nobody in the period: no share is shown

    @property
    def source(self) -> str | None:
        """ "package", "local", "both" or None: where the figures in this row come from."""
        got = {self.registration_source, self.report_source} - {None}
        return None if not got else got.pop() if len(got) == 1 else "both"


@dataclass(frozen=True)
class LocalResult:
    """A branch's progress evaluated from the Đoàn cơ sở's own records."""

    met: int
    applicable: int
    completion_share: float
    recognisable: bool
    statuses: dict
    as_of: date
    no_members: bool = False


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
    def pending(self) -> tuple[BranchRow, ...]:
        """Rows whose progress columns wait for the local evaluation."""
        return tuple(r for r in self.rows if r.evaluating)

    @property
    def totals(self) -> dict:
        rows = self.rows
        return {
            "evaluating": sum(1 for r in rows if r.evaluating),
            "local": sum(1 for r in rows if r.source in ("local", "both")),
            "branches": len(rows),
            "registered": sum(r.registered for r in rows),
            "registered_on_time": sum(1 for r in rows if r.registered_on_time),
            "reporting": sum(1 for r in rows if r.completion_share is not None),
            "recognisable": sum(1 for r in rows if r.recognisable),
            "proposed": sum(1 for r in rows if r.proposed),
            "recognised": sum(1 for r in rows if r.recognised),
            "overdue": sum(1 for r in rows if r.overdue),
        }


def available(unit: Unit | None) -> bool:
    return unit is not None and unit.kind in (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN)


def _d(text) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def dashboard(
    ctx: AppContext, period: str, *, today: date | None = None, evaluate_local: bool = False, cancel=None
) -> Dashboard:
    """The branches of this installation's Đoàn cơ sở for ``period`` ("2026").

    Cheap (a few queries): the progress of branches kept here without packages is left pending
    (``Dashboard.pending``); ``local_evaluations`` computes it and ``with_local`` fills it in. With
    ``evaluate_local`` both are done here (~5 ms per branch: for the CLI and the summaries sent up,
    not for the GUI thread)."""
    board = _dashboard(ctx, period, today=today)
    if evaluate_local and board.pending:
        board = with_local(board, local_evaluations(ctx, board, cancel=cancel))
    return board


def _dashboard(ctx: AppContext, period: str, *, today: date | None = None) -> Dashboard:
    today = today or ctx.today()
    Period.parse(period)  # a clear message for a bad label
    cat = ctx.catalogs.get(CAMPAIGN)
    with ctx.uow.read() as s:
        me = units_repo.get_self(s)
        if not available(me):
            raise DomainError("Bảng theo dõi các chi đoàn dành cho Đoàn cơ sở và Đoàn cấp trên.", field="unit")
        children = units_repo.children(s, me.code)
        enrolled = repo.enrolled_codes(s, "child")
        grace = int(with_defaults(settings_repo.all_for(s, me.code))["quarterly_report_days"])
        branches = [u for u in children if u.kind is UnitKind.CHI_DOAN]
        labels = sorted({label_in_parent_year(period, school=b.is_school) for b in branches} | {period})
        kinds = ("registration", "quarterly", "year-end", "summary")
        summaries = repo.current_summaries(
            s, kinds=kinds, recipient_code=me.code, campaign=CAMPAIGN, periods=tuple(labels), received_at=True
        )
        local_regs: dict[tuple, list] = {}
        local_props: dict[tuple, tuple] = {}
        if branches:
            for code, plabel, _v, status, on, n in local_repo.registration_versions(s, me.code, CAMPAIGN, labels):
                local_regs.setdefault((code, plabel), []).append((status, on, n))
            for code, plabel, status, proposes, on in local_repo.proposals(s, me.code, CAMPAIGN, labels):
                local_props[(code, plabel)] = (status, proposes, on)
    recognised = _recognised_codes(ctx, me, labels)
    # Parse only what is shown: the registration, the year-end result and the latest quarterly
    # report of each branch (the other quarters only count for "what is overdue").
    by_sender: dict[str, dict] = {}
    raw_quarters: dict[str, dict] = {}
    received = {}
    for sender, kind, plabel, quarter, summary_json, received_at in summaries:
        received[(sender, kind, plabel, quarter)] = received_at
        slot = by_sender.setdefault(sender, {"quarters": {}})
        if kind == "quarterly":
            raw_quarters.setdefault(sender, {})[(plabel, quarter)] = summary_json
        else:
            slot[(kind, plabel)] = json.loads(summary_json or "{}")
    for sender, qs in raw_quarters.items():
        latest: dict[str, tuple] = {}
        for plabel, quarter in qs:
            if plabel not in latest or quarter > latest[plabel][1]:
                latest[plabel] = (plabel, quarter)
        wanted = set(latest.values())
        by_sender[sender]["quarters"] = {k: (json.loads(v or "{}") if k in wanted else {}) for k, v in qs.items()}
    deadlines: dict[tuple, tuple] = {}
    rows = []
    criteria = tuple(c.id for c in cat.criteria) if cat else ()
    for b in sorted(branches, key=lambda u: u.code):
        label = label_in_parent_year(period, school=b.is_school)
        bt = b.branch_type.value if b.branch_type else None
        key = (label, bt)
        if key not in deadlines:
            p = unit_period(label, school=b.is_school, unit_code=b.code)
            deadlines[key] = _deadlines(cat, p, bt, grace)
        reg_due, quarter_dues, year_due = deadlines[key]
        is_enrolled = b.code in enrolled
        slot = by_sender.get(b.code, {"quarters": {}})
        reg = slot.get(("registration", label))
        year = slot.get(("year-end", label))
        quarters = {q: v for (pl, q), v in slot["quarters"].items() if pl == label}
        last_q = max(quarters) if quarters else None
        latest = year or (quarters[last_q] if last_q else None)
        got = [
            received.get((b.code, "registration", label, None)) if reg is not None else None,
            received.get((b.code, "year-end", label, None)) if year is not None else None,
            received.get((b.code, "quarterly", label, last_q)) if last_q and year is None else None,
        ]
        received_at = max((d for d in got if d is not None), default=None)
        # Registration (step 1): the package, else the records kept here.
        draft = False
        if reg is not None:
            reg_source = "package"
            registered, reg_on = True, _d(reg.get("registered_on"))
            members = reg.get("member_count")
            on_time = (reg_on <= reg_due) if (reg_on and reg_due) else True
        else:
            versions = local_regs.get((b.code, label), [])
            submitted = [v for v in versions if v[0] == "submitted"]
            draft = bool(versions) and not submitted
            reg_source = "local" if versions else None
            registered = bool(submitted)
            reg_on = submitted[0][1] if submitted else None  # the first submission (see the module note)
            members = submitted[-1][2] if submitted else None
            on_time = ((reg_on <= reg_due) if (reg_on and reg_due) else True) if registered else None
        # Progress: the latest report received, else the local evaluation (filled in later).
        report_source = "package" if latest is not None else "local"
        proposed = (year or {}).get("proposed") if year else None
        if year is None:
            prop = local_props.get((b.code, label))
            if prop is not None and prop[0] == "submitted":
                proposed = bool(prop[1])
        overdue_items: list[tuple[str, date, int | None]] = []
        if not registered and reg_due and today > reg_due:
            if draft:
                overdue_items.append(("registration_draft", reg_due, None))
            elif is_enrolled:
                overdue_items.append(("registration_not_sent", reg_due, None))
            else:
                overdue_items.append(("not_registered", reg_due, None))
        if is_enrolled:  # only a branch with its own installation sends reports (module note)
            for q, due in enumerate(quarter_dues, start=1):
                if today > due and q not in quarters and (year is None):
                    overdue_items.append(("quarterly_not_sent", due, q))
            if year is None and year_due and today > year_due:
                overdue_items.append(("year_end_not_sent", year_due, None))
        overdue = [OVERDUE_VI[what].format(q=q, due=f"{due:%d/%m/%Y}") for what, due, q in overdue_items]
        statuses = dict((latest or {}).get("statuses") or {})
        rows.append(
            BranchRow(
                code=b.code,
                name=b.name,
                branch_type=bt,
                branch_type_vi=b.branch_type.label_vi if b.branch_type else "",
                period=label,
                enrolled=is_enrolled,
                member_count=members,
                registered=registered,
                registered_on=reg_on,
                registration_deadline=reg_due,
                registered_on_time=on_time,
                last_quarter=last_q,
                report_as_of=_d((latest or {}).get("as_of")),
                statuses=statuses,
                met=(latest or {}).get("met"),
                applicable=(latest or {}).get("applicable"),
                completion_share=(latest or {}).get("completion_share"),
                recognisable=(latest or {}).get("recognisable"),
                proposed=proposed,
                recognised=b.code in recognised.get(label, ()),
                overdue=tuple(overdue),
                overdue_items=tuple(overdue_items),
                registration_source=reg_source,
                report_source=report_source if latest is not None else None,
                received_at=received_at,
                year_end=year is not None,
                evaluating=latest is None,
            )
        )
    unions = []
    for u in sorted((c for c in children if c.kind is UnitKind.DOAN_CO_SO), key=lambda u: u.code):
        slot = by_sender.get(u.code, {})
        got = {k[1]: v for k, v in slot.items() if isinstance(k, tuple) and k[0] == "summary"} if slot else {}
        summ = next((v for k, v in (slot or {}).items() if isinstance(k, tuple) and k[0] == "summary"), None)
        totals = (summ or {}).get("totals") or {}
        unions.append(
            UnionRow(
                u.code,
                u.name,
                totals.get("branches"),
                totals.get("registered"),
                totals.get("recognisable"),
                totals.get("recognised"),
                _d((summ or {}).get("as_of")),
                tuple(sorted(got)),
            )
        )
    return Dashboard(me, period, today, tuple(rows), tuple(unions), criteria, _per_criterion(rows, criteria))


def _per_criterion(rows, criteria) -> dict:
    per = {c: [0, 0] for c in criteria}
    for r in rows:
        for cid, st in r.statuses.items():
            if cid in per and st != "not_applicable":
                per[cid][1] += 1
                per[cid][0] += st == "met"
    return {c: tuple(v) for c, v in per.items()}


def local_evaluations(
    ctx: AppContext, board: Dashboard, *, progress=None, cancel=None, chunk: int = 20, partial=None, every: float = 0.25
) -> dict[str, LocalResult]:
    """Evaluate, from the records kept here, the branches of ``board`` still pending (a few ms
    each: run it off the GUI thread). Checks ``cancel`` between chunks of ``chunk`` branches.
    ``partial(results)``: called with the results so far not yet given, at most every ``every``
    seconds, so a screen can fill its rows in as they come (the last ones only in the return value,
    which holds them all).

    Chunks are small on purpose: only one chunk's records (members, logs, facts) are alive at a
    time, so the garbage collector's passes — on the GUI thread in the app (desktop/ui/gc_guard.py)
    — stay short; what every chunk shares (the volunteer records of the whole Đoàn cơ sở) is read
    once.

    An enrolled branch that sent no report is evaluated only when its record is here (members or
    logs, e.g. applied from a registration package or kept before it had its own installation):
    a share computed from nothing would look like a real 0 %."""
    from desktop.domain.evaluation import evaluate
    from desktop.services.year import load_snapshots

    pending = board.pending
    cat = ctx.catalogs.get(CAMPAIGN)
    if not pending or cat is None:
        return {}
    today = board.as_of
    out: dict[str, LocalResult] = {}
    by_label: dict[str, list[str]] = {}
    enrolled = {r.code: r.enrolled for r in pending}
    for r in pending:
        by_label.setdefault(r.period, []).append(r.code)
    done = 0
    shared: dict = {}  # the volunteer records below this unit, read once for every chunk
    unsent: dict[str, LocalResult] = {}
    last = time.monotonic()
    from desktop.services.membership import bulk_objects

    # Automatic collection paused meanwhile (the CLI; in the app it is off anyway, gc_guard).
    with bulk_objects(), ctx.uow.read() as s:
        held = {u.code: u for u in units_repo.children(s, board.unit.code)}
        for label, codes in by_label.items():
            for i in range(0, len(codes), chunk):
                if cancel is not None:
                    cancel.check()
                units = [held[c] for c in codes[i : i + chunk] if c in held]
                for data in load_snapshots(
                    s, cat, units, label, today, today, root_code=board.unit.code, shared=shared
                ):
                    if enrolled.get(data.unit.code) and not data.members and not data.logs:
                        continue  # an enrolled branch whose record never came here: nothing to show
                    res = local_result(evaluate(cat, data))
                    out[data.unit.code] = unsent[data.unit.code] = res
                done += len(units)
                if progress is not None:
                    progress(done, len(pending), label)
                if partial is not None and unsent and done < len(pending) and time.monotonic() - last >= every:
                    partial(unsent)
                    unsent, last = {}, time.monotonic()
    return out


def local_result(ev) -> LocalResult:
    """The progress columns of a branch from its evaluation here."""
    return LocalResult(
        met=ev.met,
        applicable=ev.applicable,
        completion_share=None if ev.no_members else ev.completion_share,
        recognisable=ev.recognisable,
        statuses={c.id: c.status for c in ev.criteria},
        as_of=min(ev.as_of, ev.period.end),
        no_members=ev.no_members,
    )


def with_local(board: Dashboard, results: dict[str, LocalResult], *, final: bool = True) -> Dashboard:
    """``board`` with the pending progress columns filled from ``results`` (the rows, the totals and
    the per-criterion counts then agree). A pending branch missing from ``results`` (it could not
    be evaluated) is shown without progress — unless ``final`` is False (a part of the results,
    ``local_evaluations(partial=...)``): it then stays pending."""
    if not final and not results:
        return board
    rows = []
    for r in board.rows:
        if not r.evaluating:
            rows.append(r)
            continue
        res = results.get(r.code)
        if res is None:
            rows.append(replace(r, evaluating=False) if final else r)
            continue
        rows.append(
            replace(
                r,
                evaluating=False,
                report_source="local",
                report_as_of=res.as_of,
                statuses=dict(res.statuses),
                met=res.met,
                applicable=res.applicable,
                completion_share=res.completion_share,
                recognisable=res.recognisable,
                no_members=res.no_members,
            )
        )
    return replace(board, rows=tuple(rows), per_criterion=_per_criterion(rows, board.criteria))


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
        from desktop.services.year import decisions
    except ImportError:  # pragma: no cover
        return {}
    out: dict[str, set[str]] = {}
    for label in labels:
        for d in decisions(ctx, label):
            if d["issuer_code"] == me.code:
                out.setdefault(label, set()).update(d["branches"])
    return out
