"""Units: the installation's own unit and the units it holds data for."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.core import UnitRow
from desktop.domain.units import BranchType, Unit, UnitKind


def to_domain(row: UnitRow) -> Unit:
    return Unit(
        code=row.code,
        name=row.name,
        kind=UnitKind(row.kind),
        branch_type=BranchType(row.branch_type) if row.branch_type else None,
        grade=row.grade,
        all_party_members=bool(row.all_party_members),
        parent_code=row.parent_code,
    )


def _apply(row: UnitRow, unit: Unit) -> None:
    row.code = unit.code
    row.name = unit.name
    row.kind = unit.kind.value
    row.branch_type = unit.branch_type.value if unit.branch_type else None
    row.grade = unit.grade
    row.all_party_members = unit.all_party_members
    row.parent_code = unit.parent_code


def get_self(session: Session) -> Unit | None:
    row = session.execute(select(UnitRow).where(UnitRow.is_self.is_(True))).scalar_one_or_none()
    return to_domain(row) if row else None


def get(session: Session, code: str) -> Unit | None:
    row = session.execute(select(UnitRow).where(UnitRow.code == code)).scalar_one_or_none()
    return to_domain(row) if row else None


def row_id(session: Session, code: str) -> int | None:
    return session.execute(select(UnitRow.id).where(UnitRow.code == code)).scalar_one_or_none()


def list_all(session: Session) -> list[Unit]:
    # Plain rows, not ORM objects: read several times per import of a branch's record (300 units).
    t = UnitRow.__table__
    return [
        to_domain(r)
        for r in session.execute(
            select(
                t.c.code, t.c.name, t.c.kind, t.c.branch_type, t.c.grade, t.c.all_party_members, t.c.parent_code
            ).order_by(t.c.code)
        )
    ]


def children(session: Session, parent_code: str) -> list[Unit]:
    # Plain rows, not ORM objects (a Đoàn cơ sở's 300 branches, on every open of its dashboard).
    t = UnitRow.__table__
    rows = session.execute(
        select(t.c.code, t.c.name, t.c.kind, t.c.branch_type, t.c.grade, t.c.all_party_members, t.c.parent_code)
        .where(t.c.parent_code == parent_code)
        .order_by(t.c.code)
    )
    return [to_domain(r) for r in rows]


def save(
    session: Session, unit: Unit, *, is_self: bool = False, old_code: str | None = None
) -> tuple[Unit | None, Unit]:
    """Insert or update; returns (before, after). ``old_code`` renames a unit."""
    row = session.execute(select(UnitRow).where(UnitRow.code == (old_code or unit.code))).scalar_one_or_none()
    before = to_domain(row) if row else None
    if row is None:
        row = UnitRow(is_self=is_self)
        session.add(row)
    elif is_self:
        row.is_self = True
    _apply(row, unit)
    session.flush()
    return before, to_domain(row)
