"""Steps 1 and 2 of the cycle: registrations, evidence logs, judgements (issue 5).

Every function takes the caller's session and returns domain objects. The data-interchange
area uses the same functions to export and import (``list_logs`` / ``insert_log``,
``registrations`` / ``insert_registration``, ``judgements`` / ``insert_judgement``).
Reads for many units at once: cycle_units.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from db.models.core import AttachmentRow, UnitRow
from db.models.cycle import (
    JudgementRow,
    LogParticipantRow,
    LogRow,
    RegistrationItemRow,
    RegistrationMemberRow,
    RegistrationRow,
)
from db.models.members import MemberRow
from desktop.domain.errors import DomainError
from desktop.domain.evaluation import Judgement
from desktop.domain.logs import LogEntry
from desktop.domain.registration import Registration, RegistrationItem
from db.repo.cycle_units import LOG_OWNER, _chunks, in_force, list_logs_for_units

# Reads for many units at once live in cycle_units.py; the evaluation and the branch's record read
# them from here.
from db.repo.cycle_units import judgements_for_units as judgements_for_units
from db.repo.cycle_units import member_facts_for_units as member_facts_for_units
from db.repo.cycle_units import settings_for_units as settings_for_units
from db.repo.cycle_units import unit_ids as unit_ids


def _unit_id(session: Session, unit_code: str) -> int:
    uid = session.execute(select(UnitRow.id).where(UnitRow.code == unit_code)).scalar_one_or_none()
    if uid is None:
        raise DomainError(f"Không có đơn vị “{unit_code}” trong dữ liệu.", field="unit_code")
    return uid


def check_members(session: Session, unit_code: str, member_ids: Iterable[int], what: str) -> None:
    """Refuse member ids that are not members of the unit (names the first wrong id)."""
    ids = sorted(set(member_ids))
    if not ids:
        return
    uid = _unit_id(session, unit_code)
    found: set[int] = set()
    for chunk in _chunks(ids):
        found |= set(
            session.execute(select(MemberRow.id).where(MemberRow.id.in_(chunk), MemberRow.unit_id == uid)).scalars()
        )
    wrong = [i for i in ids if i not in found]
    if wrong:
        raise DomainError(
            f"{what}: đoàn viên số {wrong[0]} không thuộc đơn vị “{unit_code}”"
            + (f" (và {len(wrong) - 1} người khác)." if len(wrong) > 1 else "."),
            field="participants",
        )


# ------------------------------------------------------------------------------ logs


def _to_entry(row: LogRow, unit_code: str, participants: frozenset[int], attachments: int) -> LogEntry:
    return LogEntry(
        id=row.id,
        unit_code=unit_code,
        kind=row.kind,
        on_date=row.on_date,
        title=row.title,
        description=row.description,
        category=row.category,
        channel=row.channel,
        member_id=row.member_id,
        ref_no=row.ref_no,
        counterpart=row.counterpart,
        received_on=row.received_on,
        link=row.link,
        participants=participants,
        attachments=attachments,
    )


def _apply(row: LogRow, e: LogEntry) -> None:
    row.kind = e.kind
    row.on_date = e.on_date
    row.title = e.title
    row.description = e.description
    row.category = e.category
    row.channel = e.channel
    row.member_id = e.member_id
    row.ref_no = e.ref_no
    row.counterpart = e.counterpart
    row.received_on = e.received_on
    row.link = e.link


def insert_log(session: Session, entry: LogEntry, actor: str) -> int:
    """Insert a validated entry (``entry.validated()``) with its participants; returns its id."""
    uid = _unit_id(session, entry.unit_code)
    row = LogRow(unit_id=uid, created_by=actor)
    _apply(row, entry)
    session.add(row)
    session.flush()
    if entry.participants:
        session.execute(
            insert(LogParticipantRow), [{"log_id": row.id, "member_id": m} for m in sorted(entry.participants)]
        )
    return row.id


def update_log(session: Session, entry: LogEntry) -> None:
    row = session.get(LogRow, entry.id)
    if row is None:
        raise DomainError(f"Không có bản ghi số {entry.id}.", field="id")
    _apply(row, entry)
    session.execute(delete(LogParticipantRow).where(LogParticipantRow.log_id == row.id))
    if entry.participants:
        session.execute(
            insert(LogParticipantRow), [{"log_id": row.id, "member_id": m} for m in sorted(entry.participants)]
        )


def delete_log(session: Session, log_id: int) -> None:
    session.execute(delete(LogRow).where(LogRow.id == log_id))


def get_log(session: Session, log_id: int) -> LogEntry | None:
    row = session.get(LogRow, log_id)
    if row is None:
        return None
    code = session.execute(select(UnitRow.code).where(UnitRow.id == row.unit_id)).scalar_one()
    parts = frozenset(
        session.execute(select(LogParticipantRow.member_id).where(LogParticipantRow.log_id == log_id)).scalars()
    )
    n = session.execute(
        select(func.count())
        .select_from(AttachmentRow)
        .where(AttachmentRow.owner_kind == LOG_OWNER, AttachmentRow.owner_id == log_id)
    ).scalar_one()
    return _to_entry(row, code, parts, n)


def list_logs(
    session: Session,
    unit_code: str,
    start: date | None = None,
    end: date | None = None,
    kinds: Iterable[str] | None = None,
) -> list[LogEntry]:
    """The unit's records dated in [start, end] (either bound optional), oldest first."""
    uid = session.execute(select(UnitRow.id).where(UnitRow.code == unit_code)).scalar_one_or_none()
    if uid is None:
        return []
    return list_logs_for_units(session, {uid: unit_code}, start, end, kinds).get(unit_code, [])


