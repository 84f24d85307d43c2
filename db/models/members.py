"""Members ("Đoàn viên"), their membership history, and saved groups ("Tổ 1")."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, func, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.core import utcnow


# A card number holding anything but printable ASCII (a space, a tab, a letter with a diacritic):
# SQLite's trim() and upper() may not give what Python's strip() and upper() give for it.
ODD_CARD = "union_card_no GLOB '*[^!-~]*'"


class MemberRow(Base):
    __tablename__ = "members"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(120))
    # Lower-case, diacritics removed, for search ("nguyen thi" finds "Nguyễn Thị") and matching.
    name_key: Mapped[str] = mapped_column(String(120), index=True)
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    dob_year_only: Mapped[bool] = mapped_column(Boolean, default=False)
    gender: Mapped[str | None] = mapped_column(String(10))  # nam | nu | khac
    phone: Mapped[str | None] = mapped_column(String(20))
    id_number: Mapped[str | None] = mapped_column(String(20))  # CCCD, optional
    union_join_date: Mapped[date | None] = mapped_column(Date)
    union_card_no: Mapped[str | None] = mapped_column(String(30))
    is_party_member: Mapped[bool] = mapped_column(Boolean, default=False)
    party_join_date: Mapped[date | None] = mapped_column(Date)
    residence: Mapped[str | None] = mapped_column(String(200))  # thôn / tổ dân phố
    # Per-member facts the criteria need (BRIEF §1, CD-3.3 … CD-3.5).
    training_registered: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("0")
    )  # "Rèn luyện đoàn viên"
    training_registered_on: Mapped[date | None] = mapped_column(Date)
    ebook_issued: Mapped[bool] = mapped_column(Boolean, default=False)
    ecard_issued: Mapped[bool] = mapped_column(Boolean, default=False)
    residence_activity: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)  # personal data erased on request
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    __table_args__ = (
        Index("ix_members_unit_card", "unit_id", "union_card_no"),
        Index("ix_members_unit_name_dob", "unit_id", "name_key", "date_of_birth"),
        # The people a record touches, looked up by what tells a person (db/repo/member_identity.py);
        # and ix_members_card_key below.
        Index("ix_members_dob", "date_of_birth"),
        Index("ix_members_card_odd", "id", sqlite_where=text(ODD_CARD)),
    )


Index("ix_members_card_key", func.upper(func.trim(MemberRow.union_card_no)))


class MemberFactRow(Base):
    """A member's facts for one assessment period (CD-3.3 … CD-3.5, issue 19 item 7): taking part
    in Union activities where they live, the self-training registration, the e-book and e-card
    with their numbers, each with the day it became true. One row per member and period; a new
    period starts with no row (nothing met), so last year's facts never count for this year."""

    __tablename__ = "member_period_facts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    period_label: Mapped[str] = mapped_column(String(9))
    residence_activity: Mapped[bool] = mapped_column(Boolean, default=False)
    residence_on: Mapped[date | None] = mapped_column(Date)
    training_registered: Mapped[bool] = mapped_column(Boolean, default=False)
    training_on: Mapped[date | None] = mapped_column(Date)
    ebook_issued: Mapped[bool] = mapped_column(Boolean, default=False)
    ebook_no: Mapped[str | None] = mapped_column(String(40))
    ebook_on: Mapped[date | None] = mapped_column(Date)
    ecard_issued: Mapped[bool] = mapped_column(Boolean, default=False)
    ecard_no: Mapped[str | None] = mapped_column(String(40))
    ecard_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    __table_args__ = (UniqueConstraint("member_id", "period_label", name="uq_member_period_facts"),)


class MembershipEventRow(Base):
    """History of a membership: joined, transferred_in, transferred_out, left (never overwritten)."""

    __tablename__ = "membership_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    on_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="", server_default="")


class MemberGroupRow(Base):
    """A saved selection of members for fast entry ("Tổ 1")."""

    __tablename__ = "member_groups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("unit_id", "name"),)


class MemberGroupMemberRow(Base):
    __tablename__ = "member_group_members"
    group_id: Mapped[int] = mapped_column(ForeignKey("member_groups.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True)
