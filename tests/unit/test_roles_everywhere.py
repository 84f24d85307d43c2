"""Roles hold everywhere (issue 18 §2): EVERY CLI subcommand is run as a viewer ("Xem") and as
a signed-out user on a real branch's data (the demo data, an administrator and a viewer); none
of them may change the data folder: the database (apart from the login bookkeeping), the
evidence files, the backups, the keys, the outbox.

The table names every subcommand the parser has (found by walking argparse), so a new command
cannot be forgotten: the test fails until it is added here, with arguments that would write if
the role were not checked.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run_cli

ADMIN, ADMIN_PW = "bithu", "BiThu#2026chidoan"
VIEWER, VIEWER_PW = "xem", "XemThu#2026doan"

# Each subcommand with arguments that would WRITE something if the role were not checked.
# {f} is a real file made by the fixture (see ``files``), {tmp} a folder outside the data.
TABLE: dict[str, list[str]] = {
    "audit history": ["member", "1", "--export", "{tmp}/lich-su.xlsx"],
    "audit verify": [],
    "audit heads": [],
    "backup": [],
    "catalog list": [],
    "catalog show": ["1"],
    "check": [],
    "commune log add": ["--kind", "meeting", "--date", "2026-03-01", "--title", "Họp"],
    "commune log list": [],
    "commune log delete": ["1"],
    "commune value set": ["--campaign", "1", "--criterion", "X-1", "--value", "5"],
    "commune model create": ["--file", "{data_json}"],
    "commune dvk add": ["--name", "Mô hình", "--field", "kinh-te", "--owner", "Chi hội", "--date", "2026-03-01"],
    "commune dvk list": [],
    "commune survey import": ["{members_xlsx}", "--topic", "phuc-vu", "--date", "2026-03-01"],
    "commune survey list": [],
    "commune thon add": ["Thôn Đông"],
    "commune thon import": ["{members_xlsx}"],
    "commune thon list": [],
    "commune thon mark": ["--criterion", "X-1", "--met", "Thôn Đông"],
    "commune model list": [],
    "commune task add": ["--campaign", "1", "--title", "Việc", "--lead", "Người"],
    "commune task progress": ["1", "50"],
    "commune task list": [],
    "commune import": ["--file", "{data_json}"],
    "commune review": [],
    "commune register": ["--model", "X"],
    "commune doc": ["programme", "--out", "{tmp}/vb.pdf"],
    "commune send": ["programme", "--out", "{tmp}/goi"],
    "party communes": ["--json"],
    "party show": ["DU-X", "--json"],
    "data export": ["--out", "{tmp}/du-lieu.json"],
    "data import": ["{data_json}"],
    "data schema": [],
    "demo": ["--profile", "branch", "--force"],
    "evaluate": [],
    "hub serve": ["--help"],  # serves forever; the hub's own database, not the data folder
    "hub enrol": ["{tmp}/khong-co.json"],
    "hub units": [],
    "hub refusals": [],
    "hub revoke": ["X"],
    "completeness": ["--period", "2026"],
    "approval list": ["--period", "2026"],
    "approval approve": ["DCS-X", "--period", "2026"],
    "approval return": ["DCS-X", "--period", "2026", "--reason", "Thiếu số liệu"],
    "tree show": ["--period", "2026"],
    "review": ["--from", "2026", "--to", "2030"],
    "ranking": ["--period", "2026"],
    "criteria": ["--period", "2026"],
    "members duplicates": [],
    "recognition appraise-member": ["--member", "1", "--accept"],
    "sync connect": ["https://hub.example.invalid", "--no-test"],
    "sync now": [],
    "sync revoke-key": ["X"],
    "sync test-connection": [],
    "verify-paper": ["K7M2Q-9XD4T"],
    "hub stats": [],
    "hub purge": ["--delivered-older-than", "1"],
    "members import": ["{members_xlsx}", "--unit", "{unit}"],
    "members export": ["{tmp}/ds.xlsx"],
    "members template": ["{tmp}/mau.xlsx"],
    "members list": [],
    "members show": ["1"],
    "members event": ["1", "left", "01/06/2026"],
    "members groups": [],
    "privacy erase": ["1", "--reason", "thử"],
    "recognition members": [],
    "recognition assess": ["--member", "1"],
    "recognition vote": ["--date", "2026-06-01", "--member", "1", "--for", "10", "--against", "0"],
    "recognition propose": [],
    "recognition branch": [],
    "recognition submit": [],
    "recognition withdraw": [],
    "recognition appraise": ["--branch", "X", "--criterion", "CD-1.1", "--agree"],
    "recognition decide": ["--number", "1", "--date", "2026-06-01"],
    "recognition decisions": [],
    "log add": ["--kind", "meeting", "--date", "2026-06-01", "--title", "Sinh hoạt chi đoàn"],
    "log list": [],
    "log delete": ["1"],
    "judge": ["--criterion", "CD-1.3", "--verdict", "met"],
    "register show": [],
    "register save": ["--from", "{data_json}"],
    "register submit": [],
    "register amend": [],
    "report": ["--set-next", "QD", "50"],
    "restore": ["{backup}"],
    "selftest": [],
    "submit": ["registration", "--period", "2026"],
    "sync enrol-export": ["--out", "{tmp}/dang-ky.json"],
    "sync enrol-import": ["{tmp}/khong-co.json"],
    "sync export": ["--out", "{tmp}/goi"],
    "sync import": ["{tmp}/khong-co.zip"],
    "sync outbox": [],
    "sync confirm": ["DCS-X", "--fingerprint", "ab:cd"],
    "sync held": [],
    "sync invite": ["--branch", "CD-MOI", "--name", "Chi đoàn mới", "--out", "{tmp}/moi"],
    "sync branches": ["--add", "CD-MOI", "--name", "Chi đoàn mới"],
    "sync identity": [],
    "sync rotate-key": [],
    "sync units": [],
    "sync received": [],
    "sync send": ["summary"],
    "sync push": [],
    "sync pull": [],
    "sync online-status": [],
    "unit init": ["--code", "CD-MOI", "--name", "Chi đoàn mới", "--kind", "chi-doan"],
    "unit show": [],
    "unit join": ["{tmp}/thu-moi.json"],
    "unit settings": ["--set", "cd32_meetings_per_year", "9"],
    "user add": ["moi", "--role", "admin", "--new-password", "MoiMoi#2026abc"],
    "user list": [],
    "user passwd": [ADMIN, "--new-password", "KhacKhac#2026abc"],
    "user role": [VIEWER, "admin"],
    "user disable": [ADMIN],
    "user enable": [VIEWER],
    "user recovery-code": [],
    "user recover": [ADMIN, "--code", "AAAAA-BBBBB-CCCCC-DDDDD", "--new-password", "KhacKhac#2026abc"],
    "user settings": ["--set", "login_mode", "off"],
    "volunteer add": ["--name", "Ngày chủ nhật xanh", "--kind", "hoat_dong"],
    "volunteer edit": ["1", "--name", "Đổi tên"],
    "volunteer summary": [],
    "volunteer list": [],
    "volunteer show": ["1"],
    "volunteer member": ["1"],
    "volunteer delete": ["1"],
    "volunteer restore": ["1"],
    "volunteer attach": ["1", "{tmp}/anh.jpg"],
    "volunteer import-attendance": ["{tmp}/khong-co.xlsx"],
    "volunteer template": ["{tmp}/mau-tn.xlsx"],
}


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield " ".join(path)
        return
    for name, sub in subs[0].choices.items():
        yield from _leaves(sub, path + (name,))


def test_the_table_names_every_subcommand():
    from desktop.cli import build_parser

    assert set(_leaves(build_parser())) == set(TABLE)


def test_every_row_of_the_table_is_a_command_line_the_parser_accepts():
    """A row the parser refuses would test nothing but argparse."""
    import contextlib
    import io

    from desktop.cli import build_parser

    parser = build_parser()
    values = {"tmp": "/tmp", "data_json": "d.json", "members_xlsx": "d.xlsx", "backup": "b.zip", "unit": "CD"}
    refused = []
    for name in TABLE:
        if name == "hub serve":
            continue
        try:
            with contextlib.redirect_stderr(io.StringIO()):
                parser.parse_args(name.split() + [a.format(**values) for a in TABLE[name]])
        except SystemExit:
            refused.append(name)
    assert refused == []


@pytest.fixture(scope="module")
def sound(tmp_path_factory):
    root = tmp_path_factory.mktemp("roles") / "data"
    out = root.parent / "files"
    out.mkdir()
    assert run_cli("demo", "--profile", "branch", "--seed", "5", data_dir=root)[0] == 0
    code, _, err = run_cli("user", "add", ADMIN, "--role", "admin", "--new-password", ADMIN_PW, data_dir=root)
    assert code == 0, err
    code, _, err = run_cli(
        "--user",
        ADMIN,
        "--password",
        ADMIN_PW,
        "user",
        "add",
        VIEWER,
        "--role",
        "viewer",
        "--new-password",
        VIEWER_PW,
        data_dir=root,
    )
    assert code == 0, err
    admin = ("--user", ADMIN, "--password", ADMIN_PW)
    assert run_cli(*admin, "backup", data_dir=root)[0] == 0
    assert run_cli(*admin, "data", "export", "--out", str(out / "du-lieu.json"), data_dir=root)[0] == 0
    assert run_cli(*admin, "members", "export", str(out / "ds.xlsx"), data_dir=root)[0] == 0
    unit = sqlite3.connect(root / "sothidua.db").execute("SELECT code FROM units WHERE is_self = 1").fetchone()[0]
    return {
        "root": root,
        "data_json": out / "du-lieu.json",
        "members_xlsx": out / "ds.xlsx",
        "backup": next((root / "backups").glob("*.zip")),
        "unit": unit,
    }


def _state(root: Path) -> dict:
    """Everything a command could change, except the login bookkeeping and the logs folder."""
    con = sqlite3.connect(root / "sothidua.db")
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows = [line for line in con.iterdump() if not line.startswith('INSERT INTO "users"')]
        users = list(con.execute("SELECT username, role, active, password_hash FROM users ORDER BY 1"))
    finally:
        con.close()
    files = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.is_file() and not rel.startswith("logs/") and not rel.startswith("sothidua.db"):
            files[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return {"rows": rows, "users": users, "files": files}


@pytest.fixture
def data(sound, tmp_path):
    root = tmp_path / "data"
    shutil.copytree(sound["root"], root)
    (tmp_path / "anh.jpg").write_bytes(b"\xff\xd8anh")
    return root


def _argv(name: str, sound: dict, tmp: Path) -> list[str]:
    values = {
        "tmp": str(tmp),
        "data_json": str(sound["data_json"]),
        "members_xlsx": str(sound["members_xlsx"]),
        "backup": str(sound["backup"]),
        "unit": sound["unit"],
    }
    return name.split() + [a.format(**values) for a in TABLE[name]]


@pytest.mark.parametrize("name", sorted(TABLE))
def test_a_viewer_changes_nothing_through_any_command(name, sound, data, tmp_path):
    before = _state(data)
    code, out, err = run_cli("--user", VIEWER, "--password", VIEWER_PW, *_argv(name, sound, tmp_path), data_dir=data)
    assert "Traceback" not in err
    assert _state(data) == before, f"{name}: a viewer changed the data ({err.strip()[:300]})"


@pytest.mark.parametrize("name", sorted(TABLE))
def test_a_signed_out_user_changes_nothing_through_any_command(name, sound, data, tmp_path):
    before = _state(data)
    code, out, err = run_cli(*_argv(name, sound, tmp_path), data_dir=data)
    assert "Traceback" not in err
    assert _state(data) == before, f"{name}: a signed-out user changed the data ({err.strip()[:300]})"


def test_the_reported_wipe_is_refused(sound, data):
    """`--user <viewer> demo --profile branch --force` set the live database aside and opened a
    new one with no accounts; `user add x --role admin` then worked without logging in."""
    code, out, err = run_cli(
        "--user", VIEWER, "--password", VIEWER_PW, "demo", "--profile", "branch", "--force", data_dir=data
    )
    assert code == 2 and "không có quyền" in err and "Bí thư" in err
    assert not list((data / "backups").glob("truoc-du-lieu-mau-*"))
    code, out, err = run_cli("user", "add", "x", "--role", "admin", "--new-password", "XxXx#2026abcd", data_dir=data)
    assert code == 2 and "đăng nhập" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["user", "add", "moi", "--role", "admin", "--new-password", "MoiMoi#2026abc"],
        ["user", "role", ADMIN, "viewer"],
        ["user", "settings", "--set", "login_mode", "off"],
        ["user", "recovery-code"],
        ["demo", "--profile", "branch", "--force"],
        ["restore", "{backup}"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_with_one_account_and_no_login_the_administrators_actions_ask_for_the_password(argv, sound, data, tmp_path):
    """One administrator, login not required (everyday work without a password): what only an
    administrator may do still needs that administrator's password."""
    con = sqlite3.connect(data / "sothidua.db")
    con.execute("DELETE FROM users WHERE username = ?", (VIEWER,))
    con.execute("""UPDATE settings SET value_json = '"auto"' WHERE scope = '' AND key = 'safety.login_mode'""")
    con.commit()
    con.close()
    before = _state(data)
    argv = [a.format(backup=sound["backup"]) for a in argv]
    code, out, err = run_cli(*argv, data_dir=data)
    assert code == 2 and "hãy đăng nhập bằng tài khoản quản trị" in err, err
    assert _state(data) == before
    code, out, err = run_cli("unit", "settings", "--set", "cd32_meetings_per_year", "9", data_dir=data)
    assert code == 0, err  # everyday work still needs no password


def test_a_restore_preview_of_sound_data_needs_the_login_like_any_reading(sound, data):
    code, out, err = run_cli("restore", str(sound["backup"]), "--dry-run", data_dir=data)
    assert code == 2 and "yêu cầu đăng nhập" in err and "Số liệu" not in out
    code, out, err = run_cli(
        "--user", VIEWER, "--password", VIEWER_PW, "restore", str(sound["backup"]), "--dry-run", data_dir=data
    )
    assert code == 0 and "Số liệu (hiện tại → sau khi khôi phục)" in out and "không ghi gì" in out
