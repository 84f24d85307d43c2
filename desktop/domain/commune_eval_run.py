"""What every rule of the commune engine (commune_eval.py) shares: the data it reads
(``CommuneData``), how one criterion's result is made (``_R``), its threshold (a unit setting may
override it), the logs and evidence of a span of days, a recorded judgement that decides a
criterion, and a target due by a later year."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.domain.catalog import Criterion
from desktop.domain.commune import LOG_KINDS, CommuneLog, Hamlet, HamletFact, RecordedValue
from desktop.domain.evaluation_model import MET, NOT_MET, CriterionResult, Evidence
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.periods import Period
from desktop.domain.phrases import Joined, Number, Percent, Phrase, Words, phrase


@dataclass(frozen=True)
class CommuneData:
    unit_code: str
    unit_name: str
    period: Period
    as_of: date
    logs: Sequence[CommuneLog] = ()
    values: Mapping[str, RecordedValue] = field(default_factory=dict)  # criterion id -> newest
    settings: Mapping[str, Any] = field(default_factory=dict)
    hamlets: Sequence[Hamlet] = ()  # the commune's active thôn / tổ dân phố
    hamlet_facts: Mapping[str, Mapping[int, HamletFact]] = field(default_factory=dict)  # criterion -> hamlet id


_C = "CommuneEvaluation"


def _say(text: str, /, **args) -> Phrase:
    return phrase(_C, text, **args)


def _d(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _fmt_value(v: float | None, unit: str | None) -> Words:
    if v is None:
        return "—"
    return Percent(v) if unit == "share" else Number(v, 2)


def _joined(items: list[Words], limit: int, more: Phrase) -> Joined:
    """The first ``limit`` items with ", " between them, then ``more`` (its ``{count}``: the rest)."""
    parts: list[Words] = []
    for i, item in enumerate(items[:limit]):
        parts += [", ", item] if i else [item]
    if len(items) > limit:
        parts.append(phrase(more.context, more.source, count=len(items) - limit))
    return Joined(tuple(parts))


class _R:
    def __init__(self, c: Criterion, threshold):
        self.c, self.threshold = c, threshold

    def make(self, status, value, words: Words, *, evidence=(), details=None, due=None) -> CriterionResult:
        return CriterionResult(
            self.c.id,
            self.c.group,
            self.c.title_vi,
            self.c.title_en,
            status,
            value,
            self.threshold,
            words,
            tuple(evidence),
            dict(details or {}),
            due,
        )


def _threshold(c: Criterion, settings: Mapping[str, Any]):
    key = c.params.get("setting")
    if key and settings.get(key) is not None:
        return float(settings[key])
    if c.unit == "share" and c.threshold is not None:
        return float(c.threshold)  # a share: 1.0 prints as 100 %
    return c.threshold


def _logs_of(data: CommuneData, kind: str, start: date, end: date, months=None, topic=None) -> list[CommuneLog]:
    return [
        g
        for g in data.logs
        if g.kind == kind
        and start <= g.on_date <= end
        and (not months or g.on_date.month in months)
        and (topic is None or g.topic is None or g.topic == topic)
    ]


def _ev(logs) -> list[Evidence]:
    return [
        Evidence(
            g.kind, g.id, g.on_date, (g.title or LOG_KINDS[g.kind].label_vi) + (f" — {g.place}" if g.place else "")
        )
        for g in logs
    ]


def _judged(data: CommuneData, c: Criterion, r: _R, value=None) -> CriterionResult | None:
    rv = data.values.get(c.id)
    if rv is None or rv.verdict not in {"met", "not_met"}:
        return None
    st = MET if rv.verdict == "met" else NOT_MET
    if st == MET:
        verdict = _say(QT_TRANSLATE_NOOP("CommuneEvaluation", "met"))
    else:
        verdict = _say(QT_TRANSLATE_NOOP("CommuneEvaluation", "not met"))
    if rv.note:
        source = QT_TRANSLATE_NOOP("CommuneEvaluation", "Judged {verdict} on {date} ({note}).")
    else:
        source = QT_TRANSLATE_NOOP("CommuneEvaluation", "Judged {verdict} on {date}.")
    shown = value if value is not None else rv.value
    words = _say(source, verdict=verdict, date=_d(rv.recorded_on), note=rv.note or "")
    return r.make(st, shown, words, details={"judged_by": rv.author})


def _due_later(c: Criterion, data: CommuneData) -> int | None:
    due = c.params.get("due_year")
    if due and data.period.end.year < int(due):
        return int(due)
    return None


def _target(year: int) -> Phrase:
    return _say(QT_TRANSLATE_NOOP("CommuneEvaluation", " Target by {year}."), year=year)
