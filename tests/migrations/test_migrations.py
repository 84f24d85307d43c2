"""Schema migrations: fresh database, upgrades that keep data, refusal of a newer database."""

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.base import metadata
from db.engine import make_engine
from db.schema import DatabaseTooNew, head_revision, known_revisions, open_database, stored_revision, upgrade


def _sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_fresh_database_is_created_and_stamped_at_head(tmp_path):
    path = tmp_path / "new.db"
    uow = open_database(path, tmp_path / "backups")
    uow.dispose()
    assert stored_revision(path) == head_revision()


def test_models_and_migrations_describe_the_same_schema(tmp_path):
    """A database built by the migrations equals one built by create_all."""
    path = tmp_path / "migrated.db"
    path.touch()
    upgrade(path)
    engine = make_engine(path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    engine.dispose()
    assert diff == [], f"models differ from migrations: {diff[:5]}"


def test_upgrade_from_the_previous_revision_keeps_data_and_backs_up(tmp_path):
    path = tmp_path / "old.db"
    path.touch()
    revs = known_revisions()
    upgrade(path, revs[-2])
    con = sqlite3.connect(path)
    con.execute("INSERT INTO units (code, name, kind, all_party_members, is_self, created_at, updated_at)"
                " VALUES ('CD1', 'Chi đoàn Tổ 1', 'chi-doan', 0, 1, '2026-01-01', '2026-01-01')")
    con.commit()
    con.close()
    uow = open_database(path, tmp_path / "backups")
    uow.dispose()
    assert stored_revision(path) == head_revision()
    con = sqlite3.connect(path)
    assert con.execute("SELECT name FROM units").fetchall() == [("Chi đoàn Tổ 1",)]
    con.close()
    backups = list((tmp_path / "backups").glob("truoc-nang-cap-*.db"))
    assert len(backups) == 1
    bcon = sqlite3.connect(backups[0])
    assert bcon.execute("SELECT count(*) FROM units").fetchone()[0] == 1
    bcon.close()


def test_upgrade_from_0002_keeps_child_rows(tmp_path):
    """Batch mode recreates tables; with foreign keys on the DROP would cascade (docs/architecture.md, traps)."""
    path = tmp_path / "members.db"
    path.touch()
    upgrade(path, "0002")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO units (id, code, name, kind, all_party_members, is_self, created_at, updated_at)"
                " VALUES (1, 'CD1', 'Chi đoàn 1', 'chi-doan', 0, 1, '2026-01-01', '2026-01-01')")
    for i in range(200):
        con.execute("INSERT INTO members (unit_id, full_name, name_key, dob_year_only, is_party_member,"
                    " ebook_issued, ecard_issued, residence_activity, created_at, updated_at)"
                    " VALUES (1, ?, ?, 0, 0, 0, 0, 0, '2026-01-01', '2026-01-01')",
                    (f"Nguyễn Văn {i}", f"nguyen van {i}"))
    con.commit()
    con.close()
    upgrade(path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM members").fetchone()[0] == 200
    con.close()


def test_database_from_a_newer_app_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.db"
    open_database(path, None).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _sha(path)
    with pytest.raises(DatabaseTooNew) as e:
        open_database(path, tmp_path / "backups")
    assert "phiên bản Sổ Thi Đua mới hơn" in str(e.value)
    assert "giữ nguyên" in str(e.value)
    assert _sha(path) == before
    assert not (tmp_path / "backups").exists()


def test_cli_reports_a_newer_database_clearly(tmp_path):
    from tests.conftest import run_cli

    d = tmp_path / "data"
    d.mkdir()
    path = d / "sothidua.db"
    open_database(path, None).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    code, _, err = run_cli("unit", "show", data_dir=d)
    assert code == 3 and "mới hơn" in err
