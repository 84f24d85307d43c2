"""Engine factory. Never called at import time; every connection gets the safety pragmas.

synchronous=FULL because office PCs lose power and an acknowledged write must survive
(docs/architecture.md, traps: NORMAL can lose the last commits); WAL so readers never block the writer.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    if read_only:
        return f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    return f"sqlite:///{path.as_posix()}"


def _set_sqlite_pragmas(dbapi_conn, read_only: bool, foreign_keys: bool) -> None:
    cur = dbapi_conn.cursor()
    try:
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA busy_timeout=10000")
    finally:
        cur.close()


def make_engine(
    target: Path | str, *, read_only: bool = False, foreign_keys: bool = True, echo: bool = False
) -> Engine:
    """An engine for a SQLite file path, or for any SQLAlchemy URL (the hub's PostgreSQL).

    ``foreign_keys=False`` is only for Alembic migrations: batch mode recreates tables and,
    with foreign keys on, the DROP cascades and deletes child rows (docs/architecture.md, traps).
    """
    if isinstance(target, Path) or "://" not in str(target):
        url = sqlite_url(Path(target), read_only=read_only)
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, record):  # noqa: ANN001
            _set_sqlite_pragmas(dbapi_conn, read_only, foreign_keys)

        @event.listens_for(engine, "begin")
        def _on_begin(conn):  # noqa: ANN001
            # pysqlite defers BEGIN; an explicit BEGIN makes every transaction (and its
            # reads) one unit, which the SQLite docs recommend with pysqlite.
            conn.exec_driver_sql("BEGIN")

        @event.listens_for(engine, "connect", insert=True)
        def _no_autobegin(dbapi_conn, record):  # noqa: ANN001
            dbapi_conn.isolation_level = None

        return engine
    return create_engine(str(target), echo=echo, pool_pre_ping=True)
