"""`sothidua volunteer …`: volunteer days headless (issue 4).

volunteer add --name N --kind K --date D --days X (--member ID | --member-name TÊN |
              --group "Tổ 1" | --all-members)… [--allow-overlap | --skip-overlaps]
volunteer summary --year Y --json      (school branch: the school year starting in Y)
volunteer import-attendance FILE.xlsx [--activity ID] [--dry-run] [--skip-invalid] --json
volunteer list | show ID | member ID | edit ID | delete ID | restore ID | attach ID FILE | template FILE

The reading side (summary, list, show, member) is desktop/commands/_volunteer_views.py.
"""

from __future__ import annotations

import sys

from desktop.commands._volunteer_views import _list, _member, _show, _summary, _unit_code

KIND_CODES = ("tinh-nguyen", "cong-trinh-thanh-nien", "dia-chi-do", "trao-luu-mang-xa-hoi", "khac")
FOCUS_CODES = ("ma-tuy", "an-toan-giao-thong", "chuyen-doi-so", "chuyen-doi-xanh", "khac")
LEVEL_CODES = ("chi-doan", "doan-co-so", "cap-tren")


def _activity_options(p, *, required: bool) -> None:
    p.add_argument("--name", required=required, help="tên hoạt động")
    p.add_argument(
        "--kind", required=required, metavar="LOẠI", help="loại: " + ", ".join(KIND_CODES) + " (hoặc tên tiếng Việt)"
    )
    p.add_argument(
        "--focus", metavar="LĨNH_VỰC", help="lĩnh vực của công trình, phần việc thanh niên: " + ", ".join(FOCUS_CODES)
    )
    p.add_argument(
        "--date",
        "--dates",
        dest="date",
        action="append",
        default=[],
        metavar="NGÀY",
        help="ngày diễn ra (dd/mm/yyyy hoặc yyyy-mm-dd; lặp lại, hoặc 05/04/2026-07/04/2026)",
    )
    p.add_argument("--days", help="số ngày tình nguyện ghi nhận cho mỗi đoàn viên (cho phép 0,5)")
    p.add_argument("--place", help="địa điểm")
    p.add_argument("--level", metavar="CẤP", help="cấp tổ chức: " + ", ".join(LEVEL_CODES))
    p.add_argument("--guests", type=int, help="số khách không phải đoàn viên (đếm, không ghi nhận)")
    p.add_argument("--confirmed-by", help="người xác nhận")
    p.add_argument("--notes", help="ghi chú")
    p.add_argument(
        "--member",
        "--members",
        dest="member",
        action="append",
        default=[],
        metavar="ID",
        help="mã số đoàn viên (lặp lại, hoặc 1,2,3; ghi họ tên cũng được)",
    )
    p.add_argument(
        "--member-name",
        "--member-names",
        dest="member_name",
        action="append",
        default=[],
        metavar="HỌ_TÊN",
        help="họ và tên đoàn viên (không phân biệt dấu, hoa thường)",
    )
    p.add_argument(
        "--group",
        "--groups",
        dest="group",
        action="append",
        default=[],
        metavar="NHÓM",
        help="nhóm đã lưu, ví dụ “Tổ 1”",
    )
    p.add_argument("--all-members", action="store_true", help="mọi đoàn viên đang sinh hoạt vào ngày diễn ra hoạt động")
    p.add_argument("--attach", action="append", default=[], metavar="TỆP", help="tệp minh chứng")
    p.add_argument(
        "--allow-overlap",
        action="store_true",
        help="xác nhận vẫn ghi nhận đoàn viên đã được ghi ở hoạt động khác cùng ngày",
    )
    p.add_argument(
        "--skip-overlaps", action="store_true", help="bỏ các đoàn viên đã được ghi ở hoạt động khác cùng ngày"
    )
    p.add_argument(
        "--year", help="năm đánh giá mà các ngày phải thuộc về (năm học bắt đầu từ năm này với chi đoàn trường học)"
    )
    p.add_argument("--unit", help="mã đơn vị ghi hoạt động (mặc định: đơn vị của máy này)")
    p.add_argument("--json", action="store_true")


