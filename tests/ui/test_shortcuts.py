"""Keyboard shortcuts a secretary uses (issue 11 item 3), pressed as keys on the real window:
Ctrl+N new record, Ctrl+F search, Delete asks before deleting, Ctrl+P opens the print preview, F1 the guide;
and a destructive action asks first (a new recovery code makes the old one useless)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.logs import LogEntry


@pytest.fixture
def logs_page(window, qtbot):
    from desktop.services.changes import Changes
    from desktop.services.year.cycle import add_log

    add_log(
        window.env.ctx,
        LogEntry(
            None,
            "CD-TDP3",
            "thematic_session",
            date(2026, 10, 15),
            "Học tập Nghị quyết Đại hội Đoàn thành phố",
            category="chinh-tri-tu-tuong",
        ),
    )
    window.env.bus.emit(Changes.of("cycle"))
    window.show_page("logs")
    window.activateWindow()
    page = window.pages["logs"]
    QApplication.processEvents()
    return page


def _select_thematic(page):
    for i in range(page.kinds.count()):
        if page.kinds.item(i).data(Qt.UserRole) == "thematic_session":
            page.kinds.setCurrentRow(i)
    QApplication.processEvents()
    page.table.selectRow(0)
    page.table.setFocus()


def test_ctrl_n_opens_a_new_record_for_the_chosen_log(logs_page, qtbot):
    from desktop.ui.cycle_log_dialog import LogDialog

    _select_thematic(logs_page)
    qtbot.keyClick(logs_page.table, Qt.Key_N, Qt.ControlModifier)
    dlg = logs_page.findChild(LogDialog)
    assert dlg is not None and dlg.isVisible()
    dlg.reject()


def test_delete_key_asks_first_and_no_keeps_the_record(logs_page, qtbot, monkeypatch):
    from desktop.services.year.cycle import list_logs

    _select_thematic(logs_page)
    asked = []

    def answer(result):
        def question(parent, title, text, *a, **k):
            asked.append(text)
            return result

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.No))
    qtbot.keyClick(logs_page.table, Qt.Key_Delete)
    assert asked and "Học tập Nghị quyết" in asked[0]
    assert len(list_logs(logs_page.env.ctx, "CD-TDP3", kind="thematic_session")) == 1
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.Yes))
    logs_page.table.selectRow(0)
    qtbot.keyClick(logs_page.table, Qt.Key_Delete)
    assert list_logs(logs_page.env.ctx, "CD-TDP3", kind="thematic_session") == []


def test_ctrl_p_on_the_reports_page_opens_the_print_preview(window, qtbot, monkeypatch):
    window.show_page("reports")
    window.activateWindow()
    page = window.pages["reports"]
    QApplication.processEvents()
    opened = []
    monkeypatch.setattr(page, "open_preview", lambda: opened.append(page.request()))
    qtbot.keyClick(page, Qt.Key_P, Qt.ControlModifier)
    assert opened and opened[0] is not None
    assert page.preview_btn.toolTip() == "Ctrl+P"


def test_a_new_recovery_code_is_made_only_after_yes(window, qtbot):
    from desktop.services.safety import auth

    window.show_page("users")
    page = window.pages["users"]
    made = []
    page.show_code = made.append
    page.confirm = lambda title, text: False
    page.new_code()
    assert made == []
    page.confirm = lambda title, text: "không dùng được nữa" in text
    page.new_code()
    assert len(made) == 1 and auth.has_recovery_code(window.env.ctx)


@pytest.fixture
def members_page(window, qtbot):
    from desktop.domain.members import Member
    from desktop.services.changes import Changes
    from desktop.services.membership.members import add_member

    for name in ("Nguyễn Thị Hoa", "Trần Văn Nam"):
        add_member(window.env.ctx, "CD-TDP3", Member(None, "CD-TDP3", name), entry_date=date(2025, 1, 10))
    window.env.bus.emit(Changes.of("members"))
    window.show_page("members")
    window.activateWindow()
    page = window.pages["members"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    return page


def test_members_keyboard_ctrl_f_searches_ctrl_n_adds_delete_asks(members_page, qtbot, monkeypatch):
    from desktop.services.membership.members import roster
    from desktop.ui.members_dialog import MemberDialog

    page = members_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_F, Qt.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClick(page.table, Qt.Key_N, Qt.ControlModifier)
    dlg = page.findChild(MemberDialog)
    assert dlg is not None and dlg.isVisible()
    dlg.reject()
    dlg.deleteLater()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.No
    )
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_Delete)
    assert len(asked) == 1 and asked[0].startswith("Xóa hẳn ") and "Chỉ dùng khi nhập nhầm" in asked[0]
    assert len([r for r in roster(page.env.ctx, "CD-TDP3", date(2026, 11, 21))]) == 2  # No keeps both
