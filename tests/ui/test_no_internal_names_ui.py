"""Every page of the branch, Đoàn cơ sở and commune windows, the first-run wizard and the main
dialogs, read as a person reads them (labels, buttons, tables, tooltips, help), name nothing
internal (issue 19 item 3): no setting key, field name, source file, "system", command or format
hint (the patterns: tests/internal_names.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.internal_names import offences
from tests.reports import seed

pytest_plugins = ["tests.unit.conftest_commune"]
MAX_ROWS = 60


def _count(f) -> int:
    try:
        return f()
    except TypeError:  # list models want the parent; a QListView's model is one column
        try:
            return f(QModelIndex())
        except TypeError:
            return 1


def screen_texts(root: QWidget) -> list[str]:
    """What a person can read on ``root`` and its visible children."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        out.append(w.toolTip())
        if isinstance(w, QLabel) or isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(min(w.count(), MAX_ROWS))]
        elif isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            out.append(w.toPlainText())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            cols = _count(m.columnCount)
            out += [str(m.headerData(c, Qt.Horizontal) or "") for c in range(cols)]
            for r in range(min(_count(m.rowCount), MAX_ROWS)):
                for c in range(cols):
                    for role in (Qt.DisplayRole, Qt.ToolTipRole):
                        v = m.index(r, c).data(role)
                        if isinstance(v, str):
                            out.append(v)
    return [t for t in out if t]


def _problems(root, where: str, found: dict) -> None:
    bad = sorted({o for t in screen_texts(root) for o in offences(t)})
    if bad:
        found[where] = bad


def _sweep_window(window, found: dict, label: str) -> None:
    window.resize(1366, 698)
    for row in range(window.nav.count()):
        key = window.nav.item(row).data(Qt.UserRole)
        window.show_page(key)
        QApplication.processEvents()
        page = window.pages[key]
        # what a click on each table row shows (history details, previews): the first row selected
        for view in page.findChildren(QAbstractItemView):
            if view.isVisibleTo(page) and view.model() is not None and view.model().rowCount():
                view.setCurrentIndex(view.model().index(0, 0))
        QApplication.processEvents()
        _problems(page, f"{label}/{key}", found)


@pytest.fixture
def seeded_env(qapp, tmp_path_factory):
    """The Đoàn cơ sở of tests/reports/seed.py with a year of data, as the app opens it."""
    from desktop.app import build_env
    from desktop.services.context import open_context

    d = tmp_path_factory.mktemp("seeded") / "data"
    ctx = open_context(d, actor="system")
    ctx.today = lambda: seed.TODAY
    seed.seed(ctx)
    e = build_env(ctx, qapp, synchronous=True)
    yield e
    e.translator.set_language("vi")
    ctx.close()


def test_the_doan_co_so_window_names_nothing_internal(qtbot, seeded_env):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(seeded_env)
    qtbot.addWidget(w)
    w.show()
    found: dict = {}
    _sweep_window(w, found, "doan-co-so")
    assert w.nav.count() >= 10
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_branch_window_and_its_dialogs_name_nothing_internal(qtbot, window):
    from desktop.domain.logs import LogEntry
    from desktop.domain.members import Member
    from desktop.domain.periods import Period
    from desktop.services.changes import Changes
    from desktop.services.year.cycle import add_log
    from desktop.services.membership.members import add_member, update_member

    ctx = window.env.ctx
    ids, made = [], []
    for n in ("Nguyễn Thị Hoa", "Dương Văn An", "Đặng Quang Huy"):
        _, m = add_member(
            ctx, "CD-TDP3", Member(None, "CD-TDP3", n, date_of_birth=date(1999, 5, 2)), entry_date=date(2025, 1, 10)
        )
        ids.append(m.id)
        made.append(m)
    update_member(ctx, replace(made[0], ebook_issued=True, dob_year_only=True))
    add_log(
        ctx,
        LogEntry(
            None,
            "CD-TDP3",
            "thematic_session",
            date(2026, 2, 20),
            "Học tập Nghị quyết",
            category="chinh-tri-tu-tuong",
            participants=frozenset(ids),
        ),
    )
    window.env.bus.emit(Changes.of("members", "cycle"))
    found: dict = {}
    _sweep_window(window, found, "chi-doan")

    from desktop.services.year.recognition import member_board
    from desktop.ui.cycle_judgement_dialog import JudgementDialog
    from desktop.ui.cycle_log_dialog import LogDialog
    from desktop.ui.self_assessment_grid import SelfAssessmentGrid
    from desktop.ui.help import HelpDialog
    from desktop.ui.members_bulk import BulkFlagsDialog
    from desktop.ui.members_dialog import MemberDialog
    from desktop.ui.volunteer_activity_dialog import ActivityDialog

    p = Period("2026", date(2026, 1, 1), date(2026, 12, 31))
    dialogs = {
        "member": lambda: MemberDialog(window.env, "CD-TDP3", None, parent=window),
        "bulk": lambda: BulkFlagsDialog(window.env, ids, parent=window),
        "log": lambda: LogDialog(window.env, "CD-TDP3", "thematic_session", parent=window),
        "activity": lambda: ActivityDialog(window.env, "CD-TDP3", p, parent=window),
        "help CD-3.2": lambda: HelpDialog(window.env, "CD-3.2", parent=window),
        "help CD-3.3": lambda: HelpDialog(window.env, "CD-3.3", parent=window),
        "judgement": lambda: JudgementDialog(window.env, "CD-TDP3", "2026", "CD-1.3", "CD-1.3", parent=window),
        "self-assessment grid": lambda: SelfAssessmentGrid(
            window.env, member_board(ctx, "CD-TDP3", "2026"), "vi", parent=window
        ),
    }
    for name, make in dialogs.items():
        d = make()
        d.show()
        QApplication.processEvents()
        _problems(d, f"dialog {name}", found)
        d.close()
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_commune_window_names_nothing_internal(qtbot, env, commune_unit):
    from desktop.services.commune_party import commune_import
    from desktop.services.units import save_self_unit
    from desktop.ui.main_window import MainWindow
    from tests.unit.conftest_commune import year_records

    save_self_unit(env.ctx, commune_unit)
    commune_import.import_records(env.ctx, year_records())
    w = MainWindow(env)
    qtbot.addWidget(w)
    w.show()
    found: dict = {}
    _sweep_window(w, found, "commune")
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_first_run_wizard_names_nothing_internal(qtbot, ctx):
    from desktop.ui.wizard import FirstRunWizard

    wiz = FirstRunWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    found: dict = {}
    for pid in wiz.pageIds():
        page = wiz.page(pid)
        page.show()
        _problems(page, f"wizard page {pid}", found)
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_automatic_backup_says_when_not_which_file(qtbot, window, monkeypatch):
    # The status bar said "Đã tự động sao lưu: sothidua-20261208-003141-auto.zip".
    from pathlib import Path
    from types import SimpleNamespace

    from desktop.ui import safety as safety_ui

    wiring = safety_ui.SafetyWiring(window, window.env)
    info = SimpleNamespace(path=Path("/x/sothidua-20261208-003141-auto.zip"))
    monkeypatch.setattr(safety_ui.backup, "auto_backup_if_due", lambda ctx: info)
    wiring.auto_backup()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=10000)
    msg = window.statusBar().currentMessage()
    assert msg.startswith("Đã tự động sao lưu lúc ") and "(xem trang Sao lưu)" in msg, msg
    assert ".zip" not in msg and "auto" not in msg