def register(sub) -> None:
    p = sub.add_parser("volunteer", help="ngày tình nguyện (CD-3.6, CD-2.2, CD-2.3)")
    vs = p.add_subparsers(dest="volunteer_cmd", metavar="ACTION", required=True)

    add = vs.add_parser("add", help="ghi một hoạt động và các đoàn viên tham gia")
    _activity_options(add, required=True)
    add.set_defaults(handler=_add)

    ed = vs.add_parser("edit", help="sửa một hoạt động (chỉ các trường được nêu)")
    ed.add_argument("id", type=int)
    _activity_options(ed, required=False)
    ed.add_argument("--remove-member", action="append", default=[], metavar="ID")
    ed.add_argument(
        "--set-members", action="store_true", help="thay toàn bộ danh sách tham gia bằng các đoàn viên được nêu"
    )
    ed.set_defaults(handler=_edit)

    sm = vs.add_parser("summary", help="số ngày tình nguyện của từng đoàn viên trong năm")
    sm.add_argument("--year", help="năm đánh giá (chi đoàn trường học: năm học bắt đầu từ năm này)")
    sm.add_argument("--unit", help="mã đơn vị (mặc định: đơn vị của máy này)")
    sm.add_argument("--json", action="store_true")
    sm.set_defaults(handler=_summary)

    ls = vs.add_parser("list", help="các hoạt động trong năm")
    ls.add_argument("--year")
    ls.add_argument("--kind", action="append", metavar="LOẠI")
    ls.add_argument("--deleted", action="store_true", help="các hoạt động đã xóa")
    ls.add_argument("--unit")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)

    sh = vs.add_parser("show", help="chi tiết, minh chứng và lịch sử một hoạt động")
    sh.add_argument("id", type=int)
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(handler=_show)

    mb = vs.add_parser("member", help="ngày tình nguyện của một đoàn viên")
    mb.add_argument("id", type=int)
    mb.add_argument("--year")
    mb.add_argument("--unit")
    mb.add_argument("--json", action="store_true")
    mb.set_defaults(handler=_member)

    de = vs.add_parser("delete", help="xóa một hoạt động (giữ lịch sử, có thể khôi phục)")
    de.add_argument("id", type=int)
    de.add_argument("--reason", default="", help="lý do xóa")
    de.set_defaults(handler=_delete)

    rs = vs.add_parser("restore", help="khôi phục một hoạt động đã xóa")
    rs.add_argument("id", type=int)
    rs.add_argument("--allow-overlap", action="store_true")
    rs.set_defaults(handler=_restore)

    at = vs.add_parser("attach", help="thêm tệp minh chứng cho một hoạt động")
    at.add_argument("id", type=int)
    at.add_argument("files", nargs="+")
    at.set_defaults(handler=_attach)

    im = vs.add_parser("import-attendance", help="ghi nhận theo danh sách điểm danh Excel")
    im.add_argument("file")
    im.add_argument(
        "--activity",
        type=int,
        metavar="ID",
        help="hoạt động đã ghi (nếu không: phần đầu trang tính mô tả hoạt động mới)",
    )
    im.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi")
    im.add_argument("--skip-invalid", action="store_true", help="bỏ các dòng lỗi, ghi các dòng đúng")
    im.add_argument("--allow-overlap", action="store_true")
    im.add_argument("--year")
    im.add_argument("--unit")
    im.add_argument("--json", action="store_true")
    im.set_defaults(handler=_import)

    tp = vs.add_parser("template", help="lưu mẫu danh sách điểm danh (.xlsx)")
    tp.add_argument("file")
    tp.add_argument("--with-members", action="store_true", help="điền sẵn các đoàn viên đang sinh hoạt")
    tp.set_defaults(handler=_template)


# --------------------------------------------------------------------------- helpers


def _ids(values: list[str]) -> list[int]:
    from desktop.domain.errors import DomainError

    out = []
    for v in values:
        for part in str(v).replace(";", ",").split(","):
            part = part.strip()
            if not part:
                continue
            if not part.isdigit():
                raise DomainError(
                    f"Mã số đoàn viên “{part}” không hợp lệ: ghi số, ví dụ --member 12.", field="participants"
                )
            out.append(int(part))
    return out


def _dates(values: list[str]):
    from desktop.domain.volunteer import parse_dates

    return parse_dates(",".join(values))


