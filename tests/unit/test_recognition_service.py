"""Step 3 "Công nhận" through the services (issue 5 item 5; BRIEF §2.3, §3.1 step 3)."""

from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.members import Member
from desktop.domain.recognition import CHUA_DAT, DAT, NOT_MET, Vote
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.services.membership import members as members_svc
from desktop.services.year import recognition as svc
from desktop.services.year import recognition_decisions as rdec
from desktop.services.year import recognition_branch as rbranch
from desktop.services.units import save_self_unit, save_unit, set_unit_setting

P = ("P1", "P2", "P3", "P4", "P5", "P6")
NAMES = ["Nguyễn Thị Hoa", "Trần Văn Đức", "Lê Minh Châu", "Phạm Thu Hương"]


def _add(ctx, unit_code, name, *, flags=True, entry=date(2025, 6, 1)):
    m = Member(
        id=None,
        unit_code=unit_code,
        full_name=name,
        date_of_birth=date(2000, 3, 4),
        training_registered=flags,
        ebook_issued=flags,
        ecard_issued=flags,
        residence_activity=flags,
    )
    _c, saved = members_svc.add_member(ctx, unit_code, m, entry_date=entry)
    return saved.id


@pytest.fixture
def branch(branch_ctx, branch_unit):
    ids = [_add(branch_ctx, branch_unit.code, n) for n in NAMES]
    return branch_ctx, branch_unit.code, ids


def _all_dat(evidence="Tham gia đầy đủ"):
    return {g: (DAT, evidence) for g in P}


def test_board_lists_members_with_what_is_missing(branch):
    ctx, code, _ids = branch
    board = svc.member_board(ctx, code, "2026")
    assert [r.member.full_name for r in board.rows] == NAMES
    first = board.rows[0]
    assert not first.verdict.eligible
    assert "Chưa tự đánh giá" in first.verdict.reasons_vi
    assert "Chưa có kết quả biểu quyết của hội nghị chi đoàn" in first.verdict.reasons_vi
    assert board.catalog.id == "doan-vien-xhcn"


def test_self_assessment_and_vote_make_a_member_eligible_except_volunteer_days(branch):
    ctx, code, ids = branch
    svc.save_self_assessment(ctx, code, "2026", ids[0], _all_dat(), training_score=85)
    svc.record_votes(ctx, code, "2026", date(2026, 11, 15), {ids[0]: Vote(3, 0, 1)})
    row = svc.member_board(ctx, code, "2026").rows[0]
    assert row.results["P1"] == (DAT, "Tham gia đầy đủ")
    assert row.training_score == 85
    # No volunteer day recorded: the only thing missing is CD-3.6's five days.
    assert row.verdict.reasons_vi == ("Mới có 0/5 ngày tình nguyện",)


def test_unknown_group_or_result_is_refused(branch):
    ctx, code, ids = branch
    with pytest.raises(DomainError, match="Nhóm “HS1” không có"):
        svc.save_self_assessment(ctx, code, "2026", ids[0], {"HS1": (DAT, "")})
    with pytest.raises(DomainError, match="chua_dat"):
        svc.save_self_assessment(ctx, code, "2026", ids[0], {"P1": ("tot", "")})


def test_ineligible_member_cannot_be_proposed_unless_forced(branch):
    ctx, code, ids = branch
    with pytest.raises(DomainError, match="Nguyễn Thị Hoa chưa đủ điều kiện đề nghị"):
        svc.set_member_proposals(ctx, code, "2026", [ids[0]])
    svc.set_member_proposals(ctx, code, "2026", [ids[0]], allow_ineligible=True)
    assert svc.member_board(ctx, code, "2026").rows[0].proposed


