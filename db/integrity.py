"""Low-level checks and facts about a database file, read through plain sqlite3 in read-only mode
so that they work on a damaged file, a backup copy, or a database of another schema version.

Also ``restore_into``: putting a backup's content into the live database through SQLite's
backup API (atomic for other connections, correct with WAL), with a careful file replacement
as the fallback when the live file is too damaged for SQLite to open.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

from db.backup import fsync_dir

SKIP_TABLES = {"alembic_version", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}

# Words of SQLite's messages that mean "this file is damaged" (not "busy" or "locked").
_DAMAGE_WORDS = (
    "malformed",
    "not a database",
    "corrupt",
    "could not decode",
    "disk image",
    "database disk",
    "unsupported file format",
    "file is encrypted",
)


_VI = (
    (
        re.compile(r"malformed database schema \((.*)\)", re.DOTALL),
        lambda m: f"phần mô tả cấu trúc của tệp bị hỏng (ở “{m.group(1)[:60]}”)",
    ),
    (re.compile(r"database disk image is malformed"), lambda m: "một trang của tệp dữ liệu bị hỏng"),
    (
        re.compile(r"file is not a database"),
        lambda m: "phần đầu tệp bị hỏng hoặc đây không phải tệp dữ liệu của Sổ Thi Đua",
    ),
    (re.compile(r"Could not decode to UTF-8.*", re.DOTALL), lambda m: "chữ trong tệp bị hỏng, không đọc được"),
)


def _readable_text(raw: bytes | str) -> str:
    """SQLite's message, printable, and in Vietnamese for the messages of a damaged file."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    text = "".join(ch if ch.isprintable() else "\ufffd" for ch in raw)[:200]
    for pattern, vi in _VI:
        m = pattern.search(text)
        if m:
            return vi(m)
    return text


def damage_text(exc: BaseException | None) -> str | None:
    """SQLite's own words when ``exc`` (or what caused it) says the database file is damaged,
    else None.

    A damaged schema page can put raw bytes (a broken table name) into SQLite's error message;
    Python's sqlite3 then fails to decode the *message* and raises ``UnicodeDecodeError`` instead
    of ``sqlite3.DatabaseError`` — from any statement, through SQLAlchemy too (it only wraps
    DB-API errors). Both are recognised here, and the message made printable.
    """
    seen = 0
    while exc is not None and seen < 8:
        seen += 1
        if isinstance(exc, UnicodeDecodeError) and isinstance(exc.object, (bytes, bytearray)):
            raw = bytes(exc.object).decode("utf-8", "replace").lower()
            if any(w in raw for w in _DAMAGE_WORDS) or "database" in raw:
                return _readable_text(bytes(exc.object))
        if isinstance(exc, sqlite3.DatabaseError) and any(w in str(exc).lower() for w in _DAMAGE_WORDS):
            return _readable_text(str(exc))
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return None


def as_database_error(exc: BaseException) -> sqlite3.DatabaseError:
    """``exc`` as a DatabaseError with a printable message (see ``damage_text``)."""
    if isinstance(exc, sqlite3.DatabaseError):
        return exc
    return sqlite3.DatabaseError(damage_text(exc) or _readable_text(str(exc)))


def _connect_ro(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise FileNotFoundError(str(path))
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=10)
    return con


