"""Start-up with the window first (issue 13): the main window is shown before the database stack
is loaded and becomes the real window once the data is open (desktop/app.py, db/peek.py)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------------------ db.peek


def test_peek_reads_the_unit_and_the_language_without_sqlalchemy(branch_ctx):
    from db.peek import peek
    from desktop.services.units import set_app_setting

    set_app_setting(branch_ctx, "language", "en")
    seen = peek(branch_ctx.data.database)
    assert seen is not None
    assert (seen.code, seen.name, seen.kind) == ("CD-TDP3", "Chi đoàn Tổ dân phố số 3", "chi-doan")
    assert seen.language == "en" and seen.private is False
    code = "import sys; from db.peek import peek; peek(sys.argv[1]); print('sqlalchemy' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code, str(branch_ctx.data.database)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"


def test_peek_leaves_the_first_run_upgrades_and_restores_to_the_classic_start(ctx, branch_unit, tmp_path):
    from db.peek import peek
    from desktop.services.units import save_self_unit

    db = ctx.data.database
    assert peek(tmp_path / "nothing.db") is None  # first run: the wizard
    assert peek(db) is None  # a database without its unit yet: the wizard
    save_self_unit(ctx, branch_unit)
    assert peek(db) is not None
    (db.parent / "restore-pending.json").write_text("{}")
    assert peek(db) is None  # an interrupted restore is finished first, the classic way
    (db.parent / "restore-pending.json").unlink()
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0009'")
    con.close()
    assert peek(db) is None  # an older schema: backup + upgrade, as before
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    assert peek(db) is None  # a newer one: refused, as before
    db.write_bytes(b"not a database at all" * 100)
    assert peek(db) is None


def test_peek_marks_an_installation_with_accounts_private(branch_ctx):
    from db.peek import peek
    from desktop.services.safety import auth
    from desktop.domain.access import Role

    auth.add_user(branch_ctx, "bithu", "mật-khẩu-dài-2026", Role.ADMIN, "Nguyễn Thị Hoa")
    assert peek(branch_ctx.data.database).private is True


# ------------------------------------------------------------------------------ the shell


@pytest.fixture
def shell(qtbot, branch_env, branch_unit):
    from desktop.ui.main_window import MainWindow

    w = MainWindow.shell(branch_unit, language="vi")
    qtbot.addWidget(w)
    w.show()
    return w


def _titles(w) -> list[str]:
    return [w.nav.item(i).text() for i in range(w.nav.count())]


def test_the_shell_shows_navigation_unit_and_a_loading_home_without_the_data(shell, branch_env, qtbot):
    from desktop.ui.main_window import MainWindow

    assert shell.is_loading and shell.pages == {}
    assert shell.header.text() == "Chi đoàn Tổ dân phố số 3  ·  Chi đoàn  ·  CD-TDP3"
    assert shell.loading.title.text() == "Tổng quan"
    assert shell.loading.text.text() == "Đang mở dữ liệu…"
    assert shell.statusBar().currentMessage() == "Đang mở dữ liệu…"
    real = MainWindow(branch_env)  # the same navigation as the window built from the data
    qtbot.addWidget(real)
    assert _titles(shell) == _titles(real)
    assert shell.current_key() == "home"


def test_a_page_chosen_while_loading_opens_once_the_data_is_there(shell, branch_env):
    row = next(i for i in range(shell.nav.count()) if shell.nav.item(i).data(Qt.UserRole) == "volunteer")
    shell.nav.setCurrentRow(row)  # the user clicks "Ngày tình nguyện" during the loading
    assert shell.loading.title.text() == "Ngày tình nguyện"
    assert shell.pages == {}  # nothing built yet
    shell.attach(branch_env)
    assert not shell.is_loading and shell.loading is None
    assert shell.current_key() == "volunteer"
    assert shell.stack.currentWidget() is shell.pages["volunteer"]
    assert shell.statusBar().currentMessage() == ""
    assert "home" not in shell.pages  # only what the user asked for was built


def test_attach_shows_the_home_page_with_the_figures_read_while_opening(shell, branch_env):
    from desktop.services.reporting import home

    data = home.home_data(branch_env.ctx, charts=False)
    shell.attach(branch_env, prefetched={"home": data})
    page = shell.pages["home"]
    assert shell.stack.currentWidget() is page
    assert page.is_loaded and page.data is data
    assert page.title.text().startswith("Tổng quan — kỳ")
    assert page.card_members.isVisibleTo(shell)


def test_no_unit_data_is_shown_before_a_login(qtbot, branch_env, branch_unit):
    from desktop.ui.main_window import MainWindow

    w = MainWindow.shell(branch_unit, private=True)
    qtbot.addWidget(w)
    assert w.header.text() == ""
    w.attach(branch_env)  # after the login
    assert "Chi đoàn Tổ dân phố số 3" in w.header.text()


def test_the_home_page_says_it_is_opening_until_its_figures_arrive(qtbot, branch_env):
    """The home page reads its figures on the task runner: until they arrive it says so."""
    from desktop.ui.main_window import MainWindow

    class LaterRunner:
        def __init__(self):
            self.jobs = []

        def run(self, fn, *, on_done=None, on_error=None, **kw):
            self.jobs.append((fn, on_done))

    branch_env.runner = LaterRunner()
    w = MainWindow(branch_env)
    qtbot.addWidget(w)
    page = w.pages["home"]
    assert page.period.text() == "Đang mở dữ liệu…"
    assert not page.is_loaded and not page.card_members.isVisibleTo(w)
    fn, on_done = branch_env.runner.jobs.pop(0)
    with qtbot.waitSignal(page.loaded, timeout=1000):
        on_done(fn())
    assert page.title.text().startswith("Tổng quan — kỳ")
    assert page.period.text().startswith("Kỳ đánh giá:")


def test_navigation_selection_keeps_the_icon_visible(window):
    """The selected item has a light highlight (the blue icons were lost on the dark blue one)."""
    from desktop.ui.main_window import NAV_STYLE

    assert window.nav.styleSheet() == NAV_STYLE
    assert "QListWidget::item:selected { background: #d6e6f8;" in NAV_STYLE


# ------------------------------------------------------------------------------ follow-ups


class _Opened:
    def __init__(self, data_dir, *, ctx=None, error=None, login_required=False):
        import threading

        self.data_dir, self.ctx, self.error, self.login_required = data_dir, ctx, error, login_required
        self.home, self.language = None, None
        self.thread = threading.Thread(target=lambda: None)
        self.thread.start()


def test_an_error_while_opening_is_shown_and_the_app_leaves_with_code_3(shell, qapp, monkeypatch, branch_env):
    import desktop.app as app_mod
    from db.schema import DatabaseUnreadable
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    opened = _Opened(branch_env.ctx.data.root, error=DatabaseUnreadable(Path("sothidua.db"), "ổ đĩa lỗi"))
    assert app_mod._follow_up(qapp, shell, opened, {"env": None}) == 3
    assert shown and "ổ đĩa lỗi" in shown[0]
    assert not shell.isVisible()


def test_a_refused_login_leaves_with_code_0_before_any_page(shell, qapp, monkeypatch, branch_env):
    import desktop.app as app_mod
    from desktop.ui import safety

    monkeypatch.setattr(safety, "login", lambda env, parent=None: False)
    outcome = {"env": None}
    opened = _Opened(branch_env.ctx.data.root, ctx=branch_env.ctx, login_required=True)
    assert app_mod._follow_up(qapp, shell, opened, outcome) == 0
    assert outcome["env"] is None and shell.pages == {} and shell.is_loading


def test_after_the_login_the_real_pages_come(shell, qapp, monkeypatch, branch_env):
    import desktop.app as app_mod
    from desktop.ui import safety

    monkeypatch.setattr(app_mod, "freeze_start_up_objects", lambda: None)  # not in the test process
    real_build_env = app_mod.build_env
    monkeypatch.setattr(
        app_mod,
        "build_env",
        lambda ctx, app, language=None: real_build_env(ctx, app, synchronous=True, language=language),
    )  # the tests' inline task runner
    asked = []
    monkeypatch.setattr(safety, "login", lambda env, parent=None: asked.append(parent) or True)
    outcome = {"env": None}
    opened = _Opened(branch_env.ctx.data.root, ctx=branch_env.ctx, login_required=True)
    assert app_mod._follow_up(qapp, shell, opened, outcome) is None
    assert asked == [shell]  # the login dialog over the shell
    assert outcome["env"] is not None and not shell.is_loading
    assert shell.findChild(safety.SafetyBanner) is not None  # read-only banner etc. installed
    assert shell.pages["home"].is_loaded


# ------------------------------------------------------------------------------ the whole process


def _run_app(data_dir: Path, mode: str, **extra) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOTHIDUA_EXIT_WHEN_IDLE=mode, SOTHIDUA_TRACE_START="1", **extra)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_real_app_shows_the_shell_then_the_home_data(branch_ctx):
    from desktop.services.reporting import home

    home.home_data(branch_ctx, charts=False)
    root = branch_ctx.data.root
    branch_ctx.close()
    done = _run_app(root, "1")
    assert done.returncode == 0, done.stderr
    steps = [line.split(": ", 1)[1] for line in done.stderr.splitlines() if line.startswith("[start]")]
    assert steps.index("gui: shell shown") < steps.index("gui: data ready") < steps.index("gui: attached")
    assert steps[-1] == "idle: exit"
    shell = _run_app(root, "shell")
    assert shell.returncode == 0, shell.stderr
    assert "data ready" not in shell.stderr  # left with the shell, before the data was open
