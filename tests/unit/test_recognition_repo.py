"""CD-3.8 numerator: the members recognised as "Đoàn viên XHCN" for a period (BRIEF §1, §2.1)."""

from datetime import date

from db.models.members import MemberRow
from db.models.recognition import MemberRecognitionRow
from db.repo import units as units_repo
from db.repo.recognition import recognised_member_ids


def test_recognised_member_ids_counts_only_the_period_and_the_unit(branch_ctx, branch_unit):
    ctx = branch_ctx
    with ctx.uow.begin() as s:
        uid = units_repo.row_id(s, branch_unit.code)
        a = MemberRow(unit_id=uid, full_name="Nguyễn Thị Hoa", name_key="nguyen thi hoa")
        b = MemberRow(unit_id=uid, full_name="Trần Văn Đức", name_key="tran van duc")
        s.add_all([a, b])
        s.flush()
        s.add(
            MemberRecognitionRow(
                unit_id=uid,
                member_id=a.id,
                period_label="2026",
                decision_number="15-QĐ/ĐTN",
                decision_date=date(2026, 11, 25),
            )
        )
        s.add(MemberRecognitionRow(unit_id=uid, member_id=b.id, period_label="2025"))
        ids = (a.id, b.id)
    with ctx.uow.read() as s:
        assert recognised_member_ids(s, branch_unit.code, "2026") == {ids[0]}
        assert recognised_member_ids(s, branch_unit.code, "2025") == {ids[1]}
        assert recognised_member_ids(s, "KHONG-CO", "2026") == set()
