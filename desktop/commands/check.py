"""`sothidua check [--json] [--quick]`: integrity, audit chain, schema, attachments (issue 8)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("check", help="kiểm tra toàn vẹn dữ liệu, nhật ký thay đổi, tệp minh chứng")
    p.add_argument("--json", action="store_true")
    p.add_argument("--quick", action="store_true", help="kiểm tra nhanh (quick_check, không băm lại tệp minh chứng)")
    p.set_defaults(handler=_check)


def _check(args, cli) -> int:
    from desktop.paths import DataDir
    from desktop.services import safety as backups
    from desktop.services.safety import full_check

    backups.finish_interrupted_restore(DataDir(cli.data_dir)) if cli.data_dir.exists() else None
    report = full_check(cli.data_dir, quick=args.quick)
    if args.json:
        cli.print_json(report.to_json())
    else:
        for line in report.lines_vi():
            print(line)
        if not report.ok and report.backups.get("newest_good"):
            print(f"Bản sao lưu tốt gần nhất: {report.backups['newest_good']} (khôi phục: sothidua restore --latest)")
    return 0 if report.ok else 1
