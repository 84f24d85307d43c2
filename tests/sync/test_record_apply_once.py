"""A branch's record written into a Đoàn cơ sở (issue 23 item 7, a few tens of ms each): the
package is marked as applied in the same transaction as the rows it writes, so that a failure
leaves neither; a newer record that changes one member rewrites the branch and leaves the Đoàn cơ
sở's appraisal of another member, the members' facts of other periods and the links from the
Đoàn cơ sở's own records as they were; nothing of the branch's old records is left behind."""

from __future__ import annotations

import copy

import pytest
from sqlalchemy import text

from db.repo import sync as sync_repo
from desktop.services.exchange import record_apply, sync
from desktop.services.year import recognition, recognition_decisions
from desktop.sync import privacy
from tests.sync.conftest_sync import pair  # noqa: F401  (the fixture)
from tests.sync.conftest_sync import BRANCH, DCS, branch_record, registration_with_record


def _store(p, record: dict, name: str) -> None:
    """The branch's registration carrying ``record``, stored by the Đoàn cơ sở, not written yet."""
    f = p.tmp / name
    f.write_bytes(registration_with_record(p, record, {"code": DCS.code, "name": DCS.name}))
    [out] = sync.import_paths(p.dcs, [f], apply_records=False)
    assert out.status == "accepted", out.reason


def _q(ctx, sql: str, **kw):
    with ctx.uow.read() as s:
        return s.execute(text(sql), kw).all()


def _branch_names(ctx) -> list[str]:
    return [
        r[0]
        for r in _q(
            ctx,
            "SELECT full_name FROM members m JOIN units u ON u.id = m.unit_id WHERE u.code = :c ORDER BY m.id",
            c=BRANCH.code,
        )
    ]


def _pending(ctx) -> bool:
    with ctx.uow.read() as s:
        newest, last = sync_repo.newest_records(s, [BRANCH.code], DCS.code)[BRANCH.code]
    return newest[1] != last


def test_a_record_is_written_and_marked_applied_together_or_not_at_all(pair, monkeypatch):  # noqa: F811
    record = privacy.minimise_record(branch_record(BRANCH, 6))
    _store(pair, record, "ban-1.stpkg")
    audit_before = _q(pair.dcs, "SELECT count(*) FROM audit_log")[0][0]

    def broken(s, row_id):
        raise RuntimeError("disk full")

    monkeypatch.setattr(record_apply.repo, "mark_record_applied", broken)
    with pytest.raises(RuntimeError):
        sync.apply_pending_records(pair.dcs)
    assert _branch_names(pair.dcs) == []  # the rows went back with the mark
    assert _pending(pair.dcs)
    assert _q(pair.dcs, "SELECT count(*) FROM audit_log")[0][0] == audit_before

    monkeypatch.undo()
    assert sync.apply_pending_records(pair.dcs) == {}
    assert _branch_names(pair.dcs) == [m["full_name"] for m in record["members"]]
    assert not _pending(pair.dcs)
    actions = [r[0] for r in _q(pair.dcs, "SELECT action FROM audit_log ORDER BY id")][-2:]
    assert actions == ["import", "apply_record"]


def test_a_newer_record_changing_one_member_keeps_what_the_doan_co_so_holds_of_the_others(pair):  # noqa: F811
    first = privacy.minimise_record(branch_record(BRANCH, 6))
    _store(pair, first, "ban-1.stpkg")
    assert sync.apply_pending_records(pair.dcs) == {}
    board = recognition.member_board(pair.dcs, BRANCH.code, "2026")
    a = board.rows[0].member
    recognition_decisions.appraise_member(pair.dcs, a.id, "2026", False, "Chưa đủ 05 ngày tình nguyện")
    # a fact of an earlier period (not in the file) and a Đoàn cơ sở log crediting the member
    with pair.dcs.uow.begin() as s:
        s.execute(
            text(
                "INSERT INTO member_period_facts (member_id, period_label, residence_activity, training_registered, ebook_issued, ecard_issued, updated_at, updated_by) VALUES (:m, '2025', 1, 0, 0, 0, '2025-12-01 00:00:00', 'test')"
            ),
            {"m": a.id},
        )
        dcs_id = s.execute(text("SELECT id FROM units WHERE code = :c"), {"c": DCS.code}).scalar()
        s.execute(
            text(
                "INSERT INTO cycle_logs (unit_id, kind, on_date, title, created_by, created_at, updated_at) VALUES (:u, 'meeting', '2026-03-01', 'Hội nghị Đoàn cơ sở', 'test', '2026-03-01 00:00:00', '2026-03-01 00:00:00')"
            ),
            {"u": dcs_id},
        )
        log_id = s.execute(text("SELECT max(id) FROM cycle_logs")).scalar()
        s.execute(
            text("INSERT INTO cycle_log_participants (log_id, member_id) VALUES (:l, :m)"), {"l": log_id, "m": a.id}
        )

    newer = copy.deepcopy(first)
    newer["members"][-1]["full_name"] = "Đinh Thị Mới"  # another member changes
    _store(pair, newer, "ban-2.stpkg")
    assert sync.apply_pending_records(pair.dcs) == {}

    assert _branch_names(pair.dcs)[-1] == "Đinh Thị Mới"
    [(a_now,)] = _q(
        pair.dcs,
        "SELECT m.id FROM members m JOIN units u ON u.id = m.unit_id WHERE u.code = :c AND m.full_name = :n",
        c=BRANCH.code,
        n=a.full_name,
    )
    assert _q(pair.dcs, "SELECT accepted, reason FROM member_appraisals WHERE member_id = :m", m=a_now) == [
        (0, "Chưa đủ 05 ngày tình nguyện")
    ]
    assert _q(
        pair.dcs,
        "SELECT residence_activity FROM member_period_facts WHERE member_id = :m AND period_label = '2025'",
        m=a_now,
    ) == [(1,)]
    assert _q(pair.dcs, "SELECT member_id FROM cycle_log_participants WHERE log_id = :l", l=log_id) == [(a_now,)]
    # nothing of the branch's old records left behind, nothing written twice
    for sql in (
        "SELECT count(*) FROM cycle_log_participants p LEFT JOIN cycle_logs l ON l.id = p.log_id WHERE l.id IS NULL",
        "SELECT count(*) FROM cycle_log_participants p LEFT JOIN members m ON m.id = p.member_id WHERE m.id IS NULL",
        "SELECT count(*) FROM volunteer_participants p LEFT JOIN volunteer_activities a ON a.id = p.activity_id WHERE a.id IS NULL",
        "SELECT count(*) FROM volunteer_credits c LEFT JOIN volunteer_activities a ON a.id = c.activity_id WHERE a.id IS NULL",
        "SELECT count(*) FROM volunteer_activity_dates d LEFT JOIN volunteer_activities a ON a.id = d.activity_id WHERE a.id IS NULL",
    ):
        assert _q(pair.dcs, sql) == [(0,)], sql
    uid = _q(pair.dcs, "SELECT id FROM units WHERE code = :c", c=BRANCH.code)[0][0]
    n_logs = _q(pair.dcs, "SELECT count(*) FROM cycle_logs WHERE unit_id = :u", u=uid)[0][0]
    n_parts = _q(
        pair.dcs,
        "SELECT count(*) FROM cycle_log_participants p JOIN cycle_logs l ON l.id = p.log_id WHERE l.unit_id = :u",
        u=uid,
    )[0][0]
    assert n_logs == len(newer["logs"])
    assert n_parts == sum(len(set(lg.get("participants", []))) for lg in newer["logs"])
