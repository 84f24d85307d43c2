"""Approval by level through the GUI (issue 23): a Đoàn cơ sở and its Thành đoàn, each on its own
data folder and in its own window, exchanging files only. The Đoàn cơ sở sends its results
summary from "Đơn vị trực thuộc" → the Thành đoàn imports it, sees "Đã nhận", returns it with a
reason for one branch → the Đoàn cơ sở sees "Trả lại" with the reason, corrects and sends again →
the Thành đoàn sees the corrected version in force and approves it → "Đã duyệt" at both ends.
The Thành đoàn also reminds, in one click, the Đoàn cơ sở that have sent nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.services.exchange import approval
from tests.sync.conftest_sync import DCS, enrol, open_unit

UPPER = Unit(code="DTD-HAIPHONG", name="Thành đoàn Hải Phòng", kind=UnitKind.DOAN_CAP_TREN)
DCS_UP = Unit(code=DCS.code, name=DCS.name, kind=UnitKind.DOAN_CO_SO, parent_code=UPPER.code)
SIB = Unit(code="DCS-NGOQUYEN", name="Đoàn phường Ngô Quyền", kind=UnitKind.DOAN_CO_SO, parent_code=UPPER.code)
B1 = Unit(
    code="CD-TDP1",
    name="Chi đoàn Tổ dân phố số 1",
    kind=UnitKind.CHI_DOAN,
    branch_type=BranchType.DAN_CU,
    parent_code=DCS.code,
)
B2 = Unit(
    code="CD-TDP2",
    name="Chi đoàn Tổ dân phố số 2",
    kind=UnitKind.CHI_DOAN,
    branch_type=BranchType.DAN_CU,
    parent_code=DCS.code,
)


@pytest.fixture
def windows(qtbot, qapp, tmp_path):
    from desktop.app import build_env
    from desktop.services.units import save_unit
    from desktop.ui.main_window import MainWindow

    upper = open_unit(tmp_path / "may-thanh-doan", UPPER)
    dcs = open_unit(tmp_path / "may-le-chan", DCS_UP)
    sib = open_unit(tmp_path / "may-ngo-quyen", SIB)
    save_unit(dcs, B1)
    for a, b in ((upper, dcs), (dcs, upper), (upper, sib), (sib, upper)):
        enrol(a, b, tmp_path)
    out = []
    for ctx in (upper, dcs):
        w = MainWindow(build_env(ctx, qapp, synchronous=True, language="vi"))
        qtbot.addWidget(w)
        w.show()
        out.append(w)
    yield out[0], out[1], tmp_path
    for ctx in (upper, dcs, sib):
        ctx.close()


def _rows(page):
    m = page.approvals
    return {
        (m.row(i).code, m.row(i).summary_kind): (m.index(i, 4).data(), m.index(i, 5).data(), i)
        for i in range(m.rowCount())
    }


def _select(page, code, kind):
    page.approvals_view.selectRow(_rows(page)[(code, kind)][2])


def _send(qtbot, page, monkeypatch, folder):
    """The send dialog the page opened: save its file into ``folder`` and close it."""
    import desktop.ui.files as files_mod

    dlg = page.sent_dialog
    qtbot.waitUntil(lambda: bool(dlg.items), timeout=60000)
    folder.mkdir()
    monkeypatch.setattr(files_mod, "choose_folder", lambda *a, **k: str(folder))
    dlg.save_btn.click()
    dlg.close_btn.click()
    return sorted(folder.iterdir())


def _import(window, monkeypatch, files):
    import desktop.ui.pages.outbox as outbox_mod

    window.show_page("outbox")
    monkeypatch.setattr(outbox_mod, "open_files", lambda *a, **k: [str(f) for f in files])
    window.pages["outbox"].import_files_btn.click()
    window.show_page("tree")


def test_return_correct_resend_approve_between_two_installations(qtbot, windows, monkeypatch):
    import desktop.ui.pages.outbox as outbox_mod
    from desktop.ui.approval_dialog import ReturnSummaryDialog

    uw, dw, tmp = windows
    monkeypatch.setattr(outbox_mod.ImportResultsDialog, "exec", lambda dlg: 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning: {a[2]}"))

    # ---- 1. The Đoàn cơ sở sends its results summary from its "Đơn vị trực thuộc" page ---------
    dw.show_page("tree")
    dp = dw.pages["tree"]
    dp.tabs.setCurrentIndex(2)
    assert dp.resend_btn.isVisible() and not dp.approve_btn.isVisible()
    assert _rows(dp)[(UPPER.code, "results")][0] == "Chưa gửi"
    _select(dp, UPPER.code, "results")
    dp.resend_btn.click()
    [up1] = _send(qtbot, dp, monkeypatch, tmp / "zalo-len-1")
    assert up1.name == "TongHop-2026-DoanPhuongLeChan.stpkg"
    assert _rows(dp)[(UPPER.code, "results")][0] == "Đã gửi"

    # ---- 2. The Thành đoàn imports it and returns it, with a reason for one branch -------------
    _import(uw, monkeypatch, [up1])
    up = uw.pages["tree"]
    up.tabs.setCurrentIndex(2)
    assert up.approve_btn.isVisible() and up.return_btn.isVisible() and not up.resend_btn.isVisible()
    assert _rows(up)[(DCS.code, "results")][0] == "Đã nhận"
    assert _rows(up)[(SIB.code, "results")][0] == "Chưa gửi"

    def fill(dlg):
        assert dlg.table.rowCount() == 1  # the branches inside the summary
        dlg.set_reason(B1.code, "Thiếu biên bản sinh hoạt chuyên đề quý III", "CD-1.2")
        dlg._accept()
        return dlg.result()

    monkeypatch.setattr(ReturnSummaryDialog, "exec", fill)
    _select(up, DCS.code, "results")
    up.return_btn.click()
    [down1] = _send(qtbot, up, monkeypatch, tmp / "zalo-xuong-1")
    assert down1.name == "KetQuaDuyetTongHop-2026-DoanPhuongLeChan.stpkg"
    state, why, _i = _rows(up)[(DCS.code, "results")]
    assert state == "Trả lại" and why == f"{B1.name} – CD-1.2: Thiếu biên bản sinh hoạt chuyên đề quý III"

    # ---- 3. The Đoàn cơ sở sees it returned with the reason, corrects and sends again ----------
    _import(dw, monkeypatch, [down1])
    dp.tabs.setCurrentIndex(2)
    state, why, _i = _rows(dp)[(UPPER.code, "results")]
    assert state == "Trả lại" and "Thiếu biên bản sinh hoạt chuyên đề quý III" in why
    _select(dp, UPPER.code, "results")
    assert f"• {B1.name} – CD-1.2: Thiếu biên bản sinh hoạt chuyên đề quý III" in dp.approval_detail.text()
    # The home screen says it too, and its button opens this page.
    dw.show_page("home")
    home = dw.pages["home"]
    qtbot.waitUntil(lambda: home.down_box.isVisible(), timeout=30000)
    assert home.down_list.item(0).text().startswith("Thành đoàn Hải Phòng trả lại báo cáo tổng hợp kết quả 2026 để sửa")
    home.down_rows[0].findChild(QPushButton, "down_open").click()
    assert dw.current_key() == "tree"
    from desktop.services.units import save_unit

    save_unit(dw.env.ctx, B2)  # the correction: the branch it had left out
    _select(dp, UPPER.code, "results")
    dp.resend_btn.click()
    [up2] = _send(qtbot, dp, monkeypatch, tmp / "zalo-len-2")
    assert up2.name == "TongHop-2026-DoanPhuongLeChan-lan2.stpkg"

    # ---- 4. The Thành đoàn: the corrected version is in force; it approves it -----------------
    _import(uw, monkeypatch, [up2])
    assert _rows(up)[(DCS.code, "results")][0] == "Đã nhận — bản sửa sau khi trả lại"
    row = next(
        r for r in approval.overview(uw.env.ctx, "2026").rows if r.code == DCS.code and r.summary_kind == "results"
    )
    assert row.version == 2 and row.branches == 2
    # The row reached with the keyboard (current, nothing selected) is the one the line under the
    # table names, and the one "Duyệt" approves (it asked to "choose a summary" before).
    from PySide6.QtCore import QItemSelectionModel

    up.approvals_view.clearSelection()
    up.approvals_view.selectionModel().setCurrentIndex(
        up.approvals.index(_rows(up)[(DCS.code, "results")][2], 0), QItemSelectionModel.NoUpdate
    )
    assert not up.approvals_view.selectionModel().selectedRows() and DCS.name in up.approval_detail.text()
    up.approve_btn.click()
    [down2] = _send(qtbot, up, monkeypatch, tmp / "zalo-xuong-2")
    assert _rows(up)[(DCS.code, "results")][0] == "Đã duyệt"
    # Approved is approved: "Duyệt" is off on that row (it sent a second approval down before),
    # "Trả lại" stays for an error found later; the service refuses the same decision too.
    _select(up, DCS.code, "results")
    assert not up.approve_btn.isEnabled() and up.return_btn.isEnabled()
    _select(up, SIB.code, "results")  # nothing received: nothing to decide
    assert not up.approve_btn.isEnabled() and not up.return_btn.isEnabled()
    from desktop.domain.errors import DomainError

    with pytest.raises(DomainError, match="đã được duyệt ngày .*: không cần làm lại"):
        approval.decide(uw.env.ctx, DCS.code, "2026", "results", "approved")

    # ---- 5. "Đã duyệt" at the Đoàn cơ sở too ----------------------------------------------------
    _import(dw, monkeypatch, [down2])
    assert _rows(dp)[(UPPER.code, "results")][:2] == ("Đã duyệt", "")

    # The "Units below" tab says it too, on the Đoàn cơ sở's row.
    row = next(i for i in range(up.nodes.rowCount()) if up.nodes.row(i).code == DCS.code)
    assert up.nodes.index(row, 8).data() == "Đã duyệt"

    # ---- 6. Reports tab: the rates as a chart, and one click reminds those who sent nothing ----
    up.tabs.setCurrentIndex(1)
    n = up.reports.rowCount()
    assert up.with_branches.isVisibleTo(up)
    up.with_branches.setChecked(True)  # the branches' own reports, from the summary received
    assert {up.reports.row(i).code for i in range(up.reports.rowCount())} >= {B1.code, B2.code}
    assert up.reports.rowCount() > n
    assert up.chart_view is not None and up.chart_view.objectName() == "tree_rates_chart"
    assert up.remind.isEnabled()
    up.remind.click()
    files = _send(qtbot, up, monkeypatch, tmp / "zalo-nhac")
    assert sorted(f.name for f in files) == [
        "NhacNopTongHopDangKy-2026-DoanPhuongLeChan.stpkg",
        "NhacNopTongHopDangKy-2026-DoanPhuongNgoQuyen.stpkg",
        "NhacNopTongHopKetQua-2026-DoanPhuongNgoQuyen.stpkg",
    ]
