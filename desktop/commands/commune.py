"""`sothidua commune …`: the commune party committee's records (issue 10).

sothidua commune log add --kind leader_visit --date 2026-11-07 --place "Thôn 3"
sothidua commune log add --kind survey --date 2026-10-20 --received 200 --answered 150
sothidua commune log list --period 2026 --json
sothidua commune value set --campaign chinh-quyen-than-thien --criterion CQTT-3.2 --value 1
sothidua commune model create --file model.json
sothidua commune task add --campaign dan-van-kheo --title "…" --lead "Ban Dân vận" --deadline 2026-06-30
sothidua commune task progress 3 60 --note "Đã khảo sát 4/6 thôn"
sothidua commune import --file nam-2026.json
sothidua commune review --period 2026 --json
sothidua commune doc programme|quarterly|review --period 2026 [--quarter 3] --out file.pdf
sothidua commune send programme|quarterly|review --period 2026 [--quarter 3]
"""

from __future__ import annotations

from datetime import date


def _date(text: str | None, field: str = "date") -> date | None:
    from desktop.domain.errors import DomainError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError(f"Ngày “{text}” không hợp lệ: ghi theo dạng YYYY-MM-DD.", field=field) from None


def register(sub) -> None:
    p = sub.add_parser("commune", help="Đảng ủy xã: sổ theo dõi, mô hình địa phương, chương trình hành động, sơ kết")
    cs = p.add_subparsers(dest="commune_cmd", metavar="ACTION", required=True)

    log = cs.add_parser("log", help="sổ theo dõi (lãnh đạo xuống thôn, tiếp công dân, khảo sát…)")
    ls = log.add_subparsers(dest="log_cmd", metavar="ACTION", required=True)
    a = ls.add_parser("add", help="ghi một bản ghi")
    a.add_argument(
        "--kind",
        required=True,
        help="loại: leader_visit, citizen_reception, dialogue, feedback, "
        "survey, supporters_meeting, discipline, rule_breach, supervision, initiative, dan_van_model",
    )
    a.add_argument("--date", required=True, help="YYYY-MM-DD")
    a.add_argument("--place", default="", help="thôn, tổ dân phố")
    a.add_argument("--title", default="")
    a.add_argument("--received", type=int, help="phản ánh: số tiếp nhận; khảo sát: số người được hỏi")
    a.add_argument("--answered", type=int, help="phản ánh: số đã trả lời; khảo sát: số người hài lòng")
    a.add_argument("--note", default="")
    a.add_argument(
        "--topic",
        choices=["phuc-vu", "cuoc-song"],
        help="khảo sát: phuc-vu (phục vụ của chính quyền) hoặc cuoc-song (đối với cuộc sống)",
    )
    a.add_argument("--attach", action="append", default=[], metavar="TỆP", help="tệp minh chứng (nhiều lần được)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_log_add)
    li = ls.add_parser("list", help="liệt kê")
    li.add_argument("--period")
    li.add_argument("--kind")
    li.add_argument("--json", action="store_true")
    li.set_defaults(handler=_log_list)
    d = ls.add_parser("delete", help="xóa một bản ghi")
    d.add_argument("id", type=int)
    d.set_defaults(handler=_log_delete)

    val = cs.add_parser("value", help="ghi số liệu hoặc đánh giá của một tiêu chí")
    vs = val.add_subparsers(dest="value_cmd", metavar="ACTION", required=True)
    v = vs.add_parser("set")
    v.add_argument("--campaign", required=True)
    v.add_argument("--criterion", required=True)
    v.add_argument("--period")
    v.add_argument("--value", type=float, help="tỉ lệ 0–1, điểm, hoặc 1/0 cho có/không")
    v.add_argument("--verdict", choices=["met", "not_met"])
    v.add_argument("--note", default="")
    v.add_argument("--assessor", default="", help="họ tên người đánh giá")
    v.add_argument("--attach", action="append", default=[], metavar="TỆP", help="tệp minh chứng")
    v.set_defaults(handler=_value_set)

    mod = cs.add_parser("model", help="mô hình địa phương")
    ms = mod.add_subparsers(dest="model_cmd", metavar="ACTION", required=True)
    m = ms.add_parser("create", help="tạo (hoặc tạo phiên bản mới) từ tệp JSON cùng định dạng danh mục")
    m.add_argument("--file", required=True)
    m.add_argument("--json", action="store_true")
    m.set_defaults(handler=_model_create)
    ml = ms.add_parser("list")
    ml.add_argument("--json", action="store_true")
    ml.set_defaults(handler=_model_list)

    task = cs.add_parser("task", help="chương trình hành động: nhiệm vụ theo mô hình")
    ts = task.add_subparsers(dest="task_cmd", metavar="ACTION", required=True)
    t = ts.add_parser("add")
    t.add_argument("--campaign", required=True)
    t.add_argument("--title", required=True)
    t.add_argument("--lead", required=True, help="cơ quan chủ trì")
    t.add_argument("--deadline")
    t.add_argument("--output", default="", help="sản phẩm dự kiến")
    t.add_argument("--progress", type=int, default=0)
    t.add_argument("--period")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=_task_add)
    tp = ts.add_parser("progress")
    tp.add_argument("id", type=int)
    tp.add_argument("progress", type=int)
    tp.add_argument("--note", default="")
    tp.set_defaults(handler=_task_progress)
    tl = ts.add_parser("list")
    tl.add_argument("--period")
    tl.add_argument("--json", action="store_true")
    tl.set_defaults(handler=_task_list)

    im = cs.add_parser("import", help="nhập sổ của một năm từ tệp JSON (models, logs, values, tasks)")
    im.add_argument("--file", required=True)
    im.add_argument("--json", action="store_true")
    im.set_defaults(handler=_import)

    rv = cs.add_parser("review", help="số liệu sơ kết: mọi mô hình và sự hài lòng")
    rv.add_argument("--period")
    rv.add_argument("--as-of")
    rv.add_argument("--json", action="store_true")
    rv.set_defaults(handler=_review)

    reg = cs.add_parser("register", help="đăng ký các mô hình của năm (mô hình bắt buộc luôn có) và xem lịch")
    reg.add_argument("--period")
    reg.add_argument(
        "--model",
        action="append",
        default=[],
        metavar="MÃ",
        help="mô hình tự chọn hoặc của địa phương (nhiều lần được)",
    )
    reg.add_argument("--dvk-model", default="", help="tên mô hình “Dân vận khéo” đăng ký xây dựng trong năm")
    reg.add_argument("--note", default="")
    reg.add_argument("--show", action="store_true", help="chỉ xem, không ghi")
    reg.add_argument("--json", action="store_true")
    reg.set_defaults(handler=_register)

    doc = cs.add_parser("doc", help="in văn bản theo thể thức của Đảng")
    doc.add_argument("kind", choices=["registration", "programme", "quarterly", "review"])
    doc.add_argument("--date", help="ngày ban hành, YYYY-MM-DD (mặc định hôm nay)")
    doc.add_argument("--period")
    doc.add_argument("--quarter", type=int)
    doc.add_argument("--as-of")
    doc.add_argument("--out", required=True)
    doc.add_argument("--draft", action="store_true", help="không lấy số văn bản")
    doc.set_defaults(handler=_doc)

    send = cs.add_parser("send", help="gửi văn bản lên cấp trên thành gói (chờ gửi trong hộp thư đi)")
    send.add_argument("kind", choices=["registration", "programme", "quarterly", "review"])
    send.add_argument("--period")
    send.add_argument("--quarter", type=int)
    send.add_argument("--out", metavar="DIR", help="ghi luôn tệp gói vào thư mục này (gửi qua Zalo, USB)")
    send.add_argument("--json", action="store_true")
    send.set_defaults(handler=_send)

    from desktop.commands.commune_records import register_under

    register_under(cs)  # thon, survey, dvk


