"""`sothidua members import|export|template|list|show|event|groups`: the roster, headless.

``members import FILE [--dry-run] [--skip-invalid] --json`` prints
{"added", "updated", "unchanged", "skipped", "errors": [{"row", "column", "message"}], …} and
exits 0 when it wrote (or with --dry-run would write) without errors, 1 when the file has
errors and nothing was written (no --skip-invalid), 2 when the file cannot be read at all.
"""

from __future__ import annotations

import sys

EXIT_ROW_ERRORS = 1
EXIT_FILE_ERROR = 2


def register(sub) -> None:
    p = sub.add_parser("members", help="đoàn viên: nhập/xuất Excel, danh sách, lịch sử")
    ms = p.add_subparsers(dest="members_cmd", metavar="ACTION", required=True)

    imp = ms.add_parser("import", help="nhập danh sách đoàn viên từ Excel (.xlsx, .xls) hoặc CSV")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi")
    imp.add_argument("--skip-invalid", action="store_true", help="bỏ qua các dòng lỗi, nhập các dòng còn lại")
    imp.add_argument(
        "--accept-identity-changes",
        action="store_true",
        help="đồng ý đổi họ tên, ngày sinh của đoàn viên nhận ra theo số thẻ đoàn viên "
        "(không có cờ này thì việc đổi bị từ chối, chưa ghi gì)",
    )
    imp.add_argument("--json", action="store_true")
    imp.add_argument("--unit", metavar="MÃ", help="đơn vị nhận (mặc định: đơn vị của máy này)")
    imp.set_defaults(handler=_import)

    exp = ms.add_parser("export", help="xuất danh sách đoàn viên ra .xlsx hoặc .csv (UTF-8 có BOM)")
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--unit", metavar="MÃ")
    exp.set_defaults(handler=_export)

    tpl = ms.add_parser("template", help="lưu tệp Excel mẫu để điền danh sách đoàn viên")
    tpl.add_argument("file", metavar="FILE")
    tpl.set_defaults(handler=_template)

    ls = ms.add_parser("list", help="đoàn viên của đơn vị vào một ngày")
    ls.add_argument("--on", metavar="NGÀY", help="ngày (dd/mm/yyyy hoặc yyyy-mm-dd; mặc định: hôm nay)")
    ls.add_argument("--all", action="store_true", help="cả người đã chuyển đi, ra khỏi Đoàn")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--unit", metavar="MÃ")
    ls.set_defaults(handler=_list)

    dup = ms.add_parser(
        "duplicates",
        help="người có tên hai lần: trong một chi đoàn, hoặc ở hai chi đoàn "
        "của cùng một Đoàn cơ sở (mỗi bản được tính vào số đoàn viên)",
    )
    dup.add_argument("--on", metavar="NGÀY", help="ngày (mặc định: hôm nay)")
    dup.add_argument("--json", action="store_true")
    dup.add_argument("--unit", metavar="MÃ", help="đơn vị (mặc định: đơn vị của máy này)")
    dup.set_defaults(handler=_duplicates)

    sh = ms.add_parser("show", help="hồ sơ và lịch sử một đoàn viên")
    sh.add_argument("id", type=int)
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(handler=_show)

    ev = ms.add_parser("event", help="ghi mốc: joined | transferred_in | transferred_out | left")
    ev.add_argument("id", type=int)
    ev.add_argument(
        "kind",
        help="joined, transferred_in, transferred_out, left (hoặc: ket-nap, chuyen-den, chuyen-di, ra-khoi-doan)",
    )
    ev.add_argument("date", metavar="NGÀY")
    ev.add_argument("--note")
    ev.set_defaults(handler=_event)

    gr = ms.add_parser("groups", help="các nhóm đoàn viên đã lưu (Tổ 1, Tổ 2…)")
    gr.add_argument("--json", action="store_true")
    gr.add_argument("--unit", metavar="MÃ")
    gr.set_defaults(handler=_groups)


def _unit_code(args, cli) -> str:
    if getattr(args, "unit", None):
        return args.unit
    return cli.unit().code


