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
from desktop.domain.periods import Period


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


def _num(v: float) -> str:
    if float(v).is_integer():
        return str(int(v))
    return f"{v:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _pct(share: float) -> str:
    return _num(round(share * 100, 1)) + "%"


def _d(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _fmt_value(v: float | None, unit: str | None) -> str:
    if v is None:
        return "—"
    return _pct(v) if unit == "share" else _num(v)


def _subperiods(period: Period, kind: str) -> list[tuple[str, str, date, date]]:
    """(label_vi, label_en, start, end) of the weeks / months / quarters / the year."""
    out = []
    if kind == "week":
        d = period.start - timedelta(days=period.start.weekday())
        while d <= period.end:
            end = d + timedelta(days=6)
            inside = sum(1 for i in range(7) if period.start <= d + timedelta(days=i) <= period.end)
            if inside >= 4:  # an ISO week belongs to the period holding most of its days
                wk = d.isocalendar()[1]
                out.append((f"Tuần {wk}", f"Week {wk}", d, end))
            d += timedelta(days=7)
    elif kind == "month":
        y, m = period.start.year, period.start.month
        while date(y, m, 1) <= period.end:
            nm = date(y + (m == 12), m % 12 + 1, 1)
            out.append((f"Tháng {m}", f"Month {m}", date(y, m, 1), nm - timedelta(days=1)))
            y, m = nm.year, nm.month
    elif kind == "quarter":
        for i, (qs, qe) in enumerate(period.quarters(), start=1):
            out.append((period.quarter_label_vi(i), f"Q{i}", qs, qe))
    else:
        out.append((f"Năm {period.label}", f"Year {period.label}", period.start, period.end))
    return out


class _R:
    def __init__(self, c: Criterion, threshold):
        self.c, self.threshold = c, threshold

    def make(self, status, value, vi, en, *, evidence=(), details=None, due=None) -> CriterionResult:
        return CriterionResult(
            self.c.id,
            self.c.group,
            self.c.title_vi,
            self.c.title_en,
            status,
            value,
            self.threshold,
            vi,
            en,
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
    what = c.params.get("what_vi") or (lk.missing_vi if lk else kind)
    need = int(c.threshold or 1)
    months = c.params.get("months")
    topic = c.params.get("topic")
    failed, pending, done, total_logs, per = [], [], 0, [], []
    for lab_vi, lab_en, s, e in _subperiods(data.period, c.period):
        if s > data.as_of:
            continue  # not begun yet
        logs = _logs_of(data, kind, s, min(e, data.period.end), months, topic)
        total_logs += logs
        per.append({"label": lab_vi, "start": s.isoformat(), "count": len(logs)})
        if len(logs) >= need:
            done += 1
        elif e < data.as_of or data.as_of > data.period.end:
            failed.append((lab_vi, lab_en, len(logs)))
        else:
            pending.append((lab_vi, lab_en, len(logs), e))
    qty = "" if need == 1 else f" đủ {need:02d}"
    details = {"periods": per, "missing": [f[0] for f in failed]}
    if c.period == "year":
        value = len(total_logs)
    else:
        value = done
    if failed:
        shown = ", ".join(f[0] for f in failed[:12]) + (f" và {len(failed) - 12} kỳ khác" if len(failed) > 12 else "")
        if c.period == "year":
            vi = f"Năm {data.period.label} chỉ có {len(total_logs)}/{need} {what}."
        elif len(failed) == 1:
            vi = f"{failed[0][0]} chưa có{qty} {what}."
        else:
            vi = f"{len(failed)} kỳ chưa có{qty} {what}: {shown}."
        en = f"{len(failed)} period(s) without enough records: " + ", ".join(f[1] for f in failed[:12]) + "."
        return r.make(NOT_MET, value, vi, en, evidence=_ev(total_logs), details=details)
    if pending:
        lab_vi, lab_en, n, e = pending[0]
        left = need - n
        head = f"Năm {data.period.label}" if c.period == "year" else lab_vi
        vi = f"{head} mới có {n}/{need} {what}; còn thiếu {left}, hạn {_d(e)}."
        en = f"{lab_en}: {n}/{need} so far; {left} more due by {_d(e)}."
        return r.make(AT_RISK, value, vi, en, evidence=_ev(total_logs), details=details, due=e)
    if c.period == "year":
        vi = f"Đã có {len(total_logs)} {what} trong năm (yêu cầu ít nhất {need})."
    else:
        vi = f"Đủ {done}/{done} kỳ đã qua đều có{qty} {what}."
    return r.make(
        MET, value, vi, f"All {done} periods so far have enough records.", evidence=_ev(total_logs), details=details
    )


def _zero(c: Criterion, data: CommuneData, r: _R) -> CriterionResult:
    kind = c.params.get("log_kind", "")
    logs = _logs_of(data, kind, data.period.start, min(data.period.end, data.as_of), topic=c.params.get("topic"))
    lk = LOG_KINDS.get(kind)
    what = c.params.get("what_vi") or (lk.missing_vi if lk else kind)
    if logs:
        first = logs[0]
        vi = (
            f"Có {len(logs)} {what} trong kỳ (đầu tiên ngày {_d(first.on_date)}"
            + (f": {first.title}" if first.title else "")
            + ")."
        )
        return r.make(NOT_MET, len(logs), vi, f"{len(logs)} record(s) in the period.", evidence=_ev(logs))
    return r.make(MET, 0, f"Không có {what} nào trong kỳ.", "None in the period.")


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
    word = "đạt" if st == MET else "chưa đạt"
    vi = f"Đánh giá ngày {_d(rv.recorded_on)}: {word}" + (f" ({rv.note})" if rv.note else "") + "."
    shown = value if value is not None else rv.value
    return r.make(
        st,
        shown,
        vi,
        f"Judged {'met' if st == MET else 'not met'} on {_d(rv.recorded_on)}.",
        details={"judged_by": rv.author},
    )


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
    head = f"{len(met)}/{len(hamlets)} thôn, tổ dân phố ({_pct(share)})"
    if share >= thr - 1e-12:
        return r.make(
            MET,
            share,
            f"Đạt: {head}, yêu cầu ít nhất {_pct(thr)}.",
            f"{len(met)}/{len(hamlets)} hamlets.",
            details=details,
        )
    shown = ", ".join(h.name for h in missing[:10]) + (f" và {len(missing) - 10} nơi khác" if len(missing) > 10 else "")
    running = data.as_of <= data.period.end
    due = _due_later(c, data)
    st = AT_RISK if (running or due) else NOT_MET
    return r.make(
        st,
        share,
        f"Mới có {head}, yêu cầu {_pct(thr)}; còn thiếu: {shown}.",
        f"{len(met)}/{len(hamlets)} hamlets; missing {len(missing)}.",
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
            vi = "Chưa có cuộc khảo sát sự hài lòng nào trong kỳ."
        elif src == "feedback_answered_share":
            vi = "Chưa ghi phản ánh, kiến nghị nào trong kỳ."
        else:
            vi = "Chưa ghi nhận số liệu" + (f" (yêu cầu {_fmt_value(thr, unit)})" if thr is not None else "") + "."
        if thr is None:
            return r.make(
                NEEDS_JUDGEMENT,
                None,
                vi + " Văn bản chưa quy định ngưỡng: cần ghi số liệu và đánh giá.",
                "No value recorded; no threshold in the documents.",
            )
        st = AT_RISK if (running or _due_later(c, data)) else NOT_MET
        return r.make(st, None, vi, "No value yet.", evidence=_ev(logs), due=data.period.end if running else None)
    shown = _fmt_value(value, unit)
    extra = ""
    if counts:
        noun = "người hài lòng / người được hỏi" if src == "survey_share" else "đã trả lời / tiếp nhận"
        extra = f" ({counts['answered']}/{counts['received']} {noun})"
    if thr is None:
        return r.make(
            NEEDS_JUDGEMENT,
            value,
            f"Ghi nhận {shown}{extra}; văn bản chưa quy định ngưỡng: cần đánh giá.",
            f"Recorded {shown}; no threshold: needs a judgement.",
            evidence=_ev(logs),
            details=counts,
        )
    strict = bool(c.params.get("strict"))
    ok = value > thr + 1e-12 if strict else value >= thr - 1e-12
    cmp = "trên" if strict else "ít nhất"
    if ok:
        return r.make(
            MET,
            value,
            f"Đạt {shown}{extra}, yêu cầu {cmp} {_fmt_value(thr, unit)}.",
            f"{shown}, required {_fmt_value(thr, unit)}.",
            evidence=_ev(logs),
            details=counts,
        )
    gap = ""
    if src == "survey_share" and counts:
        import math

        need_yes = math.floor(thr * counts["received"]) + 1 if strict else math.ceil(round(thr * counts["received"], 9))
        gap = f"; cần thêm {need_yes - counts['answered']} người hài lòng trên cùng số người được hỏi"
    elif src == "feedback_answered_share" and counts:
        gap = f"; còn {counts['received'] - counts['answered']} phản ánh chưa trả lời"
    due = _due_later(c, data)
    st = AT_RISK if (running or due) else NOT_MET
    vi = f"Mới đạt {shown}{extra}, yêu cầu {cmp} {_fmt_value(thr, unit)}{gap}."
    if due:
        vi += f" Mục tiêu đến năm {due}."
    return r.make(
        st,
        value,
        vi,
        f"{shown}, below the required {_fmt_value(thr, unit)}.",
        evidence=_ev(logs),
        details=counts,
        due=data.period.end if running else None,
    )


def _boolean(c: Criterion, data: CommuneData, r: _R) -> CriterionResult:
    judged = _judged(data, c, r)
    if judged:
        return judged
    rv = data.values.get(c.id)
    running = data.as_of <= data.period.end
    due = _due_later(c, data)
    if rv is not None and rv.value is not None:
        if rv.value >= 1:
            return r.make(
                MET,
                True,
                f"Đã ghi nhận “có” ngày {_d(rv.recorded_on)}" + (f" ({rv.note})" if rv.note else "") + ".",
                "Recorded yes.",
            )
        st = AT_RISK if (running or due) else NOT_MET
        return r.make(
            st,
            False,
            f"Ghi nhận “chưa có” ngày {_d(rv.recorded_on)}"
            + (f" ({rv.note})" if rv.note else "")
            + "."
            + (f" Mục tiêu đến năm {due}." if due else ""),
            "Recorded no.",
        )
    st = AT_RISK if (running or due) else NOT_MET
    vi = "Chưa ghi nhận (có/không)." + (f" Mục tiêu đến hết năm {due}." if due else "")
    return r.make(st, None, vi, "Not recorded yet.", due=data.period.end if running else None)


def _qualitative(c: Criterion, data: CommuneData, r: _R) -> CriterionResult:
    judged = _judged(data, c, r)
    if judged:
        return judged
    return r.make(
        NEEDS_JUDGEMENT, None, "Chưa có đánh giá của Thường trực Đảng ủy (đạt/chưa đạt).", "No judgement recorded yet."
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
        rec_vi = f"Cần đạt {required}/{n} tiêu chí; " + ("đủ điều kiện." if ok else "chưa đủ điều kiện.")
    else:
        required, ok = n, n > 0 and met == n
        rec_vi = "Văn bản chưa quy định cách công nhận mô hình này: kết quả dùng làm số liệu sơ kết."
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
        recognition_vi=rec_vi,
        recognition_en=f"{met}/{n} criteria met ({share * 100:.1f}%).",
    )
