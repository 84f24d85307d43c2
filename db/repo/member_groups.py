"""Saved groups of members of a unit (issue 3): a name and the members in it."""

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from db.models.core import UnitRow
from db.models.members import MemberGroupMemberRow, MemberGroupRow
from db.repo.member_rows import unit_id
from desktop.domain.members import MemberGroup


def list_groups(session: Session, unit_code: str) -> list[MemberGroup]:
    groups = session.execute(
        select(MemberGroupRow.id, MemberGroupRow.name)
        .join(UnitRow, UnitRow.id == MemberGroupRow.unit_id)
        .where(UnitRow.code == unit_code)
        .order_by(MemberGroupRow.name, MemberGroupRow.id)
    ).all()
    if not groups:
        return []
    members: dict[int, list[int]] = defaultdict(list)
    for gid, mid in session.execute(
        select(MemberGroupMemberRow.group_id, MemberGroupMemberRow.member_id)
        .where(MemberGroupMemberRow.group_id.in_([g[0] for g in groups]))
        .order_by(MemberGroupMemberRow.member_id)
    ):
        members[gid].append(mid)
    return [MemberGroup(gid, unit_code, name, tuple(members.get(gid, ()))) for gid, name in groups]


def get_group(session: Session, group_id: int) -> MemberGroup | None:
    row = session.execute(
        select(MemberGroupRow.id, MemberGroupRow.name, UnitRow.code)
        .join(UnitRow, UnitRow.id == MemberGroupRow.unit_id)
        .where(MemberGroupRow.id == group_id)
    ).first()
    if row is None:
        return None
    ids = (
        session.execute(
            select(MemberGroupMemberRow.member_id)
            .where(MemberGroupMemberRow.group_id == group_id)
            .order_by(MemberGroupMemberRow.member_id)
        )
        .scalars()
        .all()
    )
    return MemberGroup(row[0], row[2], row[1], tuple(ids))


def group_by_name(session: Session, unit_code: str, name: str) -> int | None:
    return session.execute(
        select(MemberGroupRow.id)
        .join(UnitRow, UnitRow.id == MemberGroupRow.unit_id)
        .where(UnitRow.code == unit_code, MemberGroupRow.name == name)
    ).scalar_one_or_none()


def save_group(
    session: Session, unit_code: str, name: str, member_ids: Iterable[int], group_id: int | None = None
) -> int:

    if group_id is None:
        row = MemberGroupRow(unit_id=unit_id(session, unit_code), name=name)
        session.add(row)
        session.flush()
        group_id = row.id
    else:
        session.execute(update(MemberGroupRow).where(MemberGroupRow.id == group_id).values(name=name))
        session.execute(delete(MemberGroupMemberRow).where(MemberGroupMemberRow.group_id == group_id))
    ids = sorted(set(member_ids))
    if ids:
        session.execute(insert(MemberGroupMemberRow), [{"group_id": group_id, "member_id": mid} for mid in ids])
    return group_id


def delete_group(session: Session, group_id: int) -> None:
    session.execute(delete(MemberGroupMemberRow).where(MemberGroupMemberRow.group_id == group_id))
    session.execute(delete(MemberGroupRow).where(MemberGroupRow.id == group_id))
