"""A member's facts per assessment period (BRIEF §1: CD-3.3 residence activity, CD-3.4 training
registered, CD-3.5 e-book and e-card issued): recorded for the period that contains the day of
the change, and read back merged onto the member for a period or a day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from db.repo import members as repo
from desktop.domain.members import Member, PeriodFacts
from desktop.services.context import AppContext
from desktop.services.units import period_in


# --------------------------------------------------------------------------- facts per period
# CD-3.3 … CD-3.5 are facts of a member in an assessment period (issue 19 item 7). The ticks on a
# member are those of the period running today: saved as that period's facts, read back from them.


def _with_facts(m: Member, f: PeriodFacts | None) -> Member:
    """``m`` with the ticks of its facts for one period (none recorded: nothing ticked)."""
    if f is None:
        if not (m.residence_activity or m.is_training_registered or m.ebook_issued or m.ecard_issued):
            return m
        return replace(
            m,
            residence_activity=False,
            training_registered=False,
            training_registered_on=None,
            ebook_issued=False,
            ecard_issued=False,
        )
    if (m.residence_activity, m.training_registered, m.training_registered_on, m.ebook_issued, m.ecard_issued) == (
        f.residence_activity,
        f.training_registered,
        f.training_on,
        f.ebook_issued,
        f.ecard_issued,
    ):
        return m
    return replace(
        m,
        residence_activity=f.residence_activity,
        training_registered=f.training_registered,
        training_registered_on=f.training_on,
        ebook_issued=f.ebook_issued,
        ecard_issued=f.ecard_issued,
    )


def _merged(recorded: dict[str, PeriodFacts], member_id: int, label: str) -> PeriodFacts | None:
    """The facts in force in period ``label``: CD-3.3 and CD-3.4 of that period only, the e-book
    and e-card once issued (in that period or an earlier one)."""
    own = recorded.get(label)
    if own is not None and own.ebook_issued and own.ecard_issued or not recorded:
        return own
    earlier = [f for lbl, f in recorded.items() if lbl <= label]
    book = any(f.ebook_issued for f in earlier)
    card = any(f.ecard_issued for f in earlier)
    if own is None and not (book or card):
        return None
    base = own or PeriodFacts(member_id, label)
    if (base.ebook_issued, base.ecard_issued) == (book, card):
        return base
    return replace(base, ebook_issued=book, ecard_issued=card)


def with_period_facts(s, members: list[Member], label: str) -> list[Member]:
    """The members with the ticks of period ``label`` (inside an open session)."""
    facts = repo.period_facts(s, [m.id for m in members if m.id is not None])
    return [_with_facts(m, _merged(facts.get(m.id, {}), m.id, label)) for m in members]


def _in_period(s, members: list[Member], day: date) -> list[Member]:
    """The members with the ticks of the period running on ``day`` in their unit."""
    codes = {m.unit_code for m in members}
    labels = {code: period_in(s, code, None, day).label for code in codes}
    if len(codes) == 1 and len(members) > 50:  # a whole roster: the ticks worked out by SQLite
        code = next(iter(codes))
        ticks = repo.ticks_for_unit(s, code, labels[code])
        none = (False, False, None, False, False)
        out = []
        for m in members:
            t = ticks.get(m.id, none)
            if (
                m.residence_activity,
                m.training_registered,
                m.training_registered_on,
                m.ebook_issued,
                m.ecard_issued,
            ) != t:
                m = replace(
                    m,
                    residence_activity=t[0],
                    training_registered=t[1],
                    training_registered_on=t[2],
                    ebook_issued=t[3],
                    ecard_issued=t[4],
                )
            out.append(m)
        return out
    facts = repo.period_facts(s, [m.id for m in members if m.id is not None])
    empty: dict = {}
    return [_with_facts(m, _merged(facts.get(m.id, empty), m.id, labels[m.unit_code])) for m in members]


def record_period_facts(s, ctx: AppContext, members: list[Member], labels: dict[str, str] | None = None) -> None:
    """Save the ticks of ``members`` as the facts of the period running today in their units
    (``labels``: {unit code: label of that period}, when the caller knows them already)."""
    today = ctx.today()
    if labels is None:
        labels = {code: period_in(s, code, None, today).label for code in {m.unit_code for m in members}}
    ids = [m.id for m in members if m.id is not None]
    known = repo.period_facts(s, ids, set(labels.values())) if ids else {}
    out = []
    empty: dict = {}
    for m in members:
        if m.id is None:
            continue
        label = labels[m.unit_code]
        was = known.get(m.id, empty).get(label)
        if was is None:
            # nothing recorded: facts only for a tick (15,000 members brought in at once)
            if m.residence_activity or m.is_training_registered or m.ebook_issued or m.ecard_issued:
                out.append(PeriodFacts(m.id, label).following(m, today))
            continue
        now = was.following(m, today)
        if now != was:
            out.append(now)
    repo.save_period_facts(s, out, ctx.actor)


def member_facts(ctx: AppContext, member_id: int) -> dict[str, PeriodFacts]:
    """{period label: facts} of one member, every period recorded."""
    with ctx.uow.read() as s:
        return repo.period_facts(s, [member_id]).get(member_id, {})
