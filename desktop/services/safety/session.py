"""Who is acting and what they may do (issue 8).

Central enforcement, so other areas need no role code of their own:
- a viewer ("Xem") gets a read-only unit of work: every ``ctx.uow.begin()`` raises
  ``ReadOnlyError`` (Vietnamese message), whatever the screen or command;
- a damaged database is opened read-only the same way (desktop/services/safety/integrity.py);
- actions reserved to the secretary/administrator (submitting, signing, restoring, users)
  call ``require_role(ctx, "admin")`` at their start; "staff" actions call
  ``require_role(ctx, "staff")`` when they must refuse viewers before doing any work.

Logging in and opening the data (the CLI's ``--user``/``--password``) are in
desktop/services/safety/opening.py; this module knows nothing of accounts or of the integrity check.
"""

from __future__ import annotations

from db.uow import ReadOnlyError, UnitOfWork  # noqa: F401  (re-exported for the UI)
from desktop.domain.access import Role
from desktop.domain.errors import DomainError


class PermissionDenied(DomainError):
    def __init__(self, needed: Role, action: str = ""):
        what = f" {action}" if action else " thực hiện việc này"
        super().__init__(
            f"Tài khoản của bạn không có quyền{what}: cần vai trò “{needed.label_vi}” trở lên.", field="role"
        )
        self.needed = needed


class LoginRequired(DomainError):
    pass


def role_of(ctx) -> Role:
    try:
        return Role.parse(getattr(ctx, "role", "admin") or "admin")
    except DomainError:
        return Role.VIEWER


def can(ctx, needed: Role | str) -> bool:
    return role_of(ctx).allows(needed)


def require_role(ctx, needed: Role | str, action: str = "") -> None:
    """Refuse (PermissionDenied, a DomainError) unless the acting account has ``needed`` or
    more. Call it at the start of an action: ``require_role(ctx, "admin", "ký và gửi hồ sơ")``."""
    needed = Role.parse(needed)
    if not role_of(ctx).allows(needed):
        raise PermissionDenied(needed, action)
    if needed is Role.ADMIN and ctx.signed_out:
        # Accounts exist but nobody logged in (a CLI run without --user while login is not
        # required): everyday work goes on, but what only an administrator may do — restore,
        # replace the data, accounts — needs the administrator's password (issue 18).
        what = f" {action}" if action else ""
        raise LoginRequired(
            f"Máy này đã có tài khoản: muốn{what} hãy đăng nhập bằng tài khoản quản trị "
            "(thêm --user TÊN_ĐĂNG_NHẬP --password MẬT_KHẨU trước lệnh).",
            field="user",
        )


def require_writable(ctx) -> None:
    """Refuse (ReadOnlyError) before an action writes FILES next to the database (evidence
    files, keys, the data set aside): the read-only unit of work of a viewer or of a damaged
    file refuses only the database part, which would come after the file was already written."""
    if ctx.uow.read_only:
        raise ReadOnlyError()


def writable_uow(ctx) -> UnitOfWork:
    """The installation's own unit of work, even while a viewer is logged in: for the login
    bookkeeping only (failed attempts, last login)."""
    return ctx.base_uow if ctx.base_uow is not None else ctx.uow


def apply_user(ctx, user) -> None:
    """Make ``user`` (an auth.UserInfo) the acting account of ``ctx``."""
    base = writable_uow(ctx)
    ctx.base_uow = base
    ctx.actor = user.username
    ctx.role = user.role.value
    ctx.user = user
    if user.role.can_write or base.read_only:
        ctx.uow = base
    else:
        ctx.uow = UnitOfWork(base.engine, read_only=True)


def current_user(ctx):
    return ctx.user


def make_read_only(ctx, reason: str) -> None:
    """Open the data read-only (damaged file): every write is refused with ReadOnlyError."""
    if not ctx.uow.read_only:
        ctx.uow = UnitOfWork(ctx.uow.engine, read_only=True)
    base = ctx.base_uow
    if base is not None and not base.read_only:
        ctx.base_uow = ctx.uow
    ctx.read_only_reason = reason


def read_only_reason(ctx) -> str | None:
    return ctx.read_only_reason
