"""Opening a data folder's database: create + stamp when new, back up + upgrade when older,
refuse (and leave untouched) when written by a newer version of the app."""

from __future__ import annotations

import functools
import logging
from contextlib import contextmanager
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from db.backup import fsync_dir, sqlite_backup
import db.models  # noqa: F401  (registers every table on the metadata)
from db.base import metadata
from db.engine import make_engine
from db.uow import UnitOfWork

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNew(RuntimeError):
    def __init__(self, path: Path, revision: str):
        super().__init__(
            f"Tệp dữ liệu “{path}” được tạo bởi một phiên bản Sổ Thi Đua mới hơn phiên bản đang "
            f"chạy (lược đồ {revision}). Hãy cài phiên bản mới nhất của Sổ Thi Đua để mở tệp này. "
            "Tệp dữ liệu được giữ nguyên, không bị thay đổi."
        )
        self.path, self.revision = path, revision


class DatabaseUpgradeFailed(RuntimeError):
    """The upgrade to this version's schema did not finish; the file was put back as it was."""

    def __init__(self, path: Path, revision: str, backup: Path | None):
        kept = f" Bản sao lưu trước khi nâng cấp: “{backup}”." if backup else ""
        super().__init__(
            f"Không nâng cấp được tệp dữ liệu “{path}” lên phiên bản của Sổ Thi Đua đang chạy "
            f"(tệp đang ở lược đồ {revision}). Tệp dữ liệu được giữ nguyên như trước khi nâng cấp."
            f"{kept} Hãy gửi tệp này cho người hỗ trợ kỹ thuật."
        )
        self.path, self.revision, self.backup = path, revision, backup


class DatabaseUpgradeBusy(RuntimeError):
    """Another window of the app is upgrading the same file right now."""

    def __init__(self, path: Path):
        super().__init__(
            f"Tệp dữ liệu “{path}” đang được một cửa sổ khác của Sổ Thi Đua nâng cấp lên phiên bản mới. "
            "Hãy đợi cửa sổ đó mở xong rồi thử lại. Tệp dữ liệu không bị thay đổi."
        )
        self.path = path


class DatabaseUnreadable(RuntimeError):
    def __init__(self, path: Path, reason: str):
        super().__init__(f"Không đọc được tệp dữ liệu “{path}”: {reason}")
        self.path, self.reason = path, reason


def alembic_config():
    from alembic.config import Config  # Alembic is only loaded to create or upgrade (start-up speed)

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return _known_revisions()[-1]


def known_revisions() -> list[str]:
    return list(_known_revisions())


