"""Who is short of volunteer days (CD-3.6, issue 4): each member's days in the unit's assessment
period, the base the share is counted on, the short list sorted by risk, totals by kind and month,
one member's record, and the summary as plain JSON for the command line. Recording activities:
volunteer.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.repo import volunteer as repo
from desktop.domain.collation import person_key
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.volunteer import REQUIRED_DAYS, Activity, MemberDays, VolunteerSummary
from desktop.services.context import AppContext
from desktop.services.volunteering.volunteer import RosterEntry, _period, _roster, _settings


# --------------------------------------------------------------------------- views


def _assessment_date(period: Period, today: date) -> date:
    return min(period.end, max(period.start, today))


def _base_day(session, unit_code: str, period: Period, today: date) -> date:
    """Which day decides who CD-3.6 covers ("every member"): the first day of the period when
    the unit's ``member_base`` setting is ``start``, else the reference day (the end of the
    period, or today while it runs) — as the evaluation engine does (BRIEF §1)."""
    how = _settings(session, unit_code).get("member_base", "end")
    return period.start if how == "start" else _assessment_date(period, today)


def required_days(ctx: AppContext, period_label: str | None = None) -> float:
    """The CD-3.6 minimum from the criteria catalog in force for the period (5 in chi-doan-xhcn
    v1; a catalog update from the upper level may raise it, issue 17)."""
    from desktop.services.catalogs import catalog_for

    cat = catalog_for(ctx, "chi-doan-xhcn", period_label) if period_label else ctx.catalogs.get("chi-doan-xhcn")
    for c in cat.criteria if cat else ():
        if c.evidence == "volunteer_days" and c.threshold is not None:
            return float(c.threshold)
    return REQUIRED_DAYS


def _summary(session, unit_code: str, period: Period, today: date, required: float = REQUIRED_DAYS) -> VolunteerSummary:
    half = repo.member_half_days(session, unit_code, period.start, period.end)
    counts = repo.member_activity_counts(session, unit_code, period.start, period.end)
    on = _assessment_date(period, today)
    base_day = _base_day(session, unit_code, period, today)
    rows = []
    for r in _roster(session, unit_code):
        if not (r.member_during(period.start, period.end) or r.member_id in half):
            continue
        status = r.status_on(on)
        rows.append(
            MemberDays(
                member_id=r.member_id,
                name=r.name,
                days=half.get(r.member_id, 0) / 2,
                counted=r.in_base_on(base_day),
                status=status,
                activities=counts.get(r.member_id, 0),
                name_key=r.key,
                required=required,
            )
        )
    rows.sort(key=lambda m: (person_key(m.name), m.member_id))  # the app's Vietnamese order
    by_kind = repo.activity_counts(session, unit_code, period.start, period.end)
    return VolunteerSummary(
        unit_code=unit_code,
        period=period,
        today=today,
        members=tuple(rows),
        totals=tuple(repo.kind_month_totals(session, unit_code, period.start, period.end)),
        activity_counts=by_kind,
        required=required,
    )


def volunteer_summary(ctx: AppContext, unit_code: str, period=None) -> VolunteerSummary:
    """Per-branch view: every member's days in the period, the CD-3.6 base (members on the
    reference day: the end of the period, or today while it runs; the first day when the unit's
    ``member_base`` is ``start``), who is short and by how much, most at risk first; totals by
    kind and month; CD-2.2 / CD-2.3 activity counts."""
    with ctx.uow.read() as s:
        p = _period(s, unit_code, period, ctx.today())
        return _summary(s, unit_code, p, ctx.today(), required_days(ctx, p.label))


@dataclass(frozen=True)
class MemberRecord:
    member: RosterEntry
    period: Period
    days: MemberDays
    activities: tuple[tuple[Activity, float], ...]  # (activity, days credited by it)


def member_record(ctx: AppContext, unit_code: str, member_id: int, period=None) -> MemberRecord:
    """Per-member view: days in the period, progress to 5, the activities that credited them."""
    with ctx.uow.read() as s:
        p = _period(s, unit_code, period, ctx.today())
        entry = next(iter(_roster(s, unit_code, [member_id])), None)
        if entry is None:
            raise DomainError(f"Không có đoàn viên số {member_id} trong đơn vị “{unit_code}”.", field="member")
        acts = repo.member_activities(s, member_id, p.start, p.end)
        base_day = _base_day(s, unit_code, p, ctx.today())
    total = sum(d for _, d in acts)
    status = entry.status_on(_assessment_date(p, ctx.today()))
    md = MemberDays(
        member_id=member_id,
        name=entry.name,
        days=total,
        counted=entry.in_base_on(base_day),
        status=status,
        activities=len(acts),
        name_key=entry.key,
        required=required_days(ctx, p.label),
    )
    return MemberRecord(member=entry, period=p, days=md, activities=tuple(acts))


def summary_json(summary: VolunteerSummary) -> dict:
    """The JSON of ``sothidua volunteer summary`` (issue 4 §6, plus explanatory fields)."""
    p = summary.period
    return {
        "year": p.year,
        "unit": summary.unit_code,
        "period": {
            "label": p.label,
            "start": p.start.isoformat(),
            "end": p.end.isoformat(),
            "school_year": p.school_year,
        },
        "required_days": summary.required,
        "members": [
            {
                "member_id": m.member_id,
                "name": m.name,
                "days": m.days,
                "met": m.met,
                "needed": m.needed,
                "counted": m.counted,
                "status": m.status,
                "activities": m.activities,
            }
            for m in summary.members
        ],
        "short_count": summary.short_count,
        "short": [
            {"member_id": m.member_id, "name": m.name, "days": m.days, "needed": m.needed, "risk": summary.risk_of(m)}
            for m in summary.short
        ],
        "counted_members": len(summary.counted),
        "cd36_met": summary.cd36_met,
        "days_left": summary.days_left,
        "activities_by_kind": dict(sorted(summary.activity_counts.items())),
        "cd22_projects": summary.cd22_count,
        "cd23_activities": summary.cd23_count,
        "totals_by_kind_month": [
            {
                "kind": t.kind,
                "month": t.month.strftime("%Y-%m"),
                "activities": t.activities,
                "member_days": t.member_days,
                "participants": t.participants,
            }
            for t in summary.totals
        ],
    }
