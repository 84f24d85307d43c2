"""Restoring a backup (issue 8 §1): what the restore screen shows before anything changes, the
checks a backup must pass, and the restore itself. Restore brings back exactly the state of the
backup (database and attachments folder) after backing up the current state; it is staged in
``<data>/.restore`` and journalled, so a crash in the middle is finished at the next start
(``finish_interrupted_restore``). The backup file itself: backup_archive.py; making one: backup.py."""

from __future__ import annotations

import json
import os
import shutil
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.backup import fsync_dir, sqlite_backup
from db.integrity import integrity_check, read_facts, restore_into, table_counts
from db.schema import known_revisions
from desktop.paths import DataDir
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.services.safety.backup_archive import (
    ATT_PREFIX,
    BackupError,
    BackupInfo,
    DB_NAME,
    read_backup,
    safe_relative,
    summarize,
)
from desktop.services.safety.backup import extract_member, sha256_file, create_backup


# ---------------------------------------------------------------- restore


def _stage_root(data: DataDir) -> Path:
    return data.root / ".restore"


def _marker(data: DataDir) -> Path:
    return data.root / "restore-pending.json"


def restore_log(data: DataDir) -> list[dict]:
    p = data.logs / "restore-log.jsonl"
    if not p.exists():
        return []
    out = []
    for line in p.read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out


