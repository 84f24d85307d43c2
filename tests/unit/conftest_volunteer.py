"""Fixtures for the volunteer-days tests (imported explicitly: ``from tests.unit.conftest_volunteer
import *``). Members are created through the members service, as a secretary would."""

from __future__ import annotations

from datetime import date

import pytest

# name, date of birth, entry (kind, date), later events [(kind, date)]
ROSTER = [
    ("Nguyễn Thị Hoa", date(2001, 3, 12), ("joined", date(2020, 3, 26)), []),
    ("Trần Văn Bình", date(1999, 7, 2), ("joined", date(2019, 3, 26)), []),
    ("Lê Minh Châu", date(2002, 11, 5), ("joined", date(2021, 3, 26)), []),
    ("Phạm Thu Dung", date(2000, 1, 20), ("joined", date(2018, 3, 26)), []),
    # moves to another branch in June: keeps the days credited before
    ("Hoàng Văn Em", date(1998, 5, 9), ("joined", date(2017, 3, 26)), [("transferred_out", date(2026, 6, 15))]),
    # arrives from another branch in July
    ("Vũ Thị Giang", date(2003, 8, 30), ("transferred_in", date(2026, 7, 1)), []),
    # leaves the Union at the end of September
    ("Đỗ Quang Huy", date(1996, 2, 14), ("joined", date(2015, 3, 26)), [("left", date(2026, 9, 30))]),
    ("Bùi Thị Khánh", date(2004, 4, 4), ("joined", date(2022, 3, 26)), []),
]


def add_members(ctx, unit_code: str, roster=ROSTER) -> dict[str, int]:
    from desktop.domain.members import Member
    from desktop.services.membership.members import add_member, record_event

    ids = {}
    for name, dob, (kind, on), later in roster:
        _, m = add_member(
            ctx,
            unit_code,
            Member(id=None, unit_code=unit_code, full_name=name, date_of_birth=dob),
            entry_date=on,
            entry_kind=kind,
        )
        for k, d in later:
            record_event(ctx, m.id, k, d)
        ids[name] = m.id
    return ids


@pytest.fixture
def members(branch_ctx) -> dict[str, int]:
    """The eight members of Chi đoàn Tổ dân phố số 3, by name → id."""
    return add_members(branch_ctx, "CD-TDP3")


def draft(name="Chủ nhật xanh", kind="tinh-nguyen", dates=(date(2026, 4, 5),), days=1.0, ids=(), **kw):
    from desktop.domain.volunteer import Activity

    return Activity(
        id=None,
        unit_code="CD-TDP3",
        name=name,
        kind=kind,
        dates=tuple(dates),
        days=days,
        participant_ids=tuple(ids),
        **kw,
    )
