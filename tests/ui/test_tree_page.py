"""A Thành đoàn opens "Đơn vị trực thuộc" (issue 23): its Đoàn cơ sở with their totals, a
double-click opens one of them (its branches), "Lên một cấp" comes back, and the reports tab shows
who sent on time, late or not at all, with the rates."""

from __future__ import annotations

import pytest

from tests.sync.conftest_dashboard import TDP5, TDP9
from tests.sync.conftest_sync import BRANCH, DCS
from tests.sync.test_tree import SIB, city  # noqa: F401 - the fixture


@pytest.fixture
def upper_env(qapp, city):  # noqa: F811
    from desktop.app import build_env

    return build_env(city["upper"], qapp, synchronous=True, language="vi")


def _cells(model, col: int) -> dict[str, str]:
    return {model.row(i).code: model.index(i, col).data() for i in range(model.rowCount())}


def test_the_thanh_doan_drills_down_and_sees_who_reported_late(qtbot, upper_env):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pages.tree import TreePage

    w = MainWindow(upper_env)
    qtbot.addWidget(w)
    titles = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert "Đơn vị trực thuộc" in titles

    page = TreePage(upper_env)
    qtbot.addWidget(page)
    page.activate()
    assert set(_cells(page.nodes, 0)) == {DCS.code, SIB.code}
    assert _cells(page.nodes, 1)[DCS.code] == "3" and _cells(page.nodes, 6)[DCS.code] == "34"
    assert page.totals.text().startswith("Tổng: 4 chi đoàn, 2 đã đăng ký (2 đúng hạn)")
    assert not page.up.isEnabled()
    row = next(i for i in range(page.nodes.rowCount()) if page.nodes.row(i).code == DCS.code)
    page.nodes_view.doubleClicked.emit(page.nodes.index(row, 0))
    assert set(_cells(page.nodes, 0)) == {BRANCH.code, TDP5.code, TDP9.code}
    last = page.nodes.columnCount() - 1
    # one level down says whether each branch's report came, written as the level above writes it
    assert set(_cells(page.nodes, last).values()) <= {"Đã nhận", "Chưa nhận"}, _cells(page.nodes, last)
    assert page.where.text().startswith("Thành đoàn Hải Phòng › Đoàn phường Lê Chân")
    assert page.up.isEnabled()
    page.up.click()
    assert set(_cells(page.nodes, 0)) == {DCS.code, SIB.code}

    states = {
        (r.code, r.report): page.reports.index(i, 4).data()
        for i, r in ((i, page.reports.row(i)) for i in range(page.reports.rowCount()))
    }
    assert states[(SIB.code, "results-summary")] == "Trễ hạn"
    assert states[(DCS.code, "results-summary")] == "Đúng hạn"
    assert states[(DCS.code, "registration-summary")] == "Chưa gửi"
    assert "Đoàn cơ sở: đã gửi 2/" in page.rates.text()
    assert "setting" not in page.rates.text().lower()


def _open_branch(qtbot, upper_env):
    """The page, opened city → Đoàn phường Lê Chân → Chi đoàn Tổ dân phố số 5 by double clicks."""
    from desktop.ui.pages.tree import TreePage

    page = TreePage(upper_env)
    qtbot.addWidget(page)
    page.activate()
    for code in (DCS.code, TDP5.code):
        row = next(i for i in range(page.nodes.rowCount()) if page.nodes.row(i).code == code)
        page.nodes_view.doubleClicked.emit(page.nodes.index(row, 0))
    return page


def test_the_thanh_doan_opens_a_branch_down_to_the_facts_behind_a_criterion(qtbot, upper_env):
    """City → Đoàn cơ sở → branch → criterion → facts: the branch row inside the summary opens to
    its criteria; selecting one shows its facts, its evidence (dated) and the Đoàn viên XHCN counts."""
    page = _open_branch(qtbot, upper_env)
    assert page.where.text() == "Thành đoàn Hải Phòng › Đoàn phường Lê Chân › Chi đoàn Tổ dân phố số 5"
    assert page.criteria.rowCount() == 16 and page.criteria_view.isVisibleTo(page)
    assert page.detail.text() == "Chọn một tiêu chí để xem số liệu, minh chứng cụ thể."
    i = next(i for i in range(page.criteria.rowCount()) if page.criteria.row(i).id == "CD-1.2")
    page.criteria_view.selectRow(i)
    text = page.detail.text()
    assert "<b>CD-1.2</b>" in text and "Đạt" in text
    assert "Minh chứng: 10/02/2026 — Học tập và làm theo Bác — quý 1" in text
    assert page.titles.text().startswith("Đoàn viên XHCN: 4 đoàn viên, 4 đăng ký")
    assert "CD-1.2" not in page.criteria_note.text() and "Đoàn phường Lê Chân" in page.criteria_note.text()


