"""The rules counted by the calendar (BRIEF §1): every quarter (CD-1.2 thematic sessions), every
week (CD-2.4 good-example posts) and counts over the period (CD-2.2 / CD-2.3 activities, CD-3.2
meetings, CD-3.7 Party introductions); dispatched by desktop/domain/evaluation_rules.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from desktop.domain.catalog import Criterion
from desktop.domain.evaluation_model import AT_RISK, MET, NOT_MET, CriterionResult, Evidence
from desktop.domain.evaluation_run import _d, _log_evidence, _ranges, _result, _Run, _say, quarter_name
from desktop.domain.logs import MEETING, PARTY_INTRODUCTION, THEMATIC_SESSION, WEEKLY_POST, LogEntry
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.periods import Period
from desktop.domain.phrases import Joined, Listing, Phrase, phrase

# ---- per quarter / per week --------------------------------------------------------------------


def _cd_thematic(run: _Run, c: Criterion) -> CriterionResult:
    """CD-1.2: every quarter at least one thematic session on one of the three themes."""
    themes = set(c.params.get("themes") or ())
    need = int(c.threshold or 1)
    p = run.period
    sessions = [e for e in run.in_period(THEMATIC_SESSION) if not themes or e.category in themes]
    quarters = p.quarters()
    missed, current_open, covered, due = [], None, 0, 0
    for i, (qs, qe) in enumerate(quarters, start=1):
        if qs > run.as_of:
            continue  # not begun yet
        due += 1
        n = sum(1 for e in sessions if qs <= e.on_date <= qe)
        if n >= need:
            covered += 1
        elif run.over(qe):
            missed.append(i)
        else:
            current_open = (i, qe)
    ev = _log_evidence(sessions)
    details = {
        "quarters_due": due,
        "quarters_covered": covered,
        "missed_quarters": missed,
        "per_quarter": {
            i: sum(1 for e in sessions if qs <= e.on_date <= qe) for i, (qs, qe) in enumerate(quarters, start=1)
        },
    }
    if missed:
        names = Listing(tuple(quarter_name(p, i) for i in missed))
        if len(missed) == 1:
            source = QT_TRANSLATE_NOOP("Evaluation", "{quarters} has no thematic session.")
        else:
            source = QT_TRANSLATE_NOOP("Evaluation", "{quarters} have no thematic session.")
        return _result(c, NOT_MET, covered, due, _say(source, quarters=names), ev, details)
    if current_open is not None:
        i, qe = current_open
        words = _say(
            QT_TRANSLATE_NOOP(
                "Evaluation", "{quarter} has no thematic session yet ({days} days left in the quarter, {end})."
            ),
            quarter=quarter_name(p, i),
            days=run.left(qe),
            end=_d(qe),
        )
        return _result(c, AT_RISK, covered, due, words, ev, details, due=qe)
    if due == 0:
        return _result(c, AT_RISK, 0, 0, _not_started(), ev, details, due=quarters[0][1])
    words = _say(
        QT_TRANSLATE_NOOP("Evaluation", "{covered}/{due} quarters have a thematic session ({sessions} sessions)."),
        covered=covered,
        due=due,
        sessions=len(sessions),
    )
    return _result(c, MET, covered, due, words, ev, details)


def _not_started() -> Phrase:
    return _say(QT_TRANSLATE_NOOP("Evaluation", "The period has not started yet."))


def period_weeks(period: Period, rule: str = "majority") -> list[tuple[int, int, date]]:
    """The ISO weeks of a period as (iso year, week, Monday). ``majority``: weeks with at least
    four days in the period (their Thursday is inside it); ``overlap``: every week touching it."""
    return list(_period_weeks(period, rule))


@lru_cache(maxsize=64)
def _period_weeks(period: Period, rule: str) -> tuple[tuple[int, int, date], ...]:
    out = []
    monday = period.start - timedelta(days=period.start.weekday())
    while monday <= period.end:
        thursday = monday + timedelta(days=3)
        if rule == "overlap" or period.start <= thursday <= period.end:
            iso = monday.isocalendar()
            out.append((iso[0], iso[1], monday))
        monday += timedelta(days=7)
    return tuple(out)


def _cd_weekly(run: _Run, c: Criterion) -> CriterionResult:
    """CD-2.4: every ISO week of the period (up to the evaluation date) has a good-example post."""
    weeks = _period_weeks(run.period, run.settings["cd24_weeks"])
    # The period's last week may run past its end (2026 ends on a Thursday): a post written
    # after the end is too late, and on 1–3 January the verdict is final, not "at risk".
    posts = [e for e in run.logs.get(WEEKLY_POST, []) if e.on_date <= run.period.end]
    posted: dict[tuple[int, int], list[LogEntry]] = {}
    for e in posts:
        iso = e.on_date.isocalendar()
        posted.setdefault((iso[0], iso[1]), []).append(e)
    years = {y for y, _, _ in weeks}
    missed: list[tuple[int, int]] = []
    current = None
    covered = due = 0
    used: list[LogEntry] = []
    for y, w, monday in weeks:
        if monday > run.as_of:
            continue
        due += 1
        sunday = min(monday + timedelta(days=6), run.period.end)
        if (y, w) in posted:
            covered += 1
            used.extend(posted[(y, w)])
        elif run.over(sunday):
            missed.append((y, w))
        else:
            current = (y, w, sunday)

    def label(items: list[tuple[int, int]]) -> Listing:
        if len(years) > 1:
            parts = [f"{w}/{y}" for y, w in items]
        else:
            parts = _ranges([w for _, w in items])
        return Listing(tuple(parts))

    details = {
        "weeks_due": due,
        "weeks_covered": covered,
        "weeks_in_period": len(weeks),
        "missed_weeks": [f"{y}-W{w:02d}" for y, w in missed],
        # every week of the period (Monday, week number, posted): the quarter grid's cells
        "weeks": [(monday.isoformat(), w, (y, w) in posted) for y, w, monday in weeks],
    }
    ev = _log_evidence(used)
    if missed:
        if len(missed) == 1:
            source = QT_TRANSLATE_NOOP(
                "Evaluation", "Week {weeks} has no good example or good story ({covered}/{due} weeks covered)."
            )
        else:
            source = QT_TRANSLATE_NOOP(
                "Evaluation", "Weeks {weeks} have no good example or good story ({covered}/{due} weeks covered)."
            )
        words = _say(source, weeks=label(missed), covered=covered, due=due)
        return _result(c, NOT_MET, covered, due, words, ev, details)
    if current is not None:
        y, w, sunday = current
        words = _say(
            QT_TRANSLATE_NOOP(
                "Evaluation",
                "Week {week} has no good example or good story yet ({days} days left, until Sunday {end}).",
            ),
            week=w,
            days=run.left(sunday),
            end=_d(sunday),
        )
        return _result(c, AT_RISK, covered, due, words, ev, details, due=sunday)
    if due == 0:
        return _result(
            c, AT_RISK, 0, 0, _not_started(), ev, details, due=weeks[0][2] + timedelta(days=6) if weeks else None
        )
    words = _say(
        QT_TRANSLATE_NOOP("Evaluation", "{covered}/{due} weeks each have a good example or good story."),
        covered=covered,
        due=due,
    )
    return _result(c, MET, covered, due, words, ev, details)


# ---- counts ------------------------------------------------------------------------------------


def _count_result(
    run: _Run,
    c: Criterion,
    count: int,
    need: int,
    evidence,
    what: Phrase,
    details: dict | None = None,
    none: Phrase | None = None,
) -> CriterionResult:
    """``none``: the whole sentence when nothing is recorded yet, with ``{need}`` in it."""
    details = {"count": count, **(details or {})}
    if count >= need:
        return _result(
            c,
            MET,
            count,
            need,
            _say(
                QT_TRANSLATE_NOOP("Evaluation", "{count} {what} recorded; at least {need} needed."),
                count=count,
                what=what,
                need=need,
            ),
            evidence,
            details,
        )
    status = run.open_or_failed()
    if count == 0:
        words = (
            phrase(none.context, none.source, need=need)
            if none
            else _say(QT_TRANSLATE_NOOP("Evaluation", "No {what} yet; at least {need} needed."), what=what, need=need)
        )
    else:
        words = _say(QT_TRANSLATE_NOOP("Evaluation", "Only {count}/{need} {what}."), count=count, need=need, what=what)
    return _result(
        c, status, count, need, run.tail(words), evidence, details, due=run.period.end if status == AT_RISK else None
    )


def _cd_activities(run: _Run, c: Criterion) -> CriterionResult:
    """CD-2.2 / CD-2.3: volunteer-area activities of the kinds the catalog names (``evidence``
    "volunteer:a|b") in the period: those the branch organised, or with ``params.counts_joined``
    also those its members joined."""
    joined = bool(c.params.get("counts_joined"))
    items = run.data.red_address_or_trend if joined else run.data.youth_projects
    p = run.period
    items = [a for a in items if a.on_date is None or p.start <= a.on_date <= p.end]
    ev = [Evidence("volunteer_activity", a.id, a.on_date, a.title) for a in items]
    need = int(c.threshold or 1)
    if not joined:
        what = _say(QT_TRANSLATE_NOOP("Evaluation", "youth projects or work items"))
    else:
        what = _say(QT_TRANSLATE_NOOP("Evaluation", "red-address journeys or positive social-media trend activities"))
    return _count_result(run, c, len(items), need, ev, what)


def _cd_meetings(run: _Run, c: Criterion) -> CriterionResult:
    """CD-3.2: branch meetings counted against ``cd32_meetings_per_year`` (``cd32_counted_kinds``)."""
    need = int(run.settings["cd32_meetings_per_year"])
    entries = run.in_period(MEETING)
    thematic = run.in_period(THEMATIC_SESSION)  # recorded once, for CD-1.2: a thematic meeting too
    by_kind = {k: sum(1 for e in entries if e.category == k) for k in ("dinh-ky", "chuyen-de", "chinh-tri")}
    by_kind["chuyen-de"] += len(thematic)
    if run.settings["cd32_counted_kinds"] == "all":
        counted = entries + thematic
        what = _say(QT_TRANSLATE_NOOP("Evaluation", "branch meetings (all kinds)"))
    else:
        counted = [e for e in entries if e.category == "dinh-ky"]
        what = _say(QT_TRANSLATE_NOOP("Evaluation", "regular branch meetings"))
    r = _count_result(
        run, c, len(counted), need, _log_evidence(sorted(counted, key=lambda e: e.on_date)), what, {"by_kind": by_kind}
    )
    by = _say(
        QT_TRANSLATE_NOOP("Evaluation", " By kind: regular {regular}, thematic {thematic}, political {political}."),
        regular=by_kind["dinh-ky"],
        thematic=by_kind["chuyen-de"],
        political=by_kind["chinh-tri"],
    )
    return replace(r, explanation=Joined((r.explanation, by)))


def _cd_introductions(run: _Run, c: Criterion) -> CriterionResult:
    """CD-3.7: members introduced to the Party (distinct members) ≥ ``cd37_min_introductions``."""
    need = int(run.settings["cd37_min_introductions"])
    entries = run.in_period(PARTY_INTRODUCTION)
    members = {e.member_id if e.member_id is not None else -(e.id or 0) for e in entries}
    return _count_result(
        run,
        c,
        len(members),
        need,
        _log_evidence(entries),
        _say(QT_TRANSLATE_NOOP("Evaluation", "outstanding members introduced to the Party")),
        none=_say(
            QT_TRANSLATE_NOOP(
                "Evaluation", "No outstanding members introduced to the Party yet; at least {need} needed."
            )
        ),
    )
