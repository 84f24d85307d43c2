"""What a branch did with what came down from its parent (issue 17 item 5): an alert or a share
request confirmed into its log (one click), a reminder put away. The packages themselves are in
sync_received; this table only remembers the branch's answer to each."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
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
