"""`sothidua sync …`: keys and enrolment, the outbox, export to and import from files.

sothidua sync enrol-export --out FILE
sothidua sync enrol-import FILE [--replace-lost-key]
sothidua sync export --out DIR [--package ID ...]
sothidua sync import FILE_OR_DIR... --json
sothidua sync outbox --json
sothidua sync identity | rotate-key | units | received | send KIND
sothidua sync branches [--add CODE --name … --branch-type … --grade N | --sheet FILE]
sothidua sync invite --branch CODE [--name … --branch-type … --grade N] --out FILE_OR_DIR
sothidua sync invite --all --out DIR
sothidua sync held | confirm CODE --fingerprint FP

The actions about the other units (received, send, branches, invite, held, confirm) are in
desktop/commands/_sync_units.py.
"""

from __future__ import annotations

from pathlib import Path

from desktop.commands._sync_units import _branches, _confirm, _held, _invite, _received, _send


def register(sub) -> None:
    p = sub.add_parser("sync", help="gửi và nhận gói dữ liệu giữa các cấp (tệp, USB)")
    ss = p.add_subparsers(dest="sync_cmd", metavar="ACTION", required=True)

    a = ss.add_parser("enrol-export", help="xuất tệp đăng ký khóa (khóa công khai) của đơn vị này")
    a.add_argument("--out", required=True, metavar="FILE", help="tệp (hoặc thư mục) sẽ ghi")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_enrol_export)

    a = ss.add_parser("enrol-import", help="nhập tệp đăng ký khóa của chi đoàn trực thuộc hoặc đơn vị cấp trên")
    a.add_argument("file", metavar="FILE")
    a.add_argument(
        "--replace-lost-key",
        action="store_true",
        help="thay khóa bị mất của đơn vị đã đăng ký (sau khi đối chiếu mã vân tay qua điện thoại)",
    )
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_enrol_import)

    a = ss.add_parser("export", help="xuất các gói chờ gửi ra thư mục (USB)")
    a.add_argument("--out", required=True, metavar="DIR")
    a.add_argument("--package", action="append", metavar="ID", help="chỉ xuất gói này (xuất lại được)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_export)

    a = ss.add_parser("import", help="nhập gói (nhiều tệp hoặc cả thư mục)")
    a.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_import)

    a = ss.add_parser("outbox", help="hộp thư đi và trạng thái từng gói")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_outbox)

    a = ss.add_parser("identity", help="mã vân tay khóa của đơn vị này")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_identity)

    a = ss.add_parser("rotate-key", help="đổi khóa (khóa cũ xác nhận khóa mới)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_rotate)

    a = ss.add_parser("units", help="các đơn vị đã đăng ký khóa")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_units)

    a = ss.add_parser("received", help="các gói đã nhận (cả bản cũ và gói bị từ chối)")
    a.add_argument("--kind")
    a.add_argument("--period")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_received)

    a = ss.add_parser(
        "send",
        help="Đoàn cơ sở: gửi thẩm định, quyết định công nhận, danh mục, báo cáo tổng hợp, "
        "trả lại để sửa, nhắc nộp, cảnh báo / đề nghị chia sẻ",
    )
    a.add_argument("kind", choices=["appraisal", "decision", "summary", "catalog", "return", "reminder", "alert"])
    a.add_argument("--period", help="kỳ đánh giá, ví dụ 2026 hoặc 2025-2026")
    a.add_argument("--branch", action="append", metavar="CODE", help="chi đoàn nhận (mặc định: tất cả)")
    a.add_argument(
        "--summary",
        choices=["registration", "results"],
        default="results",
        help="loại báo cáo tổng hợp (20/11 đăng ký, 10/11 kết quả)",
    )
    a.add_argument("--catalog", metavar="FILE", help="tệp danh mục tiêu chí (JSON) để gửi xuống")
    a.add_argument(
        "--from", dest="effective_from", metavar="PERIOD", help="danh mục: áp dụng từ kỳ này (mặc định: mọi kỳ)"
    )
    a.add_argument("--to", dest="effective_to", metavar="PERIOD", help="danh mục: áp dụng đến hết kỳ này")
    a.add_argument(
        "--what",
        choices=["registration", "quarterly", "year-end", "registration-summary", "results-summary"],
        help="trả lại / nhắc: bản đăng ký, báo cáo quý hay kết quả cuối năm; cấp trên nhắc Đoàn cơ sở: "
        "báo cáo tổng hợp đăng ký / kết quả",
    )
    a.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help="quý (báo cáo quý)")
    a.add_argument(
        "--reason",
        action="append",
        metavar="TEXT",
        help='trả lại: lý do, mỗi tiêu chí một lần, ví dụ "CD-2.4: thiếu minh chứng tuần 52"',
    )
    a.add_argument("--note", help="trả lại: ghi chú chung")
    a.add_argument("--message", help="nhắc: lời nhắn (mặc định: nhắc gửi và hạn)")
    a.add_argument(
        "--criterion",
        choices=["CD-1.3", "CD-1.4"],
        help="cảnh báo: CD-1.3 (thông tin xấu, độc) hoặc CD-1.4 (đề nghị chia sẻ)",
    )
    a.add_argument("--title", help="cảnh báo: nội dung cảnh báo / chủ đề cần chia sẻ")
    a.add_argument("--content", help="cảnh báo: nội dung chi tiết")
    a.add_argument("--link", help="cảnh báo: đường dẫn (http/https)")
    a.add_argument("--source", help="cảnh báo: nơi phát hành (ví dụ Ban Tuyên giáo Thành đoàn)")
    a.add_argument("--out", metavar="DIR", help="ghi luôn các tệp gói vào thư mục này (gửi qua Zalo, USB)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_send)

    a = ss.add_parser("branches", help="danh sách chi đoàn trực thuộc (thêm tay hoặc từ bảng tính)")
    a.add_argument("--add", metavar="CODE", help="thêm (hoặc sửa) một chi đoàn: mã")
    a.add_argument("--name", help="tên chi đoàn (với --add)")
    a.add_argument("--branch-type", help="loại hình: dan-cu, co-quan, doanh-nghiep, luc-luong-vu-trang, truong-hoc")
    a.add_argument("--grade", type=int, help="khối lớp (chi đoàn học sinh)")
    a.add_argument("--sheet", metavar="FILE", help="bảng tính .xlsx/.csv có cột Mã, Tên, Loại hình, Khối")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_branches)

    a = ss.add_parser("invite", help="tạo thư mời kết nối cho một chi đoàn (hoặc tất cả chi đoàn chưa kết nối)")
    g = a.add_mutually_exclusive_group(required=True)
    g.add_argument("--branch", metavar="CODE", help="mã chi đoàn được mời")
    g.add_argument("--all", action="store_true", help="mọi chi đoàn trong danh sách chưa kết nối")
    a.add_argument("--name", help="tên chi đoàn (thêm vào danh sách nếu chưa có)")
    a.add_argument("--branch-type", help="loại hình chi đoàn (khi thêm mới)")
    a.add_argument("--grade", type=int, help="khối lớp (chi đoàn học sinh)")
    a.add_argument(
        "--out",
        required=True,
        metavar="FILE_OR_DIR",
        help="tệp thư mời .stmoi (một chi đoàn) hoặc thư mục; kèm trang in PDF cùng tên",
    )
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_invite)

    a = ss.add_parser("held", help="các gói đang chờ xác nhận đơn vị gửi")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_held)

    a = ss.add_parser("confirm", help="xác nhận đơn vị gửi sau khi đối chiếu mã vân tay qua điện thoại")
    a.add_argument("code", metavar="CODE", help="mã đơn vị gửi")
    a.add_argument("--fingerprint", required=True, metavar="FP", help="mã vân tay đã đối chiếu")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_confirm)

    from desktop.commands import online  # issue 9: sync push | pull | online-status

    online.register_sync(ss)


