"""A Đoàn cơ sở stores each branch's newest record by replacing the branch's data: what the Đoàn
cơ sở itself decided about the branch's members (its appraisals of the members proposed as Đoàn
viên XHCN) stays, even when the newer record changes members or claims appraisals of its own."""

from __future__ import annotations

import copy

from db.repo import recognition_decisions as decisions_repo
from desktop.services.year import recognition, recognition_decisions
from desktop.sync import privacy
from tests.sync.conftest_sync import pair  # noqa: F401  (the fixture)
from tests.sync.conftest_sync import BRANCH, branch_record, import_bytes, registration_with_record


def _send_record(p, record: dict, name: str, status: str = "accepted"):
    content = registration_with_record(p, record, {"code": "DCS-LECHAN", "name": "Đoàn phường Lê Chân"})
    out = import_bytes(p.dcs, content, p.tmp, name)
    assert out.status == status, out.reason
    return out


def _appraisals(ctx) -> dict[str, tuple]:
    board = recognition.member_board(ctx, BRANCH.code, "2026")
    names = {r.member.id: r.member.full_name for r in board.rows}
    with ctx.uow.read() as s:
        from sqlalchemy import text

        uid = s.execute(text("SELECT id FROM units WHERE code = :c"), {"c": BRANCH.code}).scalar()
        got = decisions_repo.member_appraisals(s, uid, "2026")
    return {names[m]: (a["accepted"], a["reason"]) for m, a in got.items()}


def test_the_doan_co_so_appraisals_of_members_survive_a_newer_record(pair):  # noqa: F811
    full = branch_record(BRANCH, 6)
    first = privacy.minimise_record(full)
    _send_record(pair, first, "ban-1.stpkg")
    board = recognition.member_board(pair.dcs, BRANCH.code, "2026")
    a, b = board.rows[0].member, board.rows[1].member
    recognition_decisions.appraise_member(pair.dcs, a.id, "2026", True)
    recognition_decisions.appraise_member(pair.dcs, b.id, "2026", False, "Chưa đủ 05 ngày tình nguyện")
    assert _appraisals(pair.dcs) == {a.full_name: (True, ""), b.full_name: (False, "Chưa đủ 05 ngày tình nguyện")}

    # a newer record with one member changed: written, the appraisals stay
    newer = copy.deepcopy(first)
    newer["members"][-1]["full_name"] = "Đinh Thị Mới"
    _send_record(pair, newer, "ban-2.stpkg")
    names = [r.member.full_name for r in recognition.member_board(pair.dcs, BRANCH.code, "2026").rows]
    assert "Đinh Thị Mới" in names  # the newer record was written
    assert _appraisals(pair.dcs) == {a.full_name: (True, ""), b.full_name: (False, "Chưa đủ 05 ngày tình nguyện")}

    # a record claiming appraisals the branch may not make is refused whole
    forged = copy.deepcopy(newer)
    forged["members"][-1]["full_name"] = "Đinh Thị Giả"
    forged["member_appraisals"] = [{"member": m["id"], "period": "2026", "accepted": True} for m in forged["members"]]
    _send_record(pair, forged, "ban-3.stpkg", status="rejected")
    names = [r.member.full_name for r in recognition.member_board(pair.dcs, BRANCH.code, "2026").rows]
    assert "Đinh Thị Giả" not in names
    assert _appraisals(pair.dcs) == {a.full_name: (True, ""), b.full_name: (False, "Chưa đủ 05 ngày tình nguyện")}


def test_a_branch_record_does_not_carry_signers_or_appraisals_up():
    full = branch_record(BRANCH, 3)
    full["signers"] = [{"valid_from": "2026-01-05", "title": "BÍ THƯ", "full_name": "Lê Văn An"}]
    full["member_appraisals"] = [{"member": full["members"][0]["id"], "period": "2026", "accepted": True}]
    rec = privacy.minimise_record(full)
    assert "signers" not in rec and "member_appraisals" not in rec
