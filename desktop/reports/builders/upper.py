"""An upper level's own documents (issue 23): built from the summaries its Đoàn cơ sở sent.

* the registration summary and the results summary over its Đoàn cơ sở (BRIEF §7 D3, D5 one level
  up), one row per Đoàn cơ sở, with the branch-level annex (every branch, as its Đoàn cơ sở
  reported it);
* D10 — the year-end emulation ranking of the Union organisations below ("đánh giá, xếp loại thi
  đua tổ chức Đoàn cuối năm", 002_1f659a59af196e35.txt:970), with the rule applied written out;
* D11 — the interim review 2027 ("sơ kết") and the final review 2030 ("tổng kết") of the model
  (002_1f659a59af196e35.txt:996): the trend per year against the targets (100 % registered yearly;
  80 % of branches and members hold the titles by 2030), per Đoàn cơ sở, and the criteria that
  fail most.
"""

from __future__ import annotations

from collections import OrderedDict

from reportlab.platypus import PageBreak, Spacer

from desktop.i18n.formatting import format_date_short, format_number, format_percent
from desktop.reports import styles as S
from desktop.reports import texts
from desktop.reports.builders.common import opening, share_text
from desktop.reports.builders.registration import period_phrase
from desktop.reports.layout import (
    LANDSCAPE_WIDTH,
    PORTRAIT_WIDTH,
    P,
    bullets,
    data_table,
    para,
    recipients_list,
    section,
    signature_block,
)
from desktop.reports.model import RankingData, ReviewData, UpperSummaryData
from desktop.reports.render import BuiltReport, to_landscape, to_portrait

TARGETS = (
    "Chỉ tiêu của mô hình: hằng năm 100% chi đoàn đăng ký xây dựng “Chi đoàn xã hội chủ nghĩa”, 100% "
    "đoàn viên đăng ký phấn đấu đạt danh hiệu “Đoàn viên xã hội chủ nghĩa”; đến năm 2030, 80% chi đoàn "
    "đạt danh hiệu “Chi đoàn xã hội chủ nghĩa” và 80% đoàn viên đạt danh hiệu “Đoàn viên xã hội chủ "
    "nghĩa”."
)
SOURCE_VI = {
    "results": "",
    "registration": "chỉ có tổng hợp đăng ký",
    "history": "chưa gửi báo cáo (số liệu danh hiệu theo báo cáo năm sau)",
    "none": "chưa gửi báo cáo",
}


def _scaled(width: float, *parts: float) -> list[float]:
    total = sum(parts)
    return [width * p / total for p in parts]


def _n(v) -> str:
    return "—" if v is None else format_number(v)


def _annex_heading(data, title: str) -> list:
    issuer = data.heading.issuer.name
    return [
        PageBreak(),
        P(title, S.TITLE),
        P(
            f"(Kèm theo Báo cáo số {data.heading.number_text} ngày {format_date_short(data.heading.issued_on)} "
            f"của Ban Chấp hành {issuer})",
            S.SUBTITLE_ITALIC,
        ),
        Spacer(1, 6),
    ]


def _grouped(lines, key):
    out: OrderedDict[str, list] = OrderedDict()
    for x in lines:
        out.setdefault(key(x), []).append(x)
    return out


# --- the summaries over the Đoàn cơ sở ---------------------------------------------------------


