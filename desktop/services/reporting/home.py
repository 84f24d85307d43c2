"""Qt-free data of the home screen ("Tổng quan", issue 11): where the unit stands this period at
a glance, the next deadlines with days left, the reminders due (setting ``reminder_days``,
default 14 and 3 days before, BRIEF §3.1 calendar), and the figures behind the charts:
quarterly progress per criterion group (BRIEF §3.1 step 2b), volunteer days per member against
the CD-3.6 threshold of 5, monthly activity, and on a Đoàn cơ sở its branches by completion share.

Everything is read from the local database: nothing depends on a network. What the unit should
do next is listed by home_actions.py (``unit_next_actions`` is still importable from here).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

from db.repo import members as members_repo
from db.repo import settings as settings_repo
from db.repo import units as units_repo
from desktop.domain.bilingual import catalog_text
from desktop.domain.calendar import DatedDeadline, deadlines
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.periods import Period
from desktop.domain.settings import with_defaults
from desktop.domain.units import Unit, UnitKind
from desktop.i18n.catalogue import texts
from desktop.services.context import AppContext
from desktop.services.units import resolve_period

CAMPAIGN = "chi-doan-xhcn"
log = logging.getLogger(__name__)


def reminder_days(value) -> tuple[int, ...]:
    """'14,3' -> (14, 3): the days before a deadline when a reminder is shown (largest first).
    A bad value falls back to the documented default (desktop/domain/settings.py)."""
    try:
        days = sorted({int(x) for x in str(value).replace(";", ",").split(",") if x.strip()}, reverse=True)
    except ValueError:
        days = []
    days = [d for d in days if 0 <= d <= 365]
    return tuple(days) or (14, 3)


@dataclass(frozen=True)
class Reminder:
    """A deadline inside the reminder window. ``level`` is the reminder day reached (14, 3…):
    the smallest configured number of days that is still ≥ the days left."""

    deadline: DatedDeadline
    days_left: int
    level: int
    mine: bool  # the deadline is this unit's own step (not its upper level's)

    @property
    def key(self) -> str:
        return f"{self.deadline.step}:{self.deadline.due.isoformat()}:{self.level}"

    def text(self, lang: str) -> str:
        d = self.deadline
        when = f"{d.due.day:02d}/{d.due.month:02d}/{d.due.year}"
        n = self.days_left
        t = texts(lang)
        left = t.translate("Deadline", "{0} days left").format(n) if n > 0 else t.translate("Deadline", "due today")
        return t.translate("Deadline", "{0}: due {1} ({2})").format(catalog_text(d, "title", lang), when, left)


@dataclass(frozen=True)
class GroupQuarter:
    group: str
    title_vi: str
    title_en: str
    shares: tuple[float | None, ...]  # per quarter: criteria met / applicable (None: not started)


@dataclass(frozen=True)
class BranchShare:
    code: str
    name: str
    share: float | None  # None: nothing known yet
    recognisable: bool | None


@dataclass(frozen=True)
class HomeData:
    unit: Unit
    period: Period
    today: date
    member_count: int  # on a Đoàn cơ sở or higher: with the members of every unit below it
    deadlines: tuple[tuple[DatedDeadline, bool], ...]  # (deadline, this unit's own step)
    reminders: tuple[Reminder, ...]
    # The branch's own standing (None on other kinds of unit or when it cannot be evaluated).
    met: int | None = None
    applicable: int | None = None
    required: int | None = None
    completion_share: float | None = None
    no_members: bool = False  # the branch has nobody in the period: no share is shown
    recognisable: bool | None = None
    counts: dict = field(default_factory=dict)  # status -> number of criteria
    at_risk: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    quarters: tuple[GroupQuarter, ...] = ()
    quarter_labels: tuple[str, ...] = ()
    volunteer_days: tuple[float, ...] = ()  # the CD-3.6 base, one value per member
    volunteer_required: float = 5.0
    monthly: tuple[tuple[date, int, int], ...] = ()  # (month, evidence records, volunteer activities)
    branches: tuple[BranchShare, ...] = ()
    branch_count: int = 0  # branches below a Đoàn cơ sở or higher level


def _descendants(units, code: str) -> list:
    """Every unit below ``code`` in the tree (children, their children…)."""
    by_parent: dict[str, list] = {}
    for u in units:
        if u.parent_code:
            by_parent.setdefault(u.parent_code, []).append(u)
    out, todo, seen = [], [code], {code}
    while todo:
        for u in by_parent.get(todo.pop(), ()):
            if u.code not in seen:
                seen.add(u.code)
                out.append(u)
                todo.append(u.code)
    return out


def upcoming_deadlines(ctx: AppContext, unit: Unit, today: date, limit: int = 5) -> list[tuple[DatedDeadline, bool]]:
    cat = ctx.catalogs.get(CAMPAIGN)
    if cat is None:
        return []
    period = resolve_period(ctx, unit.code, on=today)
    nxt = resolve_period(ctx, unit.code, str(period.year + 1))
    branch = unit.branch_type.value if unit.branch_type else None
    items = [d for p in (period, nxt) for d in deadlines(cat, p, branch) if d.due >= today]
    items.sort(key=lambda d: d.due)
    return [(d, d.actor == unit.kind.value) for d in items[:limit]]


# How far ahead home looks into next year's calendar of a commune committee (its registration by
# 31/01 shows from November; its Q IV survey of next year does not).
NEXT_YEAR_WINDOW_DAYS = 92


def programme_deadlines(
    ctx: AppContext, period: Period, today: date, limit: int = 5
) -> list[tuple[DatedDeadline, bool]]:
    """A commune committee's next dates: the calendar of the models it takes part in (registration,
    the Q IV survey, the Front's scoring, targets due by a year, the sơ kết) and the unfinished tasks
    of its action programme, by date. Of next year's calendar only the dates within the coming
    quarter (its registration in January), never its repeat of this year's steps a year ahead
    (on 7/12 the Q IV survey of next year is not "upcoming")."""
    from desktop.services import commune_party as commune
    from desktop.services.commune_party import calendar

    open_tasks = [
        t
        for t in commune.tasks(ctx, period.label)
        if t.deadline is not None and t.deadline >= today and t.progress < 100
    ]
    items = [
        DatedDeadline("programme-task", t.title, t.title, UnitKind.DANG_UY_XA.value, t.deadline) for t in open_tasks
    ]
    seen = set()
    soon = today + timedelta(days=NEXT_YEAR_WINDOW_DAYS)
    for label in (period.label, str(period.year + 1)):
        for d in calendar(ctx, label):
            if label != period.label and d.due > soon and not d.step.startswith("due:"):
                continue
            if d.due >= today and (d.step, d.due) not in seen:  # a target due in 2027 is in both years
                seen.add((d.step, d.due))
                items.append(d)
    items.sort(key=lambda d: (d.due, d.title_vi))
    return [(d, d.actor == UnitKind.DANG_UY_XA.value) for d in items[:limit]]


def party_upper_deadlines(today: date) -> list[tuple[DatedDeadline, bool]]:
    """The Ban Tuyên giáo và Dân vận's next date: the communes' yearly reviews, due on the communes'
    default review date (the sources give none; a commune may set its own). The communes' step, not
    the Ban's own, so it is not shown as the Ban's to do."""
    from desktop.domain.settings import UNIT_SETTINGS

    m, d = (int(x) for x in str(UNIT_SETTINGS["commune_review_due"].default).split("-"))
    year = today.year if date(today.year, m, d) >= today else today.year + 1
    title = QT_TRANSLATE_NOOP("Deadline", "The communes' yearly reviews of {year}")
    step = DatedDeadline(
        "commune-review",
        texts("vi").translate("Deadline", title).format(year=year),
        title.format(year=year),
        UnitKind.DANG_UY_XA.value,
        date(year, m, d),
    )
    return [(step, False)]


def reminders_for(items, today: date, days: tuple[int, ...]) -> list[Reminder]:
    out = []
    for d, mine in items:
        left = d.days_left(today)
        reached = [x for x in days if x >= left]
        if left < 0 or not reached:
            continue
        out.append(Reminder(d, left, min(reached), mine))
    return out


def home_data(ctx: AppContext, *, charts: bool = True) -> HomeData | None:
    """Everything the home screen shows for this installation's own unit (None before setup)."""
    today = ctx.today()
    with ctx.uow.read() as s:
        unit = units_repo.get_self(s)
        if unit is None:
            return None
        settings = with_defaults(settings_repo.all_for(s, unit.code))
        member_count = len(members_repo.active_ids_on(s, unit.code, today)) if unit.kind.is_union else 0
        branch_count = 0
        if unit.kind in (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN):
            # An upper level's members are those of the units below it (its branches').
            below = _descendants(units_repo.list_all(s), unit.code)
            branch_count = sum(1 for u in below if u.kind is UnitKind.CHI_DOAN)
            member_count = members_repo.active_count_in(s, [unit.code, *(u.code for u in below)], today)
    period = resolve_period(ctx, unit.code, on=today)
    if unit.kind is UnitKind.DOAN_CAP_TREN:
        # A Thành đoàn keeps no roster: its branches and members are those of the summaries received.
        branch_count, member_count = _received_counts(ctx, period.label, branch_count, member_count)
    if unit.kind is UnitKind.DANG_CAP_TREN:
        # the Party line's upper level keeps no Union calendar; its date is the communes' sơ kết
        items = party_upper_deadlines(today)
    elif unit.kind is UnitKind.DANG_UY_XA:
        # The Union's calendar is not the committee's: its own dates are the deadlines of its action
        # programme's tasks (BRIEF D12; the seeds give no reporting date for a commune, §11).
        items = programme_deadlines(ctx, period, today)
    else:
        items = upcoming_deadlines(ctx, unit, today)
    rems = reminders_for(items, today, reminder_days(settings.get("reminder_days")))
    data = HomeData(
        unit=unit,
        period=period,
        today=today,
        member_count=member_count,
        branch_count=branch_count,
        deadlines=tuple(items),
        reminders=tuple(rems),
    )
    if unit.kind is UnitKind.CHI_DOAN:
        data = _branch_part(ctx, unit, data, charts)
    elif unit.kind in (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN) and charts:
        data = _union_part(ctx, unit, data)
    return data


