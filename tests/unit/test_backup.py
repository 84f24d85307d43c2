"""Backups and restore (issue 8 §1): what a secretary relies on when the PC dies."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.services.safety import backup as svc
from desktop.services.safety import opening, restoring
from tests.unit.conftest_safety import add_evidence_file, dump, roster_ctx, tree_hashes  # noqa: F401


def test_backup_holds_database_attachments_and_a_manifest_with_counts(roster_ctx):
    att = add_evidence_file(roster_ctx)
    info = svc.backup_now(roster_ctx)
    assert info.good and info.path.parent == roster_ctx.data.backups
    contents = {k: n for k, _vi, _en, n in info.summary()}
    assert contents["members"] == 4 and contents["attachments"] == 1
    assert "activities" in contents  # the volunteer table exists, so it is shown (0 here)
    assert info.manifest.unit_name == "Chi đoàn Tổ dân phố số 3"
    with zipfile.ZipFile(info.path) as zf:
        names = set(zf.namelist())
        assert {"manifest.json", "sothidua.db", f"attachments/{att.stored_name}"} <= names
        m = json.loads(zf.read("manifest.json"))
    assert m["integrity"] == "ok" and m["counts"]["members"] == 4
    assert svc.verify_backup(info.path) == []


def test_restore_brings_back_exactly_the_state_of_the_backup(roster_ctx, tmp_path):
    from dataclasses import replace

    from desktop.services.units import save_self_unit, self_unit

    first = add_evidence_file(roster_ctx, "Biên bản sinh hoạt.pdf", b"%PDF-1.4 bien ban")
    info = svc.backup_now(roster_ctx)
    with zipfile.ZipFile(info.path) as zf:
        zf.extract("sothidua.db", tmp_path / "expected")
    expected_db = dump(tmp_path / "expected" / "sothidua.db")
    expected_files = tree_hashes(roster_ctx.data.attachments)

    # Life goes on: a renamed unit, a new file, a deleted file.
    save_self_unit(roster_ctx, replace(self_unit(roster_ctx), name="Chi đoàn TDP 3 (đổi tên)"))
    add_evidence_file(roster_ctx, "Ảnh mới.jpg", b"\xff\xd8 anh moi")
    (roster_ctx.data.attachments / first.stored_name).unlink()

    result = opening.restore(roster_ctx, info.path)
    assert dump(roster_ctx.data.database) == expected_db
    assert tree_hashes(roster_ctx.data.attachments) == expected_files
    # The state before the restore was backed up first and holds the renamed unit.
    assert result.safety_backup is not None and result.safety_backup.kind == "pre-restore"
    assert result.safety_backup.manifest.unit_name == "Chi đoàn TDP 3 (đổi tên)"
    # The context works on the restored data right away.
    assert self_unit(roster_ctx).name == "Chi đoàn Tổ dân phố số 3"
    assert not (roster_ctx.data.root / ".restore").exists()
    assert not (roster_ctx.data.root / "restore-pending.json").exists()


def test_a_new_computer_restores_from_the_usb_stick(roster_ctx, tmp_path):
    usb = tmp_path / "USB"
    info = svc.backup_now(roster_ctx, dest_dir=usb)
    assert info.path.parent == usb and info.kind == "export"
    from desktop.paths import DataDir
    from desktop.services.context import open_context
    from desktop.services.membership.members import roster

    new_pc = DataDir(tmp_path / "may-moi").ensure()
    restoring.restore_backup(new_pc, info.path)
    ctx2 = open_context(new_pc.root)
    try:
        names = sorted(e.member.full_name for e in roster(ctx2, "CD-TDP3"))
    finally:
        ctx2.close()
    assert names == ["Lê Thị Thu Hà", "Nguyễn Thị Hoa", "Phạm Minh Ngọc", "Trần Văn Đức"]


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(roster_ctx, tmp_path):
    info = svc.backup_now(roster_ctx)
    bad = tmp_path / "moi-hon.zip"
    with zipfile.ZipFile(info.path) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "manifest.json":
                m = json.loads(data)
                m["schema_revision"] = "9999"
                data = json.dumps(m).encode()
            dst.writestr(item, data)
    before = dump(roster_ctx.data.database)
    with pytest.raises(svc.BackupError, match="phiên bản Sổ Thi Đua mới hơn"):
        opening.restore(roster_ctx, bad)
    assert dump(roster_ctx.data.database) == before


def test_a_backup_with_paths_outside_the_attachments_folder_is_refused(roster_ctx, tmp_path):
    info = svc.backup_now(roster_ctx)
    evil = tmp_path / "doc-hai.zip"
    with zipfile.ZipFile(info.path) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "manifest.json":
                m = json.loads(data)
                m["attachments"].append({"path": "../../ngoai.txt", "size": 3, "sha256": "0" * 64})
                data = json.dumps(m).encode()
            dst.writestr(item, data)
        dst.writestr("attachments/../../ngoai.txt", b"hack")
    got = svc.read_backup(evil)
    assert not got.good and "không an toàn" in got.problem
    with pytest.raises(svc.BackupError, match="không an toàn"):
        opening.restore(roster_ctx, evil)
    assert not (tmp_path / "ngoai.txt").exists() and not (roster_ctx.data.root / "ngoai.txt").exists()


def test_a_tampered_evidence_file_inside_a_backup_is_found(roster_ctx, tmp_path):
    att = add_evidence_file(roster_ctx)
    info = svc.backup_now(roster_ctx)
    changed = tmp_path / "sua.zip"
    with zipfile.ZipFile(info.path) as src, zipfile.ZipFile(changed, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.endswith(att.stored_name):
                data = b"anh da bi sua"
            dst.writestr(item, data)
    problems = svc.verify_backup(changed)
    assert any("không khớp mã băm" in p for p in problems)
    with pytest.raises(svc.BackupError, match="không khớp mã băm"):
        opening.restore(roster_ctx, changed)


def _info(when: datetime, kind: str = "auto", good: bool = True) -> svc.BackupInfo:
    return svc.BackupInfo(
        path=Path(f"/sao-luu/{when:%Y%m%d-%H%M%S}-{kind}.zip"),
        created_at=when,
        kind=kind,
        size=1,
        fmt="zip",
        problem=None if good else "hỏng",
    )


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    start = datetime(2026, 11, 21, 17, 0)
    # Two automatic backups a day (morning, on close) for 400 days.
    items = [_info(start - timedelta(days=d, hours=h)) for d in range(400) for h in (0, 8)]
    kept = svc.select_kept(items, svc.Policy(7, 4, 12))
    kept_dates = sorted({datetime.strptime(p.name[:15], "%Y%m%d-%H%M%S") for p in map(Path, kept)})
    days = {d.date() for d in kept_dates}
    # The newest of each of the last 7 days, of 4 ISO weeks and of 12 months; nothing older.
    assert {(start - timedelta(days=d)).date() for d in range(7)} <= days
    assert len({tuple(d.isocalendar())[:2] for d in kept_dates}) >= 4
    assert len({(d.year, d.month) for d in kept_dates}) == 12
    assert len(kept) <= 7 + 4 + 12
    assert all(d.hour == 17 for d in kept_dates)  # the day's newest, not its older copy
    # A smaller setting keeps less.
    assert len(svc.select_kept(items, svc.Policy(2, 0, 0))) == 2


def test_rotation_never_counts_damaged_backups_and_protects_pre_restore_copies():
    now = datetime(2026, 11, 21, 17, 0)
    items = [
        _info(now, good=False),
        _info(now - timedelta(hours=1)),
        _info(now - timedelta(hours=2), kind="pre-restore"),
        _info(now - timedelta(days=30), kind="manual"),
    ]
    items += [_info(now - timedelta(days=d)) for d in range(1, 8)]  # a week of daily backups
    kept = svc.select_kept(items, svc.Policy(7, 0, 0))
    assert items[0].path not in kept  # a damaged newest backup does not push out good ones
    assert items[1].path in kept and items[2].path in kept
    assert items[3].path not in kept  # a manual copy older than the daily window rotates out


def test_nothing_is_rotated_out_while_the_newest_backup_is_not_sound(roster_ctx, monkeypatch):
    old = [svc.create_backup(roster_ctx.data, kind="auto", now=datetime(2026, 11, d, 9)) for d in (1, 2, 3)]
    monkeypatch.setattr(svc, "verify_backup", lambda path, **kw: ["hỏng"])
    assert svc.rotate(roster_ctx.data, svc.Policy(1, 0, 0)) == []
    assert all(b.path.exists() for b in old)
    monkeypatch.undo()
    deleted = svc.rotate(roster_ctx.data, svc.Policy(1, 0, 0))
    assert sorted(deleted) == sorted(b.path for b in old[:2]) and old[2].path.exists()


def test_automatic_backup_happens_at_most_once_a_day(roster_ctx):
    day1 = datetime(2026, 11, 21, 8, 30)
    assert svc.auto_backup_if_due(roster_ctx, now=day1) is not None
    assert svc.auto_backup_if_due(roster_ctx, now=day1.replace(hour=15)) is None
    assert svc.auto_backup_if_due(roster_ctx, now=day1 + timedelta(days=1)) is not None


def test_backup_on_close_is_skipped_when_nothing_changed(roster_ctx):
    from desktop.services.units import set_unit_setting

    first = svc.backup_on_close(roster_ctx)
    assert first is not None and first.kind == "close"
    assert svc.backup_on_close(roster_ctx) is None
    set_unit_setting(roster_ctx, "CD-TDP3", "cd32_meetings_per_year", 10)
    assert svc.backup_on_close(roster_ctx) is not None


def test_backup_to_a_folder_that_cannot_be_written_says_so(roster_ctx, tmp_path):
    target = tmp_path / "usb-chi-doc"
    target.write_text("đây là một tệp, không phải thư mục")
    with pytest.raises(svc.BackupError, match="Không tạo được thư mục sao lưu"):
        svc.backup_now(roster_ctx, dest_dir=target)


def test_an_interrupted_restore_is_finished_at_the_next_start(roster_ctx, monkeypatch, tmp_path):
    add_evidence_file(roster_ctx)
    info = svc.backup_now(roster_ctx)
    with zipfile.ZipFile(info.path) as zf:
        zf.extract("sothidua.db", tmp_path / "expected")
    expected = dump(tmp_path / "expected" / "sothidua.db")
    expected_files = tree_hashes(roster_ctx.data.attachments)
    from desktop.services.units import set_unit_setting

    set_unit_setting(roster_ctx, "CD-TDP3", "cd32_meetings_per_year", 6)
    add_evidence_file(roster_ctx, "khac.jpg", b"khac")

    def power_cut():
        raise SystemExit("mất điện")

    monkeypatch.setattr(restoring, "_apply_staged", lambda data: power_cut())
    with pytest.raises(SystemExit):
        opening.restore(roster_ctx, info.path)
    monkeypatch.undo()
    assert (roster_ctx.data.root / "restore-pending.json").exists()
    from desktop.services.safety.integrity import startup

    state = startup(roster_ctx.data.root)
    assert state.resumed_restore and not state.damaged
    assert dump(roster_ctx.data.database) == expected
    assert tree_hashes(roster_ctx.data.attachments) == expected_files


def test_the_database_only_copy_made_before_an_upgrade_is_listed_and_restorable(roster_ctx):
    from db.backup import sqlite_backup

    copy = sqlite_backup(roster_ctx.data.database, roster_ctx.data.backups / "truoc-nang-cap-0008-20261120-080000.db")
    listed = svc.list_backups(roster_ctx.data)
    pre = next(b for b in listed if b.path == copy)
    assert pre.kind == "pre-migration" and pre.good and pre.summary()[0] == ("members", "Đoàn viên", "Members", 4)
    opening.restore(roster_ctx, copy)
    con = sqlite3.connect(roster_ctx.data.database)
    assert con.execute("SELECT count(*) FROM members").fetchone()[0] == 4
    con.close()


def test_cli_backup_list_and_restore(cli, roster_ctx, tmp_path):
    code, out, err = cli("backup", "--to", str(tmp_path / "usb"), "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["contents"]["members"] == 4 and made["unit"]["code"] == "CD-TDP3"
    code, out, _ = cli("backup", "--list", "--json")
    assert code == 0 and json.loads(out) == []  # the USB copy is not in the data folder
    code, out, err = cli("restore", made["file"])
    assert code == 0, err
    assert "Đã khôi phục" in out and "đoàn viên: 4" in out
    code, out, err = cli("restore", str(tmp_path / "khong-co.zip"))
    assert code == 2 and "Không tìm thấy tệp sao lưu" in err


def _windows_rename(monkeypatch, locked: Path, failures: int | None):
    """os.replace as on Windows while a program holds a file inside ``locked`` open: moving that
    folder raises PermissionError (WinError 32), ``failures`` times (None: until it is closed)."""
    real = restoring.os.replace
    count = {"n": 0}

    def replace(src, dst):
        if Path(src) == locked and (failures is None or count["n"] < failures):
            count["n"] += 1
            raise PermissionError(
                13, "The process cannot access the file because it is being used by another process", str(src)
            )
        return real(src, dst)

    monkeypatch.setattr(restoring.os, "replace", replace)
    monkeypatch.setattr(restoring, "_RENAME_PAUSE_S", 0)
    return count


def test_restore_while_an_evidence_file_is_open_elsewhere_changes_nothing(roster_ctx, monkeypatch, tmp_path):
    """Windows: a PDF left open in a viewer blocks moving the attachments folder. The restore
    stops with a message saying so, BEFORE the database is touched, and the next start does not
    finish it behind the user's back; once the viewer is closed the restore works."""
    add_evidence_file(roster_ctx, "Biên bản.pdf", b"%PDF-1.4 bien ban")
    info = svc.backup_now(roster_ctx)
    from dataclasses import replace

    from desktop.services.units import save_self_unit, self_unit

    save_self_unit(roster_ctx, replace(self_unit(roster_ctx), name="Chi đoàn TDP 3 (đổi tên)"))
    add_evidence_file(roster_ctx, "Ảnh mới.jpg", b"\xff\xd8 anh moi")
    now_db, now_files = dump(roster_ctx.data.database), tree_hashes(roster_ctx.data.attachments)

    tries = _windows_rename(monkeypatch, roster_ctx.data.attachments, failures=None)
    with pytest.raises(restoring.FilesInUse, match="đang được mở.*Dữ liệu hiện tại chưa bị thay đổi"):
        opening.restore(roster_ctx, info.path)
    assert tries["n"] == restoring._RENAME_TRIES  # a scanner's short lock would have been waited out
    assert dump(roster_ctx.data.database) == now_db
    assert tree_hashes(roster_ctx.data.attachments) == now_files
    assert not (roster_ctx.data.root / "restore-pending.json").exists()
    assert not (roster_ctx.data.root / ".restore").exists()
    from desktop.services.safety.integrity import startup

    assert not startup(roster_ctx.data.root).resumed_restore
    assert self_unit(roster_ctx).name == "Chi đoàn TDP 3 (đổi tên)"  # the app still works

    monkeypatch.undo()  # the viewer is closed
    opening.restore(roster_ctx, info.path)
    assert self_unit(roster_ctx).name == "Chi đoàn Tổ dân phố số 3"


def test_restore_waits_out_a_short_lock_by_an_antivirus_scan(roster_ctx, monkeypatch):
    add_evidence_file(roster_ctx, "Biên bản.pdf", b"%PDF-1.4 bien ban")
    info = svc.backup_now(roster_ctx)
    expected = tree_hashes(roster_ctx.data.attachments)
    add_evidence_file(roster_ctx, "khac.jpg", b"khac")
    tries = _windows_rename(monkeypatch, roster_ctx.data.attachments, failures=2)
    opening.restore(roster_ctx, info.path)
    assert tries["n"] == 2
    assert tree_hashes(roster_ctx.data.attachments) == expected
