"""Users, recovery codes and personal-data erasure (issue 8). Hashing is done by the caller
(desktop/services/safety/auth.py): this module only stores and reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models.core import AttachmentRow, UnitRow, utcnow
from db.models.members import MemberRow
from db.models.safety import RecoveryCodeRow, UserRow


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    password_hash: str
    failed_attempts: int
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime

    def public(self) -> dict:
        return {"username": self.username, "full_name": self.full_name, "role": self.role, "active": self.active}


def _rec(r: UserRow) -> UserRecord:
    return UserRecord(
        id=r.id,
        username=r.username,
        full_name=r.full_name or "",
        role=r.role,
        active=bool(r.active),
        password_hash=r.password_hash,
        failed_attempts=r.failed_attempts or 0,
        locked_until=r.locked_until,
        last_login_at=r.last_login_at,
        created_at=r.created_at,
    )


def list_users(session: Session) -> list[UserRecord]:
    return [_rec(r) for r in session.execute(select(UserRow).order_by(UserRow.username)).scalars()]


def get_user(session: Session, username: str) -> UserRecord | None:
    r = session.execute(select(UserRow).where(UserRow.username == username)).scalar()
    return _rec(r) if r else None


def count_users(session: Session, *, active_only: bool = True, role: str | None = None) -> int:
    q = select(func.count()).select_from(UserRow)
    if active_only:
        q = q.where(UserRow.active.is_(True))
    if role:
        q = q.where(UserRow.role == role)
    return session.execute(q).scalar() or 0


def add_user(session: Session, *, username: str, full_name: str, role: str, password_hash: str) -> UserRecord:
    row = UserRow(
        username=username, full_name=full_name, role=role, password_hash=password_hash, active=True, failed_attempts=0
    )
    session.add(row)
    session.flush()
    return _rec(row)


def update_user(session: Session, username: str, **values) -> UserRecord:
    row = session.execute(select(UserRow).where(UserRow.username == username)).scalar_one()
    for k, v in values.items():
        setattr(row, k, v)
    row.updated_at = utcnow()
    session.flush()
    return _rec(row)


def add_recovery_code(session: Session, code_hash: str, created_by: str) -> None:
    session.execute(
        update(RecoveryCodeRow)
        .where(RecoveryCodeRow.used_at.is_(None))
        .values(used_at=utcnow(), used_for="thay bằng mã mới")
    )
    session.add(RecoveryCodeRow(code_hash=code_hash, created_by=created_by))


def unused_recovery_codes(session: Session) -> list[tuple[int, str]]:
    return [
        (r.id, r.code_hash)
        for r in session.execute(select(RecoveryCodeRow).where(RecoveryCodeRow.used_at.is_(None))).scalars()
    ]


def use_recovery_code(session: Session, code_id: int, username: str) -> None:
    session.execute(
        update(RecoveryCodeRow).where(RecoveryCodeRow.id == code_id).values(used_at=utcnow(), used_for=username)
    )


def has_recovery_code(session: Session) -> bool:
    return bool(unused_recovery_codes(session))


# ---------------------------------------------------------------- personal data (issue 8 §6)

# Columns of the members table that hold personal data erasable on request. Party membership
# as a yes/no fact is kept (see desktop/services/safety/privacy.py: counts in past reports).
PERSONAL_COLUMNS = ("date_of_birth", "dob_year_only", "phone", "id_number", "party_join_date")


def member_snapshot(session: Session, member_id: int) -> dict | None:
    row = session.get(MemberRow, member_id)
    if row is None:
        return None
    unit_code = session.execute(select(UnitRow.code).where(UnitRow.id == row.unit_id)).scalar()
    return {
        "id": row.id,
        "full_name": row.full_name,
        "unit_code": unit_code,
        "erased_at": row.erased_at,
        **{c: getattr(row, c, None) for c in PERSONAL_COLUMNS},
    }


def erase_member(session: Session, member_id: int, *, pseudonym: str | None = None) -> list[str]:
    """Blank the personal columns (and the name when a pseudonym is given); returns the
    columns that held a value."""
    row = session.get(MemberRow, member_id)
    cleared = []
    for col in PERSONAL_COLUMNS:
        if not hasattr(row, col):
            continue
        value = getattr(row, col)
        if value not in (None, "", False):
            cleared.append(col)
        setattr(row, col, False if isinstance(value, bool) else None)
    if pseudonym:
        cleared.append("full_name")
        row.full_name = pseudonym
        if hasattr(row, "name_key"):
            row.name_key = pseudonym.lower()
    row.erased_at = utcnow()
    session.flush()
    return cleared


def member_attachments(session: Session, member_id: int) -> list[tuple[int, str, str]]:
    rows = session.execute(
        select(AttachmentRow.id, AttachmentRow.sha256, AttachmentRow.stored_name).where(
            AttachmentRow.owner_kind == "member", AttachmentRow.owner_id == member_id
        )
    ).all()
    return [(a, b, c) for a, b, c in rows]


def delete_attachment_rows(session: Session, ids: list[int]) -> None:
    for id_ in ids:
        row = session.get(AttachmentRow, id_)
        if row is not None:
            session.delete(row)
    session.flush()


def attachment_still_used(session: Session, sha256: str) -> bool:
    return bool(
        session.execute(select(func.count()).select_from(AttachmentRow).where(AttachmentRow.sha256 == sha256)).scalar()
    )


def attachment_index(session: Session) -> list[tuple[int, str, str, int]]:
    """(id, stored_name, sha256, size) of every attachment row."""
    return [
        (a, b, c, d)
        for a, b, c, d in session.execute(
            select(AttachmentRow.id, AttachmentRow.stored_name, AttachmentRow.sha256, AttachmentRow.size).order_by(
                AttachmentRow.id
            )
        )
    ]


def today_utc() -> date:
    return utcnow().date()
