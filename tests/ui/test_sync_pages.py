"""The "Gửi – nhận" and "Các chi đoàn" screens (issue 7): what a secretary sees."""

from __future__ import annotations

import pytest

from desktop.services.exchange import sync
from desktop.services.units import save_self_unit
from desktop.sync import package as pkg
from tests.sync.conftest_sync import BRANCH, DCS, OTHER, enrol, open_unit, put_quarterly


@pytest.fixture
def dcs_env(env, tmp_path):
    save_self_unit(env.ctx, DCS)
    branch = open_unit(tmp_path / "chi-doan", BRANCH)
    other = open_unit(tmp_path / "chi-doan-7", OTHER)
    for b in (branch, other):
        enrol(env.ctx, b, tmp_path)
        enrol(b, env.ctx, tmp_path)
    put_quarterly(branch, quarter=3, share=0.8125)
    sync.export_outbox(branch, tmp_path / "usb")
    sync.import_paths(env.ctx, [tmp_path / "usb"])
    yield env
    branch.close()
    other.close()


def test_branches_dashboard_shows_each_branch(qtbot, dcs_env):
    from desktop.ui.pages.branches import PAGE, BranchesPage

    assert PAGE.available(DCS) and not PAGE.available(BRANCH)
    page = BranchesPage(dcs_env)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    assert page.model.rowCount() == 2
    assert "2 chi đoàn" in page.totals.text() and "1 có số liệu tiến độ" in page.totals.text()
    rows = {page.model.row(i).code: i for i in range(page.model.rowCount())}
    i = rows[BRANCH.code]
    assert page.model.index(i, 4).data() == "gói quý 3 (30/09/2026)"
    assert page.model.index(i, 6).data() == "81%"
    assert "Chưa gửi đăng ký" in page.model.index(i, 10).data()
    page.filter.setCurrentIndex(page.filter.findData("not_registered"))
    assert page.model.rowCount() == 2
    page.filter.setCurrentIndex(page.filter.findData("recognisable"))
    assert page.model.rowCount() == 1
    assert page.crit_model.rowCount() == 16


def test_outbox_lists_items_with_their_status_and_switches_language(qtbot, branch_env, tmp_path):
    from desktop.ui.pages.outbox import OutboxPage

    dcs = open_unit(tmp_path / "dcs", DCS)
    enrol(branch_env.ctx, dcs, tmp_path)
    put_quarterly(branch_env.ctx, quarter=2)
    page = OutboxPage(branch_env)
    qtbot.addWidget(page)
    assert "mã vân tay khóa" in page.fingerprint.text()
    assert page.out_model.rowCount() == 1
    assert page.out_model.index(0, 6).data() == "Chờ gửi"
    assert page.counts.text() == "Chờ gửi: 1"
    assert [page.kind.itemData(i) for i in range(page.kind.count())] == ["registration", "quarterly", "year-end"]
    assert page.units_model.rowCount() == 1
    branch_env.translator.set_language("en")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Outbox", timeout=2000)
    assert page.out_model.index(0, 6).data() == "Waiting to be sent"
    dcs.close()


def test_package_preview_names_the_personal_data(qtbot, branch_env, tmp_path):
    from desktop.ui.sync_widgets import PackagePreviewDialog

    data = {
        "unit": {"code": BRANCH.code, "name": BRANCH.name, "kind": "chi-doan", "branch_type": "dan-cu"},
        "campaign": "chi-doan-xhcn",
        "period": "2026",
        "registered_on": "2025-11-05",
        "items": [],
        "members": [{"ref": "m-1", "full_name": "Nguyễn Thị Hoa"}],
        "member_count": 20,
    }
    item = sync.put_in_outbox(
        branch_env.ctx,
        kind="registration",
        recipient={"code": DCS.code, "name": ""},
        data=data,
        title="Đăng ký 2026",
        campaign="chi-doan-xhcn",
        period="2026",
        documents=[pkg.Attachment("Bản đăng ký.pdf", b"%PDF-1.4 x")],
    )
    preview = sync.preview_outbox_item(branch_env.ctx, item.package_id)
    dlg = PackagePreviewDialog(preview, "vi")
    qtbot.addWidget(dlg)
    assert "1 đoàn viên" in dlg.personal.text() and "Họ và tên" in dlg.personal.text()
    assert dlg.files.item(0).text().startswith("Văn bản: Ban_dang_ky.pdf")
