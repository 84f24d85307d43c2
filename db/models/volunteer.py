"""Volunteer activities and their participants (issue 4).

``volunteer_activities`` and ``volunteer_activity_dates`` describe an activity;
``volunteer_participants`` is who was credited (the source of truth, kept when an activity is
soft-deleted); ``volunteer_credits`` is one row per participant and activity day with the half
days credited that day: a derived table, rebuilt on every save and emptied on delete, that
every total reads through the covering index (member_id, day, half_days) (docs/architecture.md, traps:
0.20 s → fast with a covering index on (member, day, days)).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.core import utcnow


class VolunteerActivityRow(Base):
    __tablename__ = "volunteer_activities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    focus: Mapped[str | None] = mapped_column(String(30))
    place: Mapped[str | None] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20), default="chi-doan")
    half_days: Mapped[int] = mapped_column(Integer)  # credited per participant, in half days
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    guests: Mapped[int] = mapped_column(Integer, default=0)
    confirmed_by: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(80), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    deleted_by: Mapped[str | None] = mapped_column(String(80))
    delete_reason: Mapped[str | None] = mapped_column(String(300))
    __table_args__ = (Index("ix_volunteer_activities_unit_day", "unit_id", "first_day"),)


class VolunteerActivityDateRow(Base):
    __tablename__ = "volunteer_activity_dates"
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer_activities.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True)


class VolunteerParticipantRow(Base):
    __tablename__ = "volunteer_participants"
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer_activities.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True)
    # The user confirmed crediting this member although another activity credits the same day.
    overlap_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class VolunteerCreditRow(Base):
    __tablename__ = "volunteer_credits"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("volunteer_activities.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    half_days: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_volunteer_credits_member_day", "member_id", "day", "half_days"),)