def _register(args, cli) -> int:
    from desktop.services import commune_party as commune_register

    ctx = cli.context()
    if not args.show:
        commune_register.register(ctx, args.period, args.model, dvk_model=args.dvk_model, note=args.note)
    view = commune_register.registration(ctx, args.period)
    reg = view.registration
    cal = commune_register.calendar(ctx, reg.period)
    if args.json:
        cli.print_json(
            {
                "period": reg.period,
                "registered_on": reg.registered_on,
                "dvk_model": reg.dvk_model,
                "models": [
                    {"id": c.id, "title": c.title, "kind": c.kind, "criteria": c.criteria, "chosen": c.chosen}
                    for c in view.choices
                ],
                "calendar": [{"date": d.due, "title": d.title_vi, "own": d.actor == "dang-uy-xa"} for d in cal],
            }
        )
    else:
        state = f"đã đăng ký ngày {reg.registered_on:%d/%m/%Y}" if reg.registered else "chưa đăng ký"
        print(f"Năm {reg.period}: {state}.")
        for c in view.choices:
            print(f"  [{'x' if c.chosen else ' '}] {c.title}")
        for d in cal:
            print(f"  {d.due:%d/%m/%Y}  {d.title_vi}")
    return 0


def _log_add(args, cli) -> int:
    from desktop.domain.commune import CommuneLog
    from desktop.services import commune_party as commune

    log = CommuneLog(
        None, args.kind, _date(args.date), args.place, args.title, args.received, args.answered, args.note, args.topic
    )
    lid, _ = commune.add_log(cli.context(), log)
    if args.attach:
        from desktop.services.commune_party import attach_to_log

        for f in args.attach:
            attach_to_log(cli.context(), lid, f)
    if args.json:
        cli.print_json({"id": lid})
    else:
        print(f"Đã ghi bản ghi số {lid}.")
    return 0


