"""What a backup file is and how it is read (issue 8 §1): the manifest's format and its strict
parser (a backup is hostile until checked), what the list shows of a backup, and listing the
backups of a folder. Making, checking and rotating backups: backup.py; restoring: restoring.py."""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from db.integrity import integrity_check, table_counts
from db.schema import known_revisions
from desktop.domain.errors import DomainError
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.i18n.catalogue import texts
from desktop.paths import DataDir


FORMAT = "sothidua-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_NAME = "sothidua.db"
ATT_PREFIX = "attachments/"
MAX_MANIFEST_BYTES = 20 * 1024 * 1024

KINDS = {
    "auto": QT_TRANSLATE_NOOP("BackupKind", "Automatic (daily)"),
    "close": QT_TRANSLATE_NOOP("BackupKind", "On close"),
    "manual": QT_TRANSLATE_NOOP("BackupKind", "Manual"),
    "pre-restore": QT_TRANSLATE_NOOP("BackupKind", "Before a restore"),
    "pre-migration": QT_TRANSLATE_NOOP("BackupKind", "Before an upgrade"),
    "export": QT_TRANSLATE_NOOP("BackupKind", "Backup to a folder/USB"),
}

PROTECTED_KINDS = ("manual", "pre-restore", "pre-migration")

# What the restore screen shows of a backup's contents (only tables the file has are shown).
SUMMARY = (
    ("members", QT_TRANSLATE_NOOP("BackupContents", "Members"), ("members",)),
    ("activities", QT_TRANSLATE_NOOP("BackupContents", "Volunteer activities"), ("volunteer_activities",)),
    ("evidence", QT_TRANSLATE_NOOP("BackupContents", "Evidence records"), ("cycle_logs",)),
    ("submissions", QT_TRANSLATE_NOOP("BackupContents", "Submissions sent"), ("sync_outbox",)),
    ("received", QT_TRANSLATE_NOOP("BackupContents", "Submissions received"), ("sync_received",)),
    ("attachments", QT_TRANSLATE_NOOP("BackupContents", "Attachment files"), ("attachments",)),
    ("users", QT_TRANSLATE_NOOP("BackupContents", "Accounts"), ("users",)),
    ("audit", QT_TRANSLATE_NOOP("BackupContents", "Audit entries"), ("audit_log",)),
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
        return texts("vi").translate("BackupKind", self.kind_en)

    @property
    def kind_en(self) -> str:
        return KINDS.get(self.kind, self.kind)

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
    vi = texts("vi")
    for key, en, tables in SUMMARY:
        present = [t for t in tables if t in counts]
        if present:
            out.append((key, vi.translate("BackupContents", en), en, sum(counts[t] for t in present)))
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
