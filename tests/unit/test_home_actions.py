"""The home screen's next steps and deadlines for a commune party committee and a Đoàn cơ sở
(issue 11 item 1): each one is the unit's own work, one click from the page that does it; the
Union's branch calendar is not shown to a Party committee as its deadlines."""

from __future__ import annotations

from datetime import date

from desktop.domain.commune import ProgrammeTask

pytest_plugins = ["tests.unit.conftest_commune"]


def test_a_commune_committee_sees_its_programme_dates_and_what_to_do(commune_year):
    from desktop.services.commune_party import work as commune
    from desktop.services.reporting.home import home_data, unit_next_actions

    ctx = commune_year
    today = ctx.today()
    commune.add_task(
        ctx,
        ProgrammeTask(
            None, str(today.year), "dan-van-kheo", "Đối thoại với Nhân dân quý IV", "UBND xã", date(today.year, 12, 15)
        ),
    )
    commune.add_task(
        ctx,
        ProgrammeTask(
            None,
            str(today.year),
            "chinh-quyen-than-thien",
            "Khảo sát sự hài lòng tại Bộ phận một cửa",
            "Văn phòng HĐND-UBND",
            date(today.year, 10, 31),
            progress=40,
        ),
    )
    data = home_data(ctx, charts=False)
    titles = [d.title_vi for d, mine in data.deadlines]
    assert "Đối thoại với Nhân dân quý IV" in titles
    # The models' calendar (issue 20 item 1): on 21/11 the Q IV survey and the sơ kết are ahead; the
    # city Front's scoring is shown but is not the committee's own step.
    assert "Khảo sát sự hài lòng của người dân về cuộc sống (quý IV)" in titles
    assert f"Sơ kết các mô hình năm {today.year}" in titles
    assert all(mine == (not d.title_vi.startswith("Mặt trận")) for d, mine in data.deadlines)
    assert [d.due for d, _m in data.deadlines] == sorted(d.due for d, _m in data.deadlines)
    assert "Khảo sát sự hài lòng tại Bộ phận một cửa" not in titles  # past: an action, not a date ahead
    assert not any("Chi đoàn XHCN" in t for t in titles)
    actions = unit_next_actions(ctx)
    texts = [a.text("vi") for a in actions]
    assert any(t.startswith("Nhiệm vụ “Khảo sát sự hài lòng tại Bộ phận một cửa” đã quá hạn 31/10") for t in texts)
    # Not registered for the year's models: one click to the page that registers (issue 20 item 1).
    reg = [a for a in actions if a.text("vi").startswith(f"Đăng ký các mô hình thi đua năm {today.year}")]
    assert reg and reg[0].page == "commune_review"
    judge = [a for a in actions if a.text("vi").startswith("Ghi nhận đánh giá")]
    assert judge and all(a.page == "commune_models" and a.params.get("campaign") for a in judge)


def test_on_7_december_the_commune_sees_the_dates_that_matter_now(commune_ctx):
    """Issue 20 trial: on 7/12/2026 home listed next year's Q IV survey (31/12/2027) among the five
    "upcoming" dates and left out the target "Chính quyền thân thiện" by the end of 2027. The dates
    of this year come first; of next year only those within the coming quarter (its registration,
    the Front's Dec–Jan scoring); then the models' standing targets, nearest first."""
    from desktop.services.commune_party import year_plan
    from desktop.services.reporting.home import home_data

    ctx = commune_ctx
    ctx.today = lambda: date(2026, 12, 7)
    year_plan.register(ctx, "2026", [], dvk_model="Ngõ xóm sáng – xanh – sạch – đẹp")
    got = [(d.title_vi, d.due) for d, _mine in home_data(ctx, charts=False).deadlines]
    assert got == [
        ("Khảo sát sự hài lòng của người dân về cuộc sống (quý IV)", date(2026, 12, 31)),
        ("Sơ kết các mô hình năm 2026", date(2026, 12, 31)),
        ("Mặt trận Tổ quốc thành phố chấm điểm, xếp hạng xã, phường (tháng 12 – tháng 1)", date(2027, 1, 31)),
        ("Đăng ký các mô hình năm 2027", date(2027, 1, 31)),
        (
            "Được công nhận đạt chuẩn “Chính quyền thân thiện” chậm nhất cuối năm 2027 (Chính quyền thân thiện)",
            date(2027, 12, 31),
        ),
    ]


def test_a_grassroots_union_is_told_which_branches_have_not_registered(tmp_path):
    from desktop.demo import profiles as demo
    from desktop.services.context import open_context
    from desktop.services.reporting.home import unit_next_actions

    c = open_context(tmp_path / "g", actor="test")
    c.today = lambda: date(2026, 11, 21)
    try:
        demo.generate(c, "grassroots", 5, sizes={"branches": 6, "members_total": 240, "volunteer_records": 2400})
        actions = unit_next_actions(c)
        late = [a for a in actions if a.page == "branches"]
        assert len(late) == 1 and "chi đoàn chưa đăng ký xây dựng Chi đoàn XHCN kỳ 2026" in late[0].text("vi")
        decision = [
            a for a in actions if a.text("vi").startswith("Quyết định công nhận Chi đoàn XHCN trước 30/11/2026")
        ]
        assert len(decision) == 1 and decision[0].page == "recognition"  # its own step, 9 days left
    finally:
        c.close()
