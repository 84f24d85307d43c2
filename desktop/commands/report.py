"""`sothidua report`: print a document of the cycle as a PDF, list the kinds, read the register.

sothidua report --list
sothidua report KIND --period P [--branch CODE] [--quarter N] [--date DD/MM/YYYY] [--draft] --out FILE.pdf
sothidua report --branches
sothidua report --register [--year Y]
sothidua report --set-next TYPE N [--year Y]
"""

from __future__ import annotations

from desktop.reports.kinds import KINDS


def register(sub) -> None:
    p = sub.add_parser(
        "report",
        help="in báo cáo, văn bản (PDF)",
        description="In văn bản của chu trình thi đua ra PDF đúng thể thức. Loại văn bản: "
        + ", ".join(k.key for k in KINDS)
        + ".",
    )
    p.add_argument("kind", nargs="?", choices=[k.key for k in KINDS], metavar="KIND", help="loại văn bản (xem --list)")
    p.add_argument("--list", action="store_true", help="liệt kê các loại văn bản")
    p.add_argument("--branches", action="store_true", help="liệt kê các chi đoàn trực thuộc (cho --branch)")
    p.add_argument("--register", action="store_true", help="xem sổ đăng ký văn bản")
    p.add_argument(
        "--set-next",
        nargs=2,
        metavar=("TYPE", "N"),
        help="số tiếp theo của loại văn bản TYPE (BC, QĐ, TTr, ĐK) khi tiếp nối sổ giấy",
    )
    p.add_argument("--year", type=int, help="năm của sổ đăng ký văn bản")
    p.add_argument("--period", metavar="P", help="kỳ đánh giá: 2026 hoặc năm học 2025-2026 (mặc định: kỳ hiện tại)")
    p.add_argument("--branch", metavar="CODE", help="mã chi đoàn (văn bản của một chi đoàn, in từ Đoàn cơ sở)")
    p.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help="quý (báo cáo tiến độ quý)")
    p.add_argument("--date", metavar="DD/MM/YYYY", help="ngày ghi trên văn bản (mặc định: hôm nay)")
    p.add_argument("--draft", action="store_true", help="bản nháp: không lấy số trong sổ đăng ký văn bản")
    p.add_argument("--out", metavar="FILE.pdf", help="tệp PDF để lưu")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=_handle)


def _parse_date(text: str | None):
    from datetime import date

    from desktop.domain.errors import DomainError

    if not text:
        return None
    parts = text.replace("-", "/").split("/")
    try:
        if len(parts[0]) == 4:
            y, m, d = (int(x) for x in parts)
        else:
            d, m, y = (int(x) for x in parts)
        return date(y, m, d)
    except (ValueError, TypeError):
        raise DomainError(f"Ngày “{text}” không hợp lệ: ghi theo dạng DD/MM/YYYY.", field="date") from None


def _handle(args, cli) -> int:
    from desktop.domain.errors import DomainError

    if args.list:
        return _list(args, cli)
    if args.branches:
        return _branches(args, cli)
    if args.register:
        return _register(args, cli)
    if args.set_next:
        return _set_next(args, cli)
    if not args.kind:
        raise DomainError(
            "Chọn loại văn bản (ví dụ: sothidua report year-end --period 2026 --out bao-cao.pdf); "
            "xem các loại: sothidua report --list.",
            field="kind",
        )
    if not args.out:
        raise DomainError("Thiếu --out FILE.pdf: tệp PDF để lưu văn bản.", field="out")
    from desktop.services.reporting import ReportRequest, save

    req = ReportRequest(
        kind=args.kind,
        period=args.period,
        branch=args.branch,
        quarter=args.quarter,
        issued_on=_parse_date(args.date),
        draft=args.draft,
    )
    out = save(cli.context(), req, args.out)
    if args.json:
        cli.print_json(
            {
                "kind": out.kind,
                "title": out.title,
                "file": str(args.out),
                "pages": out.pages,
                "numbers": list(out.numbers),
                "reprint": out.reprint,
                "notes": list(out.notes),
            }
        )
        return 0
    print(f"Đã lưu {args.out}: {out.title} ({out.pages} trang).")
    for n in out.numbers:
        print(f"Số: {n}" + (" (in lại, giữ số cũ)" if out.reprint else ""))
    for note in out.notes:
        print(f"Lưu ý: {note}")
    return 0


def _list(args, cli) -> int:
    rows = [
        {
            "kind": k.key,
            "title_vi": k.title_vi,
            "title_en": k.title_en,
            "scope": k.scope,
            "types": list(k.type_codes),
            "brief": k.brief,
        }
        for k in KINDS
    ]
    if args.json:
        cli.print_json(rows)
        return 0
    width = max(len(k.key) for k in KINDS)
    for k in KINDS:
        # A Thành đoàn (Đoàn cấp trên) prints the summaries over its Đoàn cơ sở, the ranking and the reviews.
        who = (
            "chi đoàn"
            if k.scope == "branch"
            else "Đoàn cơ sở, cấp trên"
            if k.key in ("registration-summary", "results-summary", "ranking", "review")
            else "Đoàn cơ sở"
        )
        print(f"{k.key:<{width}}  {k.title_vi} [{who}]")
    return 0


def _branches(args, cli) -> int:
    from desktop.services.reporting import held_branches

    unit = cli.unit()
    branches = held_branches(cli.context(), unit.code)
    if args.json:
        cli.print_json([{"code": b.code, "name": b.name} for b in branches])
    else:
        for b in branches:
            print(f"{b.code}\t{b.name}")
    return 0


def _register(args, cli) -> int:
    from desktop.i18n.formatting import format_date_short
    from desktop.services.reporting import register as read_register

    rows = read_register(cli.context(), args.year)
    if args.json:
        cli.print_json(
            [
                {
                    "year": r.year,
                    "number": r.number,
                    "type": r.type_code,
                    "kind": r.kind,
                    "period": r.period_label,
                    "branch": r.subject_code,
                    "issued_on": r.issued_on,
                    "title": r.title,
                    "created_by": r.created_by,
                    "prints": r.print_count,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("Sổ đăng ký văn bản chưa có văn bản nào.")
    for r in rows:
        print(f"{r.number:02d}-{r.type_code}\t{format_date_short(r.issued_on)}\t{r.title}")
    return 0


def _set_next(args, cli) -> int:
    from desktop.domain.errors import DomainError
    from desktop.services.reporting import set_next_number

    code, n = args.set_next
    try:
        number = int(n)
    except ValueError:
        raise DomainError(f"Số “{n}” không hợp lệ: ghi một số nguyên dương.", field="number") from None
    if number < 1:
        raise DomainError("Số tiếp theo phải từ 1 trở lên.", field="number")
    year = args.year or cli.context().today().year
    set_next_number(cli.context(), year, code, number)
    print(f"Văn bản {code} tiếp theo năm {year} sẽ mang số {number:02d}.")
    return 0
