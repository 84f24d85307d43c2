"""What flows down, as a secretary meets it (issue 17 item 5): one click on the Đoàn cơ sở's
"Các chi đoàn" reminds the late branches; at the branch, the home screen lists what came down and
one click records a relayed alert in the log; the "Nộp" dialog asks for a missing upper-level
code instead of refusing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.domain.registration import RegistrationItem
from desktop.services.year import cycle
from desktop.services.exchange import flow_down, interchange, sync
from desktop.services.membership.members import roster
from tests.sync.conftest_sync import BRANCH, DCS, branch_record, enrol, open_unit
from tests.registration_items import complete


@pytest.fixture
def pair(qapp, tmp_path):
    from desktop.app import build_env

    dcs = open_unit(tmp_path / "dcs", DCS, today=date(2026, 11, 21))
    br = open_unit(tmp_path / "cd", BRANCH, today=date(2026, 11, 21))
    interchange.import_document(br, branch_record(BRANCH, 12, until=date(2026, 12, 31)))
    enrol(dcs, br, tmp_path)
    enrol(br, dcs, tmp_path)
    yield (
        build_env(dcs, qapp, synchronous=True, language="vi"),
        build_env(br, qapp, synchronous=True, language="vi"),
        tmp_path,
    )
    dcs.close()
    br.close()


def test_remind_late_branches_is_one_click(qtbot, pair, monkeypatch):
    from desktop.ui.pages.branches import BranchesPage

    denv, benv, tmp = pair
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    page = BranchesPage(denv)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    page.remind_btn.click()
    assert infos and "Đã đưa 1 gói vào hộp thư đi" in infos[-1] and BRANCH.name in infos[-1]
    [item] = [i for i in sync.outbox(denv.ctx) if i.kind == "reminder"]
    assert item.recipient_code == BRANCH.code
    sync.import_paths(benv.ctx, [d.where for d in sync.export_outbox(denv.ctx, tmp / "down")])
    [w] = flow_down.waiting(benv.ctx)
    assert w.kind == "reminder" and "đăng ký" in w.text_vi


def test_home_lists_what_came_down_and_records_an_alert_in_one_click(qtbot, pair):
    from desktop.ui.pages.home import HomePage

    denv, benv, tmp = pair
    flow_down.send_alert(
        denv.ctx, "CD-1.4", "Chia sẻ bài “Hải Phòng – thành phố hoa phượng đỏ”", link="https://example.org/bai-viet"
    )
    sync.import_paths(benv.ctx, [d.where for d in sync.export_outbox(denv.ctx, tmp / "down")])
    page = HomePage(benv)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.down_box.isVisible(), timeout=10000)
    assert "Đề nghị chia sẻ thông tin tích cực" in page.down_list.item(0).text()
    row = page.down_list.itemWidget(page.down_list.item(0))
    [confirm] = [b for b in row.findChildren(QPushButton) if b.objectName() == "down_confirm"]
    assert confirm.text() == "Ghi vào sổ"
    before = len(cycle.list_logs(benv.ctx, BRANCH.code, "2026"))
    confirm.click()
    logs = cycle.list_logs(benv.ctx, BRANCH.code, "2026")
    assert len(logs) == before + 1
    assert any(e.kind == "share_request" and e.link == "https://example.org/bai-viet" for e in logs)
    qtbot.waitUntil(lambda: not page.down_box.isVisible(), timeout=10000)  # nothing left to do


def test_log_page_offers_the_relayed_alert_ready_to_record(qtbot, pair):
    from desktop.ui.pages.logs import LogsPage

    denv, benv, tmp = pair
    flow_down.send_alert(denv.ctx, "CD-1.3", "Tin giả về chính sách học phí", source="Ban Tuyên giáo Thành đoàn")
    sync.import_paths(benv.ctx, [d.where for d in sync.export_outbox(denv.ctx, tmp / "down")])
    page = LogsPage(benv)
    qtbot.addWidget(page)
    assert page.pending.isVisibleTo(page) and "Tin giả về chính sách học phí" in page.pending_text.text()
    assert page.pending_btn.text() == "Ghi vào sổ (CD-1.3)"
    page.pending_btn.click()
    assert not page.pending.isVisibleTo(page)
    assert page.kind() == "alert" and page.model.rowCount() >= 1


def test_submit_dialog_asks_for_a_missing_upper_level_code(qtbot, pair):
    from desktop.services.units import save_self_unit
    from desktop.ui.submit_dialog import open_submit_dialog

    _denv, benv, _tmp = pair
    ctx = benv.ctx
    save_self_unit(ctx, replace(BRANCH, parent_code=None))
    ids = [e.member.id if hasattr(e, "member") else e.id for e in roster(ctx, BRANCH.code, date(2026, 6, 1))]
    cycle.save_registration(
        ctx,
        BRANCH.code,
        "2027",
        complete(ctx, [RegistrationItem("CD-1.1", "Bản tin hằng tháng", date(2027, 12, 1), "Bí thư")]),
        ids[:3],
    )
    cycle.submit_registration(ctx, BRANCH.code, "2027")
    dlg = open_submit_dialog(benv, "registration", "2027")
    qtbot.addWidget(dlg)
    assert dlg.parent_box.isVisible() and "Cài đặt → Hồ sơ đơn vị" in dlg.parent_hint.text()
    assert dlg.result_ is None  # nothing built without an addressee
    dlg.send_btn.click()
    assert "mã đơn vị cấp trên" in dlg.status.text()
    dlg.parent_code.setText(DCS.code)
    dlg.send_btn.click()
    assert dlg.result_ is not None and dlg.result_.item.recipient_code == DCS.code
    assert not dlg.parent_box.isVisible() and DCS.name in dlg.to_label.text()
    assert dlg.result_.file_name == "DangKy-2027-ChiDoanToDanPhoSo3.stpkg"


def test_send_and_receive_takes_the_period_from_the_registration(qtbot, pair):
    """Gửi – nhận showed 2026 for a 2027 registration: the period now comes from the registration."""
    from desktop.ui.pages.outbox import OutboxPage

    _denv, benv, _tmp = pair
    ctx = benv.ctx
    ids = [e.member.id if hasattr(e, "member") else e.id for e in roster(ctx, BRANCH.code, date(2026, 6, 1))]
    cycle.save_registration(
        ctx,
        BRANCH.code,
        "2027",
        complete(ctx, [RegistrationItem("CD-1.1", "Bản tin hằng tháng", date(2027, 12, 1), "Bí thư")]),
        ids[:3],
    )
    cycle.submit_registration(ctx, BRANCH.code, "2027")
    page = OutboxPage(benv)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("quarterly"))
    assert page.period.text() == "2026" and page.quarter.value() == 4
    page.kind.setCurrentIndex(page.kind.findData("registration"))
    assert page.period.text() == "2027"


def test_quarterly_report_is_submitted_from_the_criteria_page(qtbot, pair):
    from desktop.ui.pages.campaign import CampaignPage

    _denv, benv, _tmp = pair
    page = CampaignPage(benv)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    assert page.catalog_label.text() == (
        "Bộ tiêu chí “Chi đoàn xã hội chủ nghĩa gắn với đoàn viên xã hội chủ nghĩa”, phiên bản 1"
    )
    page.quarter_table.setCurrentCell(0, 3)  # the column of quarter III
    assert page.quarter_send.text() == "Nộp báo cáo quý 3 lên Đoàn cơ sở…"
    page.quarter_send.click()
    dlg = page.submit_dialog
    qtbot.addWidget(dlg)
    assert dlg.result_ is not None and dlg.result_.item.quarter == 3 and dlg.result_.item.period == "2026"
    assert dlg.result_.file_name == "BaoCaoQuy3-2026-ChiDoanToDanPhoSo3.stpkg"
    page.reload()
    page.quarter_table.setCurrentCell(0, 3)
    assert "đang ở hộp thư đi" in page.quarter_status.text()
