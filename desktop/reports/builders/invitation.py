"""The invitation page ("Thư mời kết nối"): one A4 page per invited branch, handed over or sent
with the invitation file. It names both units in full, shows the short code in large letters (a
person types it), the parent's key fingerprint, and the three steps on the branch's side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Spacer, Table, TableStyle

from desktop.i18n.formatting import format_date_short
from desktop.reports import styles as S
from desktop.reports.fonts import REGULAR
from desktop.reports.layout import PORTRAIT_WIDTH, P, bullets, labelled, new_document, para, title_block
from desktop.reports.render import BuiltReport

CODE_STYLE = ParagraphStyle(
    "InvitationCode", parent=S.CENTER_BOLD, fontSize=26, leading=32, spaceBefore=6, spaceAfter=6, alignment=TA_CENTER
)


@dataclass(frozen=True)
class InvitationPage:
    parent_name: str
    parent_code: str
    parent_fingerprint: str
    branch_name: str
    branch_code: str
    branch_type: str  # Vietnamese label, "" if none
    grade: int | None
    short_code: str
    file_name: str
    created_on: date
    # who is invited (issue 20): "branch" (a chi đoàn), "commune" (a commune's Party committee, by
    # the Party line's upper level), "share" (a Đoàn xã, by its commune's Party committee)
    audience: str = "branch"


def _facts(page: InvitationPage) -> Table:
    rows = [
        ["Đơn vị mời", f"{page.parent_name} (mã {page.parent_code})"],
        ["Đơn vị được mời", f"{page.branch_name} (mã {page.branch_code})"],
    ]
    if page.branch_type:
        rows.append(["Loại hình", page.branch_type + (f", khối {page.grade}" if page.grade else "")])
    rows.append(["Tệp thư mời", page.file_name])
    rows.append(["Mã vân tay khóa của đơn vị mời", page.parent_fingerprint])
    t = Table(
        [[P(a, S.CELL_HEAD), P(b, S.CELL)] for a, b in rows], colWidths=[PORTRAIT_WIDTH * 0.34, PORTRAIT_WIDTH * 0.66]
    )
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), S.TABLE_GRID_WIDTH, "#000000"),
            ]
        )
    )
    return t


_WORDS = {
    "branch": {
        "dear": "Ban Chấp hành {b}",
        "what": "gửi đăng ký, báo cáo quý và kết quả cuối năm",
        "who": "chi đoàn",
        "where": "vào Cài đặt",
        "last": "Gói đầu tiên chi đoàn gửi lên sẽ được đơn vị mời nhận ngay.",
    },
    "commune": {
        "dear": "{b}",
        "what": "gửi bản đăng ký các mô hình, báo cáo quý và báo cáo sơ kết",
        "who": "Đảng ủy",
        "where": "vào Gửi – nhận (hoặc Cài đặt)",
        "last": "Báo cáo đầu tiên Đảng ủy gửi lên sẽ được đơn vị mời nhận ngay.",
    },
    "share": {
        "dear": "Ban Chấp hành {b}",
        "what": "chia sẻ báo cáo tổng hợp (đăng ký, kết quả) với Đảng ủy, bên cạnh việc báo cáo Đoàn cấp trên như cũ,",
        "who": "Đoàn xã",
        "where": "vào Cài đặt",
        "last": "Từ đó mỗi báo cáo tổng hợp gửi Đoàn cấp trên cũng được gửi một bản cho {p}; đơn vị cấp "
        "trên của Đoàn xã không thay đổi.",
    },
}


def invitation_story(page: InvitationPage, first: bool) -> list:
    w = _WORDS.get(page.audience, _WORDS["branch"])
    story = new_document(f"Thư mời kết nối — {page.branch_name}", first=first)
    story.append(P(page.parent_name.upper(), S.HEADER_LEFT_BOLD))
    story += title_block("Thư mời kết nối Sổ Thi Đua", "Kính gửi: " + w["dear"].format(b=page.branch_name))
    story.append(
        para(
            f"{page.parent_name} mời {page.branch_name} kết nối phần mềm Sổ Thi Đua với đơn vị "
            f"để {w['what']} qua tệp (Zalo, USB) hoặc máy chủ, "
            "không cần trao đổi tệp khóa hay đọc mã qua điện thoại."
        )
    )
    story.append(_facts(page))
    story.append(Spacer(1, 10))
    story.append(P("MÃ MỜI", S.CENTER_BOLD))
    story.append(P(page.short_code, CODE_STYLE))
    story.append(P("Mã chỉ dùng được một lần, cho một máy. Không đưa mã cho đơn vị khác.", S.CENTER_ITALIC))
    story.append(Spacer(1, 8))
    story.append(P(f"Cách kết nối (trên máy của {w['who']}):", S.HEADING))
    story += bullets(
        [
            f"Nhận tệp “{page.file_name}” do {page.parent_name} gửi (qua Zalo, thư điện tử hoặc USB).",
            (
                "Lần đầu mở Sổ Thi Đua: chọn “Nhận thư mời của đơn vị cấp trên”, chọn tệp đó. Nếu đã dùng "
                f"Sổ Thi Đua: {w['where']}, bấm “Nhận thư mời…”."
            ),
            "Đối chiếu mã mời hiện trên màn hình với mã in trên trang này, rồi bấm Hoàn tất (hoặc Có).",
            w["last"].format(p=page.parent_name),
        ]
    )
    story.append(Spacer(1, 6))
    story.append(labelled("Ngày tạo:", format_date_short(page.created_on, "vi")))
    return story


def build_invitations(parent_name: str, pages: list[InvitationPage]) -> BuiltReport:
    story: list = []
    for i, page in enumerate(pages):
        story += invitation_story(page, first=i == 0)
    return BuiltReport(
        title=f"Thư mời kết nối — {parent_name}",
        subject="Thư mời kết nối Sổ Thi Đua",
        author=parent_name,
        story=story,
        page_numbers=False,
        documents=[f"Thư mời kết nối — {p.branch_name}" for p in pages],
    )
