"""Bring a database up to what its revision stamp promises, before it is upgraded.

Migrations 0001–0008 were edited after they landed (columns, tables, indexes and triggers
were added to them in place), and the first landed app created new databases from its models
and stamped them with the head of the time. A file stamped "0008" by that app therefore lacks
the tables today's 0003–0008 create, and the next migration fails on them ("no such table
cycle_log_participants"). Landed migrations must not change again, so the gap is closed here:

1. a reference database is made by running today's migrations up to the file's stamp;
2. everything the reference has and the file lacks is added to the file: missing tables,
   missing columns (the table is rebuilt with the reference's definition, every row copied),
   missing indexes and triggers. Nothing the file holds is dropped or changed.

Then the ordinary upgrade runs from the stamp. For a file made by the migrations themselves the
comparison finds nothing and this step writes nothing. See docs/migrations.md.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

_TABLE_NAME = re.compile(r'^(\s*CREATE\s+TABLE\s+)("?)([A-Za-z_][A-Za-z0-9_]*)\2', re.I)


def _objects(con: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str]]:
    """(type, name) -> (table, sql) for tables, indexes and triggers with SQL of their own."""
    rows = con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table','index','trigger')"
        " AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {(t, n): (tbl, sql) for t, n, tbl, sql in rows}


def _columns(con: sqlite3.Connection, table: str) -> list[tuple[str, str, int, str | None]]:
    """(name, declared type, not null, default) in table order."""
    return [(r[1], (r[2] or "").upper(), r[3], r[4]) for r in con.execute(f'PRAGMA table_info("{table}")')]


def _fill_value(typ: str) -> str:
    """An SQL literal for a NOT NULL column without a default that an edited migration added
    after rows were written (only member_groups.created_at so far)."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    if "DATETIME" in typ or "TIMESTAMP" in typ:
        return f"'{now.isoformat(sep=' ', timespec='microseconds')}'"
    if "DATE" in typ:
        return f"'{now.date().isoformat()}'"
    if any(k in typ for k in ("INT", "BOOL", "NUMERIC", "REAL", "FLOAT")):
        return "0"
    return "''"


def plan(path: Path, reference: Path) -> list[str]:
    """The SQL statements that add to ``path`` what ``reference`` has and it lacks."""
    target = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    ref = sqlite3.connect(f"file:{reference.as_posix()}?mode=ro", uri=True)
    try:
        have, want = _objects(target), _objects(ref)
        steps: list[str] = []
        rebuilt: set[str] = set()
        for (kind, name), (_, sql) in sorted(want.items()):
            if kind != "table" or name == "alembic_version":
                continue
            if (kind, name) not in have:
                steps.append(sql)
                continue
            old_cols = {c[0] for c in _columns(target, name)}
            new_cols = _columns(ref, name)
            if all(c[0] in old_cols for c in new_cols):
                continue
            rebuilt.add(name)
            tmp = f"_repair_{name}"
            steps.append(_TABLE_NAME.sub(lambda m: f'{m.group(1)}"{tmp}"', sql, count=1))
            names = ", ".join(f'"{c[0]}"' for c in new_cols)
            values = ", ".join(
                f'"{c[0]}"'
                if c[0] in old_cols
                else (c[3] if c[3] is not None else (_fill_value(c[1]) if c[2] else "NULL"))
                for c in new_cols
            )
            steps.append(f'INSERT INTO "{tmp}" ({names}) SELECT {values} FROM "{name}"')
            steps.append(f'DROP TABLE "{name}"')
            steps.append(f'ALTER TABLE "{tmp}" RENAME TO "{name}"')
            # The file's own indexes and triggers on the table went with the DROP: back they come.
            steps.extend(sql for (k, _n), (tbl, sql) in sorted(have.items()) if k != "table" and tbl == name)
        for (kind, name), (tbl, sql) in sorted(want.items()):
            if kind == "table" or (kind, name) in have and tbl not in rebuilt:
                continue
            if (kind, name) in have and tbl in rebuilt:
                continue  # re-created above from the file's own definition
            steps.append(sql)
        return steps
    finally:
        target.close()
        ref.close()


def repair_to_stamp(path: Path, revision: str, migrate: Callable[[Path, str], None]) -> list[str]:
    """Add to ``path`` whatever today's migrations up to ``revision`` would have created and
    it lacks; ``migrate(file, revision)`` runs the migrations (db.schema). One transaction:
    either every step lands or none. Returns the statements run (empty when nothing was missing)."""
    with tempfile.TemporaryDirectory(prefix="sothidua-repair-") as tmp:
        reference = Path(tmp) / "reference.db"
        reference.touch()
        migrate(reference, revision)
        steps = plan(path, reference)
    if not steps:
        return steps
    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("BEGIN IMMEDIATE")
        try:
            for sql in steps:
                con.execute(sql)
            problems = con.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign_key_check failed after the repair: {problems[:5]}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.close()
    return steps
