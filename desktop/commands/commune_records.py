"""`sothidua commune thon|survey|dvk …`: the records behind the commune's indicators (issue 20
items 6–8), beside the GUI pages "Thôn, tổ dân phố", "Khảo sát sự hài lòng", "Mô hình Dân vận khéo".

    sothidua commune thon import danh-sach-thon.xlsx [--dry-run] [--json]
    sothidua commune thon add "Thôn Đông" [--kind thon|to-dan-pho|khu-dan-cu]
    sothidua commune thon list [--all] [--json]
    sothidua commune thon mark --criterion XP-26 --period 2026 --met "Thôn Đông" "Thôn Tây" [--not-met …]
    sothidua commune survey import ket-qua.xlsx --topic cuoc-song --date 2026-12-01 [--title …] [--dry-run]
    sothidua commune survey list --period 2026 [--topic …] [--json]
    sothidua commune dvk add --name … --field van-hoa-xa-hoi --owner … --date 2026-05-19 [--content …]
    sothidua commune dvk list --period 2026 [--json]
"""

from __future__ import annotations

from datetime import date


def _day(text: str, field: str = "date") -> date:
    from desktop.domain.errors import DomainError

    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise DomainError(f"Ngày “{text}” không hợp lệ: ghi theo dạng YYYY-MM-DD.", field=field) from None


def register(sub) -> None:
    """Nothing at the top level: these actions live under ``sothidua commune`` (register_under)."""


def register_under(cs) -> None:
    """Adds ``thon``, ``survey`` and ``dvk`` under ``sothidua commune``."""
    from desktop.domain.commune import DVK_FIELDS, HAMLET_KINDS, SURVEY_TOPICS

    th = cs.add_parser("thon", help="danh sách thôn, tổ dân phố và chỉ tiêu tính theo từng thôn")
    ts = th.add_subparsers(dest="thon_cmd", metavar="ACTION", required=True)
    ti = ts.add_parser("import", help="nhập danh sách từ Excel/CSV (cột “Tên thôn, tổ dân phố”, “Loại”)")
    ti.add_argument("file")
    ti.add_argument("--dry-run", action="store_true")
    ti.add_argument("--json", action="store_true")
    ti.set_defaults(handler=_thon_import)
    ta = ts.add_parser("add", help="thêm một thôn, tổ dân phố")
    ta.add_argument("name")
    ta.add_argument("--kind", choices=list(HAMLET_KINDS), default="thon")
    ta.set_defaults(handler=_thon_add)
    tl = ts.add_parser("list", help="liệt kê")
    tl.add_argument("--all", action="store_true", help="cả nơi đã ngừng tính")
    tl.add_argument("--json", action="store_true")
    tl.set_defaults(handler=_thon_list)
    tm = ts.add_parser("mark", help="đánh dấu thôn đạt / chưa đạt một chỉ tiêu “100%% thôn …”")
    tm.add_argument("--criterion", required=True)
    tm.add_argument("--period")
    tm.add_argument("--met", nargs="*", default=[], metavar="THÔN")
    tm.add_argument("--not-met", nargs="*", default=[], metavar="THÔN")
    tm.set_defaults(handler=_thon_mark)

    sv = cs.add_parser("survey", help="khảo sát sự hài lòng: kết quả theo thôn và câu hỏi")
    ss = sv.add_subparsers(dest="survey_cmd", metavar="ACTION", required=True)
    si = ss.add_parser(
        "import",
        help="nhập kết quả từ Excel/CSV (cột “Thôn, tổ dân phố”, “Câu hỏi”, “Số người được hỏi”, “Số người hài lòng”)",
    )
    si.add_argument("file")
    si.add_argument(
        "--topic",
        required=True,
        choices=list(SURVEY_TOPICS),
        help="phuc-vu: hài lòng về phục vụ của chính quyền; cuoc-song: hài lòng đối với cuộc sống",
    )
    si.add_argument("--date", required=True, help="YYYY-MM-DD")
    si.add_argument("--title", default="")
    si.add_argument("--dry-run", action="store_true")
    si.add_argument("--json", action="store_true")
    si.set_defaults(handler=_survey_import)
    sl = ss.add_parser("list", help="các đợt khảo sát đã nhập, tỉ lệ hài lòng")
    sl.add_argument("--period")
    sl.add_argument("--topic", choices=list(SURVEY_TOPICS))
    sl.add_argument("--json", action="store_true")
    sl.set_defaults(handler=_survey_list)

    dv = cs.add_parser("dvk", help="mô hình “Dân vận khéo”")
    ds = dv.add_subparsers(dest="dvk_cmd", metavar="ACTION", required=True)
    da = ds.add_parser("add", help="ghi một mô hình “Dân vận khéo”")
    da.add_argument("--name", required=True)
    da.add_argument("--field", required=True, choices=list(DVK_FIELDS))
    da.add_argument("--owner", required=True, help="người, cơ quan phụ trách")
    da.add_argument("--date", required=True, help="ngày bắt đầu, YYYY-MM-DD")
    da.add_argument("--content", default="")
    da.add_argument("--result", default="")
    da.add_argument("--recognition", default="")
    da.add_argument("--json", action="store_true")
    da.set_defaults(handler=_dvk_add)
    dl = ds.add_parser("list", help="các mô hình “Dân vận khéo” của năm")
    dl.add_argument("--period")
    dl.add_argument("--json", action="store_true")
    dl.set_defaults(handler=_dvk_list)


