"""Volunteer-day rules without storage: input checks, half days, dates, periods, risk (issue 4)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.volunteer import (
    Activity,
    MemberDays,
    VolunteerSummary,
    check_dates_in_period,
    check_days,
    format_dates_vi,
    parse_dates,
    parse_focus,
    parse_kind,
    parse_level,
    risk,
    split_half_days,
    weekend_days_between,
)
from desktop.domain.periods import unit_period
from desktop.domain.volunteer_sheet import parse_rows


def act(**kw) -> Activity:
    base = dict(
        id=None,
        unit_code="CD-TDP3",
        name="Chủ nhật xanh",
        kind="tinh-nguyen",
        dates=(date(2026, 4, 5),),
        days=1,
        participant_ids=(1, 2),
    )
    base.update(kw)
    return Activity(**base)


@pytest.mark.parametrize(
    "value, message",
    [
        (-1, "phải lớn hơn 0"),
        (0, "phải lớn hơn 0"),
        ("1,3", "nửa ngày"),
        ("abc", "không phải là số"),
        (3, "tối đa 1 ngày"),  # one calendar day credits at most one day
        (365, "tối đa 1 ngày"),
        ("inf", "không hợp lệ"),
    ],
)
def test_absurd_day_counts_are_refused_in_vietnamese(value, message):
    with pytest.raises(DomainError, match=message) as exc:
        act(days=value).validated()
    assert exc.value.field == "days"


def test_half_days_are_accepted_with_comma_or_point():
    assert act(days="0,5").validated().days == 0.5
    assert act(days="1.5", dates=(date(2026, 4, 4), date(2026, 4, 5))).validated().days == 1.5
    assert check_days("2", 2) == 2.0


def test_activity_without_members_is_refused_even_with_guests():
    with pytest.raises(DomainError, match="chưa có đoàn viên tham gia") as exc:
        act(participant_ids=(), guests=30).validated()
    assert exc.value.field == "participants"


def test_youth_project_needs_its_focus_cd22():
    with pytest.raises(DomainError, match="phải chọn lĩnh vực"):
        act(kind="cong-trinh-thanh-nien").validated()
    a = act(kind="Công trình, phần việc thanh niên", focus="Chuyển đổi số").validated()
    assert (a.kind, a.focus) == ("cong-trinh-thanh-nien", "chuyen-doi-so")
    # focus only belongs to a youth project
    assert act(focus="ma-tuy").validated().focus is None


def test_kinds_focus_and_levels_accept_codes_and_vietnamese_labels():
    assert parse_kind("Hành trình đến với các địa chỉ đỏ") == "dia-chi-do"
    assert parse_kind("trao luu tich cuc tren mang xa hoi") == "trao-luu-mang-xa-hoi"
    assert parse_kind("KHÁC") == "khac"
    assert parse_focus("ATGT") == "an-toan-giao-thong"
    assert parse_focus("Phòng, chống ma túy") == "ma-tuy"
    assert parse_level("Đoàn cơ sở") == "doan-co-so"
    with pytest.raises(DomainError, match="Loại hoạt động “hội thao” không hợp lệ"):
        parse_kind("hội thao")


def test_guests_are_counted_not_credited():
    a = act(guests=12).validated()
    assert (a.participant_count, a.people, a.member_days) == (2, 14, 2.0)
    with pytest.raises(DomainError, match="không được âm"):
        act(guests=-3).validated()


def test_dates_one_several_and_ranges():
    assert parse_dates("05/04/2026") == (date(2026, 4, 5),)
    assert parse_dates("05/04/2026, 12/04/2026; 2026-04-05") == (date(2026, 4, 5), date(2026, 4, 12))
    assert parse_dates("19/07/2026-21/07/2026") == (date(2026, 7, 19), date(2026, 7, 20), date(2026, 7, 21))
    assert format_dates_vi(parse_dates("19/07/2026-21/07/2026, 25/07/2026")) == "19/07/2026–21/07/2026, 25/07/2026"
    with pytest.raises(DomainError, match="không tồn tại"):
        parse_dates("31/02/2026")
    with pytest.raises(DomainError, match="Không hiểu ngày"):
        parse_dates("tuần sau")
    with pytest.raises(DomainError, match="kết thúc trước"):
        parse_dates("21/07/2026-19/07/2026")


def test_credit_is_spread_over_the_dates_at_most_one_day_each():
    assert split_half_days(3, 2) == [2, 1]  # 1,5 days over 2 dates = 1 + 0,5
    assert split_half_days(4, 3) == [2, 1, 1]  # 2 days over 3 dates
    assert split_half_days(1, 1) == [1]
    assert sum(split_half_days(7, 5)) == 7


def test_school_branch_year_is_the_school_year():
    p = unit_period(2025, school=True, settings={"school_year_start": "09-01"})
    assert (p.label, p.start, p.end) == ("2025-2026", date(2025, 9, 1), date(2026, 8, 31))
    q = unit_period(2026, school=False, settings={"year_start": "12-01"})
    assert (q.start, q.end) == (date(2025, 12, 1), date(2026, 11, 30))


def test_an_activity_cannot_straddle_two_assessment_years():
    with pytest.raises(DomainError, match="nằm ngoài năm học 2025-2026"):
        check_dates_in_period((date(2026, 8, 30), date(2026, 9, 2)), school=True)
    p = unit_period(2026, school=False)
    with pytest.raises(DomainError, match="Ngày 05/01/2027 nằm ngoài năm đánh giá 2026"):
        check_dates_in_period((date(2027, 1, 5),), school=False, period=p)


def test_risk_orders_who_needs_most_with_the_weekends_left():
    p = unit_period(2026, school=False)
    today = date(2026, 11, 21)
    weekends = weekend_days_between(today, p.end)
    assert weekends == 12  # 21/11 is a Saturday; 6 full weekends to 31/12
    assert risk(0, today, p) == "none"
    assert risk(0.5, today, p) == "low"
    assert risk(2.5, today, p) == "medium"
    assert risk(5, today, p) == "high"
    assert risk(5, date(2026, 12, 27), p) == "critical"  # two weekend days left, five needed
    assert risk(1, date(2027, 1, 2), p) == "missed"


def test_summary_short_list_is_sorted_by_risk_and_excludes_former_members():
    p = unit_period(2026, school=False)
    rows = (
        MemberDays(1, "Lê Minh Châu", 4.5, True, "active", name_key="le minh chau"),
        MemberDays(2, "Bùi Thị Khánh", 2.5, True, "active", name_key="bui thi khanh"),
        MemberDays(3, "Hoàng Văn Em", 3.0, False, "transferred_out", name_key="hoang van em"),
        MemberDays(4, "Nguyễn Thị Hoa", 8.0, True, "active", name_key="nguyen thi hoa"),
    )
    s = VolunteerSummary("CD-TDP3", p, date(2026, 11, 21), rows)
    assert [m.name for m in s.short] == ["Bùi Thị Khánh", "Lê Minh Châu"]
    assert s.short_count == 2 and not s.cd36_met
    assert s.days_left == 41  # 21/11 … 31/12, today included (Period.days_left)
    assert MemberDays(5, "x", 4.5, True, "active").progress == 0.9


def test_attendance_sheet_with_title_header_block_and_signature():
    rows = [
        (1, ["DANH SÁCH ĐOÀN VIÊN THAM GIA", None, None]),
        (2, ["Tên hoạt động:", "Chủ nhật xanh tháng 4"]),
        (3, ["Ngày: 05/04/2026"]),
        (4, ["SỐ NGÀY", "0,5"]),
        (5, [None]),
        (6, ["TT", "HỌ TÊN", "Năm sinh", "Chi hội"]),
        (7, [1, "Nguyễn Thị Hoa", 2001, "A"]),
        (8, [2, None, None, None]),  # numbered but empty: ignored
        (9, [3, None, "1999", None]),  # a birth year without a name: error
        (10, [4, 2001, None, None]),  # a number where a name should be
        (11, [5, "trần  văn bình", "31/02/1999", None]),
        (12, [None, None, None, None]),
        (13, ["Người lập danh sách", None, None, None]),
        (14, [None, "Phạm Thu Dung", None, None]),  # below the signature: not read
    ]
    p = parse_rows(rows)
    assert p.header["name"][2] == "Chủ nhật xanh tháng 4"
    assert p.header["dates"][2] == "05/04/2026"
    assert p.header["days"][2] == "0,5"
    assert p.header_row == 6 and p.name_column == "B"
    assert [(e.row, e.name, e.dob_year) for e in p.entries] == [(7, "Nguyễn Thị Hoa", 2001)]
    assert [(e.row, e.column) for e in p.errors] == [(9, "B"), (10, "B"), (11, "C")]
    assert "không tồn tại" in p.errors[2].message
    assert p.extra_columns == ["Chi hội"]


def test_sheet_without_a_name_column_says_so():
    p = parse_rows([(1, ["STT", "Lớp"]), (2, [1, "12A1"])])
    assert "Không tìm thấy cột “Họ và tên”" in p.errors[0].message


def test_overlaps_within_a_batch_for_imports():
    from desktop.domain.volunteer import overlaps_within

    a = act(id=1, dates=(date(2026, 7, 19), date(2026, 7, 20)), days=2, participant_ids=(1, 2))
    b = act(id=2, dates=(date(2026, 7, 20),), participant_ids=(2, 3))
    c = act(id=3, dates=(date(2026, 7, 20),), participant_ids=(1,), overlap_confirmed_ids=(1,))
    assert overlaps_within([a, b, c]) == [(2, date(2026, 7, 20), 0, 1)]
