"""Generic evaluation of commune catalogs by measure type (issue 10; BRIEF §5).

Same output shape as the Chi đoàn engine (desktop/domain/evaluation.py): an ``Evaluation`` with
one ``CriterionResult`` per criterion — status met / not_met / at_risk / not_applicable /
needs_judgement, value, threshold, explanation, details — and the completion share over the
applicable criteria. Rules by measure:

``count_per_period``  records of ``params.log_kind`` dated in each week / month / quarter / year
                      of the period must reach the threshold; an ended sub-period short of it
                      fails for good ("Tuần 45 chưa có buổi lãnh đạo xuống thôn"), the current
                      one is at risk. ``params.months`` restricts the months counted (Q IV
                      survey).
``zero``              no record of ``params.log_kind`` in the period.
``value_min``         a value ≥ threshold (``params.strict``: >). The value is computed from the
                      logs (``params.source`` = survey_share: satisfied / asked over the
                      period's surveys; feedback_answered_share: answered / received) or recorded
                      (``source`` = recorded). Threshold null: the documents give none — the value
                      is shown and a recorded judgement decides.
                      ``source`` = hamlet_share: the share of the commune's thôn / tổ dân phố
                      recorded as meeting the criterion (per-hamlet facts), naming those
                      still missing; without a list of hamlets, the recorded value.
``params.topic``      counts and survey shares read only surveys of that subject
                      (SURVEY_TOPICS); a survey recorded before topics existed counts for any.
``boolean``           a recorded yes/no (value 1/0 or a judgement).
``qualitative``       a recorded judgement.
A recorded judgement (verdict) always decides a criterion. ``params.due_year``: a target due
by that year is "at risk", not "not met", in earlier years. ``params.setting`` names a unit
setting overriding the threshold (desktop/domain/settings.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from desktop.domain.catalog import Catalog, Criterion
from desktop.domain.commune import LOG_KINDS, CommuneLog, Hamlet, HamletFact, RecordedValue
from desktop.domain.evaluation_model import (
    AT_RISK,
    MET,
    NEEDS_JUDGEMENT,
    NOT_MET,
    CriterionResult,
    Evaluation,
    Evidence,
)
from desktop.domain.evaluation_rules import quarter_name
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


def _subperiods(period: Period, kind: str) -> list[tuple[str, Words, date, date]]:
    """(label kept in the details, label in a sentence, start, end) of the weeks / months /
    quarters / the year."""
    out: list[tuple[str, Words, date, date]] = []
    if kind == "week":
        d = period.start - timedelta(days=period.start.weekday())
        while d <= period.end:
            end = d + timedelta(days=6)
            inside = sum(1 for i in range(7) if period.start <= d + timedelta(days=i) <= period.end)
            if inside >= 4:  # an ISO week belongs to the period holding most of its days
                wk = d.isocalendar()[1]
                out.append((f"Tuần {wk}", _say(QT_TRANSLATE_NOOP("CommuneEvaluation", "Week {n}"), n=wk), d, end))
            d += timedelta(days=7)
    elif kind == "month":
        y, m = period.start.year, period.start.month
        while date(y, m, 1) <= period.end:
            nm = date(y + (m == 12), m % 12 + 1, 1)
            label = _say(QT_TRANSLATE_NOOP("CommuneEvaluation", "Month {n}"), n=m)
            out.append((f"Tháng {m}", label, date(y, m, 1), nm - timedelta(days=1)))
            y, m = nm.year, nm.month
    elif kind == "quarter":
        for i, (qs, qe) in enumerate(period.quarters(), start=1):
            out.append((period.quarter_label_vi(i), quarter_name(period, i), qs, qe))
    else:
        out.append((f"Năm {period.label}", _year(period), period.start, period.end))
    return out


def _year(period: Period) -> Phrase:
    return _say(QT_TRANSLATE_NOOP("CommuneEvaluation", "Year {year}"), year=period.label)


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


def _count(c: Criterion, data: CommuneData, r: _R) -> CriterionResult:
    kind = c.params.get("log_kind", "")
    lk = LOG_KINDS.get(kind)
    what = c.params.get("what_vi") or (lk.missing_vi if lk else kind)  # catalog data (Vietnamese)
    need = int(c.threshold or 1)
    months = c.params.get("months")
    topic = c.params.get("topic")
    failed, pending, done, total_logs, per = [], [], 0, [], []
    for key, label, s, e in _subperiods(data.period, c.period):
        if s > data.as_of:
            continue  # not begun yet
        logs = _logs_of(data, kind, s, min(e, data.period.end), months, topic)
        total_logs += logs
        per.append({"label": key, "start": s.isoformat(), "count": len(logs)})
        if len(logs) >= need:
            done += 1
        elif e < data.as_of or data.as_of > data.period.end:
            failed.append((key, label, len(logs)))
        else:
            pending.append((key, label, len(logs), e))
    many = f"{need:02d}"  # "đủ 02 …": a count below ten is written with two digits
    details = {"periods": per, "missing": [f[0] for f in failed]}
    if c.period == "year":
        value = len(total_logs)
    else:
        value = done
    if failed:
        more = _say(QT_TRANSLATE_NOOP("CommuneEvaluation", " and {count} more periods"))
        shown = _joined([f[1] for f in failed], 12, more)
        if c.period == "year":
            words = _say(
                QT_TRANSLATE_NOOP("CommuneEvaluation", "{period} has only {count}/{need} {what}."),
                period=_year(data.period),
                count=len(total_logs),
                need=need,
                what=what,
            )
        elif len(failed) == 1:
            if need == 1:
                source = QT_TRANSLATE_NOOP("CommuneEvaluation", "{period} has no {what}.")
            else:
                source = QT_TRANSLATE_NOOP("CommuneEvaluation", "{period} has fewer than {need} {what}.")
            words = _say(source, period=failed[0][1], need=many, what=what)
        else:
            if need == 1:
                source = QT_TRANSLATE_NOOP("CommuneEvaluation", "{count} periods have no {what}: {periods}.")
            else:
                source = QT_TRANSLATE_NOOP(
                    "CommuneEvaluation", "{count} periods have fewer than {need} {what}: {periods}."
                )
            words = _say(source, count=len(failed), need=many, what=what, periods=shown)
        return r.make(NOT_MET, value, words, evidence=_ev(total_logs), details=details)
    if pending:
        _, label, n, e = pending[0]
        words = _say(
            QT_TRANSLATE_NOOP(
                "CommuneEvaluation", "{period}: only {count}/{need} {what} so far; {left} more due by {end}."
            ),
            period=_year(data.period) if c.period == "year" else label,
            count=n,
            need=need,
            what=what,
            left=need - n,
            end=_d(e),
        )
        return r.make(AT_RISK, value, words, evidence=_ev(total_logs), details=details, due=e)
    if c.period == "year":
        words = _say(
            QT_TRANSLATE_NOOP("CommuneEvaluation", "{count} {what} in the year (at least {need} required)."),
            count=len(total_logs),
            what=what,
            need=need,
        )
    else:
        if need == 1:
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", "All {done}/{done} past periods have {what}.")
        else:
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", "All {done}/{done} past periods have {need} {what}.")
        words = _say(source, done=done, need=many, what=what)
    return r.make(MET, value, words, evidence=_ev(total_logs), details=details)


def _zero(c: Criterion, data: CommuneData, r: _R) -> CriterionResult:
    kind = c.params.get("log_kind", "")
    logs = _logs_of(data, kind, data.period.start, min(data.period.end, data.as_of), topic=c.params.get("topic"))
    lk = LOG_KINDS.get(kind)
    what = c.params.get("what_vi") or (lk.missing_vi if lk else kind)
    if logs:
        first = logs[0]
        if first.title:
            source = QT_TRANSLATE_NOOP(
                "CommuneEvaluation", "{count} {what} in the period (the first on {date}: {title})."
            )
        else:
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", "{count} {what} in the period (the first on {date}).")
        words = _say(source, count=len(logs), what=what, date=_d(first.on_date), title=first.title or "")
        return r.make(NOT_MET, len(logs), words, evidence=_ev(logs))
    return r.make(MET, 0, _say(QT_TRANSLATE_NOOP("CommuneEvaluation", "No {what} in the period."), what=what))


def _computed_share(c: Criterion, data: CommuneData):
    src = c.params.get("source", "recorded")
    if src in {"survey_share", "feedback_answered_share"}:
        kind = "survey" if src == "survey_share" else "feedback"
        topic = c.params.get("topic") if kind == "survey" else None
        logs = _logs_of(data, kind, data.period.start, data.period.end, topic=topic)
        asked = sum(g.received or 0 for g in logs)
        yes = sum(g.answered or 0 for g in logs)
        if asked == 0:
            return None, logs, {"received": 0, "answered": 0}
        return yes / asked, logs, {"received": asked, "answered": yes}
    return None, [], {}


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


def _hamlet_share(c: Criterion, data: CommuneData, r: _R) -> CriterionResult | None:
    """Per-hamlet facts decide a "100% thôn, tổ dân phố …" indicator; None when the commune has
    no list of hamlets or has recorded none of them for this criterion (the recorded value, if
    any, then decides)."""
    hamlets = [h for h in data.hamlets if h.active]
    facts = data.hamlet_facts.get(c.id, {})
    if not hamlets or not any(h.id in facts for h in hamlets):
        return None
    met = [h for h in hamlets if facts.get(h.id) is not None and facts[h.id].met]
    missing = [h for h in hamlets if h not in met]
    share = len(met) / len(hamlets)
    judged = _judged(data, c, r, share)
    if judged:
        return judged
    thr = r.threshold if r.threshold is not None else 1.0
    details = {"hamlets": len(hamlets), "met": len(met), "missing": [h.name for h in missing]}
    figures = {"met": len(met), "total": len(hamlets), "share": Percent(share), "needed": Percent(thr)}
    if share >= thr - 1e-12:
        return r.make(
            MET,
            share,
            _say(
                QT_TRANSLATE_NOOP(
                    "CommuneEvaluation", "Met: {met}/{total} hamlets ({share}), at least {needed} required."
                ),
                **figures,
            ),
            details=details,
        )
    more = _say(QT_TRANSLATE_NOOP("CommuneEvaluation", " and {count} more places"))
    shown = _joined([h.name for h in missing], 10, more)
    running = data.as_of <= data.period.end
    due = _due_later(c, data)
    st = AT_RISK if (running or due) else NOT_MET
    return r.make(
        st,
        share,
        _say(
            QT_TRANSLATE_NOOP(
                "CommuneEvaluation", "Only {met}/{total} hamlets ({share}), {needed} required; missing: {missing}."
            ),
            missing=shown,
            **figures,
        ),
        details=details,
        due=data.period.end if running else None,
    )


def _value_min(c: Criterion, data: CommuneData, r: _R) -> CriterionResult:
    if c.params.get("source") == "hamlet_share":
        by_hamlet = _hamlet_share(c, data, r)
        if by_hamlet is not None:
            return by_hamlet
    share, logs, counts = _computed_share(c, data)
    src = c.params.get("source", "recorded")
    if src == "hamlet_share":
        src = "recorded"  # no per-hamlet facts: the share recorded for the commune as a whole
    rv = data.values.get(c.id)
    value = share if src != "recorded" else (rv.value if rv else None)
    unit = "share" if src in {"survey_share", "feedback_answered_share"} else c.unit  # computed shares print as %
    judged = _judged(data, c, r, value)
    if judged:
        return judged
    thr = r.threshold
    running = data.as_of <= data.period.end
    if value is None:
        if src == "survey_share":
            words: Words = _say(QT_TRANSLATE_NOOP("CommuneEvaluation", "No satisfaction survey in the period yet."))
        elif src == "feedback_answered_share":
            words = _say(QT_TRANSLATE_NOOP("CommuneEvaluation", "No feedback or petition recorded in the period yet."))
        elif thr is not None:
            words = _say(
                QT_TRANSLATE_NOOP("CommuneEvaluation", "No figure recorded yet (required {needed})."),
                needed=_fmt_value(thr, unit),
            )
        else:
            words = _say(QT_TRANSLATE_NOOP("CommuneEvaluation", "No figure recorded yet."))
        if thr is None:
            no_threshold = QT_TRANSLATE_NOOP(
                "CommuneEvaluation", " The documents set no threshold: record the figure and a judgement."
            )
            return r.make(NEEDS_JUDGEMENT, None, Joined((words, _say(no_threshold))))
        st = AT_RISK if (running or _due_later(c, data)) else NOT_MET
        return r.make(st, None, words, evidence=_ev(logs), due=data.period.end if running else None)
    shown = _fmt_value(value, unit)
    extra: Words = ""
    if counts:
        if src == "survey_share":
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", " ({answered}/{received} satisfied / asked)")
        else:
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", " ({answered}/{received} answered / received)")
        extra = _say(source, answered=counts["answered"], received=counts["received"])
    if thr is None:
        return r.make(
            NEEDS_JUDGEMENT,
            value,
            _say(
                QT_TRANSLATE_NOOP(
                    "CommuneEvaluation", "Recorded {value}{extra}; the documents set no threshold: needs a judgement."
                ),
                value=shown,
                extra=extra,
            ),
            evidence=_ev(logs),
            details=counts,
        )
    strict = bool(c.params.get("strict"))
    ok = value > thr + 1e-12 if strict else value >= thr - 1e-12
    figures = {"value": shown, "extra": extra, "needed": _fmt_value(thr, unit)}
    if ok:
        if strict:
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", "Met: {value}{extra}, required above {needed}.")
        else:
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", "Met: {value}{extra}, required at least {needed}.")
        return r.make(MET, value, _say(source, **figures), evidence=_ev(logs), details=counts)
    gap: Words = ""
    if src == "survey_share" and counts:
        import math

        need_yes = math.floor(thr * counts["received"]) + 1 if strict else math.ceil(round(thr * counts["received"], 9))
        gap = _say(
            QT_TRANSLATE_NOOP(
                "CommuneEvaluation", "; {count} more satisfied residents needed among the same people asked"
            ),
            count=need_yes - counts["answered"],
        )
    elif src == "feedback_answered_share" and counts:
        gap = _say(
            QT_TRANSLATE_NOOP("CommuneEvaluation", "; {count} feedback items still unanswered"),
            count=counts["received"] - counts["answered"],
        )
    due = _due_later(c, data)
    st = AT_RISK if (running or due) else NOT_MET
    if strict:
        source = QT_TRANSLATE_NOOP("CommuneEvaluation", "Only {value}{extra}, required above {needed}{gap}.")
    else:
        source = QT_TRANSLATE_NOOP("CommuneEvaluation", "Only {value}{extra}, required at least {needed}{gap}.")
    words = _say(source, gap=gap, **figures)
    if due:
        words = Joined((words, _target(due)))
    return r.make(st, value, words, evidence=_ev(logs), details=counts, due=data.period.end if running else None)


def _target(year: int) -> Phrase:
    return _say(QT_TRANSLATE_NOOP("CommuneEvaluation", " Target by {year}."), year=year)


def _boolean(c: Criterion, data: CommuneData, r: _R) -> CriterionResult:
    judged = _judged(data, c, r)
    if judged:
        return judged
    rv = data.values.get(c.id)
    running = data.as_of <= data.period.end
    due = _due_later(c, data)
    if rv is not None and rv.value is not None:
        when = {"date": _d(rv.recorded_on), "note": rv.note or ""}
        if rv.value >= 1:
            if rv.note:
                source = QT_TRANSLATE_NOOP("CommuneEvaluation", "Recorded “yes” on {date} ({note}).")
            else:
                source = QT_TRANSLATE_NOOP("CommuneEvaluation", "Recorded “yes” on {date}.")
            return r.make(MET, True, _say(source, **when))
        st = AT_RISK if (running or due) else NOT_MET
        if rv.note:
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", "Recorded “not yet” on {date} ({note}).")
        else:
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", "Recorded “not yet” on {date}.")
        return r.make(st, False, Joined((_say(source, **when), _target(due) if due else "")))
    st = AT_RISK if (running or due) else NOT_MET
    words = Joined(
        (
            _say(QT_TRANSLATE_NOOP("CommuneEvaluation", "Not recorded yet (yes/no).")),
            _say(QT_TRANSLATE_NOOP("CommuneEvaluation", " Target by the end of {year}."), year=due) if due else "",
        )
    )
    return r.make(st, None, words, due=data.period.end if running else None)


def _qualitative(c: Criterion, data: CommuneData, r: _R) -> CriterionResult:
    judged = _judged(data, c, r)
    if judged:
        return judged
    return r.make(
        NEEDS_JUDGEMENT,
        None,
        _say(
            QT_TRANSLATE_NOOP(
                "CommuneEvaluation", "No judgement by the Party committee's standing board yet (met/not met)."
            )
        ),
    )


_RULES = {
    "count_per_period": _count,
    "zero": _zero,
    "value_min": _value_min,
    "boolean": _boolean,
    "qualitative": _qualitative,
}


def evaluate_commune(catalog: Catalog, data: CommuneData) -> Evaluation:
    results = []
    for c in catalog.criteria:
        r = _R(c, _threshold(c, data.settings))
        rule = _RULES.get(c.measure, _qualitative)
        res = rule(c, data, r)
        judged = _judged(data, c, r, res.value) if c.measure in {"count_per_period", "zero"} else None
        results.append(judged or res)
    applicable = [x for x in results if x.status != "not_applicable"]
    met = sum(1 for x in applicable if x.status == MET)
    n = len(applicable)
    share = met / n if n else 0.0
    if catalog.recognition:
        required = catalog.recognition.required(n)
        ok = catalog.recognition.is_met(met, n)
        if ok:
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", "{required}/{count} criteria needed; recognisable.")
        else:
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", "{required}/{count} criteria needed; not recognisable yet.")
        recognition = _say(source, required=required, count=n)
    else:
        required, ok = n, n > 0 and met == n
        recognition = _say(
            QT_TRANSLATE_NOOP(
                "CommuneEvaluation",
                "The documents do not say how this model is recognised: the results serve as figures for the review.",
            )
        )
    return Evaluation(
        unit_code=data.unit_code,
        unit_name=data.unit_name,
        campaign=catalog.id,
        catalog_version=catalog.version,
        period=data.period,
        as_of=data.as_of,
        running=data.as_of <= data.period.end,
        settings=dict(data.settings),
        criteria=tuple(results),
        met=met,
        applicable=n,
        required=required,
        completion_share=share,
        recognisable=ok,
        recognition=recognition,
    )
