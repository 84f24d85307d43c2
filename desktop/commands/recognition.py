"""`sothidua recognition …`: step 3 "Công nhận" without the screens (issue 5 item 5).

sothidua recognition members --period 2026 --json                 # Đoàn viên XHCN board
sothidua recognition assess --period 2026 --member 12 --group P1=dat:"Tham gia đầy đủ" …
sothidua recognition vote --period 2026 --date 2026-11-15 --member 12 --for 20 --against 1 --absent 2
sothidua recognition propose --period 2026 --member 12 --member 14
sothidua recognition branch --period 2026 --json                  # self-assessment, appraisal, outcome
sothidua recognition submit --period 2026 --propose --claim CD-3.1=met
sothidua recognition appraise --branch CD-TDP3 --period 2026 --criterion CD-1.1 --disagree --comment "…"
sothidua recognition decide --period 2026 --number 15-QĐ/ĐTN --date 2026-11-25 --branch CD-TDP3 --member 12
sothidua recognition decisions --period 2026 --json
"""

from __future__ import annotations

from datetime import date


def register(sub) -> None:
    p = sub.add_parser("recognition", help="Bước 3 — công nhận Đoàn viên XHCN và Chi đoàn XHCN")
    rs = p.add_subparsers(dest="rec_cmd", metavar="ACTION", required=True)

    def common(q, *, unit=True):
        q.add_argument("--period", help="kỳ: năm (2026) hoặc năm học (2025-2026); mặc định kỳ hiện tại")
        if unit:
            q.add_argument("--unit", metavar="MÃ", help="mã chi đoàn (mặc định: đơn vị của máy này)")
        q.add_argument("--json", action="store_true", help="in JSON")

    q = rs.add_parser("members", help="bảng xét Đoàn viên XHCN của chi đoàn")
    common(q)
    q.set_defaults(handler=_members)

    q = rs.add_parser("assess", help="ghi tự đánh giá cuối năm của một đoàn viên")
    common(q)
    q.add_argument("--member", type=int, required=True, help="mã số đoàn viên (cột id)")
    q.add_argument(
        "--group",
        action="append",
        default=[],
        metavar="NHÓM=dat|chua_dat[:MINH CHỨNG]",
        help='kết quả một nhóm, ví dụ P1=dat:"Tham gia đầy đủ"',
    )
    q.add_argument("--score", type=float, help="điểm rèn luyện (0–100), nếu chi đoàn dùng")
    q.set_defaults(handler=_assess)

    q = rs.add_parser("vote", help="ghi biểu quyết của hội nghị chi đoàn về một đoàn viên")
    common(q)
    q.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="ngày họp")
    q.add_argument("--member", type=int, required=True)
    q.add_argument("--for", dest="votes_for", type=int, required=True, help="số tán thành")
    q.add_argument("--against", type=int, required=True, help="số không tán thành")
    q.add_argument("--absent", type=int, default=0, help="số vắng mặt")
    q.set_defaults(handler=_vote)

    q = rs.add_parser("propose", help="danh sách đoàn viên chi đoàn đề nghị công nhận")
    common(q)
    q.add_argument("--member", type=int, action="append", default=[], help="mã số đoàn viên (lặp lại)")
    q.add_argument("--force", action="store_true", help="đề nghị cả đoàn viên chưa đủ điều kiện theo quy tắc")
    q.set_defaults(handler=_propose)

    q = rs.add_parser("branch", help="hồ sơ tự đánh giá, đề nghị và thẩm định của chi đoàn")
    common(q)
    q.set_defaults(handler=_branch)

    q = rs.add_parser("submit", help="lưu (và gửi) tự đánh giá, đề nghị công nhận Chi đoàn XHCN")
    common(q)
    q.add_argument("--propose", action="store_true", help="đề nghị công nhận Chi đoàn XHCN")
    q.add_argument("--self-assessment", default="", metavar="VĂN BẢN", help="bản tự đánh giá cuối năm")
    q.add_argument("--document", default="", metavar="SỐ", help="số văn bản đề nghị")
    q.add_argument("--claim", action="append", default=[], metavar="CD-x.y=met|not_met|not_applicable[:GHI CHÚ]")
    q.add_argument("--draft", action="store_true", help="chỉ lưu nháp, chưa gửi")
    q.set_defaults(handler=_submit)

    q = rs.add_parser("withdraw", help="rút hồ sơ đề nghị đã gửi để sửa")
    common(q)
    q.set_defaults(handler=_withdraw)

    q = rs.add_parser("appraise", help="Đoàn cơ sở thẩm định một tiêu chí của chi đoàn")
    common(q, unit=False)
    q.add_argument("--branch", required=True, metavar="MÃ")
    q.add_argument("--criterion", required=True, metavar="CD-x.y")
    agree = q.add_mutually_exclusive_group(required=True)
    agree.add_argument("--agree", action="store_true")
    agree.add_argument("--disagree", action="store_true")
    q.add_argument("--comment", default="")
    q.set_defaults(handler=_appraise)

    q = rs.add_parser("decide", help="ghi quyết định công nhận (số, ngày) cho chi đoàn và đoàn viên")
    common(q, unit=False)
    q.add_argument("--number", required=True, help="số quyết định, ví dụ 15-QĐ/ĐTN")
    q.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    q.add_argument("--branch", action="append", default=[], metavar="MÃ", help="chi đoàn được công nhận (lặp lại)")
    q.add_argument("--member", type=int, action="append", default=[], help="đoàn viên được công nhận (lặp lại)")
    q.add_argument("--issuer", help="cơ quan ban hành (mặc định: Đoàn cơ sở của máy này / cấp trên của chi đoàn)")
    q.add_argument(
        "--exception-reason",
        metavar="LÝ DO",
        help="lý do công nhận ngoại lệ chi đoàn, đoàn viên chưa qua thẩm định (in trong phụ lục)",
    )
    q.set_defaults(handler=_decide)

    q = rs.add_parser("appraise-member", help="Đoàn cơ sở đồng ý hoặc không đồng ý đề nghị công nhận một đoàn viên")
    common(q, unit=False)
    q.add_argument("--member", type=int, required=True, help="mã số đoàn viên (cột id)")
    verdict = q.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--accept", action="store_true")
    verdict.add_argument("--refuse", action="store_true")
    q.add_argument("--reason", default="", help="lý do (bắt buộc khi không đồng ý)")
    q.set_defaults(handler=_appraise_member)

    q = rs.add_parser("decisions", help="các quyết định công nhận đã ghi")
    common(q, unit=False)
    q.set_defaults(handler=_decisions)


