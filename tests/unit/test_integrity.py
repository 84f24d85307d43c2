"""Integrity (issue 8 §2): a damaged file is never silently used; `sothidua check` finds damage,
a broken audit chain, missing and orphaned evidence files."""

from __future__ import annotations

import json
import sqlite3

import pytest

from db.uow import ReadOnlyError
from desktop.services.safety import backup as backups
from desktop.services.safety import integrity
from tests.unit.conftest_safety import add_evidence_file, damage, roster_ctx  # noqa: F401


def _close(ctx):
    ctx.uow.dispose()


def test_a_damaged_file_opens_read_only_and_the_newest_good_backup_is_offered(roster_ctx):
    good = backups.backup_now(roster_ctx)
    data_dir = roster_ctx.data.root
    _close(roster_ctx)
    damage(roster_ctx.data.database)

    state = integrity.startup(data_dir)
    assert state.damaged and state.problems
    assert state.newest_good.path == good.path
    assert "bị hỏng" in state.message and good.path.name in state.message
    ctx = integrity.open_checked(data_dir, state)
    try:
        assert ctx.uow.read_only
        with pytest.raises(ReadOnlyError, match="chỉ đọc"):
            with ctx.uow.begin():
                pass
        # No automatic backup of damaged data (it would push good backups out).
        assert backups.backup_on_close(ctx) is None and not backups.backup_due(ctx)
    finally:
        ctx.close()


def test_a_file_sqlite_cannot_read_at_all_is_refused_with_the_offer(roster_ctx):
    from db.schema import DatabaseUnreadable

    backups.backup_now(roster_ctx)
    _close(roster_ctx)
    damage(roster_ctx.data.database, header=True)
    state = integrity.startup(roster_ctx.data.root)
    assert state.damaged
    with pytest.raises(DatabaseUnreadable, match="sothidua restore"):
        integrity.open_checked(roster_ctx.data.root, state)


def test_cli_on_a_damaged_file_reads_with_a_warning_and_refuses_writes(cli, roster_ctx):
    backups.backup_now(roster_ctx)
    _close(roster_ctx)
    damage(roster_ctx.data.database)
    code, out, err = cli("unit", "settings", "--set", "cd32_meetings_per_year", "8")
    assert code == 2
    assert "Cảnh báo: Tệp dữ liệu bị hỏng" in err and "chỉ đọc" in err
    code, out, err = cli("check", "--json")
    report = json.loads(out)
    assert code == 1 and not report["ok"] and not report["integrity"]["ok"]
    assert report["backups"]["newest_good"]
    # Restoring the newest good backup repairs it.
    code, out, err = cli("restore", "--latest")
    assert code == 0, err
    code, out, err = cli("check", "--json")
    assert code == 0 and json.loads(out)["integrity"]["ok"]
    assert list((roster_ctx.data.quarantine).glob("du-lieu-hong-*/sothidua.db"))


def test_check_reports_a_hand_edited_audit_entry_as_the_first_broken_link(cli, roster_ctx):
    code, out, _ = cli("check", "--json")
    report = json.loads(out)
    assert code == 0 and report["audit_chain"]["ok"] and report["audit_chain"]["entries"] >= 5
    assert report["schema"] == {
        "ok": True,
        "stored": report["schema"]["head"],
        "head": report["schema"]["head"],
        "status": "current",
    }
    _close(roster_ctx)
    con = sqlite3.connect(roster_ctx.data.database)
    victim = con.execute("SELECT id FROM audit_log WHERE entity='member' ORDER BY id LIMIT 1 OFFSET 1").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError, match="chỉ được ghi thêm"):
        con.execute("UPDATE audit_log SET actor='ke-gian' WHERE id=?", (victim,))
    # Someone who knows SQLite drops the guard and edits the value quietly.
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET after_json=replace(after_json, '0987654321', '0999999999') WHERE id=?", (victim,))
    con.commit()
    con.close()
    code, out, _ = cli("check", "--json")
    report = json.loads(out)
    assert code == 1 and not report["ok"]
    assert report["audit_chain"]["first_broken_id"] == victim
    code, out, _ = cli("check")
    assert f"ĐỨT tại mục số {victim}" in out


def test_check_reports_deleted_entries_at_the_next_link_and_a_cut_tail_against_backups(cli, roster_ctx):
    backups.backup_now(roster_ctx)
    _close(roster_ctx)
    con = sqlite3.connect(roster_ctx.data.database)
    con.execute("DROP TRIGGER audit_log_no_delete")
    ids = [r[0] for r in con.execute("SELECT id FROM audit_log ORDER BY id")]
    con.execute("DELETE FROM audit_log WHERE id=?", (ids[2],))
    con.commit()
    code, out, _ = cli("check", "--json")
    assert json.loads(out)["audit_chain"]["first_broken_id"] == ids[3]
    # Cutting off the newest entries leaves a valid-looking chain; the backup's anchor shows it.
    con.execute("DELETE FROM audit_log WHERE id>=?", (ids[2],))
    con.commit()
    con.close()
    code, out, _ = cli("check", "--json")
    report = json.loads(out)
    assert report["audit_chain"]["ok"]
    assert not report["audit_anchors"]["ok"] and "đã mất" in report["audit_anchors"]["problems"][0]
    assert code == 1


def test_check_reports_missing_changed_and_orphaned_evidence_files(cli, roster_ctx):
    a = add_evidence_file(roster_ctx, "Biên bản.pdf", b"%PDF bien ban")
    b = add_evidence_file(roster_ctx, "Ảnh.jpg", b"\xff\xd8 anh")
    (roster_ctx.data.attachments / a.stored_name).unlink()
    (roster_ctx.data.attachments / b.stored_name).write_bytes(b"\xff\xd8 anh da sua")
    stray = roster_ctx.data.attachments / "zz" / "la.txt"
    stray.parent.mkdir()
    stray.write_text("không thuộc bản ghi nào")
    (roster_ctx.data.attachments / ".tmp-dang-ghi.part").write_bytes(b"x")  # a write in progress
    code, out, _ = cli("check", "--json")
    att = json.loads(out)["attachments"]
    assert code == 1 and not att["ok"]
    assert att["missing"] == [{"id": a.id, "stored_name": a.stored_name}]
    assert att["altered"] == [{"id": b.id, "stored_name": b.stored_name}]
    assert att["orphaned"] == ["zz/la.txt"]
    code, out, _ = cli("check")
    assert "thiếu 1, bị thay đổi 1, mồ côi 1" in out


def test_startup_on_a_sound_file_is_quiet(roster_ctx):
    state = integrity.startup(roster_ctx.data.root)
    assert not state.damaged and state.message == ""
