"""Upgrades from every schema revision ever landed: each stored database (see fixtures/build.py)
opens at head with every row it held unchanged, and a failed upgrade leaves the file as it was."""

from __future__ import annotations

import gzip
import hashlib
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from db.schema import DatabaseUpgradeFailed, head_revision, open_database, stored_revision
from tests.migrations.fixtures.build import SCHEMA_COMMITS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ALL = sorted(p.name for p in FIXTURES.glob("*.db.gz"))
ROOT = Path(__file__).resolve().parents[2]


def _unpack(name: str, tmp_path: Path) -> Path:
    dest = tmp_path / "data" / "sothidua.db"
    dest.parent.mkdir(parents=True)
    with gzip.open(FIXTURES / name, "rb") as src, open(dest, "wb") as out:
        shutil.copyfileobj(src, out)
    return dest


def _snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for (t,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version'"
        ):
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
            try:
                rows = con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()
            except sqlite3.OperationalError:  # a WITHOUT ROWID table (0027): in key order
                rows = None
            out[t] = (cols, rows if rows is not None else _sorted(con.execute(f'SELECT * FROM "{t}"')))
        return out
    finally:
        con.close()


def _sorted(rows) -> list[tuple]:
    return sorted(rows, key=lambda r: tuple((v is None, str(type(v)), v) for v in r))


