"""D1 + D2 (BRIEF §7): "Bản đăng ký xây dựng Chi đoàn XHCN" — content and roadmap per
criterion (002_1f659a59af196e35.txt:962) — with the list of members registering for the
"Đoàn viên XHCN" title (002_1f659a59af196e35.txt:947).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from desktop.i18n.formatting import format_date_short, format_number
from desktop.reports import styles as S
from desktop.reports import texts
from desktop.reports.builders.common import COL_ID, criteria_table, opening, share_text
from desktop.reports.layout import (
    PORTRAIT_WIDTH,
    P,
    data_table,
    labelled,
    para,
    recipients_list,
    section,
    signature_block,
)
from desktop.reports.model import RegistrationData
from desktop.reports.render import BuiltReport


def _subject(data: RegistrationData) -> str:
    return f"Xây dựng Chi đoàn xã hội chủ nghĩa {period_phrase(data.period_label)}"


def period_phrase(label: str) -> str:
    """'năm 2027' or 'năm học 2026 - 2027'."""
    if "-" in label:
        a, b = label.split("-", 1)
        return f"năm học {a} - {b}"
    return f"năm {label}"


def build_registration(data: RegistrationData) -> BuiltReport:
    b = data.branch
    story = opening("Bản đăng ký", data.heading, "Bản đăng ký", _subject(data))
    story.append(
        para(
            f"Căn cứ {texts.NQ05}; căn cứ các tiêu chí xây dựng mô hình {texts.MODEL_NAME}, Ban "
            f"Chấp hành {b.name} đăng ký xây dựng Chi đoàn xã hội chủ nghĩa "
            f"{period_phrase(data.period_label)} với nội dung, lộ trình thực hiện như sau:"
        )
    )

    registered = [m for m in data.members if m.registered]
    story.append(section("I. THÔNG TIN CHUNG"))
    story.append(labelled("Tên chi đoàn:", b.name))
    if b.branch_type:
        story.append(labelled("Loại hình:", b.branch_type))
    if b.parent_name:
        story.append(labelled("Đoàn cơ sở cấp trên trực tiếp:", b.parent_name))
    story.append(labelled("Tổng số đoàn viên:", format_number(b.members)))
    story.append(
        labelled(
            "Số đoàn viên đăng ký phấn đấu đạt danh hiệu “Đoàn viên xã hội chủ nghĩa”:",
            f"{format_number(len(registered))}/{format_number(b.members)} ({share_text(len(registered), b.members)})",
        )
    )

    story.append(section("II. NỘI DUNG VÀ LỘ TRÌNH THỰC HIỆN"))
    story += criteria_table(
        data.groups,
        data.criteria,
        [
            ("Mã", COL_ID, "CENTER", lambda c: c.criterion_id),
            ("Tiêu chí", 52 * mm, "LEFT", lambda c: c.title),
            (
                "Nội dung thực hiện",
                56 * mm,
                "LEFT",
                lambda c: c.content if c.applicable else f"Không áp dụng: {c.not_applicable_reason}",
            ),
            ("Lộ trình", 35 * mm, "LEFT", lambda c: c.roadmap if c.applicable else ""),
        ],
    )

    if data.youth_project or data.red_address:
        story.append(section("III. CÔNG TRÌNH, PHẦN VIỆC ĐĂNG KÝ"))
        if data.youth_project:
            story.append(labelled("Công trình, phần việc thanh niên (CD-2.2):", data.youth_project))
        if data.red_address:
            story.append(
                labelled(
                    "Hành trình đến với địa chỉ đỏ hoặc hoạt động tạo trào lưu tích cực (CD-2.3):", data.red_address
                )
            )
    story.append(section(("IV" if (data.youth_project or data.red_address) else "III") + ". CAM KẾT"))
    commitments = data.commitments or (
        (
            f"Ban Chấp hành {b.name} cam kết lãnh đạo đoàn viên thực hiện đầy đủ nội dung, lộ trình "
            f"đã đăng ký; phấn đấu đạt danh hiệu “Chi đoàn xã hội chủ nghĩa” "
            f"{period_phrase(data.period_label)}."
        ),
    )
    story += [para(c) for c in commitments[:-1]]
    story.append(signature_block(data.signature, recipients_list(data.recipients), keep_with=[para(commitments[-1])]))

    # D2: the member list, an annex of the registration.
    story += member_registration_list(data)
    return BuiltReport(
        title=f"Bản đăng ký xây dựng Chi đoàn XHCN {data.period_label} — {b.name}",
        subject=_subject(data),
        author=data.heading.issuer.name,
        story=story,
        documents=["Bản đăng ký", "Danh sách đoàn viên đăng ký"],
    )


def member_registration_list(data: RegistrationData) -> list:
    out: list = [PageBreak()]
    out.append(P("DANH SÁCH ĐOÀN VIÊN ĐĂNG KÝ PHẤN ĐẤU ĐẠT DANH HIỆU", S.TITLE))
    out.append(P(f"“ĐOÀN VIÊN XÃ HỘI CHỦ NGHĨA” {period_phrase(data.period_label).upper()}", S.SUBTITLE))
    ref = data.heading.number_text
    out.append(
        P(
            f"(Kèm theo Bản đăng ký số {ref} ngày "
            f"{format_date_short(data.heading.issued_on)} của Ban Chấp hành {data.branch.name})"
            if ref
            else f"(Kèm theo Bản đăng ký của Ban Chấp hành {data.branch.name})",
            S.SUBTITLE_ITALIC,
        )
    )
    out.append(Spacer(1, 8))
    rows = []
    registered = [m for m in data.members if m.registered]
    for i, m in enumerate(registered, start=1):
        rows.append(
            [
                str(i),
                m.full_name,
                m.birth,
                m.gender,
                "x" if m.is_party_member else "",
                format_date_short(m.registered_on),
                "",
            ]
        )
    widths = [11 * mm, 50 * mm, 20 * mm, 16 * mm, 17 * mm, 24 * mm, 22 * mm]
    scale = PORTRAIT_WIDTH / sum(widths)
    out += data_table(
        [["STT", "Họ và tên", "Năm sinh", "Giới tính", "Đảng viên", "Ngày đăng ký", "Ký tên"]],
        rows,
        [w * scale for w in widths],
        align=["CENTER", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "LEFT"],
    )
    not_registered = [m for m in data.members if not m.registered]
    out.append(Spacer(1, 3))
    out.append(P("Ghi chú: “x” ở cột Đảng viên — đoàn viên là đảng viên.", S.RECIPIENTS_ITEM))
    tail = [
        Spacer(1, 6),
        para(
            f"Tổng số: {format_number(len(registered))} đoàn viên đăng ký trên tổng số "
            f"{format_number(data.branch.members)} đoàn viên của chi đoàn."
        ),
    ]
    if not_registered:
        tail.append(
            para(
                "Đoàn viên chưa đăng ký: "
                + "; ".join(m.full_name + (f" ({m.note})" if m.note else "") for m in not_registered)
                + "."
            )
        )
    out.append(signature_block(data.signature, (), keep_with=tail))
    return out