def _log_restore(data: DataDir, entry: dict) -> None:
    data.logs.mkdir(parents=True, exist_ok=True)
    with open(data.logs / "restore-log.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_backup: BackupInfo | None
    method: str


@dataclass(frozen=True)
class RestorePreview:
    """What a restore would change, shown before it is done (issue 18): per kind the count now
    and after, the backup's date and unit, the current data's unit and its last change."""

    backup: BackupInfo
    rows: tuple[tuple[str, str, str, int | None, int], ...]  # key, vi, en, now, after
    current_unit: dict | None
    current_last_change: datetime | None
    changes_undone: int | None  # audit entries recorded after the backup (lost by restoring)
    problem: str | None  # why it cannot be restored (None: it can)

    @property
    def other_unit(self) -> bool:
        b = self.backup.manifest
        return bool(b and b.unit_code and self.current_unit and b.unit_code != self.current_unit["code"])

    def lines_vi(self) -> list[str]:
        b = self.backup
        out = [
            f"Bản sao lưu: {b.path.name} — {b.kind_vi}, lúc {b.created_at:%d/%m/%Y %H:%M}"
            + (
                f", đơn vị {b.manifest.unit_name} ({b.manifest.unit_code})"
                if b.manifest and b.manifest.unit_code
                else ""
            )
        ]
        if self.current_unit:
            out.append(
                f"Dữ liệu hiện tại: đơn vị {self.current_unit['name']} ({self.current_unit['code']})"
                + (
                    f", thay đổi gần nhất lúc {self.current_last_change:%d/%m/%Y %H:%M}"
                    if self.current_last_change
                    else ""
                )
            )
        if self.other_unit:
            out.append("CHÚ Ý: bản sao lưu là dữ liệu của một đơn vị khác.")
        out.append("Số liệu (hiện tại → sau khi khôi phục):")
        same = []
        for _k, vi, _en, now, after in self.rows:
            if now == after:
                same.append(f"{vi.lower()} ({now})")
            else:
                out.append(f"  {vi}: {'—' if now is None else now} → {after}")
        if same:
            out.append("  Không đổi: " + ", ".join(same))
        if self.changes_undone:
            out.append(
                f"{self.changes_undone} thay đổi ghi sau bản sao lưu sẽ không còn (dữ liệu hiện tại "
                "được sao lưu trước khi khôi phục)."
            )
        if self.problem:
            out.append(f"KHÔNG khôi phục được: {self.problem}")
        return out

    def to_json(self) -> dict:
        return {
            "backup": self.backup.to_json(),
            "current_unit": self.current_unit,
            "current_last_change": self.current_last_change.isoformat(timespec="seconds")
            if self.current_last_change
            else None,
            "changes_undone": self.changes_undone,
            "other_unit": self.other_unit,
            "restorable": self.problem is None,
            "problem": self.problem,
            "counts": {k: {"now": now, "after": after} for k, _vi, _en, now, after in self.rows},
        }


def restore_preview(data: DataDir, path: Path) -> RestorePreview:
    """What restoring ``path`` would change. Reads only; works on a damaged current file."""
    info = read_backup(Path(path))
    try:
        check_restorable(info)
        problem = None
    except BackupError as exc:
        problem = str(exc)
    now_counts: dict[str, int] | None = None
    unit = last = undone = None
    if data.database.exists() and data.database.stat().st_size > 0:
        try:
            now_counts = table_counts(data.database)
            facts = read_facts(data.database)
            unit = facts.get("unit")
            if facts.get("last_change_at"):
                last = _local_time(datetime.fromisoformat(facts["last_change_at"]))
            mine = (facts.get("audit") or {}).get("count")
            theirs = (info.manifest.audit or {}).get("count") if info.manifest else None
            if mine is not None and theirs is not None:
                undone = max(mine - theirs, 0)
        except Exception:  # noqa: BLE001 - a damaged current file: the backup's side is still shown
            now_counts = None
    now_sum = {k: n for k, _vi, _en, n in summarize(now_counts)} if now_counts is not None else {}
    rows = tuple((k, vi, en, now_sum.get(k) if now_counts is not None else None, n) for k, vi, en, n in info.summary())
    return RestorePreview(
        backup=info, rows=rows, current_unit=unit, current_last_change=last, changes_undone=undone, problem=problem
    )


def _local_time(at: datetime) -> datetime:
    """Audit times are stored in UTC without a zone: the local time people read."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().replace(tzinfo=None)


def check_restorable(info: BackupInfo) -> None:
    if info.problem:
        raise BackupError(f"Không thể khôi phục từ “{info.path.name}”: {info.problem}")
    rev = info.schema_revision
    if info.fmt == "db":
        from db.schema import stored_revision

        rev = stored_revision(info.path)
    if rev is not None and rev not in known_revisions():
        raise BackupError(
            f"Bản sao lưu “{info.path.name}” do phiên bản Sổ Thi Đua mới hơn tạo ra "
            f"(lược đồ {rev}): hãy cài phiên bản mới nhất rồi khôi phục."
        )


def _stage(data: DataDir, info: BackupInfo, progress: ProgressFn, cancel: CancelToken | None) -> Path:
    stage = _stage_root(data)
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    staged_db = stage / DB_NAME
    staged_att = stage / "attachments"
    staged_att.mkdir()
    if info.fmt == "db":
        sqlite_backup(info.path, staged_db)
        shutil.rmtree(staged_att)  # a database-only copy: the attachments folder stays as it is
        return stage
    m = info.manifest
    with zipfile.ZipFile(info.path) as zf:
        extract_member(zf, DB_NAME, staged_db)
        if sha256_file(staged_db) != m.db_sha256:
            raise BackupError(f"Bản sao lưu “{info.path.name}” bị hỏng: cơ sở dữ liệu không khớp mã băm.")
        problems = integrity_check(staged_db, full=True)
        if problems:
            raise BackupError(f"Bản sao lưu “{info.path.name}” bị hỏng: {'; '.join(problems[:3])}")
        total = len(m.attachments) + 1
        for i, f in enumerate(m.attachments):
            if cancel:
                cancel.check()
            rel = safe_relative(f.path)
            dest = staged_att.joinpath(*rel.split("/"))
            try:
                extract_member(zf, ATT_PREFIX + rel, dest)
            except KeyError:
                raise BackupError(f"Bản sao lưu thiếu tệp minh chứng “{rel}”.") from None
            if sha256_file(dest) != f.sha256:
                raise BackupError(f"Tệp minh chứng “{rel}” trong bản sao lưu không khớp mã băm.")
            progress(i + 1, total, f"Đang giải nén tệp minh chứng {i + 1}/{len(m.attachments)}…")
    fsync_dir(stage)
    return stage


class FilesInUse(BackupError):
    """An evidence file is open in another program: Windows refuses to move its folder."""


# Windows: a folder cannot be renamed while a program holds one of its files open (a PDF
# viewer, Word, Excel, an antivirus scan, the search indexer). Scanners let go within a moment;
# a viewer the user left open does not, and the user must close it.
_RENAME_TRIES = 5
_RENAME_PAUSE_S = 0.4


def _rename_dir(source: Path, dest: Path) -> None:
    import time

    for attempt in range(_RENAME_TRIES):
        try:
            os.replace(source, dest)
            return
        except PermissionError:
            if attempt == _RENAME_TRIES - 1:
                raise
            time.sleep(_RENAME_PAUSE_S * (attempt + 1))


def _swap_attachments(data: DataDir, staged_att: Path, old: Path) -> None:
    live = data.attachments
    if live.exists():
        if old.exists():
            shutil.rmtree(live)  # recreated empty after a crash between the two renames
        else:
            try:
                _rename_dir(live, old)
            except PermissionError:
                raise FilesInUse(
                    f"Chưa khôi phục: một tệp minh chứng trong thư mục “{live}” đang được mở "
                    "trong chương trình khác (trình xem PDF, Word, Excel…). Hãy đóng tệp đó rồi "
                    "khôi phục lại. Dữ liệu hiện tại chưa bị thay đổi.",
                    field="attachments",
                ) from None
    try:
        _rename_dir(staged_att, live)
    except PermissionError:
        if old.exists() and not live.exists():
            os.replace(old, live)  # put the current files back: nothing changed
        raise FilesInUse(
            f"Chưa khôi phục: không chuyển được các tệp minh chứng vào “{live}” (tệp đang được "
            "mở). Hãy đóng các tệp minh chứng rồi khôi phục lại. Dữ liệu hiện tại chưa bị thay "
            "đổi.",
            field="attachments",
        ) from None
    fsync_dir(data.root)


def _apply_staged(data: DataDir) -> str:
    stage = _stage_root(data)
    staged_db = stage / DB_NAME
    staged_att = stage / "attachments"
    # The attachments first: on Windows their folder may refuse to move (a file open elsewhere),
    # and then the database must still be the current one (FilesInUse: nothing changed).
    if staged_att.exists():
        _swap_attachments(data, staged_att, stage / "attachments.old")
    return restore_into(staged_db, data.database)


def _cleanup_stage(data: DataDir) -> None:
    _marker(data).unlink(missing_ok=True)
    stage = _stage_root(data)
    if stage.exists():
        shutil.rmtree(stage, ignore_errors=True)
    fsync_dir(data.root)


def finish_interrupted_restore(data: DataDir) -> bool:
    """At start: complete a restore a crash interrupted (idempotent). True if one was finished."""
    marker = _marker(data)
    if not marker.exists():
        if _stage_root(data).exists():
            shutil.rmtree(_stage_root(data), ignore_errors=True)  # staging never completed
        return False
    try:
        entry = json.loads(marker.read_text(encoding="utf-8"))
    except ValueError:
        entry = {}
    if (_stage_root(data) / DB_NAME).exists():
        _apply_staged(data)
    _log_restore(data, {**entry, "finished_at": datetime.now().isoformat(timespec="seconds"), "resumed": True})
    _cleanup_stage(data)
    return True


def restore_backup(
    data: DataDir,
    path: Path,
    *,
    before: Callable[[], None] | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    actor: str = "",
) -> RestoreResult:
    """Replace the data (database and attachments) by the backup's, after backing up the
    current state ("pre-restore"). ``before`` is called once everything is verified and staged,
    right before the switch (the app closes its database connections there)."""
    finish_interrupted_restore(data)  # never stage over a restore a crash left unfinished
    info = read_backup(Path(path))
    check_restorable(info)
    progress(0, 4, "Đang kiểm tra và giải nén bản sao lưu…")
    stage = _stage(data, info, progress, cancel)
    safety = None
    if data.database.exists() and data.database.stat().st_size > 0 and not _empty_database(data.database):
        progress(1, 4, "Đang sao lưu dữ liệu hiện tại…")
        if integrity_check(data.database, full=False):
            _quarantine_raw(data)
        try:
            safety = create_backup(data, kind="pre-restore")
        except Exception:  # noqa: BLE001 - a damaged current file: its raw copy is quarantined
            _quarantine_raw(data)
    if cancel:
        cancel.check()
    entry = {
        "id": uuid.uuid4().hex,
        "backup": str(info.path),
        "backup_created_at": info.created_at.isoformat(timespec="seconds"),
        "audit_head": info.manifest.audit if info.manifest else None,
        "safety_backup": str(safety.path) if safety else None,
        "actor": actor,
        "started_at": datetime.now().isoformat(timespec="seconds"),
    }
    from db.backup import atomic_write_bytes

    atomic_write_bytes(_marker(data), json.dumps(entry, ensure_ascii=False).encode("utf-8"))
    if before:
        before()
    progress(2, 4, "Đang khôi phục…")
    try:
        method = _apply_staged(data)
    except FilesInUse:
        _cleanup_stage(data)  # not restored: the next start must not finish it behind the user's back
        raise
    _log_restore(data, {**entry, "finished_at": datetime.now().isoformat(timespec="seconds"), "method": method})
    _cleanup_stage(data)
    progress(4, 4, "Đã khôi phục.")
    del stage
    return RestoreResult(restored=info, safety_backup=safety, method=method)


def _empty_database(path: Path) -> bool:
    """A new installation's database (the first-run wizard restoring): no row in any table, so
    nothing to keep in a "before a restore" backup that would only clutter the list."""
    try:
        return not any(table_counts(path).values())
    except Exception:  # noqa: BLE001 - unreadable: treat as data worth keeping (quarantined above)
        return False


def _quarantine_raw(data: DataDir) -> Path:
    """Keep the raw files of a damaged database for inspection (a plain copy is right here:
    it is evidence of the damage, not a backup)."""
    dest = data.quarantine / f"du-lieu-hong-{datetime.now():%Y%m%d-%H%M%S}"
    dest.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        src = data.database.with_name(data.database.name + suffix)
        if src.exists():
            shutil.copy2(src, dest / src.name)
    return dest
