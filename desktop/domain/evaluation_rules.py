"""The rules of the evaluation engine, one function per kind of criterion (BRIEF §1, CD-1.1 …
CD-3.8), dispatched on the catalog's ``evidence`` key. See desktop/domain/evaluation.py for the
statuses and what they mean."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from desktop.domain.catalog import Criterion
from desktop.domain.evaluation_calendar import (
    _cd_activities,
    _cd_introductions,
    _cd_meetings,
    _cd_thematic,
    _cd_weekly,
    period_weeks,
)
from desktop.domain.evaluation_conduct import _cd_flag, _cd_incidents, _cd_judgement, _cd_volunteer_days
from desktop.domain.evaluation_model import AT_RISK, MET, NEEDS_JUDGEMENT, NOT_APPLICABLE, NOT_MET, CriterionResult
from desktop.domain.evaluation_run import _d, _ranges, _result, _Run, _say, quarter_name
from desktop.domain.evaluation_shares import _cd_information, _cd_recognised, _cd_share_requests
from desktop.domain.logs import (
    ALERT,
    INCIDENT,
    INFORMATION,
    MEETING,
    PARTY_INTRODUCTION,
    SHARE_REQUEST,
    THEMATIC_SESSION,
    WEEKLY_POST,
)
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.phrases import Listing, Phrase, Words
from desktop.domain.units import Unit

# The rules live by concern in evaluation_run (shared helpers, the member base, the run),
# evaluation_shares, evaluation_calendar and evaluation_conduct; this module dispatches them and
# keeps the names the rest of the application imports from here.
__all__ = ["_evaluate_criterion", "_Run", "_say", "period_weeks", "quarter_cell", "quarter_name"]

# ------------------------------------------------------------------------------ dispatch

_BY_EVIDENCE = {
    INFORMATION: _cd_information,
    THEMATIC_SESSION: _cd_thematic,
    ALERT: _cd_judgement,
    SHARE_REQUEST: _cd_share_requests,
    INCIDENT: _cd_incidents,
    WEEKLY_POST: _cd_weekly,
    "judgement": _cd_judgement,
    MEETING: _cd_meetings,
    "volunteer_days": _cd_volunteer_days,
    PARTY_INTRODUCTION: _cd_introductions,
    "member_recognition": _cd_recognised,
}


def _evaluate_criterion(run: _Run, c: Criterion, facts: dict) -> CriterionResult:
    if not c.applies_to(facts):
        why = _na_reason(c, facts, run.data.unit)
        if why is None:
            # the catalog's own reason (Vietnamese data), else the general one
            why = c.not_applicable_reason_vi or _say(
                QT_TRANSLATE_NOOP("Evaluation", "The criterion does not apply to this unit.")
            )
        return _result(c, NOT_APPLICABLE, None, None, why)
    ev = c.evidence or ""
    if ev.startswith("volunteer:"):
        return _cd_activities(run, c)
    if ev.startswith("member_flag:"):
        return _cd_flag(run, c)
    fn = _BY_EVIDENCE.get(ev)
    if fn is None:
        if c.measure == "qualitative":
            return _cd_judgement(run, c)
        return _result(
            c,
            NEEDS_JUDGEMENT,
            None,
            c.threshold,
            _say(QT_TRANSLATE_NOOP("Evaluation", "This criterion is not computed automatically: record a judgement.")),
        )
    return fn(run, c)


def _na_reason(c: Criterion, facts: dict, unit: Unit) -> Phrase | None:
    failed = [cond for cond in c.applies_when if not cond.holds(facts)]
    for cond in failed:
        if cond.fact == "all_party_members":
            source = "" if unit.all_party_members else _say(QT_TRANSLATE_NOOP("Evaluation", " (from the member list)"))
            return _say(
                QT_TRANSLATE_NOOP(
                    "Evaluation", "Not applicable: every member of the branch is a Party member{source}."
                ),
                source=source,
            )
        if cond.fact == "grade":
            return _say(
                QT_TRANSLATE_NOOP("Evaluation", "Not applicable: a grade-{grade} pupils' branch."),
                grade=str(facts.get("grade")),
            )
    return None


def quarter_cell(
    c: Criterion, r: CriterionResult, index: int, qe: date, over: bool, label: Words, qs: date | None = None
) -> CriterionResult:
    """The quarter grid's cell for a criterion required every quarter (CD-1.2): that quarter's own
    records decide (issue 19 item 8: a session in Q4 turns Q4 green even if Q2 was missed).
    Other criteria keep the state of the year so far. ``label``: the quarter's name
    (``quarter_name``: a school year's quarters are named by their place in the period)."""
    name = label
    if c.period == "week" and (r.details or {}).get("weeks") is not None:
        return _week_cell(r, index, qe, over, name, qs)
    per = (r.details or {}).get("per_quarter")
    if c.period != "quarter" or per is None:
        return r
    need = int(c.threshold or 1)
    n = per.get(index, 0)
    if n >= need:
        return replace(
            r,
            status=MET,
            value=n,
            threshold=need,
            explanation=_say(
                QT_TRANSLATE_NOOP("Evaluation", "{quarter}: {count} thematic session(s)."), quarter=name, count=n
            ),
            due=None,
        )
    if over:
        return replace(
            r,
            status=NOT_MET,
            value=n,
            threshold=need,
            explanation=_say(QT_TRANSLATE_NOOP("Evaluation", "{quarters} has no thematic session."), quarters=name),
            due=None,
        )
    return replace(
        r,
        status=AT_RISK,
        value=n,
        threshold=need,
        explanation=_say(
            QT_TRANSLATE_NOOP("Evaluation", "{quarter} has no thematic session yet (due {end})."),
            quarter=name,
            end=_d(qe),
        ),
        due=qe,
    )


def _week_cell(r: CriterionResult, index: int, qe: date, over: bool, name: Words, qs: date | None) -> CriterionResult:
    """CD-2.4 in the quarter grid: the weeks whose Thursday falls in the quarter, by their own posts
    (a week missed in an earlier quarter does not keep this quarter red)."""
    start = qs or date(qe.year, max(1, qe.month - 2), 1)
    missed_ids = set(r.details.get("missed_weeks") or ())
    mine = [
        (date.fromisoformat(m), w, ok)
        for m, w, ok in r.details["weeks"]
        if start <= date.fromisoformat(m) + timedelta(days=3) <= qe
    ]
    missed = [w for m, w, _ in mine if f"{m.isocalendar()[0]}-W{w:02d}" in missed_ids]
    covered = sum(1 for _, _, ok in mine if ok)
    if missed:
        return replace(
            r,
            status=NOT_MET,
            value=covered,
            threshold=len(mine),
            due=None,
            explanation=_say(
                QT_TRANSLATE_NOOP(
                    "Evaluation", "{quarter}: week(s) {weeks} without a good example ({covered}/{total} weeks covered)."
                ),
                quarter=name,
                weeks=Listing(tuple(_ranges(missed))),
                covered=covered,
                total=len(mine),
            ),
        )
    if not over and r.status == AT_RISK and r.due is not None and start <= r.due <= qe + timedelta(days=6):
        return replace(r, value=covered, threshold=len(mine))  # this week is still open
    return replace(
        r,
        status=MET,
        value=covered,
        threshold=len(mine),
        due=None,
        explanation=_say(
            QT_TRANSLATE_NOOP("Evaluation", "{quarter}: {covered} weeks with a good example, none missed."),
            quarter=name,
            covered=covered,
        ),
    )