def build_upper_summary(data: UpperSummaryData) -> BuiltReport:
    results = data.summary_kind == "results"
    when = period_phrase(data.period_label)
    issuer = data.heading.issuer.name
    unions = list(data.unions)
    sent = [u for u in unions if u.source in ("results", "registration")]
    branches = sum(u.branches for u in sent)
    registered = sum(u.registered for u in sent)
    on_time = sum(u.registered_on_time for u in sent)
    members = sum(u.members for u in sent)
    if results:
        doc, subject = (
            "Báo cáo tổng hợp kết quả",
            (f"Kết quả thực hiện các tiêu chí xây dựng Chi đoàn xã hội chủ nghĩa {when}"),
        )
    else:
        doc, subject = (
            "Báo cáo tổng hợp đăng ký",
            (f"Tiến độ, số lượng chi đoàn đăng ký xây dựng Chi đoàn xã hội chủ nghĩa {when}"),
        )
    story = opening(doc, data.heading, "Báo cáo", subject, recipient=data.recipient_body)
    due = f" (thời hạn các Đoàn cơ sở gửi: trước ngày {format_date_short(data.deadline)})" if data.deadline else ""
    story.append(
        para(
            f"Thực hiện {texts.NQ05} và quy trình xây dựng mô hình {texts.MODEL_NAME}, Ban Chấp hành {issuer} tổng hợp "
            f"báo cáo của các Đoàn cơ sở trực thuộc {when}{due} như sau:"
        )
    )
    story.append(section("I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐOÀN CƠ SỞ"))
    missing = [u for u in unions if u.source not in ("results", "registration")]
    story.append(
        para(
            f"Số Đoàn cơ sở trực thuộc: {format_number(len(unions))}; đã gửi báo cáo: {format_number(len(sent))} "
            f"({share_text(len(sent), len(unions))})"
            + (f"; chưa gửi: {', '.join(u.name for u in missing)}." if missing else ".")
        )
    )
    story.append(section("II. KẾT QUẢ CHUNG"))
    text = (
        f"Tổng số chi đoàn trong các báo cáo: {format_number(branches)}; đã đăng ký xây dựng Chi đoàn xã hội "
        f"chủ nghĩa: {format_number(registered)} ({share_text(registered, branches)}), trong đó đúng hạn "
        f"{format_number(on_time)}. Tổng số đoàn viên: {format_number(members)}."
    )
    known = [u for u in sent if u.members_registered is not None]
    if known and not results:
        mr, mb = sum(u.members_registered for u in known), sum(u.members_registered_base for u in known)
        text += (
            f" Đoàn viên đăng ký phấn đấu đạt danh hiệu “{texts.MEMBER_TITLE}”: {format_number(mr)} "
            f"({share_text(mr, mb)} số đoàn viên của các chi đoàn có báo cáo số đăng ký)."
        )
    if results:
        recognised = sum(u.recognised for u in sent)
        recognisable = sum(u.recognisable for u in sent)
        mr = sum(u.members_recognised or 0 for u in sent)
        mk = sum(u.members_known for u in sent)
        text += (
            f" Chi đoàn {texts.RECOGNITION_RULE}: {format_number(recognisable)} "
            f"({share_text(recognisable, branches)}); được công nhận “{texts.BRANCH_TITLE}”: "
            f"{format_number(recognised)} ({share_text(recognised, branches)}). Đoàn viên được công nhận "
            f"“{texts.MEMBER_TITLE}”: {format_number(mr)} ({share_text(mr, mk)})."
        )
    story.append(para(text))
    story.append(para(TARGETS))
    if results:
        head = [
            ["Đoàn cơ sở", "Chi đoàn", None, None, None, "Đoàn viên", None, None],
            ["^", "Tổng số", "Đăng ký", "Chi đoàn XHCN", "Tỉ lệ", "Tổng số", "ĐV XHCN", "Tỉ lệ"],
        ]
        rows = [
            [
                u.name + (f" ({SOURCE_VI[u.source]})" if SOURCE_VI[u.source] else ""),
                _n(u.branches),
                _n(u.registered),
                _n(u.recognised),
                share_text(u.recognised, u.branches),
                _n(u.members),
                _n(u.members_recognised),
                share_text(u.members_recognised or 0, u.members_known),
            ]
            for u in unions
        ]
        rows.append(
            [
                "Cộng",
                _n(branches),
                _n(registered),
                _n(sum(u.recognised for u in sent)),
                share_text(sum(u.recognised for u in sent), branches),
                _n(members),
                _n(sum(u.members_recognised or 0 for u in sent)),
                share_text(sum(u.members_recognised or 0 for u in sent), sum(u.members_known for u in sent)),
            ]
        )
        widths = _scaled(PORTRAIT_WIDTH, 50, 16, 16, 18, 14, 16, 16, 14)
    else:
        head = [
            ["Đoàn cơ sở", "Chi đoàn", None, None, None, "Đoàn viên", None, None],
            ["^", "Tổng số", "Đã đăng ký", "Đúng hạn", "Tỉ lệ", "Tổng số", "Đăng ký ĐV XHCN", "Tỉ lệ"],
        ]
        rows = [
            [
                u.name + (f" ({SOURCE_VI[u.source]})" if u.source in ("history", "none") else ""),
                _n(u.branches),
                _n(u.registered),
                _n(u.registered_on_time),
                share_text(u.registered, u.branches),
                _n(u.members),
                _n(u.members_registered),
                share_text(u.members_registered or 0, u.members_registered_base),
            ]
            for u in unions
        ]
        mreg = [u for u in sent if u.members_registered is not None]
        mr, mb = sum(u.members_registered for u in mreg), sum(u.members_registered_base for u in mreg)
        rows.append(
            [
                "Cộng",
                _n(branches),
                _n(registered),
                _n(on_time),
                share_text(registered, branches),
                _n(members),
                _n(mr) if mreg else "—",
                share_text(mr, mb),
            ]
        )
        widths = _scaled(PORTRAIT_WIDTH, 50, 15, 16, 15, 13, 15, 18, 13)
    story += data_table(head, rows, widths, align=["LEFT"] + ["CENTER"] * (len(widths) - 1), bold_rows=[len(rows) - 1])
    if results and data.criteria:
        story.append(section("III. TIÊU CHÍ CHƯA ĐẠT NHIỀU NHẤT"))
        story.append(
            para("Số chi đoàn chưa đạt từng tiêu chí theo kết quả các Đoàn cơ sở báo cáo, xếp từ nhiều đến ít:")
        )
        story += _criteria_table(data.criteria)
    closing = para(f"Ban Chấp hành {issuer} kính báo cáo./.")
    story.append(signature_block(data.signature, recipients_list(data.recipients), keep_with=[closing]))

    # Annex: every branch, by Đoàn cơ sở.
    title = (
        "PHỤ LỤC: KẾT QUẢ CỦA CÁC CHI ĐOÀN THEO BÁO CÁO CỦA ĐOÀN CƠ SỞ"
        if results
        else "PHỤ LỤC: CHI ĐOÀN ĐĂNG KÝ THEO BÁO CÁO CỦA ĐOÀN CƠ SỞ"
    )
    if results:
        story += to_landscape()
    story += _annex_heading(data, title)
    rows, spans = [], []
    for union, items in _grouped(data.branches, lambda x: x.union).items():
        spans.append(len(rows))
        rows.append([f"{union} — {format_number(len(items))} chi đoàn"])
        for i, x in enumerate(items, start=1):
            if results:
                rows.append(
                    [
                        str(i),
                        x.name,
                        x.branch_type,
                        _n(x.members),
                        "Có" if x.registered else "Chưa",
                        format_percent(x.completion) if x.completion is not None else "—",
                        "Có" if x.recognisable else "Không",
                        "Có" if x.recognised else "Không",
                        _n(x.members_recognised),
                    ]
                )
            else:
                rows.append(
                    [
                        str(i),
                        x.name,
                        x.branch_type,
                        _n(x.members),
                        format_date_short(x.registered_on)
                        if x.registered and x.registered_on
                        else ("Có" if x.registered else "Chưa đăng ký"),
                        ("Đúng hạn" if x.on_time else "Trễ hạn") if x.registered else "",
                    ]
                )
    if results:
        story += data_table(
            [
                [
                    "STT",
                    "Chi đoàn",
                    "Loại hình",
                    "Đoàn viên",
                    "Đăng ký",
                    "Tỉ lệ tiêu chí đạt",
                    "Đủ điều kiện",
                    "Chi đoàn XHCN",
                    "ĐV XHCN",
                ]
            ],
            rows,
            _scaled(LANDSCAPE_WIDTH, 10, 70, 32, 16, 14, 18, 16, 18, 14),
            dense=True,
            align=["CENTER", "LEFT", "LEFT"] + ["CENTER"] * 6,
            span_rows=spans,
        )
        story += to_portrait()
    else:
        story += data_table(
            [["STT", "Chi đoàn", "Loại hình", "Đoàn viên", "Ngày đăng ký", "Thời hạn"]],
            rows,
            _scaled(PORTRAIT_WIDTH, 10, 62, 32, 16, 22, 18),
            dense=True,
            align=["CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER"],
            span_rows=spans,
        )
    return BuiltReport(
        title=f"{doc} {data.period_label} — {issuer}", subject=subject, author=issuer, story=story, documents=[doc]
    )