def test_vote_rule_setting_two_thirds(branch):
    ctx, code, ids = branch
    svc.save_self_assessment(ctx, code, "2026", ids[1], _all_dat())
    svc.record_votes(ctx, code, "2026", date(2026, 11, 15), {ids[1]: Vote(2, 1, 1)})
    assert not any("Biểu quyết" in x for x in svc.member_board(ctx, code, "2026").rows[1].verdict.reasons_vi)
    set_unit_setting(ctx, code, "member_vote_threshold", "two_thirds")
    reasons = svc.member_board(ctx, code, "2026").rows[1].verdict.reasons_vi
    assert "Biểu quyết chưa đạt ≥ 2/3: 2/4 tán thành (50%)" in reasons


def test_submitted_proposal_freezes_and_can_be_withdrawn(branch):
    ctx, code, ids = branch
    rbranch.save_branch_proposal(
        ctx,
        code,
        "2026",
        self_assessment="Chi đoàn hoàn thành tốt nhiệm vụ năm 2026.",
        claims={"CD-3.1": ("met", "Chi đoàn đoàn kết")},
        proposes_recognition=True,
        document_number="05-ĐN/CĐ",
        submit=True,
    )
    d = rbranch.branch_dossier(ctx, code, "2026")
    assert d.status == "submitted" and d.proposes_recognition and d.submitted_on == date(2026, 11, 21)
    assert d.items["CD-3.1"]["claim"] == "met" and d.items["CD-3.1"]["comment"] == "Chi đoàn đoàn kết"
    with pytest.raises(DomainError, match="đã gửi"):
        svc.save_self_assessment(ctx, code, "2026", ids[0], _all_dat())
    rbranch.withdraw_proposal(ctx, code, "2026")
    assert rbranch.branch_dossier(ctx, code, "2026").status == "draft"


@pytest.fixture
def dcs(ctx):
    me = Unit("DCS-LECHAN", "Đoàn phường Lê Chân", UnitKind.DOAN_CO_SO)
    save_self_unit(ctx, me)
    b1 = Unit("CD-TDP3", "Chi đoàn Tổ dân phố số 3", UnitKind.CHI_DOAN, BranchType.DAN_CU, parent_code=me.code)
    b2 = Unit("CD-10A1", "Chi đoàn 10A1", UnitKind.CHI_DOAN, BranchType.TRUONG_HOC, grade=10, parent_code=me.code)
    other = Unit("CD-KHAC", "Chi đoàn ngoài", UnitKind.CHI_DOAN, BranchType.DAN_CU, parent_code="DCS-KHAC")
    for u in (b1, b2, other):
        save_unit(ctx, u)
    ids = [_add(ctx, b1.code, n) for n in NAMES[:2]]
    pupil = _add(ctx, b2.code, "Vũ Gia Bảo", entry=date(2025, 9, 5))
    return ctx, ids, pupil


