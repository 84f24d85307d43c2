"""The members screen as a branch secretary uses it (issue 3)."""

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.members import TRANSFERRED_OUT, Member
from desktop.services.membership import members as svc
from desktop.services.membership import member_groups
from desktop.ui.members_model import COLUMNS, MembersTableModel
from tests.unit.test_members_excel import messy_workbook

UNIT = "CD-TDP3"
NAMES = [
    "Nguyễn Thị Hoa",
    "Trần Văn Bình",
    "Đỗ Văn Đức",
    "Lê Thị Ánh",
    "Phạm Ư",
    "Vũ Thị Dung",
    "Ngô Anh",
    "Bùi Văn Uyên",
]


@pytest.fixture
def roster_env(branch_env):
    for i, n in enumerate(NAMES):
        svc.add_member(
            branch_env.ctx,
            UNIT,
            Member(None, UNIT, n, date_of_birth=date(1995 + i, 1, 2), union_card_no=f"DV{i:03d}"),
            entry_date=date(2020, 1, 1),
        )
    return branch_env


@pytest.fixture
def page(qtbot, window, roster_env):
    window.show_page("members")
    p = window.pages["members"]
    p.reload()
    return p


def _names(model) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_the_roster_is_listed_in_vietnamese_order_with_vietnamese_headers(page, window):
    assert "Đoàn viên" in [window.nav.item(i).text() for i in range(window.nav.count())]
    m = page.model
    assert m.headerData(0, Qt.Horizontal) == "Họ và tên"
    assert page.count.text() == "Đang hiện 8 / 8 đoàn viên"
    # Ordered by given name (last word) in Vietnamese collation: Anh, Ánh, Bình, Dung, Đức, …
    assert _names(m) == [
        "Ngô Anh",
        "Lê Thị Ánh",
        "Trần Văn Bình",
        "Vũ Thị Dung",
        "Đỗ Văn Đức",
        "Nguyễn Thị Hoa",
        "Bùi Văn Uyên",
        "Phạm Ư",
    ]
    m.sort(0, Qt.DescendingOrder)
    assert _names(m)[0] == "Phạm Ư"


def test_search_ignores_diacritics_and_case(page):
    page.search.setText("nguyen thi")
    page.apply_filter()
    assert _names(page.model) == ["Nguyễn Thị Hoa"]
    page.search.setText("ĐỨC")
    page.apply_filter()
    assert _names(page.model) == ["Đỗ Văn Đức"]
    page.search.setText("dv00")
    page.apply_filter()
    assert page.model.rowCount() == 8


def test_filters_by_flag_party_and_status(page, roster_env):
    ids = {e.member.full_name: e.member.id for e in svc.roster(roster_env.ctx, UNIT)}
    svc.set_flags(roster_env.ctx, [ids["Nguyễn Thị Hoa"], ids["Ngô Anh"]], ecard_issued=True, is_party_member=True)
    svc.record_event(roster_env.ctx, ids["Phạm Ư"], TRANSFERRED_OUT, date(2026, 6, 1))
    page.reload()
    page.missing.setCurrentIndex(page.missing.findData("ecard_issued"))
    assert len(_names(page.model)) == 5  # 7 active, 2 have the e-card
    page.missing.setCurrentIndex(0)
    page.party.setCurrentIndex(page.party.findData(True))
    assert set(_names(page.model)) == {"Ngô Anh", "Nguyễn Thị Hoa"}
    page.party.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData(TRANSFERRED_OUT))
    assert _names(page.model) == ["Phạm Ư"]
    assert page.model.data(page.model.index(0, [k for k, _ in COLUMNS].index("status"))) == "Đã chuyển đi"


def test_edit_dialog_shows_vietnamese_messages_next_to_the_fields(qtbot, page, roster_env):
    page.table.selectRow(0)
    dlg = page.edit_selected()
    qtbot.addWidget(dlg)
    assert dlg.full_name.text() == "Ngô Anh"
    dlg.date_of_birth.setText("31/02/2001")
    dlg.phone.setText("12345")
    dlg.union_join_date.setText("01/01/2030")
    dlg.save()
    assert "không có thật" in dlg.errors["date_of_birth"].text()
    assert "Số điện thoại" in dlg.errors["phone"].text()
    assert "tương lai" in dlg.errors["union_join_date"].text()
    assert dlg.errors["date_of_birth"].isVisibleTo(dlg)
    assert dlg.isVisible()
    assert svc.get_member(roster_env.ctx, dlg.member.id).phone is None  # nothing saved
    dlg.date_of_birth.setText("2001")
    dlg.phone.setText("0912 345 678")
    dlg.union_join_date.setText("26/03/2016")
    dlg.ebook_issued.setChecked(True)
    dlg.save()
    assert not dlg.isVisible()
    saved = svc.get_member(roster_env.ctx, dlg.member.id)
    assert (saved.phone, saved.dob_year_only, saved.ebook_issued) == ("0912345678", True, True)
    row = page.model.row_of(saved.id)
    assert page.model.data(page.model.index(row, 1)) == "2001"


