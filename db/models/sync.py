"""Enrolled units, keys, outbox and received packages (issue 7).

The installation's own key pair lives in files (DataDir.keys, desktop/sync/keys.py); these tables
hold what this unit knows about OTHER units (their public keys) and what it sent and received.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.core import utcnow


class EnrolledUnitRow(Base):
    """A unit whose enrolment file this unit imported: a child (it sends submissions up to us)
    or our parent (it sends appraisals and decisions down)."""

    __tablename__ = "sync_enrolled_units"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40), unique=True)
    relation: Mapped[str] = mapped_column(String(10))  # child | parent
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    enrolled_by: Mapped[str] = mapped_column(String(80), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class UnitKeyRow(Base):
    """A public key of an enrolled unit. active: signs now; retired: replaced by rotation (its
    packages still in transit are accepted); revoked: replaced because it was lost (refused)."""

    __tablename__ = "sync_unit_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40), index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(10))  # active | retired | revoked
    origin: Mapped[str] = mapped_column(String(12))  # enrolment | rotation | replacement | invitation | confirmed
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class OutboxRow(Base):
    """A package this unit built. The file itself is DataDir.outbox/<file_name>, written durably
    before this row is committed; the bytes never change once built."""

    __tablename__ = "sync_outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    recipient_code: Mapped[str] = mapped_column(String(40))
    campaign: Mapped[str | None] = mapped_column(String(64))
    period: Mapped[str | None] = mapped_column(String(12))
    quarter: Mapped[int | None] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer)
    supersedes: Mapped[str | None] = mapped_column(String(36))
    in_reply_to: Mapped[str | None] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(300))
    file_name: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), index=True)  # pending|exported|sent|received|rejected
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    exported_at: Mapped[datetime | None] = mapped_column(DateTime)
    exported_to: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime)
    status_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (Index("ix_sync_outbox_subject", "recipient_code", "subject"),)


class ReceivedPackageRow(Base):
    """Every package file this unit imported, with what became of it. Accepted data is kept here
    read-only (``data_json``); ``is_current`` marks the version in force for its subject, older
    versions stay as history with status 'superseded'. Rejected files keep only the reason (their
    content is in DataDir.quarantine, never in the database)."""

    __tablename__ = "sync_received"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str | None] = mapped_column(String(36), index=True)
    sender_code: Mapped[str | None] = mapped_column(String(40))
    recipient_code: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str | None] = mapped_column(String(20))
    campaign: Mapped[str | None] = mapped_column(String(64))
    period: Mapped[str | None] = mapped_column(String(12))
    quarter: Mapped[int | None] = mapped_column(Integer)
    subject: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int | None] = mapped_column(Integer)
    supersedes: Mapped[str | None] = mapped_column(String(36))
    in_reply_to: Mapped[str | None] = mapped_column(String(36))
    sender_created_at: Mapped[str | None] = mapped_column(String(40))
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    received_by: Mapped[str] = mapped_column(String(80), default="")
    status: Mapped[str] = mapped_column(String(12))  # accepted | superseded | rejected
    reason_code: Mapped[str | None] = mapped_column(String(30))
    reason: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))
    manifest_sha256: Mapped[str | None] = mapped_column(String(64))
    stored_name: Mapped[str | None] = mapped_column(String(300))
    source_name: Mapped[str] = mapped_column(String(300))
    summary_json: Mapped[str | None] = mapped_column(Text)
    superseded_by: Mapped[str | None] = mapped_column(String(36))
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)
    # The branch's record carried by the package (registration, year-end): its hash, and when it
    # was written into this installation's tables for that branch (the newest one per sender).
    record_sha256: Mapped[str | None] = mapped_column(String(64))
    record_applied_at: Mapped[datetime | None] = mapped_column(DateTime)
    sender_name: Mapped[str | None] = mapped_column(String(200))  # as the package names its sender
    # The big columns come last, smallest first: SQLite reads a row's columns in order and must walk
    # the overflow pages of every large value before the one asked for, so the views reading the
    # small columns of every summary (summary_json, dates, states) never touch these.
    # What the completeness table reads of a summary's branch rows, compact (desktop/domain/rollup.py
    # reports_digest), made once on receipt; NULL: not a summary (or worked out from the data).
    reports_json: Mapped[str | None] = mapped_column(Text)
    # The data without its bulky per-branch records (a Đoàn cơ sở's summary carries one per branch),
    # made once on receipt for the views that read every summary; NULL: the same as data_json.
    light_json: Mapped[str | None] = mapped_column(Text)
    data_json: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        Index("ix_sync_received_subject", "sender_code", "subject"),
        Index("ix_sync_received_current", "kind", "period", "is_current"),
        Index("ix_sync_received_views", "recipient_code", "kind", "period", "is_current"),
    )


class InvitationRow(Base):
    """An invitation (desktop/sync/invitation.py). direction "issued": this unit invited a branch;
    status open | used (a package introduced the branch's key with it) | withdrawn (a newer one was
    issued). direction "joined": this unit joined its parent with it (status joined). ``mac_key``
    is the key derived from the one-time secret (hex), never the secret itself."""

    __tablename__ = "sync_invitations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invitation_id: Mapped[str] = mapped_column(String(36))
    direction: Mapped[str] = mapped_column(String(8))  # issued | joined
    parent_code: Mapped[str] = mapped_column(String(40))
    parent_name: Mapped[str] = mapped_column(String(200))
    branch_code: Mapped[str] = mapped_column(String(40), index=True)
    branch_name: Mapped[str] = mapped_column(String(200))
    mac_key: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    used_fingerprint: Mapped[str | None] = mapped_column(String(40))
    used_package_id: Mapped[str | None] = mapped_column(String(36))
    __table_args__ = (UniqueConstraint("invitation_id", "direction"),)