def test_dcs_appraises_and_decides_and_cd38_counts_the_members(dcs):
    ctx, ids, pupil = dcs
    rbranch.save_branch_proposal(ctx, "CD-TDP3", "2026", proposes_recognition=True, submit=True)
    with pytest.raises(DomainError, match="phải ghi nhận xét"):
        rdec.appraise(ctx, "CD-TDP3", "2026", "CD-1.1", False)
    rdec.appraise(ctx, "CD-TDP3", "2026", "CD-1.1", False, "Chưa có danh sách đoàn viên được nhận thông tin")
    rdec.appraise(ctx, "CD-TDP3", "2026", "CD-1.2", True)
    d = rbranch.branch_dossier(ctx, "CD-TDP3", "2026")
    assert d.appraisals["CD-1.1"]["agree"] is False
    assert d.appraisals["CD-1.2"]["appraised_by"] == "Đoàn phường Lê Chân"
    assert d.outcome.per_criterion["CD-1.1"] in ("met", NOT_MET)

    # The branch failed the appraisal (14 criteria not appraised, too few met) and the member was
    # neither proposed nor appraised: a decision listing them is refused without a written reason.
    with pytest.raises(DomainError, match="Chưa qua thẩm định: chi đoàn Chi đoàn Tổ dân phố số 3") as err:
        rdec.issue_decision(ctx, "2026", "15-QĐ/ĐTN", date(2026, 11, 20), branch_codes=["CD-TDP3"], member_ids=[ids[0]])
    assert "chưa thẩm định" in str(err.value) and "Nguyễn" in str(err.value)
    assert rdec.decisions(ctx, "2026") == []
    rdec.issue_decision(
        ctx,
        "2026",
        "15-QĐ/ĐTN",
        date(2026, 11, 20),
        branch_codes=["CD-TDP3"],
        member_ids=[ids[0]],
        exceptions={"*": "Ban Thường vụ thống nhất công nhận tại cuộc họp 18/11"},
    )
    # School branches are recognised by school year (BRIEF §3.1: by 20/5).
    rdec.issue_decision(
        ctx,
        "2025-2026",
        "09-QĐ/ĐTN",
        date(2026, 5, 15),
        member_ids=[pupil],
        exceptions={pupil: "Đoàn viên tiêu biểu của nhà trường"},
    )
    from db.repo.recognition import recognised_member_ids

    with ctx.uow.read() as s:
        assert recognised_member_ids(s, "CD-TDP3", "2026") == {ids[0]}
        assert recognised_member_ids(s, "CD-10A1", "2025-2026") == {pupil}
    d = rbranch.branch_dossier(ctx, "CD-TDP3", "2026")
    assert d.recognition["decision_number"] == "15-QĐ/ĐTN"
    dec = rdec.decisions(ctx, "2026")
    dec = [d for d in dec if d["decision_number"] == "15-QĐ/ĐTN"]
    assert dec[0]["branches"] == ["CD-TDP3"] and dec[0]["issuer_name"] == "Đoàn phường Lê Chân"


def test_dcs_cannot_touch_a_branch_of_another_union(dcs):
    ctx, _ids, _pupil = dcs
    with pytest.raises(DomainError, match="không trực thuộc"):
        rdec.appraise(ctx, "CD-KHAC", "2026", "CD-1.1", True)
    with pytest.raises(DomainError, match="không thuộc phạm vi"):
        rdec.issue_decision(ctx, "2026", "16-QĐ/ĐTN", date(2026, 11, 20), branch_codes=["CD-KHAC"])


def test_pupils_branch_is_assessed_on_the_student_criteria(dcs):
    ctx, _ids, pupil = dcs
    board = svc.member_board(ctx, "CD-10A1", "2025-2026")
    assert board.catalog.id == "doan-vien-xhcn-hoc-sinh"
    svc.save_self_assessment(
        ctx, "CD-10A1", "2025-2026", pupil, {"HS1": (DAT, ""), "HS2": (DAT, ""), "HS3": (CHUA_DAT, "Chưa đạt thể lực")}
    )
    row = svc.member_board(ctx, "CD-10A1", "2025-2026").rows[0]
    assert "Tự đánh giá “Chưa đạt” nhóm HS3" in row.verdict.reasons_vi


def test_branch_installation_records_the_decision_it_received(branch):
    ctx, code, ids = branch
    rdec.issue_decision(
        ctx,
        "2026",
        "15-QĐ/ĐTN",
        date(2026, 11, 20),
        member_ids=ids[:3],
        branch_codes=[code],
        issuer_name="Đoàn phường Lê Chân",
    )
    board = svc.member_board(ctx, code, "2026")
    assert board.recognised == 3
    assert board.rows[0].recognition["issuer_name"] == "Đoàn phường Lê Chân"
    with pytest.raises(DomainError, match="sau hôm nay"):
        rdec.issue_decision(ctx, "2026", "16-QĐ/ĐTN", date(2026, 12, 20), member_ids=ids[3:])


def test_a_review_in_school_years_still_lists_calendar_branches(dcs):
    ctx, ids, pupil = dcs
    review = {d.unit.code: d.period.label for d in rdec.branches_for_review(ctx, "2025-2026")}
    assert review == {"CD-10A1": "2025-2026", "CD-TDP3": "2025"}
    review = {d.unit.code: d.period.label for d in rdec.branches_for_review(ctx, "2026")}
    assert review == {"CD-10A1": "2026-2027", "CD-TDP3": "2026"}  # as `sothidua evaluate --period 2026`
