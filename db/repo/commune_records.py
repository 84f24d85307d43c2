"""Commune records behind the indicators (issue 20 items 5-8): thôn / tổ dân phố, per-hamlet
facts, satisfaction survey rows, "Dân vận khéo" models. Every write records the audit trail."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db import audit
from db.models.commune import CommuneLogRow
from db.models.commune_records import CommuneDvkRow, CommuneHamletFactRow, CommuneHamletRow, CommuneSurveyRow
from desktop.domain.commune import DvkModel, Hamlet, HamletFact, SurveyRow, hamlet_key

# ------------------------------------------------------------------ hamlets


def _hamlet(r: CommuneHamletRow) -> Hamlet:
    return Hamlet(r.id, r.name, r.kind, r.active)


def hamlets(session: Session, unit_code: str, *, include_inactive: bool = False) -> list[Hamlet]:
    q = select(CommuneHamletRow).where(CommuneHamletRow.unit_code == unit_code)
    if not include_inactive:
        q = q.where(CommuneHamletRow.active.is_(True))
    return [_hamlet(r) for r in session.execute(q.order_by(CommuneHamletRow.position, CommuneHamletRow.id)).scalars()]


def find_hamlet(session: Session, unit_code: str, name: str) -> CommuneHamletRow | None:
    return session.execute(
        select(CommuneHamletRow).where(
            CommuneHamletRow.unit_code == unit_code, CommuneHamletRow.name_key == hamlet_key(name)
        )
    ).scalar_one_or_none()


def add_hamlet(session: Session, unit_code: str, h: Hamlet, actor: str) -> tuple[int, bool]:
    """(id, created): an existing hamlet of the same name is reused (and made active again)."""
    row = find_hamlet(session, unit_code, h.name)
    if row is not None:
        if not row.active or row.kind != h.kind:
            before = {"name": row.name, "kind": row.kind, "active": row.active}
            row.active, row.kind = True, h.kind
            audit.record(
                session,
                actor=actor,
                action="update",
                entity="commune_hamlet",
                entity_id=row.id,
                unit_code=unit_code,
                before=before,
                after={"name": row.name, "kind": h.kind, "active": True},
            )
            return row.id, True
        return row.id, False
    pos = (
        session.execute(
            select(func.max(CommuneHamletRow.position)).where(CommuneHamletRow.unit_code == unit_code)
        ).scalar()
        or 0
    )
    row = CommuneHamletRow(
        unit_code=unit_code, name=h.name, name_key=hamlet_key(h.name), kind=h.kind, position=pos + 1, active=True
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="create",
        entity="commune_hamlet",
        entity_id=row.id,
        unit_code=unit_code,
        after={"name": h.name, "kind": h.kind},
    )
    return row.id, True


def update_hamlet(session: Session, unit_code: str, h: Hamlet, actor: str) -> Hamlet | None:
    row = session.get(CommuneHamletRow, h.id)
    if row is None or row.unit_code != unit_code:
        return None
    before = _hamlet(row)
    row.name, row.name_key, row.kind, row.active = h.name, hamlet_key(h.name), h.kind, h.active
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="update",
        entity="commune_hamlet",
        entity_id=h.id,
        unit_code=unit_code,
        before={"name": before.name, "kind": before.kind, "active": before.active},
        after={"name": h.name, "kind": h.kind, "active": h.active},
    )
    return before


# ------------------------------------------------------------------ per-hamlet facts


def add_fact(session: Session, unit_code: str, f: HamletFact, actor: str) -> int:
    row = CommuneHamletFactRow(
        unit_code=unit_code,
        campaign_id=f.campaign_id,
        criterion_id=f.criterion_id,
        period=f.period,
        hamlet_id=f.hamlet_id,
        met=f.met,
        note=f.note,
        recorded_on=f.recorded_on or date.today(),
        author=actor,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="create",
        entity="commune_hamlet_fact",
        entity_id=row.id,
        unit_code=unit_code,
        after={"criterion": f.criterion_id, "period": f.period, "hamlet": f.hamlet_id, "met": f.met, "note": f.note},
    )
    return row.id


def facts_for(session: Session, unit_code: str, campaign_id: str, period: str) -> dict[str, dict[int, HamletFact]]:
    """criterion id -> hamlet id -> the newest fact (later rows supersede earlier ones)."""
    rows = session.execute(
        select(CommuneHamletFactRow)
        .where(
            CommuneHamletFactRow.unit_code == unit_code,
            CommuneHamletFactRow.campaign_id == campaign_id,
            CommuneHamletFactRow.period == period,
        )
        .order_by(CommuneHamletFactRow.id)
    ).scalars()
    out: dict[str, dict[int, HamletFact]] = {}
    for r in rows:
        out.setdefault(r.criterion_id, {})[r.hamlet_id] = HamletFact(
            r.campaign_id, r.criterion_id, r.period, r.hamlet_id, r.met, r.note, r.recorded_on, r.author
        )
    return out


# ------------------------------------------------------------------ survey rows


def survey_rows(session: Session, log_ids: list[int]) -> dict[int, list[SurveyRow]]:
    out: dict[int, list[SurveyRow]] = {i: [] for i in log_ids}
    if not log_ids:
        return out
    q = select(CommuneSurveyRow).where(CommuneSurveyRow.log_id.in_(log_ids)).order_by(CommuneSurveyRow.id)
    for r in session.execute(q).scalars():
        out[r.log_id].append(SurveyRow(r.hamlet, r.question, r.asked, r.satisfied))
    return out


def replace_survey_rows(session: Session, unit_code: str, log_id: int, rows: list[SurveyRow], actor: str) -> None:
    """A survey's rows, all at once; the survey's totals (received = asked, answered = satisfied)
    become the sums of its rows so every count and share reads one number."""
    log = session.get(CommuneLogRow, log_id)
    if log is None or log.unit_code != unit_code:
        raise LookupError(log_id)
    session.execute(delete(CommuneSurveyRow).where(CommuneSurveyRow.log_id == log_id))
    session.add_all(
        [
            CommuneSurveyRow(log_id=log_id, hamlet=r.hamlet, question=r.question, asked=r.asked, satisfied=r.satisfied)
            for r in rows
        ]
    )
    before = {"received": log.received, "answered": log.answered}
    log.received = sum(r.asked for r in rows)
    log.answered = sum(r.satisfied for r in rows)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="update",
        entity="commune_log",
        entity_id=log_id,
        unit_code=unit_code,
        before=before,
        after={"received": log.received, "answered": log.answered, "rows": len(rows)},
    )


# ------------------------------------------------------------------ Dân vận khéo models


def _dvk(r: CommuneDvkRow) -> DvkModel:
    return DvkModel(r.id, r.name, r.field, r.owner, r.started_on, r.content, r.result, r.recognition)


def _dvk_audit(m: DvkModel) -> dict:
    return {
        "name": m.name,
        "field": m.field,
        "owner": m.owner,
        "started_on": m.started_on.isoformat(),
        "content": m.content,
        "result": m.result,
        "recognition": m.recognition,
    }


def add_dvk(session: Session, unit_code: str, m: DvkModel, actor: str) -> int:
    row = CommuneDvkRow(
        unit_code=unit_code,
        name=m.name,
        field=m.field,
        owner=m.owner,
        content=m.content,
        started_on=m.started_on,
        result=m.result,
        recognition=m.recognition,
        created_by=actor,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="create",
        entity="commune_dvk",
        entity_id=row.id,
        unit_code=unit_code,
        after=_dvk_audit(m),
    )
    return row.id


def update_dvk(session: Session, unit_code: str, m: DvkModel, actor: str) -> DvkModel | None:
    row = session.get(CommuneDvkRow, m.id)
    if row is None or row.unit_code != unit_code:
        return None
    before = _dvk(row)
    row.name, row.field, row.owner, row.content = m.name, m.field, m.owner, m.content
    row.started_on, row.result, row.recognition = m.started_on, m.result, m.recognition
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="update",
        entity="commune_dvk",
        entity_id=m.id,
        unit_code=unit_code,
        before=_dvk_audit(before),
        after=_dvk_audit(m),
    )
    return before


def delete_dvk(session: Session, unit_code: str, dvk_id: int, actor: str) -> DvkModel | None:
    row = session.get(CommuneDvkRow, dvk_id)
    if row is None or row.unit_code != unit_code:
        return None
    before = _dvk(row)
    session.delete(row)
    audit.record(
        session,
        actor=actor,
        action="delete",
        entity="commune_dvk",
        entity_id=dvk_id,
        unit_code=unit_code,
        before=_dvk_audit(before),
    )
    return before


def dvk_between(session: Session, unit_code: str, start: date, end: date) -> list[DvkModel]:
    """Models built in the period (DVK-1 asks for one each year)."""
    q = select(CommuneDvkRow).where(
        CommuneDvkRow.unit_code == unit_code, CommuneDvkRow.started_on >= start, CommuneDvkRow.started_on <= end
    )
    return [_dvk(r) for r in session.execute(q.order_by(CommuneDvkRow.started_on, CommuneDvkRow.id)).scalars()]
