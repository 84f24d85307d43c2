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


def _in(ids) -> str:
    """A list of database ids as SQL text (integers only: nothing from a file gets here)."""
    return ", ".join(str(int(i)) for i in ids) or "NULL"


def _members_of(units: str) -> str:
    return f"SELECT id FROM members WHERE unit_id IN ({units})"


# Rows of OTHER units that point at a member being replaced: kept across the replacement by
# re-pointing them at the re-imported member with the same identity. Plain SQL on the driver,
# one statement per table with the members as a subquery (a branch's record is written in a
# few tens of ms: SQLAlchemy's building of seven statements with 60 bound ids each cost 3 ms).
_OUTSIDE = {
    "log_participants": "SELECT p.log_id, p.member_id FROM cycle_log_participants p "
    "JOIN cycle_logs l ON l.id = p.log_id WHERE p.member_id IN ({m}) AND l.unit_id NOT IN ({u})",
    "log_members": "SELECT l.id, l.member_id FROM cycle_logs l WHERE l.member_id IN ({m}) AND l.unit_id NOT IN ({u})",
    "vol_participants": "SELECT p.activity_id, p.member_id, p.overlap_confirmed FROM volunteer_participants p "
    "JOIN volunteer_activities a ON a.id = p.activity_id WHERE p.member_id IN ({m}) AND a.unit_id NOT IN ({u})",
    "vol_credits": "SELECT c.activity_id, c.member_id, c.day, c.half_days FROM volunteer_credits c "
    "JOIN volunteer_activities a ON a.id = c.activity_id WHERE c.member_id IN ({m}) AND a.unit_id NOT IN ({u})",
    "group_members": "SELECT gm.group_id, gm.member_id FROM member_group_members gm "
    "JOIN member_groups g ON g.id = gm.group_id WHERE gm.member_id IN ({m}) AND g.unit_id NOT IN ({u})",
    "registration_members": "SELECT rm.registration_id, rm.member_id FROM cycle_registration_members rm "
    "JOIN cycle_registrations r ON r.id = rm.registration_id WHERE rm.member_id IN ({m}) AND r.unit_id NOT IN ({u})",
}


def outside_links(session: Session, unit_ids: set[int]) -> dict:
    """References to the members of ``unit_ids`` from records of units not being replaced."""
    conn = session.connection()
    u = _in(sorted(unit_ids))
    out = {
        k: [tuple(r) for r in conn.exec_driver_sql(sql.format(m=_members_of(u), u=u))] for k, sql in _OUTSIDE.items()
    }
    # The driver gives a date column's stored text: the day as the volunteer area wrote it.
    out["vol_credits"] = [(a, m, _day(d), h) for a, m, d, h in out["vol_credits"]]
    return out


def _day(v):
    return date.fromisoformat(v) if isinstance(v, str) else v


def member_identities(session: Session, unit_ids: set[int]) -> dict[int, tuple]:
    """A member's identity for re-linking: (unit, card number) or (unit, name, date of birth)."""
    rows = session.connection().exec_driver_sql(
        "SELECT id, unit_id, union_card_no, name_key, date_of_birth FROM members "
        f"WHERE unit_id IN ({_in(sorted(unit_ids))})"
    )
    return {mid: identity(uid, card, key, _day(dob)) for mid, uid, card, key, dob in rows}


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


# The rows that hang off a unit's records and would go with them by ON DELETE CASCADE: deleted
# first, by their parent's unit, in one statement per table. The same rows; SQLite's cascade
# runs a lookup per parent row (a branch's year: 80 logs, 1,600 participations, 3 ms).
_CHILDREN = (
    ("cycle_log_participants", "log_id", "cycle_logs"),
    ("volunteer_participants", "activity_id", "volunteer_activities"),
    ("volunteer_credits", "activity_id", "volunteer_activities"),
    ("volunteer_activity_dates", "activity_id", "volunteer_activities"),
)


def purge_units(session: Session, units: dict[str, int]) -> None:
    """Remove every record of the units {code: id} (the unit rows themselves stay).

    Records first, members last and all together: deleting a member makes SQLite look for rows
    pointing at it in every child table, and some of those (log participants) are only indexed
    by their record, so they must already be gone or that lookup scans them once per member."""
    ids = list(units.values())
    # Plain statements on the connection: the ORM's bulk delete would first look for each
    # table's rows among the objects it holds (none here: records are read as plain rows).
    conn = session.connection()
    for chunk in _chunks(ids):
        u = _in(chunk)
        for child, col, parent in _CHILDREN:
            conn.exec_driver_sql(f"DELETE FROM {child} WHERE {col} IN (SELECT id FROM {parent} WHERE unit_id IN ({u}))")
        conn.exec_driver_sql(f"DELETE FROM {AttachmentRow.__tablename__} WHERE unit_id IN ({u})")
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
            conn.exec_driver_sql(f"DELETE FROM {model.__tablename__} WHERE unit_id IN ({u})")
    for chunk in _chunks(ids):
        conn.exec_driver_sql(f"DELETE FROM {MemberRow.__tablename__} WHERE unit_id IN ({_in(chunk)})")
    for chunk in _chunks(list(units)):
        conn.execute(delete(SettingRow.__table__).where(SettingRow.__table__.c.scope.in_(chunk)))


# Rows the interchange file does not carry that hang off a replaced member (deleted with it): the
# Đoàn cơ sở's appraisals of the member and the member's facts of every period. Kept across the
# replacement by re-pointing them at the re-imported member with the same identity.
_KEPT = (MemberAppraisalRow, MemberFactRow)


def kept_rows(session: Session, unit_ids: set[int]) -> dict:
    """{table name: [row dicts without id]} of the rows of ``_KEPT`` of the members of ``unit_ids``
    (plain SQL, each column's values as SQLAlchemy would give them)."""
    conn = session.connection()
    members = _members_of(_in(sorted(unit_ids)))
    out: dict[str, list[dict]] = {}
    for model in _KEPT:
        t = model.__table__
        cols = [c for c in t.c if c.name != "id"]
        names = [c.name for c in cols]
        procs = [c.type._cached_result_processor(conn.dialect, None) for c in cols]
        sql = f"SELECT {', '.join(names)} FROM {t.name} WHERE member_id IN ({members})"
        out[t.name] = [
            dict(zip(names, [v if p is None or v is None else p(v) for p, v in zip(procs, r)]))
            for r in conn.exec_driver_sql(sql)
        ]
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
