"""Shared by the storage side of the data interchange (see interchange.py): the columns that
travel, bulk inserts in chunks, new ids handed out in advance, and the writing session."""

from __future__ import annotations

import json
from contextlib import contextmanager
from operator import itemgetter

from sqlalchemy import func, select
from sqlalchemy.orm import Session


MEMBER_FIELDS = (
    "full_name",
    "date_of_birth",
    "dob_year_only",
    "gender",
    "phone",
    "id_number",
    "union_join_date",
    "union_card_no",
    "is_party_member",
    "party_join_date",
    "residence",
    "training_registered",
    "training_registered_on",
    "ebook_issued",
    "ecard_issued",
    "residence_activity",
    "notes",
)
LOG_FIELDS = (
    "kind",
    "on_date",
    "title",
    "description",
    "category",
    "channel",
    "member_id",
    "ref_no",
    "counterpart",
    "received_on",
    "link",
    "created_by",
)
ACTIVITY_FIELDS = (
    "name",
    "kind",
    "focus",
    "place",
    "level",
    "half_days",
    "first_day",
    "last_day",
    "guests",
    "confirmed_by",
    "notes",
    "created_by",
    "delete_reason",
)
_CHUNK = 500


# A member's facts of one period (CD-3.3 … CD-3.5), besides the member and the period.
FACT_FIELDS = (
    "residence_activity",
    "residence_on",
    "training_registered",
    "training_on",
    "ebook_issued",
    "ebook_no",
    "ebook_on",
    "ecard_issued",
    "ecard_no",
    "ecard_on",
)


def _chunks(items: list, n: int = _CHUNK):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _bulk(session: Session, model, rows: list[dict]) -> None:
    """Plain executemany (the ORM's bulk path is several times slower on big lists). When the
    rows give every column that has a Python-side default, straight through the driver with
    the columns' own bind processors (the values are stored exactly as through SQLAlchemy,
    without its per-row parameter building: a Đoàn cơ sở's year is a million participations)."""
    if not rows:
        return
    cols = list(rows[0])
    get = itemgetter(*cols)
    _bulk_tuples(session, model, cols, list(map(get, rows)) if len(cols) > 1 else [(get(r),) for r in rows])


def _bulk_tuples(session: Session, model, cols: list[str], rows: list[tuple]) -> None:
    """``_bulk`` of rows given as tuples of the values of ``cols``."""
    if not rows:
        return
    conn = session.connection()
    t = model.__table__
    dialect = conn.dialect
    key = (t.name, tuple(cols), dialect.name)
    known = _STATEMENTS.get(key)
    if known is None:  # once per table and columns, not once per unit of a 300-branch file
        if dialect.paramstyle != "qmark" or any(c.default is not None and c.name not in cols for c in t.c):
            known = (None, None)  # SQLAlchemy's own insert fills the defaults in
        else:
            quote = dialect.identifier_preparer.quote
            procs = [t.c[c].type._cached_bind_processor(dialect) for c in cols]
            marks = ", ".join("?" * len(cols))
            sql = f"INSERT INTO {quote(t.name)} ({', '.join(quote(c) for c in cols)}) VALUES ({marks})"
            known = (sql, procs if any(procs) else None)
        _STATEMENTS[key] = known
    sql, procs = known
    if sql is None:
        conn.execute(t.insert(), [dict(zip(cols, r)) for r in rows])
        return
    conn.exec_driver_sql(sql, _converted(rows, procs) if procs else rows)


_STATEMENTS: dict[tuple, tuple[str, list | None]] = {}


def _bulk_pairs(session: Session, model, cols: tuple[str, str], groups: list[tuple[int, list[int]]]) -> None:
    """The rows (key, member) of a two-column link table, for every member of each (key,
    members) group (members without repeats). On SQLite one statement per group, the members
    handed over as a JSON array that SQLite unrolls itself (``json_each``): a Đoàn cơ sở's
    240,000 participations of a year go in twice as fast as one row each (SQLite alone: 0.43 →
    0.23 s); elsewhere, one row each."""
    conn = session.connection()
    if _unrolls_json(conn):
        quote = conn.dialect.identifier_preparer.quote
        sql = (
            f"INSERT INTO {quote(model.__table__.name)} ({quote(cols[0])}, {quote(cols[1])}) "
            "SELECT ?, value FROM json_each(?)"
        )
        rows = [(key, json.dumps([int(m) for m in members])) for key, members in groups if members]
        for chunk in _chunks(rows):
            conn.exec_driver_sql(sql, chunk)
        return
    pairs = [(key, m) for key, members in groups for m in members]
    for chunk in _chunks(pairs, 5000):
        _bulk_tuples(session, model, list(cols), chunk)


_JSON_EACH: dict[str, bool] = {}


def _unrolls_json(conn) -> bool:
    """Whether the database is SQLite with its JSON functions (built in since 3.38; asked once)."""
    if conn.dialect.name != "sqlite":
        return False
    known = _JSON_EACH.get("sqlite")
    if known is None:
        try:
            conn.connection.driver_connection.execute("SELECT value FROM json_each('[1]')").fetchall()
            known = True
        except Exception:  # noqa: BLE001 - an SQLite built without JSON: one row each
            known = False
        _JSON_EACH["sqlite"] = known
    return known


def _converted(rows: list[tuple], procs: list) -> list[tuple]:
    """The rows as tuples of driver values, column by column at C speed: each distinct value of a
    column with a bind processor (dates, datetimes, JSON) is converted once, then looked up."""
    values = list(zip(*rows))
    for i, proc in enumerate(procs):
        if proc is None:
            continue
        col = values[i]
        if len(set(map(type, col)) - {type(None)}) > 1:  # 1 and True are one key: one by one
            values[i] = list(map(proc, col))
            continue
        try:
            cache = {v: proc(v) for v in set(col)}
        except TypeError:  # unhashable values (JSON): one by one
            values[i] = list(map(proc, col))
        else:
            values[i] = list(map(cache.__getitem__, col))
    return list(zip(*values))


_NEXT_IDS = "interchange_next_ids"


def _new_ids(session: Session, model, n: int) -> list[int]:
    """The ids SQLite would give the next ``n`` rows (one past the largest, the tables have no
    AUTOINCREMENT), so that rows go in by a plain executemany instead of a RETURNING per batch.
    Safe: the caller holds the write transaction, and nothing else writes meanwhile. Inside
    ``writing`` the largest id is read once per table (these tables are written only here)."""
    t = model.__table__
    known = session.info.get(_NEXT_IDS)
    start = known.get(t.name) if known is not None else None
    if start is None:
        session.flush()  # rows the ORM still holds count too
        start = session.connection().execute(select(func.max(t.c.id))).scalar() or 0
    if known is not None:
        known[t.name] = start + n
    return list(range(start + 1, start + n + 1))


@contextmanager
def writing(session: Session):
    """A run of ``insert_*`` calls of one import: ids are counted on from the first read."""
    session.info[_NEXT_IDS] = {}
    try:
        yield
    finally:
        session.info.pop(_NEXT_IDS, None)


def _cols(row, fields) -> dict:
    return {f: getattr(row, f) for f in fields}
