"""Opening a data folder's database: create + stamp when new, back up + upgrade when older,
refuse (and leave untouched) when written by a newer version of the app."""

from __future__ import annotations

import functools
import sqlite3
from datetime import datetime
from pathlib import Path

from db.backup import sqlite_backup
import db.models  # noqa: F401  (registers every table on the metadata)
from db.base import metadata
from db.engine import make_engine
from db.uow import UnitOfWork

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNew(RuntimeError):
    def __init__(self, path: Path, revision: str):
        super().__init__(
            f"Tệp dữ liệu “{path}” được tạo bởi một phiên bản Sổ Thi Đua mới hơn phiên bản đang "
            f"chạy (lược đồ {revision}). Hãy cài phiên bản mới nhất của Sổ Thi Đua để mở tệp này. "
            "Tệp dữ liệu được giữ nguyên, không bị thay đổi."
        )
        self.path, self.revision = path, revision


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
        has = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
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
    from alembic import command

    _run(path, lambda cfg: command.upgrade(cfg, target))


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
            if backups_dir is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                sqlite_backup(path, backups_dir / f"truoc-nang-cap-{rev}-{stamp}.db")
            upgrade(path)
    return UnitOfWork(make_engine(path, read_only=read_only), read_only=read_only)


def open_read_only(path: Path) -> UnitOfWork:
    """A read-only unit of work over a file as it is: no creation, no upgrade (a damaged file
    is opened this way, issue 8; every write raises ReadOnlyError)."""
    return UnitOfWork(make_engine(path, read_only=True), read_only=True)
