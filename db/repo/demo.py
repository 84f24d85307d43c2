"""Bulk writes for the demo / benchmark data generator (desktop/demo/profiles.py).

Core ``INSERT`` executemany in chunks (docs/architecture.md, traps: ``session.execute(insert(Model), dicts)``);
ids are given by the caller from ``next_id`` (one writer inside the write transaction)."""

from __future__ import annotations

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db.base import Base
from db.models import core, cycle, members, volunteer  # noqa: F401 - registers the tables

_CHUNK = 20_000


def _table(name: str):
    return Base.metadata.tables[name]


def next_id(session: Session, table: str) -> int:
    t = _table(table)
    return (session.execute(select(func.max(t.c.id))).scalar() or 0) + 1


def has_data(session: Session) -> bool:
    """True when the database holds any unit or member (the demo refuses to mix with real data)."""
    for name in ("units", "members"):
        if session.execute(select(func.count()).select_from(_table(name))).scalar():
            return True
    return False


def bulk_insert(session: Session, table: str, rows: list[dict], chunk: int = _CHUNK) -> int:
    t = _table(table)
    keys: dict[str, None] = {}
    for r in rows:
        keys.update(dict.fromkeys(r))
    for r in rows:
        if len(r) != len(keys):
            for k in keys:
                r.setdefault(k, None)
    for i in range(0, len(rows), chunk):
        session.execute(insert(t), rows[i : i + chunk])
    return len(rows)


def counts(session: Session) -> dict[str, int]:
    out = {}
    for name in (
        "units",
        "members",
        "membership_events",
        "volunteer_activities",
        "volunteer_credits",
        "cycle_logs",
        "cycle_log_participants",
        "cycle_registrations",
    ):
        out[name] = session.execute(select(func.count()).select_from(_table(name))).scalar() or 0
    return out


def insert_members(session: Session, rows: list[dict]) -> int:
    """Members through the roster import's fast path (plain executemany), timestamps filled."""
    from db.models.core import utcnow
    from db.repo.member_writes import MemberRow, _insert_many

    now = utcnow()
    for r in rows:
        r.setdefault("created_at", now)
        r.setdefault("updated_at", now)
    for i in range(0, len(rows), _CHUNK):
        _insert_many(session, MemberRow.__table__, rows[i : i + _CHUNK])
    return len(rows)
