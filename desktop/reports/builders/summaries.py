"""Reports of a Đoàn cơ sở to its directly superior level (BRIEF §3.1 step 2, §7):

* D3 registration summary — "tổng hợp, báo cáo tiến độ và số lượng các chi đoàn đăng ký"
  (due 20/11, 002_1f659a59af196e35.txt:968);
* D5 results summary — the year's results of all branches, basis of the year-end ranking
  (due 10/11, 002_1f659a59af196e35.txt:970).

The results summary of 300 branches runs to ~100 pages: its big tables use plain string cells
and are cut in chunks (docs/architecture.md, traps), the branch × criterion matrix is on landscape pages.
"""

from __future__ import annotations

from collections import OrderedDict

from reportlab.platypus import PageBreak, Spacer

from desktop.i18n.formatting import format_date_short, format_days, format_number, format_percent
from desktop.reports import styles as S
from desktop.reports import texts
from desktop.reports.builders.common import MET, NOT_APPLICABLE, NOT_JUDGED, NOT_MET, opening, share_text, status_word
from desktop.reports.builders.registration import period_phrase
from desktop.reports.layout import (
    LANDSCAPE_WIDTH,
    PORTRAIT_WIDTH,
    P,
    data_table,
    para,
    recipients_list,
    section,
    signature_block,
)
from desktop.reports.model import RegistrationSummaryData, ResultsSummaryData
from desktop.reports.render import BuiltReport, to_landscape, to_portrait


def _scaled(width: float, *parts: float) -> list[float]:
    total = sum(parts)
    return [width * p / total for p in parts]


def _by_type(items, key):
    groups: OrderedDict[str, list] = OrderedDict()
    for it in items:
        groups.setdefault(key(it) or "Khác", []).append(it)
    return groups


def _deadline_note(deadline) -> str:
    return f" (thời hạn gửi: trước ngày {format_date_short(deadline)})" if deadline else ""


# --- D3 ---------------------------------------------------------------------------------------


