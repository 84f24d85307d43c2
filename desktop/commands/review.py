"""`sothidua review`, `sothidua ranking`, `sothidua criteria`: the upper levels judge the model across
their tree (issue 23), from the summaries they received (a Đoàn cơ sở: from its own branches).

    sothidua review --from 2026 --to 2030 --json   # the trend per year and level (interim/final review)
    sothidua ranking --period 2026 --json          # the year-end emulation ranking (D10)
    sothidua criteria --period 2026 --json         # which criteria fail most, shares against the targets
    sothidua review --from 2026 --to 2030 --titles # the title history per branch (and member)
"""

from __future__ import annotations


def register(sub) -> None:
    r = sub.add_parser(
        "review",
        help="cấp trên: số liệu sơ kết, tổng kết qua các năm (đăng ký, công nhận, đoàn viên XHCN) so với chỉ tiêu",
    )
    r.add_argument("--from", dest="first", type=int, required=True, metavar="NĂM", help="năm đầu, ví dụ 2026")
    r.add_argument("--to", dest="last", type=int, required=True, metavar="NĂM", help="năm cuối, ví dụ 2030")
    r.add_argument("--titles", action="store_true", help="lịch sử danh hiệu của từng chi đoàn, đoàn viên")
    r.add_argument("--json", action="store_true", help="in JSON")
    r.set_defaults(handler=_review)

    k = sub.add_parser("ranking", help="cấp trên: xếp loại thi đua tổ chức Đoàn cuối năm")
    k.add_argument("--period", required=True, help="kỳ đánh giá, ví dụ 2026")
    k.add_argument("--json", action="store_true", help="in JSON")
    k.set_defaults(handler=_ranking)

    c = sub.add_parser("criteria", help="cấp trên: tiêu chí chưa đạt nhiều nhất, tỉ lệ so với chỉ tiêu")
    c.add_argument("--period", required=True, help="kỳ đánh giá, ví dụ 2026")
    c.add_argument("--json", action="store_true", help="in JSON")
    c.set_defaults(handler=_criteria)


def _pct(v) -> str:
    return "—" if v is None else f"{v * 100:.1f}%".replace(".", ",")


def _review(args, cli) -> int:
    from desktop.services import reporting as reviews

    ctx = cli.context()
    if args.titles:
        h = reviews.title_history(ctx, args.first, args.last)
        if args.json:
            cli.print_json(h.to_json())
            return 0
        print(f"{h.name} — lịch sử danh hiệu {args.first}–{args.last}")
        for b in h.branches:
            years = ", ".join(p for p in h.labels if b["titles"].get(p)) or "chưa"
            print(f"  {b['name'][:44]:44} Chi đoàn XHCN: {years}")
        for m in h.members:
            print(f"  {m['name'][:30]:30} {m['branch'][:30]:30} Đoàn viên XHCN: {', '.join(m['titles'])}")
        return 0
    t = reviews.trend(ctx, args.first, args.last)
    if args.json:
        cli.print_json(t.to_json())
        return 0
    print(
        f"{t.name} — kết quả qua các năm {t.first}–{t.last} (chỉ tiêu: 100% đăng ký hằng năm; "
        f"80% chi đoàn, đoàn viên đạt danh hiệu đến năm 2030)"
    )
    for y in t.years:
        x = y.totals
        print(
            f"  {y.year}: {x['branches']} chi đoàn, đăng ký {_pct(x['registered_share'])}, "
            f"Chi đoàn XHCN {_pct(x['recognised_share'])}, Đoàn viên XHCN {_pct(x['members_recognised_share'])}"
        )
    return 0


def _ranking(args, cli) -> int:
    from desktop.services import reporting as reviews

    res = reviews.ranking(cli.context(), args.period)
    if args.json:
        cli.print_json(res.to_json())
        return 0
    print(f"{res.name} — xếp loại thi đua cuối năm {res.period}")
    for r in res.rows:
        rank = str(r.rank) if r.rank else "—"
        print(f"  {rank:>4} {r.name[:44]:44} {_pct(r.score):>7} {r.tier_vi}" + (f" ({r.note})" if r.note else ""))
    return 0


def _criteria(args, cli) -> int:
    from desktop.services import reporting as reviews

    res = reviews.criteria_across(cli.context(), args.period)
    if args.json:
        cli.print_json(res.to_json())
        return 0
    t = res.totals
    print(
        f"{res.name} — kỳ {res.period}: {t['branches']} chi đoàn; đăng ký {_pct(t['registered_share'])} "
        f"(chỉ tiêu 100%); Chi đoàn XHCN {_pct(t['recognised_share'])}, Đoàn viên XHCN "
        f"{_pct(t['members_recognised_share'])} (chỉ tiêu 80% đến năm 2030)"
    )
    for c in res.criteria:
        print(f"  {c.id:7} chưa đạt {c.failed:>5}/{c.judged:<5} {_pct(c.fail_share):>7}  {c.title_vi[:60]}")
    return 0
