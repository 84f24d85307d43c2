"""D8 + D9 (BRIEF §7): "Quyết định công nhận Chi đoàn XHCN / Đoàn viên XHCN" issued by the
Đoàn cơ sở (002_1f659a59af196e35.txt:975, before 30/11 or 20/5 for schools), with the annexed
lists of recognised branches and members.

Layout (the seeds are silent; Decree 30 decision form): heading, "QUYẾT ĐỊNH", the summary
line, the deciding body in capitals, the "Căn cứ" clauses in italics, "QUYẾT ĐỊNH:", Điều 1/2/3,
signature, "Nơi nhận:", then the annexes.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from desktop.i18n.formatting import format_date_short, format_number
from desktop.reports import styles as S
from desktop.reports.builders.common import opening
from desktop.reports.builders.registration import period_phrase
from desktop.reports.layout import PORTRAIT_WIDTH, P, data_table, esc, recipients_list, signature_block
from desktop.reports.model import DecisionData
from desktop.reports.render import BuiltReport


def _titles(data: DecisionData) -> str:
    parts = []
    if data.branches:
        parts.append("“Chi đoàn xã hội chủ nghĩa”")
    if data.members:
        parts.append("“Đoàn viên xã hội chủ nghĩa”")
    return ", ".join(parts) or "“Chi đoàn xã hội chủ nghĩa”"


def build_decision(data: DecisionData) -> BuiltReport:
    when = period_phrase(data.period_label)
    body = data.issuer_full_name
    subject = f"Về việc công nhận {_titles(data)} {when}"
    story = opening("Quyết định công nhận", data.heading, "Quyết định", subject)
    story.append(P(body.upper(), S.CENTER_BOLD))
    story.append(Spacer(1, 6))
    for clause in data.bases:
        story.append(P(clause, S.BODY_ITALIC))
    story.append(Spacer(1, 4))
    story.append(P("QUYẾT ĐỊNH:", S.CENTER_BOLD))
    story.append(Spacer(1, 6))
    recognised = []
    if data.branches:
        recognised.append(f"{format_number(len(data.branches))} chi đoàn đạt danh hiệu “Chi đoàn xã hội chủ nghĩa”")
    if data.members:
        recognised.append(f"{format_number(len(data.members))} đoàn viên đạt danh hiệu “Đoàn viên xã hội chủ nghĩa”")
    annexes = []
    if data.branches:
        annexes.append("Phụ lục 1")
    if data.members:
        annexes.append("Phụ lục " + ("2" if data.branches else "1"))
    story.append(
        _article(
            1,
            f"Công nhận {' và '.join(recognised) or 'danh hiệu'} {when} (có "
            f"danh sách tại {' và '.join(annexes)} kèm theo).",
        )
    )
    story.append(
        _article(
            2,
            "Quyết định có hiệu lực kể từ ngày ký. Các chi đoàn, đoàn viên được "
            "công nhận tiếp tục giữ vững, phát huy kết quả đạt được.",
        )
    )
    executors = data.executors or "Văn phòng, Ban Chấp hành các chi đoàn trực thuộc và các đoàn viên có tên tại Điều 1"
    last = _article(3, f"{executors} căn cứ Quyết định thi hành./.")
    story.append(signature_block(data.signature, recipients_list(data.recipients), keep_with=[last]))

    ref = (
        f"(Kèm theo Quyết định số {data.heading.number_text} ngày "
        f"{format_date_short(data.heading.issued_on)} của {body})"
    )
    n = 1
    if data.branches:
        story.append(PageBreak())
        story.append(P(f"PHỤ LỤC {n}", S.TITLE))
        story.append(P(f"DANH SÁCH CHI ĐOÀN ĐƯỢC CÔNG NHẬN “CHI ĐOÀN XÃ HỘI CHỦ NGHĨA” {when.upper()}", S.SUBTITLE))
        story.append(P(ref, S.SUBTITLE_ITALIC))
        story.append(Spacer(1, 8))
        rows = [
            [
                str(i),
                r.branch.name,
                r.branch.branch_type,
                f"{r.met}/{r.applicable}" if r.applicable else "",
                "(*)" if r.exception else "",
            ]
            for i, r in enumerate(data.branches, start=1)
        ]
        widths = [12 * mm, 76 * mm, 38 * mm, 24 * mm, 14 * mm]
        story += data_table(
            [["STT", "Chi đoàn", "Loại hình", "Tiêu chí đạt", "Ghi chú"]],
            rows,
            [w * PORTRAIT_WIDTH / sum(widths) for w in widths],
            align=["CENTER", "LEFT", "LEFT", "CENTER", "CENTER"],
        )
        story.append(Spacer(1, 4))
        story.append(P(f"(Danh sách có {format_number(len(data.branches))} chi đoàn)", S.CENTER_ITALIC))
        story += _legend(
            [("“Tiêu chí đạt”: số tiêu chí đạt sau thẩm định của Đoàn cơ sở / số tiêu chí áp dụng cho chi đoàn.")],
            [(r.branch.name, r.exception) for r in data.branches if r.exception],
        )
        n += 1
    if data.members:
        story.append(PageBreak())
        story.append(P(f"PHỤ LỤC {n}", S.TITLE))
        story.append(P(f"DANH SÁCH ĐOÀN VIÊN ĐƯỢC CÔNG NHẬN “ĐOÀN VIÊN XÃ HỘI CHỦ NGHĨA” {when.upper()}", S.SUBTITLE))
        story.append(P(ref, S.SUBTITLE_ITALIC))
        story.append(Spacer(1, 8))
        rows = [
            [str(i), m.full_name, m.birth, m.gender, m.branch, "(*)" if m.exception else ""]
            for i, m in enumerate(data.members, start=1)
        ]
        widths = [12 * mm, 48 * mm, 18 * mm, 18 * mm, 54 * mm, 14 * mm]
        story += data_table(
            [["STT", "Họ và tên", "Năm sinh", "Giới tính", "Chi đoàn", "Ghi chú"]],
            rows,
            [w * PORTRAIT_WIDTH / sum(widths) for w in widths],
            align=["CENTER", "LEFT", "CENTER", "CENTER", "LEFT", "CENTER"],
        )
        story.append(Spacer(1, 4))
        story.append(P(f"(Danh sách có {format_number(len(data.members))} đoàn viên)", S.CENTER_ITALIC))
        story += _legend([], [(m.full_name, m.exception) for m in data.members if m.exception])
    return BuiltReport(
        title=f"Quyết định công nhận {data.period_label} — {body}",
        subject=subject,
        author=data.heading.issuer.name,
        story=story,
        documents=["Quyết định công nhận"],
    )


def _legend(lines: list[str], exceptions: list[tuple[str, str]]) -> list:
    """The annex's legend: what its codes mean, and each exception with its written reason."""
    out = [Spacer(1, 4)]
    for line in lines:
        out.append(P(line, S.RECIPIENTS_ITEM))
    if exceptions:
        out.append(
            P(
                "(*) Công nhận ngoại lệ: chưa qua thẩm định của Đoàn cơ sở, công nhận theo lý do ghi dưới đây.",
                S.RECIPIENTS_ITEM,
            )
        )
        for name, reason in exceptions:
            out.append(P(f"- {name}: {reason}", S.RECIPIENTS_ITEM))
    return out if len(out) > 1 else []


def _article(n: int, text: str):
    return P(f"<b>Điều {n}.</b> {esc(text)}", S.BODY, markup=True)
