"""Volunteer activities: the writes (issue 4) — an activity with its dates, participants, credits
and guests inserted, replaced, soft-deleted and restored, in the caller's session. The reads:
db/repo/volunteer.py."""

from __future__ import annotations


from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from db.models.core import utcnow
from db.models.volunteer import (
    VolunteerActivityDateRow,
    VolunteerActivityRow,
    VolunteerCreditRow,
    VolunteerParticipantRow,
)
from desktop.domain.volunteer import Activity, split_half_days
from db.repo.volunteer import _chunks


# --------------------------------------------------------------------------- writes


def _write_children(session: Session, activity_id: int, a: Activity) -> None:
    session.execute(insert(VolunteerActivityDateRow), [{"activity_id": activity_id, "day": d} for d in a.dates])
    _write_credits(session, activity_id, a)


def _write_credits(session: Session, activity_id: int, a: Activity) -> None:
    shares = list(zip(a.dates, split_half_days(a.half_days, len(a.dates))))
    session.execute(
        insert(VolunteerCreditRow),
        [
            {"activity_id": activity_id, "member_id": m, "day": d, "half_days": h}
            for m in a.participant_ids
            for d, h in shares
        ],
    )


def _row_values(a: Activity, actor: str) -> dict:
    return dict(
        name=a.name,
        kind=a.kind,
        focus=a.focus,
        place=a.place,
        level=a.level,
        half_days=a.half_days,
        first_day=a.first_day,
        last_day=a.last_day,
        guests=a.guests,
        confirmed_by=a.confirmed_by,
        notes=a.notes,
        updated_by=actor,
        updated_at=utcnow(),
    )


def insert_activity(session: Session, unit_id: int, a: Activity, actor: str) -> int:
    """Write a validated activity with its dates, participants and credits; returns its id."""
    row = VolunteerActivityRow(unit_id=unit_id, created_by=actor, **_row_values(a, actor))
    session.add(row)
    session.flush()
    confirmed = set(a.overlap_confirmed_ids)
    session.execute(
        insert(VolunteerParticipantRow),
        [
            {"activity_id": row.id, "member_id": m, "overlap_confirmed": m in confirmed, "added_at": utcnow()}
            for m in a.participant_ids
        ],
    )
    _write_children(session, row.id, a)
    return row.id


def replace_activity(session: Session, activity_id: int, a: Activity, actor: str) -> None:
    """Overwrite an activity with a validated new version (the caller audits before/after)."""
    session.execute(
        update(VolunteerActivityRow).where(VolunteerActivityRow.id == activity_id).values(**_row_values(a, actor))
    )
    old = dict(
        session.execute(
            select(VolunteerParticipantRow.member_id, VolunteerParticipantRow.overlap_confirmed).where(
                VolunteerParticipantRow.activity_id == activity_id
            )
        ).all()
    )
    new, confirmed = set(a.participant_ids), set(a.overlap_confirmed_ids)
    gone = [m for m in old if m not in new]
    for chunk in _chunks(gone):
        session.execute(
            delete(VolunteerParticipantRow).where(
                VolunteerParticipantRow.activity_id == activity_id, VolunteerParticipantRow.member_id.in_(chunk)
            )
        )
    added = [m for m in a.participant_ids if m not in old]
    if added:
        session.execute(
            insert(VolunteerParticipantRow),
            [
                {"activity_id": activity_id, "member_id": m, "overlap_confirmed": m in confirmed, "added_at": utcnow()}
                for m in added
            ],
        )
    for m in new & set(old):
        if bool(old[m]) != (m in confirmed):
            session.execute(
                update(VolunteerParticipantRow)
                .where(VolunteerParticipantRow.activity_id == activity_id, VolunteerParticipantRow.member_id == m)
                .values(overlap_confirmed=m in confirmed)
            )
    session.execute(delete(VolunteerActivityDateRow).where(VolunteerActivityDateRow.activity_id == activity_id))
    session.execute(delete(VolunteerCreditRow).where(VolunteerCreditRow.activity_id == activity_id))
    _write_children(session, activity_id, a)


def soft_delete(session: Session, activity_id: int, actor: str, reason: str | None) -> None:
    """Mark deleted (the record and its participants stay); its credits stop counting."""
    session.execute(
        update(VolunteerActivityRow)
        .where(VolunteerActivityRow.id == activity_id)
        .values(deleted_at=utcnow(), deleted_by=actor, delete_reason=(reason or None))
    )
    session.execute(delete(VolunteerCreditRow).where(VolunteerCreditRow.activity_id == activity_id))


def restore(session: Session, activity_id: int, a: Activity, actor: str) -> None:
    session.execute(
        update(VolunteerActivityRow)
        .where(VolunteerActivityRow.id == activity_id)
        .values(deleted_at=None, deleted_by=None, delete_reason=None, updated_by=actor, updated_at=utcnow())
    )
    _write_credits(session, activity_id, a)


def unit_id_of_activity(session: Session, activity_id: int) -> int | None:
    return session.execute(
        select(VolunteerActivityRow.unit_id).where(VolunteerActivityRow.id == activity_id)
    ).scalar_one_or_none()
