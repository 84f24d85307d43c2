"""Units, settings, attachments (evidence files) and the audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


def utcnow() -> datetime:
    from datetime import UTC

    return datetime.now(UTC).replace(tzinfo=None)


class UnitRow(Base):
    """A unit of the hierarchy. ``is_self`` marks the installation's own unit; a Đoàn cơ sở
    also holds rows for its branches (and their data) here."""

    __tablename__ = "units"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    branch_type: Mapped[str | None] = mapped_column(String(30))
    grade: Mapped[int | None] = mapped_column(Integer)
    all_party_members: Mapped[bool] = mapped_column(Boolean, default=False)
    parent_code: Mapped[str | None] = mapped_column(String(40), index=True)
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SettingRow(Base):
    """Key/value settings. ``scope`` is '' for the installation, else a unit code."""

    __tablename__ = "settings"
    scope: Mapped[str] = mapped_column(String(40), primary_key=True, default="")
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class AttachmentRow(Base):
    """An evidence file copied into the data folder (attachments/<sha[:2]>/<sha><ext>)."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    owner_kind: Mapped[str] = mapped_column(String(30))
    owner_id: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(260))
    stored_name: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(80), default="")
    __table_args__ = (UniqueConstraint("owner_kind", "owner_id", "sha256"),)


class AuditRow(Base):
    """Append-only, hash-chained record of every create/update/delete (issue 8)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(20))  # create | update | delete | other verbs
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(80))
    unit_code: Mapped[str | None] = mapped_column(String(40), index=True)
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class InterchangeImportRow(Base):
    """A unit-data file imported here and the state it left (issue 23 item 7): the SHA-256 of
    the file's content and of every row the import replaces (db/repo/interchange_digest.py).
    While the stored rows still hash to ``state_sha256``, the same file imported again changes
    nothing, and is answered so without being written again."""

    __tablename__ = "interchange_imports"
    unit_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    state_sha256: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