def _date_arg(text: str, today):
    from desktop.domain.errors import DomainError
    from desktop.domain.members import parse_date_value

    try:
        d, _ = parse_date_value(text, today)
    except DomainError as exc:
        raise DomainError(f"Ngày “{text}” không hợp lệ: {exc}") from None
    return d


def member_json(m, status: str | None = None, stint=None) -> dict:
    from desktop.domain.members import format_dob

    out = {
        "id": m.id,
        "full_name": m.full_name,
        "date_of_birth": (str(m.date_of_birth.year) if m.dob_year_only else m.date_of_birth.isoformat())
        if m.date_of_birth
        else None,
        "dob_display": format_dob(m) or None,
        "gender": m.gender,
        "phone": m.phone,
        "id_number": m.id_number,
        "union_join_date": m.union_join_date,
        "union_card_no": m.union_card_no,
        "is_party_member": m.is_party_member,
        "party_join_date": m.party_join_date,
        "residence": m.residence,
        "training_registered": m.is_training_registered,
        "training_registered_on": m.training_registered_on,
        "ebook_issued": m.ebook_issued,
        "ecard_issued": m.ecard_issued,
        "residence_activity": m.residence_activity,
        "notes": m.notes,
    }
    if status is not None:
        out["status"] = status
    if stint is not None:
        out.update(
            {
                "entry_date": stint.entry_date,
                "entry_kind": stint.entry_kind,
                "exit_date": stint.exit_date,
                "exit_kind": stint.exit_kind,
            }
        )
    return out


def _import(args, cli) -> int:
    from pathlib import Path

    from desktop.domain.errors import DomainError
    from desktop.services.membership import IdentityChangeRefused, ImportRefused, import_file

    ctx = cli.context()
    unit = _unit_code(args, cli)
    try:
        result = import_file(
            ctx,
            unit,
            Path(args.file),
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
            accept_identity=args.accept_identity_changes,
        )
    except ImportRefused as exc:
        _print_import(cli, args, exc.plan.as_json(written=False, dry_run=args.dry_run))
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_ROW_ERRORS
    except IdentityChangeRefused as exc:
        _print_import(cli, args, exc.plan.as_json(written=False, dry_run=args.dry_run))
        print(f"Lỗi: {exc} (Xác nhận bằng cách chạy lại với --accept-identity-changes.)", file=sys.stderr)
        return EXIT_ROW_ERRORS
    except DomainError as exc:
        if args.json:
            cli.print_json(
                {
                    "added": 0,
                    "updated": 0,
                    "unchanged": 0,
                    "skipped": 0,
                    "errors": [{"row": None, "column": None, "message": str(exc)}],
                    "written": False,
                    "dry_run": args.dry_run,
                }
            )
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_FILE_ERROR
    report = result.as_json(dry_run=args.dry_run)
    _print_import(cli, args, report)
    if args.dry_run and report["errors"] and not args.skip_invalid:
        return EXIT_ROW_ERRORS
    if args.dry_run and report["identity_changes"] and not args.accept_identity_changes:
        return EXIT_ROW_ERRORS
    return 0


def _print_import(cli, args, report: dict) -> None:
    if args.json:
        cli.print_json(report)
        return
    verb = "Sẽ" if args.dry_run or not report["written"] else "Đã"
    print(
        f"{verb} thêm {report['added']}, cập nhật {report['updated']}; không đổi {report['unchanged']}; "
        f"bỏ qua {report['skipped']} dòng lỗi."
    )
    if report["ignored_columns"]:
        print("Cột bỏ qua: " + "; ".join(report["ignored_columns"]))
    for e in report["errors"]:
        print(f"  Dòng {e['row']}, cột “{e['column']}”: {e['message']}")
    for c in report.get("identity_changes", []):
        print(
            f"  Dòng {c['row']}: số thẻ {c['card']} là của {c['stored']}, tệp ghi {c['in_file']} "
            "— cần xác nhận trước khi đổi."
        )
    for w in report.get("warnings", []):
        print(f"  Cảnh báo, dòng {w['row']}: {w['message']}")


def _export(args, cli) -> int:
    from pathlib import Path

    from desktop.services.membership import export_members

    n = export_members(cli.context(), _unit_code(args, cli), Path(args.file))
    print(f"Đã xuất {n} đoàn viên ra {args.file}.")
    return 0


