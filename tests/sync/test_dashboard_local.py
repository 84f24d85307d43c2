"""The branches dashboard of a Đoàn cơ sở that keeps some branches' records itself (issue 7 item 6):
the branches without packages are shown from its own records (registration at once, progress from
the local evaluation), the enrolled branch from its packages, and the totals agree with the rows."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.reporting.branch_dashboard import dashboard, local_evaluations, with_local
from desktop.services.year.evaluation import evaluate_unit
from tests.sync.conftest_dashboard import TDP5, TDP9, build_local_dcs
from tests.sync.conftest_sync import BRANCH


@pytest.fixture
def dcs(ctx, tmp_path):
    branch = build_local_dcs(ctx, tmp_path)
    yield ctx
    branch.close()


def test_table_first_shows_registrations_and_leaves_local_progress_pending(dcs):
    board = dashboard(dcs, "2026")
    rows = {r.code: r for r in board.rows}
    assert set(rows) == {BRANCH.code, TDP5.code, TDP9.code}
    # CD-TDP5: its registration is in the Đoàn cơ sở's own book, submitted before 10/11/2025.
    r5 = rows[TDP5.code]
    assert (r5.registered, r5.registered_on, r5.registered_on_time) == (True, date(2025, 11, 5), True)
    assert r5.registration_deadline == date(2025, 11, 10)
    assert r5.member_count == 4 and r5.registration_source == "local" and not r5.enrolled
    assert r5.evaluating and r5.completion_share is None and r5.overdue == ()
    # CD-TDP9: nothing registered after the deadline — and no "report not sent": nobody sends one.
    r9 = rows[TDP9.code]
    assert not r9.registered and r9.registration_source is None
    assert r9.overdue == ("Chưa đăng ký (hạn 10/11/2025)",)
    # CD-TDP3 (enrolled): from its packages, as before.
    r3 = rows[BRANCH.code]
    assert r3.enrolled and r3.registered and r3.registered_on == date(2025, 11, 5) and r3.member_count == 30
    assert r3.registration_source == r3.report_source == "package" and r3.source == "package"
    assert r3.completion_share == 0.8125 and r3.last_quarter == 3 and not r3.evaluating
    assert r3.received_at is not None
    assert not any("đăng ký" in o for o in r3.overdue)
    t = board.totals
    assert (t["branches"], t["registered"], t["registered_on_time"], t["reporting"], t["evaluating"]) == (3, 2, 2, 1, 2)


def test_local_evaluation_fills_the_progress_columns_and_totals_agree(dcs):
    board = dashboard(dcs, "2026")
    results = local_evaluations(dcs, board)
    assert set(results) == {TDP5.code, TDP9.code}
    full = with_local(board, results)
    rows = {r.code: r for r in full.rows}
    for unit in (TDP5, TDP9):
        ev = evaluate_unit(dcs, unit.code, "2026")  # the same figures as the branch's own page
        r = rows[unit.code]
        assert (r.met, r.applicable, r.completion_share, r.recognisable) == (
            ev.met,
            ev.applicable,
            ev.completion_share,
            ev.recognisable,
        )
        assert r.statuses == {c.id: c.status for c in ev.criteria}
        assert r.report_source == "local" and not r.evaluating and r.report_as_of == date(2026, 11, 21)
    # Four thematic sessions and ten meetings count for CD-TDP5: it is ahead of CD-TDP9.
    assert rows[TDP5.code].statuses["CD-1.2"] == "met" and rows[TDP9.code].statuses["CD-1.2"] != "met"
    assert rows[TDP5.code].met > rows[TDP9.code].met
    assert rows[TDP5.code].source == "local" and rows[BRANCH.code].source == "package"
    t = full.totals
    assert t["reporting"] == 3 and t["evaluating"] == 0 and t["local"] == 2
    assert t["recognisable"] == sum(1 for r in full.rows if r.recognisable)
    assert t["overdue"] == sum(1 for r in full.rows if r.overdue)
    # The per-criterion counts take every branch now.
    met, reporting = full.per_criterion["CD-1.2"]
    assert reporting == 3 and met == sum(1 for r in full.rows if r.statuses.get("CD-1.2") == "met")


def test_an_enrolled_branch_without_its_record_here_is_not_shown_as_zero(dcs, tmp_path):
    from desktop.services.units import save_unit
    from tests.sync.conftest_sync import OTHER, enrol, open_unit

    other = open_unit(tmp_path / "chi-doan-7", OTHER)
    try:
        save_unit(dcs, OTHER)
        enrol(dcs, other, tmp_path)
        board = dashboard(dcs, "2026")
        row = next(r for r in board.rows if r.code == OTHER.code)
        assert row.enrolled and row.evaluating
        assert any("Chưa gửi báo cáo quý" in o for o in row.overdue)  # it must SEND its reports
        full = with_local(board, local_evaluations(dcs, board))
        row = next(r for r in full.rows if r.code == OTHER.code)
        assert row.completion_share is None and row.met is None and not row.evaluating
    finally:
        other.close()


def test_a_draft_registration_is_not_a_registration(dcs):
    from desktop.domain.registration import RegistrationItem
    from desktop.services.year import cycle

    cycle.save_registration(dcs, TDP9.code, "2026", [RegistrationItem("CD-1.1", "Bản tin tổ dân phố")], [])
    row = next(r for r in dashboard(dcs, "2026").rows if r.code == TDP9.code)
    assert not row.registered and row.registration_source == "local"
    assert row.overdue == ("Bản đăng ký còn là bản nháp, chưa nộp (hạn 10/11/2025)",)


def test_a_late_local_registration_counts_as_late_and_an_amendment_keeps_the_first_date(dcs):
    from desktop.domain.registration import RegistrationItem
    from desktop.services.year import cycle

    dcs.today = lambda: date(2025, 11, 18)
    from tests.registration_items import complete

    cycle.save_registration(
        dcs, TDP9.code, "2026", complete(dcs, [RegistrationItem("CD-1.1", "Bản tin tổ dân phố", None, "Bí thư")]), []
    )
    cycle.submit_registration(dcs, TDP9.code, "2026")
    dcs.today = lambda: date(2026, 3, 2)
    cycle.amend_registration(dcs, TDP5.code, "2026", note="Bổ sung đoàn viên")
    cycle.submit_registration(dcs, TDP5.code, "2026")
    dcs.today = lambda: date(2026, 11, 21)
    rows = {r.code: r for r in dashboard(dcs, "2026").rows}
    assert rows[TDP9.code].registered and rows[TDP9.code].registered_on_time is False
    assert rows[TDP9.code].registered_on == date(2025, 11, 18) and rows[TDP9.code].overdue == ()
    assert rows[TDP5.code].registered_on == date(2025, 11, 5) and rows[TDP5.code].registered_on_time


def test_a_cancelled_evaluation_stops(dcs):
    from desktop.services.progress import Cancelled, CancelToken

    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        local_evaluations(dcs, dashboard(dcs, "2026"), cancel=token)


def test_evaluate_local_gives_the_whole_board_in_one_call(dcs):
    """For the CLI and the summaries sent to the upper level (no GUI thread to keep free)."""
    board = dashboard(dcs, "2026", evaluate_local=True)
    assert not board.pending and board.totals["reporting"] == 3
    assert {r.code: r.completion_share for r in board.rows} == {
        r.code: r.completion_share
        for r in with_local(dashboard(dcs, "2026"), local_evaluations(dcs, dashboard(dcs, "2026"))).rows
    }


def test_the_results_summary_sent_up_carries_the_progress_of_branches_kept_here(dcs, monkeypatch):
    from desktop.domain.units import Unit, UnitKind
    from desktop.services.exchange import grassroots_sends, submissions, sync

    sent = {}
    monkeypatch.setattr(
        grassroots_sends,
        "_parent",
        lambda ctx, me: Unit(code="DCT-HP", name="Thành đoàn Hải Phòng", kind=UnitKind.DOAN_CAP_TREN),
    )
    monkeypatch.setattr(sync, "put_in_outbox", lambda ctx, **kw: sent.update(kw))
    submissions.send_summary(dcs, submissions._me(dcs), "2026", "results")
    rows = {b["code"]: b for b in sent["data"]["branches"]}
    ev = evaluate_unit(dcs, TDP5.code, "2026")
    assert rows[TDP5.code]["completion_share"] == ev.completion_share is not None
    assert rows[TDP5.code]["registered"] and not rows[TDP9.code]["registered"]
