"""Step 3 of the cycle ("Bước 3. Công nhận", BRIEF §3.1): member assessments, votes, branch
proposals, appraisals, recognition decisions (issue 5).

A recognition result is stored per subject (one row per recognised member, one per recognised
branch) carrying the decision's number and date: a "decision" on screen is the group of rows
with the same issuer, number and date. This keeps each branch's record self-contained, which
the data interchange (one JSON document per unit) relies on.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.core import utcnow


class MemberRecognitionRow(Base):
    """A member recognised as "Đoàn viên XHCN" for a period (BRIEF §2.1; feeds CD-3.8)."""

    __tablename__ = "member_recognitions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The branch the member belonged to when recognised (the member may transfer later).
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    period_label: Mapped[str] = mapped_column(String(9))
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    issuer_code: Mapped[str | None] = mapped_column(String(40))
    issuer_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("member_id", "period_label"),)
