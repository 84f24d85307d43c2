"""Saved groups of members ("Tổ 1", "Ban chấp hành"): listed, created, renamed, refilled and
deleted, one transaction each returning ``Changes.of("members")`` with an audit entry
(entity "member_group"), as members.py does for the members themselves."""

from __future__ import annotations


from db.repo import members as repo
from desktop.domain.errors import DomainError
from desktop.domain.members import MemberGroup
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.membership.members import AREA, _audit


# --------------------------------------------------------------------------- groups
def list_groups(ctx: AppContext, unit_code: str) -> list[MemberGroup]:
    """Saved groups of the unit ("Tổ 1", "Tổ 2"…), each with its member ids, by name."""
    with ctx.uow.read() as s:
        return repo.list_groups(s, unit_code)


def group_member_ids(ctx: AppContext, group_id: int) -> tuple[int, ...]:
    with ctx.uow.read() as s:
        g = repo.get_group(s, group_id)
    if g is None:
        raise DomainError(f"Không tìm thấy nhóm số {group_id}.", field="group")
    return g.member_ids


def _group_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise DomainError("Chưa nhập tên nhóm.", field="name")
    if len(name) > 100:
        raise DomainError("Tên nhóm dài quá 100 ký tự.", field="name")
    return name


def _check_group_members(s, unit_code: str, member_ids) -> list[int]:
    ids = sorted(set(int(i) for i in member_ids))
    found = {m.id for m in repo.get_many(s, ids) if m.unit_code == unit_code}
    missing = [i for i in ids if i not in found]
    if missing:
        raise DomainError(f"Đoàn viên số {missing[0]} không thuộc đơn vị {unit_code}.", field="member_ids")
    return ids


def create_group(ctx: AppContext, unit_code: str, name: str, member_ids=()) -> tuple[Changes, MemberGroup]:
    name = _group_name(name)
    with ctx.uow.begin() as s:
        if repo.group_by_name(s, unit_code, name) is not None:
            raise DomainError(f"Đã có nhóm tên “{name}”.", field="name")
        ids = _check_group_members(s, unit_code, member_ids)
        gid = repo.save_group(s, unit_code, name, ids)
        _audit(
            s,
            ctx,
            [
                {
                    "action": "create",
                    "entity": "member_group",
                    "entity_id": gid,
                    "unit_code": unit_code,
                    "after": {"name": name, "member_ids": ids},
                }
            ],
        )
    return Changes.of(AREA), MemberGroup(gid, unit_code, name, tuple(ids))


def update_group(ctx: AppContext, group_id: int, *, name: str | None = None, member_ids=None) -> Changes:
    """Rename a group and/or replace its members."""
    with ctx.uow.begin() as s:
        g = repo.get_group(s, group_id)
        if g is None:
            raise DomainError(f"Không tìm thấy nhóm số {group_id}.", field="group")
        new_name = _group_name(name) if name is not None else g.name
        other = repo.group_by_name(s, g.unit_code, new_name)
        if other is not None and other != group_id:
            raise DomainError(f"Đã có nhóm tên “{new_name}”.", field="name")
        ids = _check_group_members(s, g.unit_code, member_ids) if member_ids is not None else list(g.member_ids)
        if new_name == g.name and tuple(ids) == g.member_ids:
            return Changes()
        repo.save_group(s, g.unit_code, new_name, ids, group_id)
        _audit(
            s,
            ctx,
            [
                {
                    "action": "update",
                    "entity": "member_group",
                    "entity_id": group_id,
                    "unit_code": g.unit_code,
                    "before": {"name": g.name, "member_ids": list(g.member_ids)},
                    "after": {"name": new_name, "member_ids": ids},
                }
            ],
        )
    return Changes.of(AREA)


def add_to_group(ctx: AppContext, group_id: int, member_ids) -> Changes:
    current = group_member_ids(ctx, group_id)
    return update_group(ctx, group_id, member_ids=set(current) | set(member_ids))


def delete_group(ctx: AppContext, group_id: int) -> Changes:
    with ctx.uow.begin() as s:
        g = repo.get_group(s, group_id)
        if g is None:
            raise DomainError(f"Không tìm thấy nhóm số {group_id}.", field="group")
        repo.delete_group(s, group_id)
        _audit(
            s,
            ctx,
            [
                {
                    "action": "delete",
                    "entity": "member_group",
                    "entity_id": group_id,
                    "unit_code": g.unit_code,
                    "before": {"name": g.name, "member_ids": list(g.member_ids)},
                }
            ],
        )
    return Changes.of(AREA)
