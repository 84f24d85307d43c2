"""Rules of step 3 "Công nhận" (BRIEF §2.3 items 2–4, §1 ≥ 80 %), without a database."""

from fractions import Fraction

import pytest

from desktop.domain import recognition as r
from desktop.domain.catalog import load_catalog
from desktop.domain.errors import DomainError
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.paths import catalogs_dir


@pytest.fixture(scope="module")
def cat():
    return load_catalog(catalogs_dir() / "doan-vien-xhcn.v1.json")


@pytest.fixture(scope="module")
def branch_cat():
    return load_catalog(catalogs_dir() / "chi-doan-xhcn.v1.json")


GOOD = r.MemberFacts(
    member_id=1,
    incidents=0,
    volunteer_days=5,
    training_registered=True,
    ebook_issued=True,
    ecard_issued=True,
    residence_activity=True,
)
ALL_DAT = {g: r.DAT for g in ("P1", "P2", "P3", "P4", "P5", "P6")}


def test_two_thirds_is_exact_6_of_9_passes_5_of_9_does_not():
    assert r.Vote(6, 1, 2).passes("two_thirds", "all")
    assert not r.Vote(5, 2, 2).passes("two_thirds", "all")
    assert r.Vote(4, 4, 0).passes("half", "all")  # exactly 50 %
    assert r.Vote(4, 1, 5).share("present") == Fraction(4, 5)
    assert not r.Vote(4, 1, 5).passes("half", "all") and r.Vote(4, 1, 5).passes("half", "present")


def test_vote_rejects_negative_counts_in_vietnamese():
    with pytest.raises(DomainError, match="không âm"):
        r.Vote(-1, 0, 0).validated()


def test_member_meeting_every_rule_is_eligible(cat):
    v = r.member_verdict(cat, GOOD, ALL_DAT, r.Vote(10, 0, 0))
    assert v.eligible and v.reasons_vi == ()


def test_four_and_a_half_volunteer_days_blocks_with_the_count(cat):
    facts = r.MemberFacts(**{**GOOD.__dict__, "volunteer_days": 4.5})
    v = r.member_verdict(cat, facts, ALL_DAT, r.Vote(10, 0, 0))
    assert not v.eligible
    assert "Mới có 4,5/5 ngày tình nguyện" in v.reasons_vi


def test_an_incident_in_the_year_blocks_cd21(cat):
    facts = r.MemberFacts(**{**GOOD.__dict__, "incidents": 1})
    v = r.member_verdict(cat, facts, ALL_DAT, r.Vote(10, 0, 0))
    assert not v.eligible and any("vụ việc" in x for x in v.reasons_vi)


def test_missing_card_names_what_is_missing(cat):
    facts = r.MemberFacts(**{**GOOD.__dict__, "ecard_issued": False})
    v = r.member_verdict(cat, facts, ALL_DAT, r.Vote(10, 0, 0))
    assert "Chưa được cấp thẻ đoàn điện tử" in v.reasons_vi


def test_participation_conditions_are_shown_but_not_blocking_by_default(cat):
    facts = r.MemberFacts(
        **{
            **GOOD.__dict__,
            "share_requests_total": 3,
            "share_requests_joined": 1,
            "session_quarters_total": 4,
            "session_quarters_attended": 2,
        }
    )
    v = r.member_verdict(cat, facts, ALL_DAT, r.Vote(10, 0, 0))
    assert v.eligible
    dk6 = next(c for c in v.conditions if c.id == "DK-6")
    assert not dk6.met and not dk6.blocking and "(chỉ để tham khảo)" in dk6.explanation_vi


def test_a_group_rated_chua_dat_or_missing_blocks(cat):
    v = r.member_verdict(cat, GOOD, {**ALL_DAT, "P4": r.CHUA_DAT}, r.Vote(10, 0, 0))
    assert "Tự đánh giá “Chưa đạt” nhóm P4" in v.reasons_vi
    v = r.member_verdict(cat, GOOD, {"P1": r.DAT}, r.Vote(10, 0, 0))
    assert any(x.startswith("Chưa tự đánh giá nhóm P2") for x in v.reasons_vi)


def test_vote_below_threshold_is_explained(cat):
    v = r.member_verdict(cat, GOOD, ALL_DAT, r.Vote(5, 3, 1), threshold="two_thirds")
    assert "Biểu quyết chưa đạt ≥ 2/3: 5/9 tán thành (56%)" in v.reasons_vi


def test_student_branch_uses_the_student_catalog_by_default():
    pupils = Unit("CD-10A1", "Chi đoàn 10A1", UnitKind.CHI_DOAN, BranchType.TRUONG_HOC, grade=10)
    teachers = Unit("CD-GV", "Chi đoàn giáo viên", UnitKind.CHI_DOAN, BranchType.TRUONG_HOC)
    assert r.member_catalog_id(pupils, "auto") == r.STUDENT_CATALOG
    assert r.member_catalog_id(teachers, "auto") == r.GENERAL_CATALOG
    assert r.member_catalog_id(pupils, "doan-vien-xhcn") == r.GENERAL_CATALOG


def test_disagreeing_on_a_claimed_criterion_can_drop_a_branch_below_80_percent(branch_cat):
    claims = {c.id: r.MET for c in branch_cat.criteria}
    for cid in ("CD-2.4", "CD-3.6", "CD-3.8"):
        claims[cid] = r.NOT_MET
    out = r.appraised_outcome(branch_cat, claims, {})
    assert (out.met, out.applicable, out.required, out.recognisable) == (13, 16, 13, True)
    assert len(out.pending) == 16
    out = r.appraised_outcome(branch_cat, claims, {"CD-1.1": False})
    assert (out.met, out.recognisable) == (12, False)
    assert out.per_criterion["CD-1.1"] == r.NOT_MET


def test_exempt_cd37_leaves_12_of_15(branch_cat):
    claims = {c.id: r.MET for c in branch_cat.criteria}
    claims["CD-3.7"] = r.NOT_APPLICABLE
    for cid in ("CD-2.4", "CD-3.6", "CD-3.8"):
        claims[cid] = r.NOT_MET
    out = r.appraised_outcome(branch_cat, claims, {"CD-3.7": False})
    assert (out.met, out.applicable, out.required, out.recognisable) == (12, 15, 12, True)


def test_decision_number_is_required():
    with pytest.raises(DomainError, match="Số quyết định"):
        r.check_decision_number("  ")
    assert r.check_decision_number(" 15-QĐ/ĐTN ") == "15-QĐ/ĐTN"
