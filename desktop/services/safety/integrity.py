"""Integrity checks (issue 8 §2): never silently continue on a damaged file.

- At every start (GUI and CLI): an interrupted restore is finished, then ``PRAGMA quick_check``.
  On damage the data opens read-only (every write refused) and the newest good backup is
  offered; a file SQLite cannot read at all is refused with the same offer.
- On demand (``sothidua check``, the Backups screen): full ``PRAGMA integrity_check`` and
  foreign-key check, the audit chain (first broken link) and its anchors in the backups, the
  schema version, and the attachments folder (files missing, changed or orphaned).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from db import audit
from db.integrity import as_database_error, audit_hashes, integrity_check, read_facts
from db.repo import safety as safety_repo
from db.schema import DatabaseUnreadable, head_revision, known_revisions, open_read_only, stored_revision
from desktop.paths import DataDir
from desktop.services.safety import backup as backups
from desktop.services.safety import backup_archive, restoring
from desktop.services.safety import quick_check
from desktop.services.context import AppContext, open_context
from desktop.services.progress import CancelToken, ProgressFn, no_progress


@dataclass(frozen=True)
class StartupState:
    damaged: bool = False
    problems: tuple[str, ...] = ()
    newest_good: backup_archive.BackupInfo | None = None
    resumed_restore: bool = False
    unreadable: bool = False  # damaged so that not even a read-only look is possible

    @property
    def offer(self) -> str:
        if self.newest_good is None:
            return " Không tìm thấy bản sao lưu tốt nào trong thư mục sao lưu."
        return (
            f" Bản sao lưu tốt gần nhất: {self.newest_good.path.name} "
            f"({self.newest_good.created_at:%d/%m/%Y %H:%M}); khôi phục bằng: "
            f'sothidua restore "{self.newest_good.path}" (hoặc sothidua restore --latest).'
        )

    @property
    def message(self) -> str:
        if not self.damaged:
            return ""
        return (
            "Tệp dữ liệu bị hỏng (" + "; ".join(self.problems[:3]) + "). Dữ liệu chỉ được mở "
            "để xem, mọi thay đổi đều bị từ chối." + self.offer
        )


def startup(data_dir: Path) -> StartupState:
    data = DataDir(Path(data_dir))
    resumed = False
    if data.root.exists():
        resumed = restoring.finish_interrupted_restore(data)
    if not data.database.exists() or data.database.stat().st_size == 0:
        return StartupState(resumed_restore=resumed)
    problems = quick_check.take(data.database)  # begun at the start of the GUI (issue 13)
    if problems is None or resumed:
        problems = integrity_check(data.database, full=False)
    if not problems:
        return StartupState(resumed_restore=resumed)
    return StartupState(
        damaged=True,
        problems=tuple(problems),
        newest_good=backup_archive.newest_good(data),
        resumed_restore=resumed,
        unreadable=_readable(data.database) is not None,
    )


def _readable(path: Path) -> str | None:
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM units").fetchone()
        finally:
            con.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return str(as_database_error(exc))
    return None


def open_checked(data_dir: Path, state: StartupState, *, read_only: bool = False) -> AppContext:
    """The context for a checked start: normal, or read-only on a damaged file."""
    if not state.damaged:
        return open_context(data_dir, read_only=read_only)
    from desktop.services.safety.session import make_read_only

    data = DataDir(Path(data_dir)).ensure()
    reason = _readable(data.database)
    if reason is not None:
        raise DatabaseUnreadable(
            data.database, "tệp hỏng nặng, không mở được để xem (" + "; ".join(state.problems[:2]) + ")." + state.offer
        )
    ctx = AppContext(data=data, uow=open_read_only(data.database))
    make_read_only(ctx, state.message)
    return ctx


# ---------------------------------------------------------------- the full check


@dataclass
class CheckReport:
    data_dir: str
    integrity: dict = field(default_factory=dict)
    audit_chain: dict = field(default_factory=dict)
    audit_anchors: dict = field(default_factory=dict)
    schema: dict = field(default_factory=dict)
    attachments: dict = field(default_factory=dict)
    backups: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(
            part.get("ok", True)
            for part in (self.integrity, self.audit_chain, self.audit_anchors, self.schema, self.attachments)
        )

    def to_json(self) -> dict:
        return {
            "ok": self.ok,
            "data_dir": self.data_dir,
            "integrity": self.integrity,
            "audit_chain": self.audit_chain,
            "audit_anchors": self.audit_anchors,
            "schema": self.schema,
            "attachments": self.attachments,
            "backups": self.backups,
        }

    def lines_vi(self) -> list[str]:
        """A short Vietnamese summary, one line per part."""
        i, c, a, s, f = self.integrity, self.audit_chain, self.audit_anchors, self.schema, self.attachments
        out = [
            (
                "Toàn vẹn cơ sở dữ liệu: tốt"
                if i.get("ok")
                else "Toàn vẹn cơ sở dữ liệu: HỎNG — " + "; ".join(i.get("problems", [])[:3])
            )
        ]
        if c.get("ok"):
            out.append(f"Chuỗi nhật ký thay đổi: nguyên vẹn ({c.get('entries', 0)} mục)")
        elif c.get("first_broken_id") is not None:
            out.append(f"Chuỗi nhật ký thay đổi: ĐỨT tại mục số {c['first_broken_id']} ({c.get('reason') or ''})")
        else:
            out.append(f"Chuỗi nhật ký thay đổi: không kiểm tra được ({c.get('error', '')})")
        if not a.get("ok", True):
            out.append("Đối chiếu nhật ký với bản sao lưu: " + "; ".join(a.get("problems", [])[:3]))
        out.append(
            f"Phiên bản lược đồ: {s.get('stored')} (chương trình: {s.get('head')}) — "
            + {
                "current": "đúng",
                "older": "cũ hơn, sẽ được nâng cấp khi mở",
                "newer": "MỚI HƠN chương trình",
                "unknown": "không đọc được",
            }.get(s.get("status"), "")
        )
        if f.get("ok"):
            out.append(f"Tệp minh chứng: đủ ({f.get('rows', 0)} tệp)")
        else:
            out.append(
                f"Tệp minh chứng: thiếu {len(f.get('missing', []))}, bị thay đổi "
                f"{len(f.get('altered', []))}, mồ côi {len(f.get('orphaned', []))}"
            )
        return out


def _error_text(exc: BaseException) -> str:
    """One printable line for an error met while reading a damaged file."""
    return (str(as_database_error(exc)).splitlines() or ["tệp bị hỏng"])[0]


def _hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_attachments(
    data: DataDir, index: list[tuple[int, str, str, int]], *, hashes: bool = True, cancel: CancelToken | None = None
) -> dict:
    """Files missing for a record, changed since stored (SHA-256), or with no record (orphaned)."""
    on_disk = set(backups.attachment_files(data))
    missing, altered, referenced = [], [], set()
    for id_, stored, sha, size in index:
        referenced.add(stored)
        p = data.attachments.joinpath(*stored.split("/"))
        if stored not in on_disk or not p.is_file():
            missing.append({"id": id_, "stored_name": stored})
            continue
        if cancel:
            cancel.check()
        if p.stat().st_size != size or (hashes and _hash(p) != sha):
            altered.append({"id": id_, "stored_name": stored})
    orphaned = sorted(on_disk - referenced)
    return {
        "ok": not (missing or altered or orphaned),
        "rows": len(index),
        "files": len(on_disk),
        "missing": missing,
        "altered": altered,
        "orphaned": orphaned,
        "hashed": hashes,
    }


def check_anchors(data: DataDir, current: dict | None) -> dict:
    """Compare the chain with the heads recorded in backups made since the last restore: an
    entry a backup saw must still be there with the same hash (catches a cut-off tail, which
    the chain alone cannot show)."""
    restores = restoring.restore_log(data)
    since = max((r.get("finished_at") or "" for r in restores), default="")
    anchors = []
    for b in backup_archive.list_backups(data):
        if b.manifest and b.manifest.audit and b.manifest.audit.get("last_id"):
            if since and b.created_at.isoformat() < since and b.kind != "pre-restore":
                continue  # made before the data was rolled back by a restore
            anchors.append((b, b.manifest.audit))
    if not anchors or current is None:
        return {"ok": True, "checked": 0, "problems": []}
    ids = sorted({a["last_id"] for _, a in anchors})
    try:
        stored = audit_hashes(data.database, ids)
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "checked": 0, "problems": [f"không đọc được nhật ký ({exc})"]}
    problems = []
    first_differing: int | None = None
    for b, a in anchors:
        if b.kind == "pre-restore":
            continue  # the state before a restore: superseded by the restored data
        h = stored.get(a["last_id"])
        if h is not None and h == a["last_hash"]:
            continue
        # The head the backup saw is gone or different: find the FIRST entry that differs from
        # the backup's own copy of the chain (an edit with recomputed hashes changes the hash of
        # the edited entry and of every later one; issue 18: reported at the right entry).
        at, missing = _first_difference(data, b, a["last_id"])
        if at is not None:
            first_differing = at if first_differing is None else min(first_differing, at)
        if missing or (h is None and at is None):
            problems.append(
                f"mục nhật ký số {at or a['last_id']} có trong bản sao lưu {b.path.name} nhưng đã mất khỏi dữ liệu"
            )
        elif at is not None:
            problems.append(f"mục nhật ký số {at} khác với bản sao lưu {b.path.name} (đã bị sửa rồi tính lại mã băm)")
        else:
            problems.append(f"mục nhật ký số {a['last_id']} khác với bản sao lưu {b.path.name}")
    return {"ok": not problems, "checked": len(anchors), "problems": problems, "first_differing_id": first_differing}


def _first_difference(data: DataDir, b, last_id: int) -> tuple[int | None, bool]:
    """(id, missing) of the first audit entry whose hash differs between the data and backup
    ``b`` (up to the backup's head; missing: gone from the data); (None, False) when the
    backup's copy cannot be read."""
    import tempfile
    import zipfile

    from db.integrity import audit_chain_hashes

    try:
        if b.fmt == "db":
            theirs = audit_chain_hashes(b.path, last_id)
        else:
            with zipfile.ZipFile(b.path) as zf, tempfile.TemporaryDirectory(prefix="sothidua-neo-") as tmp:
                db = Path(zf.extract(backup_archive.DB_NAME, tmp))
                theirs = audit_chain_hashes(db, last_id)
        mine = dict(audit_chain_hashes(data.database, last_id))
    except Exception:  # noqa: BLE001 - an unreadable backup proves nothing either way
        return None, False
    for id_, h in theirs:
        if mine.get(id_) != h:
            return id_, id_ not in mine
    return None, False


def full_check(
    data_dir: Path, *, quick: bool = False, progress: ProgressFn = no_progress, cancel: CancelToken | None = None
) -> CheckReport:
    """Everything ``sothidua check`` reports; works on a damaged file (read-only, no upgrade)."""
    data = DataDir(Path(data_dir))
    report = CheckReport(data_dir=str(data.root))
    progress(0, 5, "Đang kiểm tra toàn vẹn cơ sở dữ liệu…")
    if not data.database.exists():
        report.integrity = {"ok": False, "mode": "none", "problems": ["chưa có tệp dữ liệu"]}
        report.schema = {"ok": False, "stored": None, "head": head_revision(), "status": "unknown"}
        return report
    problems = integrity_check(data.database, full=not quick)
    report.integrity = {"ok": not problems, "mode": "quick" if quick else "full", "problems": problems}
    head = head_revision()
    try:
        facts = read_facts(data.database)
        rev = facts["schema_revision"]
        status = "current" if rev == head else "older" if rev in known_revisions() else "newer"
        report.schema = {"ok": status != "newer", "stored": rev, "head": head, "status": status}
    except Exception as exc:  # noqa: BLE001
        facts = {"audit": None}
        report.schema = {"ok": False, "stored": None, "head": head, "status": "unknown", "error": _error_text(exc)}
    progress(1, 5, "Đang kiểm tra chuỗi nhật ký thay đổi…")
    uow = open_read_only(data.database)
    try:
        try:
            with uow.read() as s:
                report.audit_chain = audit.verify_chain(s)
        except Exception as exc:  # noqa: BLE001 - a damaged page inside the audit table
            report.audit_chain = {"ok": False, "entries": None, "first_broken_id": None, "error": _error_text(exc)}
        progress(2, 5, "Đang đối chiếu với các bản sao lưu…")
        report.audit_anchors = check_anchors(data, facts.get("audit"))
        progress(3, 5, "Đang kiểm tra tệp minh chứng…")
        try:
            with uow.read() as s:
                index = safety_repo.attachment_index(s)
            report.attachments = check_attachments(data, index, hashes=not quick, cancel=cancel)
        except Exception as exc:  # noqa: BLE001
            report.attachments = {"ok": False, "error": _error_text(exc), "missing": [], "altered": [], "orphaned": []}
    finally:
        uow.dispose()
    progress(4, 5, "Đang liệt kê bản sao lưu…")
    listed = backup_archive.list_backups(data)
    good = next((b for b in listed if b.good), None)
    report.backups = {
        "count": len(listed),
        "newest": listed[0].path.name if listed else None,
        "newest_good": good.path.name if good else None,
        "newest_good_at": good.created_at.isoformat() if good else None,
    }
    progress(5, 5, "Đã kiểm tra xong.")
    return report


def schema_revisions(database: Path) -> tuple[str | None, str]:
    """(the schema revision stored in the database file, the newest this version knows)."""
    return stored_revision(database), head_revision()
