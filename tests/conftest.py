"""Shared fixtures: every test uses a temporary data dir, never the user's."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("SOTHIDUA_DATA_DIR", str(d))
    return d


@pytest.fixture(scope="session")
def _new_database(tmp_path_factory) -> Path:
    """A new, empty database made once per test session (creating one runs every table's DDL and
    an Alembic stamp: ~0.5 s); each test's ``ctx`` starts from its own copy of it."""
    from desktop.services.context import open_context

    c = open_context(tmp_path_factory.mktemp("new-database") / "data", actor="test")
    path = c.data.database
    c.close()
    return path


@pytest.fixture
def ctx(data_dir, _new_database):
    from db.backup import sqlite_backup
    from desktop.paths import DataDir
    from desktop.services.context import open_context

    sqlite_backup(_new_database, DataDir(data_dir).ensure().database)
    c = open_context(data_dir, actor="test")
    c.today = lambda: date(2026, 11, 21)
    yield c
    c.close()


@pytest.fixture
def branch_unit():
    from desktop.domain.units import BranchType, Unit, UnitKind

    return Unit(
        code="CD-TDP3",
        name="Chi đoàn Tổ dân phố số 3",
        kind=UnitKind.CHI_DOAN,
        branch_type=BranchType.DAN_CU,
        parent_code="DCS-LECHAN",
    )


@pytest.fixture
def branch_ctx(ctx, branch_unit):
    from desktop.services.units import save_self_unit

    save_self_unit(ctx, branch_unit)
    return ctx


def run_cli(*args: str, data_dir: Path | None = None) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    import contextlib
    import io

    from desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    argv = (["--data-dir", str(data_dir)] if data_dir else []) + list(args)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli(data_dir):
    def _run(*args: str):
        return run_cli(*args, data_dir=data_dir)

    return _run
