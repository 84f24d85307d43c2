"""What a branch did with what came down from its parent (issue 17 item 5): an alert or a share
request confirmed into its log (one click), a reminder put away. The packages themselves are in
sync_received; this table only remembers the branch's answer to each.

Going the other way (issue 23), an upper level remembers its verdicts on its Đoàn cơ sở's
summaries (summary_approvals)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.core import utcnow


class FlowDownActionRow(Base):
    __tablename__ = "sync_flow_down_actions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    action: Mapped[str] = mapped_column(String(20))  # confirmed | dismissed
    log_id: Mapped[int | None] = mapped_column(Integer)  # the log entry a confirmation created
    acted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    acted_by: Mapped[str] = mapped_column(String(80), default="")


class SummaryApprovalRow(Base):
    """A verdict of this (upper-level) unit on a summary one of its Đoàn cơ sở sent (issue 23):
    approved, or returned with reasons. The newest row for a summary package is in force; the
    verdict travels down in an "approval" package (``package_id``)."""

    __tablename__ = "summary_approvals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_code: Mapped[str] = mapped_column(String(40), index=True)
    period: Mapped[str] = mapped_column(String(20))
    summary_kind: Mapped[str] = mapped_column(String(20))  # registration | results
    summary_package_id: Mapped[str] = mapped_column(String(36), index=True)
    summary_version: Mapped[int | None] = mapped_column(Integer)
    verdict: Mapped[str] = mapped_column(String(20))  # approved | returned
    reasons_json: Mapped[str] = mapped_column(Text, default="[]")
    note: Mapped[str | None] = mapped_column(Text)
    decided_on: Mapped[date] = mapped_column(Date)
    decided_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(80), default="")
    package_id: Mapped[str | None] = mapped_column(String(36))  # the approval package sent down
