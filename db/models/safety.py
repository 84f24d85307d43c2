"""Users, roles and recovery codes; the audit trail's append-only guard (issue 8).

Passwords and recovery codes are stored only as Argon2id hashes (argon2-cffi). There is no
master password: a forgotten admin password is recovered with the one-time recovery code that
was shown (and printed) when the first admin was created.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DDL, Boolean, DateTime, Integer, String, event
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.core import AuditRow, utcnow


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(10))  # admin | staff | viewer
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class RecoveryCodeRow(Base):
    """A one-time code that lets whoever holds the printed sheet reset an admin password."""

    __tablename__ = "recovery_codes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    used_for: Mapped[str | None] = mapped_column(String(40))


# The audit trail is append-only: SQLite refuses to delete an entry or to change who/when/what
# and the chain hashes. Only the before/after values may be rewritten, and only into the
# redaction form that keeps their digest (personal-data erasure, db/audit.py), so the chain
# still verifies. Someone editing the file by hand can drop the triggers; verify_chain then
# reports the first broken link.
AUDIT_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'Nhật ký thay đổi chỉ được ghi thêm, không được xóa.'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE OF id, at, actor, action, "
    "entity, entity_id, unit_code, prev_hash, hash ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'Nhật ký thay đổi chỉ được ghi thêm, không được sửa.'); END",
)

for _sql in AUDIT_TRIGGERS:
    event.listen(AuditRow.__table__, "after_create", DDL(_sql).execute_if(dialect="sqlite"))