def _criteria_table(criteria) -> list:
    rows = [
        [
            c.criterion_id,
            c.title,
            f"{format_number(c.failed)}/{format_number(c.judged)}",
            share_text(c.failed, c.judged),
            format_number(c.at_risk),
        ]
        for c in criteria
    ]
    return data_table(
        [["Mã", "Tiêu chí", "Chưa đạt", "Tỉ lệ", "Có nguy cơ"]],
        rows,
        _scaled(PORTRAIT_WIDTH, 17, 95, 22, 14, 16),
        align=["CENTER", "LEFT", "CENTER", "CENTER", "CENTER"],
    )


# --- D11 ----------------------------------------------------------------------------------------


def build_review(data: ReviewData) -> BuiltReport:
    issuer = data.heading.issuer.name
    span = f"giai đoạn {data.first_year} - {data.last_year}"
    doc = "Báo cáo tổng kết" if data.final else "Báo cáo sơ kết"
    subject = (
        f"{'Tổng kết' if data.final else 'Sơ kết'} thực hiện mô hình “Chi đoàn xã hội chủ nghĩa gắn với đoàn "
        f"viên xã hội chủ nghĩa” {span}"
    )
    story = opening(doc, data.heading, "Báo cáo", subject, recipient=data.recipient_body)
    story.append(
        para(
            f"Thực hiện {texts.NQ05} và {texts.DE_AN_04}, Ban Chấp hành {issuer} "
            f"{'tổng kết' if data.final else 'sơ kết'} việc xây dựng mô hình {texts.MODEL_NAME} {span} trong các đơn vị "
            f"trực thuộc, theo số liệu các đơn vị đã báo cáo hằng năm, như sau:"
        )
    )
    story.append(section("I. KẾT QUẢ QUA CÁC NĂM"))
    story.append(para(TARGETS))
    rows = []
    partial = False  # a year whose titles are known for part of its branches or members only

    def of(n: int, base: int, whole: int) -> str:
        """'47 (59%)'; '47/80 (59%)' when the share is over part of the whole only."""
        nonlocal partial
        if base < whole:
            partial = True
            return f"{format_number(n)}/{format_number(base)} ({share_text(n, base)})"
        return f"{format_number(n)} ({share_text(n, base)})"

    for y in data.years:
        if not y.branches:
            rows.append([str(y.year), "Chưa có báo cáo", "—", "—", "—", "—"])
            continue
        reg = (
            "—"
            if y.registered is None
            else f"{format_number(y.registered)} ({share_text(y.registered, y.registration_base)})"
        )
        rows.append(
            [
                str(y.year),
                _n(y.branches),
                reg,
                of(y.recognised, y.recognised_of, y.branches) if y.recognised_of else "—",
                _n(y.members),
                "—" if y.members_recognised is None else of(y.members_recognised, y.members_known, y.members),
            ]
        )
    story += data_table(
        [["Năm", "Chi đoàn", "Đã đăng ký", "Chi đoàn XHCN", "Đoàn viên", "Đoàn viên XHCN"]],
        rows,
        _scaled(PORTRAIT_WIDTH, 12, 18, 26, 30, 20, 38),
        align=["CENTER"] * 6,
    )
    if partial:
        story.append(
            para(
                "Số dạng a/b: a đạt danh hiệu trong b chi đoàn (đoàn viên) đã có kết quả năm đó; đơn vị mới "
                "gửi báo cáo đăng ký, chưa gửi báo cáo kết quả, chưa được tính vào tỉ lệ danh hiệu."
            )
        )
    story.append(Spacer(1, 4))
    last = next((y for y in reversed(data.years) if y.branches), None)
    if last is not None:
        b = last.recognised / last.recognised_of if last.recognised_of else None
        m = (
            (last.members_recognised / last.members_known)
            if last.members_recognised is not None and last.members_known
            else None
        )
        verdict = []
        for share, known, whole, who, title in (
            (b, last.recognised_of, last.branches, "chi đoàn", texts.BRANCH_TITLE),
            (m, last.members_known, last.members, "đoàn viên", texts.MEMBER_TITLE),
        ):
            if share is None:
                continue
            among = f" trong {format_number(known)} {who} đã có kết quả" if known < whole else ""
            verdict.append(
                f"Năm {last.year}: {format_percent(share)} {who}{among} đạt danh hiệu “{title}” "
                f"({'đạt' if share >= 0.8 else 'chưa đạt'} chỉ tiêu 80% đến năm 2030)."
            )
        if last.registered is not None and last.registration_base:
            r = last.registered / last.registration_base
            verdict.append(
                f"Năm {last.year}: {format_percent(r)} chi đoàn đăng ký "
                f"({'đạt' if r >= 1 else 'chưa đạt'} chỉ tiêu 100% hằng năm)."
            )
        story += bullets(verdict)
    story.append(section("II. KẾT QUẢ CỦA TỪNG ĐƠN VỊ"))
    story.append(
        para(
            "Tỉ lệ chi đoàn đạt danh hiệu “Chi đoàn xã hội chủ nghĩa” / tỉ lệ đoàn viên đạt danh hiệu "
            "“Đoàn viên xã hội chủ nghĩa” từng năm (— : đơn vị chưa báo cáo):"
        )
    )
    years = [y.year for y in data.years]
    rows = []
    for name, per in data.unions:
        by = {y: (b, m) for y, b, m in per}
        rows.append(
            [name]
            + [" / ".join("—" if v is None else format_percent(v) for v in by.get(y, (None, None))) for y in years]
        )
    story += data_table(
        [["Đơn vị"] + [str(y) for y in years]],
        rows,
        _scaled(PORTRAIT_WIDTH, 50, *([22] * len(years))),
        align=["LEFT"] + ["CENTER"] * len(years),
    )
    if data.criteria:
        story.append(section(f"III. TIÊU CHÍ CHƯA ĐẠT NHIỀU NHẤT NĂM {data.last_year}"))
        story += _criteria_table(data.criteria)
    closing = para(f"Ban Chấp hành {issuer} kính báo cáo./.")
    story.append(signature_block(data.signature, recipients_list(data.recipients), keep_with=[closing]))
    return BuiltReport(title=f"{doc} {span} — {issuer}", subject=subject, author=issuer, story=story, documents=[doc])