# ------------------------------------------------------------------------------ judgements


def insert_judgement(
    session: Session, unit_code: str, campaign: str, period_label: str, j: Judgement, actor: str
) -> int:
    row = JudgementRow(
        unit_id=_unit_id(session, unit_code),
        campaign=campaign,
        period_label=period_label,
        criterion_id=j.criterion_id,
        verdict=j.verdict,
        author=j.author,
        judged_on=j.judged_on,
        note=j.note,
        judged_by=j.by or "",
        created_by=actor,
    )
    session.add(row)
    session.flush()
    return row.id


def judgements(session: Session, unit_code: str, campaign: str, period_label: str) -> list[Judgement]:
    """Every judgement recorded for the unit and period, oldest first (the history)."""
    rows = session.execute(
        select(JudgementRow)
        .join(UnitRow, UnitRow.id == JudgementRow.unit_id)
        .where(UnitRow.code == unit_code, JudgementRow.campaign == campaign, JudgementRow.period_label == period_label)
        .order_by(JudgementRow.id)
    ).scalars()
    return [Judgement(r.criterion_id, r.verdict, r.author, r.judged_on, r.note, r.judged_by or "") for r in rows]


def judgements_in_force(session: Session, unit_code: str, campaign: str, period_label: str) -> dict[str, Judgement]:
    """The judgement in force per criterion: the Đoàn cơ sở's newest, else the branch's newest."""
    out: dict[str, Judgement] = {}
    for j in judgements(session, unit_code, campaign, period_label):
        out[j.criterion_id] = in_force(out.get(j.criterion_id), j)
    return out


# ------------------------------------------------------------------------------ registrations


def _to_registration(session: Session, row: RegistrationRow, unit_code: str) -> Registration:
    items = tuple(
        RegistrationItem(r.criterion_id, r.planned_activities, r.target_date, r.responsible)
        for r in session.execute(
            select(RegistrationItemRow)
            .where(RegistrationItemRow.registration_id == row.id)
            .order_by(RegistrationItemRow.id)
        ).scalars()
    )
    members = frozenset(
        session.execute(
            select(RegistrationMemberRow.member_id).where(RegistrationMemberRow.registration_id == row.id)
        ).scalars()
    )
    return Registration(
        id=row.id,
        unit_code=unit_code,
        campaign=row.campaign,
        period_label=row.period_label,
        version=row.version,
        status=row.status,
        deadline=row.deadline,
        submitted_on=row.submitted_on,
        submitted_by=row.submitted_by,
        late=bool(row.late),
        note=row.note,
        items=items,
        member_ids=members,
        created_by=row.created_by,
    )


def registrations(
    session: Session, unit_code: str, campaign: str, period_label: str | None = None
) -> list[Registration]:
    """Every version, oldest first (all periods when ``period_label`` is None)."""
    q = (
        select(RegistrationRow)
        .join(UnitRow, UnitRow.id == RegistrationRow.unit_id)
        .where(UnitRow.code == unit_code, RegistrationRow.campaign == campaign)
    )
    if period_label is not None:
        q = q.where(RegistrationRow.period_label == period_label)
    rows = session.execute(q.order_by(RegistrationRow.period_label, RegistrationRow.version)).scalars()
    return [_to_registration(session, r, unit_code) for r in rows]


def latest_registration(session: Session, unit_code: str, campaign: str, period_label: str) -> Registration | None:
    versions = registrations(session, unit_code, campaign, period_label)
    return versions[-1] if versions else None


def insert_registration(session: Session, reg: Registration, actor: str) -> int:
    """Insert one version as given (status, dates and all)."""
    row = RegistrationRow(
        unit_id=_unit_id(session, reg.unit_code),
        campaign=reg.campaign,
        period_label=reg.period_label,
        version=reg.version,
        status=reg.status,
        deadline=reg.deadline,
        submitted_on=reg.submitted_on,
        submitted_by=reg.submitted_by,
        late=reg.late,
        note=reg.note,
        created_by=reg.created_by or actor,
    )
    session.add(row)
    session.flush()
    _write_content(session, row.id, reg)
    return row.id


def _write_content(session: Session, reg_id: int, reg: Registration) -> None:
    session.execute(delete(RegistrationItemRow).where(RegistrationItemRow.registration_id == reg_id))
    session.execute(delete(RegistrationMemberRow).where(RegistrationMemberRow.registration_id == reg_id))
    if reg.items:
        session.execute(
            insert(RegistrationItemRow),
            [
                {
                    "registration_id": reg_id,
                    "criterion_id": it.criterion_id,
                    "planned_activities": it.planned_activities,
                    "target_date": it.target_date,
                    "responsible": it.responsible,
                }
                for it in reg.items
            ],
        )
    if reg.member_ids:
        session.execute(
            insert(RegistrationMemberRow), [{"registration_id": reg_id, "member_id": m} for m in sorted(reg.member_ids)]
        )


def update_draft(session: Session, reg: Registration) -> None:
    row = session.get(RegistrationRow, reg.id)
    if row is None:
        raise DomainError(f"Không có bản đăng ký số {reg.id}.", field="id")
    if row.status != "draft":
        raise DomainError(
            f"Bản đăng ký phiên bản {row.version} đã nộp nên không sửa được: hãy tạo bản điều chỉnh.", field="status"
        )
    row.note = reg.note
    row.deadline = reg.deadline
    _write_content(session, row.id, reg)


def mark_submitted(session: Session, reg_id: int, on: date, by: str, late: bool, deadline: date | None) -> None:
    row = session.get(RegistrationRow, reg_id)
    row.status = "submitted"
    row.submitted_on = on
    row.submitted_by = by
    row.late = late
    row.deadline = deadline
