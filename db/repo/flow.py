"""The branch's answers to what came down (db/models/flow.py)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.flow import FlowDownActionRow


def actions(session: Session) -> dict[str, tuple[str, int | None]]:
    """package id -> (action, log id)."""
    return {r.package_id: (r.action, r.log_id) for r in session.execute(select(FlowDownActionRow)).scalars()}


def record(session: Session, package_id: str, action: str, actor: str, log_id: int | None = None) -> bool:
    """Remember the answer once; False when the package was already answered."""
    if (
        session.execute(
            select(FlowDownActionRow).where(FlowDownActionRow.package_id == package_id)
        ).scalar_one_or_none()
        is not None
    ):
        return False
    session.add(FlowDownActionRow(package_id=package_id, action=action, log_id=log_id, acted_by=actor))
    session.flush()
    return True


def catalog_stamp(session: Session) -> tuple[int, int]:
    """Changes whenever a catalog update is stored (number and newest row of them): the catalog in
    force is recomputed only then."""
    from sqlalchemy import func

    from db.models.sync import ReceivedPackageRow as R

    n, top = session.execute(select(func.count(R.id), func.max(R.id)).where(R.kind == "catalog")).one()
    return int(n or 0), int(top or 0)


# ------------------------------------------------------------------ an upper level's verdicts
def add_approval(session: Session, **fields) -> int:
    from db.models.flow import SummaryApprovalRow

    row = SummaryApprovalRow(**fields)
    session.add(row)
    session.flush()
    return row.id


def approvals(session: Session, period: str | None = None, child_code: str | None = None) -> list[dict]:
    """This unit's verdicts, oldest first (the newest for a summary package is in force)."""
    from db.models.flow import SummaryApprovalRow as A

    q = select(A).order_by(A.id)
    if period is not None:
        q = q.where(A.period == period)
    if child_code is not None:
        q = q.where(A.child_code == child_code)
    return [
        {
            "id": r.id,
            "child_code": r.child_code,
            "period": r.period,
            "summary_kind": r.summary_kind,
            "summary_package_id": r.summary_package_id,
            "summary_version": r.summary_version,
            "verdict": r.verdict,
            "reasons_json": r.reasons_json,
            "note": r.note,
            "decided_on": r.decided_on,
            "decided_at": r.decided_at,
            "decided_by": r.decided_by,
            "package_id": r.package_id,
        }
        for r in session.execute(q).scalars()
    ]


def member_title_counts(
    session: Session, unit_ids: dict[int, str], campaign: str, labels: dict[str, str]
) -> dict[str, tuple[int | None, int | None]]:
    """code -> (members registered in the newest registration version, members proposed by a
    submitted proposal) for each unit's period label (``labels``: code -> label), in four queries
    whatever the number of units (the summary's branch records, issue 23)."""
    from sqlalchemy import func

    from db.models.cycle import RegistrationMemberRow, RegistrationRow
    from db.models.recognition import BranchProposalMemberRow, BranchProposalRow

    ids = list(unit_ids)
    newest: dict[int, tuple[int, int]] = {}  # unit id -> (version, registration id)
    for rid, uid, label, version in session.execute(
        select(
            RegistrationRow.id, RegistrationRow.unit_id, RegistrationRow.period_label, RegistrationRow.version
        ).where(RegistrationRow.unit_id.in_(ids), RegistrationRow.campaign == campaign)
    ):
        if labels.get(unit_ids[uid]) == label and (uid not in newest or version > newest[uid][0]):
            newest[uid] = (version, rid)
    reg_ids = [rid for _v, rid in newest.values()]
    reg_counts = (
        dict(
            session.execute(
                select(RegistrationMemberRow.registration_id, func.count())
                .where(RegistrationMemberRow.registration_id.in_(reg_ids))
                .group_by(RegistrationMemberRow.registration_id)
            ).all()
        )
        if reg_ids
        else {}
    )
    props: dict[int, int] = {}
    for pid, uid, label in session.execute(
        select(BranchProposalRow.id, BranchProposalRow.unit_id, BranchProposalRow.period_label).where(
            BranchProposalRow.unit_id.in_(ids),
            BranchProposalRow.campaign == campaign,
            BranchProposalRow.status == "submitted",
        )
    ):
        if labels.get(unit_ids[uid]) == label:
            props[uid] = pid
    prop_counts = (
        dict(
            session.execute(
                select(BranchProposalMemberRow.proposal_id, func.count())
                .where(BranchProposalMemberRow.proposal_id.in_(list(props.values())))
                .group_by(BranchProposalMemberRow.proposal_id)
            ).all()
        )
        if props
        else {}
    )
    out = {}
    for uid, code in unit_ids.items():
        reg = newest.get(uid)
        out[code] = (
            reg_counts.get(reg[1], 0) if reg else None,
            prop_counts.get(props[uid], 0) if uid in props else None,
        )
    return out