def _log_list(args, cli) -> int:
    from desktop.domain.commune import LOG_KINDS
    from desktop.services import commune_party as commune

    rows = commune.logs(cli.context(), args.period, args.kind)
    if args.json:
        cli.print_json(
            [
                {
                    "id": g.id,
                    "kind": g.kind,
                    "date": g.on_date,
                    "place": g.place,
                    "title": g.title,
                    "received": g.received,
                    "answered": g.answered,
                    "note": g.note,
                }
                for g in rows
            ]
        )
    else:
        for g in rows:
            nums = f" ({g.answered}/{g.received})" if g.received is not None else ""
            print(f"{g.id:5} {g.on_date:%d/%m/%Y} {LOG_KINDS[g.kind].label_vi}: {g.place} {g.title}{nums}")
    return 0


def _log_delete(args, cli) -> int:
    from desktop.services import commune_party as commune

    commune.delete_log(cli.context(), args.id)
    print(f"Đã xóa bản ghi số {args.id}.")
    return 0


def _value_set(args, cli) -> int:
    from desktop.services import commune_party as commune

    commune.record_value(
        cli.context(),
        args.campaign,
        args.criterion,
        args.period,
        value=args.value,
        verdict=args.verdict,
        note=args.note,
        assessor=args.assessor,
        attachments=tuple(args.attach),
    )
    print(f"Đã ghi {args.criterion}.")
    return 0


def _model_create(args, cli) -> int:
    from desktop.services import commune_party as commune

    cat, _ = commune.create_local_model_from_file(cli.context(), args.file)
    if args.json:
        cli.print_json({"id": cat.id, "version": cat.version, "criteria": len(cat.criteria)})
    else:
        print(f"Đã lưu mô hình “{cat.title_vi}” ({cat.id}, phiên bản {cat.version}, {len(cat.criteria)} tiêu chí).")
    return 0


def _model_list(args, cli) -> int:
    from desktop.services.catalogs import local_catalogs

    cats = local_catalogs(cli.context())
    if args.json:
        cli.print_json(
            [
                {"id": c.id, "version": c.version, "title_vi": c.title_vi, "criteria": len(c.criteria)}
                for c in cats.values()
            ]
        )
    else:
        for c in cats.values():
            print(f"{c.id} (v{c.version}): {c.title_vi} — {len(c.criteria)} tiêu chí")
    return 0


def _task_add(args, cli) -> int:
    from desktop.domain.commune import ProgrammeTask
    from desktop.services import commune_party as commune
    from desktop.services.units import resolve_period

    ctx = cli.context()
    period = resolve_period(ctx, cli.unit().code, args.period).label
    tid, _ = commune.add_task(
        ctx,
        ProgrammeTask(
            None,
            period,
            args.campaign,
            args.title,
            args.lead,
            _date(args.deadline, "deadline"),
            args.output,
            args.progress,
        ),
    )
    if args.json:
        cli.print_json({"id": tid})
    else:
        print(f"Đã thêm nhiệm vụ số {tid}.")
    return 0


def _task_progress(args, cli) -> int:
    from desktop.services import commune_party as commune

    commune.set_task_progress(cli.context(), args.id, args.progress, args.note)
    print(f"Nhiệm vụ số {args.id}: tiến độ {args.progress}%.")
    return 0


