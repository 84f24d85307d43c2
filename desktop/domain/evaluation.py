"""The evaluation engine: where a unit stands on every criterion of a campaign (issue 5 item 3).

Pure Python and deterministic: ``evaluate(catalog, data)`` reads only the snapshot it is given
(``UnitYearData``, built from the database by desktop/services/year/evaluation.py) and returns an
``Evaluation``: per criterion a status, the measured value against the threshold, an
explanation a branch secretary understands (Vietnamese and English) and the evidence behind it;
then the completion share over the applicable criteria and whether the recognition rule
(≥ 80 %, BRIEF §1 "Recognition rule") is met.

Statuses
--------
``met``              the records satisfy the criterion (for a running period: everything that is
                     due so far is done — every quarter, week and year that has begun is covered).
``not_met``          the criterion is not satisfied and can no longer be in this period: the period
                     is over, or part of it failed for good (a quarter or week that has ended
                     without a record, an incident recorded, a request that did not reach 60 %
                     under the "every request" rule), or a judgement says "not met".
``at_risk``          the evaluation date is on or before the period's last day, the criterion is not
                     met on the records so far, and nothing has failed for good: a count, a share or
                     the current quarter/week/year can still be completed before its end.
``not_applicable``   the catalog's ``applies_when`` excludes this unit (CD-3.7 for branches of 100 %
                     Party members or grade-10/11 pupils), or a unit setting says so
                     (``cd14_when_no_request = not_applicable``).
``needs_judgement``  a qualitative criterion (CD-1.3, CD-3.1) without a recorded judgement.

Records are counted when dated inside the period (weekly posts: inside a week of the period);
the evaluation date only decides what is still running. Percentages use the member base chosen
by the unit setting ``member_base`` (see ``_Population``). Every rule the documents leave open
is a unit setting (desktop/domain/settings.py) and the evaluation lists the values it used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from desktop.domain.catalog import Catalog, Recognition
from desktop.domain.evaluation_model import (
    AT_RISK,
    MET,
    NEEDS_JUDGEMENT,
    NOT_APPLICABLE,
    NOT_MET,
    SETTINGS_USED,
    STATUS_LABELS,
    STATUSES,
    ActivityRef,
    CriterionResult,
    Evaluation,
    Evidence,
    Judgement,
    MemberFacts,
    UnitYearData,
)
from desktop.domain.evaluation_rules import _evaluate_criterion, _Run, _say, period_weeks
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.phrases import Listing, Percent

__all__ = [
    "AT_RISK",
    "MET",
    "NEEDS_JUDGEMENT",
    "NOT_APPLICABLE",
    "NOT_MET",
    "SETTINGS_USED",
    "STATUSES",
    "STATUS_LABELS",
    "ActivityRef",
    "CriterionResult",
    "Evaluation",
    "Evidence",
    "Judgement",
    "MemberFacts",
    "UnitYearData",
    "evaluate",
    "period_weeks",
    "restricted",
]


def _recognition(catalog: Catalog, settings: dict) -> Recognition:
    base = catalog.recognition or Recognition(0.8, "ceil", "per_criterion", "")
    return Recognition(base.min_share, settings["recognition_rounding"], settings["recognition_counting"], base.note_vi)


def evaluate(catalog: Catalog, data: UnitYearData) -> Evaluation:
    """Evaluate every criterion of ``catalog`` for the snapshot ``data`` (deterministic).

    Only what had happened by the evaluation date counts: records dated after ``as_of`` are
    left out whoever built the snapshot (``evaluate --as-of``, the quarter view, the screens)."""
    run = _Run(catalog, _up_to(data, data.as_of))
    facts = run.facts()
    results = tuple(_evaluate_criterion(run, c, facts) for c in catalog.criteria)
    applicable = [r for r in results if r.status != NOT_APPLICABLE]
    met = sum(1 for r in applicable if r.status == MET)
    rec = _recognition(catalog, run.settings)
    share = met / len(applicable) if applicable else 0.0
    required = rec.required(len(applicable)) if applicable else 0
    if rec.counting == "per_group":
        ok = bool(applicable)
        groups_short = []
        for g in catalog.groups:
            rs = [r for r in applicable if r.group == g.id]
            if not rs:
                continue
            gm = sum(1 for r in rs if r.status == MET)
            if not rec.is_met(gm, len(rs)):
                ok = False
                groups_short.append((g, gm, len(rs)))
        recognisable = ok
        if ok:
            words = _say(
                QT_TRANSLATE_NOOP(
                    "Evaluation",
                    "Recognisable: every criteria group reaches {needed} ({met}/{applicable} criteria met).",
                ),
                needed=Percent(rec.min_share),
                met=met,
                applicable=len(applicable),
            )
        else:
            parts = [
                _say(QT_TRANSLATE_NOOP("Evaluation", "group {group} has {met}/{count}"), group=g.id, met=gm, count=n)
                for g, gm, n in groups_short
            ]
            words = _say(
                QT_TRANSLATE_NOOP(
                    "Evaluation", "Not recognisable (counted per group, each group needs {needed}): {groups}."
                ),
                needed=Percent(rec.min_share),
                groups=Listing(tuple(parts)),
            )
    else:
        recognisable = rec.is_met(met, len(applicable))
        figures = {"met": met, "applicable": len(applicable), "share": Percent(share), "required": required}
        if recognisable:
            source = QT_TRANSLATE_NOOP(
                "Evaluation",
                "Recognisable: {met}/{applicable} applicable criteria met ({share}), at least {required} needed.",
            )
        else:
            source = QT_TRANSLATE_NOOP(
                "Evaluation",
                "Not recognisable yet: {met}/{applicable} applicable criteria met ({share}), at least {required} needed.",
            )
        words = _say(source, **figures)
    if run.pop.base <= 0:
        # Nobody in the period: criteria met by default (no violation, no request) are no
        # achievement, so no share and no recognition (issue 19 item 8: not "12%", "2/16 đạt").
        recognisable = False
        words = _say(
            QT_TRANSLATE_NOOP(
                "Evaluation", "No members in the period yet: add the member list before progress is computed."
            )
        )
    return Evaluation(
        unit_code=data.unit.code,
        unit_name=data.unit.name,
        campaign=catalog.id,
        catalog_version=catalog.version,
        period=data.period,
        as_of=data.as_of,
        running=run.running,
        settings=dict(run.settings),
        criteria=results,
        met=met,
        applicable=len(applicable),
        required=required,
        completion_share=share,
        recognisable=recognisable,
        recognition=words,
        member_base=run.pop.base,
    )


def _up_to(data: UnitYearData, until: date) -> UnitYearData:
    """The records of the snapshot dated up to ``until`` (undated activities stay)."""
    return replace(
        data,
        logs=tuple(e for e in data.logs if e.on_date <= until),
        youth_projects=tuple(a for a in data.youth_projects if a.on_date is None or a.on_date <= until),
        red_address_or_trend=tuple(a for a in data.red_address_or_trend if a.on_date is None or a.on_date <= until),
        judgements={k: j for k, j in data.judgements.items() if j.judged_on <= until},
    )


def _facts_until(m: MemberFacts, until: date) -> MemberFacts:
    """A member's CD-3.3 … CD-3.5 facts as they stood at the close of ``until``: a fact dated
    later was not true yet (a fact without a day counts, as recorded)."""

    def later(on) -> bool:
        return on is not None and on > until

    if not (later(m.residence_on) or later(m.training_registered_on) or later(m.ebook_on) or later(m.ecard_on)):
        return m
    return replace(
        m,
        residence_activity=m.residence_activity and not later(m.residence_on),
        training_registered=m.training_registered and not later(m.training_registered_on),
        training_registered_on=None if later(m.training_registered_on) else m.training_registered_on,
        ebook_issued=m.ebook_issued and not later(m.ebook_on),
        ecard_issued=m.ecard_issued and not later(m.ecard_on),
    )


def restricted(
    data: UnitYearData, until: date, volunteer_days: Mapping[int, float] | None = None, *, closed: bool = True
) -> UnitYearData:
    """The snapshot as it stood at the close of ``until`` (``closed=False``: during that day):
    records dated later are dropped and the evaluation date becomes ``until`` (the quarter
    view). Volunteer days are totals, so the caller passes the totals up to ``until``;
    recognition counts only once the period is over."""
    return replace(
        _up_to(data, until),
        as_of=until,
        day_closed=closed,
        members=tuple(_facts_until(m, until) for m in data.members),
        volunteer_days=volunteer_days if volunteer_days is not None else data.volunteer_days,
        recognised_member_ids=data.recognised_member_ids if until >= data.period.end else None,
    )
