"""Replacing units in the data interchange (see interchange.py): the rows of other units that
point at a member being replaced (kept across the replacement), and removing a unit's records."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from db.models.core import AttachmentRow, SettingRow, utcnow
from db.models.cycle import JudgementRow, LogParticipantRow, LogRow, RegistrationMemberRow, RegistrationRow
from db.models.documents import DocumentCounterRow, DocumentRow
from db.models.members import MemberFactRow, MemberGroupMemberRow, MemberGroupRow, MemberRow
from db.models.recognition import (
    BranchAppraisalRow,
    BranchProposalRow,
    BranchRecognitionRow,
    MemberAppraisalRow,
    MemberAssessmentRow,
    MemberRecognitionRow,
    MemberVoteRow,
)
from db.models.volunteer import VolunteerActivityRow, VolunteerCreditRow, VolunteerParticipantRow
from db.repo.interchange_common import _bulk, _chunks

# ----------------------------------------------------------------------------- replace one unit


# Rows of OTHER units that point at a member being replaced: kept across the replacement by
# re-pointing them at the re-imported member with the same identity.
def outside_links(session: Session, unit_ids: set[int]) -> dict:
    """References to the members of ``unit_ids`` from records of units not being replaced."""
    mids = list(session.execute(select(MemberRow.id).where(MemberRow.unit_id.in_(list(unit_ids)))).scalars())
    out = {
        "log_participants": [],
        "log_members": [],
        "vol_participants": [],
        "vol_credits": [],
        "group_members": [],
        "registration_members": [],
    }
    if not mids:
        return out
    for chunk in _chunks(mids):
        out["log_participants"] += [
            tuple(r)
            for r in session.execute(
                select(LogParticipantRow.log_id, LogParticipantRow.member_id)
                .join(LogRow, LogRow.id == LogParticipantRow.log_id)
                .where(LogParticipantRow.member_id.in_(chunk), LogRow.unit_id.not_in(list(unit_ids)))
            )
        ]
        out["log_members"] += [
            tuple(r)
            for r in session.execute(
                select(LogRow.id, LogRow.member_id).where(
                    LogRow.member_id.in_(chunk), LogRow.unit_id.not_in(list(unit_ids))
                )
            )
        ]
        out["vol_participants"] += [
            tuple(r)
            for r in session.execute(
                select(
                    VolunteerParticipantRow.activity_id,
                    VolunteerParticipantRow.member_id,
                    VolunteerParticipantRow.overlap_confirmed,
                )
                .join(VolunteerActivityRow, VolunteerActivityRow.id == VolunteerParticipantRow.activity_id)
                .where(
                    VolunteerParticipantRow.member_id.in_(chunk), VolunteerActivityRow.unit_id.not_in(list(unit_ids))
                )
            )
        ]
        out["vol_credits"] += [
            tuple(r)
            for r in session.execute(
                select(
                    VolunteerCreditRow.activity_id,
                    VolunteerCreditRow.member_id,
                    VolunteerCreditRow.day,
                    VolunteerCreditRow.half_days,
                )
                .join(VolunteerActivityRow, VolunteerActivityRow.id == VolunteerCreditRow.activity_id)
                .where(VolunteerCreditRow.member_id.in_(chunk), VolunteerActivityRow.unit_id.not_in(list(unit_ids)))
            )
        ]
        out["group_members"] += [
            tuple(r)
            for r in session.execute(
                select(MemberGroupMemberRow.group_id, MemberGroupMemberRow.member_id)
                .join(MemberGroupRow, MemberGroupRow.id == MemberGroupMemberRow.group_id)
                .where(MemberGroupMemberRow.member_id.in_(chunk), MemberGroupRow.unit_id.not_in(list(unit_ids)))
            )
        ]
        out["registration_members"] += [
            tuple(r)
            for r in session.execute(
                select(RegistrationMemberRow.registration_id, RegistrationMemberRow.member_id)
                .join(RegistrationRow, RegistrationRow.id == RegistrationMemberRow.registration_id)
                .where(RegistrationMemberRow.member_id.in_(chunk), RegistrationRow.unit_id.not_in(list(unit_ids)))
            )
        ]
    return out


def member_identities(session: Session, unit_ids: set[int]) -> dict[int, tuple]:
    """A member's identity for re-linking: (unit, card number) or (unit, name, date of birth)."""
    rows = session.execute(
        select(
            MemberRow.id, MemberRow.unit_id, MemberRow.union_card_no, MemberRow.name_key, MemberRow.date_of_birth
        ).where(MemberRow.unit_id.in_(list(unit_ids)))
    )
    return {mid: identity(uid, card, key, dob) for mid, uid, card, key, dob in rows}


def identity(unit_id: int, card: str | None, key: str, dob: date | None) -> tuple:
    return (unit_id, "card", card) if card else (unit_id, "name", key, dob)


