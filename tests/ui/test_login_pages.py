"""The data-safety screens (issue 8): Backups (list with contents, back up now / to USB, restore,
check), Change history (a member's history, export, chain check), Accounts (add, roles)."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest
from PySide6.QtCore import Qt

from desktop.services.safety import auth, backup
from tests.unit.conftest_safety import add_evidence_file, add_roster


@pytest.fixture
def roster_window(window):
    window.env.ctx.member_ids = add_roster(window.env.ctx)
    return window


def test_backups_page_lists_backups_with_their_contents_and_fits_the_screen(qtbot, roster_window, tmp_path):
    w = roster_window
    add_evidence_file(w.env.ctx)
    w.show_page("backups")
    page = w.pages["backups"]
    shown = []
    page.inform = lambda title, text: shown.append((title, text))
    page.backup_btn.click()
    assert shown and shown[0][0] == "Đã sao lưu" and "Đoàn viên: 4" in shown[0][1]
    assert page.model.rowCount() == 1
    headers = [page.model.headerData(i, Qt.Horizontal) for i in range(page.model.columnCount())]
    assert headers[:4] == ["Ngày", "Loại", "Đơn vị", "Đoàn viên"]
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert row[1] == "Sao lưu thủ công" and row[2] == "Chi đoàn Tổ dân phố số 3" and row[3] == "4"
    assert row[6] == "1" and row[-1] == "tốt"
    assert "Đoàn viên: 4" in page.details.text() and "Hoạt động tình nguyện: 0" in page.details.text()
    # "Back up to a USB stick": the copy goes to the chosen folder, not to the list.
    page.choose_dir = lambda: str(tmp_path / "USB")
    page.usb_btn.click()
    assert list((tmp_path / "USB").glob("sothidua-*-export.zip"))
    assert page.model.rowCount() == 1
    # The page fits beside the navigation on the office PCs' 1366×768 screen.
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 - 230 and hint.height() <= 768 - 120


def test_restore_from_the_page_brings_the_data_back_after_confirmation(qtbot, roster_window):
    from desktop.services.membership.members import roster
    from desktop.services.units import set_unit_setting, unit_settings

    w = roster_window
    ctx = w.env.ctx
    made = backup.backup_now(ctx)
    set_unit_setting(ctx, "CD-TDP3", "cd32_meetings_per_year", 4)
    w.show_page("backups")
    page = w.pages["backups"]
    page.reload()
    asked, shown = [], []
    page.inform = lambda title, text: shown.append(text)
    page.confirm = lambda title, text: asked.append(text) or False
    page.restore(made.path)
    assert asked and "Đoàn viên: 4" in asked[0] and "Trước khi khôi phục" in asked[0]
    assert unit_settings(ctx, "CD-TDP3")["cd32_meetings_per_year"] == 4  # answered no: nothing changed
    page.confirm = lambda title, text: True
    page.restore(made.path)
    assert unit_settings(ctx, "CD-TDP3")["cd32_meetings_per_year"] == 12
    assert len(roster(ctx, "CD-TDP3")) == 4
    assert "Dữ liệu đã trở về đúng như lúc" in shown[-1] and "pre-restore" in shown[-1]
    kinds = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert "Trước khi khôi phục" in kinds


def test_check_on_the_page_reports_a_missing_evidence_file(qtbot, roster_window):
    w = roster_window
    att = add_evidence_file(w.env.ctx)
    (w.env.ctx.data.attachments / att.stored_name).unlink()
    w.show_page("backups")
    page = w.pages["backups"]
    page.check_btn.click()
    text = page.check_text.text()
    assert "Toàn vẹn cơ sở dữ liệu: tốt" in text
    assert "Chuỗi nhật ký thay đổi: nguyên vẹn" in text
    assert "Tệp minh chứng: thiếu 1, bị thay đổi 0, 0 tệp không thuộc bản ghi nào" in text
    assert att.stored_name in text


def test_backup_settings_are_saved_by_an_administrator(qtbot, roster_window):
    w = roster_window
    w.show_page("backups")
    page = w.pages["backups"]
    page.keep_daily.setValue(14)
    page.on_close.setChecked(False)
    page.save_keep_btn.click()
    s = auth.safety_settings(w.env.ctx)
    assert s["backup_keep_daily"] == 14 and s["backup_on_close"] is False


def test_history_page_shows_a_members_changes_and_exports_them(qtbot, roster_window, tmp_path):
    from dataclasses import replace

    from desktop.services.membership.members import get_member, update_member

    w = roster_window
    ctx = w.env.ctx
    mid = ctx.member_ids[0]
    update_member(ctx, replace(get_member(ctx, mid), phone="0911222333"))
    w.env.navigate("history", kind="member", subject=mid)
    page = w.pages["history"]
    assert page.kind.currentText() == "Đoàn viên"
    assert page.subject.currentText() == f"{mid} — Nguyễn Thị Hoa"
    rows = [[page.model.index(r, c).data() for c in range(5)] for r in range(page.model.rowCount())]
    assert rows[0][2] == "Sửa" and "Điện thoại: 0912345678 → 0911222333" in rows[0][4]
    assert rows[-1][2] == "Tạo mới"
    assert "0911222333" in page.detail.toPlainText()
    path = page.export(str(tmp_path / "lich-su.csv"))
    lines = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    assert lines[0][0].startswith("Lịch sử thay đổi — Đoàn viên") and lines[1][0].startswith("CÓ DỮ LIỆU CÁ NHÂN")
    assert page.verify()["ok"] and "nguyên vẹn" in page.chain.text()


def test_history_page_reports_a_hand_edited_entry(qtbot, roster_window):
    w = roster_window
    con = sqlite3.connect(w.env.ctx.data.database)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET actor='ai-do' WHERE id=2")
    con.commit()
    con.close()
    w.show_page("history")
    result = w.pages["history"].verify()
    assert not result["ok"] and result["first_broken_id"] == 2
    assert "mục hỏng đầu tiên là số 2" in w.pages["history"].chain.text()


def test_criterion_history_lists_the_16_criteria(qtbot, window):
    window.env.navigate("history", kind="criterion", subject="CD-3.6")
    page = window.pages["history"]
    items = [page.subject.itemData(i) for i in range(page.subject.count())]
    assert items[0] == "CD-1.1" and "CD-3.8" in items and len(items) == 16
    assert page.subject.currentData() == "CD-3.6"


def test_accounts_page_adds_the_first_admin_shows_the_code_then_login_turns_on(qtbot, window):
    w = window
    w.show_page("users")
    page = w.pages["users"]
    codes, infos = [], []
    page.show_code = codes.append
    page.inform = lambda title, text: infos.append(title)
    page.ask_new_user = lambda first: ("hoa.nguyen", "Hoa@2026chidoan", "admin", "Nguyễn Thị Hoa")
    page.add_btn.click()
    assert codes and len(codes[0]) == 23
    assert [page.model.index(0, c).data() for c in range(4)] == [
        "hoa.nguyen",
        "Nguyễn Thị Hoa",
        "Bí thư / quản trị",
        "đang dùng",
    ]
    assert page.state.text() == "Hiện không bắt buộc đăng nhập."
    page.ask_new_user = lambda first: ("thu.le", "ThuLe#2026", "viewer", "Lê Thị Thu")
    page.add_btn.click()
    assert infos == ["Đã bật đăng nhập"] and page.state.text() == "Hiện đang bắt buộc đăng nhập."
    assert page.login_mode.currentData() == "on"
    # A wrong password in the form gets the Vietnamese reason.
    warned = []
    import desktop.ui.safety as safety

    orig = safety.QMessageBox.warning
    safety.QMessageBox.warning = lambda parent, title, text: warned.append(text)
    try:
        page.ask_new_user = lambda first: ("duc", "ngan", "staff", "")
        page.add_btn.click()
    finally:
        safety.QMessageBox.warning = orig
    assert warned == ["Mật khẩu phải có ít nhất 8 ký tự."]


def test_a_signed_out_person_asks_the_administrator_before_adding_an_account(qtbot, window):
    """One account, login off: the app opened without a password, so the person at the PC is not
    known to be the administrator. "Thêm tài khoản…" first asks the administrator to log in (a
    real login dialog); cancelled, or a wrong password, and no account is added."""
    from desktop.services.safety import current_user
    from desktop.ui.login import LoginDialog

    ctx = window.env.ctx
    auth.add_user(ctx, "hoa.nguyen", "Hoa@2026chidoan", "admin", "Nguyễn Thị Hoa")
    assert not auth.login_required(ctx) and current_user(ctx) is None
    window.show_page("users")
    page = window.pages["users"]
    page.reload()
    infos = []
    page.inform = lambda title, text: infos.append(title)
    asked_for_form = []
    page.ask_new_user = lambda first: asked_for_form.append(first) or ("ke.la", "KeLa#2026xx", "admin", "Người lạ")
    dialogs = []

    def login(password):
        def ask():
            dlg = LoginDialog(ctx, page, for_accounts=True)
            qtbot.addWidget(dlg)
            dialogs.append(dlg)
            if password is None:
                return False  # "Hủy"
            dlg.username.setCurrentText("hoa.nguyen")
            dlg.password.setText(password)
            return dlg.try_login()

        return ask

    page.ask_admin_login = login(None)
    page.add_btn.click()
    assert asked_for_form == [] and [u.username for u in auth.list_users(ctx)] == ["hoa.nguyen"]
    from PySide6.QtWidgets import QDialogButtonBox

    assert "quản trị" in dialogs[0].intro.text()
    assert dialogs[0].buttons.button(QDialogButtonBox.Cancel).text() == "Hủy"  # not "Thoát": the app goes on
    page.ask_admin_login = login("sai-mat-khau")
    page.add_btn.click()
    assert asked_for_form == [] and dialogs[1].error.text() != ""
    page.ask_admin_login = login("Hoa@2026chidoan")
    page.add_btn.click()
    assert current_user(ctx).username == "hoa.nguyen" and asked_for_form == [False]
    qtbot.waitUntil(lambda: len(auth.list_users(ctx)) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: infos == ["Đã bật đăng nhập"], timeout=10_000)  # two accounts: login is on now


def test_saving_the_login_settings_asks_the_administrator_first(qtbot, window):
    """Issue 23: one account, login off: "Lưu" of the login settings ("Đăng nhập khi mở chương
    trình", the idle lock) asks the administrator to log in, as adding an account does; cancelled,
    nothing changes."""
    from desktop.services.safety import current_user

    ctx = window.env.ctx
    auth.add_user(ctx, "hoa.nguyen", "Hoa@2026chidoan", "admin", "Nguyễn Thị Hoa")
    window.show_page("users")
    page = window.pages["users"]
    page.reload()
    asked = []
    page.ask_admin_login = lambda: asked.append(1) or False  # "Hủy"
    page.login_mode.setCurrentIndex(page.login_mode.findData("off"))
    page.save_btn.click()
    assert asked == [1] and auth.safety_settings(ctx)["login_mode"] == "auto"

    def log_in():  # the real login dialog, as the administrator fills it in
        from desktop.ui.login import LoginDialog

        asked.append(2)
        dlg = LoginDialog(ctx, page, for_accounts=True)
        qtbot.addWidget(dlg)
        dlg.username.setCurrentText("hoa.nguyen")
        dlg.password.setText("Hoa@2026chidoan")
        return dlg.try_login()

    page.ask_admin_login = log_in
    page.save_btn.click()
    qtbot.waitUntil(lambda: auth.safety_settings(ctx)["login_mode"] == "off", timeout=10_000)
    assert asked == [1, 2] and current_user(ctx).username == "hoa.nguyen"
