"""D4 (BRIEF §7): the quarterly progress report of a branch — per criterion the value, the
status and what is missing ("Định kỳ hằng quý" monitoring, 002_1f659a59af196e35.txt:970).
"""

from __future__ import annotations

from reportlab.lib.units import mm

from desktop.i18n.formatting import format_date_short
from desktop.reports.builders.common import COL_ID, criteria_table, opening, status_word
from desktop.reports.builders.registration import period_phrase
from desktop.reports.layout import PORTRAIT_WIDTH, bullets, data_table, para, recipients_list, section, signature_block
from desktop.reports.model import QuarterlyData
from desktop.reports.render import BuiltReport


def quarter_phrase(data: QuarterlyData) -> str:
    """'quý III năm 2026' / 'quý I năm học 2026 - 2027'."""
    return f"{data.quarter_label[0].lower()}{data.quarter_label[1:]} {period_phrase(data.period_label)}"


def build_quarterly(data: QuarterlyData) -> BuiltReport:
    b = data.branch
    subject = f"Tiến độ xây dựng Chi đoàn xã hội chủ nghĩa {quarter_phrase(data)}"
    story = opening("Báo cáo tiến độ quý", data.heading, "Báo cáo", subject)
    story.append(
        para(
            f"Ban Chấp hành {b.name} báo cáo tiến độ thực hiện các tiêu chí xây dựng Chi đoàn xã hội "
            f"chủ nghĩa {quarter_phrase(data)} (từ ngày {format_date_short(data.quarter_start)} đến "
            f"ngày {format_date_short(data.quarter_end)}), số liệu tính đến ngày "
            f"{format_date_short(min(data.quarter_end, data.heading.issued_on))}, như sau:"
        )
    )

    story.append(section("I. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ"))
    story += criteria_table(
        data.groups,
        data.criteria,
        [
            ("Mã", COL_ID, "CENTER", lambda c: c.criterion_id),
            ("Tiêu chí", 50 * mm, "LEFT", lambda c: c.title),
            ("Kết quả", 36 * mm, "LEFT", lambda c: c.value),
            ("Đánh giá", 22 * mm, "CENTER", status_word),
            ("Còn thiếu", 35 * mm, "LEFT", lambda c: c.missing if c.applicable else c.not_applicable_reason),
        ],
    )
    n = 2
    if data.figures:
        story.append(section(f"{'I' * n}. MỘT SỐ SỐ LIỆU TRONG QUÝ"))
        n += 1
        story += data_table(
            [["Nội dung", "Số liệu"]],
            [list(f) for f in data.figures],
            [PORTRAIT_WIDTH * 0.7, PORTRAIT_WIDTH * 0.3],
            align=["LEFT", "CENTER"],
        )
    roman = {2: "II", 3: "III", 4: "IV", 5: "V"}
    story.append(section(f"{roman[n]}. KHÓ KHĂN, TỒN TẠI"))
    n += 1
    story += bullets(data.issues) if data.issues else [para("Không có.")]
    story.append(section(f"{roman[n]}. NHIỆM VỤ TRỌNG TÂM QUÝ TỚI"))
    lacking = [c.criterion_id for c in data.criteria if c.applicable and c.met is False]
    steps = list(data.next_steps) or [
        "Tiếp tục thực hiện các tiêu chí còn thiếu: " + ", ".join(lacking) + "."
        if lacking
        else "Duy trì kết quả đã đạt, thực hiện các tiêu chí theo lộ trình đã đăng ký."
    ]
    last = bullets(steps)
    story += last[:-1]
    story.append(signature_block(data.signature, recipients_list(data.recipients), keep_with=last[-1:]))
    return BuiltReport(
        title=f"Báo cáo tiến độ {data.quarter_label} {data.period_label} — {b.name}",
        subject=subject,
        author=data.heading.issuer.name,
        story=story,
        documents=["Báo cáo tiến độ quý"],
    )
