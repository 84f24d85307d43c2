"""`sothidua backup [--to DIR] [--list] [--verify FILE]`: backups (issue 8)."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("backup", help="sao lưu dữ liệu (cơ sở dữ liệu + tệp minh chứng)")
    p.add_argument("--to", metavar="DIR", help="ghi bản sao lưu vào thư mục này (ví dụ ổ USB) thay vì thư mục sao lưu")
    p.add_argument("--list", action="store_true", help="liệt kê các bản sao lưu và nội dung")
    p.add_argument("--verify", metavar="FILE", help="kiểm tra đầy đủ một tệp sao lưu")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_backup)


def _print_info(info, cli, as_json: bool) -> None:
    if as_json:
        cli.print_json(info.to_json())
        return
    parts = ", ".join(f"{vi.lower()}: {n}" for _k, vi, _en, n in info.summary())
    state = info.state_vi
    print(
        f"{info.created_at:%d/%m/%Y %H:%M}  {info.kind_vi}  {info.path}\n    {parts or 'không có số liệu'}"
        f"  ({info.size // 1024} KB, {state})"
    )


def _backup(args, cli) -> int:
    from desktop.services import safety as svc

    if args.verify:
        problems = svc.verify_backup(Path(args.verify))  # sound AND restorable by this version
        if args.json:
            cli.print_json({"file": args.verify, "ok": not problems, "restorable": not problems, "problems": problems})
        else:
            print("Bản sao lưu tốt." if not problems else "Bản sao lưu có lỗi:\n- " + "\n- ".join(problems))
        return 0 if not problems else 1
    ctx = cli.context()
    if args.list:
        items = svc.list_backups(ctx.data)
        if args.json:
            cli.print_json([b.to_json() for b in items])
        elif not items:
            print(f"Chưa có bản sao lưu nào trong {ctx.data.backups}.")
        else:
            for b in items:
                _print_info(b, cli, False)
        return 0
    info = svc.backup_now(ctx, dest_dir=Path(args.to).expanduser() if args.to else None)
    if args.json:
        _print_info(info, cli, True)
    else:
        print(f"Đã sao lưu vào {info.path}")
        _print_info(info, cli, False)
    return 0 if info.good else 1
