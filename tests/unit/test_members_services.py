"""Member services: records, history events, bulk flags, saved groups, audit entries."""

from datetime import date

import pytest

from db.audit import history as audit_history
from db.audit import verify_chain
from desktop.domain.errors import DomainError
from desktop.domain.members import ACTIVE, TRANSFERRED_IN, TRANSFERRED_OUT, Member
from desktop.services.membership import members as svc
from desktop.services.membership import member_groups

UNIT = "CD-TDP3"


def _hoa(**kw):
    base = dict(
        id=None,
        unit_code=UNIT,
        full_name="nguyễn thị  hoa",
        date_of_birth=date(2001, 3, 5),
        gender="nu",
        phone="0912345678",
        union_card_no="DV001",
    )
    base.update(kw)
    return Member(**base)


def test_adding_a_member_stores_the_record_history_and_an_audit_entry(branch_ctx):
    changes, m = svc.add_member(branch_ctx, UNIT, _hoa(), entry_date=date(2019, 9, 1))
    assert changes.touches("members")
    assert m.full_name == "Nguyễn Thị Hoa"
    (entry,) = svc.roster(branch_ctx, UNIT)
    assert entry.status == ACTIVE and entry.stint.entry_date == date(2019, 9, 1)
    with branch_ctx.uow.read() as s:
        trail = audit_history(s, "member", m.id)
        assert trail[0]["action"] == "create" and trail[0]["after"]["full_name"] == "Nguyễn Thị Hoa"
        assert verify_chain(s)["ok"]


def test_the_same_person_cannot_be_added_twice(branch_ctx):
    svc.add_member(branch_ctx, UNIT, _hoa())
    with pytest.raises(DomainError) as e:
        svc.add_member(branch_ctx, UNIT, _hoa(full_name="Trần Văn Bình", date_of_birth=None))
    assert e.value.field == "union_card_no" and "DV001" in str(e.value)
    with pytest.raises(DomainError, match="cùng họ tên và ngày sinh"):
        svc.add_member(branch_ctx, UNIT, _hoa(full_name="NGUYỄN THỊ HOA", union_card_no=None))
    assert len(svc.roster(branch_ctx, UNIT)) == 1


def test_invalid_fields_are_refused_with_the_field_named(branch_ctx):
    with pytest.raises(DomainError) as e:
        svc.add_member(branch_ctx, UNIT, _hoa(date_of_birth=date(2030, 1, 1)))
    assert e.value.field == "date_of_birth" and "tương lai" in str(e.value)
    assert svc.roster(branch_ctx, UNIT) == []


def test_update_records_before_and_after(branch_ctx):
    _, m = svc.add_member(branch_ctx, UNIT, _hoa())
    svc.update_member(branch_ctx, Member(**{**m.__dict__, "residence": "Tổ dân phố số 3", "ebook_issued": True}))
    got = svc.get_member(branch_ctx, m.id)
    assert got.residence == "Tổ dân phố số 3" and got.ebook_issued
    with branch_ctx.uow.read() as s:
        upd = audit_history(s, "member", m.id)[-1]
    assert upd["action"] == "update" and upd["before"]["ebook_issued"] is False and upd["after"]["ebook_issued"]
    assert not svc.update_member(branch_ctx, got)  # nothing changed, nothing recorded


def test_transferred_out_member_stays_in_history_and_in_past_lists(branch_ctx):
    _, a = svc.add_member(branch_ctx, UNIT, _hoa(), entry_date=date(2020, 1, 1))
    _, b = svc.add_member(
        branch_ctx,
        UNIT,
        _hoa(full_name="Trần Văn Bình", union_card_no="DV002", date_of_birth=date(1999, 12, 1)),
        entry_date=date(2020, 1, 1),
    )
    svc.record_event(branch_ctx, a.id, TRANSFERRED_OUT, date(2026, 7, 1), "Chuyển về Chi đoàn Tổ 5")
    assert [m.id for m in svc.members_on(branch_ctx, UNIT, date(2026, 6, 30))] == [a.id, b.id]
    assert [m.id for m in svc.members_on(branch_ctx, UNIT, date(2026, 7, 1))] == [b.id]
    statuses = {e.member.id: e.status for e in svc.roster(branch_ctx, UNIT)}
    assert statuses == {a.id: TRANSFERRED_OUT, b.id: ACTIVE}
    assert svc.member_base_for(branch_ctx, UNIT, date(2026, 1, 1), date(2026, 12, 31), "start") == 2
    assert svc.member_base_for(branch_ctx, UNIT, date(2026, 1, 1), date(2026, 12, 31)) == 1  # default end
    with pytest.raises(DomainError, match="không đang sinh hoạt"):
        svc.record_event(branch_ctx, a.id, TRANSFERRED_OUT, date(2026, 8, 1))
    svc.record_event(branch_ctx, a.id, TRANSFERRED_IN, date(2026, 9, 1))
    assert [e.kind for e in svc.history(branch_ctx, a.id)] == ["joined", "transferred_out", "transferred_in"]
    svc.delete_last_event(branch_ctx, a.id)
    assert len(svc.history(branch_ctx, a.id)) == 2


