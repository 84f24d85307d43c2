"""Issue 17 through the real windows: joining by invitation in the first-run wizard and in
Settings, the Đoàn cơ sở's branch list and invitations, a held package confirmed on the send
page, and package files dropped onto the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWizard

from desktop.services.exchange import invitations, sync
from desktop.services.units import save_self_unit, self_unit
from tests.sync.conftest_sync import BRANCH, DCS, enrol, open_unit, put_quarterly


@pytest.fixture(autouse=True)
def _results_seen(monkeypatch):
    """The import-results dialog is modal: record what it would show instead of waiting."""
    from desktop.ui import sync_widgets

    seen = []
    monkeypatch.setattr(sync_widgets.ImportResultsDialog, "exec", lambda self: seen.append(self) or 0)
    return seen


@pytest.fixture
def dcs_ctx(tmp_path):
    ctx = open_unit(tmp_path / "doan-co-so", DCS)
    yield ctx
    ctx.close()


def _invitation(dcs_ctx, tmp_path, unit=BRANCH):
    issued = invitations.invite(dcs_ctx, unit.code, name=unit.name, branch_type=unit.branch_type.value)
    files, _pdf = invitations.write_invitations(dcs_ctx, [issued], tmp_path / "moi")
    return files[0], issued.invitation


def test_join_in_the_first_run_wizard(qtbot, env, dcs_ctx, tmp_path):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.wizard import FirstRunWizard

    path, made = _invitation(dcs_ctx, tmp_path)
    wiz = FirstRunWizard(env.ctx, runner=env.runner, translator=env.translator)
    qtbot.addWidget(wiz)
    wiz.show()
    assert wiz.welcome.join.text() == "Nhận thư mời của đơn vị cấp trên"
    wiz.welcome.join.setChecked(True)
    wiz.next()
    page = wiz.join_page
    assert wiz.currentPage() is page
    page.set_file(path)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    text = page.summary.text()
    assert "Chi đoàn Tổ dân phố số 3" in text and "Đoàn phường Lê Chân" in text and made.short_code in text
    assert self_unit(env.ctx) is None, "reading the invitation writes nothing"
    page.code.setText("AAAA-BBBB-CCCC-DDDD")  # typed from another branch's page
    assert page.code_state.text() == "không khớp với tệp này"
    assert not wiz.button(QWizard.FinishButton).isEnabled()
    page.code.setText(made.short_code.lower().replace("-", " "))
    assert page.code_state.text() == "khớp"
    assert not wiz.button(QWizard.FinishButton).isEnabled(), "who signs the documents is asked"
    assert page.signer_box.title() == "Người ký văn bản của đơn vị" and page.signer_title.text() == "BÍ THƯ"
    page.signer_name.setText("Nguyễn  Thị Hoa")
    assert wiz.button(QWizard.FinishButton).isEnabled()
    with qtbot.waitSignal(wiz.finished, timeout=10_000):
        wiz.button(QWizard.FinishButton).click()
    me = self_unit(env.ctx)
    assert (me.code, me.parent_code) == (BRANCH.code, DCS.code)
    assert invitations.parent_name(env.ctx) == DCS.name
    from desktop.services.units import signer_history

    [signer] = signer_history(env.ctx, BRANCH.code)  # printed under every signature
    assert (signer.title, signer.full_name) == ("BÍ THƯ", "Nguyễn Thị Hoa")
    w = MainWindow(env)
    qtbot.addWidget(w)
    w.show()
    assert BRANCH.name in w.header.text()


def test_a_broken_invitation_is_named_and_nothing_written(qtbot, env, tmp_path):
    from desktop.ui.wizard import FirstRunWizard

    bad = tmp_path / "LoiMoi_hong.stmoi"
    bad.write_text('{"format": "sothidua-invitation"}', encoding="utf-8")
    wiz = FirstRunWizard(env.ctx, runner=env.runner, translator=env.translator)
    qtbot.addWidget(wiz)
    wiz.welcome.join.setChecked(True)
    wiz.next()
    wiz.join_page.set_file(bad)
    assert "LoiMoi_hong.stmoi" in wiz.join_page.error.text()
    assert not wiz.button(QWizard.FinishButton).isEnabled()
    assert self_unit(env.ctx) is None


def test_join_later_in_settings_sets_the_parent_name(qtbot, branch_env, dcs_ctx, tmp_path):
    from desktop.ui.pages.settings import SettingsPage

    path, _made = _invitation(dcs_ctx, tmp_path)
    page = SettingsPage(branch_env)
    qtbot.addWidget(page)
    assert "Đoàn phường Lê Chân" not in page.upper_text.text()
    page.accept_invitation(str(path), confirm=False)
    assert page.joined.parent_name == DCS.name
    assert page.upper_text.text().startswith("Đoàn phường Lê Chân (mã DCS-LECHAN)")


def test_branch_list_and_invitations_dialog(qtbot, env, tmp_path):
    from desktop.ui.invitations_dialog import InvitationsDialog

    save_self_unit(env.ctx, DCS)
    dlg = InvitationsDialog(env)
    qtbot.addWidget(dlg)
    dlg.add_branch({"code": "CD-A", "name": "Chi đoàn thôn A", "branch_type": "dan-cu", "grade": None})
    sheet = tmp_path / "ds.csv"
    sheet.write_text("Mã;Tên;Loại hình\nCD-B;Chi đoàn thôn B;Địa bàn dân cư\nCD-C;;dân cư\n", encoding="utf-8")
    dlg.import_sheet(str(sheet))
    assert "Dòng 3" in dlg.last_message and "Tên đơn vị không được để trống" in dlg.last_message
    assert dlg.model.rowCount() == 2
    assert dlg.model.index(0, 4).data() == "Chưa mời"
    dlg.invite(None, str(tmp_path / "thu-moi"))
    assert sorted(p.name for p in (tmp_path / "thu-moi").iterdir()) == [
        "ThuMoi-CacChiDoan.pdf",
        "ThuMoi-ChiDoanThonA.stmoi",
        "ThuMoi-ChiDoanThonB.stmoi",
    ]
    assert dlg.model.index(0, 4).data() == "Đã mời, chưa kết nối"
    assert "2 thư mời" in dlg.last_message


def test_send_page_opens_without_keys_and_a_held_package_is_confirmed(qtbot, env, tmp_path):
    from desktop.ui.pages.outbox import OutboxPage

    save_self_unit(env.ctx, DCS)
    branch = open_unit(tmp_path / "chi-doan", BRANCH)
    enrol(branch, env.ctx, tmp_path)
    put_quarterly(branch, quarter=3)
    sync.export_outbox(branch, tmp_path / "usb")
    page = OutboxPage(env)
    qtbot.addWidget(page)
    page.show()
    assert page.tabs.currentIndex() == 0 and not page.fingerprint.isVisible()
    assert page.tabs.tabText(3) == "Nâng cao: khóa"
    page.import_files([str(tmp_path / "usb")])
    assert page.in_model.index(0, 1).data() == BRANCH.name
    assert page.in_model.index(0, 5).data() == "Chờ xác nhận"
    assert page.confirm_btn.isVisible()
    page.in_view.selectRow(0)
    page._confirm_sender(ask=False)
    statuses = sorted(page.in_model.index(i, 5).data() for i in range(page.in_model.rowCount()))
    assert statuses == ["Đã nhận sau khi xác nhận", "Đã nhận ✓"]
    assert not page.confirm_btn.isVisible()
    assert page.units_model.index(0, 1).data() == BRANCH.name
    assert page.units_model.index(0, 5).data() == "xác nhận bằng mã vân tay"
    branch.close()


def test_package_files_dropped_on_the_window_are_imported(qtbot, env, tmp_path):
    from desktop.ui.main_window import MainWindow

    save_self_unit(env.ctx, DCS)
    branch = open_unit(tmp_path / "chi-doan", BRANCH)
    enrol(branch, env.ctx, tmp_path)
    enrol(env.ctx, branch, tmp_path)
    put_quarterly(branch, quarter=2)
    put_quarterly(branch, quarter=3)
    sync.export_outbox(branch, tmp_path / "usb")
    w = MainWindow(env)
    qtbot.addWidget(w)
    w.show()
    mime = QMimeData()
    mime.setUrls(
        [QUrl.fromLocalFile(str(p)) for p in sorted((tmp_path / "usb").iterdir())]
        + [QUrl.fromLocalFile(str(tmp_path / "ghi-chu.txt"))]
    )
    event = QDropEvent(QPointF(300, 300), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    w.dropEvent(event)
    page = w.page("outbox")
    assert w.stack.currentWidget() is page and page.tabs.currentIndex() == 1
    assert sorted(r.status for r in sync.received(env.ctx)) == ["accepted", "accepted"]
    branch.close()


def test_file_pickers_show_the_types_they_open(qtbot, env, monkeypatch):
    import desktop.ui.pages.outbox as outbox_page
    import desktop.ui.pages.settings as settings_page
    from desktop.ui.pages.outbox import OutboxPage
    from desktop.ui.pages.settings import SettingsPage

    save_self_unit(env.ctx, DCS)
    asked = []
    for mod in (outbox_page, settings_page):
        monkeypatch.setattr(mod, "open_file", lambda _p, title, filters="": asked.append((title, filters)) or "")
    monkeypatch.setattr(outbox_page, "open_files", lambda _p, title, filters="": asked.append((title, filters)) or [])
    page = OutboxPage(env)
    qtbot.addWidget(page)
    page._enrol_import()
    page._import_files()
    settings = SettingsPage(env)
    qtbot.addWidget(settings)
    settings.accept_invitation()
    filters = dict(asked)
    assert "*.stpkg" in filters["Nhập tệp đăng ký khóa"] and "(*)" in filters["Nhập tệp đăng ký khóa"]
    assert "*.stpkg" in filters["Nhập tệp gói"]
    assert filters["Mở thư mời"] == "Thư mời Sổ Thi Đua (*.stmoi)"
