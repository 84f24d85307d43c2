"""Step 3 "Công nhận": reads and writes of member/branch recognition results (issue 5)."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models.core import UnitRow
from db.models.members import MemberRow
from db.models.recognition import MemberRecognitionRow


def recognised_member_ids(session: Session, unit_code: str, period_label: str) -> set[int]:
    """Ids of the members recognised as "Đoàn viên XHCN" for ``period_label`` (CD-3.8 numerator):
    members whose row belongs to the unit now, or who were recognised while in it. The caller
    intersects with its member base (BRIEF §1 setting ``member_base``)."""
    unit_id = session.execute(select(UnitRow.id).where(UnitRow.code == unit_code)).scalar_one_or_none()
    if unit_id is None:
        return set()
    rows = session.execute(
        select(MemberRecognitionRow.member_id)
        .join(MemberRow, MemberRow.id == MemberRecognitionRow.member_id)
        .where(MemberRecognitionRow.period_label == period_label,
               or_(MemberRow.unit_id == unit_id, MemberRecognitionRow.unit_id == unit_id))
    ).scalars()
    return set(rows)
