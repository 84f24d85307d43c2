"""The rules of the evaluation engine, one function per kind of criterion (BRIEF §1, CD-1.1 …
CD-3.8), dispatched on the catalog's ``evidence`` key. See desktop/domain/evaluation.py for the
statuses and what they mean."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from desktop.domain.catalog import Catalog, Criterion
from desktop.domain.evaluation_model import (
    _EPS,
    AT_RISK,
    MET,
    NEEDS_JUDGEMENT,
    NOT_APPLICABLE,
    NOT_MET,
    SETTINGS_USED,
    CriterionResult,
    Evidence,
    MemberFacts,
    UnitYearData,
)
from desktop.domain.logs import (
    ALERT,
    INCIDENT,
    INFORMATION,
    MEETING,
    PARTY_INTRODUCTION,
    SHARE_REQUEST,
    THEMATIC_SESSION,
    WEEKLY_POST,
    LogEntry,
)
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.members import ENTERING, MembershipEvent
from desktop.domain.periods import Period
from desktop.domain.phrases import Joined, Listing, Number, Percent, Phrase, Tail, Words, phrase
from desktop.domain.settings import UNIT_SETTINGS, setting_title
from desktop.domain.units import Unit

# ------------------------------------------------------------------------------ words
# Every explanation is ``Words`` (desktop/domain/phrases.py): English marked for the catalogue,
# put in a language at the edge (desktop.i18n.catalogue.say).

_C = "Evaluation"


def _say(text: str, /, **args) -> Phrase:
    return phrase(_C, text, **args)


def _d(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _names(names: list[str], limit: int = 5) -> Listing:
    if len(names) <= limit:
        return Listing(tuple(names))
    more = _say(QT_TRANSLATE_NOOP("Evaluation", "{count} more"), count=len(names) - limit)
    return Listing((*names[:limit], more))


def quarter_name(period: Period, index: int) -> Phrase:
    """'Quý III' / 'Q3': a calendar quarter by its place in the year, a school-year quarter by its
    place in the period (Period.quarter_label_vi)."""
    roman = period.quarter_label_vi(index).removeprefix("Quý ")
    return _say(QT_TRANSLATE_NOOP("Evaluation", "Q{n}"), n=index, roman=roman)


def _ranges(numbers: list[int]) -> list[str]:
    """[1, 2, 3, 7, 37, 38] -> ['1–3', '7', '37', '38'] (runs of three or more collapse)."""
    out: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        if j - i >= 2:
            out.append(f"{numbers[i]}–{numbers[j]}")
        else:
            out.extend(str(n) for n in numbers[i : j + 1])
        i = j + 1
    return out


# ------------------------------------------------------------------------------ members


class _Population:
    """The member base for percentages and the members every per-member criterion covers.

    ``member_base`` (BRIEF §1, unit setting):
    * ``start``   — members active on the period's first day; weight 1 each.
    * ``end``     — members active on the reference day = the period's last day, or the
                    evaluation date while the period is running; weight 1 each.
    * ``average`` — every member weighs the share of days (first day .. reference day) they were
                    active, so the base is the daily average and a share never exceeds 100 %.
    The per-member criteria (CD-3.3 – CD-3.6: "every member") cover the members active on the
    first day (``start``) or on the reference day (``end`` and ``average``: an average has no
    "every member", so every member still in the unit must comply).
    """

    def __init__(self, members: tuple[MemberFacts, ...], period: Period, ref: date, how: str):
        self.how = how
        self.weights: dict[int, float] = {}
        self.every: list[MemberFacts] = []
        total_days = (ref - period.start).days + 1
        start = period.start
        for m in members:
            evs = m.events
            if len(evs) == 1:  # most members: one entering event
                e = evs[0]
                entering = e.kind in ENTERING
                at_start = entering and e.on_date <= start
                at_ref = entering and e.on_date <= ref
            else:
                evs = sorted(evs, key=lambda e: e.on_date)
                at_start = _active_on(evs, start)
                at_ref = _active_on(evs, ref)
            if how == "start":
                w = 1.0 if at_start else 0.0
            elif how == "average":
                w = _active_days(evs, period.start, ref) / total_days if total_days > 0 else 0.0
            else:
                w = 1.0 if at_ref else 0.0
            if w > 0:
                self.weights[m.id] = w
            if at_start if how == "start" else at_ref:
                self.every.append(m)
        self.base = sum(self.weights.values())
        self._unit_weights = how != "average"

    def weight_of(self, ids) -> float:
        w = self.weights
        if self._unit_weights:  # every weight is 1: count the members in the base
            return float(len(w.keys() & ids))
        return sum(w.get(i, 0.0) for i in ids)


def _active_on(sorted_events: list[MembershipEvent], d: date) -> bool:
    last = None
    for e in sorted_events:
        if e.on_date <= d:
            last = e
        else:
            break
    return last is not None and last.kind in ENTERING


def _active_days(sorted_events: list[MembershipEvent], start: date, end: date) -> int:
    """Days in [start, end] on which the member was active (is_active_on semantics)."""
    if end < start:
        return 0
    days = 0
    active_since: date | None = start if _active_on(sorted_events, start) else None
    for e in sorted_events:
        if e.on_date <= start or e.on_date > end:
            continue
        if e.kind in ENTERING:
            if active_since is None:
                active_since = e.on_date
        elif active_since is not None:
            days += (e.on_date - active_since).days
            active_since = None
    if active_since is not None:
        days += (end - active_since).days + 1
    return days


# ------------------------------------------------------------------------------ the engine


class _Run:
    """One evaluation: the snapshot plus what every criterion shares."""

    def __init__(self, catalog: Catalog, data: UnitYearData):
        self.catalog = catalog
        self.data = data
        self.settings = _settings(data.settings)
        p = data.period
        self.period = p
        self.as_of = data.as_of
        self.closed = data.day_closed
        self.running = not self.over(p.end)
        self.ref = min(max(data.as_of, p.start), p.end)
        self.days_left = p.days_left(data.as_of, today_done=self.closed)  # one definition (periods.py)
        self.pop = _Population(data.members, p, self.ref, self.settings["member_base"])
        self.names = {m.id: m.full_name for m in data.members}
        by_kind: dict[str, list[LogEntry]] = {}
        for e in data.logs:
            if e.unit_code and e.unit_code != data.unit.code:
                continue
            by_kind.setdefault(e.kind, []).append(e)
        for lst in by_kind.values():
            lst.sort(key=lambda e: (e.on_date, e.id or 0))
        self.logs = by_kind
        self._in_period: dict[str, list[LogEntry]] = {}

    def over(self, d: date) -> bool:
        """Has the day ``d`` ended at the evaluation moment?"""
        return d < self.as_of or (self.closed and d == self.as_of)

    def left(self, d: date) -> int:
        """Days still available up to and including ``d``."""
        return max(0, (d - self.as_of).days + (0 if self.closed else 1))

    def in_period(self, kind: str) -> list[LogEntry]:
        got = self._in_period.get(kind)
        if got is None:
            p = self.period
            got = self._in_period[kind] = [e for e in self.logs.get(kind, ()) if p.start <= e.on_date <= p.end]
        return list(got)

    def facts(self) -> dict:
        facts = self.data.unit.facts()
        every = self.pop.every
        if every and all(m.is_party_member for m in every):
            facts["all_party_members"] = True
        return facts

    def open_or_failed(self) -> str:
        return AT_RISK if self.running else NOT_MET

    def tail(self, sentence: Words) -> Tail:
        """The sentence, with the days left in the period while it runs."""
        left = (
            _say(
                QT_TRANSLATE_NOOP("Evaluation", " ({days} days left in period {period})"),
                days=self.days_left,
                period=self.period.label,
            )
            if self.running
            else None
        )
        return Tail(sentence, left)


def _settings(stored: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for key in SETTINGS_USED:
        spec = UNIT_SETTINGS.get(key)
        default = spec.default if spec else None
        v = stored.get(key, default) if stored else default
        if isinstance(default, int) and not isinstance(default, bool):
            try:
                v = int(v)
            except (TypeError, ValueError):
                v = default
        if spec and spec.choices and v not in spec.choices:
            v = default
        out[key] = v
    return out


def _result(
    c: Criterion, status: str, value, threshold, words: Words, evidence=(), details=None, due: date | None = None
) -> CriterionResult:
    return CriterionResult(
        id=c.id,
        group=c.group,
        title_vi=c.title_vi,
        title_en=c.title_en,
        status=status,
        value=value,
        threshold=threshold,
        explanation=words,
        evidence=tuple(evidence),
        details=details or {},
        due=due,
    )


def _log_evidence(entries: list[LogEntry]) -> list[Evidence]:
    return [Evidence(e.kind, e.id, e.on_date, e.title) for e in entries]


# ---- PCT-MEMBERS -----------------------------------------------------------------------------


def _no_members(run: _Run, c: Criterion) -> CriterionResult:
    return _result(
        c,
        run.open_or_failed(),
        None,
        c.threshold,
        run.tail(_say(QT_TRANSLATE_NOOP("Evaluation", "No members in the period to compute a share."))),
    )


def _cd_information(run: _Run, c: Criterion) -> CriterionResult:
    """CD-1.1: distinct members reached by the information log ÷ member base ≥ 70 %."""
    entries = run.in_period(INFORMATION)
    if run.pop.base <= 0:
        return _no_members(run, c)
    reached: set[int] = set()
    for e in entries:
        reached |= e.participants
    got = run.pop.weight_of(reached)
    share = got / run.pop.base
    thr = c.threshold if c.threshold is not None else 0.7
    ok = share >= thr - _EPS
    figures = {"got": Number(got), "base": Number(run.pop.base), "share": Percent(share), "needed": Percent(thr)}
    if ok:
        if len(entries) == 1:
            source = QT_TRANSLATE_NOOP(
                "Evaluation", "{got}/{base} members ({share}) reached by {records} information record; {needed} needed."
            )
        else:
            source = QT_TRANSLATE_NOOP(
                "Evaluation",
                "{got}/{base} members ({share}) reached by {records} information records; {needed} needed.",
            )
        words: Words = _say(source, records=len(entries), **figures)
        status = MET
    else:
        words = run.tail(
            _say(
                QT_TRANSLATE_NOOP(
                    "Evaluation", "Only {got}/{base} members ({share}) reached, at least {needed} needed."
                ),
                **figures,
            )
        )
        status = run.open_or_failed()
    return _result(
        c,
        status,
        share,
        thr,
        words,
        _log_evidence(entries),
        {"reached": got, "base": run.pop.base, "records": len(entries)},
        due=run.period.end if status == AT_RISK else None,
    )


_WHEN_NO_REQUEST = {
    MET: QT_TRANSLATE_NOOP("Evaluation", "counted as met"),
    NOT_MET: QT_TRANSLATE_NOOP("Evaluation", "counted as not met"),
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("Evaluation", "the criterion does not apply"),
}


def _cd_share_requests(run: _Run, c: Criterion) -> CriterionResult:
    """CD-1.4: for each request, members taking part ÷ member base ≥ 60 % (``cd14_rule``)."""
    entries = run.in_period(SHARE_REQUEST)
    thr = c.threshold if c.threshold is not None else 0.6
    rule = run.settings["cd14_rule"]
    if not entries:
        when = run.settings["cd14_when_no_request"]
        return _result(
            c,
            when,
            None,
            thr,
            _say(
                QT_TRANSLATE_NOOP(
                    "Evaluation",
                    "No request to share positive information in the period: {outcome} (per the setting “{setting}”).",
                ),
                outcome=_say(_WHEN_NO_REQUEST[when]),
                setting=setting_title("cd14_when_no_request"),
            ),
            details={"requests": 0},
        )
    if run.pop.base <= 0:
        return _no_members(run, c)
    shares = [(e, run.pop.weight_of(e.participants) / run.pop.base) for e in entries]
    low = [(e, s) for e, s in shares if s < thr - _EPS]
    ev = _log_evidence(entries)
    details = {"requests": len(entries), "below": len(low), "shares": [round(s, 4) for _, s in shares]}
    if rule == "average":
        avg = sum(s for _, s in shares) / len(shares)
        figures = {"share": Percent(avg), "requests": len(entries), "needed": Percent(thr)}
        if avg >= thr - _EPS:
            return _result(
                c,
                MET,
                avg,
                thr,
                _say(
                    QT_TRANSLATE_NOOP(
                        "Evaluation",
                        "On average {share} of members took part over {requests} requests; {needed} needed.",
                    ),
                    **figures,
                ),
                ev,
                details,
            )
        status = run.open_or_failed()
        return _result(
            c,
            status,
            avg,
            thr,
            run.tail(
                _say(
                    QT_TRANSLATE_NOOP(
                        "Evaluation",
                        "On average only {share} of members took part over {requests} requests, {needed} needed.",
                    ),
                    **figures,
                )
            ),
            ev,
            details,
            due=run.period.end if status == AT_RISK else None,
        )
    lowest = min(s for _, s in shares)
    if not low:
        if len(entries) == 1:
            words = _say(
                QT_TRANSLATE_NOOP("Evaluation", "The only request reached {lowest} of members ({needed} needed)."),
                lowest=Percent(lowest),
                needed=Percent(thr),
            )
        else:
            words = _say(
                QT_TRANSLATE_NOOP(
                    "Evaluation", "All {requests} requests reached at least {needed} of members (lowest {lowest})."
                ),
                requests=len(entries),
                lowest=Percent(lowest),
                needed=Percent(thr),
            )
        return _result(c, MET, lowest, thr, words, ev, details)
    parts = [
        _say(
            QT_TRANSLATE_NOOP("Evaluation", "the request of {date} “{title}” reached only {share}"),
            date=_d(e.on_date),
            title=e.title,
            share=Percent(s),
        )
        for e, s in low[:3]
    ]
    more = (
        phrase("EvaluationRequests", QT_TRANSLATE_NOOP("EvaluationRequests", " and {count} more"), count=len(low) - 3)
        if len(low) > 3
        else ""
    )
    return _result(
        c,
        NOT_MET,
        lowest,
        thr,
        _say(
            QT_TRANSLATE_NOOP("Evaluation", "{below}/{requests} requests below {needed} of members: {parts}{more}."),
            below=len(low),
            requests=len(entries),
            needed=Percent(thr),
            parts=Joined(tuple(_interleave(parts, "; "))),
            more=more,
        ),
        ev,
        details,
    )


def _interleave(items: list, sep: str) -> list:
    out: list = []
    for i, item in enumerate(items):
        if i:
            out.append(sep)
        out.append(item)
    return out


def _cd_recognised(run: _Run, c: Criterion) -> CriterionResult:
    """CD-3.8: members recognised as Đoàn viên XHCN ÷ member base ≥ 80 %."""
    thr = c.threshold if c.threshold is not None else 0.8
    ids = run.data.recognised_member_ids
    if not ids:
        status = run.open_or_failed()
        return _result(
            c,
            status,
            None if ids is None else 0.0,
            thr,
            run.tail(
                _say(QT_TRANSLATE_NOOP("Evaluation", "No Socialist-member recognition recorded for this period yet."))
            ),
            details={"recognised": 0, "base": run.pop.base},
            due=run.period.end if status == AT_RISK else None,
        )
    if run.pop.base <= 0:
        return _no_members(run, c)
    got = run.pop.weight_of(ids)
    share = got / run.pop.base
    figures = {"got": Number(got), "base": Number(run.pop.base), "share": Percent(share), "needed": Percent(thr)}
    ev = [Evidence("member", i, None, run.names.get(i, f"#{i}")) for i in sorted(ids) if i in run.pop.weights]
    details = {"recognised": got, "base": run.pop.base}
    if share >= thr - _EPS:
        return _result(
            c,
            MET,
            share,
            thr,
            _say(
                QT_TRANSLATE_NOOP(
                    "Evaluation", "{got}/{base} members ({share}) recognised as Socialist members; {needed} needed."
                ),
                **figures,
            ),
            ev,
            details,
        )
    status = run.open_or_failed()
    return _result(
        c,
        status,
        share,
        thr,
        run.tail(
            _say(
                QT_TRANSLATE_NOOP(
                    "Evaluation",
                    "Only {got}/{base} members ({share}) recognised as Socialist members, at least {needed} needed.",
                ),
                **figures,
            )
        ),
        ev,
        details,
        due=run.period.end if status == AT_RISK else None,
    )


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


# ---- zero / qualitative ------------------------------------------------------------------------

# The incident kinds of desktop/domain/logs.py INCIDENT_KINDS, as they read inside a sentence.
_INCIDENT_WORDS = {
    "vi-pham-phap-luat": QT_TRANSLATE_NOOP("Evaluation", "law violation"),
    "ky-luat": QT_TRANSLATE_NOOP("Evaluation", "disciplined"),
    "ma-tuy": QT_TRANSLATE_NOOP("Evaluation", "illegal drug use"),
}


def _incident_words(category: str | None) -> Words:
    source = _INCIDENT_WORDS.get(category or "")
    return _say(source) if source else (category or "").lower()


def _cd_incidents(run: _Run, c: Criterion) -> CriterionResult:
    """CD-2.1: no incident of the three kinds in the period (irreversible once recorded)."""
    kinds = set(c.params.get("incident_kinds") or ())
    entries = [e for e in run.in_period(INCIDENT) if not kinds or e.category in kinds]
    if not entries:
        return _result(
            c,
            MET,
            0,
            0,
            _say(QT_TRANSLATE_NOOP("Evaluation", "No member violated the law, was disciplined or used drugs.")),
            details={"incidents": 0},
        )
    a_member = _say(QT_TRANSLATE_NOOP("Evaluation", "a member"))
    parts = [
        Joined((run.names.get(e.member_id, a_member), " – ", _incident_words(e.category), f" ({_d(e.on_date)})"))
        for e in entries[:3]
    ]
    more = len(entries) - 3
    if len(entries) == 1:
        source = QT_TRANSLATE_NOOP("Evaluation", "{count} incident: {parts}{more}.")
    else:
        source = QT_TRANSLATE_NOOP("Evaluation", "{count} incidents: {parts}{more}.")
    words = _say(
        source,
        count=len(entries),
        parts=Joined(tuple(_interleave(parts, "; "))),
        more=phrase("EvaluationIncidents", QT_TRANSLATE_NOOP("EvaluationIncidents", " and {count} more"), count=more)
        if more > 0
        else "",
    )
    return _result(c, NOT_MET, len(entries), 0, words, _log_evidence(entries), {"incidents": len(entries)})


def _cd_judgement(run: _Run, c: Criterion) -> CriterionResult:
    """CD-1.3, CD-3.1: a recorded judgement with its author decides; the logs are its evidence."""
    j = run.data.judgements.get(c.id)
    alerts = run.in_period(ALERT) if c.evidence == ALERT else []
    ev = _log_evidence(alerts)
    if c.evidence == ALERT:
        n: Words = _say(
            QT_TRANSLATE_NOOP("Evaluation", " {count} toxic-information alerts recorded."), count=len(alerts)
        )
    else:
        n = ""
    details: dict = {"alerts": len(alerts)} if c.evidence == ALERT else {}
    if j is None:
        return _result(
            c,
            NEEDS_JUDGEMENT,
            None,
            None,
            Joined(
                (
                    _say(
                        QT_TRANSLATE_NOOP(
                            "Evaluation",
                            "No judgement yet: the branch judges itself, the Đoàn cơ sở reviews it (the Đoàn cơ "
                            "sở's judgement is final).",
                        )
                    ),
                    n,
                )
            ),
            ev,
            details,
        )
    ev = ev + [Evidence("judgement", None, j.judged_on, j.author)]
    upper = j.by == "doan-co-so"
    details = {
        **details,
        "author": j.author,
        "judged_on": j.judged_on.isoformat(),
        "note": j.note,
        "judged_by": "doan-co-so" if upper else "chi-doan",
    }
    note = _say(QT_TRANSLATE_NOOP("Evaluation", " Comment: {note}."), note=j.note) if j.note else ""
    verdict = _say(
        QT_TRANSLATE_NOOP("Evaluation", "met") if j.verdict == MET else QT_TRANSLATE_NOOP("Evaluation", "not met")
    )
    when = {"author": j.author, "verdict": verdict, "date": _d(j.judged_on)}
    if upper:  # who judged is always said (issue 19 item 8)
        head = _say(QT_TRANSLATE_NOOP("Evaluation", "The Đoàn cơ sở ({author}) judged it {verdict} on {date}."), **when)
        words = Joined((head, note, n))
    else:
        head = _say(
            QT_TRANSLATE_NOOP(
                "Evaluation",
                "Self-judged {verdict} by the branch on {date} ({author}); not yet reviewed by the Đoàn cơ sở.",
            ),
            **when,
        )
        parts: tuple[Words, ...] = (head, note, n)
        if c.evidence == ALERT and not alerts and j.verdict == MET:
            own = QT_TRANSLATE_NOOP(
                "Evaluation", " This is the branch's own judgement, with no alert recorded as evidence."
            )
            parts += (_say(own),)
        words = Joined(parts)
    if j.verdict == MET:
        return _result(c, MET, True, None, words, ev, details)
    return _result(c, NOT_MET, False, None, words, ev, details)


# ---- every member ------------------------------------------------------------------------------

# member flag -> (what the members lacking it do not do, what every member does)
_FLAGS = {
    "residence_activity": (
        QT_TRANSLATE_NOOP("Evaluation", "do not take part in Union activities where they live"),
        QT_TRANSLATE_NOOP("Evaluation", "take part in Union activities where they live"),
    ),
    "training_registered": (
        QT_TRANSLATE_NOOP("Evaluation", "have not registered for the member self-training programme"),
        QT_TRANSLATE_NOOP("Evaluation", "registered for the member self-training programme"),
    ),
    "ebook_issued+ecard_issued": (
        QT_TRANSLATE_NOOP("Evaluation", "do not have both the electronic Union book and card"),
        QT_TRANSLATE_NOOP("Evaluation", "have the electronic Union book and card"),
    ),
}
_OTHER_FLAG = (QT_TRANSLATE_NOOP("Evaluation", "lack the flag"), QT_TRANSLATE_NOOP("Evaluation", "comply"))


def _flag_test(flag: str, period: Period):
    """The test a member must pass for a member flag named in the catalog (CD-3.3 – CD-3.5)."""
    if flag == "residence_activity":
        return lambda m: m.residence_activity
    if flag == "training_registered":
        end = period.end

        def registered(m) -> bool:
            if m.training_registered_on is not None:
                return m.training_registered_on <= end
            return m.training_registered

        return registered
    if flag == "ebook_issued+ecard_issued":
        return lambda m: m.ebook_issued and m.ecard_issued
    if flag in ("ebook_issued", "ecard_issued"):
        return lambda m: getattr(m, flag)
    return lambda m: bool(getattr(m, flag, False))


def _every_member(
    run: _Run, c: Criterion, ok_ids: set[int], missing: Words, ok: Words, details: dict | None = None
) -> CriterionResult:
    every = run.pop.every
    if not every:
        return _result(
            c,
            run.open_or_failed(),
            None,
            1.0,
            run.tail(_say(QT_TRANSLATE_NOOP("Evaluation", "No members in the list."))),
        )
    lacking = [m for m in every if m.id not in ok_ids]
    n = len(every)
    share = (n - len(lacking)) / n
    ev = [Evidence("member", m.id, None, m.full_name) for m in lacking]
    details = {"members": n, "lacking": len(lacking), **(details or {})}
    if not lacking:
        words = _say(QT_TRANSLATE_NOOP("Evaluation", "{count}/{total} members {ok}."), count=n, total=n, ok=ok)
        return _result(c, MET, 1.0, 1.0, words, ev, details)
    names = [m.full_name for m in lacking]
    status = run.open_or_failed()
    return _result(
        c,
        status,
        share,
        1.0,
        run.tail(
            _say(
                QT_TRANSLATE_NOOP("Evaluation", "{lacking}/{total} members {missing}: {names}."),
                lacking=len(lacking),
                total=n,
                missing=missing,
                names=_names(names),
            )
        ),
        ev,
        details,
        due=run.period.end if status == AT_RISK else None,
    )


def _cd_flag(run: _Run, c: Criterion) -> CriterionResult:
    """CD-3.3 – CD-3.5: every member has the flag."""
    flag = (c.evidence or "").split(":", 1)[1] if ":" in (c.evidence or "") else ""
    test = _flag_test(flag, run.period)
    ok = {m.id for m in run.pop.every if test(m)}
    missing, done = _FLAGS.get(flag, _OTHER_FLAG)
    return _every_member(run, c, ok, _say(missing), _say(done))


def _cd_volunteer_days(run: _Run, c: Criterion) -> CriterionResult:
    """CD-3.6: every member at least ``threshold`` (5) volunteer days in the period."""
    need = float(c.threshold if c.threshold is not None else 5)
    days = run.data.volunteer_days
    ok = {m.id for m in run.pop.every if days.get(m.id, 0.0) >= need - _EPS}
    lowest = min((days.get(m.id, 0.0) for m in run.pop.every), default=0.0)
    return _every_member(
        run,
        c,
        ok,
        _say(QT_TRANSLATE_NOOP("Evaluation", "have fewer than {days} volunteer days"), days=Number(need)),
        _say(QT_TRANSLATE_NOOP("Evaluation", "each have at least {days} volunteer days"), days=Number(need)),
        {"min_days": need, "lowest_days": lowest},
    )


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


def _quarter_by_index(index: int) -> Phrase:
    roman = ["I", "II", "III", "IV"][index - 1] if 1 <= index <= 4 else str(index)
    return _say(QT_TRANSLATE_NOOP("Evaluation", "Q{n}"), n=index, roman=roman)


def quarter_cell(
    c: Criterion, r: CriterionResult, index: int, qe: date, over: bool, label: Words = "", qs: date | None = None
) -> CriterionResult:
    """The quarter grid's cell for a criterion required every quarter (CD-1.2): that quarter's own
    records decide (issue 19 item 8: a session in Q4 turns Q4 green even if Q2 was missed).
    Other criteria keep the state of the year so far. ``label``: the quarter's name
    (``quarter_name``; by its index when not given)."""
    name = label or _quarter_by_index(index)
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
