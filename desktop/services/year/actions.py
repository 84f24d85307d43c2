"""A branch's next actions for the home screen, most urgent first: its registration (due, or late
but still possible), then each criterion still open in the current period, each with the page
where it is done. The evaluation they come from is in evaluation.py."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from db.repo import cycle as cycle_repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.evaluation import AT_RISK, NEEDS_JUDGEMENT, Evaluation
from desktop.domain.evaluation_rules import quarter_name
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.periods import Period
from desktop.domain.phrases import Joined, Phrase, Words, phrase
from desktop.domain.units import Unit, UnitKind
from desktop.i18n.catalogue import say
from desktop.services.context import AppContext
from desktop.services.units import resolve_period


@dataclass(frozen=True)
class NextAction:
    """A concrete thing to do, with the page where it is done (``page``, ``params``). ``words``:
    what to do, put in a language by ``text`` (desktop/domain/phrases.py)."""

    words: Words
    page: str
    params: dict = field(default_factory=dict)
    criterion_id: str | None = None
    due: date | None = None

    def text(self, lang: str | None = "vi") -> str:
        return say(self.words, lang)


def action(text: str, /, **args) -> Phrase:
    """The words of a next action: ``source`` is English marked with QT_TRANSLATE_NOOP("NextAction", …)."""
    return phrase("NextAction", text, **args)


def _d(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _left(due: date, today: date) -> Phrase:
    n = (due - today).days
    if n > 0:
        return action(QT_TRANSLATE_NOOP("NextAction", "{days} days left"), days=n)
    if n == 0:
        return action(QT_TRANSLATE_NOOP("NextAction", "due today"))
    return action(QT_TRANSLATE_NOOP("NextAction", "{days} days overdue"), days=-n)


def _registration_action(ctx: AppContext, unit: Unit, period: Period) -> NextAction | None:
    from desktop.services.year.cycle import CAMPAIGN, registration_deadline

    today = ctx.today()
    nxt = resolve_period(ctx, unit.code, str(period.year + 1))
    for p in (nxt, period):
        due = registration_deadline(ctx, unit, p)
        if due is None:
            continue
        if p is nxt and (due.due - today).days > 60:
            continue
        with ctx.uow.read() as s:
            latest = cycle_repo.latest_registration(s, unit.code, CAMPAIGN, p.label)
        if latest is not None and latest.status == "submitted":
            continue
        if due.due >= today:
            if latest is None:
                source = QT_TRANSLATE_NOOP(
                    "NextAction", "Prepare and submit the registration for {period} by {date} ({left})."
                )
            else:
                source = QT_TRANSLATE_NOOP("NextAction", "Submit the registration for {period} by {date} ({left}).")
            words = action(source, period=p.label, date=_d(due.due), left=_left(due.due, today))
        else:
            words = action(
                QT_TRANSLATE_NOOP(
                    "NextAction",
                    "The registration for {period} is {days} days past {date}: it can still be submitted and will "
                    "be marked late.",
                ),
                period=p.label,
                days=(today - due.due).days,
                date=_d(due.due),
            )
        return NextAction(words, "registration", {"period": p.label}, None, due.due)
    return None


_UPDATE_WHAT = {
    "CD-3.3": QT_TRANSLATE_NOOP("NextAction", "Union activity where they live"),
    "CD-3.4": QT_TRANSLATE_NOOP("NextAction", "self-training registration"),
    "CD-3.5": QT_TRANSLATE_NOOP("NextAction", "electronic Union book and card"),
}


def _criterion_action(ev: Evaluation, r, today: date) -> NextAction | None:
    cid, d = r.id, r.details
    due = r.due
    when: Words = (
        action(QT_TRANSLATE_NOOP("NextAction", " by {date} ({left})"), date=_d(due), left=_left(due, today))
        if due
        else ""
    )
    if r.status == NEEDS_JUDGEMENT:
        return NextAction(
            action(
                QT_TRANSLATE_NOOP("NextAction", "Record the judgement of {criterion} (met/not met, by whom)."),
                criterion=cid,
            ),
            "campaign",
            {"criterion": cid},
            cid,
            None,
        )
    if r.status != AT_RISK:
        return None
    if cid == "CD-1.2" and due:
        q = next((i for i, (qs, qe) in enumerate(ev.period.quarters(), 1) if qs <= due <= qe), None)
        words = action(
            QT_TRANSLATE_NOOP("NextAction", "Hold a thematic session in {quarter}{when}."),
            quarter=quarter_name(ev.period, q) if q else "",
            when=when,
        )
        return NextAction(words, "logs", {"kind": "thematic_session"}, cid, due)
    if cid == "CD-2.4" and due:
        words = action(
            QT_TRANSLATE_NOOP("NextAction", "Share a good example or good story for week {week}{when}."),
            week=due.isocalendar()[1],
            when=when,
        )
        return NextAction(words, "logs", {"kind": "weekly_post"}, cid, due)
    if cid == "CD-1.1":
        base, reached = d.get("base", 0), d.get("reached", 0)
        need = max(1, math.ceil(0.7 * base - 1e-9 - reached)) if base else 1
        words = action(
            QT_TRANSLATE_NOOP("NextAction", "Reach {count} more members with information to get to 70%{when}."),
            count=need,
            when=when,
        )
        return NextAction(words, "logs", {"kind": "information"}, cid, due)
    if cid == "CD-3.2":
        missing = max(0, (r.threshold or 0) - (r.value or 0))
        words = action(
            QT_TRANSLATE_NOOP("NextAction", "{count} regular branch meetings still to hold{when}."),
            count=missing,
            when=when,
        )
        return NextAction(words, "logs", {"kind": "meeting"}, cid, due)
    if cid == "CD-3.7":
        words = action(
            QT_TRANSLATE_NOOP("NextAction", "Introduce an outstanding member to the Party{when}."), when=when
        )
        return NextAction(words, "logs", {"kind": "party_introduction"}, cid, due)
    if cid in _UPDATE_WHAT:
        words = action(
            QT_TRANSLATE_NOOP("NextAction", "Update {what} for the {count} members still missing it{when}."),
            what=action(_UPDATE_WHAT[cid]),
            count=d.get("lacking", 0),
            when=when,
        )
        return NextAction(words, "members", {"criterion": cid}, cid, due)
    if cid == "CD-3.6":
        need = d.get("min_days", 5)  # the threshold of the catalog in force (issue 17)
        need = int(need) if float(need).is_integer() else need
        words = action(
            QT_TRANSLATE_NOOP("NextAction", "{count} members have fewer than {days} volunteer days{when}."),
            count=d.get("lacking", 0),
            days=need,
            when=when,
        )
        return NextAction(words, "volunteer", {"criterion": cid}, cid, due)
    if cid == "CD-2.2":
        words = action(QT_TRANSLATE_NOOP("NextAction", "Carry out and record a youth project{when}."), when=when)
        return NextAction(words, "volunteer", {"criterion": cid}, cid, due)
    if cid == "CD-2.3":
        words = action(
            QT_TRANSLATE_NOOP("NextAction", "Organise a red-address journey or join a positive trend activity{when}."),
            when=when,
        )
        return NextAction(words, "volunteer", {"criterion": cid}, cid, due)
    if cid == "CD-3.8":
        words = action(
            QT_TRANSLATE_NOOP("NextAction", "Assess members for the Socialist member title (80% needed){when}."),
            when=when,
        )
        return NextAction(words, "recognition", {"criterion": cid}, cid, due)
    return NextAction(Joined((f"{cid}: ", r.explanation)), "campaign", {"criterion": cid}, cid, due)


def next_actions(
    ctx: AppContext, unit_code: str, period: Period | str | None = None, *, limit: int | None = None
) -> list[NextAction]:
    """Concrete actions for the home screen, most urgent first: the registration, then each
    criterion still open in the current period (``page``: the page key where it is done)."""
    from desktop.services.year.evaluation import evaluate_unit

    with ctx.uow.read() as s:
        unit = units_repo.get(s, unit_code)
    if unit is None:
        raise DomainError(f"Không có đơn vị “{unit_code}” trong dữ liệu.", field="unit")
    if unit.kind is not UnitKind.CHI_DOAN:
        return []
    label = period.label if isinstance(period, Period) else period
    ev = evaluate_unit(ctx, unit_code, label)
    today = ctx.today()
    out: list[NextAction] = []
    reg = _registration_action(ctx, unit, ev.period)
    if reg is not None:
        out.append(reg)
    if ev.no_members:
        # Nothing per member means anything yet ("cho 0 đoàn viên còn thiếu"): the list comes first.
        out.append(
            NextAction(
                action(
                    QT_TRANSLATE_NOOP("NextAction", "No members yet: add the member list (from Excel or one by one).")
                ),
                "members",
                {},
                None,
                None,
            )
        )
        return out[:limit] if limit else out
    for r in ev.criteria:
        a = _criterion_action(ev, r, today)
        if a is not None:
            out.append(a)
    far = date.max
    out.sort(key=lambda a: (a.due or far, a.criterion_id or ""))
    return out[:limit] if limit else out
