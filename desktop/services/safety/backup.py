"""Backups and restore (issue 8 §1).

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

Restore brings back exactly the state of the backup (database and attachments folder), after
backing up the current state. It is staged in ``<data>/.restore`` and journalled, so a crash
in the middle is finished at the next start (``finish_interrupted_restore``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from db.backup import fsync_dir, sqlite_backup
from db.integrity import integrity_check, read_facts, restore_into, table_counts
from db.schema import known_revisions
from desktop import __version__
from desktop.domain.errors import DomainError
from desktop.paths import DataDir
from desktop.services.progress import CancelToken, ProgressFn, no_progress

FORMAT = "sothidua-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_NAME = "sothidua.db"
ATT_PREFIX = "attachments/"
MAX_MANIFEST_BYTES = 20 * 1024 * 1024

KINDS = {
    "auto": ("Tự động hằng ngày", "Automatic (daily)"),
    "close": ("Khi đóng chương trình", "On close"),
    "manual": ("Sao lưu thủ công", "Manual"),
    "pre-restore": ("Trước khi khôi phục", "Before a restore"),
    "pre-migration": ("Trước khi nâng cấp", "Before an upgrade"),
    "export": ("Sao lưu ra thư mục/USB", "Backup to a folder/USB"),
}

PROTECTED_KINDS = ("manual", "pre-restore", "pre-migration")

# What the restore screen shows of a backup's contents (only tables the file has are shown).
SUMMARY = (
    ("members", "Đoàn viên", "Members", ("members",)),
    ("activities", "Hoạt động tình nguyện", "Volunteer activities", ("volunteer_activities",)),
    ("evidence", "Bản ghi minh chứng", "Evidence records", ("cycle_logs",)),
    ("submissions", "Hồ sơ đã gửi", "Submissions sent", ("sync_outbox",)),
    ("received", "Hồ sơ đã nhận", "Submissions received", ("sync_received",)),
    ("attachments", "Tệp minh chứng", "Attachment files", ("attachments",)),
    ("users", "Tài khoản", "Accounts", ("users",)),
    ("audit", "Mục nhật ký thay đổi", "Audit entries", ("audit_log",)),
)

_NAME_RE = re.compile(r"^sothidua-(\d{8})-(\d{6})(?:-\d+)?-([a-z-]+)\.zip$")
_SAFE_PART = re.compile(r"^[A-Za-z0-9._-]{1,120}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class BackupError(DomainError):
    pass


# ---------------------------------------------------------------- manifest (a parser: strict)


@dataclass(frozen=True)
class FileEntry:
    path: str  # relative to attachments/, "/" separators
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    created_at: datetime
    kind: str
    app_version: str
    schema_revision: str | None
    unit_code: str | None
    unit_name: str | None
    db_size: int
    db_sha256: str
    counts: dict[str, int]
    integrity: str
    audit: dict | None
    attachments: tuple[FileEntry, ...] = ()

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "kind": self.kind,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "unit": {"code": self.unit_code, "name": self.unit_name} if self.unit_code else None,
            "database": {"name": DB_NAME, "size": self.db_size, "sha256": self.db_sha256},
            "counts": dict(sorted(self.counts.items())),
            "integrity": self.integrity,
            "audit": self.audit,
            "attachments": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.attachments],
        }


def safe_relative(path: Any) -> str:
    """An attachment path from a manifest or a zip: relative, "/"-separated, no "..", no drive,
    nothing that could land outside the attachments folder (zip-slip)."""
    if not isinstance(path, str) or not path or len(path) > 400:
        raise BackupError("Tệp sao lưu có đường dẫn tệp minh chứng không hợp lệ.")
    parts = path.split("/")
    if any(not _SAFE_PART.match(p) or p in (".", "..") for p in parts) or len(parts) > 4:
        raise BackupError(f"Tệp sao lưu có đường dẫn không an toàn: “{path[:80]}”.")
    return path


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise BackupError(f"Tệp sao lưu bị hỏng hoặc không phải của Sổ Thi Đua: {what}.")


def _int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**53


def parse_manifest(data: bytes) -> Manifest:
    """Bytes of manifest.json -> Manifest; BackupError (Vietnamese) for anything malformed."""
    _need(isinstance(data, (bytes, bytearray)) and len(data) <= MAX_MANIFEST_BYTES, "tệp mô tả quá lớn")
    try:
        j = json.loads(bytes(data).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        _need(False, "tệp mô tả (manifest.json) không phải JSON hợp lệ")
    _need(isinstance(j, dict), "tệp mô tả không phải một đối tượng JSON")
    _need(j.get("format") == FORMAT, "thiếu dấu hiệu định dạng “sothidua-backup”")
    fv = j.get("format_version")
    _need(_int(fv), "phiên bản định dạng không hợp lệ")
    if fv > FORMAT_VERSION:
        raise BackupError(
            f"Tệp sao lưu có định dạng phiên bản {fv}, mới hơn phiên bản chương trình "
            "này hiểu được: hãy cài Sổ Thi Đua mới nhất."
        )
    try:
        created = datetime.fromisoformat(j.get("created_at"))
    except (TypeError, ValueError):
        _need(False, "ngày tạo không hợp lệ")
    _need(created.tzinfo is None and 2000 <= created.year <= 9999, "ngày tạo không hợp lệ")
    kind = j.get("kind")
    _need(isinstance(kind, str) and kind in KINDS, "loại bản sao lưu không hợp lệ")
    app_version = j.get("app_version")
    _need(isinstance(app_version, str) and len(app_version) <= 40, "phiên bản chương trình không hợp lệ")
    rev = j.get("schema_revision")
    _need(rev is None or (isinstance(rev, str) and 0 < len(rev) <= 40), "phiên bản lược đồ không hợp lệ")
    unit = j.get("unit")
    _need(
        unit is None
        or (isinstance(unit, dict) and isinstance(unit.get("code"), str) and isinstance(unit.get("name"), str)),
        "thông tin đơn vị không hợp lệ",
    )
    db = j.get("database")
    _need(
        isinstance(db, dict)
        and db.get("name") == DB_NAME
        and _int(db.get("size"))
        and isinstance(db.get("sha256"), str)
        and bool(_HEX64.match(db["sha256"])),
        "thông tin tệp dữ liệu không hợp lệ",
    )
    counts = j.get("counts")
    _need(
        isinstance(counts, dict)
        and len(counts) <= 500
        and all(isinstance(k, str) and len(k) <= 80 and _int(v) for k, v in counts.items()),
        "số liệu đếm không hợp lệ",
    )
    integ = j.get("integrity")
    _need(isinstance(integ, str) and len(integ) <= 4000, "kết quả kiểm tra toàn vẹn không hợp lệ")
    audit = j.get("audit")
    _need(
        audit is None
        or (
            isinstance(audit, dict)
            and _int(audit.get("count"))
            and (audit.get("last_id") is None or _int(audit.get("last_id")))
            and (
                audit.get("last_hash") is None
                or (isinstance(audit.get("last_hash"), str) and bool(_HEX64.match(audit["last_hash"])))
            )
        ),
        "đầu chuỗi nhật ký không hợp lệ",
    )
    files = j.get("attachments")
    _need(isinstance(files, list), "danh sách tệp minh chứng không hợp lệ")
    entries = []
    seen = set()
    for f in files:
        _need(
            isinstance(f, dict)
            and _int(f.get("size"))
            and isinstance(f.get("sha256"), str)
            and bool(_HEX64.match(f["sha256"])),
            "một tệp minh chứng được mô tả sai",
        )
        p = safe_relative(f.get("path"))
        _need(p not in seen, f"tệp minh chứng “{p}” lặp lại")
        seen.add(p)
        entries.append(FileEntry(p, f["size"], f["sha256"]))
    return Manifest(
        created_at=created,
        kind=kind,
        app_version=app_version,
        schema_revision=rev,
        unit_code=unit["code"] if unit else None,
        unit_name=unit["name"] if unit else None,
        db_size=db["size"],
        db_sha256=db["sha256"],
        counts=dict(counts),
        integrity=integ,
        audit={"count": audit["count"], "last_id": audit.get("last_id"), "last_hash": audit.get("last_hash")}
        if audit
        else None,
        attachments=tuple(entries),
    )


# ---------------------------------------------------------------- backup info (the list)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    kind: str
    size: int
    fmt: str  # "zip" | "db" (the database-only copy db/schema.py makes before an upgrade)
    manifest: Manifest | None = None
    counts: dict[str, int] = field(default_factory=dict)
    problem: str | None = None

    @property
    def good(self) -> bool:
        return self.problem is None and (self.manifest is None or self.manifest.integrity == "ok")

    @property
    def too_new(self) -> bool:
        """Made by a newer version of the app (a data schema this version does not know)."""
        rev = self.schema_revision
        return rev is not None and rev not in known_revisions()

    @property
    def restorable(self) -> bool:
        """Sound AND restorable by this version (issue 18: a newer backup is not "tốt")."""
        return self.good and not self.too_new

    @property
    def state_vi(self) -> str:
        if not self.good:
            return f"HỎNG — {self.problem}"
        if self.too_new:
            return (
                f"do phiên bản mới hơn tạo ra (lược đồ {self.schema_revision}): phiên bản này "
                "không khôi phục được, hãy cài phiên bản mới nhất"
            )
        return "tốt"

    @property
    def kind_vi(self) -> str:
        return KINDS.get(self.kind, (self.kind, self.kind))[0]

    @property
    def kind_en(self) -> str:
        return KINDS.get(self.kind, (self.kind, self.kind))[1]

    @property
    def unit_name(self) -> str | None:
        return self.manifest.unit_name if self.manifest else None

    @property
    def schema_revision(self) -> str | None:
        return self.manifest.schema_revision if self.manifest else None

    def summary(self) -> list[tuple[str, str, str, int]]:
        return summarize(self.counts)

    def to_json(self) -> dict:
        return {
            "file": str(self.path),
            "name": self.path.name,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "kind": self.kind,
            "kind_vi": self.kind_vi,
            "format": self.fmt,
            "size": self.size,
            "good": self.good,
            "restorable": self.restorable,
            "problem": self.problem,
            "unit": (
                {"code": self.manifest.unit_code, "name": self.manifest.unit_name}
                if self.manifest and self.manifest.unit_code
                else None
            ),
            "schema_revision": self.schema_revision,
            "attachments": len(self.manifest.attachments) if self.manifest else None,
            "contents": {k: n for k, _vi, _en, n in self.summary()},
        }


def summarize(counts: dict[str, int]) -> list[tuple[str, str, str, int]]:
    out = []
    for key, vi, en, tables in SUMMARY:
        present = [t for t in tables if t in counts]
        if present:
            out.append((key, vi, en, sum(counts[t] for t in present)))
    return out


def read_backup(path: Path) -> BackupInfo:
    """What a backup file holds, without extracting it. Never raises for a bad file: the
    problem is reported in ``problem``."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise BackupError(f"Không đọc được tệp sao lưu “{path}”: {exc.strerror or exc}.") from None
    mtime = datetime.fromtimestamp(st.st_mtime).replace(microsecond=0)
    if path.suffix.lower() == ".db":
        problems = integrity_check(path, full=False)
        try:
            counts = table_counts(path) if not problems else {}
        except Exception as exc:  # noqa: BLE001
            problems, counts = [str(exc)], {}
        return BackupInfo(
            path=path,
            created_at=mtime,
            kind="pre-migration",
            size=st.st_size,
            fmt="db",
            counts=counts,
            problem="; ".join(problems) or None,
        )
    try:
        with zipfile.ZipFile(path) as zf:
            try:
                info = zf.getinfo(MANIFEST)
            except KeyError:
                raise BackupError("Tệp không có manifest.json: không phải bản sao lưu Sổ Thi Đua.") from None
            if info.file_size > MAX_MANIFEST_BYTES:
                raise BackupError("Tệp mô tả quá lớn.")
            m = parse_manifest(zf.read(MANIFEST))
            if DB_NAME not in zf.namelist():
                raise BackupError("Tệp sao lưu thiếu cơ sở dữ liệu.")
        return BackupInfo(
            path=path,
            created_at=m.created_at,
            kind=m.kind,
            size=st.st_size,
            fmt="zip",
            manifest=m,
            counts=m.counts,
            problem=None if m.integrity == "ok" else f"dữ liệu lúc sao lưu đã hỏng: {m.integrity}",
        )
    except BackupError as exc:
        problem = str(exc)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        problem = f"tệp nén bị hỏng hoặc không đọc được ({exc})"
    kind = _NAME_RE.match(path.name).group(3) if _NAME_RE.match(path.name) else "manual"
    return BackupInfo(
        path=path,
        created_at=mtime,
        kind=kind if kind in KINDS else "manual",
        size=st.st_size,
        fmt="zip",
        problem=problem,
    )


