"""Keyboard use (issue 11 item 3): on every main page and dialog, every visible, enabled input is
reachable with Tab, and Tab moves in the order the eye reads — top to bottom, then left to right.

The rule, on the window's focus chain (``QWidget.nextInFocusChain()``, the chain Tab follows):

* a *tab stop* is a visible, enabled widget that accepts Tab focus (``Qt.TabFocus``) and does not
  hand its focus to another widget; an *input* is a line edit, combo box, spin/date edit, check
  box, button, table or text box that the user can see and use. Every input must be a tab stop
  (an exclusive group of radio buttons needs one: Tab enters a group once, arrows move inside);
* from one tab stop to the next (geometry mapped to the window), Tab must never go *back up in
  the same column* (the next one starts more than ``TOL`` px above the previous one's top and does
  not lie to its right — a jump up to the next column is the normal way a second column starts)
  nor *left on the same line* (rows overlapping vertically, the next one more than ``TOL`` px to
  the left);
* a read-only table must let Tab leave it (``tabKeyNavigation`` off: Tab through 5,000 cells is a
  trap; the arrows move between rows) and a multi-line text box in a form passes Tab on
  (``tabChangesFocus``).
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.domain.members import Member

TOL = 8
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView, QTextEdit, QPlainTextEdit)
NAMES = ["Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Thị Lan", "Phạm Minh Đức", "Hoàng Thu Trang"]


def _inside(w: QWidget, container: QWidget) -> bool:
    return w is container or container.isAncestorOf(w)


def _is_internal(w: QWidget) -> bool:
    """Parts of a composite widget (a spin box's or combo's line edit, a table's corner button,
    the scroll bars' buttons, a tab widget's bar): they are reached through their owner."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, (QAbstractSpinBox, QComboBox)):
            return True
        if isinstance(p, QAbstractItemView) and w is not p:
            return True
        p = p.parentWidget()
    return isinstance(w, QTabBar) or w.metaObject().className() in ("QScrollBar", "QTabBar")


def _shown(w: QWidget, top: QWidget) -> bool:
    # Scrolled out of a scroll area's viewport still counts: Tab scrolls to it.
    return w.isVisibleTo(top) and w.isEnabled() and w.width() > 0 and w.height() > 0


def inputs_of(container: QWidget, top: QWidget) -> list[QWidget]:
    out = []
    for w in container.findChildren(QWidget):
        if not isinstance(w, INPUTS) or _is_internal(w) or not _shown(w, top):
            continue
        if isinstance(w, QRadioButton) and w.autoExclusive():
            # Tab enters an exclusive group once (Qt takes Tab focus from the other buttons of
            # the group; the arrows move inside it): the group's first button stands for it.
            group = [
                r
                for r in w.parentWidget().findChildren(QRadioButton, options=Qt.FindDirectChildrenOnly)
                if r.autoExclusive() and _shown(r, top)
            ]
            if group and w is not group[0]:
                continue
            if any(_is_tab_stop(r, top) for r in group):
                continue
        if isinstance(w, QLineEdit) and w.isReadOnly() and not w.text():
            continue
        if w.metaObject().className() == "QToolBarExtension":
            continue
        out.append(w)
    return out


def _is_tab_stop(w: QWidget, top: QWidget) -> bool:
    return bool(w.focusPolicy() & Qt.TabFocus) and w.focusProxy() is None and _shown(w, top)


def tab_chain(container: QWidget, top: QWidget) -> list[QWidget]:
    """The tab stops inside ``container`` in the order Tab visits them."""
    out = []
    w = top.nextInFocusChain()
    for _ in range(50_000):  # the chain is a ring through every widget of the window
        if w is top:
            break
        if _inside(w, container) and w is not container and _is_tab_stop(w, top) and not _is_internal(w):
            out.append(w)
        w = w.nextInFocusChain()
    return out


def _rect(w: QWidget, top: QWidget) -> QRect:
    return QRect(w.mapTo(top, QPoint(0, 0)), w.size())


def _name(w: QWidget) -> str:
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{w.metaObject().className()}({w.objectName() or text[:30]!r})"


def order_problems(chain: list[QWidget], top: QWidget) -> list[str]:
    out = []
    for a, b in pairwise(chain):
        ra, rb = _rect(a, top), _rect(b, top)
        same_line = rb.top() < ra.bottom() - TOL and ra.top() < rb.bottom() - TOL
        if same_line:
            if rb.left() < ra.left() - TOL:
                out.append(f"{_name(a)} → {_name(b)}: Tab goes left on the same line")
        elif rb.top() < ra.top() - TOL and rb.left() < ra.right() - TOL:
            out.append(f"{_name(a)} → {_name(b)}: Tab goes back up ({ra.top()} → {rb.top()})")
    return out


