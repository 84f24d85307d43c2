"""`sothidua party communes|show`: the Party line's upper level (Ban Tuyên giáo và Dân vận) reads
the reports its communes sent (issue 20 item 10). Read-only; invitations for the communes are made
with `sothidua sync invite --branch CODE --name NAME --out DIR`, their files imported with
`sothidua sync import`.
"""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("party", help="cấp ủy cấp trên: tổng hợp báo cáo của các Đảng ủy xã")
    ps = p.add_subparsers(dest="party_cmd", required=True)
    c = ps.add_parser("communes", help="các Đảng ủy xã, báo cáo đã nhận và số liệu tổng hợp của năm")
    c.add_argument("--period", help="năm, ví dụ 2026 (mặc định: năm mới nhất có báo cáo)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=_communes)
    s = ps.add_parser("show", help="một Đảng ủy xã: từng mô hình, từng chỉ tiêu như xã đã báo cáo")
    s.add_argument("code", help="mã Đảng ủy xã")
    s.add_argument("--period")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=_show)


def _communes(args, cli) -> int:
    from desktop.services import commune_party as party_line

    ov = party_line.overview(cli.context(), args.period)
    if args.json:
        cli.print_json(party_line.as_json(ov))
        return 0
    print(ov.text_vi())
    for c in ov.communes:
        r = c.latest
        state = "đã kết nối" if c.connected else ("đã mời" if c.invited else "chưa mời")
        figures = f"; đạt {r.met}/{r.applicable} chỉ tiêu" if r else ""
        print(f"- {c.name} ({c.code}), {state}: {r.what_vi if r else 'chưa có báo cáo'}{figures}.")
    return 0


def _show(args, cli) -> int:
    from desktop.services import commune_party as party_line

    ctx = cli.context()
    line = party_line.commune(ctx, args.code, args.period)
    ov = party_line.Overview(args.period or party_line.periods(ctx)[0], (line,))
    data = party_line.as_json(ov, details=True)["communes"][0]
    if args.json:
        cli.print_json(data)
        return 0
    r = line.latest
    if r is None:
        print(f"{line.name} chưa gửi báo cáo năm {ov.period}.")
        return 0
    print(f"{line.name}: {r.what_vi}" + (f", số {r.data.get('number')}" if r.data.get("number") else "") + ".")
    for m in data.get("models", []):
        print(f"* {m['title']}: đạt {m['met']}/{m['applicable']} chỉ tiêu")
        for crit in m["criteria"]:
            print(
                f"    - {crit['title']}: {crit['status_vi']}"
                + (f" — {crit['explanation']}" if crit.get("explanation") else "")
            )
    return 0
