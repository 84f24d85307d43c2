"""A year of volunteer activities with totals counted by hand (issue 4 "How it will be checked").

Chi đoàn Tổ dân phố số 3, calendar year 2026, today 21/11/2026. Hand count (days):

    activity (dates, days each)                    Hoa Bình Châu Dung  Em  Giang Huy Khánh
    A1 18/01 ra quân, 1                              1    1    1    1    1    .    1    .
    A2 26–27/03 công trình ATGT, 1,5                1,5  1,5  1,5   .   1,5   .    .    .
    A3 30/04 địa chỉ đỏ, 0,5                        0,5  0,5   .   0,5  0,5   .   0,5   .
    A4 17/05 hiến máu, 1 (Bình added by an edit)     1    1    1    1    .    .    .    1
    A5 19–21/07 mùa hè xanh, 2                       2    2    .    .    .    2    2    .
    A6 20/07 tiếp sức mùa thi, 1 (overlap confirmed) 1    .    1    .    .    1    .    .
    A7 20/09 trào lưu mạng xã hội, 0,5               .   0,5   .   0,5   .    .   0,5  0,5
    A8 08/11 chủ nhật xanh, 1                        1    1    .    1    .    1    .    1
    A9 15/11 recorded by mistake, then deleted       –    –    –    –    –    –    –    –
    total                                            8   7,5  4,5   4    3    4    4   2,5

Em transferred out on 15/06 and Huy left on 30/09: they keep their days but are not in the
CD-3.6 base at the assessment date; Giang transferred in on 01/07. Short of 5 days among the
six current members: Khánh (2,5 needed), Dung (1), Giang (1), Châu (0,5) → short_count 4.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.volunteer import OverlapError
from desktop.services.volunteering import volunteer as v
from desktop.services.volunteering import volunteer_totals as vtotals
from tests.unit.conftest_volunteer import draft, members  # noqa: F401
from desktop.i18n.catalogue import say

D = date


@pytest.fixture
def year(branch_ctx, members):
    m = members
    ctx = branch_ctx

    def rec(name, kind, dates, days, who, **kw):
        return v.record_activity(
            ctx,
            "CD-TDP3",
            draft(name=name, kind=kind, dates=dates, days=days, ids=[m[w] for w in who], **kw),
            period=2026,
        ).activity_id

    ids = {}
    ids["A1"] = rec(
        "Ra quân đầu năm — dọn vệ sinh đường làng",
        "tinh-nguyen",
        [D(2026, 1, 18)],
        1,
        ["Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Minh Châu", "Phạm Thu Dung", "Hoàng Văn Em", "Đỗ Quang Huy"],
    )
    ids["A2"] = rec(
        "Công trình thắp sáng đường quê",
        "cong-trinh-thanh-nien",
        [D(2026, 3, 26), D(2026, 3, 27)],
        1.5,
        ["Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Minh Châu", "Hoàng Văn Em"],
        focus="an-toan-giao-thong",
        level="doan-co-so",
        guests=7,
    )
    ids["A3"] = rec(
        "Hành trình về địa chỉ đỏ: Khu di tích Bạch Đằng Giang",
        "dia-chi-do",
        [D(2026, 4, 30)],
        0.5,
        ["Nguyễn Thị Hoa", "Trần Văn Bình", "Phạm Thu Dung", "Hoàng Văn Em", "Đỗ Quang Huy"],
    )
    ids["A4"] = rec(
        "Ngày hội hiến máu",
        "tinh-nguyen",
        [D(2026, 5, 17)],
        1,
        ["Nguyễn Thị Hoa", "Lê Minh Châu", "Phạm Thu Dung", "Bùi Thị Khánh"],
    )
    ids["A5"] = rec(
        "Chiến dịch Mùa hè xanh",
        "tinh-nguyen",
        [D(2026, 7, 19), D(2026, 7, 20), D(2026, 7, 21)],
        2,
        ["Nguyễn Thị Hoa", "Trần Văn Bình", "Vũ Thị Giang", "Đỗ Quang Huy"],
    )
    a6 = draft(
        name="Tiếp sức mùa thi",
        dates=[D(2026, 7, 20)],
        days=1,
        ids=[m["Nguyễn Thị Hoa"], m["Vũ Thị Giang"], m["Lê Minh Châu"]],
    )
    with pytest.raises(OverlapError) as exc:
        v.record_activity(ctx, "CD-TDP3", a6)
    assert sorted(exc.value.member_ids) == sorted([m["Nguyễn Thị Hoa"], m["Vũ Thị Giang"]])
    ids["A6"] = v.record_activity(ctx, "CD-TDP3", a6, allow_overlap=True).activity_id
    ids["A7"] = rec(
        "Trào lưu “Tự hào Hải Phòng” trên mạng xã hội",
        "trao-luu-mang-xa-hoi",
        [D(2026, 9, 20)],
        0.5,
        ["Trần Văn Bình", "Phạm Thu Dung", "Đỗ Quang Huy", "Bùi Thị Khánh"],
    )
    ids["A8"] = rec(
        "Chủ nhật xanh tháng 11",
        "tinh-nguyen",
        [D(2026, 11, 8)],
        1,
        ["Nguyễn Thị Hoa", "Trần Văn Bình", "Phạm Thu Dung", "Vũ Thị Giang", "Bùi Thị Khánh"],
    )
    ids["A9"] = rec("Ghi nhầm", "tinh-nguyen", [D(2026, 11, 15)], 1, ["Nguyễn Thị Hoa", "Bùi Thị Khánh"])
    v.delete_activity(ctx, ids["A9"], "Ghi nhầm ngày")
    a4 = v.get_activity(ctx, ids["A4"])
    v.update_activity(ctx, ids["A4"], replace(a4, participant_ids=a4.participant_ids + (m["Trần Văn Bình"],)))
    return ids


EXPECTED = {
    "Nguyễn Thị Hoa": 8.0,
    "Trần Văn Bình": 7.5,
    "Lê Minh Châu": 4.5,
    "Phạm Thu Dung": 4.0,
    "Hoàng Văn Em": 3.0,
    "Vũ Thị Giang": 4.0,
    "Đỗ Quang Huy": 4.0,
    "Bùi Thị Khánh": 2.5,
}


def test_per_member_days_match_the_hand_count(branch_ctx, members, year):
    s = vtotals.volunteer_summary(branch_ctx, "CD-TDP3", 2026)
    assert {m.name: m.days for m in s.members} == EXPECTED
    from db.repo.volunteer import member_days

    with branch_ctx.uow.read() as session:
        days = member_days(session, "CD-TDP3", D(2026, 1, 1), D(2026, 12, 31))
    assert days == {members[n]: d for n, d in EXPECTED.items()}


def test_short_list_cd36_and_who_is_counted(branch_ctx, members, year):
    s = vtotals.volunteer_summary(branch_ctx, "CD-TDP3", 2026)
    assert [(m.name, m.needed) for m in s.short] == [
        ("Bùi Thị Khánh", 2.5),
        ("Phạm Thu Dung", 1.0),
        ("Vũ Thị Giang", 1.0),
        ("Lê Minh Châu", 0.5),
    ]
    assert s.short_count == 4 and len(s.counted) == 6 and not s.cd36_met
    status = {m.name: (m.counted, m.status) for m in s.members}
    assert status["Hoàng Văn Em"] == (False, "transferred_out")
    assert status["Đỗ Quang Huy"] == (False, "left")
    assert status["Vũ Thị Giang"] == (True, "active")
    assert s.days_left == 41  # 21/11 … 31/12, today included (Period.days_left)
    assert [s.risk_of(m) for m in s.short] == ["medium", "low", "low", "low"]


def test_cd22_cd23_and_totals_by_kind_and_month(branch_ctx, year):
    s = vtotals.volunteer_summary(branch_ctx, "CD-TDP3", 2026)
    assert s.cd22_count == 1 and s.cd23_count == 2
    totals = {(t.kind, t.month.month): (t.activities, t.member_days, t.participants) for t in s.totals}
    assert totals[("tinh-nguyen", 1)] == (1, 6.0, 6)
    assert totals[("cong-trinh-thanh-nien", 3)] == (1, 6.0, 4)
    assert totals[("tinh-nguyen", 7)] == (2, 11.0, 5)  # A5 8 member-days + A6 3
    assert ("tinh-nguyen", 11) in totals and totals[("tinh-nguyen", 11)][1] == 5.0  # A9 deleted
    assert sum(t.member_days for t in s.totals) == sum(EXPECTED.values())


def test_activities_in_for_the_evaluation_engine(branch_ctx, year):
    from db.repo.volunteer import activities_in

    with branch_ctx.uow.read() as session:
        projects = activities_in(session, "CD-TDP3", D(2026, 1, 1), D(2026, 12, 31), ["cong-trinh-thanh-nien"])
        red = activities_in(session, "CD-TDP3", D(2026, 1, 1), D(2026, 12, 31), ["dia-chi-do", "trao-luu-mang-xa-hoi"])
        q3 = activities_in(session, "CD-TDP3", D(2026, 7, 1), D(2026, 9, 30))
    assert [(a.name, a.focus, a.level, a.guests, a.people) for a in projects] == [
        ("Công trình thắp sáng đường quê", "an-toan-giao-thong", "doan-co-so", 7, 11)
    ]
    assert [a.kind for a in red] == ["dia-chi-do", "trao-luu-mang-xa-hoi"]
    assert [a.id for a in q3] == [year["A5"], year["A6"], year["A7"]]


def test_per_member_view_lists_the_activities_and_progress(branch_ctx, members, year):
    rec = vtotals.member_record(branch_ctx, "CD-TDP3", members["Lê Minh Châu"], 2026)
    assert rec.days.days == 4.5 and rec.days.needed == 0.5 and rec.days.progress == pytest.approx(0.9)
    assert [(a.id, d) for a, d in rec.activities] == [
        (year["A1"], 1.0),
        (year["A2"], 1.5),
        (year["A4"], 1.0),
        (year["A6"], 1.0),
    ]
    em = vtotals.member_record(branch_ctx, "CD-TDP3", members["Hoàng Văn Em"], 2026)
    assert em.days.days == 3.0 and em.days.status == "transferred_out"


def test_edits_and_deletions_keep_history(branch_ctx, members, year):
    h = v.activity_history(branch_ctx, year["A4"])
    assert [e["action"] for e in h] == ["create", "update"]
    assert members["Trần Văn Bình"] not in h[1]["before"]["participant_ids"]
    assert members["Trần Văn Bình"] in h[1]["after"]["participant_ids"]
    deleted = v.list_activities(branch_ctx, "CD-TDP3", 2026, deleted=True)
    assert [a.name for a in deleted] == ["Ghi nhầm"]
    assert [e["action"] for e in v.activity_history(branch_ctx, year["A9"])] == ["create", "delete"]
    v.restore_activity(branch_ctx, year["A9"])
    s = vtotals.volunteer_summary(branch_ctx, "CD-TDP3", 2026)
    assert {m.name: m.days for m in s.members}["Bùi Thị Khánh"] == 3.5
    from db.audit import verify_chain

    with branch_ctx.uow.read() as session:
        assert verify_chain(session)["ok"]


def test_confirmed_overlap_stays_confirmed_when_the_activity_is_edited(branch_ctx, members, year):
    a6 = v.get_activity(branch_ctx, year["A6"])
    assert set(a6.overlap_confirmed_ids) == {members["Nguyễn Thị Hoa"], members["Vũ Thị Giang"]}
    v.update_activity(branch_ctx, year["A6"], replace(a6, name="Tiếp sức mùa thi 2026"))
    # adding a new overlapping member still asks
    a6 = v.get_activity(branch_ctx, year["A6"])
    with pytest.raises(OverlapError, match="Trần Văn Bình"):
        v.update_activity(
            branch_ctx, year["A6"], replace(a6, participant_ids=a6.participant_ids + (members["Trần Văn Bình"],))
        )
    res = v.update_activity(
        branch_ctx,
        year["A6"],
        replace(a6, participant_ids=a6.participant_ids + (members["Trần Văn Bình"],)),
        skip_overlaps=True,
    )
    assert res.participants == 3 and [o.member_name for o in res.skipped] == ["Trần Văn Bình"]


def _counts(ctx):
    from sqlalchemy import func, select

    from db.models.core import AuditRow
    from db.models.volunteer import VolunteerActivityRow, VolunteerCreditRow

    with ctx.uow.read() as s:
        return tuple(
            s.execute(select(func.count()).select_from(t)).scalar()
            for t in (VolunteerActivityRow, VolunteerCreditRow, AuditRow)
        )


@pytest.mark.parametrize(
    "bad, message",
    [
        (dict(days=-1), "phải lớn hơn 0"),
        (dict(days=2), "tối đa 1 ngày"),
        (dict(dates=[D(2027, 1, 3)]), "nằm ngoài năm đánh giá 2026"),
        (dict(ids=[]), "chưa có đoàn viên tham gia"),
        (dict(ids=[99999]), "Không có đoàn viên số 99999"),
        (dict(ids=["Hoàng Văn Em"], dates=[D(2026, 8, 2)]), "đã chuyển đi hoặc ra khỏi Đoàn từ 15/06/2026"),
        (dict(ids=["Vũ Thị Giang"], dates=[D(2026, 3, 1)]), "chưa sinh hoạt tại đơn vị"),
        (dict(ids=["Nguyễn Thị Hoa"], dates=[D(2026, 7, 20)]), "hai lần trong cùng một ngày"),
    ],
)
def test_bad_input_writes_nothing(branch_ctx, members, year, bad, message):
    before = _counts(branch_ctx)
    kw = dict(name="Thử", dates=[D(2026, 10, 4)], days=1, ids=[members["Nguyễn Thị Hoa"]])
    kw.update(bad)
    kw["ids"] = [members.get(i, i) for i in kw["ids"]]
    with pytest.raises(DomainError, match=message):
        v.record_activity(branch_ctx, "CD-TDP3", draft(**kw), period=2026)
    assert _counts(branch_ctx) == before


def test_missing_evidence_file_writes_nothing(branch_ctx, members, tmp_path):
    before = _counts(branch_ctx)
    with pytest.raises(DomainError, match="Không tìm thấy tệp minh chứng"):
        v.record_activity(
            branch_ctx, "CD-TDP3", draft(ids=[members["Nguyễn Thị Hoa"]]), attachments=[tmp_path / "anh.jpg"]
        )
    assert _counts(branch_ctx) == before


def test_evidence_is_saved_with_the_activity(branch_ctx, members, tmp_path):
    photo = tmp_path / "Ảnh tập thể.png"
    photo.write_bytes(b"\x89PNG" + b"x" * 500)
    res = v.record_activity(branch_ctx, "CD-TDP3", draft(ids=[members["Nguyễn Thị Hoa"]]), attachments=[photo])
    files = v.evidence(branch_ctx, res.activity_id)
    assert [f.original_name for f in files] == ["Ảnh tập thể.png"]
    photo.unlink()
    from desktop.services.attachments import verify_attachment

    assert verify_attachment(branch_ctx, files[0])


def test_school_branch_counts_the_school_year(ctx):
    from desktop.domain.units import BranchType, Unit, UnitKind
    from desktop.services.units import save_self_unit
    from tests.unit.conftest_volunteer import add_members

    save_self_unit(
        ctx,
        Unit(
            code="CD-12A1",
            name="Chi đoàn lớp 12A1",
            kind=UnitKind.CHI_DOAN,
            branch_type=BranchType.TRUONG_HOC,
            grade=12,
            parent_code="DCS-THPT-NQ",
        ),
    )
    ids = add_members(
        ctx,
        "CD-12A1",
        [
            ("Đặng Thu Trang", D(2008, 5, 1), ("joined", D(2024, 3, 26)), []),
            ("Ngô Đức Mạnh", D(2008, 9, 9), ("joined", D(2024, 3, 26)), []),
        ],
    )
    t, mh = ids["Đặng Thu Trang"], ids["Ngô Đức Mạnh"]

    def rec(dates, days, who, period=None):
        a = draft(name="Hoạt động", dates=dates, days=days, ids=who)
        return v.record_activity(ctx, "CD-12A1", replace(a, unit_code="CD-12A1"), period=period)

    rec([D(2025, 8, 30)], 1, [t])  # school year 2024-2025
    rec([D(2025, 10, 15)], 1, [t, mh])
    rec([D(2026, 3, 20), D(2026, 3, 21)], 2, [t, mh])
    rec([D(2026, 8, 29), D(2026, 8, 30)], 1.5, [t])
    rec([D(2026, 9, 6)], 1, [t, mh])  # school year 2026-2027
    s = vtotals.volunteer_summary(ctx, "CD-12A1", 2025)
    assert (s.period.label, s.period.start, s.period.end) == ("2025-2026", D(2025, 9, 1), D(2026, 8, 31))
    assert {m.name: m.days for m in s.members} == {"Đặng Thu Trang": 4.5, "Ngô Đức Mạnh": 3.0}
    assert s.short_count == 2 and [s.risk_of(m) for m in s.short] == ["missed", "missed"]
    with pytest.raises(DomainError, match="nằm ngoài năm học 2025-2026"):
        rec([D(2026, 8, 31), D(2026, 9, 1)], 1, [t])
    now = vtotals.volunteer_summary(ctx, "CD-12A1", None)
    assert now.period.label == "2026-2027" and {m.name: m.days for m in now.members}["Ngô Đức Mạnh"] == 1.0


def test_year_start_setting_moves_the_boundary(branch_ctx, members):
    from desktop.services.units import set_unit_setting

    set_unit_setting(branch_ctx, "CD-TDP3", "year_start", "12-01")
    v.record_activity(branch_ctx, "CD-TDP3", draft(dates=[D(2025, 12, 7)], ids=[members["Nguyễn Thị Hoa"]]))
    s = vtotals.volunteer_summary(branch_ctx, "CD-TDP3", 2026)
    assert s.period.start == D(2025, 12, 1)
    assert {m.name: m.days for m in s.members}["Nguyễn Thị Hoa"] == 1.0


def test_grassroots_union_sees_its_branches_and_joint_activities(ctx):
    from db.repo.volunteer import activities_in, member_days
    from desktop.domain.units import BranchType, Unit, UnitKind
    from desktop.services.units import save_self_unit, save_unit
    from tests.unit.conftest_volunteer import add_members

    save_self_unit(ctx, Unit(code="DCS-LECHAN", name="Đoàn phường Lê Chân", kind=UnitKind.DOAN_CO_SO))
    for code in ("CD-TDP1", "CD-TDP2"):
        save_unit(
            ctx,
            Unit(
                code=code,
                name=f"Chi đoàn {code}",
                kind=UnitKind.CHI_DOAN,
                branch_type=BranchType.DAN_CU,
                parent_code="DCS-LECHAN",
            ),
        )
    a = add_members(ctx, "CD-TDP1", [("Mai Văn Sơn", D(2000, 1, 1), ("joined", D(2020, 3, 26)), [])])
    b = add_members(ctx, "CD-TDP2", [("Lý Thị Tuyết", D(2001, 1, 1), ("joined", D(2020, 3, 26)), [])])
    joint = draft(
        name="Ra quân Tháng Thanh niên",
        dates=[D(2026, 3, 1)],
        days=1,
        ids=[a["Mai Văn Sơn"], b["Lý Thị Tuyết"]],
        level="doan-co-so",
    )
    v.record_activity(ctx, "DCS-LECHAN", replace(joint, unit_code="DCS-LECHAN"))
    with ctx.uow.read() as s:
        assert member_days(s, "DCS-LECHAN", D(2026, 1, 1), D(2026, 12, 31)) == {
            a["Mai Văn Sơn"]: 1.0,
            b["Lý Thị Tuyết"]: 1.0,
        }
        assert member_days(s, "CD-TDP1", D(2026, 1, 1), D(2026, 12, 31)) == {a["Mai Văn Sơn"]: 1.0}
        assert [x.name for x in activities_in(s, "CD-TDP2", D(2026, 1, 1), D(2026, 12, 31))] == [
            "Ra quân Tháng Thanh niên"
        ]
        assert activities_in(s, "CD-TDP2", D(2026, 1, 1), D(2026, 12, 31), include_joined=False) == []


def test_cd36_base_follows_the_member_base_setting_like_the_engine(branch_ctx, members, year):
    from desktop.services.year.evaluation import evaluate_unit
    from desktop.services.units import set_unit_setting

    s = vtotals.volunteer_summary(branch_ctx, "CD-TDP3", 2026)
    cd36 = evaluate_unit(branch_ctx, "CD-TDP3", "2026").result("CD-3.6")
    assert s.short_count == 4 and cd36.status != "met"
    assert "4" in say(cd36.explanation)  # the engine finds the same four members short
    # member_base = start: the members of 01/01 (Em and Huy, not Giang) are the ones CD-3.6 covers
    set_unit_setting(branch_ctx, "CD-TDP3", "member_base", "start")
    s = vtotals.volunteer_summary(branch_ctx, "CD-TDP3", 2026)
    counted = {m.name for m in s.counted}
    assert "Hoàng Văn Em" in counted and "Đỗ Quang Huy" in counted and "Vũ Thị Giang" not in counted
    assert s.short_count == 5  # Khánh, Dung, Châu, Em (3) and Huy (4)
    assert "5" in say(evaluate_unit(branch_ctx, "CD-TDP3", "2026").result("CD-3.6").explanation)
