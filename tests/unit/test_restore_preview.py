"""Restore shows what it will change before doing it; `backup --verify` says whether THIS version
can restore a backup (issue 18 §7). Reproduced: `restore` had no preview or dry run, and
`backup --verify` called a backup from a newer schema "tốt" though `restore` then refused it."""

from __future__ import annotations

import json
import zipfile
from datetime import date

from desktop.services import backup as svc
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
    from desktop.services.members import add_member

    for name in ("Đặng Văn Khoa", "Vũ Thị Mai"):
        add_member(ctx, "CD-TDP3", Member(id=None, unit_code="CD-TDP3", full_name=name,
                                          date_of_birth=date(2002, 5, 5), gender="nam"),
                   entry_date=date(2026, 2, 1))


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
    assert svc.newest_good(roster_ctx.data).path == made.path
    code, out, err = cli("restore", "--latest", "--dry-run")
    assert code == 0 and made.path.name in out
    code, out, err = cli("restore", str(newer), "--dry-run")
    assert code == 1 and "KHÔNG khôi phục được" in out
