"""A cheap first look at a data folder's database for the start-up shell (issue 13).

The main window is shown before SQLAlchemy is loaded (~0.35 s on the 2-core machine); its header
needs the unit's name, kind and code and the language. This reads them with the standard
``sqlite3`` module in read-only URI mode (nothing is written, not even a WAL file is created
when none exists). Any doubt returns None and the app starts the normal way: no database yet
(first run), a restore waiting to be finished, a schema that is not this version's newest (the
upgrade with its backup, or the refusal of a newer file, run as before), an unreadable file.

Light on purpose: imported before everything else, stdlib only.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

_VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"


@dataclass(frozen=True)
class Peek:
    code: str
    name: str
    kind: str  # UnitKind value
    language: str | None  # the installation's "language" setting, None when unset
    private: bool  # accounts exist: nothing of the unit is shown before a login


@functools.cache
def _head() -> str | None:
    """The newest schema revision of this version (same reading as ``db.schema``, no Alembic)."""
    pattern = re.compile(r"^(revision|down_revision)\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)
    parents: dict[str, str | None] = {}
    for script in _VERSIONS.glob("*.py"):
        found = dict((m.group(1), m.group(2)) for m in pattern.finditer(script.read_text(encoding="utf-8")))
        if "revision" in found:
            parents[found["revision"]] = found.get("down_revision")
    heads = set(parents) - {p for p in parents.values() if p}
    return heads.pop() if len(heads) == 1 else None


def peek(database: Path) -> Peek | None:
    """What the shell shows of ``database``, or None when the normal start must decide."""
    try:
        database = Path(database)
        root = database.parent
        if not database.is_file() or database.stat().st_size == 0:
            return None
        if (root / "restore-pending.json").exists() or (root / ".restore").exists():
            return None
        head = _head()
        con = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True, timeout=1.0)
        try:
            stored = con.execute("SELECT version_num FROM alembic_version").fetchall()
            if head is None or [r[0] for r in stored] != [head]:
                return None
            row = con.execute("SELECT code, name, kind FROM units WHERE is_self = 1").fetchall()
            if len(row) != 1:
                return None  # no unit yet: the first-run wizard, as before
            code, name, kind = row[0]
            lang = con.execute("SELECT value_json FROM settings WHERE scope = '' AND key = 'language'").fetchone()
            language = json.loads(lang[0]) if lang else None
            users = con.execute("SELECT count(*) FROM users").fetchone()[0]
        finally:
            con.close()
    except (OSError, sqlite3.Error, ValueError, TypeError):
        return None
    if not isinstance(language, str):
        language = None
    return Peek(code=str(code), name=str(name), kind=str(kind), language=language, private=users > 0)
