"""The evaluation engine, criterion by criterion (BRIEF §1, CD-1.1 … CD-3.8) and the ≥ 80 %
recognition rule, with the boundaries a branch secretary would argue about."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from desktop.domain.catalog import load_catalog
from desktop.domain.errors import DomainError
from desktop.domain.evaluation import (
    AT_RISK,
    MET,
    NEEDS_JUDGEMENT,
    NOT_APPLICABLE,
    NOT_MET,
    ActivityRef,
    Judgement,
    MemberFacts,
    UnitYearData,
    evaluate,
    period_weeks,
    restricted,
)
from desktop.domain.logs import LogEntry
from desktop.domain.members import MembershipEvent
from desktop.domain.periods import Period
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.paths import catalogs_dir
from desktop.i18n.catalogue import say

CAT = load_catalog(catalogs_dir() / "chi-doan-xhcn.v1.json")
Y2026 = Period.parse("2026")
AFTER = date(2027, 1, 15)  # the 2026 period is over
MIDYEAR = date(2026, 11, 21)  # Saturday of ISO week 47, in Quý IV

NAMES = [
    "Nguyễn Thị Hoa",
    "Trần Văn Nam",
    "Lê Thị Lan",
    "Phạm Minh Đức",
    "Hoàng Thu Trang",
    "Vũ Đức Anh",
    "Đặng Thị Mai",
    "Bùi Quang Huy",
    "Đỗ Thị Ngọc",
    "Ngô Văn Tùng",
]
BRANCH = Unit(
    code="CD-TDP3",
    name="Chi đoàn Tổ dân phố số 3",
    kind=UnitKind.CHI_DOAN,
    branch_type=BranchType.DAN_CU,
    parent_code="DCS-LECHAN",
)


def member(i: int, *, joined=date(2020, 3, 26), events=None, **flags) -> MemberFacts:
    base = {
        "residence_activity": True,
        "training_registered_on": date(2025, 12, 1),
        "ebook_issued": True,
        "ecard_issued": True,
    }
    base.update(flags)
    evs = events if events is not None else (MembershipEvent("joined", joined),)
    return MemberFacts(
        id=i, full_name=NAMES[(i - 1) % len(NAMES)] + ("" if i <= 10 else f" {i}"), events=tuple(evs), **base
    )


_next_id = iter(range(1, 10**9))


def log(kind: str, on: date, title: str = "Hoạt động", **kw) -> LogEntry:
    kw.setdefault("participants", frozenset())
    kw["participants"] = frozenset(kw["participants"])
    return LogEntry(id=next(_next_id), unit_code=BRANCH.code, kind=kind, on_date=on, title=title, **kw)


def full_year(
    n: int = 10, period: Period = Y2026, unit: Unit = BRANCH, as_of: date = AFTER, settings: dict | None = None
) -> UnitYearData:
    """A branch that did everything right for the whole period."""
    ids = list(range(1, n + 1))
    logs = []
    for i in range(4):
        qs, _ = period.quarters()[i]
        logs.append(
            log(
                "thematic_session",
                qs + timedelta(days=20),
                "Học tập Nghị quyết 05-NQ/TU",
                category="chinh-tri-tu-tuong",
                participants=ids,
            )
        )
    logs.append(
        log(
            "information",
            period.start + timedelta(days=10),
            "Phổ biến Nghị quyết 05",
            channel="Nhóm Zalo",
            participants=ids,
        )
    )
    logs.append(
        log(
            "share_request",
            period.start + timedelta(days=40),
            "Lan tỏa gương sáng",
            counterpart="Thành đoàn",
            participants=ids,
        )
    )
    logs.append(log("alert", period.start + timedelta(days=50), "Cảnh báo tin giả"))
    for _, _, monday in period_weeks(period):
        logs.append(log("weekly_post", monday + timedelta(days=2), "Gương người tốt việc tốt"))
    for m in range(12):
        logs.append(
            log(
                "meeting",
                date(period.start.year + (period.start.month + m - 1) // 12, (period.start.month + m - 1) % 12 + 1, 5),
                "Sinh hoạt chi đoàn tháng",
                category="dinh-ky",
                participants=ids,
            )
        )
    logs.append(
        log(
            "party_introduction",
            period.start + timedelta(days=100),
            "Giới thiệu đoàn viên ưu tú",
            member_id=1,
            counterpart="Chi bộ Tổ dân phố số 3",
            ref_no="05-GT/ĐTN",
        )
    )
    return UnitYearData(
        unit=unit,
        period=period,
        as_of=as_of,
        settings=settings or {},
        members=tuple(member(i) for i in ids),
        logs=tuple(logs),
        volunteer_days={i: 5.0 for i in ids},
        youth_projects=(
            ActivityRef(
                1, period.start + timedelta(days=60), "Tuyến đường thanh niên tự quản", "cong-trinh-thanh-nien"
            ),
        ),
        red_address_or_trend=(ActivityRef(2, period.start + timedelta(days=90), "Về nguồn Bạch Đằng", "dia-chi-do"),),
        judgements={
            "CD-1.3": Judgement("CD-1.3", "met", "Nguyễn Văn Bình", period.end - timedelta(days=5)),
            "CD-3.1": Judgement("CD-3.1", "met", "Nguyễn Văn Bình", period.end - timedelta(days=5)),
        },
        recognised_member_ids=frozenset(ids),
    )


def without(data: UnitYearData, kind: str, pred=lambda e: True) -> UnitYearData:
    return replace(data, logs=tuple(e for e in data.logs if not (e.kind == kind and pred(e))))


def status(data: UnitYearData, cid: str) -> str:
    return evaluate(CAT, data).result(cid).status


# ------------------------------------------------------------------------------ the whole year


def test_a_branch_that_did_everything_meets_all_16_and_is_recognisable():
    ev = evaluate(CAT, full_year())
    assert [r.id for r in ev.criteria] == [c.id for c in CAT.criteria]
    assert {r.id: r.status for r in ev.criteria if r.status != MET} == {}
    assert (ev.met, ev.applicable, ev.required, ev.completion_share, ev.recognisable) == (16, 16, 13, 1.0, True)
    assert "16/16" in say(ev.recognition)


def test_output_states_the_settings_it_used_and_has_the_cli_shape():
    j = evaluate(CAT, full_year(settings={"member_base": "average", "cd32_meetings_per_year": "10"})).to_json(say)
    assert j["settings"]["member_base"] == "average"
    assert j["settings"]["cd32_meetings_per_year"] == 10
    assert j["settings"]["recognition_rounding"] == "ceil"
    assert set(j) >= {"unit", "campaign", "period", "settings", "criteria", "completion_share", "recognisable"}
    assert set(j["criteria"][0]) >= {"id", "status", "value", "threshold", "explanation_vi"}
    assert (j["unit"], j["campaign"], j["period"]) == ("CD-TDP3", "chi-doan-xhcn", "2026")


def test_evaluation_is_deterministic_whatever_the_order_of_the_records():
    data = full_year()
    shuffled = list(data.logs)
    random.Random(4).shuffle(shuffled)
    a = evaluate(CAT, data).to_json(say)
    b = evaluate(CAT, replace(data, logs=tuple(shuffled), members=tuple(reversed(data.members)))).to_json(say)
    assert a == b


# ------------------------------------------------------------------------------ CD-1.1


def test_cd11_exactly_70_percent_reached_is_met():
    data = without(full_year(), "information")
    data = replace(data, logs=data.logs + (log("information", date(2026, 3, 2), "Tin", participants=range(1, 8)),))
    r = evaluate(CAT, data).result("CD-1.1")
    assert (r.status, r.value, r.threshold) == (MET, 0.7, 0.7)
    assert "7/10" in say(r.explanation)


def test_cd11_below_70_percent_is_at_risk_while_the_year_runs_and_not_met_after():
    data = without(full_year(), "information")
    data = replace(data, logs=data.logs + (log("information", date(2026, 3, 2), "Tin", participants=range(1, 7)),))
    assert status(data, "CD-1.1") == NOT_MET
    r = evaluate(CAT, replace(data, as_of=MIDYEAR)).result("CD-1.1")
    assert r.status == AT_RISK and "6/10" in say(r.explanation) and "còn 41 ngày" in say(r.explanation)


def test_cd11_counts_each_member_once_over_several_records():
    data = without(full_year(), "information")
    extra = (
        log("information", date(2026, 2, 1), "A", participants=[1, 2, 3, 4]),
        log("information", date(2026, 5, 1), "B", participants=[3, 4, 5, 6, 7]),
    )
    r = evaluate(CAT, replace(data, logs=data.logs + extra)).result("CD-1.1")
    assert r.status == MET and r.value == pytest.approx(0.7)


def test_cd11_records_outside_the_period_do_not_count():
    data = without(full_year(), "information")
    data = replace(data, logs=data.logs + (log("information", date(2025, 12, 31), "Cũ", participants=range(1, 11)),))
    assert status(data, "CD-1.1") == NOT_MET


# ------------------------------------------------------------------------------ CD-1.2


def test_cd12_missing_quarter_names_the_quarter():
    data = without(full_year(), "thematic_session", lambda e: e.on_date.month in (7, 8, 9))
    r = evaluate(CAT, data).result("CD-1.2")
    assert r.status == NOT_MET
    assert say(r.explanation) == "Quý III chưa có buổi sinh hoạt chuyên đề."
    assert say(r.explanation, "en") == "Q3 has no thematic session."
    assert (r.value, r.threshold) == (3, 4)


def test_cd12_current_quarter_without_session_is_at_risk_with_days_left():
    data = without(full_year(as_of=MIDYEAR), "thematic_session", lambda e: e.on_date.month >= 10)
    r = evaluate(CAT, data).result("CD-1.2")
    assert r.status == AT_RISK
    assert say(r.explanation).startswith("Quý IV chưa có buổi sinh hoạt chuyên đề (còn 41 ngày")
    assert r.due == date(2026, 12, 31)


def test_cd12_a_past_quarter_missing_fails_even_while_the_year_runs():
    data = without(full_year(as_of=MIDYEAR), "thematic_session", lambda e: e.on_date.month <= 3)
    assert status(data, "CD-1.2") == NOT_MET


def test_cd12_a_session_outside_the_three_themes_does_not_count():
    data = without(full_year(), "thematic_session", lambda e: e.on_date.month <= 3)
    data = replace(data, logs=data.logs + (log("thematic_session", date(2026, 2, 2), "Văn nghệ", category="khac"),))
    assert status(data, "CD-1.2") == NOT_MET


def test_cd12_school_year_quarters_start_in_september():
    p = Period.parse("2025-2026")
    school = replace(BRANCH, branch_type=BranchType.TRUONG_HOC, grade=12)
    data = full_year(period=p, unit=school, as_of=date(2026, 9, 15))
    assert status(data, "CD-1.2") == MET
    data = without(data, "thematic_session", lambda e: date(2025, 9, 1) <= e.on_date <= date(2025, 11, 30))
    assert "Quý I chưa có" in say(evaluate(CAT, data).result("CD-1.2").explanation)


def test_cd12_the_quarter_grid_names_a_quarter_as_the_year_does():
    """A year that starts on 01/10 (Cài đặt "Ngày bắt đầu năm đánh giá"): its first quarter is
    October–December, "Quý IV" in the year's explanation and in the quarter grid's cell alike."""
    from desktop.domain.evaluation_rules import quarter_cell, quarter_name

    p = Period.parse("2026", year_start=(10, 1))
    data = without(full_year(period=p), "thematic_session", lambda e: e.on_date < date(2026, 1, 1))
    r = evaluate(CAT, data).result("CD-1.2")
    assert say(r.explanation) == "Quý IV chưa có buổi sinh hoạt chuyên đề."
    qs, qe = p.quarters()[0]
    cell = quarter_cell(CAT.criterion("CD-1.2"), r, 1, qe, True, quarter_name(p, 1), qs)
    assert say(cell.explanation).startswith("Quý IV ") and say(cell.explanation, "en").startswith("Q1 ")
    second = quarter_cell(CAT.criterion("CD-1.2"), r, 2, p.quarters()[1][1], True, quarter_name(p, 2))
    assert say(second.explanation) == "Quý I có 1 buổi sinh hoạt chuyên đề."


# ------------------------------------------------------------------------------ CD-1.3 / CD-3.1


@pytest.mark.parametrize("cid", ["CD-1.3", "CD-3.1"])
def test_qualitative_criteria_need_a_recorded_judgement_with_its_author(cid):
    data = full_year()
    r = evaluate(CAT, replace(data, judgements={})).result(cid)
    assert r.status == NEEDS_JUDGEMENT and r.value is None
    j = {cid: Judgement(cid, "not_met", "Phạm Thị Thu (Bí thư Đoàn cơ sở)", date(2026, 12, 10), "Còn chia rẽ")}
    r = evaluate(CAT, replace(data, judgements=j)).result(cid)
    assert r.status == NOT_MET and "Phạm Thị Thu" in say(r.explanation) and "10/12/2026" in say(r.explanation)
    r = evaluate(CAT, data).result(cid)
    assert r.status == MET and "Nguyễn Văn Bình" in say(r.explanation)


def test_needs_judgement_does_not_count_as_met():
    ev = evaluate(CAT, replace(full_year(), judgements={}))
    assert (ev.met, ev.applicable) == (14, 16) and ev.recognisable


# ------------------------------------------------------------------------------ CD-1.4


def _requests(data, *participant_lists):
    data = without(data, "share_request")
    extra = tuple(
        log("share_request", date(2026, 3 + i, 10), f"Yêu cầu {i + 1}", participants=p)
        for i, p in enumerate(participant_lists)
    )
    return replace(data, logs=data.logs + extra)


def test_cd14_exactly_60_percent_on_every_request_is_met():
    r = evaluate(CAT, _requests(full_year(), range(1, 7), range(3, 9))).result("CD-1.4")
    assert (r.status, r.value) == (MET, 0.6)


def test_cd14_one_request_below_60_percent_fails_under_the_every_request_rule():
    data = _requests(full_year(as_of=MIDYEAR), range(1, 11), range(1, 6))
    r = evaluate(CAT, data).result("CD-1.4")
    assert r.status == NOT_MET and r.value == 0.5
    assert "1/2 yêu cầu" in say(r.explanation) and "50%" in say(r.explanation)


def test_cd14_average_rule_is_a_setting():
    data = _requests(full_year(settings={"cd14_rule": "average"}), range(1, 11), range(1, 6))
    r = evaluate(CAT, data).result("CD-1.4")
    assert (r.status, r.value) == (MET, 0.75)


@pytest.mark.parametrize("setting,expected", [("met", MET), ("not_met", NOT_MET), ("not_applicable", NOT_APPLICABLE)])
def test_cd14_without_any_request_follows_the_setting(setting, expected):
    data = without(full_year(settings={"cd14_when_no_request": setting}), "share_request")
    ev = evaluate(CAT, data)
    assert ev.result("CD-1.4").status == expected
    assert ev.applicable == (15 if expected == NOT_APPLICABLE else 16)


# ------------------------------------------------------------------------------ CD-2.1


def test_cd21_an_incident_fails_the_criterion_and_names_the_member():
    data = full_year(as_of=MIDYEAR)
    data = replace(
        data,
        logs=data.logs
        + (
            log(
                "incident", date(2026, 5, 12), "Đánh nhau", category="vi-pham-phap-luat", member_id=2, ref_no="12/QĐ-CA"
            ),
        ),
    )
    r = evaluate(CAT, data).result("CD-2.1")
    assert (r.status, r.value, r.threshold) == (NOT_MET, 1, 0)
    assert "Trần Văn Nam – vi phạm pháp luật (12/05/2026)" in say(r.explanation)


def test_cd21_an_incident_of_last_year_does_not_count():
    data = full_year()
    data = replace(
        data, logs=data.logs + (log("incident", date(2025, 12, 30), "Kỷ luật", category="ky-luat", member_id=3),)
    )
    assert status(data, "CD-2.1") == MET


# ------------------------------------------------------------------------------ CD-2.2 / CD-2.3


def test_cd22_and_cd23_count_volunteer_activities_of_their_kinds():
    data = replace(full_year(), youth_projects=(), red_address_or_trend=())
    ev = evaluate(CAT, data)
    assert ev.result("CD-2.2").status == NOT_MET and ev.result("CD-2.3").status == NOT_MET
    ev = evaluate(CAT, replace(data, as_of=MIDYEAR))
    assert ev.result("CD-2.2").status == AT_RISK
    trend = (ActivityRef(9, date(2026, 4, 1), "Thử thách #HaiPhongXanh", "trao-luu-mang-xa-hoi"),)
    assert status(replace(data, red_address_or_trend=trend), "CD-2.3") == MET


# ------------------------------------------------------------------------------ CD-2.4


def test_cd24_missed_weeks_are_named():
    data = without(
        full_year(), "weekly_post", lambda e: e.on_date.isocalendar()[1] in (37, 38) and e.on_date.year == 2026
    )
    r = evaluate(CAT, data).result("CD-2.4")
    assert r.status == NOT_MET
    assert say(r.explanation).startswith("Tuần 37 và 38 chưa có tấm gương người tốt")
    assert (r.value, r.threshold) == (51, 53)


def test_cd24_2026_has_53_iso_weeks_and_the_current_week_is_at_risk_not_failed():
    assert len(period_weeks(Y2026)) == 53
    data = without(full_year(as_of=MIDYEAR), "weekly_post", lambda e: e.on_date >= date(2026, 11, 16))
    r = evaluate(CAT, data).result("CD-2.4")
    assert r.status == AT_RISK and (r.value, r.threshold) == (46, 47)
    assert "Tuần 47 chưa có" in say(r.explanation) and "22/11/2026" in say(r.explanation)


def test_cd24_only_weeks_up_to_the_evaluation_date_are_due():
    data = without(full_year(as_of=MIDYEAR), "weekly_post", lambda e: e.on_date >= date(2026, 11, 23))
    r = evaluate(CAT, data).result("CD-2.4")
    assert r.status == MET and (r.value, r.threshold) == (47, 47)


def test_cd24_boundary_weeks_follow_the_setting():
    p = Period.parse("2027")  # 01/01/2027 is a Friday: that week is ISO week 53 of 2026
    assert len(period_weeks(p, "majority")) == 52
    assert len(period_weeks(p, "overlap")) == 53
    data = full_year(period=p, as_of=date(2028, 2, 1), settings={"cd24_weeks": "overlap"})
    data = without(data, "weekly_post", lambda e: e.on_date < date(2027, 1, 4))
    assert "Tuần 53/2026" in say(evaluate(CAT, data).result("CD-2.4").explanation)


def test_cd24_a_post_in_the_first_days_of_iso_week_1_before_new_year_counts():
    data = without(full_year(), "weekly_post", lambda e: e.on_date.isocalendar()[:2] == (2026, 1))
    assert status(data, "CD-2.4") == NOT_MET
    data = replace(data, logs=data.logs + (log("weekly_post", date(2025, 12, 30), "Gương sáng đầu năm"),))
    assert status(data, "CD-2.4") == MET


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


# ------------------------------------------------------------------------------ recognition rule


def _fail(data: UnitYearData, *cids: str) -> UnitYearData:
    for cid in cids:
        if cid == "CD-2.2":
            data = replace(data, youth_projects=())
        elif cid == "CD-2.3":
            data = replace(data, red_address_or_trend=())
        elif cid == "CD-2.1":
            data = replace(
                data, logs=data.logs + (log("incident", date(2026, 6, 1), "Ma túy", category="ma-tuy", member_id=1),)
            )
        elif cid == "CD-3.2":
            data = without(data, "meeting")
        elif cid == "CD-1.1":
            data = without(data, "information")
        elif cid == "CD-2.4":
            data = without(data, "weekly_post")
        else:
            raise AssertionError(cid)
    return data


def test_13_of_16_is_recognisable_and_12_of_16_is_not():
    ev = evaluate(CAT, _fail(full_year(), "CD-2.2", "CD-2.3", "CD-3.2"))
    assert (ev.met, ev.applicable, ev.required, ev.recognisable) == (13, 16, 13, True)
    assert ev.completion_share == pytest.approx(13 / 16)
    ev = evaluate(CAT, _fail(full_year(), "CD-2.2", "CD-2.3", "CD-3.2", "CD-2.1"))
    assert (ev.met, ev.recognisable) == (12, False)
    assert "12/16" in say(ev.recognition) and "cần tối thiểu 13" in say(ev.recognition)


def test_12_of_15_is_recognisable_when_cd37_is_exempt():
    school = replace(BRANCH, branch_type=BranchType.TRUONG_HOC, grade=10)
    data = full_year(period=Period.parse("2025-2026"), unit=school, as_of=date(2026, 9, 10))
    ev = evaluate(CAT, _fail(data, "CD-2.2", "CD-2.3", "CD-3.2"))
    assert (ev.met, ev.applicable, ev.required, ev.recognisable) == (12, 15, 12, True)
    assert ev.completion_share == pytest.approx(0.8)
    ev = evaluate(CAT, _fail(data, "CD-2.2", "CD-2.3", "CD-3.2", "CD-1.1"))
    assert (ev.met, ev.applicable, ev.recognisable) == (11, 15, False)


def test_only_rules_honouring_at_least_80_percent_exist_and_old_ones_read_strictly():
    """'floor' / 'round_half_up' let 12/16 (75 %), 0/1 and 11/14 (78.6 %) pass (issue 18). A unit
    that stored one of them is read with the strict rule; the settings no longer offer them."""
    from desktop.domain.catalog import Recognition
    from desktop.domain.settings import UNIT_SETTINGS, with_defaults

    assert UNIT_SETTINGS["recognition_rounding"].choices == ("ceil", "exact")
    for old in ("floor", "round_half_up"):
        assert with_defaults({"recognition_rounding": old})["recognition_rounding"] == "ceil"
        rule = Recognition(0.8, old, "per_criterion", "")
        assert not rule.is_met(12, 16) and not rule.is_met(0, 1) and not rule.is_met(11, 14)
        assert rule.is_met(13, 16) and rule.is_met(12, 15) and rule.is_met(1, 1)
        data = _fail(full_year(settings={"recognition_rounding": old}), "CD-2.2", "CD-2.3", "CD-3.2", "CD-2.1")
        ev = evaluate(CAT, data)
        assert (ev.met, ev.required, ev.recognisable) == (12, 13, False)  # 12/16 = 75 %
    for rule in ("ceil", "exact"):
        r = Recognition(0.8, rule, "per_criterion", "")
        for n in range(1, 40):
            for met in range(n + 1):
                assert r.is_met(met, n) == (met * 5 >= n * 4), (rule, met, n)
    with pytest.raises(DomainError):
        UNIT_SETTINGS["recognition_rounding"].validate("floor")


def test_per_group_counting_needs_every_group_to_reach_80_percent():
    data = _fail(full_year(settings={"recognition_counting": "per_group"}), "CD-2.2")
    ev = evaluate(CAT, data)
    assert ev.met == 15 and ev.recognisable is False  # group 2: 3/4 = 75 %
    assert "nhóm 2 mới đạt 3/4" in say(ev.recognition)
    assert evaluate(CAT, replace(data, youth_projects=full_year().youth_projects)).recognisable


# ------------------------------------------------------------------------------ member base


def _transfers(setting: str) -> UnitYearData:
    """10 members on 01/01; two leave on 01/7 and two others arrive the same day."""
    stay = [member(i) for i in range(1, 9)]
    leave = [
        member(
            i,
            events=(MembershipEvent("joined", date(2019, 1, 1)), MembershipEvent("transferred_out", date(2026, 7, 1))),
        )
        for i in (9, 10)
    ]
    come = [member(i, events=(MembershipEvent("transferred_in", date(2026, 7, 1)),)) for i in (11, 12)]
    data = full_year(settings={"member_base": setting})
    data = without(data, "information")
    info = log("information", date(2026, 2, 3), "Tin đầu năm", participants=range(1, 11))  # before the move
    return replace(
        data,
        members=tuple(stay + leave + come),
        logs=data.logs + (info,),
        volunteer_days={i: 5.0 for i in range(1, 13)},
        recognised_member_ids=frozenset(range(1, 13)),
    )


def test_member_base_end_counts_the_members_at_the_end_of_the_period():
    r = evaluate(CAT, _transfers("end")).result("CD-1.1")
    assert r.value == pytest.approx(0.8) and "8/10" in say(r.explanation) and r.status == MET


def test_member_base_start_counts_the_members_on_the_first_day():
    r = evaluate(CAT, _transfers("start")).result("CD-1.1")
    assert r.value == pytest.approx(1.0) and "10/10" in say(r.explanation)


def test_member_base_average_weighs_members_by_days_in_the_branch():
    r = evaluate(CAT, _transfers("average")).result("CD-1.1")
    # stayers 8 × 1, leavers 2 × 181/365, newcomers 2 × 184/365: base 10, reached 8 + 362/365
    assert r.value == pytest.approx((8 + 362 / 365) / 10)
    assert r.status == MET


@pytest.mark.parametrize(
    "setting,who",
    [
        ("start", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}),
        ("end", {1, 2, 3, 4, 5, 6, 7, 8, 11, 12}),
        ("average", {1, 2, 3, 4, 5, 6, 7, 8, 11, 12}),
    ],
)
def test_every_member_criteria_cover_the_members_the_setting_names(setting, who):
    data = _transfers(setting)
    missing = {i: 0.0 for i in range(1, 13)}
    r = evaluate(CAT, replace(data, volunteer_days=missing)).result("CD-3.6")
    assert {e.id for e in r.evidence} == who


def test_members_who_left_before_the_period_are_not_counted():
    data = full_year()
    gone = member(
        99,
        events=(MembershipEvent("joined", date(2018, 1, 1)), MembershipEvent("left", date(2025, 6, 1))),
        residence_activity=False,
    )
    ev = evaluate(CAT, replace(data, members=data.members + (gone,)))
    assert ev.result("CD-3.3").status == MET and "10/10" in say(ev.result("CD-1.1").explanation)


# ------------------------------------------------------------------------------ quarter view


def test_restricted_snapshot_is_the_state_at_a_quarter_end():
    data = full_year()
    q2 = restricted(data, date(2026, 6, 30))
    ev = evaluate(CAT, q2)
    assert ev.running
    assert ev.result("CD-1.2").status == MET and ev.result("CD-1.2").threshold == 2
    # six regular meetings and the two CD-1.2 thematic sessions (every kind counts for CD-3.2)
    assert ev.result("CD-3.2").value == 8 and ev.result("CD-3.2").status == AT_RISK
    assert ev.result("CD-3.8").status == AT_RISK


# ------------------------------------------------------------------------------ edges (issue 18)


def test_a_period_that_has_ended_is_final_on_1_to_3_january():
    """2026 ends on Thursday 31/12; its last ISO week runs to Sunday 03/01/2027. On 1–3 January
    the year is over, so a missing post of that week is 'chưa đạt', not 'có nguy cơ'."""
    data = full_year()
    logs = tuple(e for e in data.logs if not (e.kind == "weekly_post" and e.on_date >= date(2026, 12, 28)))
    for day in (date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3)):
        ev = evaluate(CAT, replace(data, logs=logs, as_of=day))
        r = ev.result("CD-2.4")
        assert not ev.running
        assert r.status == NOT_MET, (day, say(r.explanation))
        assert "có nguy cơ" not in say(r.explanation).lower()
    # A post written on 02/01 for that week comes after the period ended: it does not count.
    late = logs + (log("weekly_post", date(2027, 1, 2), "Gương người tốt"),)
    assert evaluate(CAT, replace(data, logs=late, as_of=date(2027, 1, 5))).result("CD-2.4").status == NOT_MET


def test_records_dated_after_the_evaluation_date_are_ignored():
    """`evaluate --as-of 2026-06-30` must not count what is dated in July."""
    as_of = date(2026, 6, 30)
    data = full_year(as_of=as_of)
    base = evaluate(CAT, data)
    # Every record of the second half removed: the evaluation at 30/06 must not change.
    early = replace(
        data,
        logs=tuple(e for e in data.logs if e.on_date <= as_of),
        youth_projects=tuple(a for a in data.youth_projects if a.on_date is None or a.on_date <= as_of),
        red_address_or_trend=tuple(a for a in data.red_address_or_trend if a.on_date is None or a.on_date <= as_of),
        judgements={k: j for k, j in data.judgements.items() if j.judged_on <= as_of},
    )
    assert [(r.id, r.status, r.value) for r in evaluate(CAT, early).criteria] == [
        (r.id, r.status, r.value) for r in base.criteria
    ]
    # The year-end judgement (dated 26/12) is not in force on 30/06.
    assert base.result("CD-1.3").status != MET
