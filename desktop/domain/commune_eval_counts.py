"""The commune engine's rules that count records (commune_eval.py): ``count_per_period`` (records
of a kind in each week / month / quarter / the year of the period, an ended sub-period short of
the threshold failing for good) and ``zero`` (no record of a kind in the period)."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.catalog import Criterion
from desktop.domain.commune import LOG_KINDS
from desktop.domain.commune_eval_run import _R, CommuneData, _d, _ev, _joined, _logs_of, _say
from desktop.domain.evaluation_model import AT_RISK, MET, NOT_MET, CriterionResult
from desktop.domain.evaluation_rules import quarter_name
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.periods import Period
from desktop.domain.phrases import Phrase, Words


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
