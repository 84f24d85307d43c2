"""Bulk reads of the records a Đoàn cơ sở keeps for its branches itself, for the branches
dashboard (issue 7 item 6): registration versions and year-end proposals (the dates packages were
received come with their summaries, db/repo/received.py). A few queries for hundreds of branches, never a query per branch."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.core import UnitRow
from db.models.cycle import RegistrationMemberRow, RegistrationRow
from db.models.recognition import BranchProposalRow


def registration_versions(
    session: Session, parent_code: str, campaign: str, periods: Iterable[str]
) -> list[tuple[str, str, int, str, date | None, int]]:
    """(unit code, period label, version, status, submitted on, registered members) of every
    registration version of the units directly under ``parent_code``, oldest version first."""
    counts = (
        select(RegistrationMemberRow.registration_id, func.count().label("n"))
        .group_by(RegistrationMemberRow.registration_id)
        .subquery()
    )
    q = (
        select(
            UnitRow.code,
            RegistrationRow.period_label,
            RegistrationRow.version,
            RegistrationRow.status,
            RegistrationRow.submitted_on,
            func.coalesce(counts.c.n, 0),
        )
        .join(UnitRow, UnitRow.id == RegistrationRow.unit_id)
        .outerjoin(counts, counts.c.registration_id == RegistrationRow.id)
        .where(
            UnitRow.parent_code == parent_code,
            RegistrationRow.campaign == campaign,
            RegistrationRow.period_label.in_(list(periods)),
        )
        .order_by(UnitRow.code, RegistrationRow.period_label, RegistrationRow.version)
    )
    return [tuple(r) for r in session.execute(q)]


def proposals(
    session: Session, parent_code: str, campaign: str, periods: Iterable[str]
) -> list[tuple[str, str, str, bool, date | None]]:
    """(unit code, period label, status, proposes recognition, submitted on) of the year-end
    proposals ("đề nghị", D6) recorded here for the units directly under ``parent_code``."""
    q = (
        select(
            UnitRow.code,
            BranchProposalRow.period_label,
            BranchProposalRow.status,
            BranchProposalRow.proposes_recognition,
            BranchProposalRow.submitted_on,
        )
        .join(UnitRow, UnitRow.id == BranchProposalRow.unit_id)
        .where(
            UnitRow.parent_code == parent_code,
            BranchProposalRow.campaign == campaign,
            BranchProposalRow.period_label.in_(list(periods)),
        )
    )
    return [(c, p, st, bool(prop), on) for c, p, st, prop, on in session.execute(q)]
