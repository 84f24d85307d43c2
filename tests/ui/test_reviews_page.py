"""A Thành đoàn opens "Sơ kết và xếp loại" (issue 23): the criteria that fail most across its Đoàn cơ
sở with the shares against the targets, the year-end ranking with the rule applied, the trend over
the years as a table and a chart; "In …" opens the printed reports on that document."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from tests.sync.conftest_dashboard import TDP5
from tests.sync.conftest_sync import DCS
from tests.sync.test_reviews import SIB, tree  # noqa: F401 - the fixture


@pytest.fixture
def upper_env(qapp, tree):  # noqa: F811
    from desktop.app import build_env

    return build_env(tree["upper"], qapp, synchronous=True, language="vi")


def test_the_thanh_doan_reviews_and_ranks_its_tree(qtbot, upper_env):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(upper_env)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    titles = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert "Sơ kết và xếp loại" in titles
    w.show_page("reviews")
    page = w.pages["reviews"]
    i = page.period.findData("2026")
    page.period.setCurrentIndex(i)
    page.reload()

    # criteria across the tree: all 16, most failed first, the shares against the targets
    assert page.criteria.rowCount() == 16
    failed = [page.criteria.row(k).failed for k in range(page.criteria.rowCount())]
    assert failed == sorted(failed, reverse=True)
    assert page.shares.text().startswith("4 chi đoàn: đã đăng ký")
    assert "chỉ tiêu 80% đến năm 2030" in page.shares.text()
    units = {page.units.row(k)[0]: page.units.index(k, 1).data() for k in range(page.units.rowCount())}
    assert units[DCS.code] == "báo cáo tổng hợp kết quả" and SIB.code in units

    # the ranking, with the rule written out
    page.tabs.setCurrentIndex(1)
    assert page.ranked.rowCount() == 2
    assert page.ranked.index(0, 0).data() == "1"
    assert page.ranked.index(0, 3).data() in (
        "Hoàn thành xuất sắc nhiệm vụ",
        "Hoàn thành tốt nhiệm vụ",
        "Hoàn thành nhiệm vụ",
        "Không hoàn thành nhiệm vụ",
    )
    assert "20 điểm" in page.rules.text() and "Cài đặt" in page.rules.text()

    # over the years: 2025–2026, the verdict names the last year with figures
    page.tabs.setCurrentIndex(2)
    page.first.setValue(2025)
    page.last.setValue(2026)
    assert [page.years.row(k).year for k in range(page.years.rowCount())] == [2025, 2026]
    assert page.verdict.text().startswith("Năm 2026: Chi đoàn XHCN")
    chart = page.chart.chart()
    assert chart.title() == "Tỉ lệ qua các năm" and len(chart.series()) == 2
    assert [s.label() for s in chart.series()[0].barSets()] == ["Chi đoàn đăng ký", "Chi đoàn XHCN", "Đoàn viên XHCN"]

    # the title history of the same years: Tổ dân phố số 5 held the title both years (2, then 3 members)
    page.tabs.setCurrentIndex(3)
    m = page.branch_titles
    row = next(k for k in range(m.rowCount()) if m.row(k)["code"] == TDP5.code)
    assert [m.index(row, c).data() for c in (2, 3, 4)] == ["✓ · 2", "✓ · 3", "2"]
    assert m.headerData(2, Qt.Horizontal) == "2025"
    assert page.member_titles_view.isHidden()  # names of members stay with the Đoàn cơ sở

    # "In báo cáo sơ kết, tổng kết…" opens the printed reports on the review of the last year
    page.print_review.click()
    reports = w.pages["reports"]
    assert w.stack.currentWidget() is reports
    assert reports.current_kind() == "review" and reports.period.currentText() == "2026"


def test_a_year_with_results_for_part_of_the_tree_shows_over_what(qapp):
    # as on paper: "47/80 (58,8%)" when 80 of 160 branches have results; thousands grouped
    from desktop.ui.reviews_layout import _of

    assert _of(47, 80, 160, 0.5875) == "47/80 (58,8%)"
    assert _of(2336, 2809, 5902, 0.8316) == "2.336/2.809 (83,2%)"
    assert _of(120, 160, 160, 0.75) == "120 (75,0%)"
    assert _of(0, 0, 160, None) == "—"
