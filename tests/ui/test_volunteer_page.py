"""The volunteer-days screen as a secretary uses it (issue 4): fast entry for 60 members,
keyboard only, overlaps, the per-member and per-branch views, deletion with history, import."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.volunteering import volunteer as service
from desktop.services.volunteering import volunteer_totals as totals
from tests.unit.conftest_volunteer import add_members

SIXTY = [
    (f"{h} {d} {t}", date(1995 + i % 10, 1 + i % 12, 1 + i % 27), ("joined", date(2020, 3, 26)), [])
    for i, (h, d, t) in enumerate(
        (h, d, t)
        for h in ("Nguyễn", "Trần", "Lê", "Phạm", "Vũ")
        for d in ("Văn", "Thị", "Minh")
        for t in ("An", "Bình", "Cúc", "Dũng")
    )
]


@pytest.fixture
def page(window):
    def open_page():
        window.show_page("volunteer")
        return window.pages["volunteer"]

    return open_page


def _summary(env):
    return totals.volunteer_summary(env.ctx, "CD-TDP3", 2026)


def test_sixty_members_credited_with_one_click_after_the_form(qtbot, window, page):
    add_members(window.env.ctx, "CD-TDP3", SIXTY)
    p = page()
    dlg = p.new_activity()
    qtbot.addWidget(dlg)
    dlg.name.setText("Chủ nhật xanh tháng 11")
    dlg.dates.setText("15/11/2026")
    dlg._dates_changed()
    qtbot.mouseClick(dlg.all_btn, Qt.LeftButton)  # the one interaction
    assert dlg.count.text() == "60/60 đoàn viên đã chọn"
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.LeftButton)
    assert dlg.result() == dlg.DialogCode.Accepted
    s = _summary(window.env)
    assert len(s.members) == 60 and all(m.days == 1.0 for m in s.members)
    # the page reloaded by itself
    assert p.act_model.rowCount() == 1 and p.act_model.rows[0].participant_count == 60
    # one day each is still short of the five the year asks (CD-3.6)
    assert p.headline.text().startswith("2026 (01/01/2026 – 31/12/2026): 60/60 đoàn viên chưa đủ 5 ngày")


def test_an_empty_year_says_what_to_do_first_and_the_hint_goes_once_recorded(qtbot, window, page):
    add_members(window.env.ctx, "CD-TDP3", SIXTY[:3])
    p = page()
    hint = p.act_empty
    assert hint.isVisible() and hint.text().startswith("Chưa có hoạt động nào trong năm này.")
    assert "“Ghi hoạt động mới” (Ctrl+N)" in hint.text()
    dlg = p.new_activity()
    qtbot.addWidget(dlg)
    dlg.name.setText("Chủ nhật xanh tháng 11")
    dlg.dates.setText("15/11/2026")
    dlg._dates_changed()
    qtbot.mouseClick(dlg.all_btn, Qt.LeftButton)
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.LeftButton)
    assert p.act_model.rowCount() == 1 and not hint.isVisible()


def test_a_saved_group_is_one_pick(qtbot, window, page):
    ids = add_members(window.env.ctx, "CD-TDP3", SIXTY)
    from desktop.services.membership.member_groups import create_group

    group = [ids[n] for n, *_ in SIXTY[:12]]
    create_group(window.env.ctx, "CD-TDP3", "Tổ 1", group)
    dlg = page().new_activity()
    qtbot.addWidget(dlg)
    assert dlg.group.itemText(1) == "Tổ 1 (12)"
    dlg.group.activated.emit(1)
    assert dlg.picks.checked == set(group)
    assert dlg.group.currentIndex() == 0


def test_keyboard_only_entry(qtbot, window, page):
    ids = add_members(window.env.ctx, "CD-TDP3")
    dlg = page().new_activity()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
    dlg.name.setText("Hiến máu nhân đạo")
    dlg.dates.setText("08/11/2026")
    dlg._dates_changed()
    dlg.search.setFocus()
    for name in ("nguyen thi hoa", "tran van binh", "khanh"):
        qtbot.keyClicks(dlg.search, name)
        qtbot.keyClick(dlg.search, Qt.Key_Return)
    assert dlg.picks.checked == {ids["Nguyễn Thị Hoa"], ids["Trần Văn Bình"], ids["Bùi Thị Khánh"]}
    assert dlg.search.text() == ""
    # Down goes into the list, Space ticks the first member shown: in Vietnamese order by given name
    # (issue 19 item 6), Trần Văn Bình, who is ticked: untick
    qtbot.keyClick(dlg.search, Qt.Key_Down)
    assert dlg.focusWidget() is dlg.list
    qtbot.keyClick(dlg.list, Qt.Key_Space)
    assert ids["Trần Văn Bình"] not in dlg.picks.checked
    qtbot.keyClick(dlg, Qt.Key_Return, Qt.ControlModifier)
    assert dlg.result() == dlg.DialogCode.Accepted
    a = service.get_activity(window.env.ctx, dlg.saved_id)
    assert set(a.participant_ids) == {ids["Nguyễn Thị Hoa"], ids["Bùi Thị Khánh"]}


def test_members_not_in_the_branch_on_the_date_cannot_be_ticked(qtbot, window, page):
    ids = add_members(window.env.ctx, "CD-TDP3")
    dlg = page().new_activity()
    qtbot.addWidget(dlg)
    dlg.dates.setText("05/04/2026")
    dlg._dates_changed()
    qtbot.mouseClick(dlg.all_btn, Qt.LeftButton)
    assert ids["Vũ Thị Giang"] not in dlg.picks.checked  # arrived in July
    assert ids["Hoàng Văn Em"] in dlg.picks.checked  # still here in April
    dlg.dates.setText("05/08/2026")
    dlg._dates_changed()
    assert ids["Hoàng Văn Em"] not in dlg.picks.checked  # moved away in June


def test_errors_are_shown_in_vietnamese_and_nothing_is_saved(qtbot, window, page):
    add_members(window.env.ctx, "CD-TDP3")
    dlg = page().new_activity()
    qtbot.addWidget(dlg)
    dlg.name.setText("Chủ nhật xanh")
    dlg.save()
    assert "chưa có đoàn viên tham gia" in dlg.error.text()
    dlg.dates.setText("31/02/2026")
    dlg.save()
    assert "không tồn tại" in dlg.error.text()
    dlg.dates.setText("05/01/2027")
    qtbot.mouseClick(dlg.all_btn, Qt.LeftButton)
    dlg.save()
    assert "nằm ngoài năm đánh giá 2026" in dlg.error.text()
    assert dlg.result() != dlg.DialogCode.Accepted
    assert service.list_activities(window.env.ctx, "CD-TDP3", 2026) == []


def test_overlap_asks_and_can_leave_members_out(qtbot, window, page):
    from desktop.ui.volunteer_activity_dialog import SKIP
    from tests.unit.conftest_volunteer import draft

    ids = add_members(window.env.ctx, "CD-TDP3")
    service.record_activity(window.env.ctx, "CD-TDP3", draft(dates=[date(2026, 11, 8)], ids=[ids["Nguyễn Thị Hoa"]]))
    dlg = page().new_activity()
    qtbot.addWidget(dlg)
    asked = []
    dlg.ask_overlap = lambda overlaps: asked.append(overlaps) or SKIP
    dlg.name.setText("Tiếp sức")
    dlg.dates.setText("08/11/2026")
    dlg.picks.check_ids([ids["Nguyễn Thị Hoa"], ids["Trần Văn Bình"]])
    dlg.save()
    assert [o.member_name for o in asked[0]] == ["Nguyễn Thị Hoa"]
    assert dlg.result() == dlg.DialogCode.Accepted
    assert service.get_activity(window.env.ctx, dlg.saved_id).participant_ids == (ids["Trần Văn Bình"],)


def test_member_and_branch_views(qtbot, window, page):
    from tests.unit.conftest_volunteer import draft

    ids = add_members(window.env.ctx, "CD-TDP3")
    ctx = window.env.ctx
    service.record_activity(
        ctx,
        "CD-TDP3",
        draft(
            name="Mùa hè xanh",
            dates=[date(2026, 7, 19), date(2026, 7, 20)],
            days=1.5,
            ids=[ids["Nguyễn Thị Hoa"], ids["Vũ Thị Giang"]],
        ),
    )
    service.record_activity(
        ctx,
        "CD-TDP3",
        draft(
            name="Công trình ATGT",
            kind="cong-trinh-thanh-nien",
            focus="an-toan-giao-thong",
            dates=[date(2026, 9, 6)],
            days=1,
            ids=[ids["Nguyễn Thị Hoa"]],
        ),
    )
    p = page()
    assert p.headline.text().startswith("2026 (01/01/2026 – 31/12/2026): 6/6 đoàn viên chưa đủ 5 ngày")
    p.tabs.setCurrentIndex(1)
    row = next(i for i, m in enumerate(p.mem_model.rows) if m.name == "Nguyễn Thị Hoa")
    p.mem_table.selectRow(row)
    assert "2,5" in p.member_title.text()
    assert [a.name for a, _ in p.member_acts.rows] == ["Mùa hè xanh", "Công trình ATGT"]
    window.env.navigate("volunteer", criterion="CD-3.6")
    assert p.tabs.currentIndex() == 2
    assert p.short_model.rows[-1].name == "Nguyễn Thị Hoa"  # needs the least
    assert "CD-2.2" in p.criteria.text() and "✓ 1" in p.criteria.text()
    months = [p.totals_model.data(p.totals_model.index(r, 0)) for r in range(p.totals_model.rowCount())]
    assert months[0] == "01/2026" and len(months) == 12
    july = p.totals_model.data(p.totals_model.index(6, 1))
    assert july == "3 (1)"


def test_delete_restore_and_history(qtbot, window, page):
    from tests.unit.conftest_volunteer import draft

    ids = add_members(window.env.ctx, "CD-TDP3")
    service.record_activity(window.env.ctx, "CD-TDP3", draft(name="Ghi nhầm", ids=[ids["Nguyễn Thị Hoa"]]))
    p = page()
    p.ask_reason = lambda a: ("Ghi nhầm ngày", True)
    p.act_table.selectRow(0)
    qtbot.mouseClick(p.delete_btn, Qt.LeftButton)
    assert p.act_model.rowCount() == 0
    p.show_deleted.setChecked(True)
    assert p.act_model.rowCount() == 1 and p.act_model.rows[0].deleted
    p.act_table.selectRow(0)
    text = p.history_text(p.selected_activity())
    assert "đã xóa: Ghi nhầm ngày" in text
    p.restore_activity()
    p.show_deleted.setChecked(False)
    assert p.act_model.rowCount() == 1


def test_attendance_import_dialog_previews_then_imports(qtbot, window, page, tmp_path):
    add_members(window.env.ctx, "CD-TDP3")
    f = tmp_path / "diem-danh.xlsx"
    wb = Workbook()
    ws = wb.active
    for r, (a, b) in enumerate(
        [
            ("Tên hoạt động:", "Chủ nhật xanh"),
            ("Loại:", "tình nguyện"),
            ("Ngày:", "15/11/2026"),
            ("Số ngày:", "0,5"),
            (None, None),
            ("STT", "Họ và tên"),
            (1, "Nguyễn Thị Hoa"),
            (2, "Trần Văn Bình"),
            (3, "Người Lạ"),
        ],
        start=1,
    ):
        ws.cell(r, 1, a)
        ws.cell(r, 2, b)
    wb.save(f)
    dlg = page().import_attendance()
    qtbot.addWidget(dlg)
    dlg.set_file(f)
    ok = dlg.buttons.button(dlg.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "Không tìm thấy đoàn viên “Người Lạ”" in " ".join(r.message for r in dlg.model.rows)
    dlg.skip.setChecked(True)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert dlg.written_id is not None
    a = service.get_activity(window.env.ctx, dlg.written_id)
    assert (a.name, a.days, a.participant_count) == ("Chủ nhật xanh", 0.5, 2)


def test_fits_the_screen_and_switches_language(qtbot, window, page):
    p = page()
    dlg = p.new_activity()
    qtbot.addWidget(dlg)
    assert dlg.width() <= 1366 and dlg.height() <= 700
    assert p.tabs.tabText(0) == "Hoạt động" and dlg.windowTitle() == "Ghi hoạt động tình nguyện"
    window.show_page("settings")
    s = window.pages["settings"]
    s.language.setCurrentIndex(s.language.findData("en"))
    QApplication.processEvents()
    assert p.tabs.tabText(0) == "Activities"
    s.language.setCurrentIndex(s.language.findData("vi"))
    QApplication.processEvents()
    assert p.tabs.tabText(2) == "Toàn chi đoàn"


def test_member_detail_survives_a_new_activity(qtbot, window, page):
    from tests.unit.conftest_volunteer import draft

    ids = add_members(window.env.ctx, "CD-TDP3")
    p = page()
    p.tabs.setCurrentIndex(1)
    row = next(i for i, m in enumerate(p.mem_model.rows) if m.name == "Lê Minh Châu")
    p.mem_table.selectRow(row)
    assert p.member_title.text() == "Lê Minh Châu: 0/5 ngày trong 2026 — còn thiếu 5 ngày"
    res = service.record_activity(window.env.ctx, "CD-TDP3", draft(ids=[ids["Lê Minh Châu"]]))
    window.env.bus.emit(res.changes)
    assert p.member_title.text().startswith("Lê Minh Châu: 1/5 ngày")
    assert [a.name for a, _ in p.member_acts.rows] == ["Chủ nhật xanh"]
