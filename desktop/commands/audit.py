"""`sothidua audit history|verify`: the audit trail (issue 8 §5)."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("audit", help="nhật ký thay đổi: lịch sử, xuất, kiểm tra chuỗi")
    us = p.add_subparsers(dest="audit_cmd", metavar="ACTION", required=True)
    h = us.add_parser("history", help="lịch sử của một đoàn viên, hoạt động, tiêu chí")
    h.add_argument("kind", help="member | activity | criterion | tên đối tượng (unit, setting, user…)")
    h.add_argument("key", help="mã: số đoàn viên, số hoạt động, mã tiêu chí (CD-1.2)…")
    h.add_argument("--export", metavar="FILE", help="xuất ra .csv, .xlsx hoặc .json")
    h.add_argument("--json", action="store_true")
    h.set_defaults(handler=_history)
    v = us.add_parser(
        "verify",
        help="kiểm tra chuỗi băm của nhật ký (mắt xích hỏng đầu tiên), đối chiếu với bản sao lưu và với các gói đã gửi",
    )
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=_verify)

    hd = us.add_parser(
        "heads",
        help="mốc nhật ký (mục cuối và mã băm) các đơn vị cấp dưới đã gửi kèm trong "
        "gói đã ký: bằng chứng để đối chiếu khi nhật ký của đơn vị bị sửa",
    )
    hd.add_argument("--unit", metavar="MÃ", help="chỉ một đơn vị gửi")
    hd.add_argument("--json", action="store_true")
    hd.set_defaults(handler=_heads)


def _history(args, cli) -> int:
    from desktop.services import safety as audit

    ctx = cli.context()
    entries = audit.history_of(ctx, args.kind, args.key)
    if args.export:
        title = f"Lịch sử thay đổi — {args.kind} {args.key}"
        path = audit.export_entries(entries, Path(args.export).expanduser(), title=title)
        print(f"Đã xuất {len(entries)} mục vào {path}")
    if args.json:
        cli.print_json(
            [
                {
                    "id": e.id,
                    "at": e.at,
                    "actor": e.actor,
                    "action": e.action,
                    "entity": e.entity,
                    "entity_id": e.entity_id,
                    "unit_code": e.unit_code,
                    "before": e.before,
                    "after": e.after,
                }
                for e in entries
            ]
        )
    elif not args.export:
        if not entries:
            print("Không có mục nào.")
        for e in entries:
            changes = "; ".join(f"{c.field}: {c.before!s} → {c.after!s}" for c in e.changes())
            print(f"{e.at:%d/%m/%Y %H:%M} {e.actor}: {e.action_label()} {e.entity_label()} {e.entity_id}  {changes}")
    return 0


def _verify(args, cli) -> int:
    from desktop.services import safety as audit

    result = audit.verify(cli.context())
    if args.json:
        cli.print_json(result)
    elif result["ok"]:
        checked = result.get("anchors", {}).get("checked", 0)
        print(
            f"Chuỗi nhật ký nguyên vẹn ({result['entries']} mục)"
            + (f", khớp với {checked} bản sao lưu." if checked else ".")
        )
    elif result["first_broken_id"] is not None:
        print(f"Chuỗi nhật ký ĐỨT tại mục số {result['first_broken_id']}: {result['reason']}.")
    else:
        print(f"Chuỗi nhật ký không khớp với bản sao lưu: {result['reason']}.")
    return 0 if result["ok"] else 1


def _heads(args, cli) -> int:
    from desktop.services import safety as audit

    heads = audit.received_heads(cli.context(), args.unit)
    if args.json:
        cli.print_json(heads)
    elif not heads:
        print("Chưa nhận gói nào có mốc nhật ký.")
    else:
        for h in heads:
            print(
                f"{h['sender']}  gửi lúc {h['sent_at']}  ({h['kind']})  nhật ký đến mục số {h['last_id']} "
                f"({h['count']} mục), mã băm {h['last_hash']}"
            )
    return 0
