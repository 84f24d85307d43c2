"""The whole branch's self-assessment at once (issue 19 item 9): one grid saved all-or-nothing,
and a spreadsheet filled in and brought back after a preview that names every wrong row."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from desktop.domain.errors import DomainError
from desktop.domain.members import Member
from desktop.domain.recognition import CHUA_DAT, DAT
from desktop.services.year import self_assessment as sa
from desktop.services.membership.members import add_member
from desktop.services.year.recognition import member_board

NAMES = ["Nguyễn Thị Hoa", "Trần Văn Đức", "Lê Thị Lan"]
GROUPS = ["P1", "P2", "P3", "P4", "P5", "P6"]


@pytest.fixture
def branch(branch_ctx):
    branch_ctx.today = lambda: date(2026, 11, 10)
    ids = []
    for n in NAMES:
        _, m = add_member(branch_ctx, "CD-TDP3", Member(None, "CD-TDP3", n), entry_date=date(2025, 1, 10))
        ids.append(m.id)
    return branch_ctx, ids


def _results(ctx):
    return {r.member.id: {g: v[0] for g, v in r.results.items()} for r in member_board(ctx, "CD-TDP3", "2026").rows}


def test_one_grid_saves_every_member_or_none(branch):
    ctx, ids = branch
    grid = {mid: {g: DAT for g in GROUPS} for mid in ids}
    grid[ids[2]]["P4"] = CHUA_DAT
    sa.save_all(ctx, "CD-TDP3", "2026", grid)
    got = _results(ctx)
    assert got[ids[0]] == {g: DAT for g in GROUPS} and got[ids[2]]["P4"] == CHUA_DAT
    bad = {mid: {g: CHUA_DAT for g in GROUPS} for mid in ids}
    del bad[ids[1]]["P6"]  # one member incomplete: nothing is written
    with pytest.raises(DomainError, match="Trần Văn Đức: chưa chọn Đạt/Chưa đạt cho nhóm P6"):
        sa.save_all(ctx, "CD-TDP3", "2026", bad)
    assert _results(ctx) == got


def test_a_sheet_comes_back_after_a_preview_and_a_wrong_row_writes_nothing(branch, tmp_path):
    ctx, ids = branch
    path = sa.write_sheet(ctx, "CD-TDP3", "2026", tmp_path / "tu-danh-gia.xlsx")
    wb = load_workbook(path)
    ws = wb.active
    assert [c.value for c in ws[3]][:3] == ["Mã số", "Họ và tên", "Ngày sinh"]
    rows = {ws.cell(r, 1).value: r for r in range(4, ws.max_row + 1)}
    assert set(rows) == set(ids)
    for mid, r in rows.items():
        for j in range(6):
            ws.cell(r, 4 + j).value = "Đạt" if mid != ids[1] or j else "chưa đạt"
    wb.save(path)
    preview = sa.read_sheet(ctx, "CD-TDP3", "2026", path)
    assert preview.ok and preview.results[ids[1]]["P1"] == CHUA_DAT
    sa.apply_sheet(ctx, "CD-TDP3", "2026", preview)
    assert _results(ctx)[ids[1]]["P1"] == CHUA_DAT and _results(ctx)[ids[0]]["P1"] == DAT

    ws.cell(rows[ids[0]], 5).value = "tốt"
    ws.cell(rows[ids[2]], 2).value = "Người Khác"
    ws.append([99999, "Ai Đó", "", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"])
    wb.save(path)
    preview = sa.read_sheet(ctx, "CD-TDP3", "2026", path)
    assert not preview.ok and len(preview.errors) == 3
    text = "\n".join(preview.errors)
    assert f"Dòng {rows[ids[0]]} (Nguyễn Thị Hoa): ghi “Đạt” hoặc “Chưa đạt” ở nhóm P2 “tốt”" in text
    assert "không phải “Người Khác”" in text and "mã số 99999 (Ai Đó) không phải đoàn viên" in text
    with pytest.raises(DomainError, match="còn lỗi"):
        sa.apply_sheet(ctx, "CD-TDP3", "2026", preview)


def test_a_file_that_is_not_the_sheet_is_refused_by_name(branch, tmp_path):
    ctx, _ = branch
    junk = tmp_path / "anh.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(DomainError, match="“anh.xlsx” bị hỏng"):
        sa.read_sheet(ctx, "CD-TDP3", "2026", junk)
