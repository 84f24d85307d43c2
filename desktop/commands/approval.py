"""`sothidua approval`: approval by level (issue 23). A Đoàn cấp trên approves or returns the
summaries its Đoàn cơ sở sent; a Đoàn cơ sở sees what became of its own.

    sothidua approval list --period 2026 --json                       # states at this end
    sothidua approval approve DCS-LECHAN --period 2026 --summary results
    sothidua approval return DCS-LECHAN --period 2026 --summary results \\
        --reason "CD-TDP3:CD-1.2:Thiếu biên bản sinh hoạt chuyên đề" --out ~/Zalo
"""

from __future__ import annotations

import re
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("approval", help="duyệt hoặc trả lại báo cáo tổng hợp của Đoàn cơ sở; xem tình trạng")
    s = p.add_subparsers(dest="approval_command", metavar="LỆNH")
    s.required = True
    a = s.add_parser("list", help="tình trạng các báo cáo tổng hợp (đã gửi, đã nhận, đã duyệt, trả lại)")
    a.add_argument("--period", required=True, help="kỳ đánh giá, ví dụ 2026")
    a.add_argument("--json", action="store_true", help="in JSON")
    a.set_defaults(handler=_list)
    for verb, text in (
        ("approve", "duyệt báo cáo tổng hợp của một Đoàn cơ sở"),
        ("return", "trả lại báo cáo tổng hợp của một Đoàn cơ sở để sửa, kèm lý do"),
    ):
        b = s.add_parser(verb, help=text)
        b.add_argument("unit", metavar="MÃ", help="mã Đoàn cơ sở")
        b.add_argument("--period", required=True, help="kỳ đánh giá, ví dụ 2026")
        b.add_argument(
            "--summary",
            choices=["registration", "results"],
            default="results",
            help="báo cáo tổng hợp đăng ký (registration) hoặc kết quả (results, mặc định)",
        )
        b.add_argument(
            "--reason",
            action="append",
            default=[],
            metavar="LÝ DO",
            help='lý do (lặp lại được), dạng "MÃ CHI ĐOÀN:CD-x.y:lý do", "CD-x.y:lý do" hoặc chỉ lý do',
        )
        b.add_argument("--note", help="ghi chú chung")
        b.add_argument("--out", metavar="THƯ MỤC", help="lưu luôn tệp gửi Đoàn cơ sở vào thư mục này")
        b.add_argument("--json", action="store_true", help="in JSON")
        b.set_defaults(handler=_decide, verdict="approved" if verb == "approve" else "returned")


def _reasons(texts: list[str]) -> list[tuple[str | None, str | None, str]]:
    """ "CD-TDP3:CD-1.2:lý do" -> (branch, criterion, reason); "CD-1.2:lý do"; "lý do"."""
    crit = re.compile(r"^CD-\d+\.\d+$")
    out = []
    for t in texts:
        parts = [p.strip() for p in t.split(":")]
        if len(parts) >= 3 and crit.match(parts[1]) and re.match(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$", parts[0]):
            out.append((parts[0], parts[1], ":".join(parts[2:]).strip()))
        elif len(parts) >= 2 and crit.match(parts[0]):
            out.append((None, parts[0], ":".join(parts[1:]).strip()))
        else:
            out.append((None, None, t.strip()))
    return out


def _list(args, cli) -> int:
    from desktop.domain.units import UnitKind
    from desktop.services import exchange as approval

    ctx = cli.context()
    res = (
        approval.overview(ctx, args.period)
        if cli.unit().kind is UnitKind.DOAN_CAP_TREN
        else approval.mine(ctx, args.period)
    )
    if args.json:
        cli.print_json(res.to_json())
        return 0
    head = "các Đoàn cơ sở gửi lên" if res.side == "above" else "đã gửi lên cấp trên"
    print(f"{res.name} — báo cáo tổng hợp kỳ {res.period} {head}")
    for r in res.rows:
        ver = f"bản {r.version}" if r.version else ""
        print(f"  {r.code:14} {r.name[:34]:34} {r.summary_vi:28} {ver:7} {r.state_vi}")
        for why in r.reasons:
            print(f"      lý do: {why}")
    return 0


def _decide(args, cli) -> int:
    from desktop.services import exchange as approval, exchange as sending

    ctx = cli.context()
    item, _changes = approval.decide(
        ctx, args.unit, args.period, args.summary, args.verdict, _reasons(args.reason), args.note
    )
    saved = str(sending.save_file(ctx, item.package_id, Path(args.out))) if args.out else None
    if args.json:
        cli.print_json(
            {
                "package_id": item.package_id,
                "verdict": args.verdict,
                "unit": args.unit,
                "summary_kind": args.summary,
                "title": item.title,
                "file_name": sending.file_name_for(ctx, item),
                "saved_to": saved,
            }
        )
    else:
        print(f"Đã đưa vào hộp thư đi: {item.title}" + (f" — đã lưu tệp {saved}" if saved else ""))
    return 0