def _date(text: str, what: str) -> date:
    from desktop.domain.errors import DomainError

    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise DomainError(f"{what} “{text}” không hợp lệ: ghi theo dạng YYYY-MM-DD.", field="date") from None


def _unit_code(args, cli) -> str:
    return getattr(args, "unit", None) or cli.unit().code


def _period(args, cli, unit_code: str) -> str:
    """The period the command is about: ``--period`` as given, else the unit's current one."""
    if args.period:
        return args.period
    from desktop.services.units import resolve_period

    return resolve_period(cli.context(), unit_code).label


def _board_json(board) -> dict:
    return {
        "unit": board.unit.code,
        "period": board.period.label,
        "catalog": board.catalog.id,
        "vote_threshold": board.vote_threshold,
        "vote_base": board.vote_base,
        "eligible": board.eligible,
        "recognised": board.recognised,
        "members": [
            {
                "id": r.member.id,
                "full_name": r.member.full_name,
                "groups": {g: {"result": res, "evidence": ev} for g, (res, ev) in r.results.items()},
                "training_score": r.training_score,
                "conditions": [
                    {
                        "id": c.id,
                        "met": c.met,
                        "blocking": c.blocking,
                        "value": c.value,
                        "explanation_vi": c.explanation_vi,
                    }
                    for c in r.verdict.conditions
                ],
                "vote": (
                    {
                        "meeting_date": r.meeting_date,
                        "for": r.vote.votes_for,
                        "against": r.vote.votes_against,
                        "absent": r.vote.votes_absent,
                    }
                    if r.vote
                    else None
                ),
                "eligible": r.verdict.eligible,
                "missing_vi": list(r.verdict.reasons_vi),
                "proposed": r.proposed,
                "recognition": r.recognition,
            }
            for r in board.rows
        ],
    }


