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
    con.execute(
        "INSERT INTO units (code, name, kind, all_party_members, is_self, created_at, updated_at)"
        " VALUES ('CD1', 'Chi đoàn Tổ 1', 'chi-doan', 0, 1, '2026-01-01', '2026-01-01')"
    )
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
    con.execute(
        "INSERT INTO units (id, code, name, kind, all_party_members, is_self, created_at, updated_at)"
        " VALUES (1, 'CD1', 'Chi đoàn 1', 'chi-doan', 0, 1, '2026-01-01', '2026-01-01')"
    )
    for i in range(200):
        con.execute(
            "INSERT INTO members (unit_id, full_name, name_key, dob_year_only, is_party_member,"
            " ebook_issued, ecard_issued, residence_activity, created_at, updated_at)"
            " VALUES (1, ?, ?, 0, 0, 0, 0, 0, '2026-01-01', '2026-01-01')",
            (f"Nguyễn Văn {i}", f"nguyen van {i}"),
        )
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


def test_upgrade_to_0016_turns_todays_ticks_into_facts_of_their_periods(tmp_path):
    """Issue 19 item 7: the member ticks (CD-3.3 … CD-3.5) become facts of the period they belong
    to: the self-training registration of the period of its date, the other ticks of the period
    running today (the school year for a school branch)."""
    from datetime import date

    path = tmp_path / "facts.db"
    path.touch()
    upgrade(path, "0010")
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO units (id, code, name, kind, branch_type, all_party_members, is_self, created_at,"
        " updated_at) VALUES (1, 'CD1', 'Chi đoàn 1', 'chi-doan', 'dan-cu', 0, 1, '2026-01-01', '2026-01-01')"
    )
    con.execute(
        "INSERT INTO units (id, code, name, kind, branch_type, all_party_members, is_self, created_at,"
        " updated_at) VALUES (2, 'CD2', 'Chi đoàn 12A1', 'chi-doan', 'truong-hoc', 0, 0, '2026-01-01',"
        " '2026-01-01')"
    )
    rows = [
        (1, 1, "Nguyễn Văn An", 1, 1, "2025-03-02", 1, 1),
        (2, 1, "Lê Thị Bình", 0, 0, None, 0, 0),
        (3, 2, "Vũ Gia Bảo", 1, 0, None, 1, 0),
    ]
    for mid, uid, name, res, trained, on, ebook, ecard in rows:
        con.execute(
            "INSERT INTO members (id, unit_id, full_name, name_key, dob_year_only, is_party_member,"
            " residence_activity, training_registered, training_registered_on, ebook_issued, ecard_issued,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')",
            (mid, uid, name, name.lower(), res, trained, on, ebook, ecard),
        )
    con.commit()
    con.close()
    upgrade(path)
    con = sqlite3.connect(path)
    got = con.execute(
        "SELECT member_id, period_label, residence_activity, training_registered, training_on,"
        " ebook_issued, ecard_issued FROM member_period_facts ORDER BY member_id, period_label"
    ).fetchall()
    con.close()
    today = date.today()
    year = str(today.year)
    school = f"{today.year}-{today.year + 1}" if today >= date(today.year, 9, 1) else f"{today.year - 1}-{today.year}"
    assert (1, "2025", 0, 1, "2025-03-02", 0, 0) in got  # registered in 2025: a fact of 2025
    assert (1, year, 1, 0, None, 1, 1) in got
    assert (3, school, 1, 0, None, 1, 0) in got
    assert not any(r[0] == 2 for r in got)  # nothing ticked, nothing recorded


def test_upgrade_to_0023_gives_stored_summaries_their_rollup_and_light_copy(tmp_path):
    """Issue 23 item 7: summaries received before 0023 get, once, the totals the city's dashboard
    reads (the same counts this build stores on receipt) and a copy without per-branch records."""
    import json

    from desktop.domain.rollup import rollup

    path = tmp_path / "td.db"
    path.touch()
    upgrade(path, "0012")
    rows = [
        {
            "code": "B1",
            "registered": True,
            "on_time": False,
            "member_count": 30,
            "completion_share": 0.9,
            "recognisable": True,
            "proposed": True,
            "recognised": True,
            "record": {"criteria": [{"id": "CD-1.1"}]},
        },
        {"code": "B2", "registered": True, "member_count": 20, "completion_share": None},
        {"code": "B3", "registered": False, "member_count": None, "recognised": "yes"},
    ]
    data = {"summary_kind": "results", "branches": rows}
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO sync_received (id, package_id, sender_code, recipient_code, kind, period, received_at,"
        " received_by, status, source_name, data_json, summary_json, is_current) VALUES (1, 'p1', 'DCS-1',"
        " 'TD', 'summary', '2030', '2030-11-20', 't', 'accepted', 'x', ?, ?, 1)",
        (json.dumps(data), json.dumps({"summary_kind": "results", "as_of": "2030-11-15"})),
    )
    con.commit()
    con.close()
    upgrade(path)
    con = sqlite3.connect(path)
    summary, light = con.execute("SELECT summary_json, light_json FROM sync_received").fetchone()
    con.close()
    summary = json.loads(summary)
    assert summary["as_of"] == "2030-11-15" and summary["rollup"] == rollup(rows)
    assert summary["rollup"]["registered"] == 2 and summary["rollup"]["registered_on_time"] == 1
    assert summary["rollup"]["members"] == 50 and summary["rollup"]["recognised"] == 2
    assert [b.get("record") for b in json.loads(light)["branches"]] == [None, None, None]