def test_a_drill_down_step_reads_only_the_level_shown(qtbot, upper_env, monkeypatch):
    """Issue 23 item 7: one step down or up stays quick on a full city (~31,000 report rows a
    period): who reported and the approvals, which are of the period, are not read again."""
    from desktop.services import reporting
    from desktop.ui.pages.tree import TreePage

    calls = []
    real = reporting.completeness
    monkeypatch.setattr(reporting, "completeness", lambda *a, **k: calls.append(a[1:]) or real(*a, **k))
    page = TreePage(upper_env)
    qtbot.addWidget(page)
    page.activate()
    assert len(calls) == 1
    reported = page.rates.text()
    row = next(i for i in range(page.nodes.rowCount()) if page.nodes.row(i).code == DCS.code)
    page.nodes_view.doubleClicked.emit(page.nodes.index(row, 0))
    assert set(_cells(page.nodes, 0)) == {BRANCH.code, TDP5.code, TDP9.code}
    page.up.click()
    assert set(_cells(page.nodes, 0)) == {DCS.code, SIB.code}
    assert len(calls) == 1 and page.rates.text() == reported  # the same table, not read again
    page.period.setCurrentIndex((page.period.currentIndex() + 1) % page.period.count())
    assert len(calls) == 2  # another period: read


def test_the_thanh_doan_home_counts_what_its_summaries_report_and_asks_for_no_excel(qtbot, upper_env):
    """A Thành đoàn keeps no member list: its home said "0 đoàn viên" and "Chưa có đoàn viên — nhập
    danh sách từ Excel", while its Đoàn cơ sở had reported their branches and members."""
    from desktop.services.reporting import tree
    from desktop.ui.main_window import MainWindow

    w = MainWindow(upper_env)
    qtbot.addWidget(w)
    w.show()
    home = w.pages["home"]
    qtbot.waitUntil(lambda: home.data is not None)
    totals = tree.show(upper_env.ctx, home.data.period.label).totals
    assert totals["members"] > 0
    assert home.card_members.value.text() == f"{totals['members']}"
    assert home.card_members.caption.text() == (
        f"đoàn viên ở {totals['branches']} chi đoàn, theo các báo cáo tổng hợp đã nhận"
    )
    assert not home.empty.isVisible()


def test_the_thanh_doan_home_lists_what_waits_for_it_and_who_has_not_sent(qtbot, upper_env):
    """Its next steps are its own: the summaries waiting for a decision, and the Đoàn cơ sở whose
    summary is past its date — one click opens "Đơn vị trực thuộc" where both are done."""
    from desktop.services import exchange
    from desktop.ui.main_window import MainWindow

    w = MainWindow(upper_env)
    qtbot.addWidget(w)
    w.show()
    home = w.pages["home"]
    qtbot.waitUntil(lambda: home.actions.count() > 0)
    texts = [home.actions.item(i).text() for i in range(home.actions.count())]
    period = home.data.period.label
    waiting = [r for r in exchange.overview(upper_env.ctx, period).rows if r.state == "received"]
    assert waiting, "the fixture's Thành đoàn has summaries to decide"
    assert any(t.startswith(f"{len(waiting)} báo cáo tổng hợp chờ duyệt hoặc trả lại") for t in texts), texts
    assert any("chưa gửi khi đã quá hạn" in t and DCS.name in t for t in texts), texts
    item = next(home.actions.item(i) for i in range(home.actions.count()) if "chờ duyệt" in home.actions.item(i).text())
    home.actions.itemClicked.emit(item)  # what a click on the row sends
    assert w.current_key() == "tree"


def test_a_share_criterion_shows_percentages_not_fractions(qtbot, upper_env):
    """'Kết quả / mức cần đạt' of CD-1.1 read "0,9 / 0,7" (a share and its threshold as fractions)
    where the facts beside it said "90% đoàn viên; cần 70%"."""
    page = _open_branch(qtbot, upper_env)
    rows = {page.criteria.row(i).id: i for i in range(page.criteria.rowCount())}
    share = page.criteria.index(rows["CD-1.1"], 3).data()
    assert share.endswith("/ 70%") and "%" in share.split("/")[0], share
    count = page.criteria.index(rows["CD-1.2"], 3).data()
    assert "%" not in count, count


def test_counts_not_judged_yet_read_a_dash_and_numbers_are_grouped(qapp):
    from desktop.services.reporting.tree import NodeRow
    from desktop.ui.tree_layout import _judged, _n

    early = NodeRow("DCS-1", "Đoàn phường", "doan-co-so", None, 40, 38, 30, 0, 0, 0, 1339, None, True)
    early = early.__class__(**{**early.__dict__, "results_known": False})
    assert _judged(early, early.recognised) == "—" and _n(early.members) == "1.339"
    done = early.__class__(**{**early.__dict__, "results_known": True, "recognised": 21})
    assert _judged(done, done.recognised) == "21"


def test_the_return_dialog_clears_its_warning_once_a_reason_is_written(qtbot):
    from desktop.ui.approval_dialog import ReturnSummaryDialog

    dlg = ReturnSummaryDialog("Đoàn phường Lê Chân", "Báo cáo tổng hợp kết quả", "2026", [("CD-1", "Chi đoàn số 1")])
    qtbot.addWidget(dlg)
    dlg._accept()  # nothing written: it says what is missing and stays open
    assert dlg.error.text().startswith("Hãy ghi ít nhất một lý do") and dlg.result() == 0
    dlg.set_reason("CD-1", "Thiếu biên bản")
    assert dlg.error.text() == ""
    dlg._accept()
    assert dlg.error.text() == "" and dlg.result() == 1
    assert dlg.reasons() == [("CD-1", None, "Thiếu biên bản")]
