"""Steps 1 and 2 headless: `sothidua register …`, `sothidua log …`, `sothidua judge …`.

    sothidua log add --kind thematic_session --date 2026-03-15 --title "Học tập Nghị quyết 05" \\
        --category chinh-tri-tu-tuong --all-members
    sothidua log add --kind incident --date 2026-05-12 --title "Vi phạm giao thông" \\
        --category vi-pham-phap-luat --member 12 --ref-no 12/QĐ-CA
    sothidua log list --kind weekly_post --period 2026 --json
    sothidua judge --criterion CD-3.1 --verdict met --author "Phạm Thị Thu" --note "Đoàn kết tốt"
    sothidua register save --from dang-ky.json      # {"items": [...], "members": [ids] | "all", "note": …}
    sothidua register submit --period 2027
    sothidua register amend --period 2027 --note "Bổ sung công trình thanh niên"
    sothidua register show --period 2027 --json

Every command works on the unit of this machine, or with ``--branch MÃ`` on a branch it holds.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path


def _branch_arg(p) -> None:
    p.add_argument("--branch", metavar="MÃ", help="chi đoàn trực thuộc (khi máy này là Đoàn cơ sở)")


def register(sub) -> None:
    from desktop.domain.logs import LOG_KINDS

    lg = sub.add_parser("log", help="sổ theo dõi minh chứng các tiêu chí (bước 2)")
    ls = lg.add_subparsers(dest="log_cmd", metavar="ACTION", required=True)
    add = ls.add_parser("add", help="ghi một bản ghi minh chứng")
    add.add_argument("--kind", required=True, choices=list(LOG_KINDS))
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--title", required=True, help="nội dung / tên chuyên đề / người tốt…")
    add.add_argument("--description")
    add.add_argument("--category", help="chủ đề (CD-1.2), hình thức sinh hoạt (CD-3.2), loại vụ việc (CD-2.1)")
    add.add_argument("--channel")
    add.add_argument("--member", type=int, help="số đoàn viên (vụ việc, giới thiệu cho Đảng)")
    add.add_argument("--ref-no", help="số văn bản")
    add.add_argument("--counterpart", help="chi bộ tiếp nhận / cấp yêu cầu / nơi")
    add.add_argument("--received-on", metavar="YYYY-MM-DD", help="ngày nhận cảnh báo (CD-1.3)")
    add.add_argument("--link")
    who = add.add_mutually_exclusive_group()
    who.add_argument("--participants", help="số đoàn viên, cách nhau bởi dấu phẩy: 1,2,5")
    who.add_argument("--all-members", action="store_true", help="mọi đoàn viên đang sinh hoạt vào ngày đó")
    add.add_argument("--attach", action="append", default=[], metavar="TỆP", help="tệp minh chứng (lặp lại được)")
    _branch_arg(add)
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_log_add)

    lst = ls.add_parser("list", help="các bản ghi của một kỳ")
    lst.add_argument("--kind", choices=list(LOG_KINDS))
    lst.add_argument("--period")
    _branch_arg(lst)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_log_list)

    rm = ls.add_parser("delete", help="xóa một bản ghi")
    rm.add_argument("id", type=int)
    rm.set_defaults(handler=_log_delete)

    jd = sub.add_parser("judge", help="ghi đánh giá tiêu chí định tính CD-1.3, CD-3.1 (có người đánh giá)")
    jd.add_argument("--criterion", required=True, choices=["CD-1.3", "CD-3.1"])
    jd.add_argument("--verdict", required=True, choices=["met", "not_met"])
    jd.add_argument("--author", help="người đánh giá (mặc định: tài khoản đang dùng)")
    jd.add_argument("--note")
    jd.add_argument("--date", metavar="YYYY-MM-DD", help="ngày đánh giá (mặc định hôm nay)")
    jd.add_argument("--period")
    jd.add_argument("--campaign", default="chi-doan-xhcn")
    _branch_arg(jd)
    jd.set_defaults(handler=_judge)

    rg = sub.add_parser("register", help="đăng ký thi đua Chi đoàn XHCN: nội dung, lộ trình, đoàn viên (bước 1)")
    rs = rg.add_subparsers(dest="register_cmd", metavar="ACTION", required=True)
    for name, helptext, fn in (
        ("show", "xem bản đăng ký và lịch sử phiên bản", _reg_show),
        ("save", "lưu bản nháp từ tệp JSON", _reg_save),
        ("submit", "nộp bản nháp (sau khi nộp không sửa được)", _reg_submit),
        ("amend", "tạo bản điều chỉnh (phiên bản mới)", _reg_amend),
    ):
        sp = rs.add_parser(name, help=helptext)
        sp.add_argument("--period")
        _branch_arg(sp)
        if name == "save":
            sp.add_argument("--from", dest="source", required=True, metavar="TỆP.json")
        if name == "amend":
            sp.add_argument("--note", help="lý do điều chỉnh")
        sp.add_argument("--json", action="store_true")
        sp.set_defaults(handler=fn)


def _day(text: str | None, what: str) -> date | None:
    from desktop.domain.errors import DomainError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError(f"{what} “{text}” không hợp lệ: ghi theo dạng YYYY-MM-DD.", field=what) from None


def _target(cli, branch: str | None) -> str:
    from desktop.domain.errors import DomainError
    from desktop.services.year import held_branches

    me = cli.unit()
    if not branch or branch == me.code:
        return me.code
    if branch not in {u.code for u in held_branches(cli.context(), me.code)}:
        raise DomainError(f"“{branch}” không phải chi đoàn trực thuộc {me.name} trong dữ liệu.", field="branch")
    return branch


def _ids(text: str) -> frozenset[int]:
    from desktop.domain.errors import DomainError

    out = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise DomainError(
                f"Số đoàn viên “{part}” không hợp lệ (ghi số, cách nhau bởi dấu phẩy).", field="participants"
            )
        out.add(int(part))
    return frozenset(out)


def _entry_json(e) -> dict:
    return {
        "id": e.id,
        "unit": e.unit_code,
        "kind": e.kind,
        "date": e.on_date.isoformat(),
        "title": e.title,
        "description": e.description,
        "category": e.category,
        "channel": e.channel,
        "member_id": e.member_id,
        "ref_no": e.ref_no,
        "counterpart": e.counterpart,
        "received_on": e.received_on.isoformat() if e.received_on else None,
        "link": e.link,
        "participants": sorted(e.participants),
        "attachments": e.attachments,
    }


def _log_add(args, cli) -> int:
    from desktop.domain.logs import LOG_KINDS, LogEntry
    from desktop.services.year import add_log, get_log
    from desktop.services.membership import members_on

    ctx = cli.context()
    unit_code = _target(cli, args.branch)
    on = _day(args.date, "Ngày")
    parts: frozenset[int] = frozenset()
    if args.all_members:
        parts = frozenset(m.id for m in members_on(ctx, unit_code, on))
    elif args.participants:
        parts = _ids(args.participants)
    entry = LogEntry(
        id=None,
        unit_code=unit_code,
        kind=args.kind,
        on_date=on,
        title=args.title,
        description=args.description,
        category=args.category,
        channel=args.channel,
        member_id=args.member,
        ref_no=args.ref_no,
        counterpart=args.counterpart,
        received_on=_day(args.received_on, "Ngày nhận"),
        link=args.link,
        participants=parts,
    )
    log_id, _ = add_log(ctx, entry, args.attach)
    saved = get_log(ctx, log_id)
    if args.json:
        cli.print_json(_entry_json(saved))
    else:
        spec = LOG_KINDS[saved.kind]
        print(
            f"Đã ghi {spec.title_vi.lower()} số {log_id} ngày {saved.on_date:%d/%m/%Y} ({spec.criterion})"
            + (f", {len(saved.participants)} đoàn viên" if spec.uses_participants else "")
            + (f", {saved.attachments} tệp minh chứng" if saved.attachments else "")
            + "."
        )
    return 0


def _log_list(args, cli) -> int:
    from desktop.domain.logs import LOG_KINDS, category_words
    from desktop.i18n.catalogue import say
    from desktop.services.year import list_logs

    entries = list_logs(cli.context(), _target(cli, args.branch), args.period, args.kind)
    if args.json:
        cli.print_json([_entry_json(e) for e in entries])
    else:
        for e in entries:
            cat = say(category_words(e.kind, e.category))
            print(
                f"{e.id:5}  {e.on_date:%d/%m/%Y}  {LOG_KINDS[e.kind].criterion:6}  {e.title}"
                + (f" — {cat}" if cat else "")
                + (f" ({len(e.participants)} đoàn viên)" if e.participants else "")
            )
        print(f"{len(entries)} bản ghi.")
    return 0


def _log_delete(args, cli) -> int:
    from desktop.services.year import delete_log, get_log

    ctx = cli.context()
    me = cli.unit()
    e = get_log(ctx, args.id)
    _target(cli, e.unit_code if e.unit_code != me.code else None)
    delete_log(ctx, args.id)
    print(f"Đã xóa bản ghi số {args.id}.")
    return 0


def _judge(args, cli) -> int:
    from desktop.services.year import record_judgement, resolve_period

    ctx = cli.context()
    unit_code = _target(cli, args.branch)
    record_judgement(
        ctx,
        unit_code,
        args.period,
        args.criterion,
        args.verdict,
        author=args.author,
        note=args.note,
        judged_on=_day(args.date, "Ngày đánh giá"),
        campaign=args.campaign,
    )
    period = resolve_period(ctx, unit_code, args.period)
    word = "đạt" if args.verdict == "met" else "chưa đạt"
    print(f"Đã ghi đánh giá {args.criterion} kỳ {period.label}: {word}.")
    return 0


# ------------------------------------------------------------------------------ registration


def _reg_print(args, cli, unit_code: str) -> int:
    from desktop.services.year import registration_versions, resolve_period

    ctx = cli.context()
    versions = registration_versions(ctx, unit_code, args.period)
    period = resolve_period(ctx, unit_code, args.period)
    if args.json:
        cli.print_json(
            {
                "unit": unit_code,
                "period": period.label,
                "current": versions[-1].to_json() if versions else None,
                "versions": [v.to_json() for v in versions],
            }
        )
        return 0
    if not versions:
        print(f"Chưa có bản đăng ký kỳ {period.label}.")
        return 0
    for v in versions:
        state = ("đã nộp " + f"{v.submitted_on:%d/%m/%Y}" + (" (muộn)" if v.late else "")) if v.frozen else "bản nháp"
        print(
            f"Phiên bản {v.version}: {state}; {len(v.items)} tiêu chí, {len(v.member_ids)} đoàn viên đăng ký"
            + (f"; ghi chú: {v.note}" if v.note else "")
        )
    return 0


def _reg_show(args, cli) -> int:
    return _reg_print(args, cli, _target(cli, args.branch))


def _reg_save(args, cli) -> int:
    from desktop.domain.errors import DomainError
    from desktop.domain.registration import RegistrationItem
    from desktop.services.year import resolve_period, save_registration
    from desktop.services.membership import members_on

    ctx = cli.context()
    unit_code = _target(cli, args.branch)
    from desktop.domain import bounded_json

    data = bounded_json.loads(Path(args.source).read_bytes(), Path(args.source).name)  # bounded
    if not isinstance(data, dict):
        raise DomainError("Tệp đăng ký phải là một đối tượng JSON có “items” và “members”.")
    items = []
    for n, it in enumerate(data.get("items", [])):
        if not isinstance(it, dict) or "criterion" not in it:
            raise DomainError(f"items[{n}]: phải có “criterion”.", field=f"items[{n}].criterion")
        items.append(
            RegistrationItem(
                str(it["criterion"]),
                str(it.get("planned_activities", "")),
                _day(it.get("target_date"), f"items[{n}].target_date"),
                str(it.get("responsible", "")),
            )
        )
    members = data.get("members", [])
    if members == "all":
        period = resolve_period(ctx, unit_code, args.period)
        members = [m.id for m in members_on(ctx, unit_code, max(period.start, min(ctx.today(), period.end)))]
    if not isinstance(members, list) or not all(isinstance(m, int) for m in members):
        raise DomainError('“members” phải là danh sách số đoàn viên hoặc "all".', field="members")
    save_registration(ctx, unit_code, args.period, items, members, note=data.get("note"))
    print("Đã lưu bản nháp đăng ký.")
    return _reg_print(args, cli, unit_code)


def _reg_submit(args, cli) -> int:
    from desktop.services.year import submit_registration

    unit_code = _target(cli, args.branch)
    submit_registration(cli.context(), unit_code, args.period)
    print("Đã nộp bản đăng ký.")
    return _reg_print(args, cli, unit_code)


def _reg_amend(args, cli) -> int:
    from desktop.services.year import amend_registration

    unit_code = _target(cli, args.branch)
    amend_registration(cli.context(), unit_code, args.period, note=args.note)
    print("Đã tạo bản điều chỉnh (bản nháp mới).")
    return _reg_print(args, cli, unit_code)