def _thon_import(args, cli) -> int:
    from desktop.services import commune_party as rec

    result, _ = rec.import_hamlets(cli.context(), args.file, dry_run=args.dry_run)
    if args.json:
        cli.print_json(
            {
                "added": list(result.added),
                "existing": list(result.existing),
                "errors": list(result.errors),
                "written": not args.dry_run and not result.errors,
            }
        )
    else:
        for e in result.errors:
            print(e)
        verb = "Sẽ thêm" if args.dry_run else "Đã thêm"
        if not result.errors:
            print(f"{verb} {len(result.added)} thôn, tổ dân phố; {len(result.existing)} đã có.")
    return 1 if result.errors else 0


def _thon_add(args, cli) -> int:
    from desktop.services import commune_party as rec

    rec.add_hamlet(cli.context(), args.name, args.kind)
    print(f"Đã thêm “{args.name.strip()}”.")
    return 0


def _thon_list(args, cli) -> int:
    from desktop.domain.commune import HAMLET_KINDS
    from desktop.services import commune_party as rec

    rows = rec.hamlets(cli.context(), include_inactive=args.all)
    if args.json:
        cli.print_json([{"id": h.id, "name": h.name, "kind": h.kind, "active": h.active} for h in rows])
    else:
        for h in rows:
            print(f"{h.id:4} {h.name} ({HAMLET_KINDS[h.kind]})" + ("" if h.active else " — đã ngừng tính"))
    return 0


def _thon_mark(args, cli) -> int:
    from desktop.domain.commune import match_hamlet
    from desktop.domain.errors import DomainError
    from desktop.services import commune_party as rec

    ctx = cli.context()
    found = [(c, cid) for c, cid, _t in rec.hamlet_criteria(ctx) if cid == args.criterion]
    if not found:
        raise DomainError(f"Tiêu chí “{args.criterion}” không tính theo từng thôn, tổ dân phố.", field="criterion")
    campaign, cid = found[0]
    known = rec.hamlets(ctx)
    marks = {}
    for names, met in ((args.met, True), (args.not_met, False)):
        for n in names:
            h = match_hamlet(n, known)
            if h is None:
                raise DomainError(f"“{n}” không có trong danh sách thôn, tổ dân phố của xã.", field="hamlet")
            marks[h.id] = (met, "")
    rec.set_hamlet_facts(ctx, campaign, cid, args.period, marks)
    print(f"Đã ghi {len(marks)} thôn, tổ dân phố cho {cid}.")
    return 0


def _survey_import(args, cli) -> int:
    from desktop.services import commune_party as rec

    sv, _ = rec.import_survey(
        cli.context(), args.file, on_date=_day(args.date), topic=args.topic, title=args.title, dry_run=args.dry_run
    )
    if args.json:
        cli.print_json(
            {
                "id": sv.log.id,
                "asked": sv.log.received,
                "satisfied": sv.log.answered,
                "rows": [
                    {"hamlet": r.hamlet, "question": r.question, "asked": r.asked, "satisfied": r.satisfied}
                    for r in sv.rows
                ],
                "written": not args.dry_run,
            }
        )
    else:
        verb = "Sẽ ghi" if args.dry_run else "Đã ghi"
        print(
            f"{verb} cuộc khảo sát “{sv.log.title}”: {sv.log.answered}/{sv.log.received} người hài lòng, "
            f"{len(sv.rows)} dòng kết quả."
        )
    return 0


def _survey_list(args, cli) -> int:
    from desktop.domain.commune import SURVEY_TOPICS
    from desktop.services import commune_party as rec

    rows = rec.surveys(cli.context(), args.period, args.topic)
    if args.json:
        cli.print_json(
            [
                {
                    "id": s.log.id,
                    "date": s.log.on_date,
                    "topic": s.log.topic,
                    "title": s.log.title,
                    "asked": s.log.received,
                    "satisfied": s.log.answered,
                    "rows": [
                        {"hamlet": r.hamlet, "question": r.question, "asked": r.asked, "satisfied": r.satisfied}
                        for r in s.rows
                    ],
                }
                for s in rows
            ]
        )
    else:
        for s in rows:
            topic = SURVEY_TOPICS.get(s.log.topic or "", "chưa ghi nội dung")
            print(
                f"{s.log.id:5} {s.log.on_date:%d/%m/%Y} {s.log.title} ({topic}): "
                f"{s.log.answered}/{s.log.received} người hài lòng"
            )
    return 0


def _dvk_add(args, cli) -> int:
    from desktop.domain.commune import DvkModel
    from desktop.services import commune_party as rec

    mid, _ = rec.save_dvk(
        cli.context(),
        DvkModel(None, args.name, args.field, args.owner, _day(args.date), args.content, args.result, args.recognition),
    )
    if args.json:
        cli.print_json({"id": mid})
    else:
        print(f"Đã ghi mô hình số {mid}.")
    return 0


def _dvk_list(args, cli) -> int:
    from desktop.domain.commune import DVK_FIELDS
    from desktop.services import commune_party as rec

    rows = rec.dvk_models(cli.context(), args.period)
    if args.json:
        cli.print_json(
            [
                {
                    "id": m.id,
                    "name": m.name,
                    "field": m.field,
                    "owner": m.owner,
                    "started_on": m.started_on,
                    "content": m.content,
                    "result": m.result,
                    "recognition": m.recognition,
                }
                for m in rows
            ]
        )
    else:
        for m in rows:
            print(
                f"{m.id:4} {m.started_on:%d/%m/%Y} {m.name} — {DVK_FIELDS[m.field]}, {m.owner}"
                + (f"; {m.recognition}" if m.recognition else "")
            )
    return 0
