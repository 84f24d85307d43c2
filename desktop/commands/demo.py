"""`sothidua demo --profile branch|grassroots --seed N`: realistic demo data (issue 13)."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("demo", help="tạo dữ liệu mẫu (chi đoàn 40 đoàn viên, hoặc Đoàn cơ sở 300 chi đoàn)")
    p.add_argument("--profile", choices=["branch", "grassroots", "city"], default="branch",
                   help="branch: 1 chi đoàn, 40 đoàn viên, cả năm; grassroots: 300 chi đoàn, 15.000 đoàn viên, "
                        "150.000 lượt tình nguyện; city: máy chủ tổng hợp (PostgreSQL)")
    p.add_argument("--seed", type=int, default=1, help="cùng seed → cùng dữ liệu (mặc định 1)")
    p.add_argument("--force", action="store_true",
                   help="thư mục đã có dữ liệu: cất cơ sở dữ liệu cũ vào backups/ rồi tạo mới")
    p.add_argument("--if-empty", action="store_true",
                   help="thư mục đã có dữ liệu thì không làm gì (thoát 0)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_demo)


def _set_aside(data_dir) -> str:
    """Move the existing database (and its WAL files) into backups/ under a dated name."""
    from datetime import datetime

    from desktop.paths import DataDir

    d = DataDir(data_dir).ensure()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = d.backups / f"truoc-du-lieu-mau-{stamp}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        src = d.database.with_name(d.database.name + suffix)
        if src.exists():
            src.rename(target.with_name(target.name + suffix))
    return str(target)


def _demo(args, cli) -> int:
    from desktop.services import demo

    ctx = cli.context()
    if demo.has_data(ctx):
        if args.if_empty:
            print("Thư mục dữ liệu đã có dữ liệu: giữ nguyên, không tạo dữ liệu mẫu.")
            return 0
        if not args.force:
            print(f"Lỗi: thư mục dữ liệu {cli.data_dir} đã có dữ liệu; dữ liệu mẫu chỉ tạo vào thư mục trống "
                  "(thêm --force để cất dữ liệu cũ vào backups/ và tạo mới).", file=sys.stderr)
            return 2
        cli.close()
        cli._ctx = None
        moved = _set_aside(cli.data_dir)
        print(f"Đã cất cơ sở dữ liệu cũ vào {moved}.")
        ctx = cli.context()

    def progress(done, total, message):
        print(f"  {message} ({done}/{total})", file=sys.stderr)

    summary = demo.generate(ctx, args.profile, args.seed, progress=progress)
    if args.json:
        cli.print_json(summary.to_json())
        return 0
    print(f"Đã tạo dữ liệu mẫu “{summary.profile}” (seed {summary.seed}) trong {cli.data_dir} "
          f"— {summary.seconds:.1f} giây:")
    def n(v: int) -> str:
        return f"{v:,}".replace(",", ".")

    print(f"  đơn vị của máy: {summary.self_unit}; {n(summary.units)} đơn vị; {n(summary.members)} đoàn viên")
    print(f"  {n(summary.volunteer_activities)} hoạt động tình nguyện, {n(summary.volunteer_records)} lượt ghi ngày "
          f"tình nguyện; {n(summary.logs)} bản ghi sổ theo dõi; {summary.registrations} bản đăng ký")
    print("Mở giao diện: sothidua --data-dir " + str(cli.data_dir))
    return 0
