"""Where a unit stands: load a snapshot from the database and run the evaluation engine
(desktop/domain/evaluation.py), for one unit, for every branch a Đoàn cơ sở holds, quarter by
quarter. The concrete next actions built from it for the home screen are in actions.py
(``NextAction`` and ``next_actions`` are still importable from here).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from db.repo import cycle as cycle_repo
from db.repo import recognition as rec_repo
from db.repo import units as units_repo
from db.repo import volunteer as vol_repo
from desktop.domain.catalog import Catalog
from desktop.domain.collation import vi_key
from desktop.domain.errors import DomainError
from desktop.domain.evaluation import ActivityRef, Evaluation, MemberFacts, UnitYearData, evaluate, restricted
from desktop.domain.evaluation_rules import quarter_cell, quarter_name
from desktop.domain.periods import Period, unit_period
from desktop.domain.settings import with_defaults
from desktop.domain.units import Unit, UnitKind
from desktop.services.context import AppContext

CAMPAIGN = "chi-doan-xhcn"


def _catalog(ctx: AppContext, campaign: str, period_label: str | None = None) -> Catalog:
    """The catalog in force for the period: a newer version received from the upper level
    replaces the bundled one for the periods it declares (issue 17)."""
    from desktop.services.catalogs import catalog_for

    cat = catalog_for(ctx, campaign, period_label) if period_label else ctx.catalogs.get(campaign)
    if cat is None:
        raise DomainError(f"Không có bộ tiêu chí “{campaign}” trên máy này.", field="campaign")
    return cat


def _volunteer_kinds(catalog: Catalog, *, joined: bool) -> list[str]:
    """The volunteer activity kinds the catalog's activity criteria name (``evidence``
    "volunteer:a|b"): of those counting only what the branch organised (CD-2.2), or of those
    counting what its members joined too (``params.counts_joined``, CD-2.3)."""
    kinds: list[str] = []
    for c in catalog.criteria:
        ev = c.evidence or ""
        if ev.startswith("volunteer:") and bool(c.params.get("counts_joined")) == joined:
            kinds += [k for k in ev.split(":", 1)[1].split("|") if k not in kinds]
    return kinds


def _activity_ref(a, start: date, end: date) -> ActivityRef:
    first = min((d for d in a.dates if start <= d <= end), default=a.dates[0] if a.dates else None)
    return ActivityRef(a.id, first, a.name, a.kind)


def _member_days(s, unit_code: str, start: date, end: date) -> dict[int, float]:
    return vol_repo.member_days(s, unit_code, start, end)


def load_snapshots(
    s,
    catalog: Catalog,
    units: list[Unit],
    period_label: str | None,
    as_of: date,
    today: date,
    *,
    root_code: str | None = None,
    shared: dict | None = None,
) -> list[UnitYearData]:
    """Read the snapshots of several units in a few queries (``root_code``: a unit above all of
    them, so the volunteer records are read once for the whole subtree). ``shared``: a dict the
    caller keeps while it loads the units of one subtree chunk by chunk (with ``root_code``), so
    the subtree's volunteer records are read once, not once per chunk."""
    if not units:
        return []
    ids = cycle_repo.unit_ids(s, [u.code for u in units])
    stored = cycle_repo.settings_for_units(s, [u.code for u in units])
    settings = {u.code: with_defaults(stored.get(u.code, {})) for u in units}
    periods = {
        u.code: unit_period(period_label, school=u.is_school, settings=settings[u.code], on=today, unit_code=u.code)
        for u in units
    }
    first = min(p.start for p in periods.values())
    last = max(p.end for p in periods.values())
    members = cycle_repo.member_facts_for_units(s, ids)
    # Weekly posts count by ISO week, so a week straddling a period's edges is read whole.
    logs = cycle_repo.list_logs_for_units(s, ids, first - timedelta(days=6), last + timedelta(days=6))
    judgements = cycle_repo.judgements_for_units(s, ids, catalog.id)
    recognised = rec_repo.recognised_member_ids_for_units(s, ids, {p.label for p in periods.values()})
    member_unit = {m.id: code for code, ms in members.items() for m in ms}
    # Volunteer records per distinct period (calendar and school years differ), once per root.
    by_period: dict[Period, dict] = {}
    for p in set(periods.values()):
        roots = [root_code] if root_code else [u.code for u in units if periods[u.code] == p]
        days: dict[int, float] = {}
        projects: dict[str, list] = {}
        trips: dict[str, list] = {}
        for root in roots:
            # Days are totals: only those done by the evaluation date count (--as-of).
            got = _volunteer(s, catalog, root, p, as_of, shared if root_code else None)
            days.update(got["days"])
            for a in got["cd22"]:
                projects.setdefault(a.unit_code, []).append(_activity_ref(a, p.start, p.end))
            for a in got["cd23"]:
                # CD-2.3 counts an activity the branch organised or its members joined.
                owners = {a.unit_code} | {member_unit.get(m) for m in a.participant_ids}
                for code in owners - {None}:
                    trips.setdefault(code, []).append(_activity_ref(a, p.start, p.end))
        by_period[p] = {"days": days, "projects": projects, "trips": trips}
    recorded = _period_facts(s, members)
    out = []
    for u in units:
        p = periods[u.code]
        vp = by_period[p]
        facts = tuple(_facts_in(m, recorded.get(m.id), p.label) for m in members.get(u.code, ()))
        days = vp["days"]
        ids_recognised = recognised.get((u.code, p.label))
        out.append(
            UnitYearData(
                unit=u,
                period=p,
                as_of=as_of,
                settings=settings[u.code],
                members=facts,
                logs=tuple(logs.get(u.code, ())),
                volunteer_days={m.id: days[m.id] for m in facts if m.id in days},
                youth_projects=tuple(vp["projects"].get(u.code, ())),
                red_address_or_trend=tuple(vp["trips"].get(u.code, ())),
                judgements=judgements.get((u.code, p.label), {}),
                recognised_member_ids=frozenset(ids_recognised) if ids_recognised else None,
            )
        )
    return out


