"""`sothidua restore FILE | --latest`: bring back exactly the state of a backup (issue 8)."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("restore", help="khôi phục dữ liệu từ một bản sao lưu (sao lưu dữ liệu hiện tại trước)")
    p.add_argument("file", nargs="?", metavar="FILE", help="tệp sao lưu (.zip, hoặc .db trước nâng cấp)")
    p.add_argument("--latest", action="store_true", help="dùng bản sao lưu tốt gần nhất")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="chỉ cho xem việc khôi phục sẽ thay đổi gì (số liệu, ngày, đơn vị), không ghi gì",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_restore)


def _restore(args, cli) -> int:
    from desktop.domain.errors import DomainError
    from desktop.paths import DataDir
    from desktop.services import safety as svc
    from desktop.services import safety as integrity, safety as opening

    data = DataDir(cli.data_dir)
    if bool(args.file) == bool(args.latest):
        raise DomainError("Chỉ rõ một tệp sao lưu, hoặc dùng --latest (bản tốt gần nhất).", field="file")
    if args.latest:
        best = svc.newest_good(data)
        if best is None:
            raise DomainError(f"Không có bản sao lưu tốt nào trong {data.backups}.", field="file")
        path = best.path
    else:
        path = Path(args.file).expanduser()
        if not path.exists():
            raise DomainError(f"Không tìm thấy tệp sao lưu “{path}”.", field="file")
    if args.dry_run:
        if data.database.exists() and not integrity.startup(cli.data_dir).damaged:
            cli.context()  # the current data is shown: logged in as for any reading command
        preview = svc.restore_preview(data, path)  # reads only: nothing is changed
        if args.json:
            cli.print_json(preview.to_json())
        else:
            print("Xem trước (chưa khôi phục, không ghi gì):")
            for line in preview.lines_vi():
                print(line)
        return 0 if preview.problem is None else 1
    state = integrity.startup(cli.data_dir)
    if state.damaged or not data.database.exists():
        # Damaged (or no) data: nothing reliable to log in against. Whoever can reach this data
        # folder can already copy files in it; the damaged file is kept in quarantine/.
        result = svc.restore_backup(data.ensure(), path, actor="khôi phục khi dữ liệu hỏng")
    else:
        ctx = cli.context()
        result = opening.restore(ctx, path)
    info = result.restored
    if args.json:
        cli.print_json(
            {
                "restored": info.to_json(),
                "safety_backup": str(result.safety_backup.path) if result.safety_backup else None,
                "method": result.method,
            }
        )
    else:
        parts = ", ".join(f"{vi.lower()}: {n}" for _k, vi, _en, n in info.summary())
        print(f"Đã khôi phục dữ liệu của bản sao lưu {info.created_at:%d/%m/%Y %H:%M} ({info.kind_vi}): {parts}.")
        if result.safety_backup:
            print(f"Dữ liệu trước khi khôi phục được giữ trong {result.safety_backup.path}")
    return 0
