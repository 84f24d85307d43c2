""" "Các chi đoàn" on a Đoàn cơ sở that keeps two branches itself and has one enrolled branch
(issue 7 item 6): the table comes first with "đang tính…" in the progress cells of the branches
kept here, the app's background runner fills them in, and a stale job for another year is
ignored. Uses the real TaskRunner (a worker thread) and waits on signals — no sleeps."""

from __future__ import annotations

import pytest

from tests.sync.conftest_dashboard import TDP5, TDP9, build_local_dcs
from tests.sync.conftest_sync import BRANCH

COLS = (
    "code",
    "name",
    "type",
    "registered",
    "report",
    "met",
    "share",
    "recognisable",
    "proposed",
    "recognised",
    "overdue",
)


@pytest.fixture
def async_env(qapp, ctx, tmp_path):
    from desktop.app import build_env

    branch = build_local_dcs(ctx, tmp_path)
    env = build_env(ctx, qapp, synchronous=False, language="vi")
    yield env
    env.runner.wait()
    branch.close()


def _cells(page) -> dict[str, dict[str, str]]:
    m = page.model
    return {m.row(i).code: {k: m.index(i, c).data() for c, k in enumerate(COLS)} for i in range(m.rowCount())}


def _make(env, seen: dict):
    """The page, with what the user sees captured at the moment the table appears (the page loads
    on the worker thread: its result arrives by signal, after these connections)."""
    from desktop.ui.pages.branches import BranchesPage

    page = BranchesPage(env)
    page.resize(1140, 680)

    def capture():
        if "cells" not in seen:
            seen["cells"], seen["totals"] = _cells(page), page.totals.text()

    page.loaded.connect(capture)
    return page


def test_table_first_then_progress_of_the_branches_kept_here(qtbot, async_env):
    seen = {}
    page = _make(async_env, seen)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.evaluated, timeout=20000):
        pass
    first = seen["cells"]
    assert first[TDP5.code]["recognisable"] == "đang tính…" and first[TDP9.code]["recognisable"] == "đang tính…"
    assert first[TDP5.code]["share"] == "…" and first[TDP9.code]["met"] == "…"
    assert first[BRANCH.code]["share"] == "81%"  # from its package, at once
    assert "Đang tính tiến độ của 2 chi đoàn" in seen["totals"]
    assert first[TDP5.code]["registered"] == "05/11/2025, đúng hạn"
    assert first[TDP9.code]["registered"] == "chưa (hạn 10/11/2025)"

    cells = _cells(page)
    assert cells[TDP5.code]["share"].endswith("%") and "/16" in cells[TDP5.code]["met"]
    # Where the figures come from, in the row: the records kept here, or the package received.
    assert first[TDP5.code]["report"] == "sổ ĐCS"
    assert cells[TDP5.code]["report"] == "sổ ĐCS (21/11/2026)"
    assert cells[BRANCH.code]["report"] == "gói quý 3 (30/09/2026)"
    assert cells[TDP9.code]["overdue"] == "Chưa đăng ký (hạn 10/11/2025)"
    assert cells[TDP5.code]["overdue"] == ""
    row5 = next(i for i in range(page.model.rowCount()) if page.model.row(i).code == TDP5.code)
    tip = page.model.index(row5, COLS.index("report")).data(3)  # Qt.ToolTipRole
    assert "Đăng ký: sổ của Đoàn cơ sở trên máy này" in tip and "không có phần mềm riêng" in tip
    row3 = next(i for i in range(page.model.rowCount()) if page.model.row(i).code == BRANCH.code)
    tip = page.model.index(row3, COLS.index("share")).data(3)
    assert "Tiến độ: gói của chi đoàn, nhận ngày " in tip
    b = page.board
    text = page.totals.text()
    assert "3 chi đoàn · 2 đã đăng ký (2 đúng hạn) · 3 có số liệu tiến độ" in text and "đang tính" not in text.lower()
    assert f"{b.totals['recognisable']} đủ điều kiện công nhận" in text
    assert f"{b.totals['overdue']} có việc quá hạn" in text
    # The "not registered" filter shows exactly the branch kept here without a registration.
    page.filter.setCurrentIndex(page.filter.findData("not_registered"))
    assert [page.model.row(i).code for i in range(page.model.rowCount())] == [TDP9.code]
    # In English the same row reads in English, overdue included.
    async_env.translator.set_language("en")
    try:
        page.retranslate()
        cells = _cells(page)
        assert cells[TDP9.code]["overdue"].startswith("Not registered (due ")
        assert cells[TDP9.code]["report"].startswith("records here (")
        assert "with progress figures" in page.totals.text()
    finally:
        async_env.translator.set_language("vi")


