"""The online-sync indicator and background sender in the status bar (issue 9 §3)."""

from __future__ import annotations

from desktop.services import online_sync


def test_indicator_shows_pending_and_backs_off_when_the_hub_is_unreachable(window, branch_env, monkeypatch):
    from desktop.ui import sync_status

    branch_env.translator.set_language("vi")
    monkeypatch.setenv("SOTHIDUA_HUB_URL", "http://127.0.0.1:9")  # nothing listens there
    widget = sync_status.install(window, branch_env)
    widget.timer.stop()
    assert "chờ gửi" in widget.text() and "Chưa đồng bộ" in widget.text()
    widget.sync_now()  # the synchronous test runner: the round has finished here
    assert not widget.running
    st = online_sync.load_state(branch_env.ctx)
    assert st.failures == 1 and "Không kết nối được máy chủ" in st.last_error
    assert "đang thử lại" in widget.text()
    assert "Không kết nối được máy chủ" in widget.toolTip()
    # the backoff holds the next round back …
    calls = []
    monkeypatch.setattr(online_sync, "sync_now", lambda ctx: calls.append(ctx) or online_sync.SyncResult())
    widget.tick()
    assert calls == []
    # … until the network comes back
    widget.network_back()
    assert len(calls) == 1


def test_indicator_without_a_hub_says_online_sync_is_off(qtbot, window, branch_env, monkeypatch):
    from desktop.ui import sync_status

    monkeypatch.delenv("SOTHIDUA_HUB_URL", raising=False)
    branch_env.translator.set_language("en")
    widget = sync_status.install(window, branch_env)
    widget.timer.stop()
    assert widget.text() == "Online sync off, 0 package(s) waiting to be sent"
    widget.sync_now()
    assert online_sync.load_state(branch_env.ctx).failures == 0  # nothing attempted
    branch_env.translator.set_language("vi")
    qtbot.waitUntil(lambda: widget.text() == "Đồng bộ trực tuyến đang tắt, còn 0 gói chờ gửi")
