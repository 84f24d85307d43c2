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
    if session.execute(select(FlowDownActionRow).where(FlowDownActionRow.package_id == package_id)
                       ).scalar_one_or_none() is not None:
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