def test_upgrade_to_0024_puts_the_big_columns_last_and_digests_stored_summaries(tmp_path):
    """Issue 23 item 7 at full city scale: with data_json in the middle of sync_received's rows,
    reading the stored summary of every summary of a period read their whole data (SQLite walks a
    big value's overflow pages to reach the columns after it). 0024 rebuilds the table with the big
    columns last, keeps every row, and gives stored summaries the digest the completeness table reads."""
    import json

    from desktop.domain.rollup import reports_digest

    path = tmp_path / "td.db"
    path.touch()
    upgrade(path, "0023")
    rows = [
        {
            "code": "B1",
            "name": "Chi đoàn 1",
            "branch_type": "dan-cu",
            "registered": True,
            "registered_on": "2030-01-21",
            "on_time": False,
            "reports": [{"report": "registration", "quarter": None, "due": "2029-11-10", "sent_on": "2030-01-21"}],
        },
        {"code": "B2", "registered": False},
    ]
    data = json.dumps({"summary_kind": "results", "branches": rows}, ensure_ascii=False)
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO sync_received (id, package_id, sender_code, recipient_code, kind, period, received_at,"
        " received_by, status, source_name, data_json, summary_json, is_current, sender_name) VALUES (7, 'p1',"
        " 'DCS-1', 'TD', 'summary', '2030', '2030-11-20', 't', 'accepted', 'x', ?, '{\"rollup\": 1}', 1, 'Đoàn xã')",
        (data,),
    )
    con.execute(
        "INSERT INTO sync_received (id, package_id, kind, received_at, received_by, status, source_name, data_json,"
        " is_current) VALUES (8, 'p2', 'year-end', '2030-11-20', 't', 'accepted', 'y', '{}', 1)"
    )
    con.commit()
    con.close()
    upgrade(path)
    con = sqlite3.connect(path)
    cols = [r[1] for r in con.execute("PRAGMA table_info(sync_received)")]
    got = con.execute(
        "SELECT id, sender_code, data_json, summary_json, sender_name, is_current, reports_json FROM sync_received"
        " ORDER BY id"
    ).fetchall()
    indexes = {r[1] for r in con.execute("PRAGMA index_list(sync_received)")}
    con.close()
    assert cols[-3:] == ["reports_json", "light_json", "data_json"]
    assert got[0][:6] == (7, "DCS-1", data, '{"rollup": 1}', "Đoàn xã", 1)
    assert json.loads(got[0][6]) == reports_digest(rows)
    assert got[1][0] == 8 and got[1][6] is None  # not a summary: no digest
    assert {"ix_sync_received_views", "ix_sync_received_current", "ix_sync_received_subject"} <= indexes


def test_upgrade_to_0027_rebuilds_participations_without_a_word_on_the_terminal(tmp_path):
    """0027 rebuilds the log participations as a WITHOUT ROWID table, keeping every row; rebuilding
    reflects ``members``, whose expression index SQLAlchemy would warn about on the first start
    after the upgrade (a warning a person would read in the terminal)."""
    import warnings

    path = tmp_path / "old.db"
    path.touch()
    upgrade(path, "0024")
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO units (id, code, name, kind, all_party_members, is_self, created_at, updated_at)"
        " VALUES (1, 'CD1', 'Chi đoàn Tổ 1', 'chi-doan', 0, 1, '2026-01-01', '2026-01-01')"
    )
    con.execute(
        "INSERT INTO members (id, unit_id, full_name, name_key, dob_year_only, is_party_member, ebook_issued,"
        " ecard_issued, residence_activity, created_at, updated_at)"
        " VALUES (7, 1, 'Nguyễn Thị Đào', 'nguyen thi dao', 0, 0, 0, 0, 0, '2026-01-01', '2026-01-01')"
    )
    con.execute(
        "INSERT INTO cycle_logs (id, unit_id, kind, on_date, title, created_at, created_by, updated_at)"
        " VALUES (3, 1, 'meeting', '2026-03-05', 'Sinh hoạt', '2026-03-05', '', '2026-03-05')"
    )
    con.execute("INSERT INTO cycle_log_participants (log_id, member_id) VALUES (3, 7)")
    con.commit()
    con.close()
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        open_database(path, tmp_path / "backups").dispose()
    assert not [w for w in said if "expression-based index" in str(w.message)]
    con = sqlite3.connect(path)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'cycle_log_participants'").fetchone()[0]
    assert "WITHOUT ROWID" in sql
    assert con.execute("SELECT log_id, member_id FROM cycle_log_participants").fetchall() == [(3, 7)]
    con.close()