def _item_json(i) -> dict:
    from desktop.services import exchange as sync

    return {
        "package_id": i.package_id,
        "kind": i.kind,
        "recipient": i.recipient_code,
        "period": i.period,
        "quarter": i.quarter,
        "version": i.version,
        "supersedes": i.supersedes,
        "title": i.title,
        "file": i.file_name,
        "size": i.size,
        "sha256": i.sha256,
        "status": i.status,
        "status_vi": sync.outbox_status_label(i.status),
        "reason": i.reason,
        "created_at": i.created_at,
        "exported_at": i.exported_at,
        "exported_to": i.exported_to,
        "acknowledged_at": i.acknowledged_at,
    }


def _enrol_export(args, cli) -> int:
    from desktop.services import exchange as sync

    res = sync.enrol_export(cli.context(), Path(args.out))
    if args.json:
        cli.print_json({"file": str(res.path), "unit": res.unit_code, "fingerprint": res.fingerprint})
    else:
        print(f"Đã ghi tệp đăng ký khóa: {res.path}")
        print(f"Mã vân tay (đọc cho đơn vị nhận để đối chiếu): {res.fingerprint}")
    return 0


def _enrol_import(args, cli) -> int:
    from desktop.services import exchange as sync

    res = sync.enrol_import(cli.context(), Path(args.file), replace_lost_key=args.replace_lost_key)
    if args.json:
        cli.print_json(
            {
                "unit": res.unit_code,
                "name": res.unit_name,
                "relation": res.relation,
                "fingerprint": res.fingerprint,
                "status": res.status,
                "message": res.message,
            }
        )
    else:
        rel = "chi đoàn/đơn vị trực thuộc" if res.relation == "child" else "đơn vị cấp trên"
        print(f"{res.unit_name} ({res.unit_code}) — {rel}")
        print(f"Mã vân tay: {res.fingerprint}")
        print(res.message)
    return 0