def _members(args, cli) -> int:
    from desktop.services import year as svc

    code = _unit_code(args, cli)
    board = svc.member_board(cli.context(), code, _period(args, cli, code))
    if args.json:
        cli.print_json(_board_json(board))
        return 0
    print(f"{board.unit.name} — Đoàn viên XHCN kỳ {board.period.label} ({board.catalog.title_vi})")
    for r in board.rows:
        mark = "✓" if r.recognition else ("đủ ĐK" if r.verdict.eligible else "chưa")
        extra = "" if r.verdict.eligible or r.recognition else " — " + "; ".join(r.verdict.reasons_vi)
        print(f"  {r.member.id:>5}  {r.member.full_name:30} {mark}{' (đề nghị)' if r.proposed else ''}{extra}")
    print(f"  Đủ điều kiện: {board.eligible}/{len(board.rows)}; đã công nhận: {board.recognised}.")
    return 0


def _assess(args, cli) -> int:
    from desktop.domain.errors import DomainError
    from desktop.services import year as svc

    results = {}
    for g in args.group:
        if "=" not in g:
            raise DomainError(f"“{g}” phải có dạng NHÓM=dat hoặc NHÓM=chua_dat[:minh chứng].", field="group")
        gid, rest = g.split("=", 1)
        res, _, ev = rest.partition(":")
        results[gid.strip()] = (res.strip(), ev.strip())
    if not results:
        raise DomainError("Chưa có kết quả nhóm nào (--group P1=dat …).", field="group")
    code = _unit_code(args, cli)
    svc.save_self_assessment(
        cli.context(), code, _period(args, cli, code), args.member, results, training_score=args.score
    )
    return _done(args, cli, "Đã lưu tự đánh giá.")


def _vote(args, cli) -> int:
    from desktop.domain.recognition import Vote
    from desktop.services import year as svc

    code = _unit_code(args, cli)
    svc.record_votes(
        cli.context(),
        code,
        _period(args, cli, code),
        _date(args.date, "Ngày họp"),
        {args.member: Vote(args.votes_for, args.against, args.absent)},
    )
    return _done(args, cli, "Đã ghi biểu quyết.")


def _propose(args, cli) -> int:
    from desktop.services import year as svc

    code = _unit_code(args, cli)
    svc.set_member_proposals(cli.context(), code, _period(args, cli, code), args.member, allow_ineligible=args.force)
    return _done(args, cli, f"Đã lưu danh sách đề nghị ({len(set(args.member))} đoàn viên).")


def _dossier_json(d) -> dict:
    o = d.outcome
    return {
        "unit": d.unit.code,
        "period": d.period.label,
        "status": d.status,
        "submitted_on": d.submitted_on,
        "proposes_recognition": d.proposes_recognition,
        "document_number": d.document_number,
        "self_assessment": d.self_assessment,
        "proposed_members": list(d.proposed_members),
        "criteria": [
            {"id": cid, **it, "appraisal": d.appraisals.get(cid), "appraised": o.per_criterion.get(cid) if o else None}
            for cid, it in d.items.items()
        ],
        "appraised_met": o.met if o else None,
        "applicable": o.applicable if o else None,
        "required": o.required if o else None,
        "recognisable_after_appraisal": o.recognisable if o else None,
        "pending_appraisal": list(o.pending) if o else [],
        "recognition": d.recognition,
    }