def _resolve_members(args, ctx, unit_code: str, dates) -> list[int]:
    """Member ids from --member, --member-name, --group and --all-members."""
    from desktop.domain.errors import DomainError
    from desktop.domain.members import name_key
    from desktop.services.volunteering import roster, saved_groups

    parts = [x.strip() for v in args.member for x in str(v).replace(";", ",").split(",") if x.strip()]
    ids = [int(x) for x in parts if x.isdigit()]
    names = [x for x in parts if not x.isdigit()] + list(args.member_name)
    needs_roster = names or args.all_members
    entries = roster(ctx, unit_code) if needs_roster else []
    for raw in names:
        key = name_key(raw)
        cands = [e for e in entries if e.key == key]
        if len(cands) > 1 and dates:
            cands = [e for e in cands if any(e.active_on(d) for d in dates)] or cands
        if not cands:
            raise DomainError(
                f"Không tìm thấy đoàn viên “{raw}” trong danh sách đoàn viên của đơn vị.", field="participants"
            )
        if len(cands) > 1:
            which = ", ".join(
                f"số {e.member_id}" + (f" (sinh {e.date_of_birth:%d/%m/%Y})" if e.date_of_birth else "") for e in cands
            )
            raise DomainError(
                f"Có {len(cands)} đoàn viên tên “{raw}”: {which}. Hãy dùng --member SỐ.", field="participants"
            )
        ids.append(cands[0].member_id)
    if args.group:
        groups = {name_key(g.name): g for g in saved_groups(ctx, unit_code)}
        for g in args.group:
            hit = groups.get(name_key(g))
            if hit is None:
                known = ", ".join(f"“{x.name}”" for x in groups.values()) or "chưa có nhóm nào"
                raise DomainError(f"Không có nhóm “{g}” (các nhóm đã lưu: {known}).", field="participants")
            ids.extend(hit.member_ids)
    if args.all_members:
        ids.extend(e.member_id for e in entries if any(e.active_on(d) for d in dates))
    return list(dict.fromkeys(ids))


def _print_result(cli, args, res, a) -> None:
    from desktop.domain.volunteer import format_dates_vi, format_days_vi

    for w in res.warnings:
        print(w, file=sys.stderr)
    if args.json:
        cli.print_json(
            {
                "id": res.activity_id,
                "participants": res.participants,
                "skipped_overlaps": [
                    {
                        "member_id": o.member_id,
                        "name": o.member_name,
                        "date": o.day.isoformat(),
                        "activity_id": o.activity_id,
                    }
                    for o in res.skipped
                ],
                "confirmed_overlaps": [
                    {
                        "member_id": o.member_id,
                        "name": o.member_name,
                        "date": o.day.isoformat(),
                        "activity_id": o.activity_id,
                    }
                    for o in res.confirmed
                ],
                "warnings": list(res.warnings),
            }
        )
        return
    print(
        f"Đã ghi hoạt động số {res.activity_id} “{a.name}” ({format_dates_vi(a.dates)}): "
        f"{res.participants} đoàn viên × {format_days_vi(a.days)} ngày."
    )
    if res.skipped:
        print(f"Đã bỏ {len({o.member_id for o in res.skipped})} đoàn viên đã được ghi nhận cùng ngày ở hoạt động khác.")
    if res.confirmed:
        print(f"Đã xác nhận ghi nhận trùng ngày cho {len({o.member_id for o in res.confirmed})} đoàn viên.")


# --------------------------------------------------------------------------- handlers


def _add(args, cli) -> int:
    from desktop.domain.errors import DomainError
    from desktop.domain.volunteer import Activity
    from desktop.services.volunteering import record_activity

    ctx = cli.context()
    unit_code = _unit_code(args, cli)
    if not args.date:
        raise DomainError("Thiếu ngày diễn ra: thêm --date dd/mm/yyyy.", field="dates")
    if args.days is None:
        raise DomainError(
            "Thiếu số ngày tình nguyện ghi nhận: thêm --days (ví dụ --days 1 hoặc --days 0,5).", field="days"
        )
    dates = _dates(args.date)
    draft = Activity(
        id=None,
        unit_code=unit_code,
        name=args.name,
        kind=args.kind,
        focus=args.focus,
        dates=dates,
        days=args.days,
        level=args.level or "chi-doan",
        place=args.place,
        guests=args.guests or 0,
        confirmed_by=args.confirmed_by,
        notes=args.notes,
        participant_ids=tuple(_resolve_members(args, ctx, unit_code, dates)),
    )
    res = record_activity(
        ctx,
        unit_code,
        draft,
        period=args.year,
        allow_overlap=args.allow_overlap,
        skip_overlaps=args.skip_overlaps,
        attachments=args.attach,
    )
    from desktop.services.volunteering import get_activity

    _print_result(cli, args, res, get_activity(ctx, res.activity_id))
    return 0


