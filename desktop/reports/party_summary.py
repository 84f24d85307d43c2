"""The Party line's upper level's own paper (issue 20; BRIEF §4.2–4.3): the Thành ủy's Ban Tuyên giáo
và Dân vận reports periodically on the communes' models. "Báo cáo tổng hợp" of the communes' reports
received for a year: who sent what, each commune's criteria met and people satisfied, the totals per
model, and whom to urge. Party format (36-HD/VPTW via ``Issuer.party``): "THÀNH ỦY HẢI PHÒNG" above
"BAN TUYÊN GIÁO VÀ DÂN VẬN", "Số 05-BC/BTGDVTU", signed by the head of the Ban. Plain data in, a
``BuiltReport`` out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.i18n.formatting import format_date_short, format_percent
from desktop.reports import styles as S
from desktop.reports.layout import (
    bullets,
    data_table,
    heading_block,
    keep_with_next,
    new_document,
    para,
    recipients_list,
    section,
    signature_block,
    text_width,
    title_block,
)
from desktop.reports.model import Heading, Signature
from desktop.reports.render import BuiltReport

WIDTH = text_width(S.PAGE_SIZE[0], S.PARTY_MARGINS)
TYPE_CODE = "BC"


@dataclass(frozen=True)
class CommuneRow:
    name: str
    report: str  # "Báo cáo sơ kết năm 2026 — số 01-BC/ĐU"; "Chưa gửi báo cáo"
    met: int | None
    applicable: int | None
    asked: int
    satisfied: int
    youth: str


@dataclass(frozen=True)
class ModelRow:
    title: str
    met: int
    applicable: int
    communes: int


@dataclass(frozen=True)
class PartySummaryData:
    heading: Heading
    signature: Signature
    issuer: str  # "Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng"
    period_label: str
    as_of: date
    communes: tuple[CommuneRow, ...]
    models: tuple[ModelRow, ...]
    connected: int
    registered: int
    reviewed: int
    not_connected: tuple[str, ...] = ()
    no_review: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()


def _share(asked: int, satisfied: int) -> str:
    return f"{satisfied}/{asked} ({format_percent(satisfied / asked, digits=1)})" if asked else "—"


def build_party_summary(data: PartySummaryData) -> BuiltReport:
    subject = f"Kết quả thực hiện các mô hình thi đua của các Đảng ủy xã, phường, đặc khu năm {data.period_label}"
    story = new_document("Báo cáo tổng hợp", first=True)
    story.append(heading_block(data.heading, WIDTH))
    story += title_block("Báo cáo", subject)
    n = len(data.communes)
    story.append(
        para(
            f"Thực hiện nhiệm vụ theo dõi, đôn đốc việc thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành "
            f"Đảng bộ thành phố, {data.issuer} tổng hợp kết quả thực hiện các mô hình thi đua năm "
            f"{data.period_label} theo báo cáo của {n} Đảng ủy xã, phường, đặc khu (số liệu theo báo cáo mới "
            f"nhất của từng Đảng ủy, tính đến ngày {format_date_short(data.as_of)}) như sau:"
        )
    )
    story.append(section("I. TÌNH HÌNH GỬI BÁO CÁO"))
    story += bullets(
        [
            f"Số Đảng ủy theo dõi: {n}; đã kết nối phần mềm: {data.connected}.",
            f"Đã gửi bản đăng ký thực hiện các mô hình: {data.registered}/{n}.",
            f"Đã gửi báo cáo sơ kết năm {data.period_label}: {data.reviewed}/{n}.",
        ]
    )
    story.append(section("II. KẾT QUẢ CỦA TỪNG ĐẢNG ỦY"))
    if data.communes:
        rows = [
            [
                str(i),
                c.name,
                c.report,
                f"{c.met}/{c.applicable}" if c.applicable else "—",
                _share(c.asked, c.satisfied),
                c.youth,
            ]
            for i, c in enumerate(data.communes, start=1)
        ]
        shares = [6, 20, 24, 11, 16, 23]
        story += data_table(
            [["TT", "Đảng ủy", "Báo cáo mới nhất", "Chỉ tiêu đạt", "Người dân hài lòng", "Đoàn xã"]],
            rows,
            [WIDTH * x / 100 for x in shares],
            align=["CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "LEFT"],
            dense=True,
        )
    else:
        story.append(para("Chưa có Đảng ủy nào trong danh sách theo dõi."))
    story.append(section("III. KẾT QUẢ THEO TỪNG MÔ HÌNH"))
    if data.models:
        rows = [
            [
                str(i),
                m.title,
                f"{m.met}/{m.applicable}",
                format_percent(m.met / m.applicable) if m.applicable else "—",
                str(m.communes),
            ]
            for i, m in enumerate(data.models, start=1)
        ]
        met = sum(m.met for m in data.models)
        app = sum(m.applicable for m in data.models)
        rows.append(["", "Cộng", f"{met}/{app}", format_percent(met / app) if app else "—", ""])
        shares = [7, 47, 16, 12, 18]
        story += data_table(
            [["TT", "Mô hình", "Chỉ tiêu đạt", "Tỉ lệ", "Số Đảng ủy báo cáo"]],
            rows,
            [WIDTH * x / 100 for x in shares],
            align=["CENTER", "LEFT", "CENTER", "CENTER", "CENTER"],
            bold_rows=[len(rows) - 1],
        )
    else:
        story.append(para("Chưa nhận được báo cáo kết quả nào."))
    asked = sum(c.asked for c in data.communes)
    satisfied = sum(c.satisfied for c in data.communes)
    if asked:
        surveyed = sum(1 for c in data.communes if c.asked)
        said = para(
            f"Qua khảo sát của {surveyed} Đảng ủy, {satisfied}/{asked} người được hỏi hài lòng "
            f"({format_percent(satisfied / asked, digits=1)})."
        )
    else:
        said = para("Các báo cáo nhận được chưa có kết quả khảo sát sự hài lòng của Nhân dân.")
    story.append(keep_with_next(section("IV. SỰ HÀI LÒNG CỦA NHÂN DÂN"), said))  # a heading never ends a page
    story.append(section("V. ĐỀ XUẤT"))
    items = []
    if data.not_connected:
        items.append(f"Hướng dẫn các Đảng ủy chưa kết nối phần mềm: {', '.join(data.not_connected)}.")
    if data.no_review:
        items.append(
            f"Đôn đốc các Đảng ủy chưa gửi báo cáo sơ kết năm {data.period_label}: {', '.join(data.no_review)}."
        )
    items.append(
        "Các Đảng ủy tiếp tục lấy sự hài lòng của Nhân dân làm thước đo; tập trung khắc phục các chỉ tiêu chưa đạt."
    )
    last = bullets(items)
    story += last[:-1]
    story.append(signature_block(data.signature, recipients_list(data.recipients), width=WIDTH, keep_with=last[-1:]))
    return BuiltReport(
        title=f"Báo cáo tổng hợp các Đảng ủy xã năm {data.period_label} — {data.issuer}",
        subject=subject,
        author=data.issuer,
        story=story,
        margins=S.PARTY_MARGINS,
        documents=["Báo cáo tổng hợp"],
    )
