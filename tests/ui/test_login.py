"""Login, idle lock, recovery, the read-only banner and the damaged-file start (issue 8)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from desktop.services.safety import auth, backup
from desktop.services.safety.session import apply_user, current_user

ADMIN_PW = "Hoa@2026chidoan"


@pytest.fixture
def accounts(branch_env):
    ctx = branch_env.ctx
    added = auth.add_user(ctx, "hoa.nguyen", ADMIN_PW, "admin", "Nguyễn Thị Hoa")
    apply_user(ctx, added.user)  # the administrator adds the second account
    auth.add_user(ctx, "xem.thu", "XemThu#2026", "viewer", "Lê Thị Thu")
    ctx.user, ctx.actor = None, "system"  # ... and the app starts again, nobody logged in yet
    branch_env.recovery_code = added.recovery_code
    return branch_env


def test_login_dialog_logs_in_and_shows_vietnamese_errors(qtbot, accounts):
    from desktop.ui.login import LoginDialog

    ctx = accounts.ctx
    assert auth.login_required(ctx)
    dlg = LoginDialog(ctx)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Đăng nhập — Sổ Thi Đua"
    assert dlg.unit.text() == "Chi đoàn Tổ dân phố số 3"
    dlg.username.setCurrentText("hoa.nguyen")
    dlg.password.setText("sai-mat-khau")
    assert not dlg.try_login()
    assert dlg.error.text() == "Tên đăng nhập hoặc mật khẩu không đúng." and dlg.password.text() == ""
    dlg.password.setText(ADMIN_PW)
    assert dlg.try_login() and dlg.result() == QDialog.Accepted
    assert current_user(ctx).username == "hoa.nguyen" and ctx.actor == "hoa.nguyen"


def test_a_viewer_sees_the_banner_and_every_save_is_refused(qtbot, accounts, monkeypatch):
    from desktop.ui import safety
    from desktop.ui.main_window import MainWindow

    ctx = accounts.ctx
    apply_user(ctx, auth.authenticate(ctx, "xem.thu", "XemThu#2026"))
    w = MainWindow(accounts)
    qtbot.addWidget(w)
    wiring = safety.install(w, accounts)
    w.show()
    assert wiring.banner.isVisible()
    assert "Xem" in wiring.banner.label.text() and "không" in wiring.banner.label.text()
    assert wiring.badge.text() == "Tài khoản: xem.thu (Xem)"
    shown = []
    monkeypatch.setattr(safety.QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    w.show_page("settings")
    page = w.pages["settings"]
    page.rule_widgets["cd32_meetings_per_year"].setValue(3)
    try:
        page._save_rules()
    except Exception as exc:  # noqa: BLE001 - a slot's exception goes to the excepthook
        import sys

        sys.excepthook(type(exc), exc, None)
    assert shown and "chỉ đọc" in shown[0]
    from desktop.services.units import unit_settings

    assert unit_settings(ctx, "CD-TDP3")["cd32_meetings_per_year"] == 12
    # Pages for data safety show nothing a viewer could use to change data.
    w.show_page("backups")
    assert not w.pages["backups"].backup_btn.isEnabled() and not w.pages["backups"].restore_btn.isEnabled()
    w.show_page("users")
    assert not w.pages["users"].add_btn.isEnabled()


def test_idle_lock_hides_the_data_and_another_account_may_take_over(qtbot, accounts):
    from desktop.ui import safety
    from desktop.ui.login import IdleLock
    from desktop.ui.main_window import MainWindow

    ctx = accounts.ctx
    apply_user(ctx, auth.authenticate(ctx, "hoa.nguyen", ADMIN_PW))
    auth.set_safety_setting(ctx, "idle_lock_minutes", 5)
    w = MainWindow(accounts)
    qtbot.addWidget(w)
    safety.install(w, accounts)
    w.show()
    now = [1000.0]
    seen = {}

    def ask(username):
        seen["user"] = username
        seen["hidden"] = not w.centralWidget().isVisible()
        return auth.authenticate(ctx, "xem.thu", "XemThu#2026")

    lock = IdleLock(accounts, w, clock=lambda: now[0], ask=ask)
    now[0] += 4 * 60
    assert not lock.check()
    now[0] += 61
    with qtbot.waitSignal(lock.unlocked, timeout=2000):
        assert lock.check()
    assert seen == {"user": "hoa.nguyen", "hidden": True}
    assert w.centralWidget().isVisible()
    # The viewer took over: their role applies from now on.
    apply_user(ctx, auth.find_user(ctx, "xem.thu"))
    assert ctx.uow.read_only


def test_forgotten_admin_password_is_reset_with_the_printed_code(qtbot, accounts, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.login import RecoveryCodeDialog, RecoveryDialog

    dlg = RecoveryDialog(accounts.ctx)
    qtbot.addWidget(dlg)
    shown = []
    dlg.show_new_code = shown.append
    dlg.username.setText("hoa.nguyen")
    dlg.code.setText("AAAAA-BBBBB-CCCCC-DDDDD")
    dlg.pw1.setText("MatKhauMoi#1")
    dlg.pw2.setText("MatKhauMoi#1")
    assert not dlg.submit() and "không đúng hoặc đã được dùng" in dlg.error.text()
    dlg.code.setText(accounts.recovery_code)
    dlg.pw2.setText("khac")
    assert not dlg.submit() and dlg.error.text() == "Hai mật khẩu mới không giống nhau."
    dlg.pw2.setText("MatKhauMoi#1")
    assert dlg.submit() and shown and shown[0] != accounts.recovery_code
    assert auth.authenticate(accounts.ctx, "hoa.nguyen", "MatKhauMoi#1").username == "hoa.nguyen"
    # The new code is shown with a way to print it.
    code_dlg = RecoveryCodeDialog(shown[0], unit_name="Chi đoàn Tổ dân phố số 3")
    qtbot.addWidget(code_dlg)
    assert code_dlg.code_label.text() == shown[0] and code_dlg.print_btn.text() == "In…"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "ma.pdf"))
    code_dlg.print_to(printer)
    assert (tmp_path / "ma.pdf").stat().st_size > 500


def test_a_damaged_file_at_start_offers_the_newest_good_backup(qtbot, branch_env, tmp_path):
    from tests.unit.conftest_safety import add_roster, damage
    from desktop.ui.safety import DamagedDialog, open_checked_context
    from desktop.services.safety import integrity

    ctx = branch_env.ctx
    add_roster(ctx)
    good = backup.backup_now(ctx)
    ctx.uow.dispose()
    damage(ctx.data.database)
    state = integrity.startup(ctx.data.root)
    dlg = DamagedDialog(state)
    qtbot.addWidget(dlg)
    assert dlg.restore_btn is not None
    assert good.created_at.strftime("%d/%m/%Y %H:%M") in dlg.text() and "bị hỏng" in dlg.text()
    assert dlg.windowTitle() == "Tệp dữ liệu bị hỏng"
    # "Open read-only": the data can be looked at, nothing saved.
    ro = open_checked_context(ctx.data.root, ask=lambda s: "read_only")
    assert ro.uow.read_only
    ro.close()
    # "Restore": the newest good backup comes back and the data is writable again.
    restored = open_checked_context(ctx.data.root, ask=lambda s: "restore")
    try:
        assert not restored.uow.read_only
        assert not integrity.startup(ctx.data.root).damaged
        from desktop.services.membership.members import roster

        assert len(roster(restored, "CD-TDP3")) == 4
    finally:
        restored.close()
    assert open_checked_context(ctx.data.root, ask=lambda s: "quit") is not None  # sound now: no question
