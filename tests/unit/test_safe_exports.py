"""Exports cannot run code; names and free text refuse control characters (issue 18 §3, §4).

Reproduced from the report: a member named ``=HYPERLINK("http://…","Bấm vào đây")`` passed the
name check; a residence or note ``=cmd|' /C calc'!A0`` was accepted; the xlsx and CSV member
exports and the audit export wrote them as live formulas. A NUL in a name was accepted and every
later xlsx export failed with IllegalCharacterError.
"""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from desktop.domain.errors import DomainError
from desktop.domain.members import Member
from desktop.services.membership.members import add_member, get_member, update_member
from tests.unit.conftest_safety import roster_ctx  # noqa: F401

ATTACKS = ["=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]


def _member(name="Nguyễn Thị Lan", **kw) -> Member:
    return Member(id=None, unit_code="CD-TDP3", full_name=name, date_of_birth=date(2001, 3, 14), gender="nu", **kw)


@pytest.mark.parametrize(
    "name",
    [
        '=HYPERLINK("http://x.vn","Bấm vào đây")',
        "+Nguyễn Văn A",
        "@Trần Thị B",
        "-Lê Văn C",
        "Nguyễn\x00 Thị Hoa",
        "Trần\x1b Văn Bình",
    ],
)
def test_a_name_that_is_a_formula_or_holds_a_control_character_is_refused(roster_ctx, name):
    with pytest.raises(DomainError) as exc:
        add_member(roster_ctx, "CD-TDP3", _member(name), entry_date=date(2026, 1, 5))
    assert exc.value.field == "full_name"
    assert "Họ và tên" in str(exc.value)


@pytest.mark.parametrize("field", ["residence", "notes"])
def test_free_text_with_a_control_character_is_refused_with_the_field_named(roster_ctx, field):
    with pytest.raises(DomainError, match="ký tự điều khiển") as exc:
        add_member(roster_ctx, "CD-TDP3", _member(**{field: "Tổ 3\x00 phường"}), entry_date=date(2026, 1, 5))
    assert exc.value.field == field


def test_any_other_text_with_a_control_character_is_refused_before_it_is_stored(roster_ctx):
    """The unit's own name: no service check of its own, the storage guard refuses it."""
    from desktop.services.units import save_self_unit, self_unit

    with pytest.raises(DomainError, match="ký tự điều khiển"):
        save_self_unit(roster_ctx, replace(self_unit(roster_ctx), name="Chi đoàn\x00 Tổ 3"))
    assert self_unit(roster_ctx).name == "Chi đoàn Tổ dân phố số 3"


def _formula_cells(path) -> list[str]:
    """Cells Excel would evaluate: <f> elements in any sheet of the .xlsx."""
    with zipfile.ZipFile(path) as zf:
        return [n for n in zf.namelist() if n.startswith("xl/worksheets/") and b"<f>" in zf.read(n)]


@pytest.fixture
def attacked(roster_ctx):
    ids = []
    for i, text in enumerate(ATTACKS):
        _, m = add_member(
            roster_ctx,
            "CD-TDP3",
            _member(f"Phạm Văn {'ABCDEFGH'[i]}", residence=text.strip(), notes=text),
            entry_date=date(2026, 1, 5),
        )
        ids.append(m.id)
    return roster_ctx


def test_member_exports_write_formula_text_as_text(attacked, tmp_path):
    from desktop.services.membership.member_excel import export_members, preview_import

    xlsx, csv_path = tmp_path / "ds.xlsx", tmp_path / "ds.csv"
    export_members(attacked, "CD-TDP3", xlsx)
    export_members(attacked, "CD-TDP3", csv_path)
    assert _formula_cells(xlsx) == []
    ws = openpyxl.load_workbook(xlsx).active
    notes = [c for row in ws.iter_rows() for c in row if c.value in ATTACKS]
    assert len(notes) >= len(ATTACKS) and all(c.data_type == "s" and c.quotePrefix for c in notes)
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        cells = [v for row in csv.reader(fh) for v in row]
    assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in cells)
    assert "'=cmd|' /C calc'!A0" in cells
    # Importing our own exports back changes nothing (the apostrophe is ours, removed again).
    for path in (xlsx, csv_path):
        plan = preview_import(attacked, "CD-TDP3", path)
        assert not plan.adds and not plan.updates and not plan.errors, path.suffix


def test_the_audit_export_writes_formula_text_as_text(attacked, tmp_path):
    from desktop.services.safety import audit_reading
    from desktop.services.safety import audit_export

    entries = audit_reading.history_of(attacked, "member", 5) + audit_reading.history_of(attacked, "member", 6)
    x = audit_export.export_entries(entries, tmp_path / "ls.xlsx", title="Lịch sử")
    c = audit_export.export_entries(entries, tmp_path / "ls.csv", title="Lịch sử")
    assert _formula_cells(x) == []
    text = c.read_text(encoding="utf-8-sig")
    assert "'=cmd|" in text or "'+SUM" in text or "'@SUM" in text or "'-2+3" in text
    for row in csv.reader(text.splitlines()):
        assert not any(v.startswith(("=", "+", "-", "@")) for v in row), row


def test_a_nul_already_stored_no_longer_breaks_the_xlsx_export(roster_ctx, tmp_path):
    """Data stored before this version (or by hand) with a NUL: the export still works."""
    from desktop.services.membership.member_excel import export_members

    roster_ctx.uow.dispose()
    con = sqlite3.connect(roster_ctx.data.database)
    con.execute("UPDATE members SET full_name = 'Nguyễn Thị' || char(0) || ' Hoa' WHERE id = 1")
    con.commit()
    con.close()
    assert export_members(roster_ctx, "CD-TDP3", tmp_path / "ds.xlsx") == 4
    names = [c.value for c in openpyxl.load_workbook(tmp_path / "ds.xlsx").active["B"]]
    assert "Nguyễn Thị Hoa" in names


def test_editing_a_member_to_a_formula_name_is_refused(roster_ctx):
    m = get_member(roster_ctx, roster_ctx.member_ids[0])
    with pytest.raises(DomainError):
        update_member(roster_ctx, replace(m, full_name='=HYPERLINK("http://x","a")'))
