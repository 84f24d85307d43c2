"""D7 (BRIEF §7): the Đoàn cơ sở's appraisal sheet of one branch — "đánh giá mức độ hoàn
thành" per criterion, on the branch's proposal and the monitoring results, against the ≥ 80 %
rule. For each criterion: the branch's own claim, the Đoàn cơ sở's opinion and the result; then
the conclusion and the members the branch proposed as Đoàn viên XHCN with the verdict on each.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.i18n.formatting import format_date_short, format_number
from desktop.reports import styles as S
from desktop.reports.builders.common import COL_ID, completion_text, criteria_table, opening
from desktop.reports.builders.registration import period_phrase
from desktop.reports.layout import PORTRAIT_WIDTH, P, data_table, para, recipients_list, section, signature_block
from desktop.reports.model import AppraisalSheetData
from desktop.reports.render import BuiltReport


def build_appraisal(data: AppraisalSheetData) -> BuiltReport:
    b = data.branch
    when = period_phrase(data.period_label)
    issuer = data.heading.issuer.name
    subject = f"Thẩm định kết quả xây dựng Chi đoàn xã hội chủ nghĩa {when}"
    story = opening("Phiếu thẩm định", data.heading, "Phiếu thẩm định", subject, italic_lines=[b.name])
    submitted = f" nộp ngày {format_date_short(data.submitted_on)}" if data.submitted_on else ""
    story.append(
        para(
            f"Căn cứ hồ sơ tự đánh giá và đề nghị công nhận của {b.name}{submitted}, căn cứ kết quả theo dõi "
            f"thực hiện các tiêu chí, Ban Chấp hành {issuer} thẩm định mức độ hoàn thành từng tiêu chí như sau:"
        )
    )
    story.append(section("I. THẨM ĐỊNH TỪNG TIÊU CHÍ"))
    story += criteria_table(
        data.groups,
        data.lines,
        [
            ("Mã", COL_ID, "CENTER", lambda c: c.criterion_id),
            ("Tiêu chí", 58 * mm, "LEFT", lambda c: c.title),
            ("Chi đoàn tự đánh giá", 20 * mm, "CENTER", lambda c: c.claim),
            ("Ý kiến thẩm định", 20 * mm, "CENTER", lambda c: c.opinion),
            ("Kết quả sau thẩm định", 20 * mm, "CENTER", lambda c: c.result),
            ("Nhận xét", 33 * mm, "LEFT", lambda c: c.comment),
        ],
    )
    story.append(Spacer(1, 3))
    story.append(
        P(
            "Ghi chú: “Đồng ý” giữ nguyên tự đánh giá của chi đoàn; “Không đồng ý” đổi “Đạt” thành "
            "“Chưa đạt” (và ngược lại), lý do ghi ở cột Nhận xét; “Chưa thẩm định” tạm tính theo tự "
            "đánh giá của chi đoàn.",
            S.RECIPIENTS_ITEM,
        )
    )

    story.append(section("II. KẾT LUẬN"))
    verdict = (
        "đủ điều kiện đề nghị công nhận danh hiệu “Chi đoàn xã hội chủ nghĩa”"
        if data.recognisable
        else "chưa đủ điều kiện công nhận danh hiệu “Chi đoàn xã hội chủ nghĩa”"
    )
    conclusion = [
        f"Sau thẩm định, {b.name} đạt {completion_text(data.met, data.applicable)} được áp dụng "
        f"(cần {format_number(data.required)}): {verdict} {when}."
    ]
    if not data.proposes_recognition:
        conclusion.append(f"{b.name} không đề nghị công nhận danh hiệu kỳ này.")
    if data.pending:
        conclusion.append(
            f"Còn {format_number(len(data.pending))} tiêu chí chưa thẩm định: " + ", ".join(data.pending) + "."
        )
    story += [para(t) for t in conclusion]

    closing = para(f"Ban Chấp hành {issuer} thông báo kết quả thẩm định để {b.name} biết, thực hiện./.")
    if data.members:
        story.append(section("III. ĐOÀN VIÊN ĐƯỢC ĐỀ NGHỊ CÔNG NHẬN “ĐOÀN VIÊN XÃ HỘI CHỦ NGHĨA”"))
        rows = [
            [str(i), m.full_name, m.birth, "Có" if m.proposed else "Không", m.opinion, m.reason]
            for i, m in enumerate(data.members, start=1)
        ]
        widths = [11 * mm, 46 * mm, 17 * mm, 22 * mm, 24 * mm, 45 * mm]
        story += data_table(
            [["STT", "Họ và tên", "Năm sinh", "Chi đoàn đề nghị", "Ý kiến thẩm định", "Lý do"]],
            rows,
            [w * PORTRAIT_WIDTH / sum(widths) for w in widths],
            align=["CENTER", "LEFT", "CENTER", "CENTER", "CENTER", "LEFT"],
        )
        agreed = sum(1 for m in data.members if m.opinion == "Đồng ý")
        story.append(Spacer(1, 4))
        story.append(
            para(f"Đồng ý đề nghị công nhận {format_number(agreed)}/{format_number(len(data.members))} đoàn viên.")
        )
    story.append(signature_block(data.signature, recipients_list(data.recipients), keep_with=[closing]))
    return BuiltReport(
        title=f"Phiếu thẩm định {data.period_label} — {b.name}",
        subject=subject,
        author=issuer,
        story=story,
        documents=["Phiếu thẩm định"],
    )
