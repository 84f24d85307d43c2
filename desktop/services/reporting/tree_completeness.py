"""Completeness of what an upper level's children sent (issue 23): one row per child unit and
report kind with its state against the deadline of the catalog calendar for that child's type
(the rules are told in tree.py's first lines), and the rates per level."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime

from db.repo import settings as settings_repo
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain import rollup
from desktop.domain.calendar import deadline
from desktop.domain.periods import Period
from desktop.domain.settings import with_defaults
from desktop.domain.units import UnitKind
from desktop.services.context import AppContext
from desktop.domain.periods import label_in_parent_year
from desktop.services.reporting.branch_dashboard import CAMPAIGN, _deadlines, dashboard
from desktop.services.reporting.tree import KIND_VI, STATE_VI, _d, _me


# ============================================================== completeness and timeliness
@dataclass(frozen=True)
class CompletenessRow:
    code: str
    name: str
    level: str  # the child's kind
    report: str  # "registration" | "quarterly" | "year-end" | "registration-summary" | "results-summary"
    quarter: int | None
    due: date | None
    sent_on: date | None
    state: str  # STATE_VI keys

    @property
    def report_vi(self) -> str:
        return KIND_VI[self.report].format(q=self.quarter)


@dataclass(frozen=True)
class Completeness:
    code: str
    name: str
    period: str
    as_of: date
    rows: tuple[CompletenessRow, ...]

    below: tuple[CompletenessRow, ...] = ()  # a Đoàn cấp trên: the branches' reports, from the summaries

    @property
    def rates(self) -> dict:
        """Per level: rows due, received, on time, and the two rates (None when nothing is due)."""
        out: dict[str, dict] = {}
        for r in self.rows + self.below:
            if r.state in ("not_due", "kept_here"):
                continue
            lv = out.setdefault(r.level, {"due": 0, "received": 0, "on_time": 0, "late": 0, "missing": 0})
            lv["due"] += 1
            lv["received"] += r.state in ("on_time", "late")
            lv[r.state] += 1
        for lv in out.values():
            lv["reporting_rate"] = round(lv["received"] / lv["due"], 4) if lv["due"] else None
            lv["on_time_rate"] = round(lv["on_time"] / lv["due"], 4) if lv["due"] else None
        return out

    def to_json(self) -> dict:
        return {
            "unit": {"code": self.code, "name": self.name},
            "period": self.period,
            "as_of": self.as_of,
            "rates": self.rates,
            "rows": [{**asdict(r), "report_vi": r.report_vi, "state_vi": STATE_VI[r.state]} for r in self.rows],
            "branch_rows": [{**asdict(r), "report_vi": r.report_vi, "state_vi": STATE_VI[r.state]} for r in self.below],
        }


def _sent(created: str | None, received: datetime | None) -> date | None:
    return _d(created) or (received.date() if received else None)


def _state(due: date | None, sent: date | None, today: date) -> str:
    if sent is not None:
        return "on_time" if due is None or sent <= due else "late"
    return "missing" if due is not None and today > due else "not_due"


def _digests(ctx: AppContext, me, period: str) -> dict[str, list]:
    """sender -> the branch rows digest (rollup.reports_digest) of the summary in force each child
    sent for ``period`` (results over registration), in one query; a summary stored without its
    digest (or with one this build cannot read) is digested here from its data."""
    with ctx.uow.read() as s:
        rows = repo.current_with_dates(
            s, kinds=("summary",), recipient_code=me.code, campaign=CAMPAIGN, periods=(period,), with_data="reports"
        )
    got: dict[str, dict] = {}
    for rid, sender, _k, _p, _q, summary_json, _c, _r, raw in rows:
        summ = json.loads(summary_json or "{}")
        which = "registration" if summ.get("summary_kind") == "registration" else "results"
        got.setdefault(sender, {})[which] = (rid, raw)
    out: dict[str, list] = {}
    for sender, by in got.items():
        rid, raw = by.get("results") or by.get("registration")
        value = _loads(raw)
        if not rollup.valid_digest(value):  # none stored, or one this build cannot read: the rows again
            with ctx.uow.read() as s:
                data = _loads(repo.received_data(s, rid))
            value = rollup.reports_digest(data.get("branches") if isinstance(data, dict) else None)
        out[sender] = value
    return out


def _loads(raw):
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


def completeness(ctx: AppContext, period: str, *, today: date | None = None) -> Completeness:
    """The completeness table of ``period`` (module note). A city's is ~30,000 rows built at once:
    the cycle collector is paused meanwhile (its passes over them cost more than building them;
    nothing here makes reference cycles)."""
    from desktop.services.membership import bulk_objects

    with bulk_objects():
        return _completeness(ctx, period, today=today)


def _completeness(ctx: AppContext, period: str, *, today: date | None = None) -> Completeness:
    Period.parse(period)
    today = today or ctx.today()
    me = _me(ctx)
    cat = ctx.catalogs.get(CAMPAIGN)
    with ctx.uow.read() as s:
        children = sorted(units_repo.children(s, me.code), key=lambda u: u.code)
        grace = int(with_defaults(settings_repo.all_for(s, me.code))["quarterly_report_days"])
        enrolled = {e.unit_code for e in repo.list_enrolled(s, "child")}
        labels = tuple(sorted({label_in_parent_year(period, school=u.is_school) for u in children} | {period}))
        pkgs = repo.current_with_dates(
            s,
            kinds=("registration", "quarterly", "year-end", "summary"),
            recipient_code=me.code,
            campaign=CAMPAIGN,
            periods=labels,
        )
    got: dict[tuple, date | None] = {}
    for _rid, sender, kind, plabel, quarter, summary_json, created, received in pkgs:
        if kind == "summary":
            which = json.loads(summary_json or "{}").get("summary_kind")
            kind = "registration-summary" if which == "registration" else "results-summary"
        got[(sender, kind, plabel, quarter)] = _sent(created, received)
    board = dashboard(ctx, period, today=today) if me.kind is UnitKind.DOAN_CO_SO else None
    regs = {r.code: r for r in board.rows} if board else {}
    rows: list[CompletenessRow] = []
    branch_dues: dict[tuple, tuple] = {}
    union_dues: dict[tuple, date | None] = {}
    for u in children:
        label = label_in_parent_year(period, school=u.is_school)
        bt = u.branch_type.value if u.branch_type else None
        p = Period.parse(label)
        if u.kind is UnitKind.CHI_DOAN:
            if me.kind is not UnitKind.DOAN_CO_SO:
                continue
            if (label, bt) not in branch_dues:
                branch_dues[(label, bt)] = _deadlines(cat, p, bt, grace)
            reg_due, quarter_dues, year_due = branch_dues[(label, bt)]
            r = regs.get(u.code)
            kept = u.code not in enrolled
            if r is not None and r.registered:
                sent = r.registered_on
                state = "on_time" if r.registered_on_time is not False else "late"
            else:
                sent, state = None, _state(reg_due, None, today)
            rows.append(CompletenessRow(u.code, u.name, u.kind.value, "registration", None, reg_due, sent, state))
            for q, due in enumerate(quarter_dues, start=1):
                sent = got.get((u.code, "quarterly", label, q))
                state = "kept_here" if kept and sent is None else _state(due, sent, today)
                rows.append(CompletenessRow(u.code, u.name, u.kind.value, "quarterly", q, due, sent, state))
            sent = got.get((u.code, "year-end", label, None))
            state = "kept_here" if kept and sent is None else _state(year_due, sent, today)
            rows.append(CompletenessRow(u.code, u.name, u.kind.value, "year-end", None, year_due, sent, state))
        else:
            for report, step in (
                ("registration-summary", "registration_summary"),
                ("results-summary", "results_summary"),
            ):
                if (label, bt, step) not in union_dues:  # one deadline per period, type and step
                    d = deadline(cat, p, bt, step) if cat else None
                    union_dues[(label, bt, step)] = d.due if d else None
                due = union_dues[(label, bt, step)]
                sent = got.get((u.code, report, label, None))
                rows.append(
                    CompletenessRow(u.code, u.name, u.kind.value, report, None, due, sent, _state(due, sent, today))
                )
    below: list[CompletenessRow] = []
    dues: dict = {}
    days: dict = {}
    branch_kind = UnitKind.CHI_DOAN.value

    def day(raw) -> date | None:  # tens of thousands of report rows, a few hundred dates
        raw = raw if isinstance(raw, str) else None
        if raw not in days:
            days[raw] = _d(raw)
        return days[raw]

    if me.kind is UnitKind.DOAN_CAP_TREN:
        # The branch level, as far as the summaries received tell it: every report each branch
        # owed its Đoàn cơ sở (the row's "reports", judged again against today), else its
        # registration (registered, on time) against its own deadline. Read from the compact
        # digest stored with each summary (rollup.reports_digest), not from its branch rows.
        for digest in _digests(ctx, me, period).values():
            for code, name, bt, registered, on_time, registered_on, reports in digest:
                code, name = str(code or ""), str(name or "")
                if reports is not None:
                    for report, quarter, due, sent_on, x_state in reports:
                        due = days[due] if due in days else day(due)
                        on = days[sent_on] if sent_on in days else day(sent_on)
                        if x_state == "kept_here" and on is None:
                            state = "kept_here"
                        elif report == "registration" and on is not None:
                            state = "late" if x_state == "late" else "on_time"
                        else:
                            state = _state(due, on, today)
                        below.append(CompletenessRow(code, name, branch_kind, report, quarter, due, on, state))
                    continue
                if bt not in dues:  # one deadline per branch type (thousands of branches)
                    school = bt == "truong-hoc"
                    label = f"{int(period) - 1}-{period}" if school and period.isdigit() else period
                    d = deadline(cat, Period.parse(label), bt, "register") if cat else None
                    dues[bt] = d.due if d else None
                due = dues[bt]
                on = day(registered_on)
                if registered:
                    state = "late" if on_time is False else "on_time"
                else:
                    state = _state(due, None, today)
                below.append(CompletenessRow(code, name, branch_kind, "registration", None, due, on, state))
    return Completeness(me.code, me.name, period, today, tuple(rows), tuple(below))
