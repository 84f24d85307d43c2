"""Restore shows what it will change before doing it; `backup --verify` says whether THIS version
can restore a backup (issue 18 §7). Reproduced: `restore` had no preview or dry run, and
`backup --verify` called a backup from a newer schema "tốt" though `restore` then refused it."""

from __future__ import annotations

import json
import zipfile
from datetime import date

from desktop.services.safety import backup as svc
from desktop.services.safety import backup_archive
from tests.unit.conftest_safety import dump, roster_ctx  # noqa: F401


def _newer(info, dest):
    with zipfile.ZipFile(info.path) as src, zipfile.ZipFile(dest, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "manifest.json":
                m = json.loads(data)
                m["schema_revision"] = "9999"
                data = json.dumps(m).encode()
            dst.writestr(item, data)
    return dest


def _two_more_members(ctx):
    from desktop.domain.members import Member
    from desktop.services.membership.members import add_member

    for name in ("Đặng Văn Khoa", "Vũ Thị Mai"):
        add_member(
            ctx,
            "CD-TDP3",
            Member(id=None, unit_code="CD-TDP3", full_name=name, date_of_birth=date(2002, 5, 5), gender="nam"),
            entry_date=date(2026, 2, 1),
        )


def test_restore_dry_run_shows_counts_dates_and_unit_and_changes_nothing(cli, roster_ctx):
    made = svc.backup_now(roster_ctx)
    _two_more_members(roster_ctx)
    before, backups_before = dump(roster_ctx.data.database), sorted(roster_ctx.data.backups.iterdir())
    code, out, err = cli("restore", str(made.path), "--dry-run")
    assert code == 0, err
    assert "Xem trước (chưa khôi phục, không ghi gì)" in out
    assert f"lúc {made.created_at:%d/%m/%Y %H:%M}" in out
    assert "đơn vị Chi đoàn Tổ dân phố số 3 (CD-TDP3)" in out
    assert "Đoàn viên: 6 → 4" in out
    assert "thay đổi ghi sau bản sao lưu sẽ không còn" in out
    assert dump(roster_ctx.data.database) == before
    assert sorted(roster_ctx.data.backups.iterdir()) == backups_before  # not even a safety backup
    code, out, err = cli("restore", "--latest", "--dry-run", "--json")
    preview = json.loads(out)
    assert preview["counts"]["members"] == {"now": 6, "after": 4} and preview["restorable"]
    assert preview["changes_undone"] >= 2 and not preview["other_unit"]


def test_a_backup_from_a_newer_version_is_not_called_good(cli, roster_ctx, tmp_path):
    made = svc.backup_now(roster_ctx)
    newer = _newer(made, roster_ctx.data.backups / "sothidua-20991231-235959-manual.zip")
    code, out, err = cli("backup", "--verify", str(newer))
    assert code == 1 and "tốt" not in out
    assert "phiên bản mới hơn" in out and "không khôi phục được" in out
    code, out, err = cli("backup", "--verify", str(newer), "--json")
    assert json.loads(out)["restorable"] is False
    code, out, err = cli("backup", "--list")
    assert "do phiên bản mới hơn tạo ra (lược đồ 9999)" in out
    # The newest RESTORABLE backup is the one offered and used by --latest.
    assert backup_archive.newest_good(roster_ctx.data).path == made.path
    code, out, err = cli("restore", "--latest", "--dry-run")
    assert code == 0 and made.path.name in out
    code, out, err = cli("restore", str(newer), "--dry-run")
    assert code == 1 and "KHÔNG khôi phục được" in out


def _edit_with_recomputed_hashes(db_path, victim: int) -> None:
    """What someone who knows the format does: drop the guard, edit one entry, and recompute the
    hash of it and of every later entry so that the chain still verifies on its own."""
    import sqlite3
    from datetime import datetime

    from db.audit import entry_hash

    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute(
        "UPDATE audit_log SET after_json = replace(after_json, '0987654321', '0999999999') WHERE id = ?", (victim,)
    )
    rows = con.execute(
        "SELECT id, at, actor, action, entity, entity_id, unit_code, before_json, "
        "after_json, prev_hash FROM audit_log WHERE id >= ? ORDER BY id",
        (victim,),
    ).fetchall()
    prev = rows[0][9]
    for id_, at, actor, action, entity, entity_id, unit, bj, aj, _p in rows:
        h = entry_hash(prev, datetime.fromisoformat(at), actor, action, entity, entity_id, unit, bj, aj)
        con.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, id_))
        prev = h
    con.commit()
    con.close()


def test_audit_verify_finds_an_edit_with_recomputed_hashes_at_the_edited_entry(cli, roster_ctx):
    import sqlite3

    svc.backup_now(roster_ctx)
    _two_more_members(roster_ctx)  # entries after the backup: the edit is not at the head
    roster_ctx.uow.dispose()
    con = sqlite3.connect(roster_ctx.data.database)
    victim = con.execute(
        "SELECT id FROM audit_log WHERE after_json LIKE '%0987654321%' ORDER BY id LIMIT 1"
    ).fetchone()[0]
    con.close()
    _edit_with_recomputed_hashes(roster_ctx.data.database, victim)
    code, out, err = cli("audit", "verify", "--json")
    result = json.loads(out)
    assert code == 1 and not result["ok"], out + err
    assert result["first_broken_id"] == victim  # not the backup's head entry
    code, out, err = cli("audit", "verify")
    assert f"mục số {victim}" in out and "khác với bản sao lưu" in out
    code, out, err = cli("check")
    assert code == 1 and f"mục nhật ký số {victim} khác với bản sao lưu" in out
