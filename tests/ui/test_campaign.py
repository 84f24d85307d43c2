"""The cycle screens as a branch secretary uses them: criteria with colours and evidence, the
quarter view, quick log entry, judgements, registration (draft, submit, amend) and the next
actions on the home page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.domain.logs import LogEntry
from desktop.domain.members import Member

NAMES = ["Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Thị Lan", "Phạm Minh Đức", "Hoàng Thu Trang"]


@pytest.fixture
def members(branch_env):
    from desktop.services.membership.members import add_member

    ids = []
    for n in NAMES:
        _, m = add_member(branch_env.ctx, "CD-TDP3", Member(None, "CD-TDP3", n), entry_date=date(2025, 1, 10))
        ids.append(m.id)
    return ids


def _tree_rows(page) -> dict[str, tuple[str, str, str]]:
    out = {}
    for i in range(page.tree.topLevelItemCount()):
        it = page.tree.topLevelItem(i)
        cid = it.data(0, Qt.UserRole)
        if cid:
            out[cid] = (it.text(1), it.text(2), it.text(3))
    return out


def test_criteria_page_shows_16_criteria_in_3_groups_with_statuses_in_vietnamese(window, members):
    from desktop.services.year.cycle import add_log

    add_log(
        window.env.ctx,
        LogEntry(
            None,
            "CD-TDP3",
            "incident",
            date(2026, 5, 12),
            "Vi phạm giao thông",
            category="vi-pham-phap-luat",
            member_id=members[1],
        ),
    )
    window.show_page("campaign")
    page = window.pages["campaign"]
    rows = _tree_rows(page)
    assert len(rows) == 16
    groups = [
        page.tree.topLevelItem(i).text(0)
        for i in range(page.tree.topLevelItemCount())
        if not page.tree.topLevelItem(i).data(0, Qt.UserRole)
    ]
    assert [g[:7] for g in groups] == ["Nhóm 1:", "Nhóm 2:", "Nhóm 3:"]
    assert rows["CD-2.1"][0] == "Chưa đạt" and "Trần Văn Nam" in rows["CD-2.1"][2]
    assert rows["CD-3.1"][0] == "Cần đánh giá"
    assert rows["CD-1.1"][0] == "Có nguy cơ chưa đạt" and rows["CD-1.1"][1] == "0% / 70%"
    assert "Chưa đủ điều kiện công nhận" in page.summary.text()
    assert page.as_of.text() == "Tính đến ngày 21/11/2026"
    item = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).data(0, Qt.UserRole) == "CD-2.1"
    )
    assert item.background(1).color().name() == "#f8d7d5"
    page._select("CD-2.1")
    assert "Vi phạm giao thông" in page.evidence.item(0).text()
    assert page.evidence.item(0).text().startswith("12/05/2026")


def test_adding_a_thematic_session_in_the_dialog_updates_the_criteria(window, members, qtbot):
    from desktop.ui.cycle_log_dialog import LogDialog

    window.show_page("campaign")
    page = window.pages["campaign"]
    dlg = LogDialog(window.env, "CD-TDP3", "thematic_session", parent=page)
    qtbot.addWidget(dlg)
    dlg.date.setDate(dlg.date.date().addDays(-10))  # 11/11/2026, in Quý IV
    dlg.title.setText("Học tập Nghị quyết 05-NQ/TU")  # keyClicks aborts on non-ASCII text
    dlg.category.setCurrentIndex(dlg.category.findData("phap-luat"))
    dlg.part_all.click()
    assert dlg.part_count.text() == "Đã chọn 5/5 đoàn viên"
    dlg.save_btn.click()
    assert dlg.result() == QDialog.Accepted
    r = page.evaluation.result("CD-1.2")
    assert (r.value, r.threshold) == (1, 4)
    assert "Quý I, Quý II và Quý III chưa có buổi sinh hoạt chuyên đề" in _tree_rows(page)["CD-1.2"][2]
    page._select("CD-1.2")
    assert "Học tập Nghị quyết 05-NQ/TU" in page.evidence.item(0).text()


def test_the_log_dialog_opens_with_the_cursor_in_the_first_empty_field(window, members, qtbot):
    # The date is already today's: a secretary starts typing the title straight away.
    from desktop.ui.cycle_log_dialog import LogDialog

    window.show_page("campaign")
    dlg = LogDialog(window.env, "CD-TDP3", "thematic_session", parent=window.pages["campaign"])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: dlg.focusWidget() is dlg.title)


def test_the_dialog_shows_a_vietnamese_error_and_keeps_the_entry(window, members, qtbot):
    from desktop.ui.cycle_log_dialog import LogDialog

    dlg = LogDialog(window.env, "CD-TDP3", "incident")
    qtbot.addWidget(dlg)
    dlg.title.setText("")
    dlg.save_btn.click()
    assert "không được để trống" in dlg.error.text()
    assert dlg.result() != QDialog.Accepted
    assert dlg.labels["member"].text() == "Đoàn viên" and dlg.member.isVisibleTo(dlg)
    assert not dlg.part_box.isVisibleTo(dlg)
    dlg.title.setText("Đánh nhau gây rối trật tự")
    dlg.save_btn.click()  # no member is chosen by default: an incident is never pinned on anyone by accident
    assert "phải chọn đoàn viên" in dlg.error.text()


def test_save_and_add_another_keeps_the_dialog_open_for_the_next_week(window, members, qtbot):
    from desktop.services.year.cycle import list_logs
    from desktop.ui.cycle_log_dialog import LogDialog

    dlg = LogDialog(window.env, "CD-TDP3", "weekly_post")
    qtbot.addWidget(dlg)
    dlg.title.setText("Anh Vũ Văn Tốt cứu người đuối nước")
    dlg.again_btn.click()
    dlg.date.setDate(dlg.date.date().addDays(-7))
    dlg.title.setText("Câu chuyện đẹp ở Tổ dân phố số 3")
    dlg.again_btn.click()
    assert "Đã lưu" in dlg.error.text() and dlg.title.text() == ""
    assert len(list_logs(window.env.ctx, "CD-TDP3", "2026", "weekly_post")) == 2


def test_recording_a_judgement_marks_cd31_met_with_its_author(window, members, qtbot):
    from desktop.ui.cycle_judgement_dialog import JudgementDialog

    window.show_page("campaign")
    page = window.pages["campaign"]
    dlg = JudgementDialog(window.env, "CD-TDP3", "2026", "CD-3.1", "Xây dựng Chi đoàn đoàn kết")
    qtbot.addWidget(dlg)
    dlg.author.setText("Phạm Thị Thu, Bí thư Đoàn phường")
    dlg.note.setPlainText("Chi đoàn đoàn kết, không có biểu hiện bè phái.")
    dlg.save_btn.click()
    status, _, expl = _tree_rows(page)["CD-3.1"]
    assert status == "Đạt" and "Phạm Thị Thu" in expl


def test_quarter_view_has_one_column_per_quarter(window, members):
    window.show_page("campaign")
    page = window.pages["campaign"]
    t = page.quarter_table
    assert t.columnCount() == 5 and t.rowCount() == 16
    assert t.horizontalHeaderItem(1).text().startswith("Quý I\n01/01/2026")
    assert t.item(7, 0).text().startswith("CD-2.4")


def test_logs_page_lists_records_of_the_chosen_kind(window, members, qtbot):
    from desktop.services.year.cycle import add_log

    ctx = window.env.ctx
    for m in (1, 2, 3):
        add_log(
            ctx,
            LogEntry(
                None,
                "CD-TDP3",
                "meeting",
                date(2026, m, 5),
                f"Sinh hoạt tháng {m}",
                category="dinh-ky",
                participants=frozenset(members[:3]),
            ),
        )
    window.env.navigate("logs", kind="meeting")
    page = window.pages["logs"]
    window.env.bus.emit(__import__("desktop.services.changes", fromlist=["Changes"]).Changes.of("cycle"))
    assert page.kind() == "meeting"
    assert page.model.rowCount() == 3
    assert page.model.data(page.model.index(0, 0)) == "05/03/2026"  # newest first
    assert page.model.data(page.model.index(0, 2)) == "Sinh hoạt chi đoàn định kỳ"
    assert page.model.data(page.model.index(0, 3)) == "3"
    assert "3 bản ghi trong kỳ 2026" == page.count.text()
    assert not page.empty.isVisible()
    window.env.navigate("logs", kind="party_introduction")  # nothing recorded for CD-3.7 yet
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty.isVisible() and page.empty.text().startswith("Tiêu chí này chưa có bản ghi nào trong kỳ.")
    assert any(
        "CD-3.2" in page.kinds.item(i).text() and "(3)" in page.kinds.item(i).text() for i in range(page.kinds.count())
    )


def test_registration_draft_submit_and_amend(window, members, monkeypatch):
    from desktop.services.year.cycle import registration_versions

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window.show_page("registration")
    page = window.pages["registration"]
    assert page.bar.period_label_value() == "2027"  # the period being registered for
    assert "Đã quá hạn 10/11/2026 được 11 ngày" in page.deadline_label.text()
    page.items.item(1, 1).setText("Mỗi quý 01 buổi: Nghị quyết 05, an toàn giao thông")
    page.items.item(1, 3).setText("Nguyễn Thị Hoa")
    page.member_all.click()
    assert page.member_count.text() == "5/5 đoàn viên đăng ký"
    page.save_btn.click()
    assert page.message.text() == "Đã lưu bản nháp."
    assert "Phiên bản 1: bản nháp" in page.status_label.text()
    # Issue 19: with 15 criteria empty the registration cannot go out; the message names them.
    page.submit_btn.click()
    assert "Chưa nộp được: 15 tiêu chí chưa đủ nội dung, lộ trình — CD-1.1" in page.message.text()
    assert "Không đăng ký thực hiện: lý do" in page.message.text()
    assert "Phiên bản 1: bản nháp" in page.status_label.text()
    for r in range(page.items.rowCount()):
        if not (page.items.item(r, 1).flags() & Qt.ItemIsEditable) or page.items.item(r, 1).text():
            continue
        cid = page.items.item(r, 0).text().split()[0]
        if cid == "CD-2.3":
            page.items.item(r, 1).setText("Không đăng ký thực hiện: chi đoàn mới thành lập, chưa có kinh phí")
        else:
            page.items.item(r, 1).setText(f"Kế hoạch thực hiện {cid}")
            page.items.item(r, 3).setText("Nguyễn Thị Hoa")
    page.submit_btn.click()
    assert "NỘP MUỘN" in page.status_label.text()
    assert not page.save_btn.isEnabled() and page.amend_btn.isEnabled()
    assert not (page.items.item(1, 1).flags() & Qt.ItemIsEditable)
    page.note.setText("Bổ sung công trình thanh niên")
    page.amend_btn.click()
    assert "Phiên bản 2" in page.status_label.text() and page.save_btn.isEnabled()
    versions = registration_versions(window.env.ctx, "CD-TDP3", "2027")
    assert [(v.version, v.status) for v in versions] == [(1, "submitted"), (2, "draft")]
    assert page.history.count() == 2


def test_registration_starts_from_last_years_content_in_one_click(window, members):
    # Second year: the 2027 form is filled from the 2026 registration (empty rows only, dates one
    # year later, its members ticked), and nothing is saved until the secretary saves the draft.
    from desktop.domain.registration import RegistrationItem
    from desktop.services.year.cycle import registration_versions, save_registration

    ctx = window.env.ctx
    save_registration(
        ctx,
        "CD-TDP3",
        "2026",
        [
            RegistrationItem("CD-1.2", "Mỗi quý 01 buổi sinh hoạt chuyên đề", date(2026, 12, 15), "Trần Văn Nam"),
            RegistrationItem("CD-3.6", "Ra quân “Ngày Chủ nhật xanh” mỗi tháng", date(2026, 11, 30), "Lê Thị Lan"),
        ],
        members[:3],
    )
    window.show_page("registration")
    page = window.pages["registration"]
    assert page.bar.period_label_value() == "2027"
    assert page.copy_btn.isEnabled() and page.copy_btn.text() == "Chép từ kỳ 2026"
    page.items.item(1, 1).setText("Nội dung đã gõ cho 2027")  # typed before copying: kept
    page.copy_btn.click()
    rows = {page.items.item(r, 0).text().split()[0]: r for r in range(page.items.rowCount())}
    assert page.items.item(rows["CD-1.2"], 1).text() == "Nội dung đã gõ cho 2027"
    r = rows["CD-3.6"]
    assert page.items.item(r, 1).text() == "Ra quân “Ngày Chủ nhật xanh” mỗi tháng"
    assert page.items.item(r, 3).text() == "Lê Thị Lan"
    assert page.items.cellWidget(r, 2).date().toString("dd/MM/yyyy") == "30/11/2027"
    assert page.member_count.text() == "3/5 đoàn viên đăng ký"
    assert page.message.text().startswith("Đã chép 1 tiêu chí và 3 đoàn viên từ bản đăng ký kỳ 2026")
    assert registration_versions(ctx, "CD-TDP3", "2027") == []  # not saved by the copy
    page.save_btn.click()
    saved = registration_versions(ctx, "CD-TDP3", "2027")[-1]
    assert saved.item("CD-3.6").target_date == date(2027, 11, 30) and len(saved.member_ids) == 3


def test_home_lists_next_actions_and_opens_the_page(window, members):
    home = window.pages["home"]
    home.reload()  # the members were added behind the window's back
    texts = [home.actions.item(i).text() for i in range(home.actions.count())]
    assert any(t.startswith("Lập và nộp đăng ký thi đua kỳ 2027") or "Đăng ký thi đua kỳ 2027" in t for t in texts)
    assert any("đoàn viên chưa đủ 5 ngày tình nguyện" in t for t in texts)
    item = next(
        home.actions.item(i)
        for i in range(home.actions.count())
        if home.actions.item(i).text().startswith("Cung cấp thông tin")
    )
    home._open_action(item)
    assert window.current_key() == "logs" and window.pages["logs"].kind() == "information"
    assert "30/11/2026" in home.deadlines.text()


def test_cycle_pages_fit_1366x768_and_switch_language(window, members):
    for key in ("registration", "campaign", "logs"):
        window.show_page(key)
        hint = window.pages[key].minimumSizeHint()
        assert hint.width() <= 1366 - 220 and hint.height() <= 700
    window.show_page("settings")
    settings = window.pages["settings"]
    settings.language.setCurrentIndex(settings.language.findData("en"))
    QApplication.processEvents()
    page = window.pages["campaign"]
    assert page.tree.headerItem().text(0) == "Criterion"
    assert page.tabs.tabText(1) == "By quarter"
    assert _tree_rows(page)["CD-3.1"][0] == "Needs a judgement"
    settings.language.setCurrentIndex(settings.language.findData("vi"))
    QApplication.processEvents()
    assert page.tabs.tabText(1) == "Theo quý"


def test_editing_a_record_shows_its_member_and_participants(window, members, qtbot):
    from desktop.services.year.cycle import add_log, get_log
    from desktop.ui.cycle_log_dialog import LogDialog

    ctx = window.env.ctx
    log_id, _ = add_log(
        ctx,
        LogEntry(
            None,
            "CD-TDP3",
            "party_introduction",
            date(2026, 9, 2),
            "Giới thiệu đoàn viên ưu tú",
            member_id=members[2],
            counterpart="Chi bộ Tổ dân phố số 3",
            ref_no="05-GT/ĐTN",
        ),
    )
    dlg = LogDialog(window.env, "CD-TDP3", "party_introduction", get_log(ctx, log_id))
    qtbot.addWidget(dlg)
    assert dlg.member.currentText() == "Lê Thị Lan" and dlg.counterpart.text() == "Chi bộ Tổ dân phố số 3"
    assert dlg.labels["counterpart"].text() == "Chi bộ tiếp nhận"
    dlg.ref_no.setText("07-GT/ĐTN")
    dlg.save_btn.click()
    assert get_log(ctx, log_id).ref_no == "07-GT/ĐTN" and get_log(ctx, log_id).member_id == members[2]
    info_id, _ = add_log(
        ctx, LogEntry(None, "CD-TDP3", "information", date(2026, 2, 1), "Tin", participants=frozenset(members[:2]))
    )
    dlg = LogDialog(window.env, "CD-TDP3", "information", get_log(ctx, info_id))
    qtbot.addWidget(dlg)
    assert dlg.ticked() == set(members[:2]) and dlg.part_count.text() == "Đã chọn 2/5 đoàn viên"
