"""Making backups (issue 8 §1): writing one, checking one in full, and rotating the automatic ones.

A backup is one ``.zip`` file:

    manifest.json       format, date, kind, app and schema versions, the unit, row counts of
                        every table, the audit chain's head, the SHA-256 of every file
    sothidua.db         a consistent copy made with SQLite's backup API (never a file copy of
                        a WAL database), checked with PRAGMA integrity_check
    attachments/...     the evidence files

It is written as ``<name>.zip.part``, fsynced and renamed: a crash never leaves a half-written
backup under a backup's name. Automatic backups go to ``<data>/backups`` (once a day while the
app is open, on close, before every restore; db/schema.py also copies the database before a
schema upgrade) and are rotated: the newest of each of the last 7 days, 4 weeks and 12 months
are kept (installation settings). Before anything is rotated out, the backup that remains
newest is fully checked; nothing is deleted while it is not sound.

The manifest's format and reading a backup: backup_archive.py. Restoring one: restoring.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db.backup import fsync_dir, sqlite_backup
from db.integrity import integrity_check, read_facts, table_counts
from db.schema import known_revisions
from desktop import __version__
from desktop.paths import DataDir
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.services.safety.backup_archive import (
    ATT_PREFIX,
    BackupError,
    BackupInfo,
    DB_NAME,
    FileEntry,
    KINDS,
    MANIFEST,
    Manifest,
    PROTECTED_KINDS,
    list_backups,
    read_backup,
)


# ---------------------------------------------------------------- making a backup


def sha256_file(path: Path, cancel: CancelToken | None = None) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while True:
            block = fh.read(1 << 20)
            if not block:
                break
            h.update(block)
            if cancel:
                cancel.check()
    return h.hexdigest()


def attachment_files(data: DataDir) -> list[str]:
    """Relative paths of the stored evidence files (temporary '.part'/'.tmp-' files skipped)."""
    root = data.attachments
    if not root.exists():
        return []
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith(".part"):
                continue
            rel = Path(dirpath, name).relative_to(root).as_posix()
            out.append(rel)
    return out


def _backup_name(folder: Path, when: datetime, kind: str) -> Path:
    base = f"sothidua-{when:%Y%m%d-%H%M%S}"
    p = folder / f"{base}-{kind}.zip"
    n = 2
    while p.exists():
        p = folder / f"{base}-{n}-{kind}.zip"
        n += 1
    return p


def create_backup(
    data: DataDir,
    *,
    kind: str = "manual",
    dest_dir: Path | None = None,
    now: datetime | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> BackupInfo:
    """Write one backup file (to ``dest_dir``, default the data folder's backups/)."""
    if kind not in KINDS:
        raise BackupError(f"Loại sao lưu “{kind}” không hợp lệ.")
    if not data.database.exists():
        raise BackupError(f"Chưa có dữ liệu để sao lưu trong “{data.root}”.")
    from desktop.paths import long_path_safe

    folder = long_path_safe(dest_dir) if dest_dir else data.backups
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"Không tạo được thư mục sao lưu “{folder}”: {exc.strerror or exc}.") from None
    if not os.access(folder, os.W_OK):
        raise BackupError(f"Không ghi được vào thư mục “{folder}” (ổ chỉ đọc hoặc không có quyền).")
    now = (now or datetime.now()).replace(microsecond=0)
    files = attachment_files(data)
    total = len(files) + 3
    progress(0, total, "Đang chép cơ sở dữ liệu…")
    with tempfile.TemporaryDirectory(prefix=".sao-luu-", dir=folder) as tmp:
        copy = Path(tmp) / DB_NAME
        sqlite_backup(data.database, copy)
        progress(1, total, "Đang kiểm tra bản sao…")
        problems = integrity_check(copy, full=True)
        facts = read_facts(copy)
        counts = table_counts(copy) if not problems else {}
        entries: list[FileEntry] = []
        target = _backup_name(folder, now, kind)
        part = target.with_name(target.name + ".part")
        try:
            with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
                zf.write(copy, DB_NAME)
                progress(2, total, "Đang chép tệp minh chứng…")
                for i, rel in enumerate(files):
                    if cancel:
                        cancel.check()
                    src = data.attachments / rel
                    try:
                        digest = sha256_file(src, cancel)
                        size = src.stat().st_size
                        zf.write(src, ATT_PREFIX + rel, compress_type=zipfile.ZIP_STORED)
                    except FileNotFoundError:
                        continue  # removed meanwhile
                    entries.append(FileEntry(rel, size, digest))
                    progress(3 + i, total, f"Đang chép tệp minh chứng {i + 1}/{len(files)}…")
                manifest = Manifest(
                    created_at=now,
                    kind=kind,
                    app_version=__version__,
                    schema_revision=facts["schema_revision"],
                    unit_code=facts["unit"]["code"] if facts["unit"] else None,
                    unit_name=facts["unit"]["name"] if facts["unit"] else None,
                    db_size=copy.stat().st_size,
                    db_sha256=sha256_file(copy),
                    counts=counts,
                    integrity="ok" if not problems else "; ".join(problems)[:4000],
                    audit=facts["audit"],
                    attachments=tuple(entries),
                )
                zf.writestr(MANIFEST, json.dumps(manifest.to_json(), ensure_ascii=False, indent=1))
            with open(part, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(part, target)
            fsync_dir(folder)
        except BaseException:
            try:
                part.unlink()
            except FileNotFoundError:
                pass
            raise
    progress(total, total, "Đã sao lưu.")
    return read_backup(target)


# ---------------------------------------------------------------- rotation


@dataclass(frozen=True)
class Policy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def select_kept(backups: list[BackupInfo], policy: Policy) -> set[Path]:
    """Grandfather-father-son: the newest backup of each of the last ``daily`` days,
    ``weekly`` ISO weeks and ``monthly`` months that have one; damaged backups never count."""
    good = sorted((b for b in backups if b.good), key=lambda b: b.created_at, reverse=True)
    kept: set[Path] = set()
    for count, key in (
        (policy.daily, lambda d: d.date()),
        (policy.weekly, lambda d: tuple(d.isocalendar())[:2]),
        (policy.monthly, lambda d: (d.year, d.month)),
    ):
        seen = []
        for b in good:
            k = key(b.created_at)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(k)
            kept.add(b.path)
    if good:
        kept.add(good[0].path)
        # Backups someone asked for, or made before a restore or an upgrade, are the only copy
        # of that moment: each is kept for the whole daily window, not only the day's newest.
        newest = good[0].created_at
        for b in good:
            if b.kind in PROTECTED_KINDS and (newest - b.created_at).days < policy.daily:
                kept.add(b.path)
    return kept


def rotate(data: DataDir, policy: Policy) -> list[Path]:
    """Delete the backups the policy no longer keeps; returns what was deleted.

    The newest good backup is first verified in full (its database copy extracted and checked
    with PRAGMA integrity_check, every file hash compared): if it is not sound, nothing is
    rotated out — older backups may be the only good ones."""
    backups = list_backups(data)
    kept = select_kept(backups, policy)
    doomed = [b for b in backups if b.path not in kept]
    if not doomed:
        return []
    newest = next((b for b in backups if b.good), None)
    if newest is None or verify_backup(newest.path):
        return []
    deleted = []
    for b in doomed:
        try:
            b.path.unlink()
            deleted.append(b.path)
        except OSError:
            continue
    return deleted


def verify_backup(path: Path, *, cancel: CancelToken | None = None) -> list[str]:
    """Full check of one backup: zip CRCs, manifest, database hash and integrity_check, every
    attachment hash. ``[]`` when sound."""
    info = read_backup(path)
    if info.problem:
        return [info.problem]
    if info.fmt == "db":
        from db.schema import stored_revision

        rev = stored_revision(path)
        newer = (
            [f"do phiên bản mới hơn tạo ra (lược đồ {rev}): phiên bản này không khôi phục được"]
            if rev is not None and rev not in known_revisions()
            else []
        )
        return newer + integrity_check(path, full=True)
    problems: list[str] = []
    if info.too_new:  # sound, maybe, but not restorable here: never called "tốt" (issue 18)
        problems.append(
            f"do phiên bản mới hơn tạo ra (lược đồ {info.schema_revision}): phiên bản "
            "này không khôi phục được, hãy cài phiên bản mới nhất"
        )
    try:
        with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory(prefix="sothidua-kiem-") as tmp:
            bad = zf.testzip()
            if bad:
                return [f"tệp “{bad}” trong bản sao lưu bị hỏng (sai CRC)"]
            db = extract_member(zf, DB_NAME, Path(tmp) / DB_NAME)
            if sha256_file(db, cancel) != info.manifest.db_sha256:
                problems.append("cơ sở dữ liệu trong bản sao lưu không khớp mã băm")
            else:
                problems += integrity_check(db, full=True)
            names = set(zf.namelist())
            for f in info.manifest.attachments:
                if ATT_PREFIX + f.path not in names:
                    problems.append(f"thiếu tệp minh chứng “{f.path}”")
                    continue
                h = hashlib.sha256()
                with zf.open(ATT_PREFIX + f.path) as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        h.update(block)
                if h.hexdigest() != f.sha256:
                    problems.append(f"tệp minh chứng “{f.path}” không khớp mã băm")
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        problems.append(f"không đọc được bản sao lưu ({exc})")
    return problems


def extract_member(zf: zipfile.ZipFile, name: str, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zf.open(name) as src, open(dest, "wb") as out:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
    return dest


# ---------------------------------------------------------------- actions of the app (with ctx)


def _clean_leftovers(folder: Path, older_than_s: float = 3600) -> None:
    """Temporary files of a backup a crash interrupted (never under a backup's name)."""
    import time

    if not folder.exists():
        return
    limit = time.time() - older_than_s
    for p in folder.iterdir():
        try:
            if p.stat().st_mtime > limit:
                continue
            if p.is_dir() and p.name.startswith(".sao-luu-"):
                shutil.rmtree(p, ignore_errors=True)
            elif p.is_file() and p.name.endswith(".zip.part"):
                p.unlink()
        except OSError:
            continue


def policy_of(ctx) -> Policy:
    from desktop.services.safety.settings import safety_settings

    s = safety_settings(ctx)
    return Policy(s["backup_keep_daily"], s["backup_keep_weekly"], s["backup_keep_monthly"])


def backup_now(
    ctx,
    *,
    dest_dir: Path | None = None,
    kind: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> BackupInfo:
    """ "Sao lưu ngay" (to the backups folder, then rotation) or "Sao lưu ra…" a folder/USB."""
    from desktop.services.safety.session import require_role

    require_role(ctx, "staff", "sao lưu dữ liệu")
    _clean_leftovers(ctx.data.backups)
    info = create_backup(
        ctx.data, kind=kind or ("export" if dest_dir else "manual"), dest_dir=dest_dir, progress=progress, cancel=cancel
    )
    if dest_dir is None:
        rotate(ctx.data, policy_of(ctx))
    return info


def _is_damaged(ctx) -> bool:
    from desktop.services.safety.session import read_only_reason

    return read_only_reason(ctx) is not None


def backup_due(ctx, now: datetime | None = None) -> bool:
    """At most once a day while open: due when no sound backup was made today."""
    from desktop.services.safety.settings import safety_settings

    if _is_damaged(ctx) or not safety_settings(ctx)["backup_daily"]:
        return False
    today = (now or datetime.now()).date()
    return not any(b.good and b.created_at.date() == today and b.fmt == "zip" for b in list_backups(ctx.data))


def auto_backup_if_due(ctx, now: datetime | None = None) -> BackupInfo | None:
    if not backup_due(ctx, now):
        return None
    _clean_leftovers(ctx.data.backups)
    info = create_backup(ctx.data, kind="auto", now=now)
    rotate(ctx.data, policy_of(ctx))
    return info


def unchanged_since_last_backup(ctx) -> bool:
    newest = next((b for b in list_backups(ctx.data) if b.fmt == "zip" and b.good), None)
    if newest is None:
        return False
    facts = read_facts(ctx.data.database)
    return (
        facts["audit"] == newest.manifest.audit
        and table_counts(ctx.data.database) == newest.counts
        and len(attachment_files(ctx.data)) == len(newest.manifest.attachments)
    )


def backup_on_close(ctx) -> BackupInfo | None:
    """On close (setting ``backup_on_close``): skipped when nothing changed since the newest
    backup, and never for a damaged file (it would push good backups out)."""
    from desktop.services.safety.settings import safety_settings

    if _is_damaged(ctx) or not ctx.data.database.exists():
        return None
    if not safety_settings(ctx)["backup_on_close"] or unchanged_since_last_backup(ctx):
        return None
    _clean_leftovers(ctx.data.backups)
    info = create_backup(ctx.data, kind="close")
    rotate(ctx.data, policy_of(ctx))
    return info


def all_changes():
    from desktop.services.changes import AREAS, Changes

    return Changes.of(*AREAS, "backups", "recognition")
