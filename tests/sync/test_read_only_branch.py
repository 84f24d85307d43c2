"""A branch that sends its data in packages is read-only on its Đoàn cơ sở's machine (issue 7
item 6): adding a member, a volunteer activity, a log record, a judgement or a registration for
it is refused with a Vietnamese message naming the branch, and nothing is written. On the
branch's own machine the same actions work."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.logs import LogEntry
from desktop.domain.members import Member
from desktop.domain.volunteer import Activity
from desktop.services.year import cycle
from desktop.services.membership import members
from desktop.services.exchange import sync
from desktop.services.volunteering import volunteer
from tests.sync.conftest_sync import (
    BRANCH,
    pair,  # noqa: F401  (the fixture)
    stored_state,
)


def _writes(ctx, member_id: int = 1):
    code = BRANCH.code
    yield lambda: members.add_member(
        ctx, code, Member(None, code, "Nguyễn Thị Hoa", date(2001, 5, 12)), entry_date=date(2026, 3, 26)
    )
    yield lambda: volunteer.record_activity(
        ctx,
        code,
        Activity(
            None, code, "Ngày Chủ nhật xanh", "tinh-nguyen", (date(2026, 6, 7),), 1.0, participant_ids=(member_id,)
        ),
    )
    yield lambda: cycle.add_log(
        ctx,
        LogEntry(
            None, code, "weekly_post", date(2026, 11, 16), "Tấm gương người tốt việc tốt trong tuần", channel="Fanpage"
        ),
    )
    yield lambda: cycle.record_judgement(ctx, code, "2026", "CD-1.3", "met", author="Bí thư Nguyễn Văn An")
    yield lambda: cycle.save_registration(ctx, code, "2026", [], [])


def test_writes_to_a_received_branch_are_refused_with_a_clear_message(pair):
    assert sync.is_read_only_unit(pair.dcs, BRANCH.code)
    before = stored_state(pair.dcs)
    for write in _writes(pair.dcs):
        with pytest.raises(DomainError) as e:
            write()
        assert "chỉ được xem trên máy này" in str(e.value), str(e.value)
        assert BRANCH.name in str(e.value)
    assert stored_state(pair.dcs) == before
    assert members.roster(pair.dcs, BRANCH.code) == []


def test_the_branch_itself_still_writes_its_own_data(pair):
    assert not sync.is_read_only_unit(pair.branch, BRANCH.code)
    _, hoa = next(_writes(pair.branch))()
    for write in list(_writes(pair.branch, hoa.id))[1:]:
        write()
    assert [r.member.full_name for r in members.roster(pair.branch, BRANCH.code)] == ["Nguyễn Thị Hoa"]
