"""The evaluation engine, group 2: movements and programmes (CD-2.1 … CD-2.4), with the boundaries a
branch secretary would argue about (an incident of last year, ISO weeks across New Year)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.domain.evaluation import AT_RISK, MET, NOT_MET, ActivityRef, evaluate, period_weeks
from desktop.domain.periods import Period
from desktop.i18n.catalogue import say
from tests.unit.conftest_evaluation import CAT, MIDYEAR, Y2026, full_year, log, status, without

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
