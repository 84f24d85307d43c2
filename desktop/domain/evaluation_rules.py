"""The rules of the evaluation engine, one function per kind of criterion (BRIEF §1, CD-1.1 …
CD-3.8), dispatched on the catalog's ``evidence`` key. See desktop/domain/evaluation.py for the
statuses and what they mean."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from desktop.domain.bilingual import in_language
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
    category_label,
)
from desktop.domain.members import ENTERING, MembershipEvent
from desktop.domain.periods import Period
from desktop.domain.settings import UNIT_SETTINGS
from desktop.domain.units import Unit

# ------------------------------------------------------------------------------ formatting


def _num(x: float, lang: str) -> str:
    if abs(x - round(x)) < 1e-6:
        return str(int(round(x)))
    s = f"{x:.1f}"
    return in_language(s.replace(".", ","), s, lang)


def _pct(share: float, lang: str) -> str:
    p = share * 100
    return _num(round(p, 1), lang) + "%"


def _d(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _join(items: list[str], lang: str) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    word = in_language(" và ", " and ", lang)
    return ", ".join(items[:-1]) + word + items[-1]


def _names(names: list[str], lang: str = "vi", limit: int = 5) -> str:
    if len(names) <= limit:
        return _join(names, lang)
    rest = len(names) - limit
    more = in_language(f"{rest} người khác", f"{rest} more", lang)
    return _join(names[:limit] + [more], lang)


def _tail(sentence: str, tail: str) -> str:
    """Put ``tail`` (e.g. ' (còn 41 ngày …)') before the sentence's final full stop."""
    if not tail:
        return sentence
    return (sentence.removesuffix(".")) + tail + "."


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

    def left_vi(self) -> str:
        return f" (còn {self.days_left} ngày đến hết kỳ {self.period.label})" if self.running else ""

    def left_en(self) -> str:
        return f" ({self.days_left} days left in period {self.period.label})" if self.running else ""

    def vi(self, sentence: str) -> str:
        return _tail(sentence, self.left_vi())

    def en(self, sentence: str) -> str:
        return _tail(sentence, self.left_en())


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
    c: Criterion, status: str, value, threshold, vi: str, en: str, evidence=(), details=None, due: date | None = None
) -> CriterionResult:
    return CriterionResult(
        id=c.id,
        group=c.group,
        title_vi=c.title_vi,
        title_en=c.title_en,
        status=status,
        value=value,
        threshold=threshold,
        explanation_vi=vi,
        explanation_en=en,
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
        run.vi("Chưa có đoàn viên nào trong kỳ để tính tỉ lệ."),
        run.en("No members in the period to compute a share."),
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
    frac_vi = f"{_num(got, 'vi')}/{_num(run.pop.base, 'vi')}"
    frac_en = f"{_num(got, 'en')}/{_num(run.pop.base, 'en')}"
    if ok:
        vi = f"{frac_vi} đoàn viên ({_pct(share, 'vi')}) đã được cung cấp thông tin qua {len(entries)} lần; cần {_pct(thr, 'vi')}."
        recs = "record" if len(entries) == 1 else "records"
        en = f"{frac_en} members ({_pct(share, 'en')}) reached by {len(entries)} information {recs}; {_pct(thr, 'en')} needed."
        status = MET
    else:
        vi = run.vi(
            f"Mới có {frac_vi} đoàn viên ({_pct(share, 'vi')}) được cung cấp thông tin, cần tối thiểu "
            f"{_pct(thr, 'vi')}."
        )
        en = run.en(f"Only {frac_en} members ({_pct(share, 'en')}) reached, at least {_pct(thr, 'en')} needed.")
        status = run.open_or_failed()
    return _result(
        c,
        status,
        share,
        thr,
        vi,
        en,
        _log_evidence(entries),
        {"reached": got, "base": run.pop.base, "records": len(entries)},
        due=run.period.end if status == AT_RISK else None,
    )


def _cd_share_requests(run: _Run, c: Criterion) -> CriterionResult:
    """CD-1.4: for each request, members taking part ÷ member base ≥ 60 % (``cd14_rule``)."""
    entries = run.in_period(SHARE_REQUEST)
    thr = c.threshold if c.threshold is not None else 0.6
    rule = run.settings["cd14_rule"]
    if not entries:
        when = run.settings["cd14_when_no_request"]
        vi_tail = {MET: "tính là đạt", NOT_MET: "tính là chưa đạt", NOT_APPLICABLE: "tiêu chí không áp dụng"}[when]
        en_tail = {
            MET: "counted as met",
            NOT_MET: "counted as not met",
            NOT_APPLICABLE: "the criterion does not apply",
        }[when]
        return _result(
            c,
            when,
            None,
            thr,
            f"Trong kỳ chưa có yêu cầu chia sẻ thông tin tích cực nào: {vi_tail} (theo Cài đặt "
            f"“{UNIT_SETTINGS['cd14_when_no_request'].title_vi}”).",
            f"No request to share positive information in the period: {en_tail} (per the setting "
            f"“{UNIT_SETTINGS['cd14_when_no_request'].title_en}”).",
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
        if avg >= thr - _EPS:
            return _result(
                c,
                MET,
                avg,
                thr,
                f"Bình quân {_pct(avg, 'vi')} đoàn viên tham gia qua {len(entries)} yêu cầu; cần {_pct(thr, 'vi')}.",
                f"On average {_pct(avg, 'en')} of members took part over {len(entries)} requests; {_pct(thr, 'en')} needed.",
                ev,
                details,
            )
        status = run.open_or_failed()
        return _result(
            c,
            status,
            avg,
            thr,
            run.vi(
                f"Bình quân mới có {_pct(avg, 'vi')} đoàn viên tham gia qua {len(entries)} yêu cầu, cần {_pct(thr, 'vi')}."
            ),
            run.en(
                f"On average only {_pct(avg, 'en')} of members took part over {len(entries)} requests, {_pct(thr, 'en')} needed."
            ),
            ev,
            details,
            due=run.period.end if status == AT_RISK else None,
        )
    lowest = min(s for _, s in shares)
    if not low:
        return _result(
            c,
            MET,
            lowest,
            thr,
            (
                f"Yêu cầu duy nhất trong kỳ có {_pct(lowest, 'vi')} đoàn viên tham gia (cần {_pct(thr, 'vi')})."
                if len(entries) == 1
                else f"Cả {len(entries)} yêu cầu đều có từ {_pct(thr, 'vi')} đoàn viên tham gia trở lên (thấp nhất {_pct(lowest, 'vi')})."
            ),
            (
                f"The only request reached {_pct(lowest, 'en')} of members ({_pct(thr, 'en')} needed)."
                if len(entries) == 1
                else f"All {len(entries)} requests reached at least {_pct(thr, 'en')} of members (lowest {_pct(lowest, 'en')})."
            ),
            ev,
            details,
        )
    parts_vi = [f"yêu cầu ngày {_d(e.on_date)} “{e.title}” chỉ có {_pct(s, 'vi')}" for e, s in low[:3]]
    parts_en = [f"the request of {_d(e.on_date)} “{e.title}” reached only {_pct(s, 'en')}" for e, s in low[:3]]
    more_vi = f" và {len(low) - 3} yêu cầu khác" if len(low) > 3 else ""
    more_en = f" and {len(low) - 3} more" if len(low) > 3 else ""
    return _result(
        c,
        NOT_MET,
        lowest,
        thr,
        f"{len(low)}/{len(entries)} yêu cầu chưa đạt {_pct(thr, 'vi')} đoàn viên tham gia: "
        + "; ".join(parts_vi)
        + more_vi
        + ".",
        f"{len(low)}/{len(entries)} requests below {_pct(thr, 'en')} of members: "
        + "; ".join(parts_en)
        + more_en
        + ".",
        ev,
        details,
    )


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
            run.vi("Chưa có kết quả công nhận Đoàn viên XHCN của kỳ này."),
            run.en("No Socialist-member recognition recorded for this period yet."),
            details={"recognised": 0, "base": run.pop.base},
            due=run.period.end if status == AT_RISK else None,
        )
    if run.pop.base <= 0:
        return _no_members(run, c)
    got = run.pop.weight_of(ids)
    share = got / run.pop.base
    frac_vi = f"{_num(got, 'vi')}/{_num(run.pop.base, 'vi')}"
    frac_en = f"{_num(got, 'en')}/{_num(run.pop.base, 'en')}"
    ev = [Evidence("member", i, None, run.names.get(i, f"#{i}")) for i in sorted(ids) if i in run.pop.weights]
    details = {"recognised": got, "base": run.pop.base}
    if share >= thr - _EPS:
        return _result(
            c,
            MET,
            share,
            thr,
            f"{frac_vi} đoàn viên ({_pct(share, 'vi')}) được công nhận Đoàn viên XHCN; cần {_pct(thr, 'vi')}.",
            f"{frac_en} members ({_pct(share, 'en')}) recognised as Socialist members; {_pct(thr, 'en')} needed.",
            ev,
            details,
        )
    status = run.open_or_failed()
    return _result(
        c,
        status,
        share,
        thr,
        run.vi(
            f"Mới có {frac_vi} đoàn viên ({_pct(share, 'vi')}) được công nhận Đoàn viên XHCN, cần tối thiểu {_pct(thr, 'vi')}."
        ),
        run.en(
            f"Only {frac_en} members ({_pct(share, 'en')}) recognised as Socialist members, at least {_pct(thr, 'en')} needed."
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
    labels_vi = [p.quarter_label_vi(i) for i in missed]
    labels_en = [f"Q{i}" for i in missed]
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
        vi = _join(labels_vi, "vi") + " chưa có buổi sinh hoạt chuyên đề."
        en = _join(labels_en, "en") + (" has" if len(missed) == 1 else " have") + " no thematic session."
        return _result(c, NOT_MET, covered, due, vi, en, ev, details)
    if current_open is not None:
        i, qe = current_open
        left = run.left(qe)
        vi = f"{p.quarter_label_vi(i)} chưa có buổi sinh hoạt chuyên đề (còn {left} ngày đến hết quý, {_d(qe)})."
        en = f"Q{i} has no thematic session yet ({left} days left in the quarter, {_d(qe)})."
        return _result(c, AT_RISK, covered, due, vi, en, ev, details, due=qe)
    if due == 0:
        return _result(
            c,
            AT_RISK,
            0,
            0,
            "Kỳ đánh giá chưa bắt đầu.",
            "The period has not started yet.",
            ev,
            details,
            due=quarters[0][1],
        )
    vi = f"{covered}/{due} quý đã có buổi sinh hoạt chuyên đề ({len(sessions)} buổi)."
    en = f"{covered}/{due} quarters have a thematic session ({len(sessions)} sessions)."
    return _result(c, MET, covered, due, vi, en, ev, details)


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

    def label(items: list[tuple[int, int]], lang: str) -> str:
        if len(years) > 1:
            parts = [f"{w}/{y}" for y, w in items]
        else:
            parts = _ranges([w for _, w in items])
        return _join(parts, lang)

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
        vi = f"Tuần {label(missed, 'vi')} chưa có tấm gương người tốt, câu chuyện đẹp ({covered}/{due} tuần có bài)."
        en = (
            f"Week{'s' if len(missed) > 1 else ''} {label(missed, 'en')} "
            f"{'have' if len(missed) > 1 else 'has'} no good example or good story ({covered}/{due} weeks covered)."
        )
        return _result(c, NOT_MET, covered, due, vi, en, ev, details)
    if current is not None:
        y, w, sunday = current
        left = run.left(sunday)
        vi = f"Tuần {w} chưa có tấm gương người tốt, câu chuyện đẹp (còn {left} ngày, đến Chủ nhật {_d(sunday)})."
        en = f"Week {w} has no good example or good story yet ({left} days left, until Sunday {_d(sunday)})."
        return _result(c, AT_RISK, covered, due, vi, en, ev, details, due=sunday)
    if due == 0:
        return _result(
            c,
            AT_RISK,
            0,
            0,
            "Kỳ đánh giá chưa bắt đầu.",
            "The period has not started yet.",
            ev,
            details,
            due=weeks[0][2] + timedelta(days=6) if weeks else None,
        )
    vi = f"{covered}/{due} tuần đều có tấm gương người tốt, câu chuyện đẹp."
    en = f"{covered}/{due} weeks each have a good example or good story."
    return _result(c, MET, covered, due, vi, en, ev, details)


# ---- counts ------------------------------------------------------------------------------------


def _count_result(
    run: _Run,
    c: Criterion,
    count: int,
    need: int,
    evidence,
    what_vi: str,
    what_en: str,
    details: dict | None = None,
    none_vi: str | None = None,
) -> CriterionResult:
    details = {"count": count, **(details or {})}
    if count >= need:
        return _result(
            c,
            MET,
            count,
            need,
            f"Đã có {count} {what_vi}; cần tối thiểu {need}.",
            f"{count} {what_en} recorded; at least {need} needed.",
            evidence,
            details,
        )
    status = run.open_or_failed()
    if count == 0:
        vi = (none_vi or f"Chưa có {what_vi} nào") + f"; cần tối thiểu {need}."
        en = f"No {what_en} yet; at least {need} needed."
    else:
        vi, en = (f"Mới có {count}/{need} {what_vi}.", f"Only {count}/{need} {what_en}.")
    return _result(
        c,
        status,
        count,
        need,
        run.vi(vi),
        run.en(en),
        evidence,
        details,
        due=run.period.end if status == AT_RISK else None,
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
        return _count_result(
            run, c, len(items), need, ev, "công trình, phần việc thanh niên", "youth projects or work items"
        )
    return _count_result(
        run,
        c,
        len(items),
        need,
        ev,
        "hành trình đến địa chỉ đỏ hoặc hoạt động tạo trào lưu tích cực",
        "red-address journeys or positive social-media trend activities",
    )


def _cd_meetings(run: _Run, c: Criterion) -> CriterionResult:
    """CD-3.2: branch meetings counted against ``cd32_meetings_per_year`` (``cd32_counted_kinds``)."""
    need = int(run.settings["cd32_meetings_per_year"])
    entries = run.in_period(MEETING)
    thematic = run.in_period(THEMATIC_SESSION)  # recorded once, for CD-1.2: a thematic meeting too
    by_kind = {k: sum(1 for e in entries if e.category == k) for k in ("dinh-ky", "chuyen-de", "chinh-tri")}
    by_kind["chuyen-de"] += len(thematic)
    if run.settings["cd32_counted_kinds"] == "all":
        counted = entries + thematic
        what_vi, what_en = "buổi sinh hoạt chi đoàn (mọi hình thức)", "branch meetings (all kinds)"
    else:
        counted = [e for e in entries if e.category == "dinh-ky"]
        what_vi, what_en = "buổi sinh hoạt chi đoàn định kỳ", "regular branch meetings"
    r = _count_result(
        run,
        c,
        len(counted),
        need,
        _log_evidence(sorted(counted, key=lambda e: e.on_date)),
        what_vi,
        what_en,
        {"by_kind": by_kind},
    )
    extra_vi = (
        f" Theo hình thức: định kỳ {by_kind['dinh-ky']}, chuyên đề {by_kind['chuyen-de']}, "
        f"chính trị {by_kind['chinh-tri']}."
    )
    extra_en = (
        f" By kind: regular {by_kind['dinh-ky']}, thematic {by_kind['chuyen-de']}, political {by_kind['chinh-tri']}."
    )
    return _replace_text(r, r.explanation_vi + extra_vi, r.explanation_en + extra_en)


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
        "đoàn viên ưu tú được giới thiệu cho Đảng",
        "outstanding members introduced to the Party",
        none_vi="Chưa giới thiệu được đoàn viên ưu tú nào cho Đảng xem xét kết nạp",
    )


def _replace_text(r: CriterionResult, vi: str, en: str) -> CriterionResult:
    return replace(r, explanation_vi=vi, explanation_en=en)


# ---- zero / qualitative ------------------------------------------------------------------------


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
            "Không có đoàn viên vi phạm pháp luật, bị kỷ luật hoặc sử dụng ma túy.",
            "No member violated the law, was disciplined or used drugs.",
            details={"incidents": 0},
        )
    parts_vi = [
        f"{run.names.get(e.member_id, 'đoàn viên')} – {category_label(INCIDENT, e.category, 'vi').lower()} "
        f"({_d(e.on_date)})"
        for e in entries[:3]
    ]
    parts_en = [
        f"{run.names.get(e.member_id, 'a member')} – {category_label(INCIDENT, e.category, 'en').lower()} "
        f"({_d(e.on_date)})"
        for e in entries[:3]
    ]
    more = len(entries) - 3
    vi = f"Có {len(entries)} vụ việc: " + "; ".join(parts_vi) + (f" và {more} vụ khác" if more > 0 else "") + "."
    en = (
        f"{len(entries)} incident{'s' if len(entries) > 1 else ''}: "
        + "; ".join(parts_en)
        + (f" and {more} more" if more > 0 else "")
        + "."
    )
    return _result(c, NOT_MET, len(entries), 0, vi, en, _log_evidence(entries), {"incidents": len(entries)})


def _cd_judgement(run: _Run, c: Criterion) -> CriterionResult:
    """CD-1.3, CD-3.1: a recorded judgement with its author decides; the logs are its evidence."""
    j = run.data.judgements.get(c.id)
    alerts = run.in_period(ALERT) if c.evidence == ALERT else []
    ev = _log_evidence(alerts)
    if c.evidence == ALERT:
        n_vi = f" Đã ghi {len(alerts)} lần thông tin cảnh báo “xấu, độc”."
        n_en = f" {len(alerts)} toxic-information alerts recorded."
    else:
        n_vi = n_en = ""
    details: dict = {"alerts": len(alerts)} if c.evidence == ALERT else {}
    if j is None:
        return _result(
            c,
            NEEDS_JUDGEMENT,
            None,
            None,
            "Chưa có đánh giá: chi đoàn tự đánh giá, Đoàn cơ sở đánh giá lại (đánh giá của Đoàn cơ "
            "sở là kết luận cuối cùng)." + n_vi,
            "No judgement yet: the branch judges itself, the Đoàn cơ sở reviews it (the Đoàn cơ "
            "sở's judgement is final)." + n_en,
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
    note_vi = f" Nhận xét: {j.note}." if j.note else ""
    note_en = f" Comment: {j.note}." if j.note else ""
    word_vi, word_en = ("đạt", "met") if j.verdict == MET else ("chưa đạt", "not met")
    if upper:  # who judged is always said (issue 19 item 8)
        vi = f"Đoàn cơ sở ({j.author}) đánh giá {word_vi} ngày {_d(j.judged_on)}.{note_vi}{n_vi}"
        en = f"The Đoàn cơ sở ({j.author}) judged it {word_en} on {_d(j.judged_on)}.{note_en}{n_en}"
    else:
        vi = (
            f"Chi đoàn tự đánh giá {word_vi} ngày {_d(j.judged_on)} ({j.author}); Đoàn cơ sở chưa đánh giá."
            f"{note_vi}{n_vi}"
        )
        en = (
            f"Self-judged {word_en} by the branch on {_d(j.judged_on)} ({j.author}); not yet reviewed by the "
            f"Đoàn cơ sở.{note_en}{n_en}"
        )
        if c.evidence == ALERT and not alerts and j.verdict == MET:
            vi += " Đây là tự đánh giá của chi đoàn, chưa có bản ghi cảnh báo nào làm minh chứng."
            en += " This is the branch's own judgement, with no alert recorded as evidence."
    if j.verdict == MET:
        return _result(c, MET, True, None, vi, en, ev, details)
    return _result(c, NOT_MET, False, None, vi, en, ev, details)


# ---- every member ------------------------------------------------------------------------------

_FLAGS = {
    "residence_activity": (
        "chưa tham gia sinh hoạt Đoàn tại nơi cư trú",
        "do not take part in Union activities where they live",
    ),
    "training_registered": (
        "chưa đăng ký chương trình Rèn luyện đoàn viên",
        "have not registered for the member self-training programme",
    ),
    "ebook_issued+ecard_issued": (
        "chưa được cấp đủ sổ và thẻ đoàn điện tử",
        "do not have both the electronic Union book and card",
    ),
}


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
    run: _Run,
    c: Criterion,
    ok_ids: set[int],
    missing_vi: str,
    missing_en: str,
    ok_vi: str,
    ok_en: str,
    details: dict | None = None,
) -> CriterionResult:
    every = run.pop.every
    if not every:
        return _result(
            c,
            run.open_or_failed(),
            None,
            1.0,
            run.vi("Chưa có đoàn viên nào trong danh sách."),
            run.en("No members in the list."),
        )
    lacking = [m for m in every if m.id not in ok_ids]
    n = len(every)
    share = (n - len(lacking)) / n
    ev = [Evidence("member", m.id, None, m.full_name) for m in lacking]
    details = {"members": n, "lacking": len(lacking), **(details or {})}
    if not lacking:
        return _result(c, MET, 1.0, 1.0, f"{n}/{n} đoàn viên {ok_vi}.", f"{n}/{n} members {ok_en}.", ev, details)
    names = [m.full_name for m in lacking]
    status = run.open_or_failed()
    return _result(
        c,
        status,
        share,
        1.0,
        run.vi(f"{len(lacking)}/{n} đoàn viên {missing_vi}: {_names(names, 'vi')}."),
        run.en(f"{len(lacking)}/{n} members {missing_en}: {_names(names, 'en')}."),
        ev,
        details,
        due=run.period.end if status == AT_RISK else None,
    )


def _cd_flag(run: _Run, c: Criterion) -> CriterionResult:
    """CD-3.3 – CD-3.5: every member has the flag."""
    flag = (c.evidence or "").split(":", 1)[1] if ":" in (c.evidence or "") else ""
    test = _flag_test(flag, run.period)
    ok = {m.id for m in run.pop.every if test(m)}
    miss_vi, miss_en = _FLAGS.get(flag, ("chưa có thông tin", "lack the flag"))
    ok_vi = {
        "residence_activity": "tham gia sinh hoạt Đoàn tại nơi cư trú",
        "training_registered": "đã đăng ký chương trình Rèn luyện đoàn viên",
        "ebook_issued+ecard_issued": "đã được cấp sổ và thẻ đoàn điện tử",
    }.get(flag, "đạt")
    ok_en = {
        "residence_activity": "take part in Union activities where they live",
        "training_registered": "registered for the member self-training programme",
        "ebook_issued+ecard_issued": "have the electronic Union book and card",
    }.get(flag, "comply")
    return _every_member(run, c, ok, miss_vi, miss_en, ok_vi, ok_en)


def _cd_volunteer_days(run: _Run, c: Criterion) -> CriterionResult:
    """CD-3.6: every member at least ``threshold`` (5) volunteer days in the period."""
    need = float(c.threshold if c.threshold is not None else 5)
    days = run.data.volunteer_days
    ok = {m.id for m in run.pop.every if days.get(m.id, 0.0) >= need - _EPS}
    lowest = min((days.get(m.id, 0.0) for m in run.pop.every), default=0.0)
    n = _num(need, "vi")
    return _every_member(
        run,
        c,
        ok,
        f"chưa đủ {n} ngày tình nguyện",
        f"have fewer than {_num(need, 'en')} volunteer days",
        f"đều đủ {n} ngày tình nguyện",
        f"each have at least {_num(need, 'en')} volunteer days",
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
        reason = c.not_applicable_reason_vi or "Tiêu chí không áp dụng với đơn vị này."
        why_vi, why_en = _na_reason(c, facts, run.data.unit)
        return _result(
            c, NOT_APPLICABLE, None, None, why_vi or reason, why_en or "The criterion does not apply to this unit."
        )
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
            "Phần mềm chưa tự tính được tiêu chí này: cần ghi nhận đánh giá.",
            "This criterion is not computed automatically: record a judgement.",
        )
    return fn(run, c)


def _na_reason(c: Criterion, facts: dict, unit: Unit) -> tuple[str | None, str | None]:
    failed = [cond for cond in c.applies_when if not cond.holds(facts)]
    for cond in failed:
        if cond.fact == "all_party_members":
            src_vi = "" if unit.all_party_members else " (theo danh sách đoàn viên)"
            src_en = "" if unit.all_party_members else " (from the member list)"
            return (
                f"Không áp dụng: 100% đoàn viên của chi đoàn là đảng viên{src_vi}.",
                f"Not applicable: every member of the branch is a Party member{src_en}.",
            )
        if cond.fact == "grade":
            return (
                f"Không áp dụng: chi đoàn học sinh khối {facts.get('grade')}.",
                f"Not applicable: a grade-{facts.get('grade')} pupils' branch.",
            )
    return None, None


def quarter_cell(
    c: Criterion, r: CriterionResult, index: int, qe: date, over: bool, label_vi: str = "", qs: date | None = None
) -> CriterionResult:
    """The quarter grid's cell for a criterion required every quarter (CD-1.2): that quarter's own
    records decide (issue 19 item 8: a session in Q4 turns Q4 green even if Q2 was missed).
    Other criteria keep the state of the year so far."""
    if c.period == "week" and (r.details or {}).get("weeks") is not None:
        return _week_cell(r, index, qe, over, label_vi, qs)
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
            explanation_vi=f"{label_vi or 'Quý'} có {n} buổi sinh hoạt chuyên đề.",
            explanation_en=f"Q{index}: {n} thematic session(s).",
            due=None,
        )
    if over:
        return replace(
            r,
            status=NOT_MET,
            value=n,
            threshold=need,
            explanation_vi=f"{label_vi or 'Quý'} chưa có buổi sinh hoạt chuyên đề.",
            explanation_en=f"Q{index} has no thematic session.",
            due=None,
        )
    return replace(
        r,
        status=AT_RISK,
        value=n,
        threshold=need,
        explanation_vi=f"{label_vi or 'Quý'} chưa có buổi sinh hoạt chuyên đề (hạn {_d(qe)}).",
        explanation_en=f"Q{index} has no thematic session yet (due {_d(qe)}).",
        due=qe,
    )


def _week_cell(r: CriterionResult, index: int, qe: date, over: bool, label_vi: str, qs: date | None) -> CriterionResult:
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
    name = label_vi or f"Quý {index}"
    if missed:
        return replace(
            r,
            status=NOT_MET,
            value=covered,
            threshold=len(mine),
            due=None,
            explanation_vi=f"{name}: tuần {_join(_ranges(missed), 'vi')} chưa có tấm gương người tốt, "
            f"câu chuyện đẹp ({covered}/{len(mine)} tuần có bài).",
            explanation_en=f"Q{index}: week(s) {_join(_ranges(missed), 'en')} without a good example "
            f"({covered}/{len(mine)} weeks covered).",
        )
    if not over and r.status == AT_RISK and r.due is not None and start <= r.due <= qe + timedelta(days=6):
        return replace(r, value=covered, threshold=len(mine))  # this week is still open
    return replace(
        r,
        status=MET,
        value=covered,
        threshold=len(mine),
        due=None,
        explanation_vi=f"{name}: {covered} tuần có tấm gương người tốt, câu chuyện đẹp, không tuần nào bị bỏ trống.",
        explanation_en=f"Q{index}: {covered} weeks with a good example, none missed.",
    )