def test_bulk_flags_for_selected_members(branch_ctx):
    ids = []
    for i, name in enumerate(["Vũ Thị Lan", "Đỗ Văn Hùng", "Bùi Thị Ánh"]):
        _, m = svc.add_member(branch_ctx, UNIT, _hoa(full_name=name, union_card_no=f"DV{i}"))
        ids.append(m.id)
    changes = svc.set_flags(branch_ctx, ids[:2], ebook_issued=True, ecard_issued=True, training_registered=True)
    assert changes.touches("members")
    flags = {
        e.member.id: (e.member.ebook_issued, e.member.ecard_issued, e.member.is_training_registered)
        for e in svc.roster(branch_ctx, UNIT)
    }
    assert flags == {ids[0]: (True, True, True), ids[1]: (True, True, True), ids[2]: (False, False, False)}
    assert svc.get_member(branch_ctx, ids[0]).training_registered_on == date(2026, 11, 21)
    assert not svc.set_flags(branch_ctx, ids[:2], ebook_issued=True)  # already set: no change
    with pytest.raises(DomainError):
        svc.set_flags(branch_ctx, ids, full_name="X")


def test_saved_groups_for_fast_entry(branch_ctx):
    ids = [
        svc.add_member(branch_ctx, UNIT, _hoa(full_name=n, union_card_no=c))[1].id
        for n, c in [("Vũ Thị Lan", "A1"), ("Đỗ Văn Hùng", "A2"), ("Bùi Thị Ánh", "A3")]
    ]
    _, g1 = member_groups.create_group(branch_ctx, UNIT, "Tổ 1", ids[:2])
    member_groups.create_group(branch_ctx, UNIT, "Tổ 2", [ids[2]])
    assert [(g.name, g.member_ids) for g in member_groups.list_groups(branch_ctx, UNIT)] == [
        ("Tổ 1", tuple(ids[:2])),
        ("Tổ 2", (ids[2],)),
    ]
    with pytest.raises(DomainError, match="Đã có nhóm"):
        member_groups.create_group(branch_ctx, UNIT, " Tổ  1 ", [])
    member_groups.update_group(branch_ctx, g1.id, name="Tổ 1 – Thôn Đông", member_ids=[ids[0]])
    member_groups.add_to_group(branch_ctx, g1.id, [ids[2]])
    assert member_groups.group_member_ids(branch_ctx, g1.id) == (ids[0], ids[2])
    member_groups.delete_group(branch_ctx, g1.id)
    assert [g.name for g in member_groups.list_groups(branch_ctx, UNIT)] == ["Tổ 2"]
    with branch_ctx.uow.read() as s:
        assert [e["action"] for e in audit_history(s, "member_group", g1.id)] == [
            "create",
            "update",
            "update",
            "delete",
        ]


def test_deleting_a_member_entered_by_mistake_is_audited(branch_ctx):
    _, m = svc.add_member(branch_ctx, UNIT, _hoa())
    member_groups.create_group(branch_ctx, UNIT, "Tổ 1", [m.id])
    svc.delete_member(branch_ctx, m.id)
    assert svc.roster(branch_ctx, UNIT) == []
    assert member_groups.list_groups(branch_ctx, UNIT)[0].member_ids == ()
    with branch_ctx.uow.read() as s:
        assert audit_history(s, "member", m.id)[-1]["before"]["full_name"] == "Nguyễn Thị Hoa"


def test_unknown_entry_dates_default_to_the_start_of_the_assessment_year(branch_ctx):
    assert svc.default_entry_date(branch_ctx, UNIT) == date(2026, 1, 1)
    from desktop.services.units import set_unit_setting

    set_unit_setting(branch_ctx, UNIT, "member_entry_unknown", "today")
    assert svc.default_entry_date(branch_ctx, UNIT) == date(2026, 11, 21)