def _volunteer(s, catalog: Catalog, root: str, p: Period, as_of: date, shared: dict | None) -> dict:
    """The volunteer records below ``root`` in period ``p``: member days (done by ``as_of``) and
    the activities CD-2.2 and CD-2.3 count; kept in ``shared`` when given."""
    key = ("volunteer", root, p, as_of)
    if shared is not None and key in shared:
        return shared[key]
    cd22 = _volunteer_kinds(catalog, joined=False)
    cd23 = _volunteer_kinds(catalog, joined=True)
    got = {
        "days": vol_repo.member_days(s, root, p.start, min(p.end, as_of)),
        "cd22": vol_repo.activities_in(s, root, p.start, p.end, cd22, include_joined=False) if cd22 else [],
        "cd23": vol_repo.activities_in(s, root, p.start, p.end, cd23, include_joined=True) if cd23 else [],
    }
    if shared is not None:
        shared[key] = got
    return got


def _period_facts(s, members: dict) -> dict:
    from db.repo import members as members_repo

    return members_repo.period_facts(s, [m.id for ms in members.values() for m in ms])


def _facts_in(m: MemberFacts, recorded: dict, label: str) -> MemberFacts:
    """The member's CD-3.3 … CD-3.5 facts for the period ``label`` (issue 19 item 7): CD-3.3 and
    CD-3.4 from that period's record only (a new period starts with nothing met); the e-book and
    e-card once issued, in that period or an earlier one."""
    if not recorded:
        if not (m.residence_activity or m.residence_on or m.training_registered or m.training_registered_on):
            if not (m.ebook_issued or m.ebook_on or m.ecard_issued or m.ecard_on):
                return m  # nothing recorded, nothing to reset: the same facts
        recorded = {}
    own = recorded.get(label)
    issued = [f for lbl, f in recorded.items() if lbl <= label]
    book = [f.ebook_on for f in issued if f.ebook_issued]
    card = [f.ecard_on for f in issued if f.ecard_issued]

    def first(days):
        return None if not days or None in days else min(days)

    # ``replace`` without the frozen dataclass's field-by-field ``__init__`` (15,000 members per
    # Đoàn cơ sở; MemberFacts has no __post_init__ nor __slots__, db/repo/cycle_units.py checks).
    f = object.__new__(MemberFacts)
    f.__dict__.update(m.__dict__)
    f.__dict__.update(
        residence_activity=bool(own and own.residence_activity),
        residence_on=own.residence_on if own else None,
        training_registered=bool(own and own.training_registered),
        training_registered_on=own.training_on if own else None,
        ebook_issued=bool(book),
        ebook_on=first(book),
        ecard_issued=bool(card),
        ecard_on=first(card),
    )
    return f


def load_snapshot(
    s, catalog: Catalog, unit: Unit, period: Period, as_of: date, settings: dict | None = None
) -> UnitYearData:
    """Read everything the engine needs for ``unit`` and ``period`` inside session ``s``."""
    data = load_snapshots(s, catalog, [unit], period.label, as_of, as_of)[0]
    if settings is not None or data.period != period:
        from dataclasses import replace

        data = replace(data, period=period, settings=settings if settings is not None else data.settings)
    return data


