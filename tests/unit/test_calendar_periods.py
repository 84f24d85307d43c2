from datetime import date

import pytest

from desktop.domain.calendar import deadline, deadlines, upcoming
from desktop.domain.catalog import load_catalog
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.paths import catalogs_dir

CAT = load_catalog(catalogs_dir() / "chi-doan-xhcn.v1.json")


@pytest.mark.parametrize("branch", ["dan-cu", "co-quan", "doanh-nghiep", "luc-luong-vu-trang"])
def test_non_school_branches_register_by_10_11_of_the_year_before(branch):
    d = {x.step: x.due for x in deadlines(CAT, Period.parse("2027"), branch)}
    assert d["register"] == date(2026, 11, 10)
    assert d["registration_summary"] == date(2026, 11, 20)
    assert d["results_summary"] == date(2027, 11, 10)
    assert d["recognition"] == date(2027, 11, 30)


def test_school_branches_register_by_30_9_and_are_recognised_by_20_5():
    d = {x.step: x.due for x in deadlines(CAT, Period.parse("2026-2027"), "truong-hoc")}
    assert d["register"] == date(2026, 9, 30)
    assert d["recognition"] == date(2027, 5, 20)


def test_days_left_message_in_vietnamese():
    reg = deadline(CAT, Period.parse("2027"), "dan-cu", "register")
    assert reg.label_vi(date(2026, 10, 29)) == "Còn 12 ngày đến hạn đăng ký xây dựng chi đoàn xhcn 10/11"
    assert "quá hạn" in reg.label_vi(date(2026, 11, 12))
    assert [d.step for d in upcoming(CAT, Period.parse("2027"), "dan-cu", date(2026, 11, 15), actor="doan-co-so")][
        :1
    ] == ["registration_summary"]


def test_periods_calendar_year_school_year_quarters_weeks():
    p = Period.parse("2026")
    assert (p.start, p.end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert p.quarters()[2] == (date(2026, 7, 1), date(2026, 9, 30))
    assert p.quarter_label_vi(3) == "Quý III"
    assert len(p.iso_weeks()) == 53  # 2026 has ISO weeks 1..53
    s = Period.parse("2025-2026")
    assert (s.start, s.end, s.school_year) == (date(2025, 9, 1), date(2026, 8, 31), True)
    assert s.quarter_of(date(2025, 12, 1)) == 2
    cut = Period.parse("2026", year_start=(12, 1))
    assert (cut.start, cut.end) == (date(2025, 12, 1), date(2026, 11, 30))
    with pytest.raises(DomainError, match="Năm học"):
        Period.parse("2025-2027")
    with pytest.raises(DomainError, match="Kỳ đánh giá"):
        Period.parse("năm nay")


def test_days_left_in_the_year_counts_today_the_same_on_every_screen():
    """One definition (Period.days_left): the volunteer page and the criteria page both say 41
    days left on 21/11/2026 for the 2026 year (21/11 … 31/12, today included)."""
    from desktop.domain.volunteer import VolunteerSummary

    p = Period.parse("2026")
    today = date(2026, 11, 21)
    assert p.days_left(today) == 41
    assert p.days_left(today, today_done=True) == 40  # "as at the close of" today
    assert p.days_left(date(2026, 12, 31)) == 1 and p.days_left(date(2027, 1, 1)) == 0
    assert p.days_left(date(2025, 12, 1)) == 365  # before the year: all of it
    assert VolunteerSummary("CD-TDP3", p, today, ()).days_left == 41
