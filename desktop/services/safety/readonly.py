"""Branches whose data is received in packages are read-only on the Đoàn cơ sở's machine.

A chi đoàn that has its own installation enrolled with its Đoàn cơ sở (issue 7 item 6); its
members, volunteer activities, logs, registrations and judgements arrive in the packages it
sends, so editing them on the parent's machine would be overwritten by the next package and
would never reach the branch. Every write in the members, volunteer and cycle services goes
through :func:`ensure_writable` (via their audit helper), inside the write transaction, so a
refused write changes nothing.
"""

from __future__ import annotations

from db.repo import sync as sync_repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError


def read_only_message(name: str) -> str:
    return (
        f"{name} gửi dữ liệu lên bằng gói nên chỉ được xem trên máy này: không thể thêm, "
        "sửa hay xóa. Hãy đề nghị chi đoàn sửa trên máy của mình rồi gửi lại gói."
    )


def is_read_only(session, unit_code: str | None) -> bool:
    if not unit_code:
        return False
    e = sync_repo.get_enrolled(session, unit_code)
    return e is not None and e.relation == "child"


def is_read_only_unit(ctx, unit_code: str | None) -> bool:
    """For screens: whether the unit's data is only viewed on this machine (no edit actions)."""
    if not unit_code:
        return False
    with ctx.uow.read() as s:
        return is_read_only(s, unit_code)


def ensure_writable(session, unit_code: str | None) -> None:
    """Raise a Vietnamese ``DomainError`` if ``unit_code`` is a received (read-only) branch."""
    if is_read_only(session, unit_code):
        unit = units_repo.get(session, unit_code)
        name = unit.name if unit is not None else f"Đơn vị {unit_code}"
        raise DomainError(read_only_message(name), field="unit_code")
