"""`sothidua tree show` and `sothidua completeness`: what an upper level sees of its own subtree
(issue 23), from what it received.

    sothidua tree show --period 2026 --json              # this unit's children with their totals
    sothidua tree show DCS-LECHAN --period 2026 --json   # one step down (a child, then a branch)
    sothidua completeness --period 2026 --json           # who sent, who sent late, who has not sent
"""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("tree", help="cấp trên: xem các đơn vị trực thuộc và số liệu tổng của từng đơn vị")
    ts = p.add_subparsers(dest="tree_command", metavar="LỆNH")
    ts.required = True
    a = ts.add_parser("show", help="các đơn vị trực thuộc một đơn vị (mặc định: đơn vị này) và số liệu tổng")
    a.add_argument("unit", nargs="?", metavar="MÃ", help="mã đơn vị trực thuộc hoặc chi đoàn để xem sâu một bước")
    a.add_argument("--period", required=True, help="kỳ đánh giá, ví dụ 2026")
    a.add_argument("--json", action="store_true", help="in JSON")
    a.set_defaults(handler=_show)

    c = sub.add_parser("completeness", help="cấp trên: đơn vị nào đã gửi, gửi trễ, chưa gửi báo cáo")
    c.add_argument("--period", required=True, help="kỳ đánh giá, ví dụ 2026")
    c.add_argument("--json", action="store_true", help="in JSON")
    c.set_defaults(handler=_completeness)


def _pct(v) -> str:
    return "—" if v is None else f"{v * 100:.1f}%".replace(".", ",")


def _n(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def _show(args, cli) -> int:
    from desktop.services import reporting as tree

    from desktop.domain.evaluation_model import status_words
    from desktop.i18n.catalogue import say

    view = tree.show(cli.context(), args.period, args.unit)
    if args.json:
        cli.print_json(view.to_json())
        return 0
    print(" › ".join(n for _c, n in view.path) + f" — kỳ {view.period}")
    for r in view.rows:
        # only a registration summary came: nothing judged yet, "—" rather than 0
        able, rec = (r.recognisable, r.recognised) if r.results_known else ("—", "—")
        print(
            f"  {r.code:14} {r.name[:40]:40} chi đoàn {r.branches:>5}  đăng ký {r.registered:>5}  "
            f"đủ điều kiện {able:>5}  công nhận {rec:>5}  "
            f"đoàn viên {r.members if r.members is not None else '—':>6}  hoàn thành {_pct(r.completion)}"
        )
    t = view.totals
    judged = t["results_known"] > 0 or not t["reported"]
    print(
        f"Tổng: {_n(t['branches'])} chi đoàn, {_n(t['registered'])} đăng ký ({_n(t['registered_on_time'])} đúng hạn), "
        f"{_n(t['recognisable']) if judged else '—'} đủ điều kiện, {_n(t['recognised']) if judged else '—'} được "
        f"công nhận, {_n(t['members'])} đoàn viên."
        + (
            f" Đủ điều kiện, được công nhận: của {t['results_known']}/{t['reported']} đơn vị đã gửi báo cáo kết quả."
            if 0 < t["results_known"] < t["reported"]
            else ""
        )
    )
    for c in view.criteria:
        print(f"  {c.id:7} {say(status_words(c.status)):20} {c.title_vi[:50]:50} {c.facts_vi}")
    if view.criteria_note:
        print(view.criteria_note)
    m = view.member_titles
    if m:

        def n(k):
            return "—" if m.get(k) is None else m[k]

        print(
            f"Đoàn viên XHCN: {n('total')} đoàn viên, {n('registered')} đăng ký, {n('proposed')} được đề nghị, "
            f"{n('recognised')} được công nhận"
            + (f": {', '.join(view.recognised_names)}" if view.recognised_names else "")
            + "."
        )
    return 0


def _completeness(args, cli) -> int:
    from desktop.services import reporting as tree

    res = tree.completeness(cli.context(), args.period)
    if args.json:
        cli.print_json(res.to_json())
        return 0
    print(f"{res.name} — tình hình gửi báo cáo kỳ {res.period} (đến {res.as_of:%d/%m/%Y})")
    for r in res.rows:
        due = f"{r.due:%d/%m/%Y}" if r.due else "—"
        sent = f"{r.sent_on:%d/%m/%Y}" if r.sent_on else "—"
        print(f"  {r.code:14} {r.name[:36]:36} {r.report_vi:22} hạn {due:10} gửi {sent:10} {tree.STATE_VI[r.state]}")
    from desktop.domain.units import UnitKind

    for level, lv in res.rates.items():
        print(
            f"{UnitKind(level).label_vi}: đã gửi {lv['received']}/{lv['due']} ({_pct(lv['reporting_rate'])}), "
            f"đúng hạn {lv['on_time']}/{lv['due']} ({_pct(lv['on_time_rate'])})."
        )
    return 0