def test_new_member_and_duplicate_card(qtbot, page, roster_env):
    dlg = page.add_member()
    qtbot.addWidget(dlg)
    dlg.full_name.setText("Hoàng Thị Gấm")
    dlg.union_card_no.setText("DV000")
    dlg.save()
    assert "DV000" in dlg.errors["union_card_no"].text()
    dlg.union_card_no.setText("DV100")
    dlg.entry_date.setText("01/09/2026")
    dlg.save()
    assert not dlg.isVisible()
    assert "Hoàng Thị Gấm" in _names(page.model)
    assert page.count.text() == "Đang hiện 9 / 9 đoàn viên"


def test_history_tab_records_a_transfer_out(qtbot, page, roster_env):
    page.search.setText("Bình")
    page.apply_filter()
    page.table.selectRow(0)
    dlg = page.edit_selected()
    qtbot.addWidget(dlg)
    assert dlg.history.count() == 1 and "Kết nạp" in dlg.history.item(0).text()
    dlg.event_kind.setCurrentIndex(dlg.event_kind.findData(TRANSFERRED_OUT))
    dlg.event_date.setText("30/06/2026")
    dlg.event_note.setText("Chuyển về Chi đoàn Tổ 5")
    dlg.add_event_btn.click()
    assert dlg.history.count() == 2 and "Chuyển đi" in dlg.history.item(1).text()
    dlg.event_kind.setCurrentIndex(dlg.event_kind.findData(TRANSFERRED_OUT))
    dlg.event_date.setText("01/07/2026")
    dlg.add_event_btn.click()
    assert "không đang sinh hoạt" in dlg.event_error.text()
    assert page.model.rowCount() == 0  # the active list no longer shows him


def test_bulk_edit_of_flags_for_selected_rows(qtbot, page, roster_env):
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    assert page.bulk_btn.isEnabled()
    dlg = page.bulk_edit()
    qtbot.addWidget(dlg)
    assert "2 đoàn viên" in dlg.intro.text()
    dlg.choices["residence_activity"].setCurrentIndex(dlg.choices["residence_activity"].findData(True))
    dlg.choices["ecard_issued"].setCurrentIndex(dlg.choices["ecard_issued"].findData(True))
    dlg.apply()
    flags = {
        e.member.full_name: (e.member.residence_activity, e.member.ecard_issued)
        for e in svc.roster(roster_env.ctx, UNIT)
    }
    assert flags["Ngô Anh"] == (True, True) and flags["Lê Thị Ánh"] == (True, True)
    assert flags["Trần Văn Bình"] == (False, False)
    assert len(page.selected_ids()) == 2  # the selection survives the reload


def test_groups_from_the_selection_and_group_filter(qtbot, page, roster_env):
    page.table.selectRow(2)
    dlg = page.manage_groups()
    qtbot.addWidget(dlg)
    dlg.create_group("Tổ 1")
    assert dlg.list.count() == 1 and "Tổ 1 (1 đoàn viên)" == dlg.list.item(0).text()
    assert dlg.error.text() == ""
    dlg.create_group("Tổ 1")
    assert "Đã có nhóm" in dlg.error.text() and dlg.list.count() == 1
    assert [g.name for g in member_groups.list_groups(roster_env.ctx, UNIT)] == ["Tổ 1"]
    page.group.setCurrentIndex(page.group.findText("Tổ 1"))
    assert _names(page.model) == ["Trần Văn Bình"]


def test_import_preview_then_import_skipping_errors(qtbot, page, roster_env, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    # The file gives DV001 (Trần Văn Bình here) to Nguyễn Thị Hoa: asked, and accepted here.
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), QMessageBox.Yes)[1])
    dlg = page.import_file(str(messy_workbook(tmp_path / "ds.xlsx")))
    qtbot.addWidget(dlg)
    assert dlg.plan is not None
    assert "Thêm mới: 5   Cập nhật: 1   Không đổi: 0   Dòng lỗi: 4" in dlg.summary.text()
    assert dlg.tabs.tabText(0) == "Lỗi (5)"
    errors = dlg.views["errors"].model()
    assert errors.data(errors.index(0, 0)) == "9"
    assert "không có thật" in errors.data(errors.index(0, 2))
    assert not dlg.import_btn.isEnabled()  # errors: nothing written unless skipped
    dlg.skip.setChecked(True)
    assert dlg.import_btn.isEnabled()
    dlg.import_btn.click()
    assert len(asked) == 1 and "thẻ DV001 là của Trần Văn Bình" in asked[0]
    assert dlg.result is not None
    assert page.count.text() == "Đã thêm 5, cập nhật 1; 0 không đổi; bỏ qua 4 dòng."
    assert page.model.total() == 13


