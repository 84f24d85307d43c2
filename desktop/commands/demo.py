"""`sothidua demo --profile branch|grassroots|city --seed N`: realistic demo data (issue 13).

``city`` fills a HUB database (``--hub-db URL``; default ``hub.db`` inside the data folder), not a
unit's own database: desktop/demo/city.py."""

from __future__ import annotations

import sys
import time


def register(sub) -> None:
    p = sub.add_parser(
        "demo",
        help="tạo dữ liệu mẫu (chi đoàn 40 đoàn viên, Đoàn cơ sở 300 chi đoàn, hoặc hub Thành đoàn 8.000 chi đoàn)",
    )
    p.add_argument(
        "--profile",
        choices=["branch", "grassroots", "city"],
        default="branch",
        help="branch: 1 chi đoàn, 40 đoàn viên, cả năm; grassroots: 300 chi đoàn, 15.000 đoàn viên, "
        "150.000 lượt tình nguyện; city: cơ sở dữ liệu hub của Thành đoàn (8.000 chi đoàn, "
        "300.000 đoàn viên, 3.000.000 lượt tình nguyện; PostgreSQL qua --hub-db)",
    )
    p.add_argument("--seed", type=int, default=1, help="cùng seed → cùng dữ liệu (mặc định 1)")
    p.add_argument(
        "--force", action="store_true", help="thư mục đã có dữ liệu: cất cơ sở dữ liệu cũ vào backups/ rồi tạo mới"
    )
    p.add_argument("--if-empty", action="store_true", help="thư mục đã có dữ liệu thì không làm gì (thoát 0)")
    p.add_argument(
        "--hub-db",
        metavar="URL",
        help="city: cơ sở dữ liệu hub (mặc định tệp SQLite hub.db trong thư mục dữ liệu; "
        "PostgreSQL: postgresql+psycopg://người_dùng@máy/tên_csdl)",
    )
    p.add_argument(
        "--scale", type=float, metavar="F", help="city: thu nhỏ theo tỉ lệ (ví dụ 0.01 = 80 chi đoàn, 3.000 đoàn viên)"
    )
    p.add_argument("--communes", type=int, help="city: số Đoàn cơ sở cấp xã (mặc định 114)")
    p.add_argument("--sectors", type=int, help="city: số Đoàn khối, Đoàn trường… trực thuộc Thành đoàn (mặc định 8)")
    p.add_argument("--branches", type=int, help="city: số chi đoàn (mặc định 8.000)")
    p.add_argument("--members", type=int, help="city: tổng số đoàn viên (mặc định 300.000)")
    p.add_argument("--volunteer-records", type=int, help="city: tổng số lượt ghi ngày tình nguyện (mặc định 3.000.000)")
    p.add_argument(
        "--years",
        type=int,
        default=1,
        metavar="N",
        help="city: số năm gói từ 2026 (mặc định 1; 5 = cả nhiệm kỳ 2026–2030, có xu hướng nhiều năm)",
    )
    p.add_argument(
        "--jobs", type=int, metavar="N", help="city: số tiến trình tạo gói song song (mặc định: số nhân CPU, tối đa 4)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_demo)


def _n(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def _city(args, cli) -> int:
    from desktop.services.exchange import open_hub_store
    from desktop.demo import city as demo_city

    cli.data_dir.mkdir(parents=True, exist_ok=True)
    url = args.hub_db or f"sqlite:///{(cli.data_dir / 'hub.db').resolve()}"
    sizes = demo_city.scaled(
        args.scale,
        communes=args.communes,
        sectors=args.sectors,
        branches=args.branches,
        members=args.members,
        volunteer_records=args.volunteer_records,
    )
    store = open_hub_store(url)  # the hub's own Alembic path, exactly as `hub serve --db URL` opens it
    try:
        if args.if_empty and not store.is_empty():
            print("Cơ sở dữ liệu hub đã có dữ liệu: giữ nguyên, không tạo dữ liệu mẫu.")
            return 0
        t0 = time.monotonic()
        last = [0.0]

        def progress(done, total, message):
            el = time.monotonic() - t0
            if el - last[0] >= 5 or done >= total:  # a line every 5 seconds
                last[0] = el
                print(f"  {_n(done)}/{_n(total)} {message} — {el:.0f} giây", file=sys.stderr, flush=True)

        s = demo_city.generate(
            store,
            args.seed,
            years=args.years,
            sizes=sizes,
            force=args.force,
            progress=progress,
            workers=args.jobs or demo_city.default_workers(),
        )
    finally:
        store.close()
    if args.json:
        cli.print_json(s.to_json())
        return 0
    span = f", năm {s.years[0]}–{s.years[-1]}" if len(s.years) > 1 else f", năm {s.years[0]}"
    print(f"Đã tạo dữ liệu mẫu “city” (seed {s.seed}{span}) trong hub {s.hub_db} — {s.seconds:.1f} giây:")
    print(
        f"  {_n(s.units)} đơn vị đã đăng ký khóa (Thành đoàn, {_n(s.units - s.branches - 1)} Đoàn cơ sở và Đoàn "
        f"khối, {_n(s.branches)} chi đoàn)"
    )
    print(
        f"  {_n(s.members)} đoàn viên (năm {s.years[-1]}), {_n(s.volunteer_records)} lượt ghi ngày tình nguyện"
        + (f" trong {len(s.years)} năm" if len(s.years) > 1 else "")
    )
    print(
        f"  {_n(s.packages)} gói đã ký ({_n(s.waiting)} đang chờ nhận, {_n(s.delivered)} đã giao): "
        + ", ".join(f"{k} {_n(v)}" for k, v in s.by_kind.items())
    )
    print(f"  dung lượng gói {s.package_bytes / 1048576:.1f} MB; cơ sở dữ liệu {s.database_bytes / 1048576:.1f} MB")
    print(f"Chạy hub: sothidua hub serve --db {s.hub_db}")
    return 0


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
    from desktop.demo import profiles as demo

    if args.profile == "city":
        return _city(args, cli)
    ctx = cli.context()
    if demo.has_data(ctx):
        if args.if_empty:
            print("Thư mục dữ liệu đã có dữ liệu: giữ nguyên, không tạo dữ liệu mẫu.")
            return 0
        if not args.force:
            print(
                f"Lỗi: thư mục dữ liệu {cli.data_dir} đã có dữ liệu; dữ liệu mẫu chỉ tạo vào thư mục trống "
                "(thêm --force để cất dữ liệu cũ vào backups/ và tạo mới).",
                file=sys.stderr,
            )
            return 2
        from desktop.services.safety import require_role, require_writable

        # Setting the data aside replaces it (and its accounts): administrators only, and never
        # on a file opened read-only (issue 18: a viewer wiped the data this way).
        require_role(ctx, "admin", "thay dữ liệu bằng dữ liệu mẫu")
        require_writable(ctx)
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
    print(
        f"Đã tạo dữ liệu mẫu “{summary.profile}” (seed {summary.seed}) trong {cli.data_dir} "
        f"— {summary.seconds:.1f} giây:"
    )
    n = _n
    print(f"  đơn vị của máy: {summary.self_unit}; {n(summary.units)} đơn vị; {n(summary.members)} đoàn viên")
    print(
        f"  {n(summary.volunteer_activities)} hoạt động tình nguyện, {n(summary.volunteer_records)} lượt ghi ngày "
        f"tình nguyện; {n(summary.logs)} bản ghi sổ theo dõi; {summary.registrations} bản đăng ký"
    )
    print("Mở giao diện: sothidua --data-dir " + str(cli.data_dir))
    return 0
