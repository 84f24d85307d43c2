"""The share-of-members rules (BRIEF §1): CD-1.1 information reach, CD-1.4 share requests and
CD-3.8 members recognised; dispatched by desktop/domain/evaluation_rules.py."""

from __future__ import annotations

from desktop.domain.catalog import Criterion
from desktop.domain.evaluation_model import _EPS, AT_RISK, MET, NOT_APPLICABLE, NOT_MET, CriterionResult, Evidence
from desktop.domain.evaluation_run import _d, _interleave, _log_evidence, _result, _Run, _say
from desktop.domain.logs import INFORMATION, SHARE_REQUEST
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.phrases import Joined, Number, Percent, Words, phrase
from desktop.domain.settings import setting_title

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
