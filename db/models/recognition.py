"""Step 3 of the cycle ("Bước 3. Công nhận", BRIEF §3.1): member self-assessments, branch
meeting votes, branch proposals with their year-end self-assessment, the Đoàn cơ sở's
appraisals, and recognition results (issue 5).

A recognition result is stored per subject (one row per recognised member, one per recognised
branch) carrying the decision's number and date: a "decision" on screen is the group of rows
with the same issuer, number and date. This keeps each branch's record self-contained, which
the data interchange (one JSON document per unit) relies on.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
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
    # Listed although the Đoàn cơ sở's appraisal did not pass them: the written reason (issue 19).
    exception_reason: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("member_id", "period_label"),)


class BranchRecognitionRow(Base):
    """A branch recognised as "Chi đoàn XHCN" for a period (D8, BRIEF §3.1 step 3, §7)."""

    __tablename__ = "branch_recognitions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    campaign: Mapped[str] = mapped_column(String(40))
    period_label: Mapped[str] = mapped_column(String(9))
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    issuer_code: Mapped[str | None] = mapped_column(String(40))
    issuer_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    exception_reason: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("unit_id", "campaign", "period_label"),)


class MemberAssessmentRow(Base):
    """A member's year-end self-assessment ("tự đánh giá") against a member catalog (BRIEF §2.3 (ii))."""

    __tablename__ = "member_assessments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    period_label: Mapped[str] = mapped_column(String(9))
    catalog_id: Mapped[str] = mapped_column(String(40))
    catalog_version: Mapped[int] = mapped_column(Integer, default=1)
    assessed_on: Mapped[date | None] = mapped_column(Date)
    training_score: Mapped[float | None] = mapped_column(Float)  # "điểm rèn luyện" if the branch uses one
    note: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    __table_args__ = (UniqueConstraint("member_id", "period_label"),)


class MemberAssessmentItemRow(Base):
    """One quality group: Đạt / Chưa đạt with a short evidence text."""

    __tablename__ = "member_assessment_items"
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("member_assessments.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    result: Mapped[str] = mapped_column(String(10))  # dat | chua_dat
    evidence: Mapped[str] = mapped_column(Text, default="")


class MemberVoteRow(Base):
    """The branch meeting's vote on a member (BRIEF §2.3 (iii)): for / against / absent."""

    __tablename__ = "member_votes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    period_label: Mapped[str] = mapped_column(String(9))
    meeting_date: Mapped[date] = mapped_column(Date)
    votes_for: Mapped[int] = mapped_column(Integer)
    votes_against: Mapped[int] = mapped_column(Integer)
    votes_absent: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("member_id", "period_label"),)


class BranchProposalRow(Base):
    """The branch's year-end self-assessment and proposal ("đề nghị", D6): whether it asks to be
    recognised as Chi đoàn XHCN, and the list of members it proposes as Đoàn viên XHCN."""

    __tablename__ = "branch_proposals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    campaign: Mapped[str] = mapped_column(String(40))
    period_label: Mapped[str] = mapped_column(String(9))
    self_assessment: Mapped[str] = mapped_column(Text, default="")
    proposes_recognition: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft | submitted
    submitted_on: Mapped[date | None] = mapped_column(Date)
    document_number: Mapped[str] = mapped_column(String(60), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    __table_args__ = (UniqueConstraint("unit_id", "campaign", "period_label"),)


class BranchProposalItemRow(Base):
    """Per criterion: what the evaluation showed when the branch proposed, and the branch's claim."""

    __tablename__ = "branch_proposal_items"
    proposal_id: Mapped[int] = mapped_column(ForeignKey("branch_proposals.id", ondelete="CASCADE"), primary_key=True)
    criterion_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    evaluated_status: Mapped[str] = mapped_column(String(20), default="")
    evaluated_value: Mapped[str] = mapped_column(String(80), default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    claim: Mapped[str] = mapped_column(String(20))  # met | not_met | not_applicable
    comment: Mapped[str] = mapped_column(Text, default="")


class BranchProposalMemberRow(Base):
    __tablename__ = "branch_proposal_members"
    proposal_id: Mapped[int] = mapped_column(ForeignKey("branch_proposals.id", ondelete="CASCADE"), primary_key=True)
    # 0027: deleting a member (a branch's record replaced) finds its proposals without a scan.
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True)


class BranchAppraisalRow(Base):
    """The Đoàn cơ sở's appraisal ("thẩm định") of one criterion of a branch: agree / disagree."""

    __tablename__ = "branch_appraisals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    campaign: Mapped[str] = mapped_column(String(40))
    period_label: Mapped[str] = mapped_column(String(9))
    criterion_id: Mapped[str] = mapped_column(String(20))
    agree: Mapped[bool] = mapped_column(Boolean)
    comment: Mapped[str] = mapped_column(Text, default="")
    appraised_by: Mapped[str] = mapped_column(String(200), default="")
    appraised_on: Mapped[date | None] = mapped_column(Date)
    __table_args__ = (UniqueConstraint("unit_id", "campaign", "period_label", "criterion_id"),)


class MemberAppraisalRow(Base):
    """The Đoàn cơ sở's appraisal of a member the branch proposed as Đoàn viên XHCN: accepted or
    refused, with the reason (issue 19)."""

    __tablename__ = "member_appraisals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    period_label: Mapped[str] = mapped_column(String(9))
    accepted: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")
    appraised_by: Mapped[str] = mapped_column(String(200), default="")
    appraised_on: Mapped[date | None] = mapped_column(Date)
    __table_args__ = (UniqueConstraint("member_id", "period_label"),)
