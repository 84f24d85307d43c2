"""The reviews as printed documents (issue 23 items 3 and 5): the data of an upper level's summary,
of the interim/final review (D11) and of the emulation ranking (D10) with the rules it applies,
taken from the reviews (reviews.py) and the year's facts (review_facts.py)."""

from __future__ import annotations

from datetime import date

from desktop.domain import reviews as R
from desktop.domain.errors import DomainError
from desktop.domain.units import UnitKind
from desktop.services.context import AppContext
from desktop.services.reporting.review_facts import UnionFacts, _received, _type_vi, year_facts
from desktop.services.reporting.reviews import criteria_across, ranking, trend


# ============================================================== the documents (desktop/reports)
def _union_line(u: UnionFacts):
    from desktop.reports import model as M

    t = u.tally
    return M.UnionLine(
        name=u.name,
        source=u.source,
        branches=t.branches,
        registered=t.registered,
        registered_on_time=t.registered_on_time,
        recognisable=t.recognisable,
        recognised=t.recognised,
        members=t.members,
        members_recognised=t.members_recognised if t.members_known else None,
        members_known=t.members_known,
        members_registered=t.members_registered if t.members_registered_base else None,
        members_registered_base=t.members_registered_base,
    )


def _fail_lines(ctx: AppContext, period: str, limit: int = 16):
    from desktop.reports import model as M

    res = criteria_across(ctx, period)
    return tuple(
        M.CriterionFailLine(c.id, c.title_vi, c.judged, c.failed, c.at_risk) for c in res.criteria[:limit] if c.judged
    )


def _registered_on(b: dict) -> date | None:
    try:
        return date.fromisoformat(str(b.get("registered_on"))[:10]) if b.get("registered_on") else None
    except ValueError:
        return None


def upper_summary_data(ctx: AppContext, scope, numbering, summary_kind: str):
    """A Đoàn cấp trên's registration or results summary over its Đoàn cơ sở, with the branch
    annex, from the summaries they sent (``scope``/``numbering``: desktop/services/reporting/report_scope.py)."""
    from desktop.reports import model as M
    from desktop.services.reporting import report_scope as rep
    from desktop.services.reporting import report_upper

    me, period = scope.me, scope.period
    unions = year_facts(ctx, (period.label,))[period.label]
    if not unions:
        raise DomainError(
            f"{me.name} chưa có Đoàn cơ sở trực thuộc nào trong dữ liệu: nhận lời mời kết nối "
            f"hoặc tệp đăng ký của các Đoàn cơ sở trước.",
            field="branch",
        )
    if not any(u.source in ("results", "registration") for u in unions):
        raise DomainError(
            f"Chưa nhận được báo cáo tổng hợp kỳ {period.label} của Đoàn cơ sở nào: nhận các gói "
            f"báo cáo (Gửi và nhận) rồi in lại.",
            field="period",
        )
    annex = []
    got = _received(ctx, me, (period.label,))
    for u in unions:
        rows = {
            b.get("code"): b
            for b in (got.get((u.code, period.label), ("", {}))[1].get("branches") or [])
            if isinstance(b, dict)
        }
        for f in u.branches:
            annex.append(
                M.AnnexBranchLine(
                    union=u.name,
                    name=f.name,
                    branch_type=_type_vi(f.branch_type) if f.branch_type else "",
                    members=f.member_count,
                    registered=f.registered,
                    registered_on=_registered_on(rows.get(f.code, {})),
                    on_time=f.on_time,
                    completion=f.completion,
                    recognisable=f.recognisable,
                    recognised=f.recognised,
                    members_recognised=f.members_recognised,
                )
            )
    results = summary_kind == "results"
    title = f"Báo cáo tổng hợp {'kết quả' if results else 'đăng ký'} {period.label} — {me.name}"
    with ctx.uow.read() as s:
        issuer, sig, _ = rep.issuer_of(s, me)
    numbering.allocate(title)
    recipient = rep.upper_body(issuer)
    return M.UpperSummaryData(
        heading=numbering.heading(issuer, "BC"),
        summary_kind=summary_kind,
        period_label=period.label,
        deadline=report_upper.step_deadline(ctx, period, "results_summary" if results else "registration_summary"),
        unions=tuple(_union_line(u) for u in unions),
        branches=tuple(annex),
        criteria=_fail_lines(ctx, period.label) if results else (),
        recipient_body=recipient,
        signature=sig,
        recipients=(f"{recipient} (để b/c)", "Các Đoàn cơ sở trực thuộc"),
    )