def list_backups(data: DataDir) -> list[BackupInfo]:
    """Every backup in the data folder's backups/, newest first."""
    folder = data.backups
    if not folder.exists():
        return []
    out = []
    for p in folder.iterdir():
        if not p.is_file() or p.name.endswith(".part") or p.name.startswith("."):
            continue
        if p.suffix.lower() in (".zip", ".db"):
            try:
                out.append(read_backup(p))
            except BackupError:
                continue
    return sorted(out, key=lambda b: (b.created_at, b.path.name), reverse=True)


def newest_good(data: DataDir) -> BackupInfo | None:
    """The newest backup this version can restore."""
    return next((b for b in list_backups(data) if b.restorable), None)


# ---------------------------------------------------------------- making a backup


def _sha256_file(path: Path, cancel: CancelToken | None = None) -> str:
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
                        digest = _sha256_file(src, cancel)
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
                    db_sha256=_sha256_file(copy),
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
            db = _extract_member(zf, DB_NAME, Path(tmp) / DB_NAME)
            if _sha256_file(db, cancel) != info.manifest.db_sha256:
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


def _extract_member(zf: zipfile.ZipFile, name: str, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zf.open(name) as src, open(dest, "wb") as out:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
    return dest


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
        _extract_member(zf, DB_NAME, staged_db)
        if _sha256_file(staged_db) != m.db_sha256:
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
                _extract_member(zf, ATT_PREFIX + rel, dest)
            except KeyError:
                raise BackupError(f"Bản sao lưu thiếu tệp minh chứng “{rel}”.") from None
            if _sha256_file(dest) != f.sha256:
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