def test_import_of_a_file_that_is_not_excel_says_so(qtbot, page, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "ds.xlsx"
    bad.write_bytes(b"not a workbook")
    dlg = page.import_file(str(bad))
    qtbot.addWidget(dlg)
    assert "không phải là tệp Excel" in dlg.summary.text() and shown
    assert not dlg.import_btn.isEnabled()


def test_model_passes_qt_model_checks(qtmodeltester, roster_env):
    m = MembersTableModel()
    m.set_entries(svc.roster(roster_env.ctx, UNIT))
    qtmodeltester.check(m)


def test_members_page_fits_1366x768(page, window):
    window.resize(1366, 740)
    QApplication.processEvents()
    assert page.sizeHint().width() <= 1366 - 230
    assert page.minimumSizeHint().height() <= 700


def _card_sheet(path, rows):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Họ và tên", "Ngày sinh", "Số thẻ đoàn viên"])
    for r in rows:
        wb.active.append(list(r))
    wb.save(path)
    return str(path)


def test_import_asks_before_a_card_number_renames_a_member(qtbot, page, roster_env, tmp_path, monkeypatch):
    """DV000 is Nguyễn Thị Hoa (02/01/1995); a file giving DV000 to someone else is shown and asked
    about; answering No writes nothing, Yes changes the member (issue 18)."""
    from PySide6.QtWidgets import QMessageBox

    asked = []
    answer = {"value": QMessageBox.No}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answer["value"])[1])
    dlg = page.import_file(_card_sheet(tmp_path / "ds.xlsx", [("Trần Thị Bình", "01/01/2000", "DV000")]))
    qtbot.addWidget(dlg)
    assert "1 dòng nhận ra đoàn viên theo số thẻ đoàn viên nhưng ghi họ tên hoặc ngày sinh khác" in dlg.summary.text()
    updates = dlg.views["updates"].model()
    assert updates.data(updates.index(0, 2)).startswith(
        "Người khác? Nguyễn Thị Hoa (sinh 02/01/1995, thẻ DV000) → Trần Thị Bình (sinh 01/01/2000, thẻ DV000)"
    )
    dlg.tabs.setCurrentIndex(2)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.grab().save(str(tmp_path / "nhap-doi-ten.png"))
    dlg.import_btn.click()
    assert asked and "Dòng 2: thẻ DV000 là của Nguyễn Thị Hoa" in asked[0]
    assert dlg.result is None and dlg.import_btn.isEnabled()  # nothing written, still open to decide
    hoa = next(m for m in svc.roster(roster_env.ctx, UNIT) if m.member.union_card_no == "DV000").member
    assert hoa.full_name == "Nguyễn Thị Hoa"
    answer["value"] = QMessageBox.Yes
    dlg.import_btn.click()
    assert dlg.result is not None
    hoa = next(m for m in svc.roster(roster_env.ctx, UNIT) if m.member.union_card_no == "DV000").member
    assert (hoa.full_name, hoa.date_of_birth) == ("Trần Thị Bình", date(2000, 1, 1))


def test_a_person_with_two_active_records_is_flagged_under_the_roster(qtbot, window, roster_env):
    """A received file can hold one person twice in the branch: both records count in the base,
    so the members page says so (issue 18)."""
    from db.repo import members as repo
    from desktop.domain.members import JOINED, MembershipEvent

    ctx = roster_env.ctx
    with ctx.uow.begin() as s:
        (mid,) = repo.insert_members(s, UNIT, [Member(None, UNIT, "Nguyễn Thị Hoa", date_of_birth=date(1995, 1, 2))])
        repo.add_events(s, [(mid, MembershipEvent(JOINED, date(2021, 3, 26)))], "test")
    window.show_page("members")
    p = window.pages["members"]
    p.reload()
    assert not p.same_note.isHidden()
    assert p.same_note.text() == (
        "⚠ 1 người có hai bản ghi đang sinh hoạt ở đây nên bị tính hai lần: "
        "Nguyễn Thị Hoa. Xóa bản ghi thừa hoặc sửa lại."
    )
