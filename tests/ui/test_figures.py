"""Figures that mean what they say (issue 19 item 8)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from desktop.i18n.catalogue import say


def test_a_branch_with_no_members_shows_no_share_and_asks_for_the_list(window, qtbot):
    """Not "12%", "2/16 đạt" or "cho 0 đoàn viên còn thiếu": "Chưa có đoàn viên"."""
    from desktop.services.year.evaluation import evaluate_unit, next_actions

    ev = evaluate_unit(window.env.ctx, "CD-TDP3")
    assert ev.no_members and not ev.recognisable
    assert "%" not in say(ev.recognition) and "Chưa có đoàn viên" in say(ev.recognition)
    actions = next_actions(window.env.ctx, "CD-TDP3")
    assert not any("0 đoàn viên" in a.text("vi") for a in actions)
    assert any(a.text("vi").startswith("Chưa có đoàn viên") and a.page == "members" for a in actions)

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


def test_each_quarter_cell_counts_that_quarters_sessions(window, qtbot):
    """Q2 had no thematic session; a session recorded in Q4 turns the Q4 cell green (it stayed red:
    the cell showed the year so far, where Q2 is missed for good)."""
    from datetime import date

    from desktop.domain.logs import LogEntry
    from desktop.domain.members import Member
    from desktop.services.changes import Changes
    from desktop.services.year.cycle import add_log
    from desktop.services.membership.members import add_member

    ctx = window.env.ctx
    ctx.today = lambda: date(2026, 11, 20)
    _, m = add_member(ctx, "CD-TDP3", Member(None, "CD-TDP3", "Nguyễn Thị Hoa"), entry_date=date(2025, 1, 10))
    for d in (date(2026, 2, 20), date(2026, 8, 22)):
        add_log(
            ctx,
            LogEntry(
                None,
                "CD-TDP3",
                "thematic_session",
                d,
                "Học tập Nghị quyết",
                category="chinh-tri-tu-tuong",
                participants=frozenset({m.id}),
            ),
        )
    window.show_page("campaign")
    camp = window.pages["campaign"]
    window.env.bus.emit(Changes.of("members", "cycle"))

    def row_of(cid):
        t = camp.quarter_table
        return next(r for r in range(t.rowCount()) if t.item(r, 0).text().startswith(cid))

    def cells(cid):
        t = camp.quarter_table
        return [t.item(row_of(cid), c).text() for c in range(1, t.columnCount())]

    qtbot.waitUntil(lambda: camp.quarter_table.rowCount() > 0)
    assert cells("CD-1.2") == ["Đạt", "Chưa đạt", "Đạt", "Có nguy cơ chưa đạt"]
    add_log(
        ctx,
        LogEntry(
            None,
            "CD-TDP3",
            "thematic_session",
            date(2026, 11, 20),
            "Pháp luật",
            category="phap-luat",
            participants=frozenset({m.id}),
        ),
    )
    window.env.bus.emit(Changes.of("cycle"))
    qtbot.waitUntil(lambda: cells("CD-1.2")[3] == "Đạt")
    assert cells("CD-1.2") == ["Đạt", "Chưa đạt", "Đạt", "Đạt"]