def integrity_check(path: Path, *, full: bool = True, max_errors: int = 20) -> list[str]:
    """``[]`` when the file is sound, else SQLite's messages (PRAGMA integrity_check or
    quick_check; quick_check skips index-content verification and runs in O(N))."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        con = _connect_ro(path)
    except (sqlite3.Error, FileNotFoundError, UnicodeDecodeError) as exc:
        return [f"không mở được tệp: {as_database_error(exc)}"]
    try:
        rows = [r[0] for r in con.execute(f"PRAGMA {pragma}({int(max_errors)})").fetchall()]
        if full:
            fk = con.execute("PRAGMA foreign_key_check").fetchmany(max_errors)
            rows += [f"khóa ngoại hỏng: bảng {r[0]} dòng {r[1]} trỏ tới {r[2]}" for r in fk]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # UnicodeDecodeError: raw bytes of a damaged schema page inside SQLite's message.
        return [f"tệp không đọc được: {as_database_error(exc)}"]
    finally:
        con.close()
    if rows == ["ok"] or not rows:
        return []
    # SQLite packs many findings into one row separated by newlines: one finding per item.
    lines = [line.strip() for r in rows if r != "ok" for line in str(r).splitlines()]
    lines = [_readable_text(line) for line in lines if line and not line.startswith("***")]
    return lines[:max_errors] or ["tệp bị hỏng"]


def table_counts(path: Path) -> dict[str, int]:
    """Row count of every table of the app (whatever schema version the file has)."""
    con = _connect_ro(path)
    try:
        return _table_counts(con)
    except UnicodeDecodeError as exc:
        raise as_database_error(exc) from None
    finally:
        con.close()


def _table_counts(con: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names if n not in SKIP_TABLES}


def read_facts(path: Path) -> dict:
    """Schema revision, the installation's own unit and the audit chain's head of a file."""
    con = _connect_ro(path)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        facts: dict = {"schema_revision": None, "unit": None, "audit": None}
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            facts["schema_revision"] = row[0] if row else None
        if "units" in tables:
            row = con.execute("SELECT code, name FROM units WHERE is_self = 1 LIMIT 1").fetchone()
            if row:
                facts["unit"] = {"code": row[0], "name": row[1]}
        if "audit_log" in tables:
            n = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
            last = con.execute("SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
            facts["audit"] = {"count": n, "last_id": last[0] if last else None, "last_hash": last[1] if last else None}
            facts["last_change_at"] = str(last[2]) if last and last[2] else None
        return facts
    except UnicodeDecodeError as exc:
        raise as_database_error(exc) from None
    finally:
        con.close()


def audit_hashes(path: Path, ids: list[int]) -> dict[int, str]:
    """The stored hash of the given audit entries (for comparing with backup anchors)."""
    if not ids:
        return {}
    con = _connect_ro(path)
    try:
        marks = ",".join("?" * len(ids))
        return {r[0]: r[1] for r in con.execute(f"SELECT id, hash FROM audit_log WHERE id IN ({marks})", ids)}
    except UnicodeDecodeError as exc:
        raise as_database_error(exc) from None
    finally:
        con.close()


def audit_chain_hashes(path: Path, up_to_id: int | None = None) -> list[tuple[int, str]]:
    """(id, hash) of every audit entry of a file, in order (up to ``up_to_id``): to find WHICH
    entry differs between the live data and a backup."""
    con = _connect_ro(path)
    try:
        q = "SELECT id, hash FROM audit_log"
        args: tuple = ()
        if up_to_id is not None:
            q += " WHERE id <= ?"
            args = (up_to_id,)
        return [(r[0], r[1]) for r in con.execute(q + " ORDER BY id", args)]
    except UnicodeDecodeError as exc:
        raise as_database_error(exc) from None
    finally:
        con.close()


def _remove(p: Path) -> None:
    try:
        p.unlink()
    except FileNotFoundError:
        pass


def restore_into(source: Path, dest: Path) -> str:
    """Make ``dest`` hold exactly the content of ``source``. Returns "backup-api" or "replace".

    The backup API writes the pages in one transaction of the destination: other connections
    (another window, a CLI run) see either the old or the new database, and a crash leaves one
    of the two. When the destination cannot even be opened (damaged header), the complete new
    file is written beside it, fsynced, the stale -wal/-shm removed (they must never be applied
    to another file) and the new file renamed over the old one.
    """
    src = _connect_ro(source)
    try:
        if dest.exists() and dest.stat().st_size > 0:
            try:
                dst = sqlite3.connect(str(dest), timeout=30)
                try:
                    dst.execute("PRAGMA busy_timeout=30000")
                    src.backup(dst)
                    dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    dst.close()
                return "backup-api"
            except (sqlite3.DatabaseError, UnicodeDecodeError):
                pass  # damaged beyond opening: replace the file
        tmp = dest.with_name(dest.name + ".restore-part")
        _remove(tmp)
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
        finally:
            dst.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm", "-journal"):
            _remove(dest.with_name(dest.name + suffix))
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
        return "replace"
    finally:
        src.close()
