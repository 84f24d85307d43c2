"""The commune engine's rules that read a value or a recorded answer (commune_eval.py):
``value_min`` (a share computed from the surveys or the feedback, the share of hamlets meeting
the criterion, or a recorded figure, against its threshold), ``boolean`` (a recorded yes/no) and
``qualitative`` (a recorded judgement)."""

from __future__ import annotations

from desktop.domain.catalog import Criterion
from desktop.domain.commune_eval_run import (
    _R,
    CommuneData,
    _d,
    _due_later,
    _ev,
    _fmt_value,
    _joined,
    _judged,
    _logs_of,
    _say,
    _target,
)
from desktop.domain.evaluation_model import AT_RISK, MET, NEEDS_JUDGEMENT, NOT_MET, CriterionResult
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.phrases import Joined, Percent, Words


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