def _unordered(path: Path) -> set[str]:
    """The tables without a rowid: their rows have no insertion order to compare."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            t
            for (t, sql) in con.execute("SELECT name, sql FROM sqlite_master WHERE type='table'")
            if sql and "WITHOUT ROWID" in sql.upper()
        }
    finally:
        con.close()


def _assert_kept(before, after, unordered: frozenset[str] = frozenset()) -> None:
    """Every table, column and value that was there is still there, unchanged."""
    for table, (cols, rows) in before.items():
        assert table in after, f"table {table} disappeared"
        new_cols, new_rows = after[table]
        idx = [new_cols.index(c) for c in cols if c in new_cols]
        assert len(idx) == len(cols), f"columns of {table} disappeared"
        kept = [tuple(r[i] for i in idx) for r in new_rows]
        if table in unordered:
            kept, rows = _sorted(kept), _sorted(rows)
        assert kept == rows, f"rows of {table} changed"


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


LANDED = [f"{n:04d}" for n in range(1, 11)]  # the revisions real installations may hold


def test_there_is_a_fixture_for_every_landed_revision_and_schema_commit():
    for rev in LANDED:
        assert f"rev-{rev}.db.gz" in ALL, f"no stored database for revision {rev}: run fixtures/build.py"
    landed = [n.split("-")[2] for n in ALL if n.startswith("landed-")]
    assert landed == SCHEMA_COMMITS


def test_landed_migrations_never_change_again():
    """0001–0010 are what installations ran; a commit after the last stored schema commit must
    not edit them (a new migration is the way), or the stored databases stop proving anything."""
    log = subprocess.run(
        [
            "git",
            "log",
            "--format=%h",
            "--abbrev=7",
            f"{SCHEMA_COMMITS[-1]}..HEAD",
            "--",
            *[
                str(p.relative_to(ROOT))
                for p in sorted((ROOT / "db/migrations/versions").glob("00*.py"))
                if p.name[:4] in LANDED
            ],
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if log.returncode != 0:
        pytest.skip("not a git checkout with the schema history")
    assert log.stdout.split() == [], f"landed migrations edited by: {log.stdout.split()}"


@pytest.mark.parametrize("name", ALL)
def test_every_stored_database_upgrades_to_head_with_its_data_identical(name, tmp_path):
    path = _unpack(name, tmp_path)
    before = _snapshot(path)
    assert sum(len(rows) for _, rows in before.values()) > 0
    uow = open_database(path, tmp_path / "data" / "backups")
    uow.dispose()
    assert stored_revision(path) == head_revision()
    _assert_kept(before, _snapshot(path), frozenset(_unordered(path)))
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()


def test_the_first_landed_schema_opens_and_its_members_are_listed(tmp_path):
    """The reported failure: 'no such table cycle_log_participants', the file left at 0009."""
    from tests.conftest import run_cli

    name = next(n for n in ALL if n.startswith("landed-01-"))
    path = _unpack(name, tmp_path)
    code, out, err = run_cli("members", "list", data_dir=path.parent)
    assert code == 0, err
    assert "Nguyễn Văn An" in out
    assert stored_revision(path) == head_revision()
    assert len(list((path.parent / "backups").glob("truoc-nang-cap-0008-*.db"))) == 1


def test_a_failing_upgrade_leaves_the_file_exactly_as_it_was(tmp_path, monkeypatch):
    import db.schema as schema

    path = _unpack("rev-0005.db.gz", tmp_path)
    before_rows = _snapshot(path)
    before = _sha(path)

    real = schema._upgrade_in_place

    def failing(p, target="head"):
        real(p, "0008")  # part of the way, then a failure
        raise RuntimeError("disk went away")

    monkeypatch.setattr(schema, "_upgrade_in_place", failing)
    with pytest.raises(DatabaseUpgradeFailed) as e:
        open_database(path, tmp_path / "data" / "backups")
    assert "giữ nguyên như trước khi nâng cấp" in str(e.value)
    assert "disk went away" not in str(e.value)  # the cause goes to the log, not to the person
    assert stored_revision(path) == "0005"
    assert _snapshot(path) == before_rows
    assert _sha(path) == before
    assert not (path.parent / "sothidua.db.truoc-nang-cap").exists()  # no rollback copy left beside it


def test_a_second_window_waits_for_a_running_upgrade_and_touches_nothing(tmp_path):
    """While one process upgrades (its rollback copy beside the file), another must neither
    upgrade too nor put the copy back under it."""
    import db.schema as schema

    path = _unpack("rev-0005.db.gz", tmp_path)
    before = _sha(path)
    copy = path.parent / "sothidua.db.truoc-nang-cap"
    copy.write_bytes(path.read_bytes())
    with schema._upgrade_lock(path):  # the first window, mid-upgrade
        with pytest.raises(schema.DatabaseUpgradeBusy) as e:
            open_database(path, tmp_path / "data" / "backups")
        assert "đang được một cửa sổ khác của Sổ Thi Đua nâng cấp" in str(e.value)
        assert copy.exists() and _sha(path) == before
    copy.unlink()
    with schema._upgrade_lock(path):
        with pytest.raises(schema.DatabaseUpgradeBusy):
            open_database(path, tmp_path / "data" / "backups")
    assert _sha(path) == before and stored_revision(path) == "0005"
    open_database(path, tmp_path / "data" / "backups").dispose()  # the lock is free again
    assert stored_revision(path) == head_revision()


def test_an_upgrade_cut_short_is_rolled_back_at_the_next_start(tmp_path, monkeypatch):
    """A power cut mid-upgrade leaves the rollback copy; the next start puts it back first."""
    import db.schema as schema

    path = _unpack(next(n for n in ALL if n.startswith("landed-01-")), tmp_path)
    before = _snapshot(path)

    class PowerCut(BaseException):
        pass

    def cut(p, target="head"):
        schema.upgrade(p, "0009")
        raise PowerCut

    monkeypatch.setattr(schema, "_upgrade_in_place", cut)
    with pytest.raises(PowerCut):
        open_database(path, None)
    assert (path.parent / "sothidua.db.truoc-nang-cap").exists()
    monkeypatch.undo()
    uow = open_database(path, None)
    uow.dispose()
    assert stored_revision(path) == head_revision()
    _assert_kept(before, _snapshot(path), frozenset(_unordered(path)))
    assert not (path.parent / "sothidua.db.truoc-nang-cap").exists()


def test_cli_reports_a_failed_upgrade_in_vietnamese_and_the_file_is_kept(tmp_path, monkeypatch):
    import db.schema as schema
    from tests.conftest import run_cli

    path = _unpack("rev-0007.db.gz", tmp_path)
    before = _sha(path)

    def failing(p, target="head"):
        raise RuntimeError("no such table: main.cycle_log_participants")

    monkeypatch.setattr(schema, "_upgrade_in_place", failing)
    code, out, err = run_cli("members", "list", data_dir=path.parent)
    assert code == 3
    assert "Không nâng cấp được tệp dữ liệu" in err and "Traceback" not in err
    assert "cycle_log_participants" not in err
    assert _sha(path) == before
