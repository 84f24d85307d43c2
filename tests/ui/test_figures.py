"""Figures that mean what they say (issue 19 item 8)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_a_branch_with_no_members_shows_no_share_and_asks_for_the_list(window, qtbot):
    """Not "12%", "2/16 đạt" or "cho 0 đoàn viên còn thiếu": "Chưa có đoàn viên"."""
    from desktop.services.evaluation import evaluate_unit, next_actions

    ev = evaluate_unit(window.env.ctx, "CD-TDP3")
    assert ev.no_members and not ev.recognisable
    assert "%" not in ev.recognition_vi and "Chưa có đoàn viên" in ev.recognition_vi
    actions = next_actions(window.env.ctx, "CD-TDP3")
    assert not any("0 đoàn viên" in a.text_vi for a in actions)
    assert any(a.text_vi.startswith("Chưa có đoàn viên") and a.page == "members" for a in actions)

    window.show_page("home")
    home = window.pages["home"]
    qtbot.waitUntil(lambda: home.card_share.value.text() != "")
    assert home.card_share.value.text() == "Chưa có đoàn viên"
    assert "%" not in home.card_share.value.text() and home.card_met.value.text() == "—"

    window.show_page("campaign")
    camp = window.pages["campaign"]
    qtbot.waitUntil(lambda: "Chưa có đoàn viên" in camp.summary.text())
    assert "%" not in camp.summary.text() and "đạt" not in camp.summary.text().split("<br>")[-1]
    QApplication.processEvents()
