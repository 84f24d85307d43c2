"""Pieces shared by several builders: the criteria tables and status words."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.i18n.formatting import format_percent, roman
from desktop.reports import styles as S
from desktop.reports.layout import PORTRAIT_WIDTH, P, data_table, heading_block, new_document, title_block
from desktop.reports.model import CriterionGroup, CriterionLine

MET, NOT_MET, NOT_JUDGED, NOT_APPLICABLE = "Đạt", "Chưa đạt", "Chưa đánh giá", "Không áp dụng"


def status_word(line: CriterionLine) -> str:
    if not line.applicable:
        return NOT_APPLICABLE
    if line.status:
        return line.status
    if line.met is None:
        return NOT_JUDGED
    return MET if line.met else NOT_MET


def group_title(group: CriterionGroup, index: int) -> str:
    """'I. Tổ chức hoạt động giáo dục tư tưởng, chính trị'."""
    return f"{roman(index)}. {group.title}"


def grouped_rows(
    groups: Sequence[CriterionGroup], criteria: Sequence[CriterionLine], cells
) -> tuple[list[list], list[int]]:
    """Rows with a spanning group heading before each group's criteria; returns (rows, spans)."""
    rows: list[list] = []
    spans: list[int] = []
    known = {g.id for g in groups}
    ordered = list(groups) + (
        [CriterionGroup("", "Tiêu chí khác")] if any(c.group_id not in known for c in criteria) else []
    )
    for i, g in enumerate(ordered, start=1):
        members = [c for c in criteria if (c.group_id == g.id) or (not g.id and c.group_id not in known)]
        if not members:
            continue
        spans.append(len(rows))
        rows.append([group_title(g, i)])
        for c in members:
            rows.append(cells(c))
    return rows, spans


def criteria_table(
    groups,
    criteria,
    columns: Sequence[tuple[str, float, str, object]],
    *,
    width: float = PORTRAIT_WIDTH,
    dense: bool = False,
):
    """A criteria table; ``columns`` = (header, share of width, align, cell function)."""
    total = sum(c[1] for c in columns)
    widths = [width * c[1] / total for c in columns]
    rows, spans = grouped_rows(groups, criteria, lambda c: [fn(c) for _, _, _, fn in columns])
    return data_table(
        [[h for h, _, _, _ in columns]], rows, widths, dense=dense, align=[a for _, _, a, _ in columns], span_rows=spans
    )


def completion_text(met: int, applicable: int) -> str:
    """'14/16 tiêu chí (88%)'."""
    share = met / applicable if applicable else 0
    return f"{met}/{applicable} tiêu chí ({format_percent(share)})"


def share_text(part: float, whole: float) -> str:
    return format_percent(part / whole) if whole else "—"


COL_ID = 17 * mm


def opening(
    doc_title: str, heading, doc_type: str, *summary: str, recipient: str | None = None, first: bool = True, **title_kw
) -> list[Flowable]:
    """The top of every administrative document (docs/formats/van-ban.md): the heading (issuer, motto, number,
    place and date), the document type and summary, and "Kính gửi: …" when it is addressed."""
    story = new_document(doc_title, first=first)
    story.append(heading_block(heading))
    story += title_block(doc_type, *summary, **title_kw)
    if recipient:
        story.append(P(f"Kính gửi: {recipient}", S.CENTER))
        story.append(Spacer(1, 6))
    return story
