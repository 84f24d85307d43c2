"""`sothidua evaluate`: where a branch stands on every criterion (issue 5 item 7).

sothidua evaluate --campaign chi-doan-xhcn --period 2026 --json
sothidua evaluate --period 2026 --all-branches --json     # on a Đoàn cơ sở: a JSON list, one entry per branch
sothidua evaluate --period 2026 --branch CD-TDP3 --json   # one branch the Đoàn cơ sở holds
sothidua evaluate --quarters                               # the quarter view
"""

from __future__ import annotations

from datetime import date


def register(sub) -> None:
    p = sub.add_parser("evaluate", help="đánh giá mức độ hoàn thành các tiêu chí")
    p.add_argument("--campaign", default="chi-doan-xhcn", help="bộ tiêu chí (mặc định chi-doan-xhcn)")
    p.add_argument("--period", help="kỳ đánh giá: năm (2026) hoặc năm học (2025-2026); mặc định kỳ hiện tại")
    who = p.add_mutually_exclusive_group()
    who.add_argument(
        "--all-branches", action="store_true", help="Đoàn cơ sở: đánh giá mọi chi đoàn trực thuộc (JSON: một danh sách)"
    )
    who.add_argument("--branch", metavar="MÃ", help="Đoàn cơ sở: đánh giá một chi đoàn trực thuộc")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="ngày đánh giá (mặc định hôm nay)")
    p.add_argument("--quarters", action="store_true", help="xem theo từng quý")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=_evaluate)


def _as_of(text: str | None) -> date | None:
    from desktop.domain.errors import DomainError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError(f"Ngày đánh giá “{text}” không hợp lệ: ghi theo dạng YYYY-MM-DD.", field="as_of") from None


def _fmt(v) -> str:
    if v is None:
        return "—"
    if isinstance(v, bool):
        return "có" if v else "không"
    if isinstance(v, float):
        return f"{v * 100:.1f}%".replace(".", ",") if v <= 1.0 else f"{v:g}".replace(".", ",")
    return str(v)


def _print_text(ev) -> None:
    from desktop.domain.evaluation_model import status_words
    from desktop.i18n.catalogue import say

    print(
        f"{ev.unit_name} ({ev.unit_code}) — {ev.campaign}, kỳ {ev.period.label} "
        f"({ev.period.start:%d/%m/%Y}–{ev.period.end:%d/%m/%Y}), ngày đánh giá {ev.as_of:%d/%m/%Y}"
    )
    for r in ev.criteria:
        label = say(status_words(r.status))
        print(f"  {r.id:7} {label:20} {_fmt(r.value):>8} / {_fmt(r.threshold):<8} {say(r.explanation)}")
    print(
        f"  Hoàn thành {ev.met}/{ev.applicable} tiêu chí áp dụng ({ev.completion_share * 100:.1f}%)".replace(".", ",")
        + f". {say(ev.recognition)}"
    )


def _evaluate_commune(args, cli, ctx, as_of) -> int:
    """`sothidua evaluate --campaign <commune catalog>`: the generic engine (desktop/domain/commune_eval.py)."""
    from desktop.i18n.catalogue import say
    from desktop.services import commune_party as commune

    ev = commune.evaluate(ctx, args.campaign, args.period, as_of=as_of)
    if args.json:
        cli.print_json(ev.to_json(say))
    else:
        _print_text(ev)
    return 0


def _evaluate(args, cli) -> int:
    from desktop.domain.errors import DomainError
    from desktop.domain.units import UnitKind
    from desktop.i18n.catalogue import say
    from desktop.services.year import evaluate_branches, evaluate_quarters, evaluate_unit, held_branches

    ctx = cli.context()
    me = cli.unit()
    as_of = _as_of(args.as_of)
    from desktop.services.commune_party import is_commune_campaign  # issue 10: commune catalogs

    if is_commune_campaign(ctx, args.campaign):
        return _evaluate_commune(args, cli, ctx, as_of)
    if args.all_branches:
        if me.kind is UnitKind.CHI_DOAN:
            results = [evaluate_unit(ctx, me.code, args.period, campaign=args.campaign, as_of=as_of)]
        else:
            results = evaluate_branches(ctx, me.code, args.period, campaign=args.campaign, as_of=as_of)
            if not results:
                raise DomainError(f"{me.name} chưa có chi đoàn trực thuộc nào trong dữ liệu.", field="branch")
        if args.json:
            cli.print_json([ev.to_json(say) for ev in results])
        else:
            for ev in results:
                _print_text(ev)
                print()
            ok = sum(1 for ev in results if ev.recognisable)
            print(f"{ok}/{len(results)} chi đoàn đủ điều kiện đề nghị công nhận.")
        return 0
    code = me.code
    if args.branch:
        held = {u.code for u in held_branches(ctx, me.code)}
        if args.branch != me.code and args.branch not in held:
            raise DomainError(
                f"“{args.branch}” không phải chi đoàn trực thuộc {me.name} trong dữ liệu.", field="branch"
            )
        code = args.branch
    elif me.kind is not UnitKind.CHI_DOAN:
        raise DomainError(
            f"{me.name} là {me.kind.label_vi.lower()}: dùng --all-branches để đánh giá mọi chi "
            "đoàn trực thuộc, hoặc --branch MÃ cho một chi đoàn.",
            field="branch",
        )
    if args.quarters:
        qs = evaluate_quarters(ctx, code, args.period, campaign=args.campaign)
        if args.json:
            cli.print_json(
                [
                    {
                        "quarter": q.index,
                        "label_vi": q.label_vi,
                        "start": q.start,
                        "end": q.end,
                        "evaluation": q.evaluation.to_json(say) if q.evaluation else None,
                    }
                    for q in qs
                ]
            )
        else:
            for q in qs:
                print(f"== {q.label_vi} ({q.start:%d/%m/%Y}–{q.end:%d/%m/%Y})")
                if q.evaluation:
                    _print_text(q.evaluation)
                else:
                    print("  Chưa bắt đầu.")
        return 0
    ev = evaluate_unit(ctx, code, args.period, campaign=args.campaign, as_of=as_of)
    if args.json:
        cli.print_json(ev.to_json(say))
    else:
        _print_text(ev)
    return 0