def _received_counts(ctx: AppContext, period: str, branches: int, members: int) -> tuple[int, int]:
    """An upper level's branches and members as its Đoàn cơ sở reported them (the drill-down's totals);
    what it keeps itself when nothing was received yet."""
    from desktop.services.reporting import tree

    try:
        totals = tree.show(ctx, period).totals
    except Exception:
        log.debug("home: no totals from the summaries", exc_info=True)
        return branches, members
    if not totals["branches"]:
        return branches, members
    return max(branches, totals["branches"]), max(members, totals["members"])


def _branch_part(ctx: AppContext, unit: Unit, data: HomeData, charts: bool) -> HomeData:
    from dataclasses import replace

    from desktop.domain.evaluation_model import AT_RISK, NOT_MET
    from desktop.services.year import evaluate_quarters, evaluate_unit

    try:
        ev = evaluate_unit(ctx, unit.code)
    except Exception:  # noqa: BLE001 — a unit without catalog data still gets its home screen
        return data
    counts = ev.counts()
    data = replace(
        data,
        period=ev.period,
        met=ev.met,
        applicable=ev.applicable,
        required=ev.required,
        completion_share=None if ev.no_members else ev.completion_share,
        recognisable=ev.recognisable,
        counts=counts,
        no_members=ev.no_members,
        at_risk=tuple(r.id for r in ev.criteria if r.status == AT_RISK),
        missing=tuple(r.id for r in ev.criteria if r.status == NOT_MET),
    )
    if not charts:
        return data
    cat = ctx.catalogs.get(CAMPAIGN)
    quarters = evaluate_quarters(ctx, unit.code, ev.period.label)
    groups = []
    for g in cat.groups:
        shares = []
        for q in quarters:
            if q.evaluation is None:
                shares.append(None)
                continue
            rs = [r for r in q.evaluation.criteria if r.group == g.id and r.status != "not_applicable"]
            shares.append(sum(r.status == "met" for r in rs) / len(rs) if rs else None)
        groups.append(GroupQuarter(g.id, g.title_vi, g.title_en, tuple(shares)))
    qlabels = tuple(f"Q{q.index}" for q in quarters)
    vdays: tuple[float, ...] = ()
    required = 5.0
    vol_months: dict[date, int] = {}
    try:
        from desktop.services.volunteering import volunteer_summary

        vs = volunteer_summary(ctx, unit.code, ev.period.label)
        vdays = tuple(m.days for m in vs.counted)
        required = float(vs.required)
        for t in vs.totals:
            vol_months[t.month] = vol_months.get(t.month, 0) + t.activities
    except Exception:
        log.debug("home: no volunteer summary", exc_info=True)
    from db.repo import cycle as cycle_repo

    with ctx.uow.read() as s:
        logs = cycle_repo.list_logs(s, unit.code, ev.period.start, ev.period.end)
    log_months: dict[date, int] = {}
    for e in logs:
        m = e.on_date.replace(day=1)
        log_months[m] = log_months.get(m, 0) + 1
    months = []
    y, mo = ev.period.start.year, ev.period.start.month
    while date(y, mo, 1) <= ev.period.end:
        m = date(y, mo, 1)
        months.append((m, log_months.get(m, 0), vol_months.get(m, 0)))
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return replace(
        data,
        quarters=tuple(groups),
        quarter_labels=qlabels,
        volunteer_days=vdays,
        volunteer_required=required,
        monthly=tuple(months),
    )


def _union_part(ctx: AppContext, unit: Unit, data: HomeData) -> HomeData:
    from dataclasses import replace

    shares: dict[str, BranchShare] = {}
    if unit.kind is UnitKind.DOAN_CO_SO:
        try:
            from desktop.services.year import evaluate_branches

            for ev in evaluate_branches(ctx, unit.code, data.period.label):
                shares[ev.unit_code] = BranchShare(
                    ev.unit_code, ev.unit_name, None if ev.no_members else ev.completion_share, ev.recognisable
                )
        except Exception:
            log.debug("home: branches not evaluated", exc_info=True)
    try:
        from desktop.services.reporting.branch_dashboard import dashboard

        for r in dashboard(ctx, data.period.label).rows:
            if r.code not in shares or (shares[r.code].share is None and r.completion_share is not None):
                shares[r.code] = BranchShare(r.code, r.name, r.completion_share, r.recognisable)
    except Exception:
        log.debug("home: no dashboard", exc_info=True)
    rows = sorted(shares.values(), key=lambda b: (-(b.share if b.share is not None else -1), b.code))
    return replace(data, branches=tuple(rows))


# The next actions moved to their own module; this name stays importable from here.
from desktop.services.reporting.home_actions import unit_next_actions  # noqa: E402, F401
