"""The rules of conduct (BRIEF §1): no incident (CD-2.1), a recorded judgement (CD-1.3, CD-3.1)
and every member complying (CD-3.3 – CD-3.6); dispatched by desktop/domain/evaluation_rules.py."""

from __future__ import annotations

from desktop.domain.catalog import Criterion
from desktop.domain.evaluation_model import _EPS, AT_RISK, MET, NEEDS_JUDGEMENT, NOT_MET, CriterionResult, Evidence
from desktop.domain.evaluation_run import _d, _interleave, _log_evidence, _names, _result, _Run, _say
from desktop.domain.logs import ALERT, INCIDENT
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.periods import Period
from desktop.domain.phrases import Joined, Number, Words, phrase

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
