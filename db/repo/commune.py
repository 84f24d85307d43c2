"""Commune party committee storage (issue 10): local models, programme tasks, logs, values."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import audit
from db.models.commune import CommuneLogRow, CommuneModelRow, CommuneTaskRow, CommuneValueRow
from desktop.domain.commune import CommuneLog, ProgrammeTask, RecordedValue

# ------------------------------------------------------------------ local models


def local_model_bodies(session: Session) -> list[dict]:
    """The newest version of every local model, as catalog JSON dicts."""
    rows = (
        session.execute(select(CommuneModelRow).order_by(CommuneModelRow.catalog_id, CommuneModelRow.version))
        .scalars()
        .all()
    )
    newest: dict[str, CommuneModelRow] = {}
    for r in rows:
        newest[r.catalog_id] = r
    return [json.loads(r.body) for r in newest.values()]


def next_model_version(session: Session, catalog_id: str) -> int:
    v = session.execute(
        select(func.max(CommuneModelRow.version)).where(CommuneModelRow.catalog_id == catalog_id)
    ).scalar()
    return (v or 0) + 1


def add_model(
    session: Session, *, unit_code: str, catalog_id: str, version: int, title_vi: str, body: str, actor: str
) -> int:
    row = CommuneModelRow(
        unit_code=unit_code, catalog_id=catalog_id, version=version, title_vi=title_vi, body=body, created_by=actor
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="create",
        entity="commune_model",
        entity_id=row.id,
        unit_code=unit_code,
        after={"id": catalog_id, "version": version, "title_vi": title_vi},
    )
    return row.id


# ------------------------------------------------------------------ logs


def _log(r: CommuneLogRow) -> CommuneLog:
    return CommuneLog(r.id, r.kind, r.on_date, r.place, r.title, r.received, r.answered, r.note, r.topic, r.created_by)


def _log_audit(log: CommuneLog) -> dict:
    return {
        "kind": log.kind,
        "on_date": log.on_date.isoformat(),
        "place": log.place,
        "title": log.title,
        "received": log.received,
        "answered": log.answered,
        "note": log.note,
        "topic": log.topic,
    }


def add_log(session: Session, unit_code: str, log: CommuneLog, actor: str) -> int:
    row = CommuneLogRow(
        unit_code=unit_code,
        kind=log.kind,
        on_date=log.on_date,
        place=log.place,
        title=log.title,
        received=log.received,
        answered=log.answered,
        note=log.note,
        topic=log.topic,
        created_by=actor,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="create",
        entity="commune_log",
        entity_id=row.id,
        unit_code=unit_code,
        after=_log_audit(log),
    )
    return row.id


def get_log(session: Session, unit_code: str, log_id: int) -> CommuneLog | None:
    row = session.get(CommuneLogRow, log_id)
    return _log(row) if row is not None and row.unit_code == unit_code else None


def update_log(session: Session, unit_code: str, log: CommuneLog, actor: str) -> CommuneLog | None:
    """Correct a record (a typo in the place, a wrong date); the history keeps before and after."""
    row = session.get(CommuneLogRow, log.id)
    if row is None or row.unit_code != unit_code:
        return None
    before = _log(row)
    row.kind, row.on_date, row.place, row.title = log.kind, log.on_date, log.place, log.title
    row.received, row.answered, row.note, row.topic = log.received, log.answered, log.note, log.topic
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="update",
        entity="commune_log",
        entity_id=log.id,
        unit_code=unit_code,
        before=_log_audit(before),
        after=_log_audit(log),
    )
    return before


def delete_log(session: Session, unit_code: str, log_id: int, actor: str) -> CommuneLog | None:
    row = session.get(CommuneLogRow, log_id)
    if row is None or row.unit_code != unit_code:
        return None
    before = _log(row)
    session.delete(row)
    audit.record(
        session,
        actor=actor,
        action="delete",
        entity="commune_log",
        entity_id=log_id,
        unit_code=unit_code,
        before=_log_audit(before),
    )
    return before


def logs_between(session: Session, unit_code: str, start: date, end: date, kind: str | None = None) -> list[CommuneLog]:
    q = select(CommuneLogRow).where(
        CommuneLogRow.unit_code == unit_code, CommuneLogRow.on_date >= start, CommuneLogRow.on_date <= end
    )
    if kind:
        q = q.where(CommuneLogRow.kind == kind)
    return [_log(r) for r in session.execute(q.order_by(CommuneLogRow.on_date, CommuneLogRow.id)).scalars()]


# ------------------------------------------------------------------ values and judgements


def add_value(session: Session, unit_code: str, v: RecordedValue, actor: str) -> int:
    row = CommuneValueRow(
        unit_code=unit_code,
        campaign_id=v.campaign_id,
        criterion_id=v.criterion_id,
        period=v.period,
        value=v.value,
        verdict=v.verdict,
        note=v.note,
        recorded_on=v.recorded_on,
        author=actor,
        assessor=v.assessor,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="create",
        entity="commune_value",
        entity_id=row.id,
        unit_code=unit_code,
        after={
            "campaign": v.campaign_id,
            "criterion": v.criterion_id,
            "period": v.period,
            "value": v.value,
            "verdict": v.verdict,
            "note": v.note,
            "assessor": v.assessor,
        },
    )
    return row.id


def values_for(session: Session, unit_code: str, campaign_id: str, period: str) -> dict[str, RecordedValue]:
    """The newest recorded value per criterion (later rows supersede earlier ones)."""
    rows = (
        session.execute(
            select(CommuneValueRow)
            .where(
                CommuneValueRow.unit_code == unit_code,
                CommuneValueRow.campaign_id == campaign_id,
                CommuneValueRow.period == period,
            )
            .order_by(CommuneValueRow.id)
        )
        .scalars()
        .all()
    )
    out: dict[str, RecordedValue] = {}
    for r in rows:
        prev = out.get(r.criterion_id)
        value = r.value if r.value is not None else (prev.value if prev else None)
        verdict = r.verdict if r.verdict is not None else (prev.verdict if prev else None)
        out[r.criterion_id] = RecordedValue(
            r.campaign_id, r.criterion_id, r.period, value, verdict, r.note, r.recorded_on, r.author, r.assessor or ""
        )
    return out


# ------------------------------------------------------------------ programme tasks


def _task(r: CommuneTaskRow) -> ProgrammeTask:
    return ProgrammeTask(
        r.id,
        r.period,
        r.campaign_id,
        r.title,
        r.lead_agency,
        r.deadline,
        r.expected_output,
        r.progress,
        r.progress_note,
        r.criterion_id,
    )


def _task_audit(t: ProgrammeTask) -> dict:
    return {
        "title": t.title,
        "campaign": t.campaign_id,
        "lead_agency": t.lead_agency,
        "deadline": t.deadline.isoformat() if t.deadline else None,
        "expected_output": t.expected_output,
        "progress": t.progress,
        "criterion": t.criterion_id,
    }


def add_task(session: Session, unit_code: str, t: ProgrammeTask, actor: str) -> int:
    row = CommuneTaskRow(
        unit_code=unit_code,
        period=t.period,
        campaign_id=t.campaign_id,
        title=t.title,
        lead_agency=t.lead_agency,
        deadline=t.deadline,
        expected_output=t.expected_output,
        progress=t.progress,
        progress_note=t.progress_note,
        criterion_id=t.criterion_id,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="create",
        entity="commune_task",
        entity_id=row.id,
        unit_code=unit_code,
        after=_task_audit(t),
    )
    return row.id


def update_task(session: Session, unit_code: str, t: ProgrammeTask, actor: str) -> ProgrammeTask | None:
    row = session.get(CommuneTaskRow, t.id)
    if row is None or row.unit_code != unit_code:
        return None
    before = _task(row)
    row.campaign_id, row.title, row.lead_agency, row.deadline = t.campaign_id, t.title, t.lead_agency, t.deadline
    row.expected_output, row.criterion_id = t.expected_output, t.criterion_id
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="update",
        entity="commune_task",
        entity_id=t.id,
        unit_code=unit_code,
        before=_task_audit(before),
        after=_task_audit(_task(row)),
    )
    return before


def delete_task(session: Session, unit_code: str, task_id: int, actor: str) -> ProgrammeTask | None:
    row = session.get(CommuneTaskRow, task_id)
    if row is None or row.unit_code != unit_code:
        return None
    before = _task(row)
    session.delete(row)
    audit.record(
        session,
        actor=actor,
        action="delete",
        entity="commune_task",
        entity_id=task_id,
        unit_code=unit_code,
        before=_task_audit(before),
    )
    return before


def set_task_progress(
    session: Session, unit_code: str, task_id: int, progress: int, note: str, actor: str
) -> ProgrammeTask | None:
    row = session.get(CommuneTaskRow, task_id)
    if row is None or row.unit_code != unit_code:
        return None
    before = {"progress": row.progress, "progress_note": row.progress_note}
    row.progress, row.progress_note = progress, note
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="update",
        entity="commune_task",
        entity_id=task_id,
        unit_code=unit_code,
        before=before,
        after={"progress": progress, "progress_note": note},
    )
    return _task(row)


def tasks_for(session: Session, unit_code: str, period: str) -> list[ProgrammeTask]:
    rows = session.execute(
        select(CommuneTaskRow)
        .where(CommuneTaskRow.unit_code == unit_code, CommuneTaskRow.period == period)
        .order_by(CommuneTaskRow.campaign_id, CommuneTaskRow.deadline, CommuneTaskRow.id)
    ).scalars()
    return [_task(r) for r in rows]
