"""The one period resolver (desktop.domain.periods.unit_period): every day of every year belongs
to exactly one period of a unit, whatever its cut-off, and a label always names the same days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.domain.periods import unit_period

# Every valid cut-off (29/02 is refused as a setting: most years lack it).
_CUTOFFS = [
    (m, d) for m in range(1, 13) for d in range(1, 32) if d <= (28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
]
cutoffs = st.sampled_from(_CUTOFFS)


def _settings(school: bool, md: tuple[int, int]) -> dict:
    key = "school_year_start" if school else "year_start"
    return {key: f"{md[0]:02d}-{md[1]:02d}"}


def _check_day(day: date, school: bool, md: tuple[int, int]) -> None:
    st_ = _settings(school, md)
    p = unit_period(school=school, settings=st_, on=day)
    assert p.start <= day <= p.end, (day, md, p)
    assert (p.start.month, p.start.day) == md  # starts on the cut-off, never a clipped day
    # The label names exactly these days, for the evaluation, the importer and the CLI alike.
    assert unit_period(p.label, school=school, settings=st_) == p
    # The next period starts the day after this one ends: no gap, no overlap.
    nxt = unit_period(school=school, settings=st_, on=p.end + timedelta(days=1))
    assert nxt.start == p.end + timedelta(days=1)
    assert (p.end - p.start).days + 1 in (365, 366)
    q = p.quarters()
    assert q[0][0] == p.start and q[-1][1] == p.end
    for (_, end), (start, _) in zip(q, q[1:]):
        assert start == end + timedelta(days=1)
    assert sum(1 for qs, qe in q if qs <= day <= qe) == 1


@given(day=st.dates(date(2001, 1, 1), date(2098, 12, 31)), school=st.booleans(), md=cutoffs)
@settings(max_examples=600, deadline=None)
def test_any_day_any_cutoff_lies_in_exactly_one_period(day, school, md):
    _check_day(day, school, md)


@pytest.mark.parametrize(
    "school,md",
    [
        (False, (1, 1)),
        (False, (12, 1)),
        (False, (11, 30)),
        (False, (1, 31)),
        (False, (3, 31)),
        (True, (9, 1)),
        (True, (8, 31)),
        (True, (8, 15)),
        (True, (10, 31)),
    ],
)
def test_every_day_of_several_years(school, md):
    day = date(2023, 1, 1)
    while day <= date(2028, 12, 31):  # two leap years included
        _check_day(day, school, md)
        day += timedelta(days=1)


def test_a_year_starting_30_11_keeps_28_and_29_november():
    """The reported gap: the year starting 30/11 ended on 27/11, losing 28–29/11."""
    st_ = {"year_start": "11-30"}
    p = unit_period("2027", school=False, settings=st_)
    assert (p.start, p.end) == (date(2026, 11, 30), date(2027, 11, 29))
    for day in (date(2027, 11, 28), date(2027, 11, 29)):
        assert unit_period(school=False, settings=st_, on=day).label == "2027"


def test_a_school_year_from_31_08_leaves_no_gap():
    st_ = {"school_year_start": "08-31"}
    p = unit_period("2025-2026", school=True, settings=st_)
    assert (p.start, p.end) == (date(2025, 8, 31), date(2026, 8, 30))
    q = p.quarters()
    assert [(a.isoformat(), b.isoformat()) for a, b in q] == [
        ("2025-08-31", "2025-11-29"),
        ("2025-11-30", "2026-02-27"),
        ("2026-02-28", "2026-05-30"),
        ("2026-05-31", "2026-08-30"),
    ]


def test_a_school_branch_reads_a_plain_year_as_the_school_year_starting_in_it():
    assert unit_period("2026", school=True).label == "2026-2027"
    assert unit_period(2026, school=True).label == "2026-2027"
    assert unit_period("2025-2026", school=True).label == "2025-2026"


def test_a_calendar_branch_given_a_school_year_is_told_what_to_write():
    with pytest.raises(DomainError, match="năm dương lịch.*ví dụ 2026.*2025-2026"):
        unit_period("2025-2026", school=False, unit_code="CD-TDP3")


def test_a_29_february_cutoff_setting_falls_back_to_the_default():
    p = unit_period(school=False, settings={"year_start": "02-29"}, on=date(2026, 5, 1))
    assert (p.start, p.end) == (date(2026, 1, 1), date(2026, 12, 31))


def test_a_union_year_covers_the_school_year_ending_in_it():
    """The Đoàn cơ sở's 2026 (dashboard, packages) reads a school branch's 2025-2026; the
    branch's own "2026" is 2026-2027. Both are written once, in desktop/domain/periods.py."""
    from desktop.domain.periods import label_in_parent_year

    assert label_in_parent_year("2026", school=True) == "2025-2026"
    assert label_in_parent_year("2025-2026", school=False) == "2026"
    assert label_in_parent_year("2026", school=False) == "2026"
    assert unit_period(label_in_parent_year("2026", school=True), school=True).end == date(2026, 8, 31)
