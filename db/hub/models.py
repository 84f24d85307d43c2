"""Tables of the hub server (issue 9). Not part of the desktop schema (db.base.metadata).

The hub stores packages as opaque bytes plus the manifest fields it routes on; it never reads
the data inside. Indexes keep a unit's inbox listing an index range scan whatever the size of
the table: (recipient_code, state, id).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import BigInteger, DateTime, Index, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.base import NAMING_CONVENTION

hub_metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class HubBase(DeclarativeBase):
    metadata = hub_metadata


class HubUnitRow(HubBase):
    """An enrolled unit (from its enrolment file) and its parent."""

    __tablename__ = "hub_units"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    parent_code: Mapped[str | None] = mapped_column(String(40), index=True)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)  # last signed request (issue 24)
    introduced_by: Mapped[str | None] = mapped_column(String(40))  # the parent that introduced it, or None


class HubKeyRow(HubBase):
    """A public key of a unit: active (signs now), retired (rotation: old packages still valid),
    revoked (lost: refused)."""

    __tablename__ = "hub_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40), index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(40), unique=True)
    status: Mapped[str] = mapped_column(String(10))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(80))  # a parent's code, or "admin"


class HubPackageRow(HubBase):
    """One package, stored once (package_id unique), waiting in its recipient's inbox until the
    recipient acknowledges it (state waiting -> delivered)."""

    __tablename__ = "hub_packages"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    sender_code: Mapped[str] = mapped_column(String(40))
    recipient_code: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(10))  # waiting | delivered
    uploaded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        Index("ix_hub_packages_inbox", "recipient_code", "state", "id"),
        Index("ix_hub_packages_sender", "sender_code", "id"),
    )


class HubNonceRow(HubBase):
    """Nonces of signed requests seen within the timestamp window (replay refused)."""

    __tablename__ = "hub_nonces"
    unit_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class HubMetaRow(HubBase):
    """The hub's own settings, e.g. its signing key (it signs every answer, issue 24)."""

    __tablename__ = "hub_meta"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class HubRefusalRow(HubBase):
    """A refused request (who, what, why), for the admin page. Pruned to the newest rows."""

    __tablename__ = "hub_refusals"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    unit_code: Mapped[str] = mapped_column(String(40), index=True)
    error: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(String(300))
    path: Mapped[str] = mapped_column(String(200))