def _branch(args, cli) -> int:
    from desktop.services import year as svc

    code = _unit_code(args, cli)
    d = svc.branch_dossier(cli.context(), code, _period(args, cli, code))
    if args.json:
        cli.print_json(_dossier_json(d))
        return 0
    print(f"{d.unit.name} — hồ sơ Chi đoàn XHCN kỳ {d.period.label}: {d.status}")
    for cid, it in d.items.items():
        ap = d.appraisals.get(cid)
        ap_txt = "" if ap is None else (" | ĐCS: đồng ý" if ap["agree"] else f" | ĐCS: không đồng ý — {ap['comment']}")
        print(f"  {cid:7} {it['claim']:15} {it['explanation'][:70]}{ap_txt}")
    o = d.outcome
    print(
        f"  Sau thẩm định: {o.met}/{o.applicable} tiêu chí đạt, cần {o.required}: "
        + ("đủ điều kiện công nhận." if o.recognisable else "chưa đủ điều kiện công nhận.")
    )
    return 0


def _submit(args, cli) -> int:
    from desktop.domain.errors import DomainError
    from desktop.services import year as svc

    claims = {}
    for c in args.claim:
        if "=" not in c:
            raise DomainError(f"“{c}” phải có dạng CD-x.y=met|not_met|not_applicable[:ghi chú].", field="claim")
        cid, rest = c.split("=", 1)
        claim, _, comment = rest.partition(":")
        claims[cid.strip()] = (claim.strip(), comment.strip())
    code = _unit_code(args, cli)
    svc.save_branch_proposal(
        cli.context(),
        code,
        _period(args, cli, code),
        self_assessment=args.self_assessment,
        claims=claims,
        proposes_recognition=args.propose,
        document_number=args.document,
        submit=not args.draft,
    )
    return _done(args, cli, "Đã lưu nháp hồ sơ đề nghị." if args.draft else "Đã gửi hồ sơ đề nghị.")


def _withdraw(args, cli) -> int:
    from desktop.services import year as svc

    code = _unit_code(args, cli)
    svc.withdraw_proposal(cli.context(), code, _period(args, cli, code))
    return _done(args, cli, "Đã rút hồ sơ đề nghị về bản nháp.")


def _appraise(args, cli) -> int:
    from desktop.services import year as svc

    svc.appraise(
        cli.context(), args.branch, _period(args, cli, args.branch), args.criterion, bool(args.agree), args.comment
    )
    return _done(args, cli, "Đã ghi thẩm định.")


def _decide(args, cli) -> int:
    from desktop.services import year as svc

    ctx = cli.context()
    period = args.period or _period(args, cli, args.branch[0] if args.branch else cli.unit().code)
    svc.issue_decision(
        ctx,
        period,
        args.number,
        _date(args.date, "Ngày quyết định"),
        branch_codes=args.branch,
        member_ids=args.member,
        issuer_name=args.issuer,
        exceptions={"*": args.exception_reason} if args.exception_reason else None,
    )
    return _done(args, cli, f"Đã ghi quyết định {args.number}.")


def _appraise_member(args, cli) -> int:
    from desktop.services import year as svc

    ctx = cli.context()
    period = args.period or _period(args, cli, cli.unit().code)
    svc.appraise_member(ctx, args.member, period, bool(args.accept), args.reason)
    return _done(args, cli, "Đã ghi thẩm định đoàn viên.")


def _decisions(args, cli) -> int:
    from desktop.services import year as svc

    items = svc.decisions(cli.context(), args.period)
    if args.json:
        cli.print_json(items)
        return 0
    for d in items:
        when = d["decision_date"].strftime("%d/%m/%Y") if d["decision_date"] else "—"
        print(
            f"{d['decision_number']} ngày {when} ({d['issuer_name']}), kỳ {d['period_label']}: "
            f"{len(d['branches'])} chi đoàn, {len(d['members'])} đoàn viên"
        )
    return 0


def _done(args, cli, message: str) -> int:
    if getattr(args, "json", False):
        cli.print_json({"ok": True, "message": message})
    else:
        print(message)
    return 0
