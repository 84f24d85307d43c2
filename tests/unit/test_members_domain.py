"""Member field rules and membership history (BRIEF §1: CD-3.3 … CD-3.5 flags, member base)."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.domain.members import (
    ACTIVE,
    JOINED,
    LEFT,
    TRANSFERRED_IN,
    TRANSFERRED_OUT,
    Member,
    MembershipEvent,
    active_days,
    check_new_event,
    is_active_on,
    latest_stint,
    member_base,
    member_problems,
    name_key,
    normalise_id_number,
    normalise_name,
    normalise_phone,
    parse_bool,
    parse_date_value,
    parse_gender,
    status_on,
)

TODAY = date(2026, 11, 21)


def test_search_key_ignores_diacritics_and_case():
    assert "nguyen thi" in name_key("Nguyễn  Thị Hoa")
    assert name_key("ĐỖ VĂN ĐỨC") == "do van duc"
    assert normalise_name("  trần   THỊ ngọc ánh ") == "Trần Thị Ngọc Ánh"


@pytest.mark.parametrize(
    "raw, expected",
    [
        (datetime(2001, 3, 5, 0, 0), (date(2001, 3, 5), False)),
        ("05/03/2001", (date(2001, 3, 5), False)),
        ("5-3-2001", (date(2001, 3, 5), False)),
        ("05.03.01", (date(2001, 3, 5), False)),
        ("2001-03-05", (date(2001, 3, 5), False)),
        (36955, (date(2001, 3, 5), False)),  # an Excel serial number in a cell without date format
        (1998, (date(1998, 1, 1), True)),
        ("1998", (date(1998, 1, 1), True)),
        (None, (None, False)),
    ],
)
def test_dates_are_read_in_the_forms_secretaries_type(raw, expected):
    assert parse_date_value(raw, TODAY, allow_year_only=True) == expected


def test_impossible_dates_say_why_in_vietnamese():
    with pytest.raises(DomainError, match="không có thật"):
        parse_date_value("31/02/2000", TODAY)
    with pytest.raises(DomainError, match="dd/mm/yyyy"):
        parse_date_value("mùng 5 tháng 3", TODAY)
    with pytest.raises(DomainError, match="chỉ có năm"):
        parse_date_value("2012", TODAY)


@pytest.mark.parametrize(
    "raw, expected",
    [
        (912345678, "0912345678"),  # Excel dropped the leading zero
        (912345678.0, "0912345678"),
        ("0912 345 678", "0912345678"),
        ("+84 98 765 4321", "0987654321"),
        ("84987654321", "0987654321"),
        ("0225.3842.123", "02253842123"),  # Hải Phòng landline
    ],
)
def test_phone_numbers_are_normalised(raw, expected):
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12345", "0123456789", "09123456789", "091234567a", "0612345678"])
def test_impossible_phone_numbers_are_refused(raw):
    with pytest.raises(DomainError, match="Số điện thoại"):
        normalise_phone(raw)


def test_id_numbers_keep_their_leading_zero():
    assert normalise_id_number(31095001234) == "031095001234"
    assert normalise_id_number("031 095 001 234") == "031095001234"
    with pytest.raises(DomainError, match="12 chữ số"):
        normalise_id_number("1234")


def test_yes_no_and_gender_cells():
    assert [parse_bool(v) for v in ("Có", "x", "X", 1, True, "đã cấp", "Không", "chưa", 0, "", None)] == [
        True,
        True,
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        None,
        None,
    ]
    with pytest.raises(DomainError, match="Có hoặc Không"):
        parse_bool("có lẽ")
    assert [parse_gender(v) for v in ("Nam", "NỮ", "nu", "F", None)] == ["nam", "nu", "nu", "nu", None]


def test_member_problems_name_each_wrong_field():
    m = Member(
        None,
        "CD1",
        "Nguyễn Văn 3",
        date_of_birth=date(1949, 12, 31),
        union_join_date=date(2027, 1, 1),
        party_join_date=date(2020, 1, 1),
    )
    problems = member_problems(m, TODAY)
    assert "chữ số" in problems["full_name"]
    assert "trước năm 1950" in problems["date_of_birth"]
    assert "tương lai" in problems["union_join_date"]
    assert "chưa đánh dấu là đảng viên" in problems["party_join_date"]
    ok = Member(
        None,
        "CD1",
        "Nguyễn Văn Ba",
        date_of_birth=date(2000, 1, 1),
        union_join_date=date(2015, 3, 26),
        phone="0912345678",
    )
    assert member_problems(ok, TODAY) == {}
    before_birth = Member(
        None, "CD1", "Nguyễn Văn Ba", date_of_birth=date(2000, 1, 1), union_join_date=date(1999, 3, 26)
    )
    assert "ngày sinh" in member_problems(before_birth, TODAY)["union_join_date"]


def test_a_member_transferred_out_mid_year_stays_in_the_base_of_earlier_dates():
    """BRIEF §1: the member base can be the start, the end or the average of the year."""
    h = {
        1: [MembershipEvent(JOINED, date(2020, 1, 1))],
        2: [MembershipEvent(JOINED, date(2020, 1, 1)), MembershipEvent(TRANSFERRED_OUT, date(2026, 7, 1))],
        3: [MembershipEvent(TRANSFERRED_IN, date(2026, 7, 1))],
        4: [MembershipEvent(JOINED, date(2019, 5, 1)), MembershipEvent(LEFT, date(2025, 12, 31))],
    }
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    assert member_base(h, start, end, "start") == 2
    assert member_base(h, start, end, "end") == 2
    avg = member_base(h, start, end, "average")
    assert avg == pytest.approx((365 + 181 + 184) / 365)
    assert status_on(h[2], date(2026, 6, 30)) == ACTIVE
    assert status_on(h[2], date(2026, 7, 1)) == TRANSFERRED_OUT
    assert latest_stint(h[2]).exit_date == date(2026, 7, 1)


events = st.lists(
    st.tuples(
        st.sampled_from([JOINED, TRANSFERRED_IN, TRANSFERRED_OUT, LEFT]), st.dates(date(2025, 6, 1), date(2027, 6, 1))
    ),
    max_size=6,
)


@settings(max_examples=150, deadline=None)
@given(events)
def test_active_days_agrees_with_counting_day_by_day(raw):
    """The fast interval count equals the definition (is_active_on each day) for any history
    that alternates in/out as the app records it."""
    evs, inside = [], False
    for kind, d in sorted(raw, key=lambda t: t[1]):
        entering = kind in (JOINED, TRANSFERRED_IN)
        if entering != inside:
            evs.append(MembershipEvent(kind, d, None, len(evs)))
            inside = entering
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    naive = sum(is_active_on(evs, start + timedelta(days=i)) for i in range(365))
    assert active_days(evs, start, end) == naive


def test_new_events_must_follow_the_history():
    h = [MembershipEvent(JOINED, date(2020, 1, 1), None, 1)]
    check_new_event(h, TRANSFERRED_OUT, date(2026, 7, 1), TODAY)
    with pytest.raises(DomainError, match="đang sinh hoạt"):
        check_new_event(h, TRANSFERRED_IN, date(2026, 7, 1), TODAY)
    with pytest.raises(DomainError, match="sau sự kiện cuối cùng"):
        check_new_event(h, TRANSFERRED_OUT, date(2019, 7, 1), TODAY)
    with pytest.raises(DomainError, match="tương lai"):
        check_new_event(h, LEFT, date(2027, 1, 1), TODAY)
    out = h + [MembershipEvent(TRANSFERRED_OUT, date(2026, 7, 1), None, 2)]
    with pytest.raises(DomainError, match="không đang sinh hoạt"):
        check_new_event(out, LEFT, date(2026, 8, 1), TODAY)