def audit(container: QWidget, top: QWidget | None = None) -> list[str]:
    top = top or container.window()
    QApplication.processEvents()
    chain = tab_chain(container, top)
    stops = {id(w) for w in chain}
    problems = [f"{_name(w)} cannot be reached with Tab" for w in inputs_of(container, top) if id(w) not in stops]
    problems += order_problems(chain, top)
    for w in inputs_of(container, top):
        if (
            isinstance(w, QAbstractItemView)
            and w.editTriggers() == QAbstractItemView.NoEditTriggers
            and w.tabKeyNavigation()
        ):
            problems.append(f"{_name(w)}: Tab is trapped in the read-only table (tabKeyNavigation)")
        if isinstance(w, (QTextEdit, QPlainTextEdit)) and not w.isReadOnly() and not w.tabChangesFocus():
            problems.append(f"{_name(w)}: Tab types a tab character instead of moving on")
    return problems


# ------------------------------------------------------------------------------------ fixtures


@pytest.fixture
def filled(window):
    from desktop.services.membership.members import add_member

    for n in NAMES:
        add_member(window.env.ctx, "CD-TDP3", Member(None, "CD-TDP3", n), entry_date=date(2025, 1, 10))
    from desktop.services.changes import Changes

    window.env.bus.emit(Changes.of("members"))
    return window


def _pages(window):
    for row in range(window.nav.count()):
        key = window.nav.item(row).data(Qt.UserRole)
        window.show_page(key)
        QApplication.processEvents()
        yield key, window.pages[key]


def _audit_pages(window) -> dict[str, list[str]]:
    """{page key: problems} for every page of ``window`` that has any."""
    found = {}
    for key, page in _pages(window):
        problems = audit(page, window)
        if problems:
            found[key] = problems
    return found


def _report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in found.items())


# ------------------------------------------------------------------------------------ tests


def test_the_rule_finds_a_backwards_tab_and_an_unreachable_button(qtbot):
    from PySide6.QtWidgets import QFormLayout, QPushButton

    w = QWidget()
    qtbot.addWidget(w)
    form = QFormLayout(w)
    second = QLineEdit(w)  # made first: Tab starts at the lower field, then goes back up
    first = QLineEdit(w)
    silent = QPushButton("Lưu")
    silent.setFocusPolicy(Qt.NoFocus)
    form.addRow("Họ và tên", first)
    form.addRow("Ngày sinh", second)
    form.addRow(silent)
    w.show()
    problems = audit(w, w)
    assert any("goes back up" in p for p in problems)
    assert any("Lưu" in p and "cannot be reached" in p for p in problems)


def test_every_branch_page_is_in_tab_order(filled):
    found = _audit_pages(filled)
    assert found == {}, _report(found)


def test_every_doan_co_so_page_is_in_tab_order(qtbot, env):
    from desktop.domain.units import BranchType, Unit, UnitKind
    from desktop.services.units import save_self_unit, save_unit
    from desktop.ui.main_window import MainWindow

    save_self_unit(env.ctx, Unit(code="DCS-LECHAN", name="Đoàn phường Lê Chân", kind=UnitKind.DOAN_CO_SO))
    for i in range(1, 3):
        save_unit(
            env.ctx,
            Unit(
                code=f"CD-TDP{i}",
                name=f"Chi đoàn Tổ dân phố số {i}",
                kind=UnitKind.CHI_DOAN,
                branch_type=BranchType.DAN_CU,
                parent_code="DCS-LECHAN",
            ),
        )
    w = MainWindow(env)
    qtbot.addWidget(w)
    w.show()
    found = _audit_pages(w)
    assert found == {}, _report(found)


def test_every_commune_committee_page_is_in_tab_order(qtbot, env):
    from desktop.domain.units import Unit, UnitKind
    from desktop.services.units import save_self_unit
    from desktop.ui.main_window import MainWindow

    save_self_unit(env.ctx, Unit(code="DU-LECHAN", name="Đảng ủy phường Lê Chân", kind=UnitKind.DANG_UY_XA))
    w = MainWindow(env)
    qtbot.addWidget(w)
    w.show()
    found = _audit_pages(w)
    assert len(w.pages) >= 8
    assert found == {}, _report(found)


