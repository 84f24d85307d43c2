"""The member dialog edits this period's CD-3.3 … CD-3.5 facts and the e-book and e-card numbers
(issue 19 item 7), and says which period the ticks are for."""

from __future__ import annotations

from datetime import date


def test_the_member_dialog_keeps_the_book_and_card_numbers_of_this_period(window, qtbot):
    from desktop.domain.members import Member
    from desktop.services.membership.members import add_member, get_member
    from desktop.services.membership.period_facts import member_facts
    from desktop.ui.members_dialog import MemberDialog

    ctx = window.env.ctx
    ctx.today = lambda: date(2026, 6, 1)
    _, m = add_member(ctx, "CD-TDP3", Member(None, "CD-TDP3", "Nguyễn Thị Hoa"), entry_date=date(2025, 1, 10))
    dlg = MemberDialog(window.env, "CD-TDP3", get_member(ctx, m.id), parent=window)
    qtbot.addWidget(dlg)
    dlg.show()
    assert "2026" in dlg.period_note.text() and "kỳ mới" in dlg.period_note.text()
    dlg.residence_activity.setChecked(True)
    dlg.ebook_no.setText("SĐT 0012345")
    dlg.ecard_no.setText("TĐ-99887")
    dlg.save()
    assert dlg.result() == dlg.DialogCode.Accepted
    f = member_facts(ctx, m.id)["2026"]
    assert (f.residence_activity, f.ebook_no, f.ecard_no, f.ebook_issued, f.ecard_issued) == (
        True,
        "SĐT 0012345",
        "TĐ-99887",
        True,
        True,
    )

    ctx.today = lambda: date(2027, 1, 5)  # the next year: nothing ticked yet
    again = MemberDialog(window.env, "CD-TDP3", get_member(ctx, m.id), parent=window)
    qtbot.addWidget(again)
    assert "2027" in again.period_note.text()
    assert not again.residence_activity.isChecked()
    # the book and card issued in 2026 are still issued, with their numbers
    assert again.ebook_issued.isChecked() and again.ebook_no.text() == "SĐT 0012345"
