"""Append-only, hash-chained audit trail.

Each entry's hash covers its content and the previous entry's hash, so editing or deleting an
entry breaks the chain from that point on; ``verify_chain`` reports the first broken link.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.core import AuditRow, utcnow

GENESIS = "0" * 64


def _default(o: Any):
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    if hasattr(o, "value"):
        return o.value
    raise TypeError(type(o).__name__)


def canonical(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_default, separators=(",", ":"))


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, entity: str, entity_id: str,
               unit_code: str | None, before_json: str | None, after_json: str | None) -> str:
    payload = "\x1f".join([prev_hash, at.isoformat(timespec="microseconds"), actor, action, entity,
                           entity_id, unit_code or "", before_json or "", after_json or ""])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, *, actor: str, action: str, entity: str, entity_id: Any,
           unit_code: str | None = None, before: Any = None, after: Any = None) -> None:
    last = session.execute(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)).scalar()
    prev = last or GENESIS
    at = utcnow()
    bj, aj = canonical(before), canonical(after)
    h = entry_hash(prev, at, actor, action, entity, str(entity_id), unit_code, bj, aj)
    session.add(AuditRow(at=at, actor=actor, action=action, entity=entity, entity_id=str(entity_id),
                         unit_code=unit_code, before_json=bj, after_json=aj, prev_hash=prev, hash=h))


def verify_chain(session: Session) -> dict:
    """{'ok': bool, 'entries': n, 'first_broken_id': id | None}."""
    prev = GENESIS
    n = 0
    for row in session.execute(select(AuditRow).order_by(AuditRow.id)).scalars():
        n += 1
        expected = entry_hash(prev, row.at, row.actor, row.action, row.entity, row.entity_id,
                              row.unit_code, row.before_json, row.after_json)
        if row.prev_hash != prev or row.hash != expected:
            return {"ok": False, "entries": n, "first_broken_id": row.id}
        prev = row.hash
    return {"ok": True, "entries": n, "first_broken_id": None}


def history(session: Session, entity: str, entity_id: Any) -> list[dict]:
    rows = session.execute(
        select(AuditRow).where(AuditRow.entity == entity, AuditRow.entity_id == str(entity_id))
        .order_by(AuditRow.id)
    ).scalars()
    return [
        {"id": r.id, "at": r.at, "actor": r.actor, "action": r.action,
         "before": json.loads(r.before_json) if r.before_json else None,
         "after": json.loads(r.after_json) if r.after_json else None}
        for r in rows
    ]