def _task_list(args, cli) -> int:
    from desktop.domain.commune import TASK_STATES
    from desktop.services import commune_party as commune

    ctx = cli.context()
    rows = commune.tasks(ctx, args.period)
    today = ctx.today()
    if args.json:
        cli.print_json(
            [
                {
                    "id": t.id,
                    "campaign": t.campaign_id,
                    "title": t.title,
                    "lead_agency": t.lead_agency,
                    "deadline": t.deadline,
                    "expected_output": t.expected_output,
                    "progress": t.progress,
                    "progress_note": t.progress_note,
                    "state": t.state(today),
                }
                for t in rows
            ]
        )
    else:
        for t in rows:
            dl = f"{t.deadline:%d/%m/%Y}" if t.deadline else "—"
            print(
                f"{t.id:4} [{t.campaign_id}] {t.title} — {t.lead_agency}, hạn {dl}, {t.progress}% "
                f"({TASK_STATES[t.state(today)]})"
            )
    return 0


def _import(args, cli) -> int:
    from pathlib import Path

    from desktop.domain.errors import DomainError
    from desktop.services import commune_party as commune

    from desktop.domain import bounded_json

    try:
        data = bounded_json.loads(Path(args.file).read_bytes(), Path(args.file).name)  # bounded
    except FileNotFoundError:
        raise DomainError(f"Không tìm thấy tệp “{args.file}”.", field="file") from None
    counts, _ = commune.import_records(cli.context(), data)
    if args.json:
        cli.print_json(counts)
    else:
        print(
            f"Đã nhập {counts['models']} mô hình, {counts['logs']} bản ghi sổ, {counts['values']} số liệu/đánh giá, "
            f"{counts['tasks']} nhiệm vụ."
        )
    return 0


def _review(args, cli) -> int:
    from desktop.services import commune_party as commune

    ctx = cli.context()
    as_of = _date(args.as_of, "as_of")
    evs = commune.evaluate_all(ctx, args.period, as_of=as_of)
    sat = commune.satisfaction(ctx, args.period)
    if args.json:
        cli.print_json(
            {
                "models": [
                    {
                        "campaign": e.campaign,
                        "met": e.met,
                        "applicable": e.applicable,
                        "completion_share": round(e.completion_share, 4),
                        "counts": e.counts(),
                    }
                    for e in evs
                ],
                "satisfaction": {
                    "surveys": len(sat.surveys),
                    "asked": sat.asked,
                    "satisfied": sat.satisfied,
                    "share": None if sat.share is None else round(sat.share, 4),
                    "target": sat.target,
                },
                "logs": commune.log_counts(ctx, args.period),
            }
        )
    else:
        for e in evs:
            print(
                f"{e.campaign}: {e.met}/{e.applicable} tiêu chí đạt ({e.completion_share * 100:.1f}%)".replace(
                    ".", ",", 1
                )
            )
        share = "—" if sat.share is None else f"{sat.share * 100:.1f}%".replace(".", ",")
        print(f"Hài lòng: {sat.satisfied}/{sat.asked} người được hỏi ({share}), mục tiêu {sat.target * 100:.0f}%.")
    return 0


def _doc(args, cli) -> int:
    from desktop.services import commune_party as commune

    res = commune.save_document(
        cli.context(),
        args.kind,
        args.out,
        period=args.period,
        quarter=args.quarter,
        as_of=_date(args.as_of, "as_of"),
        draft=args.draft,
        issued_on=_date(args.date, "date"),
    )
    print(
        f"Đã in “{res.title}” ({res.pages} trang) vào {args.out}" + (f", số {res.number}" if res.number else "") + "."
    )
    return 0


def _send(args, cli) -> int:
    from desktop.services import commune_party as commune

    from pathlib import Path

    from desktop.services import exchange as sending

    ctx = cli.context()
    item = commune.send_document(ctx, args.kind, period=args.period, quarter=args.quarter)
    saved = sending.save_file(ctx, item.package_id, Path(args.out)) if args.out else None
    if args.json:
        cli.print_json(
            {
                "package_id": item.package_id,
                "kind": item.kind,
                "recipient": item.recipient_code,
                "period": item.period,
                "quarter": item.quarter,
                "version": item.version,
                "title": item.title,
                "saved_to": str(saved) if saved else None,
            }
        )
        return 0
    print(f"Đã đưa vào hộp thư đi: {item.title} (gói {item.package_id}, phiên bản {item.version}).")
    if saved:
        print(f"Đã lưu tệp: {saved}")
    return 0
