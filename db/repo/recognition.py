"""Step 3 "Công nhận": reads and writes of self-assessments, votes, proposals, appraisals and
recognition results (issue 5). Rows come back as plain dicts or small tuples; the rules live in
desktop/domain/recognition.py. The Đoàn cơ sở's appraisals, recognitions and decisions:
db/repo/recognition_decisions.py."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.orm import Session

from db.models.core import UnitRow
from db.models.cycle import LogParticipantRow, LogRow
from db.models.members import MemberRow
from db.models.recognition import (
    BranchAppraisalRow,
    BranchProposalItemRow,
    BranchProposalMemberRow,
    BranchProposalRow,
    BranchRecognitionRow,
    MemberAssessmentItemRow,
    MemberAssessmentRow,
    MemberRecognitionRow,
    MemberVoteRow,
)

# A branch applies what its Đoàn cơ sở sent down (the appraisal, the recognitions, the decisions)
# through this module, and the packages read them from here.
from db.repo.recognition_decisions import branch_recognition as branch_recognition
from db.repo.recognition_decisions import decisions as decisions
from db.repo.recognition_decisions import delete_branch_recognition as delete_branch_recognition
from db.repo.recognition_decisions import delete_member_recognition as delete_member_recognition
from db.repo.recognition_decisions import member_recognitions as member_recognitions
from db.repo.recognition_decisions import put_appraisal as put_appraisal
from db.repo.recognition_decisions import put_branch_recognition as put_branch_recognition
from db.repo.recognition_decisions import put_member_recognition as put_member_recognition


def _unit_id(session: Session, unit_code: str) -> int | None:
    return session.execute(select(UnitRow.id).where(UnitRow.code == unit_code)).scalar_one_or_none()


def recognised_member_ids_for_units(
    session: Session, units: dict[int, str], period_labels
) -> dict[tuple[str, str], set[int]]:
    """``recognised_member_ids`` of several units (``{unit row id: code}``) and period labels in
    one query: {(unit code, period label): member ids}."""
    out: dict[tuple[str, str], set[int]] = defaultdict(set)
    if not units:
        return out
    labels = sorted(set(period_labels))
    ids = list(units)
    for i in range(0, len(ids), 400):
        chunk = ids[i : i + 400]
        rows = session.execute(
            select(
                MemberRecognitionRow.member_id,
                MemberRecognitionRow.period_label,
                MemberRow.unit_id,
                MemberRecognitionRow.unit_id,
            )
            .join(MemberRow, MemberRow.id == MemberRecognitionRow.member_id)
            .where(
                MemberRecognitionRow.period_label.in_(labels),
                or_(MemberRow.unit_id.in_(chunk), MemberRecognitionRow.unit_id.in_(chunk)),
            )
        ).all()
        for member_id, label, now_in, was_in in rows:
            for uid in (now_in, was_in):
                code = units.get(uid)
                if code is not None:
                    out[(code, label)].add(member_id)
    return out


def recognised_member_ids(session: Session, unit_code: str, period_label: str) -> set[int]:
    """Ids of the members recognised as "Đoàn viên XHCN" for ``period_label`` (CD-3.8 numerator):
    members whose row belongs to the unit now, or who were recognised while in it. The caller
    intersects with its member base (BRIEF §1 setting ``member_base``)."""
    unit_id = _unit_id(session, unit_code)
    if unit_id is None:
        return set()
    rows = session.execute(
        select(MemberRecognitionRow.member_id)
        .join(MemberRow, MemberRow.id == MemberRecognitionRow.member_id)
        .where(
            MemberRecognitionRow.period_label == period_label,
            or_(MemberRow.unit_id == unit_id, MemberRecognitionRow.unit_id == unit_id),
        )
    ).scalars()
    return set(rows)


def members_of_unit(session: Session, unit_id: int, member_ids) -> set[int]:
    """The subset of ``member_ids`` whose record belongs to the unit."""
    ids = list(set(member_ids))
    if not ids:
        return set()
    return set(
        session.execute(select(MemberRow.id).where(MemberRow.unit_id == unit_id, MemberRow.id.in_(ids))).scalars()
    )


# ----------------------------------------------------------------------------- facts for hard conditions


def incident_counts(session: Session, unit_id: int, start: date, end: date) -> dict[int, int]:
    """CD-2.1 incidents per member in [start, end] (from the cycle's incident register)."""
    rows = session.execute(
        select(LogRow.member_id, func.count())
        .where(
            LogRow.unit_id == unit_id,
            LogRow.kind == "incident",
            LogRow.member_id.is_not(None),
            LogRow.on_date >= start,
            LogRow.on_date <= end,
        )
        .group_by(LogRow.member_id)
    )
    return {m: n for m, n in rows}


def log_participation(
    session: Session, unit_id: int, kind: str, start: date, end: date
) -> tuple[list[tuple[int, date]], dict[int, set[int]]]:
    """The logs of one kind in the period as (id, date), and for each member the log ids they
    took part in."""
    logs = list(
        session.execute(
            select(LogRow.id, LogRow.on_date)
            .where(LogRow.unit_id == unit_id, LogRow.kind == kind, LogRow.on_date >= start, LogRow.on_date <= end)
            .order_by(LogRow.on_date, LogRow.id)
        ).all()
    )
    out: dict[int, set[int]] = defaultdict(set)
    if logs:
        ids = [lid for lid, _ in logs]
        for lid, mid in session.execute(
            select(LogParticipantRow.log_id, LogParticipantRow.member_id).where(LogParticipantRow.log_id.in_(ids))
        ):
            out[mid].add(lid)
    return [(lid, d) for lid, d in logs], dict(out)


def volunteer_days(session: Session, unit_code: str, start: date, end: date) -> dict[int, float]:
    """CD-3.6 volunteer days per member, from the volunteer area (db/repo/volunteer.py)."""
    try:
        from db.repo import volunteer as volunteer_repo
    except ImportError:  # the volunteer area is not installed yet
        return {}
    fn = getattr(volunteer_repo, "member_days", None)
    if fn is None:
        return {}
    return {int(k): float(v) for k, v in fn(session, unit_code, start, end).items()}


# ----------------------------------------------------------------------------- self-assessments


def assessments(session: Session, unit_id: int, period_label: str) -> dict[int, dict]:
    """member_id -> {catalog_id, catalog_version, assessed_on, training_score, note, items: {group: (result, evidence)}}."""
    rows = (
        session.execute(
            select(MemberAssessmentRow).where(
                MemberAssessmentRow.unit_id == unit_id, MemberAssessmentRow.period_label == period_label
            )
        )
        .scalars()
        .all()
    )
    by_id = {r.id: r for r in rows}
    items: dict[int, dict] = defaultdict(dict)
    if by_id:
        for it in session.execute(
            select(MemberAssessmentItemRow).where(MemberAssessmentItemRow.assessment_id.in_(list(by_id)))
        ).scalars():
            items[it.assessment_id][it.group_id] = (it.result, it.evidence)
    return {
        r.member_id: {
            "catalog_id": r.catalog_id,
            "catalog_version": r.catalog_version,
            "assessed_on": r.assessed_on,
            "training_score": r.training_score,
            "note": r.note,
            "items": dict(items.get(r.id, {})),
        }
        for r in rows
    }


def put_assessment(
    session: Session,
    *,
    unit_id: int,
    member_id: int,
    period_label: str,
    catalog_id: str,
    catalog_version: int,
    assessed_on: date | None,
    training_score: float | None,
    note: str | None,
    items: dict[str, tuple[str, str]],
) -> None:
    row = session.execute(
        select(MemberAssessmentRow).where(
            MemberAssessmentRow.member_id == member_id, MemberAssessmentRow.period_label == period_label
        )
    ).scalar_one_or_none()
    if row is None:
        row = MemberAssessmentRow(member_id=member_id, period_label=period_label)
        session.add(row)
    row.unit_id, row.catalog_id, row.catalog_version = unit_id, catalog_id, catalog_version
    row.assessed_on, row.training_score, row.note = assessed_on, training_score, note
    session.flush()
    session.execute(delete(MemberAssessmentItemRow).where(MemberAssessmentItemRow.assessment_id == row.id))
    for gid, (result, evidence) in sorted(items.items()):
        session.add(MemberAssessmentItemRow(assessment_id=row.id, group_id=gid, result=result, evidence=evidence or ""))
    session.flush()


def delete_assessment(session: Session, member_id: int, period_label: str) -> bool:
    res = session.execute(
        delete(MemberAssessmentRow).where(
            MemberAssessmentRow.member_id == member_id, MemberAssessmentRow.period_label == period_label
        )
    )
    return bool(res.rowcount)


# ----------------------------------------------------------------------------- votes


def votes(session: Session, unit_id: int, period_label: str) -> dict[int, dict]:
    rows = session.execute(
        select(MemberVoteRow).where(MemberVoteRow.unit_id == unit_id, MemberVoteRow.period_label == period_label)
    ).scalars()
    return {
        r.member_id: {
            "meeting_date": r.meeting_date,
            "votes_for": r.votes_for,
            "votes_against": r.votes_against,
            "votes_absent": r.votes_absent,
            "note": r.note,
        }
        for r in rows
    }


def put_vote(
    session: Session,
    *,
    unit_id: int,
    member_id: int,
    period_label: str,
    meeting_date: date,
    votes_for: int,
    votes_against: int,
    votes_absent: int,
    note: str | None = None,
) -> None:
    row = session.execute(
        select(MemberVoteRow).where(MemberVoteRow.member_id == member_id, MemberVoteRow.period_label == period_label)
    ).scalar_one_or_none()
    if row is None:
        row = MemberVoteRow(member_id=member_id, period_label=period_label)
        session.add(row)
    row.unit_id, row.meeting_date = unit_id, meeting_date
    row.votes_for, row.votes_against, row.votes_absent, row.note = votes_for, votes_against, votes_absent, note
    session.flush()


def delete_vote(session: Session, member_id: int, period_label: str) -> bool:
    res = session.execute(
        delete(MemberVoteRow).where(MemberVoteRow.member_id == member_id, MemberVoteRow.period_label == period_label)
    )
    return bool(res.rowcount)


# ----------------------------------------------------------------------------- branch proposals


def proposal(session: Session, unit_id: int, campaign: str, period_label: str) -> dict | None:
    row = session.execute(
        select(BranchProposalRow).where(
            BranchProposalRow.unit_id == unit_id,
            BranchProposalRow.campaign == campaign,
            BranchProposalRow.period_label == period_label,
        )
    ).scalar_one_or_none()
    if row is None:
        return None
    items = {
        it.criterion_id: {
            "evaluated_status": it.evaluated_status,
            "evaluated_value": it.evaluated_value,
            "explanation": it.explanation,
            "claim": it.claim,
            "comment": it.comment,
        }
        for it in session.execute(
            select(BranchProposalItemRow).where(BranchProposalItemRow.proposal_id == row.id)
        ).scalars()
    }
    members = set(
        session.execute(
            select(BranchProposalMemberRow.member_id).where(BranchProposalMemberRow.proposal_id == row.id)
        ).scalars()
    )
    return {
        "id": row.id,
        "campaign": row.campaign,
        "period_label": row.period_label,
        "self_assessment": row.self_assessment,
        "proposes_recognition": bool(row.proposes_recognition),
        "status": row.status,
        "submitted_on": row.submitted_on,
        "document_number": row.document_number,
        "items": items,
        "members": members,
    }


def put_proposal(
    session: Session,
    *,
    unit_id: int,
    campaign: str,
    period_label: str,
    self_assessment: str,
    proposes_recognition: bool,
    status: str,
    submitted_on: date | None,
    document_number: str,
    items: dict[str, dict] | None,
    members,
) -> int:
    """Insert or replace a proposal; ``items``/``members`` None keeps the current ones."""
    row = session.execute(
        select(BranchProposalRow).where(
            BranchProposalRow.unit_id == unit_id,
            BranchProposalRow.campaign == campaign,
            BranchProposalRow.period_label == period_label,
        )
    ).scalar_one_or_none()
    if row is None:
        row = BranchProposalRow(unit_id=unit_id, campaign=campaign, period_label=period_label)
        session.add(row)
    row.self_assessment, row.proposes_recognition = self_assessment, proposes_recognition
    row.status, row.submitted_on, row.document_number = status, submitted_on, document_number
    session.flush()
    if items is not None:
        session.execute(delete(BranchProposalItemRow).where(BranchProposalItemRow.proposal_id == row.id))
        for cid, it in sorted(items.items()):
            session.add(
                BranchProposalItemRow(
                    proposal_id=row.id,
                    criterion_id=cid,
                    evaluated_status=it.get("evaluated_status", ""),
                    evaluated_value=it.get("evaluated_value", ""),
                    explanation=it.get("explanation", ""),
                    claim=it["claim"],
                    comment=it.get("comment", ""),
                )
            )
    if members is not None:
        session.execute(delete(BranchProposalMemberRow).where(BranchProposalMemberRow.proposal_id == row.id))
        for mid in sorted(set(members)):
            session.add(BranchProposalMemberRow(proposal_id=row.id, member_id=mid))
    session.flush()
    return row.id


def decided_by(session: Session, unit_code: str, issuer_code: str) -> bool:
    """Whether the unit holds what its Đoàn cơ sở ``issuer_code`` decided about it: an appraisal,
    or a recognition (of the branch or of a member) issued by ``issuer_code`` (three indexed
    look-ups in one statement; a branch's newer record keeps these, record_apply.py)."""
    uid = select(UnitRow.id).where(UnitRow.code == unit_code).scalar_subquery()
    return bool(
        session.execute(
            select(
                or_(
                    exists().where(BranchAppraisalRow.unit_id == uid),
                    exists().where(
                        BranchRecognitionRow.unit_id == uid, BranchRecognitionRow.issuer_code == issuer_code
                    ),
                    exists().where(
                        MemberRecognitionRow.unit_id == uid, MemberRecognitionRow.issuer_code == issuer_code
                    ),
                )
            )
        ).scalar()
    )
