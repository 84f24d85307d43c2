"""Step 3 "Công nhận" at the Đoàn cơ sở (issue 5): reads and writes of its appraisals of branches
and members, the recognitions it records, and its decisions with the branches and members they
name. Rows come back as plain dicts or small tuples; the rules live in
desktop/domain/recognition.py. The branch's side: db/repo/recognition.py."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models.core import UnitRow
from db.models.members import MemberRow
from db.models.recognition import BranchAppraisalRow, BranchRecognitionRow, MemberAppraisalRow, MemberRecognitionRow


# ----------------------------------------------------------------------------- appraisals


def appraisals(session: Session, unit_id: int, campaign: str, period_label: str) -> dict[str, dict]:
    rows = session.execute(
        select(BranchAppraisalRow).where(
            BranchAppraisalRow.unit_id == unit_id,
            BranchAppraisalRow.campaign == campaign,
            BranchAppraisalRow.period_label == period_label,
        )
    ).scalars()
    return {
        r.criterion_id: {
            "agree": bool(r.agree),
            "comment": r.comment,
            "appraised_by": r.appraised_by,
            "appraised_on": r.appraised_on,
        }
        for r in rows
    }


def put_appraisal(
    session: Session,
    *,
    unit_id: int,
    campaign: str,
    period_label: str,
    criterion_id: str,
    agree: bool,
    comment: str,
    appraised_by: str,
    appraised_on: date | None,
) -> None:
    row = session.execute(
        select(BranchAppraisalRow).where(
            BranchAppraisalRow.unit_id == unit_id,
            BranchAppraisalRow.campaign == campaign,
            BranchAppraisalRow.period_label == period_label,
            BranchAppraisalRow.criterion_id == criterion_id,
        )
    ).scalar_one_or_none()
    if row is None:
        row = BranchAppraisalRow(
            unit_id=unit_id, campaign=campaign, period_label=period_label, criterion_id=criterion_id
        )
        session.add(row)
    row.agree, row.comment, row.appraised_by, row.appraised_on = agree, comment, appraised_by, appraised_on
    session.flush()


# ----------------------------------------------------------------------------- recognition results


def member_recognitions(session: Session, unit_id: int, period_label: str | None = None) -> dict[tuple[int, str], dict]:
    q = select(MemberRecognitionRow).where(MemberRecognitionRow.unit_id == unit_id)
    if period_label is not None:
        q = q.where(MemberRecognitionRow.period_label == period_label)
    return {
        (r.member_id, r.period_label): {
            "decision_number": r.decision_number,
            "decision_date": r.decision_date,
            "issuer_code": r.issuer_code,
            "issuer_name": r.issuer_name,
        }
        for r in session.execute(q).scalars()
    }


def put_member_recognition(
    session: Session,
    *,
    unit_id: int,
    member_id: int,
    period_label: str,
    decision_number: str,
    decision_date: date | None,
    issuer_code: str | None,
    issuer_name: str,
    exception_reason: str | None = None,
) -> None:
    row = session.execute(
        select(MemberRecognitionRow).where(
            MemberRecognitionRow.member_id == member_id, MemberRecognitionRow.period_label == period_label
        )
    ).scalar_one_or_none()
    if row is None:
        row = MemberRecognitionRow(member_id=member_id, period_label=period_label)
        session.add(row)
    row.unit_id, row.decision_number, row.decision_date = unit_id, decision_number, decision_date
    row.issuer_code, row.issuer_name = issuer_code, issuer_name
    row.exception_reason = exception_reason or None
    session.flush()


def delete_member_recognition(session: Session, member_id: int, period_label: str) -> bool:
    res = session.execute(
        delete(MemberRecognitionRow).where(
            MemberRecognitionRow.member_id == member_id, MemberRecognitionRow.period_label == period_label
        )
    )
    return bool(res.rowcount)


def branch_recognition(session: Session, unit_id: int, campaign: str, period_label: str) -> dict | None:
    r = session.execute(
        select(BranchRecognitionRow).where(
            BranchRecognitionRow.unit_id == unit_id,
            BranchRecognitionRow.campaign == campaign,
            BranchRecognitionRow.period_label == period_label,
        )
    ).scalar_one_or_none()
    if r is None:
        return None
    return {
        "decision_number": r.decision_number,
        "decision_date": r.decision_date,
        "issuer_code": r.issuer_code,
        "issuer_name": r.issuer_name,
    }


def put_branch_recognition(
    session: Session,
    *,
    unit_id: int,
    campaign: str,
    period_label: str,
    decision_number: str,
    decision_date: date | None,
    issuer_code: str | None,
    issuer_name: str,
    exception_reason: str | None = None,
) -> None:
    row = session.execute(
        select(BranchRecognitionRow).where(
            BranchRecognitionRow.unit_id == unit_id,
            BranchRecognitionRow.campaign == campaign,
            BranchRecognitionRow.period_label == period_label,
        )
    ).scalar_one_or_none()
    if row is None:
        row = BranchRecognitionRow(unit_id=unit_id, campaign=campaign, period_label=period_label)
        session.add(row)
    row.decision_number, row.decision_date = decision_number, decision_date
    row.issuer_code, row.issuer_name = issuer_code, issuer_name
    row.exception_reason = exception_reason or None
    session.flush()


def delete_branch_recognition(session: Session, unit_id: int, campaign: str, period_label: str) -> bool:
    res = session.execute(
        delete(BranchRecognitionRow).where(
            BranchRecognitionRow.unit_id == unit_id,
            BranchRecognitionRow.campaign == campaign,
            BranchRecognitionRow.period_label == period_label,
        )
    )
    return bool(res.rowcount)


def decisions(session: Session, issuer_code: str | None = None, period_label: str | None = None) -> list[dict]:
    """Decisions as groups of result rows with the same issuer, number and date."""
    out: dict[tuple, dict] = {}

    def key(r):
        return (r.issuer_code or "", r.issuer_name, r.decision_number, r.decision_date, r.period_label)

    qb = select(BranchRecognitionRow, UnitRow.code).join(UnitRow, UnitRow.id == BranchRecognitionRow.unit_id)
    qm = (
        select(MemberRecognitionRow, UnitRow.code, MemberRow.full_name)
        .join(UnitRow, UnitRow.id == MemberRecognitionRow.unit_id)
        .join(MemberRow, MemberRow.id == MemberRecognitionRow.member_id)
    )
    if issuer_code is not None:
        qb = qb.where(BranchRecognitionRow.issuer_code == issuer_code)
        qm = qm.where(MemberRecognitionRow.issuer_code == issuer_code)
    if period_label is not None:
        qb = qb.where(BranchRecognitionRow.period_label == period_label)
        qm = qm.where(MemberRecognitionRow.period_label == period_label)
    for r, code in session.execute(qb):
        d = out.setdefault(
            key(r),
            {
                "issuer_code": r.issuer_code,
                "issuer_name": r.issuer_name,
                "decision_number": r.decision_number,
                "decision_date": r.decision_date,
                "period_label": r.period_label,
                "branches": [],
                "members": [],
                "exceptions": {},
            },
        )
        d["branches"].append(code)
        d.setdefault("exceptions", {})[code] = r.exception_reason or ""
    for r, code, name in session.execute(qm):
        d = out.setdefault(
            key(r),
            {
                "issuer_code": r.issuer_code,
                "issuer_name": r.issuer_name,
                "decision_number": r.decision_number,
                "decision_date": r.decision_date,
                "period_label": r.period_label,
                "branches": [],
                "members": [],
                "exceptions": {},
            },
        )
        d["members"].append(
            {
                "member_id": r.member_id,
                "unit_code": code,
                "full_name": name,
                "exception_reason": r.exception_reason or "",
            }
        )
    return sorted(out.values(), key=lambda d: (d["decision_date"] or date.min, d["decision_number"]), reverse=True)


# ----------------------------------------------------------------------------- member appraisals


def member_appraisals(session: Session, unit_id: int, period_label: str) -> dict[int, dict]:
    """member id -> {accepted, reason, appraised_by, appraised_on} (the Đoàn cơ sở's verdict)."""
    rows = session.execute(
        select(MemberAppraisalRow).where(
            MemberAppraisalRow.unit_id == unit_id, MemberAppraisalRow.period_label == period_label
        )
    ).scalars()
    return {
        r.member_id: {
            "accepted": r.accepted,
            "reason": r.reason,
            "appraised_by": r.appraised_by,
            "appraised_on": r.appraised_on,
        }
        for r in rows
    }


def put_member_appraisal(
    session: Session,
    *,
    unit_id: int,
    member_id: int,
    period_label: str,
    accepted: bool,
    reason: str,
    appraised_by: str,
    appraised_on: date | None,
) -> None:
    row = session.execute(
        select(MemberAppraisalRow).where(
            MemberAppraisalRow.member_id == member_id, MemberAppraisalRow.period_label == period_label
        )
    ).scalar_one_or_none()
    if row is None:
        row = MemberAppraisalRow(member_id=member_id, period_label=period_label)
        session.add(row)
    row.unit_id, row.accepted, row.reason = unit_id, bool(accepted), reason
    row.appraised_by, row.appraised_on = appraised_by, appraised_on
    session.flush()