@functools.cache
def _known_revisions() -> tuple[str, ...]:
    """The linear chain of revisions, oldest first, read from the scripts' ``revision`` and
    ``down_revision`` lines without loading Alembic (every start and every open asks)."""
    import re

    parents: dict[str, str | None] = {}
    pattern = re.compile(r"^(revision|down_revision)\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict((m.group(1), m.group(2)) for m in pattern.finditer(script.read_text(encoding="utf-8")))
        if "revision" in found:
            parents[found["revision"]] = found.get("down_revision")
    children = {parent: rev for rev, parent in parents.items()}
    chain, current = [], children.get(None)
    while current is not None:
        chain.append(current)
        current = children.get(current)
    if len(chain) != len(parents):
        raise RuntimeError(f"migration scripts do not form one chain: {sorted(parents)}")
    return tuple(chain)


def stored_revision(path: Path) -> str | None:
    """The schema revision stored in a database file, read without writing to it."""
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseUnreadable(path, str(exc)) from None
    try:
        has = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has:
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise DatabaseUnreadable(path, "tệp không phải dữ liệu của Sổ Thi Đua.")
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnreadable(path, f"tệp bị hỏng hoặc không phải cơ sở dữ liệu ({exc}).") from None
    finally:
        con.close()


def _run(path: Path, action) -> None:
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            action(cfg)
            conn.commit()
    finally:
        engine.dispose()


def upgrade(path: Path, target: str = "head") -> None:
    """Run the migrations on ``path`` in place (tests and the repair's reference database);
    opening a data folder goes through :func:`open_database`, which can roll back."""
    from alembic import command

    _run(path, lambda cfg: command.upgrade(cfg, target))


def _upgrade_in_place(path: Path, target: str = "head") -> None:
    upgrade(path, target)


def _rollback_copy(path: Path) -> Path:
    return path.with_name(path.name + ".truoc-nang-cap")


def _drop_journals(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.unlink()


@contextmanager
def _upgrade_lock(path: Path):
    """Held by the one process that upgrades (or rolls back) the file; an operating-system lock,
    so it is released when that process dies. Another process finding it held is told to wait
    instead of putting the rollback copy back under a running upgrade."""
    lock = path.with_name(path.name + ".nang-cap.lock")
    fh = open(lock, "a+b")
    try:
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise DatabaseUpgradeBusy(path) from None
        yield
    finally:
        fh.close()  # closing releases the lock


def _restore_interrupted_upgrade(path: Path, *, locked: bool = False) -> None:
    """An upgrade that was cut short (power cut, killed process) left its rollback copy: the
    file beside it is half-upgraded, so the copy goes back before anything reads the file."""
    copy = _rollback_copy(path)
    if not copy.exists():
        return
    if not locked:
        with _upgrade_lock(path):
            _restore_interrupted_upgrade(path, locked=True)
        return
    _drop_journals(path)
    os.replace(copy, path)
    fsync_dir(path.parent)


def _upgrade_safely(path: Path, rev: str, backup: Path | None) -> None:
    """Repair what the stamp promises, then upgrade; on any failure the file goes back byte
    for byte to what it was (a copy of the checkpointed file is kept until the upgrade ends)."""
    from db.schema_repair import repair_to_stamp

    con = sqlite3.connect(str(path))
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    copy = _rollback_copy(path)
    part = copy.with_name(copy.name + ".part")
    shutil.copyfile(path, part)
    with open(part, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(part, copy)
    fsync_dir(path.parent)
    try:
        repair_to_stamp(path, rev, upgrade)
        _upgrade_in_place(path)
    except Exception as exc:
        log.error("upgrade of %s from %s failed: %r", path, rev, exc)
        _restore_interrupted_upgrade(path, locked=True)
        raise DatabaseUpgradeFailed(path, rev, backup) from exc
    copy.unlink()
    fsync_dir(path.parent)


def create_new(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        metadata.create_all(engine)
    finally:
        engine.dispose()
    from alembic import command

    _run(path, lambda cfg: command.stamp(cfg, "head"))


def open_database(path: Path, backups_dir: Path | None = None, *, read_only: bool = False) -> UnitOfWork:
    """Open (creating or upgrading as needed) and return a unit of work over the database."""
    _restore_interrupted_upgrade(path)
    if not path.exists() or path.stat().st_size == 0:
        create_new(path)
    else:
        rev = stored_revision(path)
        known = known_revisions()
        if rev is None:
            create_new(path)
        elif rev not in known:
            raise DatabaseTooNew(path, rev)
        elif rev != known[-1]:
            with _upgrade_lock(path):
                rev = stored_revision(path)  # another window may have finished it meanwhile
                if rev != known[-1]:
                    backup = None
                    if backups_dir is not None:
                        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                        backup = sqlite_backup(path, backups_dir / f"truoc-nang-cap-{rev}-{stamp}.db")
                    _upgrade_safely(path, rev, backup)
    return UnitOfWork(make_engine(path, read_only=read_only), read_only=read_only)


def open_read_only(path: Path) -> UnitOfWork:
    """A read-only unit of work over a file as it is: no creation, no upgrade (a damaged file
    is opened this way, issue 8; every write raises ReadOnlyError)."""
    return UnitOfWork(make_engine(path, read_only=True), read_only=True)
