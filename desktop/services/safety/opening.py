"""Opening the data, and opening it again after a restore: the one place that combines logging
in (desktop/services/safety/auth.py) with the integrity check (desktop/services/safety/integrity.py) and the
backups it falls back on (issue 8; issue 22 broke the circle auth → session → integrity →
backup → auth that mixing them elsewhere had made).

The CLI logs in with the global options ``--user NAME --password PW`` (or the environment
variables SOTHIDUA_USER / SOTHIDUA_PASSWORD, or a prompt on a terminal).
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import replace
from pathlib import Path

from db.schema import open_database
from desktop.domain.access import Role
from desktop.services.safety import auth, integrity
from desktop.services.safety import restoring
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.services.safety.session import LoginRequired, apply_user, current_user, read_only_reason, require_role

ENV_USER = "SOTHIDUA_USER"
ENV_PASSWORD = "SOTHIDUA_PASSWORD"


def _os_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # noqa: BLE001
        return "cli"


def cli_actor(ctx, args) -> None:
    """Name the actor and log in when the installation requires it (or when ``--user`` names
    an existing account, whose role then applies)."""
    name = getattr(args, "user", None) or os.environ.get(ENV_USER) or None
    password = getattr(args, "password", None) or os.environ.get(ENV_PASSWORD) or None
    required = auth.login_required(ctx)
    account = auth.find_user(ctx, name) if name else None
    if not required and account is None:
        ctx.actor = name or _os_actor()
        ctx.signed_out = auth.has_accounts(ctx)
        return
    if not name:
        raise LoginRequired(
            "Máy này yêu cầu đăng nhập: thêm --user TÊN_ĐĂNG_NHẬP --password MẬT_KHẨU trước lệnh "
            "(hoặc đặt biến môi trường SOTHIDUA_USER và SOTHIDUA_PASSWORD).",
            field="user",
        )
    if password is None and sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass(f"Mật khẩu của {name}: ")
    if not password:
        raise LoginRequired(
            f"Thiếu mật khẩu cho tài khoản “{name}”: dùng --password hoặc biến môi trường SOTHIDUA_PASSWORD.",
            field="password",
        )
    user = auth.authenticate(ctx, name, password)
    apply_user(ctx, user)


def open_cli_context(data_dir: Path, args, *, read_only: bool = False):
    """The CLI's context: finish an interrupted restore, refuse silently continuing on a damaged
    file (quick check; opened read-only with a warning), then log in."""
    state = integrity.startup(data_dir)
    ctx = integrity.open_checked(data_dir, state, read_only=read_only)
    if state.damaged:
        print(f"Cảnh báo: {state.message}", file=sys.stderr)
    try:
        cli_actor(ctx, args)
    except BaseException:
        ctx.close()
        raise
    return ctx


def restore(
    ctx, path: Path, *, progress: ProgressFn = no_progress, cancel: CancelToken | None = None
) -> restoring.RestoreResult:
    """Restore in a running app/CLI: administrators only; the context is reopened on the
    restored data (upgraded first if the backup is from an older version)."""
    if read_only_reason(ctx) is None:
        # On a damaged file nobody can log in reliably: whoever sits at the PC may restore (the
        # damaged file is kept in quarantine/, the CLI behaves the same).
        require_role(ctx, "admin", "khôi phục dữ liệu từ bản sao lưu")
    result = restoring.restore_backup(
        ctx.data, Path(path), before=ctx.uow.dispose, progress=progress, cancel=cancel, actor=ctx.actor
    )
    user = current_user(ctx)
    ctx.uow = open_database(ctx.data.database, ctx.data.backups)
    ctx.base_uow = None
    ctx.read_only_reason = None
    if user is not None:
        # The restored data has its own accounts: keep the person's role there, or none.
        again = auth.find_user(ctx, user.username)
        apply_user(ctx, again if again and again.active else replace(user, role=Role.VIEWER))
    return result
