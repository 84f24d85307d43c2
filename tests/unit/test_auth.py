"""Accounts and roles (issue 8 §4): login optional, on once a second account exists; a viewer
changes nothing through the CLI; a forgotten admin password is recovered only with the code."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.domain.errors import DomainError
from desktop.services.safety import auth
from desktop.services.safety.session import PermissionDenied, apply_user, require_role

ADMIN_PW = "Hoa@2026chidoan"


@pytest.fixture
def admin(branch_ctx):
    added = auth.add_user(branch_ctx, "hoa.nguyen", ADMIN_PW, "admin", "Nguyễn Thị Hoa")
    apply_user(branch_ctx, added.user)  # whoever creates the first account is that administrator
    branch_ctx.recovery_code = added.recovery_code
    return branch_ctx


def test_first_account_is_an_administrator_with_a_recovery_code_and_hashed_password(branch_ctx):
    with pytest.raises(DomainError, match="Tài khoản đầu tiên phải"):
        auth.add_user(branch_ctx, "duc", "matkhau-dai-1", "staff")
    added = auth.add_user(branch_ctx, "Hoa.Nguyen", ADMIN_PW, "bí thư / quản trị", "Nguyễn Thị Hoa")
    assert added.user.username == "hoa.nguyen" and added.user.role.label_vi == "Bí thư / quản trị"
    assert added.recovery_code and len(added.recovery_code) == 23  # 4 groups of 5
    assert not added.login_turned_on and not auth.login_required(branch_ctx)
    con = sqlite3.connect(branch_ctx.data.database)
    (pw_hash,) = con.execute("SELECT password_hash FROM users").fetchone()
    (code_hash,) = con.execute("SELECT code_hash FROM recovery_codes").fetchone()
    con.close()
    assert pw_hash.startswith("$argon2id$") and ADMIN_PW not in pw_hash
    assert code_hash.startswith("$argon2id$") and added.recovery_code.replace("-", "") not in code_hash


def test_nobody_logged_in_cannot_add_an_account_while_login_is_off(branch_ctx):
    """One account, login off: the app opens without a password, so whoever sits at the PC is not
    known to be the administrator. Adding an account (which grants rights and turns login on) asks
    the administrator to log in first; once logged in, it is done."""
    from desktop.services.safety.session import LoginRequired

    first = auth.add_user(branch_ctx, "hoa.nguyen", ADMIN_PW, "admin", "Nguyễn Thị Hoa")
    assert not auth.login_required(branch_ctx) and branch_ctx.user is None
    with pytest.raises(LoginRequired, match="đăng nhập bằng tài khoản Bí thư / quản trị"):
        auth.add_user(branch_ctx, "ke.la", "KeLa#2026xx", "admin")
    with pytest.raises(LoginRequired):
        auth.set_role(branch_ctx, "hoa.nguyen", "staff")
    with pytest.raises(LoginRequired):
        auth.new_recovery_code(branch_ctx)
    assert [u.username for u in auth.list_users(branch_ctx)] == ["hoa.nguyen"]
    apply_user(branch_ctx, auth.authenticate(branch_ctx, "hoa.nguyen", ADMIN_PW))
    assert auth.add_user(branch_ctx, "duc.tran", "DucTran#2026", "staff").user.username == "duc.tran"
    assert first.recovery_code


def test_a_second_account_turns_login_on(admin):
    added = auth.add_user(admin, "duc.tran", "DucTran#2026", "staff", "Trần Văn Đức")
    assert added.login_turned_on and added.recovery_code is None
    assert auth.login_required(admin)
    assert auth.safety_settings(admin)["login_mode"] == "on"


def test_bad_passwords_and_names_get_vietnamese_messages(admin):
    with pytest.raises(DomainError, match="ít nhất 8 ký tự"):
        auth.add_user(admin, "thu.ha", "ngan", "viewer")
    with pytest.raises(DomainError, match="trùng với tên đăng nhập"):
        auth.add_user(admin, "thuha2026", "thuha2026", "viewer")
    with pytest.raises(DomainError, match="Tên đăng nhập .* không hợp lệ"):
        auth.add_user(admin, "thu ha", "matkhau-dai-1", "viewer")
    with pytest.raises(DomainError, match="Vai trò .* không hợp lệ"):
        auth.add_user(admin, "thuha", "matkhau-dai-1", "thu-ky")
    with pytest.raises(DomainError, match="đã có"):
        auth.add_user(admin, "HOA.NGUYEN", "matkhau-dai-1", "viewer")


def test_wrong_password_five_times_makes_the_account_wait(admin):
    for _ in range(4):
        with pytest.raises(auth.LoginFailed, match="không đúng"):
            auth.authenticate(admin, "hoa.nguyen", "sai-mat-khau")
    with pytest.raises(auth.LoginFailed):
        auth.authenticate(admin, "hoa.nguyen", "sai-mat-khau")
    with pytest.raises(auth.LoginFailed, match="tạm khóa"):
        auth.authenticate(admin, "hoa.nguyen", ADMIN_PW)  # even the right one must wait
    with pytest.raises(auth.LoginFailed, match="Tên đăng nhập hoặc mật khẩu không đúng"):
        auth.authenticate(admin, "khong-co-ai", ADMIN_PW)  # unknown names are not revealed


def test_the_last_administrator_cannot_be_demoted_or_disabled(admin):
    with pytest.raises(DomainError, match="cuối cùng"):
        auth.set_role(admin, "hoa.nguyen", "staff")
    with pytest.raises(DomainError, match="cuối cùng"):
        auth.set_active(admin, "hoa.nguyen", False)
    auth.add_user(admin, "thanh.le", "ThanhLe#2026", "admin")
    auth.set_role(admin, "hoa.nguyen", "staff")
    assert auth.find_user(admin, "hoa.nguyen").role.value == "staff"


def test_staff_record_but_cannot_do_admin_actions(admin):
    auth.add_user(admin, "duc.tran", "DucTran#2026", "staff")
    apply_user(admin, auth.authenticate(admin, "duc.tran", "DucTran#2026"))
    from desktop.services.units import set_unit_setting

    set_unit_setting(admin, "CD-TDP3", "cd32_meetings_per_year", 10)  # recording is allowed
    require_role(admin, "staff")
    with pytest.raises(PermissionDenied, match="Bí thư / quản trị"):
        require_role(admin, "admin", "ký và gửi hồ sơ")
    with pytest.raises(PermissionDenied):
        auth.add_user(admin, "thu.ha", "ThuHa#2026x", "viewer")
    from desktop.services.safety import backup, opening

    assert backup.backup_now(admin).good  # staff may back up
    with pytest.raises(PermissionDenied, match="khôi phục"):
        opening.restore(admin, backup.list_backups(admin.data)[0].path)


def test_recovery_code_resets_the_admin_password_once_and_issues_a_new_code(admin):
    code = admin.recovery_code
    with pytest.raises(DomainError, match="không đúng hoặc đã được dùng"):
        auth.recover_with_code(admin, "AAAAA-BBBBB-CCCCC-DDDDD", "hoa.nguyen", "MatKhauMoi#1")
    with pytest.raises(DomainError, match="không đúng dạng"):
        auth.recover_with_code(admin, "123", "hoa.nguyen", "MatKhauMoi#1")
    new_code = auth.recover_with_code(admin, code.lower().replace("-", " "), "hoa.nguyen", "MatKhauMoi#1")
    assert new_code != code
    assert auth.authenticate(admin, "hoa.nguyen", "MatKhauMoi#1").username == "hoa.nguyen"
    with pytest.raises(DomainError, match="đã được dùng"):
        auth.recover_with_code(admin, code, "hoa.nguyen", "MatKhauKhac#2")
    # The code only resets administrator accounts.
    auth.add_user(admin, "xem.thu", "XemThu#2026", "viewer")
    with pytest.raises(DomainError, match="không phải tài khoản Bí thư"):
        auth.recover_with_code(admin, new_code, "xem.thu", "MatKhauKhac#2")
    from db import audit

    with admin.uow.read() as s:
        assert any(e["action"] == "recover" for e in audit.history(s, "user", "hoa.nguyen"))


# ---------------------------------------------------------------- through the CLI


@pytest.fixture
def two_accounts(cli, branch_ctx):
    code, out, err = cli(
        "user", "add", "hoa.nguyen", "--role", "admin", "--full-name", "Nguyễn Thị Hoa", "--new-password", ADMIN_PW
    )
    assert code == 0, err
    assert "MÃ KHÔI PHỤC" in out
    # Once an account exists, creating another needs the administrator's password (issue 18).
    code, out, err = cli("user", "add", "xem.thu", "--role", "viewer", "--new-password", "XemThu#2026")
    assert code == 2 and "hãy đăng nhập bằng tài khoản quản trị" in err
    code, out, err = cli(
        "--user",
        "hoa.nguyen",
        "--password",
        ADMIN_PW,
        "user",
        "add",
        "xem.thu",
        "--role",
        "viewer",
        "--new-password",
        "XemThu#2026",
    )
    assert code == 0 and "phải đăng nhập" in out
    return cli


def test_cli_requires_login_once_there_are_two_accounts(two_accounts, monkeypatch):
    cli = two_accounts
    code, _, err = cli("unit", "show", "--json")
    assert code == 2 and "yêu cầu đăng nhập" in err
    code, _, err = cli("--user", "hoa.nguyen", "--password", "sai", "unit", "show")
    assert code == 2 and "không đúng" in err
    code, out, _ = cli("--user", "hoa.nguyen", "--password", ADMIN_PW, "unit", "show", "--json")
    assert code == 0 and json.loads(out)["code"] == "CD-TDP3"
    monkeypatch.setenv("SOTHIDUA_USER", "hoa.nguyen")
    monkeypatch.setenv("SOTHIDUA_PASSWORD", ADMIN_PW)
    code, out, _ = cli("user", "list", "--json")
    assert code == 0 and json.loads(out)["login_required"] is True


@pytest.mark.parametrize(
    "command",
    [
        ("unit", "settings", "--set", "cd32_meetings_per_year", "3"),
        ("unit", "init", "--code", "CD-TDP3", "--name", "Đổi tên", "--kind", "chi-doan", "--branch-type", "dan-cu"),
        ("user", "add", "ke.gian", "--role", "admin", "--new-password", "KeGian#2026"),
        ("user", "role", "xem.thu", "admin"),
        ("user", "settings", "--set", "login_mode", "off"),
        ("backup",),
        ("restore", "--latest"),
        ("privacy", "erase", "1"),
    ],
)
def test_a_viewer_cannot_change_anything_through_the_cli(two_accounts, command, data_dir):
    cli = two_accounts
    assert cli("--user", "hoa.nguyen", "--password", ADMIN_PW, "backup")[0] == 0
    before = sqlite3.connect(data_dir / "sothidua.db")
    snapshot = list(before.iterdump())
    before.close()
    code, out, err = cli("--user", "xem.thu", "--password", "XemThu#2026", *command)
    assert code != 0
    assert "Lỗi:" in err and ("chỉ đọc" in err or "không có quyền" in err)
    after = sqlite3.connect(data_dir / "sothidua.db")
    # Nothing changed except the viewer's own login bookkeeping (last login time).
    changed = [line for line in after.iterdump() if line not in snapshot]
    after.close()
    assert all(line.startswith('INSERT INTO "users"') for line in changed), changed


def test_a_viewer_reads_and_may_change_their_own_password(two_accounts):
    cli = two_accounts
    code, out, _ = cli("--user", "xem.thu", "--password", "XemThu#2026", "unit", "show")
    assert code == 0 and "Chi đoàn Tổ dân phố số 3" in out
    code, out, err = cli(
        "--user", "xem.thu", "--password", "XemThu#2026", "user", "passwd", "xem.thu", "--new-password", "XemThuMoi#27"
    )
    assert code == 0, err
    code, _, _ = cli("--user", "xem.thu", "--password", "XemThuMoi#27", "unit", "show")
    assert code == 0


def test_cli_recover_needs_no_login_but_the_code(two_accounts, monkeypatch):
    cli = two_accounts
    code, out, err = cli("--user", "hoa.nguyen", "--password", ADMIN_PW, "user", "recovery-code")
    assert code == 0
    fresh = next(line.strip() for line in out.splitlines() if line.strip().count("-") == 3)
    code, out, err = cli("user", "recover", "hoa.nguyen", "--code", fresh, "--new-password", "QuenRoi#2026")
    assert code == 0, err
    assert "Đã đặt lại mật khẩu" in out and "MÃ KHÔI PHỤC" in out
    code, _, _ = cli("--user", "hoa.nguyen", "--password", "QuenRoi#2026", "unit", "show")
    assert code == 0


def test_idle_lock_and_login_settings_are_configurable(two_accounts):
    cli = two_accounts
    login = ("--user", "hoa.nguyen", "--password", ADMIN_PW)
    code, out, err = cli(*login, "user", "settings", "--set", "idle_lock_minutes", "5", "--json")
    assert code == 0, err
    assert json.loads(out)["idle_lock_minutes"] == 5
    code, _, err = cli(*login, "user", "settings", "--set", "idle_lock_minutes", "năm")
    assert code == 2 and "số nguyên" in err
    code, out, _ = cli(*login, "user", "settings", "--set", "login_mode", "off", "--json")
    assert json.loads(out)["login_mode"] == "off"
    code, _, _ = cli("unit", "show")
    assert code == 0  # the administrator chose to turn login off


def test_nobody_logged_in_cannot_change_who_must_log_in(branch_ctx):
    """Issue 23: with one account and login off, saving "Đăng nhập khi mở chương trình" or the idle
    lock needed no password; like adding an account, it needs the administrator's login now."""
    from desktop.services.safety.session import LoginRequired

    auth.add_user(branch_ctx, "hoa.nguyen", ADMIN_PW, "admin", "Nguyễn Thị Hoa")
    assert branch_ctx.user is None
    for key, value in (("login_mode", "off"), ("idle_lock_minutes", 0)):
        with pytest.raises(LoginRequired, match="đổi cài đặt đăng nhập"):
            auth.set_safety_setting(branch_ctx, key, value)
    assert auth.safety_settings(branch_ctx)["login_mode"] == "auto"
    assert auth.safety_settings(branch_ctx)["idle_lock_minutes"] == 10
    apply_user(branch_ctx, auth.authenticate(branch_ctx, "hoa.nguyen", ADMIN_PW))
    auth.set_safety_setting(branch_ctx, "login_mode", "on")
    assert auth.safety_settings(branch_ctx)["login_mode"] == "on"