def build_registration_summary(data: RegistrationSummaryData) -> BuiltReport:
    when = period_phrase(data.period_label)
    issuer = data.heading.issuer.name
    lines = list(data.branches)
    registered = [x for x in lines if x.registered]
    members = sum(x.branch.members for x in lines)
    members_reg = sum(x.members_registered for x in registered)
    subject = f"Tiến độ, số lượng chi đoàn đăng ký xây dựng Chi đoàn xã hội chủ nghĩa {when}"
    story = opening("Báo cáo tổng hợp đăng ký", data.heading, "Báo cáo", subject, recipient=data.recipient_body)
    story.append(
        para(
            f"Thực hiện {texts.NQ05} và quy trình xây dựng mô hình {texts.MODEL_NAME}, Ban Chấp hành "
            f"{issuer} báo cáo tiến độ và số lượng chi đoàn đăng ký {when}{_deadline_note(data.deadline)} "
            f"như sau:"
        )
    )
    story.append(section("I. KẾT QUẢ ĐĂNG KÝ"))
    story.append(
        para(
            f"Tổng số chi đoàn trực thuộc: {format_number(len(lines))}; số chi đoàn đã đăng ký: "
            f"{format_number(len(registered))} ({share_text(len(registered), len(lines))}). Tổng số "
            f"đoàn viên: {format_number(members)}; số đoàn viên đăng ký phấn đấu đạt danh hiệu “Đoàn "
            f"viên xã hội chủ nghĩa”: {format_number(members_reg)} ({share_text(members_reg, members)})."
        )
    )
    rows = []
    for t, items in _by_type(lines, lambda x: x.branch.branch_type).items():
        reg = [x for x in items if x.registered]
        m = sum(x.branch.members for x in items)
        mr = sum(x.members_registered for x in reg)
        rows.append(
            [
                t,
                format_number(len(items)),
                format_number(len(reg)),
                share_text(len(reg), len(items)),
                format_number(m),
                format_number(mr),
                share_text(mr, m),
            ]
        )
    rows.append(
        [
            "Cộng",
            format_number(len(lines)),
            format_number(len(registered)),
            share_text(len(registered), len(lines)),
            format_number(members),
            format_number(members_reg),
            share_text(members_reg, members),
        ]
    )
    story += data_table(
        [
            ["Loại hình chi đoàn", "Chi đoàn", None, None, "Đoàn viên", None, None],
            ["^", "Tổng số", "Đã đăng ký", "Tỉ lệ", "Tổng số", "Đăng ký", "Tỉ lệ"],
        ],
        rows,
        _scaled(PORTRAIT_WIDTH, 46, 19, 21, 17, 19, 19, 17),
        align=["LEFT"] + ["CENTER"] * 6,
        bold_rows=[len(rows) - 1],
    )

    missing = [x for x in lines if not x.registered]
    story.append(section("II. CHI ĐOÀN CHƯA ĐĂNG KÝ"))
    if missing:
        story += data_table(
            [["STT", "Chi đoàn", "Lý do"]],
            [[str(i), x.branch.name, x.reason or "Chưa nêu lý do"] for i, x in enumerate(missing, start=1)],
            _scaled(PORTRAIT_WIDTH, 12, 70, 78),
            align=["CENTER", "LEFT", "LEFT"],
        )
    else:
        story.append(para("Không có: 100% chi đoàn trực thuộc đã đăng ký."))
    closing = para(
        f"Ban Chấp hành {issuer} tiếp tục hướng dẫn, đôn đốc các chi đoàn chưa đăng ký "
        "hoàn thành việc đăng ký và triển khai thực hiện."
        if missing
        else f"Ban Chấp hành {issuer} tiếp tục hướng dẫn, theo dõi các chi đoàn triển khai "
        "thực hiện nội dung đã đăng ký."
    )
    story.append(signature_block(data.signature, recipients_list(data.recipients), keep_with=[closing]))

    # Annex: every branch.
    story.append(PageBreak())
    story.append(P("DANH SÁCH CHI ĐOÀN ĐĂNG KÝ XÂY DỰNG CHI ĐOÀN XÃ HỘI CHỦ NGHĨA", S.TITLE))
    story.append(
        P(
            f"(Kèm theo Báo cáo số {data.heading.number_text} ngày "
            f"{format_date_short(data.heading.issued_on)} của Ban Chấp hành {issuer})",
            S.SUBTITLE_ITALIC,
        )
    )
    story.append(Spacer(1, 8))
    rows = [
        [
            str(i),
            x.branch.name,
            x.branch.branch_type,
            format_number(x.branch.members),
            format_date_short(x.registered_on) if x.registered else "Chưa đăng ký",
            format_number(x.members_registered) if x.registered else "",
            x.reason,
        ]
        for i, x in enumerate(lines, start=1)
    ]
    story += data_table(
        [["STT", "Chi đoàn", "Loại hình", "Số đoàn viên", "Ngày đăng ký", "Đoàn viên đăng ký", "Ghi chú"]],
        rows,
        _scaled(PORTRAIT_WIDTH, 10, 52, 30, 17, 22, 18, 26),
        dense=True,
        align=["CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "LEFT"],
    )
    return BuiltReport(
        title=f"Báo cáo tổng hợp đăng ký {data.period_label} — {issuer}",
        subject=subject,
        author=issuer,
        story=story,
        documents=["Báo cáo tổng hợp đăng ký"],
    )


# --- D5 ---------------------------------------------------------------------------------------

MARK = {MET: "Đ", NOT_MET: "C", NOT_APPLICABLE: "—", NOT_JUDGED: "?"}


def _mark(line) -> str:
    word = status_word(line)
    return MARK.get(word, "Đ" if line.met else "C" if line.met is False else "?")


def build_results_summary(data: ResultsSummaryData, *, progress=None) -> BuiltReport:
    when = period_phrase(data.period_label)
    issuer = data.heading.issuer.name
    lines = list(data.branches)
    proposed = [x for x in lines if x.proposed]
    members = sum(x.branch.members for x in lines)
    recognised = sum(x.members_recognised for x in lines)
    days = sum(x.volunteer_days for x in lines)
    subject = f"Kết quả thực hiện các tiêu chí xây dựng Chi đoàn xã hội chủ nghĩa {when}"
    story = opening("Báo cáo tổng hợp kết quả", data.heading, "Báo cáo", subject, recipient=data.recipient_body)
    story.append(
        para(
            f"Thực hiện {texts.NQ05} và quy trình xây dựng mô hình {texts.MODEL_NAME}, Ban Chấp hành "
            f"{issuer} tổng hợp kết quả thực hiện các tiêu chí của các chi đoàn trực thuộc "
            f"{when}{_deadline_note(data.deadline)}, làm cơ sở đánh giá, xếp loại thi đua tổ chức Đoàn "
            f"cuối năm, như sau:"
        )
    )
    story.append(section("I. KẾT QUẢ CHUNG"))
    story.append(
        para(
            f"Tổng số chi đoàn: {format_number(len(lines))}; số chi đoàn {texts.RECOGNITION_RULE}, đủ "
            f"điều kiện đề nghị công nhận “Chi đoàn xã hội chủ nghĩa”: {format_number(len(proposed))} "
            f"({share_text(len(proposed), len(lines))}). Tổng số đoàn viên: {format_number(members)}; "
            f"đoàn viên được công nhận “Đoàn viên xã hội chủ nghĩa”: {format_number(recognised)} "
            f"({share_text(recognised, members)}). Tổng số ngày tình nguyện: {format_days(days)}."
        )
    )
    rows = []
    for t, items in _by_type(lines, lambda x: x.branch.branch_type).items():
        prop = sum(1 for x in items if x.proposed)
        m = sum(x.branch.members for x in items)
        r = sum(x.members_recognised for x in items)
        rows.append(
            [
                t,
                format_number(len(items)),
                format_number(prop),
                share_text(prop, len(items)),
                format_number(m),
                format_number(r),
                share_text(r, m),
            ]
        )
    rows.append(
        [
            "Cộng",
            format_number(len(lines)),
            format_number(len(proposed)),
            share_text(len(proposed), len(lines)),
            format_number(members),
            format_number(recognised),
            share_text(recognised, members),
        ]
    )
    story += data_table(
        [
            ["Loại hình chi đoàn", "Chi đoàn", None, None, "Đoàn viên", None, None],
            ["^", "Tổng số", "Đủ điều kiện", "Tỉ lệ", "Tổng số", "ĐV XHCN", "Tỉ lệ"],
        ],
        rows,
        _scaled(PORTRAIT_WIDTH, 46, 19, 21, 17, 19, 19, 17),
        align=["LEFT"] + ["CENTER"] * 6,
        bold_rows=[len(rows) - 1],
    )

    story.append(section("II. KẾT QUẢ THEO TỪNG TIÊU CHÍ"))
    counts = {cid: [0, 0] for cid, _ in data.criteria_titles}
    for x in lines:
        for c in x.criteria:
            if c.criterion_id in counts and c.applicable:
                counts[c.criterion_id][1] += 1
                counts[c.criterion_id][0] += c.met is True
    rows = [
        [
            cid,
            title,
            f"{format_number(counts[cid][0])}/{format_number(counts[cid][1])}",
            share_text(counts[cid][0], counts[cid][1]),
        ]
        for cid, title in data.criteria_titles
    ]
    story += data_table(
        [["Mã", "Tiêu chí", "Chi đoàn đạt", "Tỉ lệ"]],
        rows,
        _scaled(PORTRAIT_WIDTH, 17, 103, 24, 16),
        align=["CENTER", "LEFT", "CENTER", "CENTER"],
    )
    closing = para(f"Ban Chấp hành {issuer} kính báo cáo./.")
    story.append(signature_block(data.signature, recipients_list(data.recipients), keep_with=[closing]))

    # Annex 1: branch × criterion matrix on landscape pages.
    ids = [cid for cid, _ in data.criteria_titles]
    story += to_landscape()
    story.append(PageBreak())
    story.append(P("PHỤ LỤC 1: KẾT QUẢ THỰC HIỆN TIÊU CHÍ CỦA CÁC CHI ĐOÀN", S.TITLE))
    story.append(
        P(
            f"(Kèm theo Báo cáo số {data.heading.number_text} ngày "
            f"{format_date_short(data.heading.issued_on)} của Ban Chấp hành {issuer})",
            S.SUBTITLE_ITALIC,
        )
    )
    story.append(Spacer(1, 4))
    legend = (
        "Ký hiệu: Đ — đạt; C — chưa đạt; “—” — không áp dụng; ? — chưa đánh giá được (chưa đủ số liệu "
        "hoặc chưa đến hạn). Cột 1.1 … 3.8 là mã tiêu chí CD-1.1 … CD-3.8; “Đạt” — số tiêu chí đạt/số "
        "tiêu chí áp dụng; “Đề nghị” — chi đoàn đủ điều kiện đề nghị công nhận."
    )
    story.append(P(legend, S.CELL_DENSE))
    story.append(Spacer(1, 4))
    rows = []
    for i, x in enumerate(lines, start=1):
        by_id = {c.criterion_id: c for c in x.criteria}
        rows.append(
            [str(i), x.branch.name]
            + [_mark(by_id[cid]) if cid in by_id else "" for cid in ids]
            + [
                f"{x.met}/{x.applicable}",
                format_percent(x.met / x.applicable) if x.applicable else "—",
                "Có" if x.proposed else "Không",
            ]
        )
    head = ["STT", "Chi đoàn"] + [cid.replace("CD-", "") for cid in ids] + ["Đạt", "Tỉ lệ", "Đề nghị"]
    story += data_table(
        [head],
        rows,
        _scaled(LANDSCAPE_WIDTH, 10, 62, *([9] * len(ids)), 14, 14, 13),
        dense=True,
        align=["CENTER", "LEFT"] + ["CENTER"] * (len(ids) + 3),
    )
    story.append(Spacer(1, 4))
    story.append(P(legend, S.CELL_DENSE))

    # Annex 2: each branch's values, portrait.
    story += to_portrait()
    story.append(PageBreak())
    story.append(P("PHỤ LỤC 2: SỐ LIỆU CHI TIẾT CỦA TỪNG CHI ĐOÀN", S.TITLE))
    story.append(Spacer(1, 6))
    rows, spans = [], []
    for i, x in enumerate(lines, start=1):
        spans.append(len(rows))
        rows.append(
            [f"{i}. {x.branch.name} — {x.met}/{x.applicable} tiêu chí" + (" — đề nghị công nhận" if x.proposed else "")]
        )
        for c in x.criteria:
            rows.append([c.criterion_id, c.value if c.applicable else c.not_applicable_reason, status_word(c)])
    story += data_table(
        [["Mã", "Kết quả", "Đánh giá"]],
        rows,
        _scaled(PORTRAIT_WIDTH, 18, 117, 25),
        dense=True,
        align=["CENTER", "LEFT", "CENTER"],
        span_rows=spans,
    )
    return BuiltReport(
        title=f"Báo cáo tổng hợp kết quả {data.period_label} — {issuer}",
        subject=subject,
        author=issuer,
        story=story,
        documents=["Báo cáo tổng hợp kết quả"],
    )