def _template(args, cli) -> int:
    from pathlib import Path

    from desktop.services.membership import write_template

    write_template(Path(args.file))
    print(f"Đã lưu tệp mẫu {args.file}.")
    return 0


def _list(args, cli) -> int:
    from desktop.domain.members import ACTIVE, STATUS_LABELS_VI
    from desktop.services.membership import roster

    ctx = cli.context()
    unit = _unit_code(args, cli)
    day = _date_arg(args.on, ctx.today()) if args.on else ctx.today()
    entries = roster(ctx, unit, day)
    if not args.all:
        entries = [e for e in entries if e.status == ACTIVE]
    if args.json:
        cli.print_json(
            {
                "unit": unit,
                "on": day,
                "count": len(entries),
                "members": [member_json(e.member, e.status, e.stint) for e in entries],
            }
        )
        return 0
    print(f"{len(entries)} đoàn viên ngày {day:%d/%m/%Y}:")
    for e in entries:
        m = e.member
        extra = "" if e.status == ACTIVE else f" — {STATUS_LABELS_VI[e.status]}"
        print(f"{m.id:>6}  {m.full_name}  {m.union_card_no or ''}{extra}")
    return 0


def _duplicates(args, cli) -> int:
    from desktop.services.membership import same_people_below

    ctx = cli.context()
    unit = _unit_code(args, cli)
    day = _date_arg(args.on, ctx.today()) if args.on else ctx.today()
    found = same_people_below(ctx, unit, day)
    if args.json:
        cli.print_json(
            {
                "unit": unit,
                "on": day,
                "count": len(found.people),
                "people": [
                    {
                        "by": "card" if p.by_card else "name_dob",
                        "message": text,
                        "copies": [
                            {
                                "id": m.id,
                                "unit": m.unit_code,
                                "full_name": m.full_name,
                                "date_of_birth": m.date_of_birth,
                                "union_card_no": m.union_card_no,
                            }
                            for m in p.copies
                        ],
                    }
                    for p, text in zip(found.people, found.texts_vi())
                ],
            }
        )
        return 0
    if not found.people:
        print(f"Không có ai có tên hai lần (ngày {day:%d/%m/%Y}).")
        return 0
    print(f"{len(found.people)} người có tên hai lần (ngày {day:%d/%m/%Y}):")
    for text in found.texts_vi():
        print(f"  - {text}")
    return 0


def _show(args, cli) -> int:
    from desktop.domain.members import EVENT_LABELS_VI, latest_stint, status_on
    from desktop.services.membership import get_member, history

    ctx = cli.context()
    m = get_member(ctx, args.id)
    events = history(ctx, args.id)
    status = status_on(events, ctx.today())
    if args.json:
        out = member_json(m, status, latest_stint(events))
        out["unit"] = m.unit_code
        out["history"] = [{"kind": e.kind, "date": e.on_date, "note": e.note} for e in events]
        cli.print_json(out)
        return 0
    print(f"{m.full_name} (số {m.id}, đơn vị {m.unit_code})")
    for e in events:
        print(f"  {e.on_date:%d/%m/%Y}  {EVENT_LABELS_VI[e.kind]}" + (f" — {e.note}" if e.note else ""))
    return 0


_KIND_ALIASES = {
    "ket-nap": "joined",
    "chuyen-den": "transferred_in",
    "chuyen-di": "transferred_out",
    "ra-khoi-doan": "left",
}


def _event(args, cli) -> int:
    from desktop.services.membership import record_event

    ctx = cli.context()
    kind = _KIND_ALIASES.get(args.kind, args.kind)
    record_event(ctx, args.id, kind, _date_arg(args.date, ctx.today()), args.note)
    print("Đã ghi.")
    return 0


def _groups(args, cli) -> int:
    from desktop.services.membership import list_groups

    ctx = cli.context()
    groups = list_groups(ctx, _unit_code(args, cli))
    if args.json:
        cli.print_json([{"id": g.id, "name": g.name, "member_ids": list(g.member_ids)} for g in groups])
    else:
        for g in groups:
            print(f"{g.id:>4}  {g.name}  ({len(g.member_ids)} đoàn viên)")
    return 0