def _export(args, cli) -> int:
    from desktop.services import exchange as sync

    ctx = cli.context()
    deliveries = sync.export_outbox(ctx, Path(args.out), args.package)
    if args.json:
        cli.print_json(
            [{"package_id": d.package_id, "ok": d.ok, "file": d.where, "reason": d.detail} for d in deliveries]
        )
    else:
        ok = [d for d in deliveries if d.ok]
        print(f"Đã xuất {len(ok)}/{len(deliveries)} gói vào {args.out}.")
        for d in deliveries:
            if not d.ok:
                print(f"  Lỗi {d.package_id}: {d.detail}")
    return 0 if all(d.ok for d in deliveries) else 1


def _import(args, cli) -> int:
    from desktop.services import exchange as sync

    outcomes = sync.import_paths(cli.context(), [Path(p) for p in args.paths])
    if args.json:
        cli.print_json([o.to_json() for o in outcomes])
    else:
        for o in outcomes:
            label = sync.import_status_label(o.status)
            print(f"{Path(o.file).name}: {label}" + (f" — {o.reason}" if o.reason else ""))
        counts = {}
        for o in outcomes:
            counts[o.status] = counts.get(o.status, 0) + 1
        print(
            "Tổng: " + ", ".join(f"{sync.import_status_label(k)} {v}" for k, v in counts.items())
            if outcomes
            else "Không có gói nào để nhập."
        )
    return 0


def _outbox(args, cli) -> int:
    from desktop.services import exchange as sync

    items = sync.outbox(cli.context())
    if args.json:
        cli.print_json([_item_json(i) for i in items])
    else:
        if not items:
            print("Hộp thư đi trống.")
        for i in items:
            print(
                f"{i.created_at:%d/%m/%Y %H:%M}  {sync.outbox_status_label(i.status):<13} {i.title}"
                + (f" — {i.reason}" if i.reason else "")
            )
    return 0


def _identity(args, cli) -> int:
    from desktop.services import exchange as sync

    info = sync.identity(cli.context())
    if args.json:
        cli.print_json(
            {
                "unit": info.unit_code,
                "fingerprint": info.fingerprint,
                "created_at": info.created_at,
                "rotations": info.rotations,
            }
        )
    else:
        print(f"{info.unit_name} ({info.unit_code})\nMã vân tay khóa: {info.fingerprint}")
    return 0


def _rotate(args, cli) -> int:
    from desktop.services import exchange as sync

    info = sync.rotate_key(cli.context())
    if args.json:
        cli.print_json({"unit": info.unit_code, "fingerprint": info.fingerprint, "rotations": info.rotations})
    else:
        print(f"Đã đổi khóa. Mã vân tay mới: {info.fingerprint}")
        print("Hãy xuất lại tệp đăng ký khóa (sync enrol-export) và gửi cho đơn vị cấp trên, cấp dưới.")
    return 0


def _units(args, cli) -> int:
    from desktop.services import exchange as sync

    units = sync.enrolled_units(cli.context())
    if args.json:
        cli.print_json(
            [
                {
                    "unit": u.unit_code,
                    "name": u.name,
                    "relation": u.relation,
                    "kind": u.kind,
                    "fingerprint": u.fingerprint,
                    "enrolled_at": u.enrolled_at,
                }
                for u in units
            ]
        )
    else:
        for u in units:
            print(f"{u.unit_code:<20} {u.name}  [{u.relation}]  {u.fingerprint}")
    return 0
