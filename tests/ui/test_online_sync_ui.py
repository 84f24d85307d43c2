"""Online sending as a secretary meets it (issue 24), against a real hub process on loopback:
"Kết nối máy chủ" names the exact problem, saving takes effect at once, a queued package goes
out within seconds by itself, a refusal shows on the outbox row, in the status bar and on the
home screen, and quitting with packages waiting asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from db.hub.store import HubStore
from desktop.services.exchange import online_sync, sync
from desktop.services.changes import Changes
from tests.sync.conftest_hub import HubProcess, enrol_at_hub, free_port
from tests.sync.conftest_sync import DCS, enrol, open_unit, put_quarterly


@pytest.fixture
def online(window, branch_env, tmp_path, monkeypatch):
    from desktop.ui import sync_status

    monkeypatch.delenv("SOTHIDUA_HUB_URL", raising=False)
    branch_env.translator.set_language("vi")
    dcs = open_unit(tmp_path / "doan-co-so", DCS)
    enrol(dcs, branch_env.ctx, tmp_path)
    enrol(branch_env.ctx, dcs, tmp_path)
    db = f"sqlite:///{tmp_path / 'hub.db'}"
    store = HubStore(db)
    hub = HubProcess(db, log=tmp_path / "hub.log")
    sender = sync_status.install(window, branch_env)
    sender.timer.stop()
    ns = type("Online", (), {})()
    ns.window, ns.env, ns.dcs, ns.store, ns.hub, ns.sender = window, branch_env, dcs, store, hub, sender
    ns.tmp = tmp_path
    yield ns
    sender.ask_on_quit = False
    hub.stop()
    store.close()
    dcs.close()


def _row(ctx, item):
    return next(i for i in sync.outbox(ctx) if i.package_id == item.package_id)


def _outbox_cell(page, item, column: int) -> str:
    m = page.out_model
    for r in range(m.rowCount()):
        if m.row(r).package_id == item.package_id:
            return m.index(r, column).data()
    raise AssertionError("row not shown")


def test_connect_names_each_problem_then_saving_sends_at_once(qtbot, online):
    enrol_at_hub(online.store, online.dcs, online.env.ctx, tmp=online.tmp)
    online.hub.start()
    window, ctx = online.window, online.env.ctx
    window.show_page("outbox")
    page = window.page("outbox")
    box = page.hub_box
    assert box.title() == "Kết nối máy chủ (gửi trực tuyến)" and box.now_btn.text() == "Gửi – nhận ngay"
    item = put_quarterly(ctx)
    online.sender.refresh()
    assert online.sender.text().startswith("Đồng bộ trực tuyến đang tắt")

    checks = [
        ("hub.thanhdoan.vn", "thiếu phần https:// ở đầu"),
        ("http://hub.thanhdoan.vn", "dùng http không mã hóa"),
        (f"http://127.0.0.1:{free_port()}", "từ chối kết nối: dịch vụ đồng bộ chưa chạy hoặc sai cổng"),
        ("https://khong-co-may-nay.invalid", "Không tìm thấy máy chủ “khong-co-may-nay.invalid”"),
        (online.hub.url, "Kết nối tốt: máy chủ Sổ Thi Đua"),
    ]
    for url, said in checks:
        box.url.setText(url)
        qtbot.mouseClick(box.test_btn, Qt.LeftButton)
        qtbot.waitUntil(lambda said=said: said in box.result.text(), timeout=15_000)
    assert _row(ctx, item).status == "pending"  # testing sends nothing

    qtbot.mouseClick(box.save_btn, Qt.LeftButton)  # takes effect at once: no "đang tắt" for a minute
    qtbot.waitUntil(lambda: _row(ctx, item).status == "sent", timeout=10_000)
    qtbot.waitUntil(lambda: online.sender.text().startswith("Đồng bộ lần cuối"))
    assert "còn 0 gói chờ gửi" in online.sender.text()
    assert _outbox_cell(page, item, 6) == "Đã gửi"

    # a package queued anywhere in the app goes out within seconds, with no click
    second = put_quarterly(ctx, quarter=4)
    online.env.bus.emit(Changes.of("sync"))
    qtbot.waitUntil(lambda: _row(ctx, second).status == "sent", timeout=10_000)
    assert online.store.stats()["by_status"]["waiting"] == 2


def test_a_refusal_shows_on_the_row_in_the_status_bar_and_at_home(qtbot, online):
    enrol_at_hub(online.store, online.env.ctx, tmp=online.tmp)  # the Đoàn cơ sở is not on the hub yet
    online.hub.start()
    window, ctx = online.window, online.env.ctx
    online_sync.save_connection(ctx, online.hub.url)
    item = put_quarterly(ctx)
    online.sender.sync_now()
    said = "Máy chủ chưa biết Đoàn cơ sở DCS-LECHAN (Đoàn phường Lê Chân) — báo Thành đoàn đăng ký"
    window.show_page("outbox")
    page = window.page("outbox")
    qtbot.waitUntil(lambda: said in (_outbox_cell(page, item, 7) or ""))
    assert _outbox_cell(page, item, 6) == "Chờ gửi"
    qtbot.waitUntil(lambda: said in online.sender.text())
    window.show_page("home")
    banner = window.page("home").sync_banner
    qtbot.waitUntil(lambda: banner.isVisible() and said in banner.label.text())
    assert banner.label.text().startswith("1 gói bị máy chủ từ chối: ")
    qtbot.mouseClick(banner.open_btn, Qt.LeftButton)
    assert window.stack.currentWidget() is page


def _answer_dialog(name: str, button: str, seen: list):
    def click():
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != name:
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.findChild(type(box.buttons()[0]), button).click()

    QTimer.singleShot(0, click)


def test_quitting_with_packages_waiting_asks_first(qtbot, online):
    port = free_port()
    online_sync.save_connection(online.env.ctx, f"http://127.0.0.1:{port}")  # the hub is stopped
    put_quarterly(online.env.ctx)
    online.sender.sync_now()
    window = online.window
    seen: list[str] = []
    _answer_dialog("quit_with_waiting", "quit_stay", seen)
    window.close()
    assert window.isVisible() and "1 gói chưa tới máy chủ" in seen[0]
    _answer_dialog("quit_with_waiting", "quit_anyway", seen)
    window.close()
    assert not window.isVisible() and len(seen) == 2


def test_a_parent_revokes_a_branch_key_from_the_enrolled_units_and_the_hub_learns_it(qtbot, tmp_path, env, monkeypatch):
    """The Đoàn cơ sở's window: right-click the branch in the enrolled units, revoke, and the
    next round tells the hub; the branch is then refused with a sentence saying what to do."""
    from desktop.services.units import save_self_unit
    from desktop.ui import sync_status
    from desktop.ui.main_window import MainWindow
    from tests.sync.conftest_sync import BRANCH

    monkeypatch.delenv("SOTHIDUA_HUB_URL", raising=False)
    save_self_unit(env.ctx, DCS)
    branch = open_unit(tmp_path / "chi-doan", BRANCH)
    enrol(env.ctx, branch, tmp_path)
    enrol(branch, env.ctx, tmp_path)
    db = f"sqlite:///{tmp_path / 'hub.db'}"
    store = HubStore(db)
    enrol_at_hub(store, env.ctx, tmp=tmp_path)  # only the Đoàn cơ sở; it introduces the branch
    hub = HubProcess(db, log=tmp_path / "hub.log").start()
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    sender = sync_status.install(window, env)
    sender.timer.stop()
    try:
        online_sync.save_connection(env.ctx, hub.url)
        online_sync.save_connection(branch, hub.url)
        sender.sync_now()
        assert [k[1] for k in store.unit("CD-TDP3").keys] == ["active"]  # introduced
        window.show_page("outbox")
        page = window.page("outbox")
        view = page.units_view
        qtbot.waitUntil(lambda: page.units_model.rowCount() == 1)
        assert view.contextMenuPolicy() == Qt.CustomContextMenu
        seen: list[str] = []

        def confirm():
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(20, confirm)
                return
            seen.append(box.text())
            from PySide6.QtWidgets import QMessageBox

            box.button(QMessageBox.Yes).click() if box.objectName() == "revoke_confirm" else box.accept()
            if box.objectName() == "revoke_confirm":
                QTimer.singleShot(20, confirm)  # then the "revoked" note

        QTimer.singleShot(0, confirm)
        page.revoke_menu.revoke(page.units_model.row(0))
        assert seen[0].startswith("Thu hồi khóa ") and "của Chi đoàn Tổ dân phố số 3 (CD-TDP3)?" in seen[0]
        assert "sẽ được báo ở lượt gửi – nhận tới" in seen[1]
        sender.sync_now()  # the next round tells the hub
        assert [k[1] for k in store.unit("CD-TDP3").keys] == ["revoked"]
        put_quarterly(branch)
        res = online_sync.sync_now(branch)
        assert res.problem == "revoked" and "Khóa của đơn vị bạn đã bị thu hồi" in res.error
    finally:
        sender.ask_on_quit = False
        hub.stop()
        store.close()
        branch.close()


def test_an_address_saved_in_settings_takes_effect_at_once(qtbot, online):
    """The hub address typed in Cài đặt (the plain setting) is used at once: no "đang tắt" for a
    minute, and what waits goes out."""
    from desktop.services.units import set_unit_setting

    enrol_at_hub(online.store, online.dcs, online.env.ctx, tmp=online.tmp)
    online.hub.start()
    ctx = online.env.ctx
    item = put_quarterly(ctx)
    online.sender.refresh()
    assert online.sender.text().startswith("Đồng bộ trực tuyến đang tắt")
    online.env.bus.emit(set_unit_setting(ctx, "CD-TDP3", "hub_url", online.hub.url))  # what Cài đặt emits
    qtbot.waitUntil(lambda: _row(ctx, item).status == "sent", timeout=10_000)
    qtbot.waitUntil(lambda: online.sender.text().startswith("Đồng bộ lần cuối"))
