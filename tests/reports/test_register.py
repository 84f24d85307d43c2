"""The document register ("sổ đăng ký văn bản", issue 6 item 4): numbers per unit, per year and
per document type, never given twice (even after a crash); a reprint keeps its number."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db.repo import documents as repo
from desktop.domain.errors import DomainError
from desktop.domain.units import BranchType, Unit, UnitKind


@pytest.fixture
def units(ctx):
    from desktop.services.units import save_self_unit, save_unit

    save_self_unit(ctx, Unit("DCS-LECHAN", "Đoàn phường Lê Chân", UnitKind.DOAN_CO_SO))
    save_unit(
        ctx, Unit("CD-TDP3", "Chi đoàn Tổ dân phố số 3", UnitKind.CHI_DOAN, BranchType.DAN_CU, parent_code="DCS-LECHAN")
    )
    return ctx


def _alloc(
    ctx, unit="DCS-LECHAN", kind="results-summary", period="2026", type_code="BC", subject="", on=date(2026, 11, 9)
):
    with ctx.uow.begin() as s:
        return repo.allocate(
            s,
            unit,
            kind=kind,
            period_label=period,
            subject_code=subject,
            type_code=type_code,
            issued_on=on,
            title="t",
            actor="test",
        )


def test_numbers_run_per_unit_year_and_type(units):
    ctx = units
    assert _alloc(ctx).number == 1
    assert _alloc(ctx, kind="registration-summary").number == 2
    assert _alloc(ctx, kind="decision", type_code="QĐ").number == 1  # QĐ has its own sequence
    assert _alloc(ctx, unit="CD-TDP3", kind="year-end", subject="CD-TDP3").number == 1  # own register
    # A new year starts again at 01.
    assert _alloc(ctx, kind="results-summary", period="2027", on=date(2027, 1, 5)).number == 1


def test_a_reprint_keeps_its_number_and_date(units):
    ctx = units
    first = _alloc(ctx, on=date(2026, 11, 9))
    _alloc(ctx, kind="registration-summary")
    again = _alloc(ctx, on=date(2026, 11, 30))
    assert (again.number, again.issued_on, again.reprint) == (1, date(2026, 11, 9), True)
    assert not first.reprint
    with ctx.uow.read() as s:
        rows = repo.list_register(s, "DCS-LECHAN", 2026)
    assert [(r.number, r.type_code, r.print_count) for r in rows] == [(1, "BC", 2), (2, "BC", 1)]


def test_a_number_is_not_used_when_its_transaction_fails(units):
    """Allocation and the register row commit together: a failure gives nothing away."""
    ctx = units
    with pytest.raises(RuntimeError), ctx.uow.begin() as s:
        repo.allocate(
            s,
            "DCS-LECHAN",
            kind="decision",
            period_label="2026",
            subject_code="",
            type_code="QĐ",
            issued_on=date(2026, 11, 25),
            title="t",
            actor="test",
        )
        raise RuntimeError("mất điện")
    assert _alloc(ctx, kind="decision", type_code="QĐ").number == 1


def test_a_committed_number_survives_a_crash_and_is_never_given_again(units, data_dir):
    """A process takes a number, commits and dies at once; the next document gets the next one."""
    ctx = units
    assert _alloc(ctx).number == 1
    code = textwrap.dedent(f"""
        import os
        from datetime import date
        from db.repo import documents as repo
        from desktop.services.context import open_context
        ctx = open_context({str(data_dir)!r})
        with ctx.uow.begin() as s:
            e = repo.allocate(s, "DCS-LECHAN", kind="registration-summary", period_label="2027",
                              subject_code="", type_code="BC", issued_on=date(2026, 11, 18),
                              title="t", actor="crash")
        print(e.number, flush=True)
        os._exit(9)  # no clean shutdown, no checkpoint
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=".", check=False)
    assert out.returncode == 9, out.stderr
    assert out.stdout.strip() == "2"
    assert _alloc(ctx, kind="quarterly-x").number == 3
    with ctx.uow.read() as s:
        assert [r.number for r in repo.list_register(s, "DCS-LECHAN", 2026)] == [1, 2, 3]


def test_the_database_refuses_a_duplicate_number(units):
    from db.models.documents import DocumentRow

    ctx = units
    _alloc(ctx)
    with pytest.raises(IntegrityError), ctx.uow.begin() as s:
        uid = s.execute(text("select id from units where code='DCS-LECHAN'")).scalar()
        s.add(
            DocumentRow(
                unit_id=uid,
                year=2026,
                type_code="BC",
                number=1,
                kind="other",
                period_label="2026",
                subject_code="",
                issued_on=date(2026, 1, 1),
                title="",
                created_by="x",
                print_count=0,
            )
        )
        s.flush()


def test_continuing_a_paper_register_only_moves_forward(units):
    from desktop.services.reporting.reports import set_next_number

    ctx = units
    _alloc(ctx)
    set_next_number(ctx, 2026, "BC", 25)
    assert _alloc(ctx, kind="registration-summary").number == 25
    with pytest.raises(DomainError, match="đã dùng đến 25"):
        set_next_number(ctx, 2026, "BC", 10)


def test_a_recorded_number_is_registered_once(units):
    ctx = units
    with ctx.uow.begin() as s:
        e = repo.record(
            s,
            "DCS-LECHAN",
            kind="decision",
            period_label="2026",
            subject_code="",
            type_code="QĐ",
            number=12,
            issued_on=date(2026, 11, 20),
            title="t",
            actor="t",
        )
    assert e.number == 12
    assert _alloc(ctx, kind="other", type_code="QĐ").number == 13  # continues after it
    with pytest.raises(ValueError), ctx.uow.begin() as s:
        repo.record(
            s,
            "DCS-LECHAN",
            kind="decision",
            period_label="2025",
            subject_code="",
            type_code="QĐ",
            number=13,
            issued_on=date(2026, 11, 21),
            title="t",
            actor="t",
        )
