"""D6 + D9 (BRIEF §7): a branch's year-end report with its self-assessment, the proposal for
recognition ("Tờ trình đề nghị công nhận", 002_1f659a59af196e35.txt:974: the Đoàn cơ sở
recognises "trên cơ sở ... đề nghị của các Chi đoàn") and the list of members proposed as
"Đoàn viên XHCN" (CD-3.8). Three documents in one PDF; each restarts its page numbers.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from desktop.i18n.formatting import format_date_short, format_days, format_number
from desktop.reports import styles as S
from desktop.reports import texts
from desktop.reports.builders.common import COL_ID, completion_text, criteria_table, share_text, status_word
from desktop.reports.builders.registration import period_phrase
from desktop.reports.layout import (
    PORTRAIT_WIDTH,
    P,
    bullets,
    data_table,
    heading_block,
    labelled,
    new_document,
    para,
    recipients_list,
    section,
    signature_block,
    title_block,
)
from desktop.reports.model import YearEndData
from desktop.reports.render import BuiltReport


def has_proposal(data: YearEndData) -> bool:
    """The Tờ trình exists only when the branch proposes something: itself, or members."""
    return bool(data.proposed or data.members_proposed)


def build_year_end(data: YearEndData) -> BuiltReport:
    story = report_part(data)
    documents = ["Báo cáo kết quả và tự đánh giá"]
    if has_proposal(data):
        story += proposal_part(data)
        documents.append("Tờ trình đề nghị công nhận")
        if data.members_proposed:
            story += member_list_part(data)
            documents.append("Danh sách đề nghị công nhận Đoàn viên XHCN")
    return BuiltReport(
        title=f"Báo cáo kết quả, tự đánh giá và tờ trình đề nghị công nhận {data.period_label} — {data.branch.name}",
        subject=f"Kết quả xây dựng Chi đoàn xã hội chủ nghĩa {period_phrase(data.period_label)}",
        author=data.heading.issuer.name,
        story=story,
        documents=documents,
    )


def _verdict(data: YearEndData) -> str:
    return "ĐẠT" if data.met >= data.required and data.applicable else "CHƯA ĐẠT"


def report_part(data: YearEndData) -> list:
    b = data.branch
    when = period_phrase(data.period_label)
    story = new_document("Báo cáo kết quả và tự đánh giá", first=True)
    story.append(heading_block(data.heading))
    story += title_block(
        "Báo cáo", f"Kết quả xây dựng Chi đoàn xã hội chủ nghĩa {when}", "và tự đánh giá mức độ hoàn thành tiêu chí"
    )
    story.append(
        para(
            f"Thực hiện {texts.NQ05} và các tiêu chí xây dựng mô hình {texts.MODEL_NAME}, Ban Chấp hành "
            f"{b.name} báo cáo kết quả thực hiện {when} (từ ngày {format_date_short(data.period_start)} "
            f"đến ngày {format_date_short(data.period_end)}) và tự đánh giá như sau:"
        )
    )

    story.append(section("I. ĐẶC ĐIỂM TÌNH HÌNH"))
    story.append(labelled("Tên chi đoàn:", b.name + (f" ({b.branch_type})" if b.branch_type else "")))
    story.append(labelled("Tổng số đoàn viên:", format_number(data.members_total)))
    for label, value in data.figures:
        if label.lower() != "tổng số đoàn viên":
            story.append(labelled(f"{label}:", value))

    story.append(section("II. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ"))
    story += criteria_table(
        data.groups,
        data.criteria,
        [
            ("Mã", COL_ID, "CENTER", lambda c: c.criterion_id),
            ("Tiêu chí", 52 * mm, "LEFT", lambda c: c.title),
            ("Kết quả đạt được", 45 * mm, "LEFT", lambda c: c.value if c.applicable else c.not_applicable_reason),
            ("Tự đánh giá", 22 * mm, "CENTER", status_word),
            ("Minh chứng", 24 * mm, "LEFT", lambda c: c.evidence),
        ],
    )

    story.append(section("III. TỰ ĐÁNH GIÁ"))
    story.append(
        para(
            f"Chi đoàn hoàn thành {completion_text(data.met, data.applicable)} được áp dụng. Theo quy "
            f"định, chi đoàn được công nhận khi {texts.RECOGNITION_RULE} ({data.required}/"
            f"{data.applicable} tiêu chí)."
        )
    )
    lacking = [c for c in data.criteria if c.applicable and c.met is not True]
    if lacking:
        story.append(
            para(
                "Tiêu chí chưa đạt: "
                + "; ".join(f"{c.criterion_id}" + (f" ({c.missing})" if c.missing else "") for c in lacking)
                + "."
            )
        )
    story += [para(t) for t in data.assessment_text if t.strip()]
    if data.strengths:
        story.append(para("Ưu điểm:"))
        story += bullets(data.strengths)
    if data.weaknesses:
        story.append(para("Hạn chế:"))
        story += bullets(data.weaknesses)
    story.append(
        P(
            f"Chi đoàn tự đánh giá: <b>{_verdict(data)}</b> danh hiệu “Chi đoàn xã hội chủ nghĩa” {when}.",
            S.BODY,
            markup=True,
        )
    )

    story.append(section("IV. ĐỀ NGHỊ"))
    proposal = []
    if data.proposed:
        proposal.append(
            f"Đề nghị {data.recipient_body} xem xét, công nhận {b.name} đạt danh hiệu "
            f"“Chi đoàn xã hội chủ nghĩa” {when}."
        )
    if data.members_proposed:
        proposal.append(
            f"Đề nghị công nhận {format_number(len(data.members_proposed))}/"
            f"{format_number(data.members_total)} đoàn viên "
            f"({share_text(len(data.members_proposed), data.members_total)}) đạt danh hiệu "
            f"“Đoàn viên xã hội chủ nghĩa” {when} (có tờ trình và danh sách kèm theo)."
        )
    if not proposal:
        proposal.append("Chi đoàn không đề nghị công nhận danh hiệu kỳ này; tiếp tục khắc phục các tiêu chí chưa đạt.")
    story += [para(p) for p in proposal[:-1]]
    story.append(signature_block(data.signature, recipients_list(data.recipients), keep_with=[para(proposal[-1])]))
    return story


def proposal_part(data: YearEndData) -> list:
    b = data.branch
    when = period_phrase(data.period_label)
    story = new_document("Tờ trình đề nghị công nhận", first=False)
    story.append(heading_block(data.proposal_heading))
    what = []
    if data.proposed:
        what.append("“Chi đoàn xã hội chủ nghĩa”")
    if data.members_proposed:
        what.append("“Đoàn viên xã hội chủ nghĩa”")
    story += title_block("Tờ trình", f"Đề nghị công nhận {', '.join(what) or 'danh hiệu'} {when}")
    story.append(P(f"Kính gửi: {data.recipient_body}", S.CENTER))
    story.append(Spacer(1, 6))
    story.append(
        para(
            f"Căn cứ {texts.NQ05}; căn cứ các tiêu chí xây dựng mô hình {texts.MODEL_NAME}; căn cứ "
            f"kết quả thực hiện và tự đánh giá của chi đoàn {when} (Báo cáo số "
            f"{data.heading.number_text} ngày {format_date_short(data.heading.issued_on)})."
        )
    )
    story.append(
        para(
            f"{b.name} hoàn thành {completion_text(data.met, data.applicable)}; có "
            f"{format_number(len(data.members_proposed))}/{format_number(data.members_total)} đoàn viên "
            f"đủ điều kiện đề nghị công nhận “Đoàn viên xã hội chủ nghĩa”."
        )
    )
    if data.meeting_note:
        story.append(para(data.meeting_note))
    story.append(para(f"Ban Chấp hành {b.name} kính đề nghị {data.recipient_body} xem xét, công nhận:"))
    items = []
    if data.proposed:
        items.append(f"{b.name} đạt danh hiệu “Chi đoàn xã hội chủ nghĩa” {when};")
    if data.members_proposed:
        items.append(
            f"{format_number(len(data.members_proposed))} đoàn viên đạt danh hiệu “Đoàn "
            f"viên xã hội chủ nghĩa” {when} (có danh sách kèm theo)."
        )
    story += [para(f"{i}. {t}") for i, t in enumerate(items, start=1)]
    closing = para(f"Kính trình {data.recipient_body} xem xét, quyết định./.")
    story.append(
        signature_block(
            data.signature, recipients_list(data.proposal_recipients or data.recipients), keep_with=[closing]
        )
    )
    return story


def member_list_part(data: YearEndData) -> list:
    """The annex of the Tờ trình: members proposed for "Đoàn viên XHCN" (D9)."""
    when = period_phrase(data.period_label)
    out: list = [PageBreak()]
    out.append(P("DANH SÁCH ĐOÀN VIÊN ĐỀ NGHỊ CÔNG NHẬN", S.TITLE))
    out.append(P(f"“ĐOÀN VIÊN XÃ HỘI CHỦ NGHĨA” {when.upper()}", S.SUBTITLE))
    out.append(
        P(
            f"(Kèm theo Tờ trình số {data.proposal_heading.number_text} ngày "
            f"{format_date_short(data.proposal_heading.issued_on)} của Ban Chấp hành "
            f"{data.branch.name})",
            S.SUBTITLE_ITALIC,
        )
    )
    out.append(Spacer(1, 8))
    rows = []
    for i, m in enumerate(data.members_proposed, start=1):
        votes = f"{m.votes_for}/{m.votes_total}" if m.votes_for is not None and m.votes_total else ""
        rows.append(
            [
                str(i),
                m.full_name,
                m.birth,
                m.gender,
                format_days(m.volunteer_days) if m.volunteer_days is not None else "",
                votes,
                m.note,
            ]
        )
    widths = [11 * mm, 48 * mm, 18 * mm, 16 * mm, 22 * mm, 22 * mm, 23 * mm]
    scale = PORTRAIT_WIDTH / sum(widths)
    out += data_table(
        [["STT", "Họ và tên", "Năm sinh", "Giới tính", "Ngày tình nguyện", "Biểu quyết tán thành", "Ghi chú"]],
        rows,
        [w * scale for w in widths],
        align=["CENTER", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "LEFT"],
    )
    tail = [
        Spacer(1, 6),
        para(
            f"Danh sách có {format_number(len(data.members_proposed))} đoàn viên "
            f"({share_text(len(data.members_proposed), data.members_total)} tổng số đoàn viên "
            f"của chi đoàn)."
        ),
    ]
    out.append(signature_block(data.signature, (), keep_with=tail))
    return out
