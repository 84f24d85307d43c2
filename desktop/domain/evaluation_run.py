"""What every rule of the evaluation engine shares (desktop/domain/evaluation_rules.py): the
sentences' words, the member base (BRIEF §1 ``member_base``), one evaluation run and its results."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.domain.catalog import Catalog, Criterion
from desktop.domain.evaluation_model import (
    AT_RISK,
    NOT_MET,
    SETTINGS_USED,
    CriterionResult,
    Evidence,
    MemberFacts,
    UnitYearData,
)
from desktop.domain.logs import LogEntry
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.members import ENTERING, MembershipEvent
from desktop.domain.periods import Period
from desktop.domain.phrases import Listing, Phrase, Tail, Words, phrase
from desktop.domain.settings import UNIT_SETTINGS

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


def _interleave(items: list, sep: str) -> list:
    out: list = []
    for i, item in enumerate(items):
        if i:
            out.append(sep)
        out.append(item)
    return out
