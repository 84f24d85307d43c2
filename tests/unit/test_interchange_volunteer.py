"""Volunteer activities in the data interchange: an activity as stored, whose only member was
deleted since, moves with the rest of the data (issue 5; found on the grassroots demo's export)."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.members import Member
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.domain.volunteer import Activity
from desktop.services.context import open_context
from desktop.services.exchange import interchange as ix
from desktop.services.membership import members as members_svc
from desktop.services.units import save_self_unit
from desktop.services.volunteering import volunteer as volunteer_svc


def _fresh(tmp_path: Path, name: str):
    c = open_context(tmp_path / name, actor="test")
    c.today = lambda: date(2026, 11, 21)
    return c


def test_an_activity_whose_only_member_was_deleted_still_moves_to_a_new_pc(ctx, tmp_path):
    """A member entered by mistake is deleted; the one activity only they took part in stays,
    crediting nobody. The Đoàn cơ sở of the grassroots demo (33 such activities) could not import
    its own export: "Hoạt động chưa có đoàn viên tham gia" for each; the form's rule (at least one
    member to record a day) is not the file's."""
    unit = Unit("CD-TDP3", "Chi đoàn Tổ dân phố số 3", UnitKind.CHI_DOAN, BranchType.DAN_CU, parent_code="DCS-LECHAN")
    save_self_unit(ctx, unit)
    keep = members_svc.add_member(
        ctx, unit.code, Member(None, unit.code, "Nguyễn Thị Hoa", date(1998, 3, 4)), entry_date=date(2024, 3, 26)
    )[1].id
    gone = members_svc.add_member(
        ctx, unit.code, Member(None, unit.code, "Trần Văn Đứ", date(1999, 3, 4)), entry_date=date(2024, 3, 26)
    )[1].id
    for who, name in (((keep,), "Chủ nhật xanh"), ((gone,), "Khơi thông cống rãnh")):
        volunteer_svc.record_activity(
            ctx,
            unit.code,
            Activity(None, unit.code, name, "tinh-nguyen", (date(2026, 4, 29),), 1, participant_ids=who, guests=3),
        )
    members_svc.delete_member(ctx, gone)
    first = ix.export_document(ctx)
    lonely = next(a for a in first["volunteer_activities"] if a["name"] == "Khơi thông cống rãnh")
    assert lonely["participants"] == [] and lonely["guests"] == 3
    other = _fresh(tmp_path, "may-moi")
    try:
        result = ix.import_document(other, first)
        assert result.changed and result.counts["volunteer_activities"] == 2
        assert ix.dumps(ix.export_document(other)) == ix.dumps(first)
    finally:
        other.close()
    # The form's rule is the domain's default: recording an activity needs a member.
    empty = Activity(None, unit.code, "Chủ nhật xanh", "tinh-nguyen", (date(2026, 4, 29),), 1, guests=3)
    with pytest.raises(DomainError, match="chọn ít nhất 01 đoàn viên"):
        empty.validated()
    assert empty.validated(stored=True).participant_ids == ()
    # Its other rules still hold: three days on one date is refused, participants or not.
    bad = copy.deepcopy(first)
    next(a for a in bad["volunteer_activities"] if a["name"] == "Khơi thông cống rãnh")["days"] = 3
    with pytest.raises(ix.InvalidDocument) as exc:
        ix.check_document(ctx, bad)
    assert any(p.path.endswith("volunteer_activities[1].days") for p in exc.value.problems), exc.value.problems
