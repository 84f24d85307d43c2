"""The online-sync indicator and background sender in the status bar (issues 9 and 24)."""

from __future__ import annotations

from desktop.services.exchange import online_sync
from tests.sync.conftest_hub import free_port
from tests.sync.conftest_sync import put_quarterly


def test_indicator_names_the_problem_and_backs_off_when_the_hub_is_unreachable(window, branch_env, monkeypatch):
    from desktop.ui import sync_status

    branch_env.translator.set_language("vi")
    port = free_port()  # nothing listens there
    monkeypatch.setenv("SOTHIDUA_HUB_URL", f"http://127.0.0.1:{port}")
    widget = sync_status.install(window, branch_env)
    widget.timer.stop()
    widget.ask_on_quit = False
    put_quarterly(branch_env.ctx)
    widget.refresh()
    assert "Chưa đồng bộ" in widget.text() and "1 gói chờ gửi" in widget.text()
    widget.sync_now()  # the synchronous test runner: the round has finished here
    assert not widget.running
    st = online_sync.load_state(branch_env.ctx)
    said = f"Máy chủ 127.0.0.1:{port} từ chối kết nối: dịch vụ đồng bộ chưa chạy hoặc sai cổng"
    assert st.failures == 1 and said in st.last_error
    assert widget.text().startswith("Chưa gửi được (1 gói chờ): " + said)
    assert said in widget.toolTip() and "Bấm để gửi – nhận ngay" in widget.toolTip()
    # the backoff holds the next round back (5 s after one failure, never more than a minute) …
    assert 0 < online_sync.seconds_until_due(branch_env.ctx) <= 5
    calls = []
    monkeypatch.setattr(online_sync, "sync_now", lambda ctx, **kw: calls.append(kw) or online_sync.SyncResult())
    widget.tick()
    assert calls == []
    # … until the network comes back
    widget.network_back()
    assert calls == [{"manual": False}]
    assert sync_status.MAX_WAIT_MS <= 90_000


def test_indicator_without_a_hub_says_online_sync_is_off(qtbot, window, branch_env, monkeypatch):
    from desktop.ui import sync_status

    monkeypatch.delenv("SOTHIDUA_HUB_URL", raising=False)
    branch_env.translator.set_language("en")
    widget = sync_status.install(window, branch_env)
    widget.timer.stop()
    widget.refresh()
    assert widget.text() == "Online sync off, 0 package(s) waiting to be sent"
    widget.sync_now()
    assert online_sync.load_state(branch_env.ctx).failures == 0  # nothing attempted
    branch_env.translator.set_language("vi")
    qtbot.waitUntil(lambda: widget.text() == "Đồng bộ trực tuyến đang tắt, còn 0 gói chờ gửi")