def _edit(args, cli) -> int:
    from dataclasses import replace

    from desktop.services.volunteering import get_activity, update_activity

    ctx = cli.context()
    a = get_activity(ctx, args.id)
    dates = _dates(args.date) if args.date else a.dates
    changes = {
        k: v
        for k, v in {
            "name": args.name,
            "kind": args.kind,
            "focus": args.focus,
            "days": args.days,
            "place": args.place,
            "level": args.level,
            "guests": args.guests,
            "confirmed_by": args.confirmed_by,
            "notes": args.notes,
        }.items()
        if v is not None
    }
    picked = _resolve_members(args, ctx, a.unit_code, dates)
    removed = set(_ids(args.remove_member))
    ids = picked if args.set_members else list(a.participant_ids) + picked
    draft = replace(a, dates=dates, participant_ids=tuple(m for m in dict.fromkeys(ids) if m not in removed), **changes)
    res = update_activity(
        ctx,
        args.id,
        draft,
        period=args.year,
        allow_overlap=args.allow_overlap,
        skip_overlaps=args.skip_overlaps,
        attachments=args.attach,
    )
    if args.json:
        _print_result(cli, args, res, draft)
    else:
        print(f"Đã sửa hoạt động số {args.id}: {res.participants} đoàn viên được ghi nhận.")
    return 0


def _delete(args, cli) -> int:
    from desktop.services.volunteering import delete_activity

    delete_activity(cli.context(), args.id, args.reason)
    print(f"Đã xóa hoạt động số {args.id} (lưu trong lịch sử; khôi phục bằng: sothidua volunteer restore {args.id}).")
    return 0


def _restore(args, cli) -> int:
    from desktop.services.volunteering import restore_activity

    restore_activity(cli.context(), args.id, allow_overlap=args.allow_overlap)
    print(f"Đã khôi phục hoạt động số {args.id}.")
    return 0


def _attach(args, cli) -> int:
    from desktop.services.volunteering import add_evidence

    ctx = cli.context()
    for f in args.files:
        add_evidence(ctx, args.id, f)
    print(f"Đã thêm {len(args.files)} tệp minh chứng cho hoạt động số {args.id}.")
    return 0


def _import(args, cli) -> int:
    from desktop.services.volunteering import import_attendance

    ctx = cli.context()
    pv = import_attendance(
        ctx,
        _unit_code(args, cli),
        args.file,
        activity_id=args.activity,
        period=args.year,
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        allow_overlap=args.allow_overlap,
    )
    ok = not pv.fatal and (not pv.errors or args.skip_invalid)
    if args.json:
        cli.print_json(pv.as_json(dry_run=args.dry_run))
    else:
        a = pv.activity
        if a is not None:
            print(
                f"Hoạt động: {a.name}" + (" (mới, tạo từ phần đầu trang tính)" if pv.new_activity else f" (số {a.id})")
            )
        print(
            f"Sẽ ghi nhận: {len(pv.to_add)}; đã có sẵn: {len(pv.already)}; trùng tên trong tệp: "
            f"{len(pv.duplicates)}; bỏ qua: {pv.skipped}"
        )
        for e in sorted(pv.fatal + pv.errors, key=lambda e: e.row):
            where = f"Dòng {e.row}, cột {e.column}: " if e.row else ""
            print(f"  {where}{e.message}", file=sys.stderr)
        if pv.written:
            print(f"Đã ghi nhận {len(pv.to_add)} đoàn viên cho hoạt động số {pv.activity_id}.")
        elif args.dry_run and ok:
            print("Chạy thử (--dry-run): chưa ghi gì.")
        elif not ok:
            print("Không ghi gì: hãy sửa các lỗi trên, hoặc dùng --skip-invalid để bỏ các dòng lỗi.", file=sys.stderr)
    return 0 if ok else 2


def _template(args, cli) -> int:
    from desktop.services.volunteering import roster
    from desktop.services.volunteering import write_attendance_template

    ctx = cli.context()
    today = ctx.today()
    names = None
    if args.with_members:
        names = [(e.name, e.date_of_birth) for e in roster(ctx, cli.unit().code) if e.active_on(today)]
    path = write_attendance_template(args.file, names, today)
    print(f"Đã lưu mẫu danh sách điểm danh: {path}")
    return 0