def review_data(ctx: AppContext, scope, numbering):
    """D11 for the year of ``scope.period``: the interim review (before 2030) or the final review."""
    from desktop.reports import model as M
    from desktop.services.reporting import report_scope as rep

    me = scope.me
    last = scope.period.end.year
    first = min(R.FIRST_YEAR, last)
    t = trend(ctx, first, last)
    years = []
    for y in t.years:
        x = y.totals
        years.append(
            M.ReviewYearLine(
                year=y.year,
                branches=x["branches"],
                registered=x["registered"] if x["registered_share"] is not None else None,
                registration_base=round(x["registered"] / x["registered_share"]) if x["registered_share"] else 0,
                recognised=x["recognised"],
                recognition_base=x["recognition_base"],
                members=x["members"],
                members_recognised=x["members_recognised"],
                members_known=round(x["members_recognised"] / x["members_recognised_share"])
                if x["members_recognised_share"]
                else (x["members"] if x["members_recognised"] is not None else 0),
            )
        )
    if not any(y.branches for y in years):
        raise DomainError(
            f"Chưa có số liệu nào của các năm {first}–{last}: cần các báo cáo tổng hợp đã nhận "
            f"(hoặc hồ sơ các chi đoàn) trước khi lập báo cáo sơ kết, tổng kết.",
            field="period",
        )
    per: dict[str, list] = {}
    names: dict[str, str] = {}
    upper = me.kind is UnitKind.DOAN_CAP_TREN
    for y in t.years:
        for code, name, src, tl in y.units:
            names[code] = name
            # Above the Đoàn cơ sở only a results summary tells who was recognised: a Đoàn cơ sở
            # that sent its registration summary alone has not reported ("—"), it did not score 0%.
            known = not upper or src == "results"
            per.setdefault(code, []).append(
                (y.year, tl["recognised_share"] if known else None, tl["members_recognised_share"] if known else None)
            )
    final = last >= R.TARGET_YEAR
    title = f"Báo cáo {'tổng kết' if final else 'sơ kết'} {first}–{last} — {me.name}"
    with ctx.uow.read() as s:
        issuer, sig, _ = rep.issuer_of(s, me)
    numbering.allocate(title)
    recipient = rep.upper_body(issuer)
    return M.ReviewData(
        heading=numbering.heading(issuer, "BC"),
        final=final,
        first_year=first,
        last_year=last,
        years=tuple(years),
        unions=tuple((names[c], tuple(v)) for c, v in per.items()),
        criteria=_fail_lines(ctx, str(last), limit=8),
        recipient_body=recipient,
        signature=sig,
        recipients=(f"{recipient} (để b/c)",),
    )


def _pct(v) -> str:
    from desktop.i18n.formatting import format_percent

    return format_percent(v)


def rules_vi(rules: R.RankingRules, level: str) -> tuple[str, ...]:
    """The ranking rule applied, in sentences (printed on the ranking, shown on screen)."""
    if level == UnitKind.CHI_DOAN.value:
        head = (
            "Điểm của chi đoàn là tỉ lệ tiêu chí đạt trên số tiêu chí áp dụng trong năm (kết quả thực hiện "
            "tiêu chí là cơ sở xếp loại thi đua).",
        )
    else:
        total = rules.points_registered + rules.points_on_time + rules.points_recognised + rules.points_members
        head = (
            f"Điểm của Đoàn cơ sở (tổng {total} điểm, quy ra tỉ lệ): tỉ lệ chi đoàn đăng ký "
            f"{rules.points_registered} điểm (đủ điểm khi đạt 100%); tỉ lệ chi đoàn đăng ký đúng hạn "
            f"{rules.points_on_time} điểm; tỉ lệ chi đoàn được công nhận Chi đoàn XHCN {rules.points_recognised} "
            f"điểm và tỉ lệ đoàn viên được công nhận Đoàn viên XHCN {rules.points_members} điểm (đủ điểm khi "
            f"đạt chỉ tiêu 80%).",
        )
    return head + (
        f"Xếp loại: từ {_pct(rules.excellent)} “{R.TIER_VI['excellent']}”; từ {_pct(rules.good)} "
        f"“{R.TIER_VI['good']}”; từ {_pct(rules.passing)} “{R.TIER_VI['pass']}”; thấp hơn "
        f"“{R.TIER_VI['fail']}”.",
    )


def ranking_data(ctx: AppContext, scope, numbering):
    from desktop.reports import model as M
    from desktop.services.reporting import report_scope as rep

    me, period = scope.me, scope.period
    res = ranking(ctx, period.label)
    if not res.rows:
        raise DomainError(f"{me.name} chưa có đơn vị trực thuộc nào để xếp loại kỳ {period.label}.", field="period")
    lines = []
    for r in res.rows:
        t = r.tally
        if res.level == UnitKind.DOAN_CO_SO.value and r.score is not None:
            detail = (
                f"Đăng ký {t['registered']}/{t['branches']}; Chi đoàn XHCN {t['recognised']}/{t['branches']}; "
                f"ĐV XHCN {_pct(t['members_recognised_share']) if t['members_recognised_share'] is not None else '—'}"
            )
        else:
            detail = ""
        lines.append(M.RankingLine(r.rank, r.name, r.score, r.tier_vi, detail, r.note))
    with ctx.uow.read() as s:
        issuer, sig, values = rep.issuer_of(s, me)
    rules = R.RankingRules.from_settings(values)
    return M.RankingData(
        heading=numbering.heading(issuer, None),
        period_label=period.label,
        level_vi="Đoàn cơ sở" if res.level == UnitKind.DOAN_CO_SO.value else "chi đoàn",
        rules=rules_vi(rules, res.level),
        lines=tuple(lines),
        signature=sig,
        recipients=(
            f"{rep.upper_body(issuer)} (để b/c)",
            "Các Đoàn cơ sở trực thuộc" if res.level == UnitKind.DOAN_CO_SO.value else "Các chi đoàn trực thuộc",
        ),
    )
