"""The evaluation engine, criterion by criterion (BRIEF §1): the whole year, then group 1,
ideological and political education (CD-1.1 … CD-1.4, with CD-3.1's judgement beside CD-1.3's),
with the boundaries a branch secretary would argue about. Groups 2 and 3 are in
test_evaluation_movements.py and test_evaluation_organisation.py; the ≥ 80 % recognition rule and
who counts as a member in test_evaluation_recognition.py; the shared branch year in
conftest_evaluation.py."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.evaluation import AT_RISK, MET, NEEDS_JUDGEMENT, NOT_APPLICABLE, NOT_MET, Judgement, evaluate
from desktop.domain.periods import Period
from desktop.domain.units import BranchType
from desktop.i18n.catalogue import say
from tests.unit.conftest_evaluation import BRANCH, CAT, MIDYEAR, full_year, log, status, without

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
