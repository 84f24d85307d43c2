"""CD-3.6 (BRIEF §6): the volunteer-day log of a branch for a period — per member (summary and
detail) and per activity. "Mỗi đoàn viên tham gia ít nhất 05 ngày tình nguyện trong năm"
(001_9df586bd548f38af.txt:2992-2993).
"""

from __future__ import annotations

from desktop.i18n.formatting import format_date_short, format_days, format_number
from desktop.reports.builders.common import share_text
from desktop.reports.builders.registration import period_phrase
from desktop.reports.layout import (
    PORTRAIT_WIDTH,
    data_table,
    heading_block,
    new_document,
    para,
    section,
    signature_block,
    title_block,
)
from desktop.reports.model import VolunteerLogData
from desktop.reports.render import BuiltReport


def _scaled(*mms: float) -> list[float]:
    total = sum(mms)
    return [PORTRAIT_WIDTH * m / total for m in mms]


def build_volunteer_log(data: VolunteerLogData) -> BuiltReport:
    b = data.branch
    when = period_phrase(data.period_label)
    minimum = format_days(data.minimum_days)
    story = new_document("Sổ theo dõi ngày tình nguyện", first=True)
    story.append(heading_block(data.heading))
    story += title_block(
        "Sổ theo dõi ngày tình nguyện",
        f"của đoàn viên {b.name} {when}",
        italic_lines=[
            (f"(Từ ngày {format_date_short(data.period_start)} đến ngày {format_date_short(data.period_end)})")
        ],
    )
    met = sum(1 for m in data.members if m.met)
    total_days = sum(m.days for m in data.members)
    story.append(
        para(
            f"Tiêu chí CD-3.6: mỗi đoàn viên tham gia ít nhất {minimum} ngày tình nguyện trong năm. "
            f"Kết quả: {format_number(met)}/{format_number(len(data.members))} đoàn viên đạt "
            f"({share_text(met, len(data.members))}); tổng số {format_days(total_days)} ngày tình "
            f"nguyện qua {format_number(len(data.activities))} hoạt động."
        )
    )

    story.append(section("I. TỔNG HỢP THEO ĐOÀN VIÊN"))
    rows = [
        [
            str(i),
            m.full_name,
            format_number(m.activities),
            format_days(m.days),
            "Đạt" if m.met else f"Thiếu {format_days(max(data.minimum_days - m.days, 0))}",
        ]
        for i, m in enumerate(data.members, start=1)
    ]
    story += data_table(
        [["STT", "Họ và tên", "Số hoạt động", "Số ngày", f"Đủ {minimum} ngày"]],
        rows,
        _scaled(12, 70, 26, 24, 28),
        align=["CENTER", "LEFT", "CENTER", "CENTER", "CENTER"],
    )

    story.append(section("II. CHI TIẾT THEO ĐOÀN VIÊN"))
    rows, spans = [], []
    for i, m in enumerate(data.members, start=1):
        spans.append(len(rows))
        rows.append([f"{i}. {m.full_name} — {format_days(m.days)} ngày"])
        for d, name, days in m.detail:
            rows.append([format_date_short(d), name, format_days(days)])
        if not m.detail:
            rows.append(["", "Chưa tham gia hoạt động nào", "0"])
    story += data_table(
        [["Ngày", "Hoạt động", "Số ngày"]],
        rows,
        _scaled(25, 110, 25),
        align=["CENTER", "LEFT", "CENTER"],
        span_rows=spans,
    )

    story.append(section("III. THEO HOẠT ĐỘNG"))
    rows = [
        [
            str(i),
            format_date_short(a.on_date),
            a.name,
            a.organiser,
            format_number(a.participants),
            format_days(a.days_credited),
            format_days(a.total_days),
        ]
        for i, a in enumerate(data.activities, start=1)
    ]
    rows.append(
        [
            "",
            "",
            "Cộng",
            "",
            format_number(sum(a.participants for a in data.activities)),
            "",
            format_days(sum(a.total_days for a in data.activities)),
        ]
    )
    story += data_table(
        [["STT", "Ngày", "Hoạt động", "Đơn vị tổ chức", "Số người", "Ngày/ người", "Tổng số ngày"]],
        rows,
        _scaled(10, 22, 52, 36, 14, 14, 16),
        dense=True,
        align=["CENTER", "CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER"],
        bold_rows=[len(rows) - 1],
    )
    closing = para(
        f"Sổ có {format_number(len(data.members))} đoàn viên, {format_number(len(data.activities))} "
        f"hoạt động, tổng số {format_days(total_days)} ngày tình nguyện."
    )
    story.append(signature_block(data.signature, (), keep_with=[closing]))
    return BuiltReport(
        title=f"Sổ theo dõi ngày tình nguyện {data.period_label} — {b.name}",
        subject=f"Ngày tình nguyện của đoàn viên {when}",
        author=data.heading.issuer.name,
        story=story,
        documents=["Sổ theo dõi ngày tình nguyện"],
    )
