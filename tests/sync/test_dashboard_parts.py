"""The progress of the branches a Đoàn cơ sở keeps itself, evaluated in small chunks and handed
over in parts (issue 23: "Các chi đoàn" opens fast and never freezes with 300 branches): whatever
the chunk size, the figures are those of the branch's own evaluation, every branch is in the
result, and the parts handed over on the way add up to it."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.reporting.branch_dashboard import dashboard, local_evaluations, with_local
from desktop.services.year.evaluation import evaluate_unit
from tests.sync.conftest_dashboard import TDP5, TDP9, build_local_dcs
from tests.sync.conftest_sync import DCS


@pytest.fixture
def dcs(ctx, tmp_path):
    branch = build_local_dcs(ctx, tmp_path)
    yield ctx
    branch.close()


def _recognise(ctx, unit_code: str, names: list[str], period: str = "2026", *, recorded_in: str | None = None):
    """Record members of ``unit_code`` as Đoàn viên XHCN for ``period`` (the decision recorded
    under ``recorded_in``: the unit they were in when recognised)."""
    from db.repo import recognition_decisions as decisions_repo
    from db.repo import units as units_repo
    from desktop.services.membership import members as members_svc

    wanted = [e.member.id for e in members_svc.roster(ctx, unit_code) if e.member.full_name in names]
    assert len(wanted) == len(names)
    with ctx.uow.begin() as s:
        unit_id = units_repo.row_id(s, recorded_in or unit_code)
        for mid in wanted:
            decisions_repo.put_member_recognition(
                s,
                unit_id=unit_id,
                member_id=mid,
                period_label=period,
                decision_number="12-QĐ/ĐTN",
                decision_date=date(2026, 11, 20),
                issuer_code="DCS-LC",
                issuer_name="Đoàn phường Lê Chân",
            )
    return wanted


def test_chunk_by_chunk_gives_the_branch_s_own_figures(dcs):
    # CD-3.8 counts the members recognised: one of Tổ 5 recognised while in Tổ 5, and one of Tổ 9
    # whose decision was recorded under Tổ 5 (both branches must see it, as one branch's page does).
    _recognise(dcs, TDP5.code, ["Nguyễn Thị Hoa", "Trần Văn Đức", "Lê Minh Châu", "Phạm Thu Hương"])
    _recognise(dcs, TDP9.code, ["Đặng Ngọc Lan"], recorded_in=TDP5.code)
    _same_recognised_as_one_branch_reads_them(dcs)
    board = dashboard(dcs, "2026")
    parts: list[dict] = []
    one_by_one = local_evaluations(dcs, board, chunk=1, partial=parts.append, every=0.0)
    at_once = local_evaluations(dcs, board, chunk=500)
    assert set(one_by_one) == set(at_once) == {TDP5.code, TDP9.code}
    for unit in (TDP5, TDP9):
        ev = evaluate_unit(dcs, unit.code, "2026")  # what the branch's own page shows
        for results in (one_by_one, at_once):
            r = results[unit.code]
            assert (r.met, r.applicable, r.completion_share, r.recognisable) == (
                ev.met,
                ev.applicable,
                ev.completion_share,
                ev.recognisable,
            )
            assert r.statuses == {c.id: c.status for c in ev.criteria}
    assert one_by_one[TDP5.code].statuses["CD-3.8"] == at_once[TDP5.code].statuses["CD-3.8"]
    # The first branch was handed over before the second was evaluated; the last one only comes
    # with the whole result.
    assert [set(p) for p in parts] == [{TDP5.code}]
    assert parts[0][TDP5.code] == one_by_one[TDP5.code]


def _same_recognised_as_one_branch_reads_them(ctx):
    from db.repo import recognition as rec_repo
    from db.repo import units as units_repo
    from desktop.services.year import load_snapshots

    cat = ctx.catalogs.get("chi-doan-xhcn")
    with ctx.uow.read() as s:
        units = [units_repo.get(s, TDP5.code), units_repo.get(s, TDP9.code)]
        got = {
            d.unit.code: d.recognised_member_ids
            for d in load_snapshots(s, cat, units, "2026", ctx.today(), ctx.today())
        }
        for u in units:
            assert got[u.code] == frozenset(rec_repo.recognised_member_ids(s, u.code, "2026"))
    assert len(got[TDP5.code]) == 5 and len(got[TDP9.code]) == 1  # Lan counts in both


def test_a_part_fills_its_rows_and_leaves_the_others_computing(dcs):
    board = dashboard(dcs, "2026")
    results = local_evaluations(dcs, board)
    part = with_local(board, {TDP5.code: results[TDP5.code]}, final=False)
    rows = {r.code: r for r in part.rows}
    assert not rows[TDP5.code].evaluating and rows[TDP5.code].completion_share == results[TDP5.code].completion_share
    assert rows[TDP9.code].evaluating and rows[TDP9.code].completion_share is None
    assert part.totals["evaluating"] == 1 and part.totals["reporting"] == 2  # the enrolled branch + Tổ 5
    # The whole result afterwards: the same as filling everything in at once.
    assert with_local(part, results) == with_local(board, results)
    # Nothing yet: the board as it was.
    assert with_local(board, {}, final=False) is board


def test_the_volunteer_records_are_read_once_for_all_chunks(dcs, monkeypatch):
    from db.repo import volunteer as vol_repo

    calls = []
    real = vol_repo.activities_in
    monkeypatch.setattr(vol_repo, "activities_in", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    local_evaluations(dcs, dashboard(dcs, "2026"), chunk=1)
    # Two reads (the activities CD-2.2 counts and those CD-2.3 counts) for the whole Đoàn cơ sở,
    # not two per branch.
    assert calls == [DCS.code, DCS.code]


def test_the_records_read_on_the_driver_are_those_the_orm_reads(dcs):
    """The evaluation reads the branches' records straight from SQLite (faster); the hub's
    PostgreSQL reads them through the ORM: the same records, participants and attachments."""
    from db.repo import cycle_units
    from db.repo import units as units_repo

    with dcs.uow.read() as s:
        ids = cycle_units.unit_ids(s, [u.code for u in units_repo.children(s, DCS.code)])
        for start, end, kinds in (
            (None, None, None),
            (date(2026, 1, 1), date(2026, 6, 30), None),
            (None, None, ["thematic_session", "meeting"]),
        ):
            fast = cycle_units._logs_sqlite(s, ids, start, end, kinds)
            assert fast == cycle_units._logs_orm(s, ids, start, end, kinds)
        assert sum(len(v) for v in fast.values()) > 0
        assert any(e.participants for v in fast.values() for e in v)
