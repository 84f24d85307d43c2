"""The home screen ("Tổng quan", issue 11) as a branch secretary sees it on 21/11/2026: where
the branch stands, reminders 14 and 3 days before a deadline (setting reminder_days), the empty
state of a fresh install, the charts, the built-in guide (F1, "?" on each criterion) and the
keyboard shortcuts to the pages."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain.logs import LogEntry
from desktop.domain.members import Member

NAMES = [
    "Nguyễn Thị Hoa",
    "Trần Văn Nam",
    "Lê Thị Lan",
    "Phạm Minh Đức",
    "Hoàng Thu Trang",
    "Vũ Ngọc Ánh",
    "Đặng Quang Huy",
    "Bùi Thị Yến",
]


@pytest.fixture
def members(branch_env):
    from desktop.services.membership.members import add_member

    ids = []
    for n in NAMES:
        _, m = add_member(branch_env.ctx, "CD-TDP3", Member(None, "CD-TDP3", n), entry_date=date(2025, 1, 10))
        ids.append(m.id)
    return ids


@pytest.fixture
def records(branch_env, members):
    from desktop.domain.volunteer import Activity
    from desktop.services.year.cycle import add_log
    from desktop.services.volunteering.volunteer import record_activity

    ctx = branch_env.ctx
    for d in (date(2026, 2, 20), date(2026, 5, 18), date(2026, 8, 22)):
        add_log(
            ctx,
            LogEntry(
                None,
                "CD-TDP3",
                "thematic_session",
                d,
                "Học tập và làm theo tư tưởng Hồ Chí Minh",
                category="chinh-tri-tu-tuong",
                participants=frozenset(members),
            ),
        )
    record_activity(
        ctx,
        "CD-TDP3",
        Activity(
            None,
            "CD-TDP3",
            "Hiến máu tình nguyện",
            "tinh-nguyen",
            (date(2026, 4, 20),),
            1.0,
            participant_ids=tuple(members[:6]),
        ),
    )
    return members


def _home(window):
    window.show_page("home")
    return window.pages["home"]


def test_home_shows_the_branch_standing_at_a_glance(window, records):
    home = _home(window)
    home.reload()
    assert home.title.text() == "Tổng quan — kỳ 2026"
    met, applicable = home.card_met.value.text().split("/")
    assert applicable == "16" and 0 <= int(met) < 13
    assert "tiêu chí đạt (cần 13)" == home.card_met.caption.text()
    assert "chưa đủ điều kiện công nhận" in home.card_share.caption.text()
    assert home.card_share.value.text().endswith("%")
    assert int(home.card_risk.value.text()) >= 1
    assert home.card_members.value.text() == str(len(NAMES))
    # Charts: by quarter, volunteer days against 5, by month (no branch chart on a chi đoàn).
    tabs = [home.charts.tabText(i) for i in range(home.charts.count())]
    assert tabs == ["Theo quý", "Ngày tình nguyện", "Theo tháng"]
    vol = home.charts.widget(1).chart()
    assert vol.title() == "Số ngày tình nguyện của đoàn viên (CD-3.6: ít nhất 5 ngày)"
    below, reached = vol.series()[0].barSets()
    # 6 members have 1 day, 2 have none, nobody reached 5.
    assert [below.at(i) for i in range(below.count())] == [2, 6, 0, 0, 0, 0]
    assert sum(reached.at(i) for i in range(reached.count())) == 0
    monthly = home.charts.widget(2).chart().series()[0].barSets()
    records_per_month = [monthly[0].at(i) for i in range(monthly[0].count())]
    assert records_per_month[1] == 1 and records_per_month[4] == 1 and sum(records_per_month) == 3
    assert monthly[1].at(3) == 1  # the blood donation in April


def test_fresh_install_says_what_to_do_first_and_one_click_opens_the_excel_import(window, monkeypatch):
    from desktop.ui.pages.members import MembersPage

    opened = []
    monkeypatch.setattr(MembersPage, "import_file", lambda self, path=None: opened.append(path))
    home = _home(window)
    assert home.empty.isVisibleTo(window)
    assert home.empty_text.text().startswith("Chưa có đoàn viên — Nhập danh sách từ Excel")
    home.empty_btn.click()
    assert window.current_key() == "members" and opened == [None]


def test_reminders_14_and_3_days_before_on_home_and_tray(window, members):
    from desktop.services.units import set_unit_setting
    from desktop.ui.reminders import tray_for

    home = _home(window)
    # 30/11/2026 (recognition decision) is 9 days away: inside the 14-day reminder.
    assert home.banner.isVisibleTo(window)
    assert "Nhắc việc: Quyết định công nhận Chi đoàn XHCN: hạn 30/11/2026 (còn 9 ngày)" in home.banner.text()
    tray = tray_for(window.env)
    assert tray.last_message and "còn 9 ngày" in tray.last_message
    assert tray.notify(home.data.reminders, "vi") is None  # shown once per run
    window.env.bus.changed.emit(set_unit_setting(window.env.ctx, "CD-TDP3", "reminder_days", "3"))
    assert not home.banner.isVisibleTo(window)


def test_reminder_days_setting_is_read_leniently():
    from desktop.services.reporting.home import reminder_days

    assert reminder_days("14,3") == (14, 3)
    assert reminder_days("3; 30") == (30, 3)
    assert reminder_days("abc") == (14, 3)
    assert reminder_days("") == (14, 3)


def test_english_home(window, members, qtbot):
    window.env.translator.set_language("en")
    home = _home(window)
    qtbot.waitUntil(lambda: home.title.text() == "Overview — 2026")
    assert "Reminder: Recognition decision: due 30/11/2026 (9 days left)" in home.banner.text()
    assert home.charts.tabText(0) == "By quarter"


def test_guide_explains_each_criterion_from_the_catalog(window, members):
    from desktop.ui.help import HelpDialog, criterion_markdown

    cat = window.env.ctx.catalogs.get("chi-doan-xhcn")
    md = criterion_markdown(cat, "CD-3.6", "vi")
    assert "Mỗi đoàn viên có ít nhất 5 ngày trong năm" in md and "Ngày tình nguyện" in md and "Nguồn" in md
    cd32 = criterion_markdown(cat, "CD-3.2", "vi")
    assert "mặc định 12 buổi mỗi năm" in cd32
    # Issue 19 item 8: the help says a thematic session recorded for CD-1.2 counts for CD-3.2 too.
    assert "buổi sinh hoạt chuyên đề đã ghi cho CD-1.2 được tính luôn cho CD-3.2" in cd32
    window.show_page("campaign")
    page = window.pages["campaign"]
    page._select("CD-3.6")
    assert page.help_btn.text() == "? Ý nghĩa tiêu chí"
    page.help_btn.click()
    dlg = page.findChild(HelpDialog)
    assert dlg is not None and dlg.isVisible()
    assert dlg.topics.currentItem().data(Qt.UserRole) == "CD-3.6"
    assert "ít nhất 5 ngày" in dlg.text.toPlainText()
    dlg.close()


def test_f1_opens_the_yearly_cycle_and_ctrl_digits_open_pages(window, qtbot):
    from desktop.ui.help import HelpDialog

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_F1)
    dlg = window.findChild(HelpDialog)
    assert dlg is not None and "Bước 1 — Đăng ký" in dlg.text.toPlainText()
    assert "trước ngày 10/11" in dlg.text.toPlainText()
    dlg.close()
    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    assert window.current_key() == window.nav.item(1).data(Qt.UserRole)


def test_charts_render_to_images_for_reports(window, records, tmp_path):
    from desktop.ui.charts import chart_images

    files = chart_images(window.env.ctx, tmp_path)
    assert set(files) == {"quarters", "volunteer", "monthly"}
    for path in files.values():
        assert path.stat().st_size > 5000


def test_a_doan_co_so_sees_its_branches_by_completion_share(qtbot, env):
    from desktop.domain.units import BranchType, Unit, UnitKind
    from desktop.services.units import save_self_unit, save_unit
    from desktop.ui.main_window import MainWindow

    save_self_unit(env.ctx, Unit(code="DCS-LECHAN", name="Đoàn phường Lê Chân", kind=UnitKind.DOAN_CO_SO))
    for code, name in (("CD-TDP1", "Chi đoàn Tổ dân phố số 1"), ("CD-TDP2", "Chi đoàn Tổ dân phố số 2")):
        save_unit(
            env.ctx,
            Unit(code=code, name=name, kind=UnitKind.CHI_DOAN, branch_type=BranchType.DAN_CU, parent_code="DCS-LECHAN"),
        )
    w = MainWindow(env)
    qtbot.addWidget(w)
    w.show()
    home = w.pages["home"]
    tabs = [home.charts.tabText(i) for i in range(home.charts.count())]
    assert tabs == ["Các chi đoàn"]
    chart = home.charts.widget(0).chart()
    assert chart.axes(Qt.Horizontal)[0].categories() == ["0–19%", "20–39%", "40–59%", "60–79%", "≥80%"]
    below, reached = chart.series()[0].barSets()
    # Neither branch has members yet: no share, so neither sits in a band (issue 19 item 8: not "0%").
    assert sum(below.at(i) for i in range(below.count())) + sum(reached.at(i) for i in range(5)) == 0
    # The Đoàn cơ sở's own deadlines are in bold (registration summary 20/11/2027 is its step).
    assert "<b>" in home.deadlines.text()
    # Its members are its branches' (none yet here), and it has next steps of its own.
    qtbot.waitUntil(lambda: home.card_members.caption.text() == "đoàn viên hôm nay ở 2 chi đoàn")
    qtbot.waitUntil(lambda: home.actions.count() > 0)
    assert home.actions_box.isVisible()


def test_branches_chart_counts_branches_per_band_of_completion_share():
    # 300 branches cannot be one bar each on a 1366×768 home screen: the chart says how many
    # branches sit in each band, the ≥ 80 % band (recognisable, BRIEF §1) in green.
    from desktop.services.reporting.home import BranchShare
    from desktop.ui.charts import share_buckets

    shares = [0.0, 0.1, 0.25, 0.5, 0.5, 0.75, 0.8, 13 / 16, 1.0, None]
    rows = [BranchShare(f"CD-{i}", f"Chi đoàn {i}", s, None) for i, s in enumerate(shares)]
    assert share_buckets(rows) == [
        ("0–19%", 2, False),
        ("20–39%", 1, False),
        ("40–59%", 2, False),
        ("60–79%", 1, False),
        ("≥80%", 3, True),
    ]
