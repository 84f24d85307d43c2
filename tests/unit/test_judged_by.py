"""Who judges CD-1.3 and CD-3.1 is visible, and the Đoàn cơ sở's judgement wins (issue 19 item 8)."""

from __future__ import annotations
from desktop.i18n.catalogue import say


def test_who_judged_cd13_and_cd31_is_said_and_the_doan_co_so_wins(ctx):
    """Issue 19 item 8: a branch's own judgement reads as "tự đánh giá" (CD-1.3 with no alert says
    so); the Đoàn cơ sở's judgement is named as such and wins, even over a later self-judgement."""
    from datetime import date

    from db.repo import cycle as cycle_repo
    from desktop.domain.evaluation_model import Judgement
    from desktop.domain.members import Member
    from desktop.domain.units import BranchType, Unit, UnitKind
    from desktop.services.year.cycle import record_judgement
    from desktop.services.year.evaluation import evaluate_unit
    from desktop.services.membership.members import add_member
    from desktop.services.units import save_self_unit, save_unit

    ctx.today = lambda: date(2026, 6, 1)
    save_self_unit(ctx, Unit("DCS-LECHAN", "Đoàn phường Lê Chân", UnitKind.DOAN_CO_SO))
    save_unit(
        ctx, Unit("CD-TDP3", "Chi đoàn Tổ dân phố số 3", UnitKind.CHI_DOAN, BranchType.DAN_CU, parent_code="DCS-LECHAN")
    )
    add_member(ctx, "CD-TDP3", Member(None, "CD-TDP3", "Nguyễn Thị Hoa"), entry_date=date(2025, 1, 10))
    with ctx.uow.begin() as s:  # the branch's own judgement, as it arrives from the branch's data
        cycle_repo.insert_judgement(
            s,
            "CD-TDP3",
            "chi-doan-xhcn",
            "2026",
            Judgement("CD-1.3", "met", "Bí thư chi đoàn", date(2026, 5, 1), None, "chi-doan"),
            "test",
        )
    r = evaluate_unit(ctx, "CD-TDP3", "2026").result("CD-1.3")
    assert r.status == "met" and "Chi đoàn tự đánh giá đạt" in say(r.explanation)
    assert "Đã ghi 0 lần" in say(r.explanation) and "tự đánh giá của chi đoàn" in say(r.explanation)
    record_judgement(
        ctx, "CD-TDP3", "2026", "CD-1.3", "not_met", author="Phó Bí thư Đoàn phường", judged_on=date(2026, 5, 20)
    )
    with ctx.uow.begin() as s:  # a later self-judgement does not overturn the Đoàn cơ sở's
        cycle_repo.insert_judgement(
            s,
            "CD-TDP3",
            "chi-doan-xhcn",
            "2026",
            Judgement("CD-1.3", "met", "Bí thư chi đoàn", date(2026, 5, 25), None, "chi-doan"),
            "test",
        )
    r = evaluate_unit(ctx, "CD-TDP3", "2026").result("CD-1.3")
    assert r.status == "not_met"
    assert say(r.explanation).startswith("Đoàn cơ sở (Phó Bí thư Đoàn phường) đánh giá chưa đạt ngày 20/05/2026")


def test_a_week_missed_in_q1_does_not_keep_the_later_quarters_red(branch_ctx):
    """Issue 19 item 8: each quarter's cell of CD-2.4 ("mỗi tuần") counts that quarter's weeks."""
    from datetime import date, timedelta

    from desktop.domain.logs import LogEntry
    from desktop.domain.members import Member
    from desktop.services.year.cycle import add_log
    from desktop.services.year.evaluation import evaluate_quarters
    from desktop.services.membership.members import add_member

    ctx = branch_ctx
    ctx.today = lambda: date(2026, 11, 20)
    add_member(ctx, "CD-TDP3", Member(None, "CD-TDP3", "Nguyễn Thị Hoa"), entry_date=date(2025, 1, 10))
    day = date(2025, 12, 29)  # Monday of ISO week 1 of 2026
    while day <= date(2026, 11, 16):
        if day.isocalendar()[1] != 5:  # week 5 (Q1) has no post
            add_log(ctx, LogEntry(None, "CD-TDP3", "weekly_post", day + timedelta(days=2), "Tấm gương người tốt"))
        day += timedelta(days=7)
    cells = [q.evaluation.result("CD-2.4") for q in evaluate_quarters(ctx, "CD-TDP3", "2026")]
    assert [c.status for c in cells] == ["not_met", "met", "met", "met"]  # the year so far: not met
    assert "tuần 5" in say(cells[0].explanation)