def _dialogs(window, tmp_path):
    from desktop.domain.periods import Period
    from desktop.services.membership.members import members_on
    from desktop.ui.cycle_judgement_dialog import JudgementDialog
    from desktop.ui.cycle_log_dialog import LogDialog
    from desktop.ui.members_dialog import MemberDialog
    from desktop.ui.volunteer_activity_dialog import ActivityDialog
    from desktop.ui.volunteer_import_dialog import AttendanceImportDialog

    env = window.env
    member = members_on(env.ctx, "CD-TDP3", date(2026, 11, 21))[0]
    period = Period.parse("2026")
    yield "member (new)", MemberDialog(env, "CD-TDP3", parent=window)
    yield "member (edit)", MemberDialog(env, "CD-TDP3", member, parent=window)
    yield "volunteer activity", ActivityDialog(env, "CD-TDP3", period, parent=window)
    yield "attendance import", AttendanceImportDialog(env, "CD-TDP3", period, parent=window)
    from desktop.domain.logs import LOG_KINDS

    for kind in LOG_KINDS:
        yield f"log {kind}", LogDialog(env, "CD-TDP3", kind, parent=window)
    yield "judgement", JudgementDialog(env, "CD-TDP3", "2026", "CD-3.1", "Xây dựng Chi đoàn đoàn kết", parent=window)
    from desktop.ui.members_import import ImportDialog
    from tests.unit.test_members_excel import messy_workbook

    yield "members import", ImportDialog(env, "CD-TDP3", str(messy_workbook(tmp_path / "ds.xlsx")), parent=window)
    from desktop.ui.help import HelpDialog
    from desktop.ui.members_bulk import BulkFlagsDialog, GroupsDialog

    yield "bulk flags", BulkFlagsDialog(env, [member.id], parent=window)
    yield "groups", GroupsDialog(env, "CD-TDP3", [member.id], parent=window)
    yield "help", HelpDialog(env, "CD-3.6", window)


def _dispose(dlg) -> None:
    """Close and delete now: a dialog left for Python's garbage collector is destroyed later,
    while hidden by its destructor, which crashes the offscreen platform (QCursor::pos)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    dlg.close()
    dlg.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_every_main_dialog_is_in_tab_order(filled, qtbot, tmp_path):
    found = {}
    for name, dlg in _dialogs(filled, tmp_path):
        dlg.show()
        QApplication.processEvents()
        problems = audit(dlg, dlg)
        if problems:
            found[name] = problems
        _dispose(dlg)
    assert found == {}, _report(found)


def test_recognition_dialogs_are_in_tab_order(filled, qtbot, monkeypatch):
    from desktop.ui import recognition_dialogs as dialogs

    found = {}
    seen = []

    def capture(dlg):
        dlg.show()
        QApplication.processEvents()
        problems = audit(dlg, dlg)
        seen.append(type(dlg).__name__)
        if problems:
            found[type(dlg).__name__] = problems
        _dispose(dlg)  # not left for the garbage collector (see _dispose)
        return dialogs.QDialog.Rejected

    for cls in (dialogs.SelfAssessmentDialog, dialogs.VoteDialog, dialogs.DecisionDialog):
        monkeypatch.setattr(cls, "exec", capture)
    filled.show_page("recognition")
    page = filled.pages["recognition"]
    QApplication.processEvents()
    for name in ("assess_btn", "vote_btn", "decide_btn"):
        btn = getattr(page, name, None)
        if btn is not None and btn.isEnabled():
            if name == "assess_btn" and hasattr(page, "table"):
                page.table.selectRow(0)
            btn.click()
    assert {"SelfAssessmentDialog", "VoteDialog"} <= set(seen), seen
    dlg = dialogs.DecisionDialog(
        today=date(2026, 11, 21),
        issuer="Đoàn phường Lê Chân",
        branches=[("CD-TDP3", "Chi đoàn Tổ dân phố số 3", True, "")],
        members=[(1, "Nguyễn Thị Hoa", True, ""), (2, "Trần Văn Nam", False, "Đoàn cơ sở chưa thẩm định")],
        issuer_editable=True,
        parent=filled,
    )
    dlg.member_list.item(1).setCheckState(Qt.Checked)  # an exception: the reason field shows
    dialogs.QDialog.show(dlg)
    QApplication.processEvents()
    problems = audit(dlg, dlg)
    if problems:
        found["DecisionDialog"] = problems
    _dispose(dlg)
    assert found == {}, _report(found)


def test_every_wizard_page_is_in_tab_order(qtbot, env):
    from desktop.ui.wizard import FirstRunWizard

    wiz = FirstRunWizard(env.ctx, runner=env.runner, translator=env.translator)
    qtbot.addWidget(wiz)
    wiz.show()
    found = {}
    for choice in ("create", "restore", "import_"):
        wiz.restart()
        getattr(wiz.welcome, choice).setChecked(True)
        for page in (wiz.welcome, None):
            if page is None:
                wiz.next()
                page = wiz.currentPage()
            problems = audit(page, wiz)
            if problems:
                found[f"{choice}: {page.title()}"] = problems
    assert found == {}, _report(found)


@pytest.fixture(autouse=True)
def _gc_after():
    yield
    import gc

    print("GC after test", flush=True)
    gc.collect()
    print("GC ok", flush=True)
