"""The state an import of a unit-data file leaves, as one SHA-256 (issue 23 item 7).

``state_digest`` hashes every stored row that importing a file for some units replaces: the
units' own rows, their settings, every row pointing at one of the units, and, recursively, every
row pointing at such a row (a member's history, a log's participants, another unit's record that
credits one of the members …), all columns including ids and timestamps, in key order; the rows
of a table that is only a key of two columns (a log's participants) as one row per first column. The set
of tables is derived from the foreign keys, so a table added later is covered without being
listed here. An import writes fresh ids, so a digest equal to the one taken right after an
import means nothing was changed, added or removed since, by any screen, package or file.

``interchange_imports`` remembers, for each unit, the files (SHA-256 of their content)
already known to change nothing in the state of that digest.
"""

from __future__ import annotations

import hashlib
import marshal
from functools import lru_cache

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

import db.models  # noqa: F401  (every table registered: the foreign keys below see them all)
from db.base import metadata
from db.models.core import InterchangeImportRow, utcnow


@lru_cache(maxsize=1)
def _replaced_tables() -> tuple[tuple[str, str, str], ...]:
    """(table, column, referred table) of every table whose rows belong to a unit: pointing at
    ``units`` or, recursively, at such a table, by the column that makes them the unit's (a
    log's participant belongs to the log's unit, whoever the member is; a member's history to
    the member's). Sorted by name: the digest's order."""
    owner: dict[str, tuple[str, str]] = {}
    grown = True
    while grown:
        grown = False
        for t in metadata.sorted_tables:
            if t.name in ("units", InterchangeImportRow.__tablename__) or t.name in owner:
                continue
            refs = sorted(
                (
                    fk.column.table.name != "units",
                    fk.column.table.name == "members",
                    fk.parent.name,
                    fk.column.table.name,
                )
                for fk in t.foreign_keys
                if fk.column.table.name == "units" or fk.column.table.name in owner
            )
            if refs:
                # A direct unit column first, then a record of the unit, a member last (a row
                # linking a member to a record belongs to the record's unit).
                owner[t.name] = refs[0][2:]
                grown = True
    return tuple((name, *owner[name]) for name in sorted(owner))


def _conditions(unit_ids: list[int]) -> dict[str, str]:
    """{table: SQL condition selecting the rows of the units} (ids: the database's own integers)."""
    ids = ", ".join(str(int(i)) for i in unit_ids) or "NULL"
    owner = {name: (col, target) for name, col, target in _replaced_tables()}

    def cond(name: str) -> str:
        col, target = owner[name]
        if target == "units":
            return f'"{name}"."{col}" IN ({ids})'
        return f'"{name}"."{col}" IN (SELECT "{target}".id FROM "{target}" WHERE {cond(target)})'

    return {name: cond(name) for name in owner}


@lru_cache(maxsize=None)
def _link(name: str) -> tuple[str, str] | None:
    """(first, second) column of a table that is nothing but its key of two columns (a log's
    participants, a group's members …), else None."""
    cols = list(metadata.tables[name].columns)
    if len(cols) == 2 and all(c.primary_key for c in cols):
        return cols[0].name, cols[1].name
    return None


def state_digest(session: Session, codes: list[str]) -> str:
    """SHA-256 of every row an import of the units ``codes`` replaces (see the module). The rows
    are hashed as the driver gives them (marshal version 2: self-delimiting, the stream decodes
    one way, every value spelled out, never a reference to an object met before),
    in the order the database gives them: the same rows in another order (after a VACUUM) only
    make the digest differ, which costs a full import, never a change missed."""
    conn = session.connection()
    raw = conn.connection.driver_connection if conn.dialect.paramstyle == "qmark" else None
    h = hashlib.sha256()

    def add(value) -> None:
        try:
            h.update(marshal.dumps(value, 2))
        except ValueError:  # a value of a type marshal does not know: its repr names type and value
            h.update(marshal.dumps(repr(value), 2))

    def table(name: str, where: str, params: tuple = (), order: str = "") -> list:
        sql = f'SELECT * FROM "{name}" WHERE {where}{order}'
        link = _link(name) if raw is not None else None
        if link is not None:
            # One row per first column with the second ones as SQLite spells them (quote: a
            # text, a number and NULL never read alike): a Đoàn cơ sở's 240,000 participations
            # read as 4,800 rows (0.10 → 0.04 s).
            first, second = link
            sql = f'SELECT "{first}", group_concat(quote("{second}")) FROM "{name}" WHERE {where} GROUP BY "{first}"'
        add(name)
        if raw is None:  # pragma: no cover - the desktop's database is SQLite
            out = [tuple(r) for r in conn.exec_driver_sql(sql.replace("?", "%s"), params)]
            add(out)
            return out
        out, cur = [], raw.execute(sql, params)
        while chunk := cur.fetchmany(50000):
            add(chunk)
            if name == "units":  # their ids select the rest
                out += chunk
        return out

    codes = sorted(set(codes))
    marks = ", ".join("?" * len(codes)) or "NULL"
    add(codes)
    units = table("units", f"code IN ({marks})", tuple(codes), " ORDER BY id")
    table("settings", f"scope IN ({marks})", tuple(codes), " ORDER BY scope, key")
    for name, where in _conditions([r[0] for r in units]).items():
        table(str(name), where)
    return h.hexdigest()


def known_state(session: Session, unit_code: str, file_sha256: str) -> str | None:
    """The state in which the file ``file_sha256`` of ``unit_code`` was found to change nothing."""
    t = InterchangeImportRow.__table__
    return session.execute(
        select(t.c.state_sha256).where(t.c.unit_code == unit_code, t.c.file_sha256 == file_sha256)
    ).scalar_one_or_none()


def remember(session: Session, unit_code: str, file_sha256: str, state_sha256: str) -> None:
    """Record that importing ``file_sha256`` for ``unit_code`` changes nothing in the state
    ``state_sha256``; files recorded for another state of the unit are forgotten (its rows have
    new ids since: that state does not come back)."""
    t = InterchangeImportRow.__table__
    conn = session.connection()
    conn.execute(delete(t).where(t.c.unit_code == unit_code, t.c.state_sha256 != state_sha256))
    conn.execute(delete(t).where(t.c.unit_code == unit_code, t.c.file_sha256 == file_sha256))
    conn.execute(
        insert(t),
        [{"unit_code": unit_code, "file_sha256": file_sha256, "state_sha256": state_sha256, "recorded_at": utcnow()}],
    )
