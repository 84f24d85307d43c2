"""The three-step cycle, steps 1 and 2 (issue 5): registrations with their versions, the evidence
logs of every criterion, and the recorded judgements of the qualitative criteria.

Step 3 (member assessments, branch proposals, appraisals, decisions) lives in
``db/models/recognition.py``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.core import utcnow


class RegistrationRow(Base):
    """Step 1, "Đăng ký": one version of a branch's registration for a campaign and period.

    A submitted version is frozen; an amendment is a new version (history kept, BRIEF §3.1)."""

    __tablename__ = "cycle_registrations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    campaign: Mapped[str] = mapped_column(String(40))
    period_label: Mapped[str] = mapped_column(String(9))
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft | submitted
    deadline: Mapped[date | None] = mapped_column(Date)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    submitted_by: Mapped[str | None] = mapped_column(String(80))
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)  # e.g. the reason for an amendment
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    __table_args__ = (UniqueConstraint("unit_id", "campaign", "period_label", "version"),)


class RegistrationItemRow(Base):
    """Content and roadmap for one criterion ("nội dung, lộ trình thực hiện")."""

    __tablename__ = "cycle_registration_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("cycle_registrations.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[str] = mapped_column(String(20))
    planned_activities: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[date | None] = mapped_column(Date)
    responsible: Mapped[str] = mapped_column(String(120), default="")
    __table_args__ = (UniqueConstraint("registration_id", "criterion_id"),)


class RegistrationMemberRow(Base):
    """A member who registers for "Đoàn viên XHCN" with this registration version."""

    __tablename__ = "cycle_registration_members"
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("cycle_registrations.id", ondelete="CASCADE"), primary_key=True
    )
    # Indexed on its own (0010): the primary key starts with registration_id, so deleting or
    # erasing a member (ON DELETE CASCADE) otherwise scans the whole table.
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True)


class LogRow(Base):
    """Step 2, "Theo dõi": one evidence record. ``kind`` is one of desktop.domain.logs.LOG_KINDS;
    the optional columns are used by the kinds that need them (see LogEntry)."""

    __tablename__ = "cycle_logs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    on_date: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(40))  # theme / meeting kind / incident kind
    channel: Mapped[str | None] = mapped_column(String(120))
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )  # 0010: a member's records, ON DELETE SET NULL
    ref_no: Mapped[str | None] = mapped_column(String(80))
    counterpart: Mapped[str | None] = mapped_column(String(200))  # chi bộ, issuer, place
    received_on: Mapped[date | None] = mapped_column(Date)
    link: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    __table_args__ = (Index("ix_cycle_logs_unit_kind_date", "unit_id", "kind", "on_date"),)


class LogParticipantRow(Base):
    """A member reached by / attending / taking part in a log record."""

    __tablename__ = "cycle_log_participants"
    log_id: Mapped[int] = mapped_column(ForeignKey("cycle_logs.id", ondelete="CASCADE"), primary_key=True)
    # 0010: a member's participations (P1–P6 counts, ON DELETE CASCADE) without a full scan.
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True)
    # 0027: the pair is the whole row: the table is its key's own B-tree (SQLite), one fewer to
    # write per participation (a Đoàn cơ sở's year holds about a million).
    __table_args__ = {"sqlite_with_rowid": False}


class JudgementRow(Base):
    """A recorded judgement for a qualitative criterion (CD-1.3, CD-3.1), with its author.

    Append-only: the newest row for (unit, campaign, period, criterion) is the one in force."""

    __tablename__ = "cycle_judgements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    campaign: Mapped[str] = mapped_column(String(40))
    period_label: Mapped[str] = mapped_column(String(9))
    criterion_id: Mapped[str] = mapped_column(String(20))
    verdict: Mapped[str] = mapped_column(String(10))  # met | not_met
    author: Mapped[str] = mapped_column(String(120))
    judged_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    # Who judged (issue 19 item 8): "chi-doan" (the branch's own "tự đánh giá") or "doan-co-so"
    # (the Đoàn cơ sở, whose judgement wins); "" for one brought in from a data file (the branch's).
    judged_by: Mapped[str] = mapped_column(String(20), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    __table_args__ = (Index("ix_cycle_judgements_unit_period", "unit_id", "campaign", "period_label"),)
