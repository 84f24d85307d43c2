"""The evaluation engine, group 3: building the Union organisation (CD-3.2 … CD-3.8), with the
boundaries a branch secretary would argue about (grade 10/11 exemptions, exactly 80 % recognised)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.evaluation import AT_RISK, MET, NOT_APPLICABLE, NOT_MET, evaluate
from desktop.domain.periods import Period
from desktop.domain.units import BranchType
from desktop.i18n.catalogue import say
from tests.unit.conftest_evaluation import AFTER, BRANCH, CAT, MIDYEAR, full_year, log, status, without

# ------------------------------------------------------------------------------ CD-3.2


def test_cd32_counts_regular_meetings_against_the_setting():
    data = without(full_year(), "meeting", lambda e: e.on_date.month == 12)
    data = replace(data, settings={"cd32_counted_kinds": "dinh-ky"})
    r = evaluate(CAT, data).result("CD-3.2")
    assert (r.status, r.value, r.threshold) == (NOT_MET, 11, 12)
    assert (
        status(replace(data, settings={"cd32_counted_kinds": "dinh-ky", "cd32_meetings_per_year": 11}), "CD-3.2") == MET
    )


def test_cd32_other_meeting_kinds_count_only_when_the_setting_says_all():
    data = without(full_year(), "meeting", lambda e: e.on_date.month == 12)
    data = without(data, "thematic_session", lambda e: True)
    data = replace(
        data, logs=data.logs + (log("meeting", date(2026, 12, 3), "Sinh hoạt chính trị", category="chinh-tri"),)
    )
    assert status(replace(data, settings={"cd32_counted_kinds": "dinh-ky"}), "CD-3.2") == NOT_MET
    assert status(data, "CD-3.2") == MET  # the default: every kind the criterion names
    assert "chính trị 1" in say(evaluate(CAT, data).result("CD-3.2").explanation)


def test_cd32_counts_a_thematic_session_recorded_once_for_cd12():
    """Issue 19 item 8: CD-3.2 names “sinh hoạt chuyên đề”, so the CD-1.2 session counts there too
    (it showed "chuyên đề 0" and had to be entered twice)."""
    data = without(full_year(), "meeting", lambda e: e.on_date.month >= 10)
    r = evaluate(CAT, data).result("CD-3.2")
    thematic = sum(1 for e in data.logs if e.kind == "thematic_session" and e.on_date.year == 2026)
    assert thematic >= 1 and r.value == 9 + thematic
    assert f"chuyên đề {thematic}" in say(r.explanation)


# ------------------------------------------------------------------------------ CD-3.3 – CD-3.6


@pytest.mark.parametrize(
    "cid,flag",
    [
        ("CD-3.3", {"residence_activity": False}),
        ("CD-3.4", {"training_registered_on": None}),
        ("CD-3.5", {"ecard_issued": False}),
    ],
)
def test_member_flags_must_cover_every_member(cid, flag):
    data = full_year()
    members = list(data.members)
    members[3] = replace(members[3], **flag)
    r = evaluate(CAT, replace(data, members=tuple(members))).result(cid)
    assert r.status == NOT_MET and r.value == 0.9 and r.threshold == 1.0
    assert "1/10 đoàn viên" in say(r.explanation) and "Phạm Minh Đức" in say(r.explanation)
    assert [e.id for e in r.evidence] == [4]


def test_cd34_a_registration_after_the_period_does_not_count():
    data = full_year()
    members = list(data.members)
    members[0] = replace(members[0], training_registered_on=date(2027, 1, 3), training_registered=True)
    assert status(replace(data, members=tuple(members)), "CD-3.4") == NOT_MET


def test_cd34_a_registration_ticked_without_its_date_counts():
    data = full_year()
    members = list(data.members)
    members[0] = replace(members[0], training_registered_on=None, training_registered=True)
    assert status(replace(data, members=tuple(members)), "CD-3.4") == MET


def test_cd36_names_how_many_members_lack_five_days():
    ids = range(1, 41)
    data = full_year(n=40)
    days = {i: (5.0 if i <= 28 else 4.5) for i in ids}
    r = evaluate(CAT, replace(data, volunteer_days=days)).result("CD-3.6")
    assert r.status == NOT_MET
    assert say(r.explanation).startswith("12/40 đoàn viên chưa đủ 5 ngày tình nguyện")
    assert r.value == pytest.approx(0.7)
    r = evaluate(CAT, replace(data, volunteer_days=days, as_of=MIDYEAR)).result("CD-3.6")
    assert r.status == AT_RISK


# ------------------------------------------------------------------------------ CD-3.7


@pytest.mark.parametrize("grade,expected", [(10, NOT_APPLICABLE), (11, NOT_APPLICABLE), (12, MET)])
def test_cd37_is_not_applicable_to_grade_10_and_11_branches(grade, expected):
    school = replace(BRANCH, branch_type=BranchType.TRUONG_HOC, grade=grade)
    data = full_year(period=Period.parse("2025-2026"), unit=school, as_of=date(2026, 9, 10))
    r = evaluate(CAT, data).result("CD-3.7")
    assert r.status == expected
    if expected == NOT_APPLICABLE:
        assert f"khối {grade}" in say(r.explanation)


def test_cd37_is_not_applicable_to_a_branch_of_party_members_by_flag_or_by_member_list():
    data = full_year(unit=replace(BRANCH, all_party_members=True))
    assert status(data, "CD-3.7") == NOT_APPLICABLE
    data = full_year()
    data = replace(data, members=tuple(replace(m, is_party_member=True) for m in data.members))
    r = evaluate(CAT, data).result("CD-3.7")
    assert r.status == NOT_APPLICABLE and "100% đoàn viên" in say(r.explanation)
    data = replace(data, members=data.members[:-1] + (replace(data.members[-1], is_party_member=False),))
    assert status(data, "CD-3.7") == MET


def test_cd37_count_comes_from_the_setting_and_counts_distinct_members():
    data = full_year(settings={"cd37_min_introductions": 2})
    assert status(data, "CD-3.7") == NOT_MET
    data = replace(data, logs=data.logs + (log("party_introduction", date(2026, 8, 1), "Lần 2", member_id=1),))
    assert status(data, "CD-3.7") == NOT_MET
    data = replace(data, logs=data.logs + (log("party_introduction", date(2026, 9, 1), "Người thứ hai", member_id=5),))
    assert status(data, "CD-3.7") == MET


# ------------------------------------------------------------------------------ CD-3.8


def test_cd38_exactly_80_percent_recognised_is_met_and_79_is_not():
    data = full_year(n=10)
    r = evaluate(CAT, replace(data, recognised_member_ids=frozenset(range(1, 9)))).result("CD-3.8")
    assert (r.status, r.value) == (MET, 0.8)
    data = full_year(n=100)
    assert status(replace(data, recognised_member_ids=frozenset(range(1, 80))), "CD-3.8") == NOT_MET


def test_cd38_before_recognition_is_at_risk_during_the_year():
    data = replace(full_year(as_of=MIDYEAR), recognised_member_ids=None)
    r = evaluate(CAT, data).result("CD-3.8")
    assert r.status == AT_RISK and "Chưa có kết quả công nhận" in say(r.explanation)
    assert status(replace(data, as_of=AFTER), "CD-3.8") == NOT_MET