def test_a_job_for_another_year_is_ignored(qtbot, async_env):
    page = _make(async_env, {})
    qtbot.addWidget(page)
    done = []
    page.evaluated.connect(lambda: done.append(page.board.period))
    with qtbot.waitSignal(page.loaded, timeout=20000):
        pass
    page.year.setValue(2025)  # while 2026 is being evaluated
    qtbot.waitUntil(lambda: bool(done) and not page.board.pending, timeout=20000)
    assert done == ["2025"] and page.board.period == "2025"
    async_env.runner.wait()  # every job finished; deliver whatever they queued
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert done == ["2025"] and page.board.period == "2025"
    assert page.year.value() == 2025


def test_the_same_person_in_two_branches_is_flagged(qtbot, async_env, tmp_path):
    """Lê Minh Châu of Tổ 5 also entered in Tổ 9 with the same card: counted twice, so the page
    says so and lists her in "Trùng đoàn viên" (issue 18)."""
    from datetime import date

    from desktop.domain.members import Member
    from desktop.services.membership import members as members_svc

    ctx = async_env.ctx
    chau5 = next(m for m in members_svc.roster(ctx, TDP5.code) if m.member.full_name == "Lê Minh Châu").member
    members_svc.add_member(
        ctx,
        TDP9.code,
        Member(None, TDP9.code, "Lê Minh Châu", chau5.date_of_birth, union_card_no=chau5.union_card_no),
        entry_date=date(2026, 2, 1),
    )
    page = _make(async_env, {})
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.same_checked, timeout=20000):
        pass
    assert "⚠ 1 người có tên hai lần trong danh sách đoàn viên" in page.totals.text()
    assert page.tabs.isTabVisible(3) and page.tabs.tabText(3) == "Trùng đoàn viên (1)"
    m = page.same_model
    assert m.index(0, 0).data() == "Lê Minh Châu (sinh 12/04/1999, thẻ 503102)"
    assert m.index(0, 1).data() == "Chi đoàn Tổ dân phố số 5, Chi đoàn Tổ dân phố số 9"
    assert m.index(0, 3).data() == "cùng số thẻ đoàn viên"
    page.tabs.setCurrentIndex(3)
    page.grab().save(str(tmp_path / "trung-doan-vien.png"))
    async_env.runner.wait()


def test_the_progress_fills_in_branch_by_branch_and_the_selection_stays(qtbot, async_env, monkeypatch):
    """The branches kept here are evaluated a few at a time and shown as they come (here one at a
    time): a branch already evaluated shows its share while the next still says "đang tính…", and
    the branch the user selected meanwhile stays selected."""
    import functools

    import desktop.ui.pages.branches as page_module
    from desktop.services.reporting import local_evaluations

    monkeypatch.setattr(page_module, "local_evaluations", functools.partial(local_evaluations, chunk=1, every=0.0))
    page = _make(async_env, {})
    qtbot.addWidget(page)
    page.show()
    seen = {}

    def select_tdp9():
        row9 = next(i for i in range(page.model.rowCount()) if page.model.row(i).code == TDP9.code)
        page.view.selectRow(row9)

    def capture_part():
        seen.setdefault("cells", _cells(page))
        seen.setdefault("totals", page.totals.text())
        seen.setdefault("selected", [r.code for r in page_module.selected_rows(page.view)])

    page.loaded.connect(select_tdp9)
    page.progressed.connect(capture_part)
    with qtbot.waitSignal(page.evaluated, timeout=20000):
        pass
    part = seen["cells"]
    assert part[TDP5.code]["share"].endswith("%") and part[TDP5.code]["report"] == "sổ ĐCS (21/11/2026)"
    assert part[TDP9.code]["recognisable"] == "đang tính…" and part[TDP9.code]["share"] == "…"
    assert "Đang tính tiến độ của 1 chi đoàn" in seen["totals"]
    assert seen["selected"] == [TDP9.code]
    done = _cells(page)
    assert done[TDP9.code]["share"].endswith("%") and done[TDP5.code] == part[TDP5.code]
    assert [r.code for r in page_module.selected_rows(page.view)] == [TDP9.code]
    assert "đang tính" not in page.totals.text().lower()