def restore_links(session: Session, links: dict, remap: dict[int, int]) -> int:
    """Re-insert the outside references with the new member ids; returns how many were lost."""
    lost = 0

    def ok(mid):
        nonlocal lost
        if mid in remap:
            return True
        lost += 1
        return False

    rows = [{"log_id": lid, "member_id": remap[m]} for lid, m in links["log_participants"] if ok(m)]
    if rows:
        _bulk(session, LogParticipantRow, rows)
    for lid, m in links["log_members"]:
        if ok(m):
            session.execute(update(LogRow).where(LogRow.id == lid).values(member_id=remap[m]))
    rows = [
        {"activity_id": a, "member_id": remap[m], "overlap_confirmed": bool(c), "added_at": utcnow()}
        for a, m, c in links["vol_participants"]
        if ok(m)
    ]
    if rows:
        _bulk(session, VolunteerParticipantRow, rows)
    rows = [
        {"activity_id": a, "member_id": remap[m], "day": d, "half_days": h}
        for a, m, d, h in links["vol_credits"]
        if m in remap
    ]
    if rows:
        _bulk(session, VolunteerCreditRow, rows)
    rows = [{"group_id": g, "member_id": remap[m]} for g, m in links["group_members"] if ok(m)]
    if rows:
        _bulk(session, MemberGroupMemberRow, rows)
    rows = [{"registration_id": r, "member_id": remap[m]} for r, m in links["registration_members"] if ok(m)]
    if rows:
        _bulk(session, RegistrationMemberRow, rows)
    return lost


def purge_units(session: Session, units: dict[str, int]) -> None:
    """Remove every record of the units {code: id} (the unit rows themselves stay).

    Records first, members last and all together: deleting a member makes SQLite look for rows
    pointing at it in every child table, and some of those (log participants) are only indexed
    by their record, so they must already be gone or that lookup scans them once per member."""
    ids = list(units.values())
    # Core statements on the connection: the ORM's bulk delete would first look for each
    # table's rows among the objects it holds (none here: records are read as plain rows).
    conn = session.connection()
    for chunk in _chunks(ids):
        conn.execute(delete(AttachmentRow.__table__).where(AttachmentRow.__table__.c.unit_id.in_(chunk)))
        for model in (
            DocumentRow,
            DocumentCounterRow,
            BranchAppraisalRow,
            BranchProposalRow,
            BranchRecognitionRow,
            MemberVoteRow,
            MemberAssessmentRow,
            MemberRecognitionRow,
            JudgementRow,
            LogRow,
            RegistrationRow,
            VolunteerActivityRow,
            MemberGroupRow,
        ):
            conn.execute(delete(model.__table__).where(model.__table__.c.unit_id.in_(chunk)))
    for chunk in _chunks(ids):
        conn.execute(delete(MemberRow.__table__).where(MemberRow.__table__.c.unit_id.in_(chunk)))
    for chunk in _chunks(list(units)):
        conn.execute(delete(SettingRow.__table__).where(SettingRow.__table__.c.scope.in_(chunk)))


# Rows the interchange file does not carry that hang off a replaced member (deleted with it): the
# Đoàn cơ sở's appraisals of the member and the member's facts of every period. Kept across the
# replacement by re-pointing them at the re-imported member with the same identity.
_KEPT = (MemberAppraisalRow, MemberFactRow)


def kept_rows(session: Session, unit_ids: set[int]) -> dict:
    """{table name: [row dicts without id]} of the rows of ``_KEPT`` of the members of ``unit_ids``."""
    mids = list(session.execute(select(MemberRow.id).where(MemberRow.unit_id.in_(list(unit_ids)))).scalars())
    out: dict[str, list[dict]] = {m.__tablename__: [] for m in _KEPT}
    for model in _KEPT:
        t = model.__table__
        cols = [c for c in t.c if c.name != "id"]
        for chunk in _chunks(mids):
            out[t.name] += [dict(r._mapping) for r in session.execute(select(*cols).where(t.c.member_id.in_(chunk)))]
    return out


def restore_kept(session: Session, kept: dict, remap: dict[int, int], file_periods: set[tuple]) -> int:
    """Re-insert the kept rows with the new member ids, except the facts of the periods the file
    gives (``file_periods``: (new member id, label) of today's period, the file's ticks win) and
    rows the import wrote itself; returns how many rows were lost (their member is not in the
    file any more)."""
    lost = 0
    for model in _KEPT:
        t = model.__table__
        rows = kept.get(t.name) or []
        lost += sum(1 for r in rows if r["member_id"] not in remap)
        rows = [{**r, "member_id": remap[r["member_id"]]} for r in rows if r["member_id"] in remap]
        if model is MemberFactRow:
            rows = [r for r in rows if (r["member_id"], r["period_label"]) not in file_periods]
        if not rows:
            continue
        there: set[tuple] = set()
        for chunk in _chunks(sorted({r["member_id"] for r in rows})):
            there.update(
                tuple(x)
                for x in session.execute(select(t.c.member_id, t.c.period_label).where(t.c.member_id.in_(chunk)))
            )
        rows = [r for r in rows if (r["member_id"], r["period_label"]) not in there]
        if rows:
            session.connection().execute(t.insert(), rows)
    return lost