def snapshot(
    ctx: AppContext,
    unit_code: str,
    period_label: str | None = None,
    *,
    campaign: str = CAMPAIGN,
    as_of: date | None = None,
) -> UnitYearData:
    cat = _catalog(ctx, campaign, period_label)
    with ctx.uow.read() as s:
        unit = units_repo.get(s, unit_code)
        if unit is None:
            raise DomainError(f"Không có đơn vị “{unit_code}” trong dữ liệu.", field="unit")
        return load_snapshots(s, cat, [unit], period_label, as_of or ctx.today(), ctx.today())[0]


def evaluate_unit(
    ctx: AppContext,
    unit_code: str,
    period_label: str | None = None,
    *,
    campaign: str = CAMPAIGN,
    as_of: date | None = None,
) -> Evaluation:
    """Evaluate one unit (a chi đoàn) for a period (None: the current one)."""
    cat = _catalog(ctx, campaign, period_label)
    data = snapshot(ctx, unit_code, period_label, campaign=campaign, as_of=as_of)
    if data.unit.kind.value not in cat.applies_to_kinds:
        raise DomainError(
            f"Bộ tiêu chí {campaign} áp dụng cho chi đoàn; “{data.unit.code}” là "
            f"{data.unit.kind.label_vi.lower()}: dùng --all-branches hoặc --branch MÃ.",
            field="unit",
        )
    return evaluate(cat, data)


def held_branches(ctx: AppContext, parent_code: str) -> list[Unit]:
    """The branches (chi đoàn) a Đoàn cơ sở holds: units whose parent is it (any depth)."""
    with ctx.uow.read() as s:
        units = units_repo.list_all(s)
    by_parent: dict[str | None, list[Unit]] = {}
    for u in units:
        by_parent.setdefault(u.parent_code, []).append(u)
    out, stack, seen = [], [parent_code], {parent_code}
    while stack:
        for child in by_parent.get(stack.pop(), []):
            if child.code in seen:
                continue
            seen.add(child.code)
            if child.kind is UnitKind.CHI_DOAN:
                out.append(child)
            stack.append(child.code)
    return sorted(out, key=lambda u: (vi_key(u.name), u.code))  # in Vietnamese order, on screen and paper


def evaluate_branches(
    ctx: AppContext,
    parent_code: str,
    period_label: str | None = None,
    *,
    campaign: str = CAMPAIGN,
    as_of: date | None = None,
    progress=None,
    cancel=None,
) -> list[Evaluation]:
    """Evaluate every branch a Đoàn cơ sở holds (each with its own settings and period type)."""
    cat = _catalog(ctx, campaign, period_label)
    branches = held_branches(ctx, parent_code)
    out = []
    step = 100
    with ctx.uow.read() as s:
        for i in range(0, len(branches), step):
            if cancel is not None:
                cancel.check()
            chunk = branches[i : i + step]
            for data in load_snapshots(
                s, cat, chunk, period_label, as_of or ctx.today(), ctx.today(), root_code=parent_code
            ):
                out.append(evaluate(cat, data))
            if progress is not None:
                progress(min(i + step, len(branches)), len(branches), chunk[-1].name)
    return out


# ------------------------------------------------------------------------------ the quarter view


@dataclass(frozen=True)
class QuarterState:
    index: int
    label_vi: str
    start: date
    end: date
    started: bool
    evaluation: Evaluation | None  # the state when the quarter ended (or today, if it is running)


def evaluate_quarters(
    ctx: AppContext, unit_code: str, period_label: str | None = None, *, campaign: str = CAMPAIGN
) -> list[QuarterState]:
    """Quarterly monitoring ("theo dõi hằng quý", BRIEF §3.1 step 2b): each quarter that has begun
    is evaluated on the records dated up to its last day (or up to today for the running one)."""
    cat = _catalog(ctx, campaign, period_label)
    today = ctx.today()
    data = snapshot(ctx, unit_code, period_label, campaign=campaign, as_of=today)
    out = []
    with ctx.uow.read() as s:
        for i, (qs, qe) in enumerate(data.period.quarters(), start=1):
            started = qs <= today
            ev = None
            if started:
                until = min(qe, today)
                days = _member_days(s, unit_code, data.period.start, until)
                ev = evaluate(cat, restricted(data, until, days, closed=until < today))
                # A criterion required every quarter: the cell counts that quarter's own records.
                cells = tuple(
                    quarter_cell(
                        cat.criterion(r.id), r, i, qe, until < today or qe < today, quarter_name(data.period, i), qs
                    )
                    for r in ev.criteria
                )
                ev = replace(ev, criteria=cells)
            out.append(QuarterState(i, data.period.quarter_label_vi(i), qs, qe, started, ev))
    return out


# The next actions moved to their own module; these names stay importable from here.
from desktop.services.year.actions import NextAction, next_actions  # noqa: E402, F401