# --- D10 ----------------------------------------------------------------------------------------


def build_ranking(data: RankingData) -> BuiltReport:
    issuer = data.heading.issuer.name
    when = period_phrase(data.period_label)
    subject = f"Kết quả đánh giá, xếp loại thi đua tổ chức Đoàn cuối {when}"
    story = opening("Bảng xếp loại thi đua", data.heading, "Bảng tổng hợp", subject)
    story.append(
        para(
            f"Căn cứ kết quả thực hiện các tiêu chí xây dựng mô hình {texts.MODEL_NAME} {when} do các đơn vị báo cáo, "
            f"Ban Chấp hành {issuer} đánh giá, xếp loại thi đua {data.level_vi} trực thuộc như sau."
        )
    )
    story.append(section("I. CÁCH CHẤM"))
    story += bullets(data.rules)
    story.append(section("II. KẾT QUẢ XẾP LOẠI"))
    rows = [
        [
            str(x.rank) if x.rank else "—",
            x.name,
            format_percent(x.score, digits=1) if x.score is not None else "—",
            x.tier,
            x.detail or x.note,
        ]
        for x in data.lines
    ]
    story += data_table(
        [["Thứ tự", data.level_vi[:1].upper() + data.level_vi[1:], "Điểm", "Xếp loại", "Chi tiết"]],
        rows,
        _scaled(PORTRAIT_WIDTH, 14, 52, 16, 34, 44),
        dense=True,
        align=["CENTER", "LEFT", "CENTER", "LEFT", "LEFT"],
    )
    counts: OrderedDict[str, int] = OrderedDict()
    for x in data.lines:
        counts[x.tier] = counts.get(x.tier, 0) + 1
    story.append(Spacer(1, 4))
    story += bullets([f"{tier}: {format_number(n)} ({share_text(n, len(data.lines))})" for tier, n in counts.items()])
    story.append(signature_block(data.signature, recipients_list(data.recipients)))
    return BuiltReport(
        title=f"Bảng xếp loại thi đua {data.period_label} — {issuer}",
        subject=subject,
        author=issuer,
        story=story,
        documents=["Bảng xếp loại thi đua"],
    )
