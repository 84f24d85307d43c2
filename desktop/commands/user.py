"""`sothidua user add|list|passwd|role|disable|enable|recovery-code|recover|settings` (issue 8).

The global --user/--password log in the acting account; the account being created or changed
takes its new password from --new-password, $SOTHIDUA_NEW_PASSWORD, or a prompt.
"""

from __future__ import annotations

import getpass
import os
import sys

ROLE_HELP = "admin (Bí thư / quản trị), staff (Cán bộ), viewer (Xem)"


def register(sub) -> None:
    p = sub.add_parser("user", help="tài khoản, vai trò, đăng nhập, khôi phục mật khẩu")
    us = p.add_subparsers(dest="user_cmd", metavar="ACTION", required=True)

    a = us.add_parser("add", help="tạo tài khoản (tài khoản đầu tiên phải là admin)")
    a.add_argument("username")
    a.add_argument("--role", required=True, help=ROLE_HELP)
    a.add_argument("--full-name", default="", help="họ và tên")
    a.add_argument("--new-password", help="mật khẩu của tài khoản mới")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_add)

    ls = us.add_parser("list", help="liệt kê tài khoản")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)

    pw = us.add_parser("passwd", help="đổi mật khẩu")
    pw.add_argument("username")
    pw.add_argument("--new-password")
    pw.set_defaults(handler=_passwd)

    r = us.add_parser("role", help="đổi vai trò")
    r.add_argument("username")
    r.add_argument("role", help=ROLE_HELP)
    r.set_defaults(handler=_role)

    for name, active in (("disable", False), ("enable", True)):
        d = us.add_parser(name, help="khóa tài khoản" if not active else "mở lại tài khoản")
        d.add_argument("username")
        d.set_defaults(handler=_active, active=active)

    rc = us.add_parser("recovery-code", help="tạo mã khôi phục mới (mã cũ hết hiệu lực)")
    rc.set_defaults(handler=_recovery_code)

    rv = us.add_parser("recover", help="đặt lại mật khẩu quản trị bằng mã khôi phục đã in")
    rv.add_argument("username", help="tài khoản quản trị cần đặt lại mật khẩu")
    rv.add_argument("--code", required=True, help="mã khôi phục (4 nhóm 5 ký tự)")
    rv.add_argument("--new-password")
    rv.set_defaults(handler=_recover)

    st = us.add_parser("settings", help="đăng nhập, khóa khi không dùng, giữ bản sao lưu")
    st.add_argument("--set", nargs=2, action="append", metavar=("KEY", "VALUE"), default=[])
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=_settings)


def _new_password(args) -> str:
    from desktop.domain.errors import DomainError

    pw = args.new_password or os.environ.get("SOTHIDUA_NEW_PASSWORD")
    if pw:
        return pw
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("Mật khẩu mới: ")
        if getpass.getpass("Nhập lại mật khẩu mới: ") != first:
            raise DomainError("Hai lần nhập mật khẩu mới không khớp.", field="new_password")
        return first
    raise DomainError(
        "Thiếu mật khẩu mới: dùng --new-password hoặc biến môi trường SOTHIDUA_NEW_PASSWORD.", field="new_password"
    )


def _print_code(code: str) -> None:
    print("\nMÃ KHÔI PHỤC MẬT KHẨU QUẢN TRỊ (chỉ hiện một lần — hãy in hoặc chép ra giấy, cất nơi an toàn):")
    print(f"    {code}")
    print("Dùng khi quên mật khẩu quản trị: sothidua user recover TÊN --code MÃ\n")


def _add(args, cli) -> int:
    from desktop.services import safety as auth

    ctx = cli.context()
    added = auth.add_user(ctx, args.username, _new_password(args), args.role, args.full_name)
    if args.json:
        cli.print_json(
            {
                "username": added.user.username,
                "role": added.user.role.value,
                "recovery_code": added.recovery_code,
                "login_turned_on": added.login_turned_on,
            }
        )
        return 0
    print(f"Đã tạo tài khoản {added.user.username} — {added.user.role.label_vi}.")
    if added.recovery_code:
        _print_code(added.recovery_code)
    if added.login_turned_on:
        print("Máy này đã có từ hai tài khoản: từ nay phải đăng nhập (--user/--password).")
    return 0


def _list(args, cli) -> int:
    from desktop.services import safety as auth

    ctx = cli.context()
    users = auth.list_users(ctx)
    if args.json:
        cli.print_json(
            {
                "login_required": auth.login_required(ctx),
                "users": [
                    {
                        "username": u.username,
                        "full_name": u.full_name,
                        "role": u.role.value,
                        "role_vi": u.role.label_vi,
                        "active": u.active,
                        "last_login_at": u.last_login_at,
                    }
                    for u in users
                ],
            }
        )
        return 0
    if not users:
        print(
            "Chưa có tài khoản nào: ai dùng máy này cũng có toàn quyền. Tạo tài khoản quản trị: "
            "sothidua user add TÊN --role admin"
        )
    for u in users:
        print(f"{u.username:20} {u.role.label_vi:20} {'đang dùng' if u.active else 'đã khóa':10} {u.full_name}")
    print("Đăng nhập: " + ("bắt buộc" if auth.login_required(ctx) else "không bắt buộc"))
    return 0


def _passwd(args, cli) -> int:
    from desktop.services import safety as auth

    ctx = cli.context()
    auth.set_password(
        ctx,
        args.username,
        _new_password(args),
        current_password=getattr(args, "password", None) or os.environ.get("SOTHIDUA_PASSWORD"),
    )
    print(f"Đã đổi mật khẩu của {args.username}.")
    return 0


def _role(args, cli) -> int:
    from desktop.domain.access import Role
    from desktop.services import safety as auth

    auth.set_role(cli.context(), args.username, args.role)
    print(f"Đã đổi vai trò của {args.username} thành {Role.parse(args.role).label_vi}.")
    return 0


def _active(args, cli) -> int:
    from desktop.services import safety as auth

    auth.set_active(cli.context(), args.username, args.active)
    print(("Đã mở lại" if args.active else "Đã khóa") + f" tài khoản {args.username}.")
    return 0


def _recovery_code(args, cli) -> int:
    from desktop.services import safety as auth

    _print_code(auth.new_recovery_code(cli.context()))
    return 0


def _recover(args, cli) -> int:
    """No login here: the printed code is the proof."""
    from desktop.services import safety as auth
    from desktop.services.context import open_context

    ctx = open_context(cli.data_dir, actor="khôi phục mật khẩu")
    try:
        code = auth.recover_with_code(ctx, args.code, args.username, _new_password(args))
    finally:
        ctx.close()
    print(f"Đã đặt lại mật khẩu cho {args.username}. Mã khôi phục cũ đã hết hiệu lực.")
    _print_code(code)
    return 0


def _settings(args, cli) -> int:
    from desktop.services import safety as auth

    ctx = cli.context()
    for key, value in args.set:
        auth.set_safety_setting(ctx, key, value)
    values = auth.safety_settings(ctx)
    if args.json:
        cli.print_json(values)
    else:
        for k, v in values.items():
            print(f"{k} = {v}")
    return 0
