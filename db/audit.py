"""Append-only, hash-chained audit trail (issue 8).

Each entry's hash covers who, when, what, the entity, and the SHA-256 digests of the values
before and after, chained to the previous entry's hash: editing or deleting an entry breaks
the chain from that point on, and ``verify_chain`` reports the first broken link.

Hashing the *digests* of the values (not the values themselves) is what lets a member's
personal data be erased on request (``redact``) without breaking the chain: a redacted value
keeps the digest of the original text under ``REDACTED_KEY``. Every redaction is listed in a
later ``erase_personal_data`` entry; a redacted value that no such entry accounts for is
reported as a broken link, so the redaction form cannot be used to hide an edit.

SQLite triggers (db/models/safety.py) refuse DELETE and UPDATE of the chained columns.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from db.models.core import AuditRow, utcnow

GENESIS = "0" * 64
REDACTED_KEY = "__sha256_goc__"  # digest of the original value text, kept after erasure
REDACTED_VALUE = "[đã xóa theo yêu cầu]"
ERASE_ACTION = "erase_personal_data"


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


def value_digest(text: str | None) -> str:
    """The digest a value contributes to the chain ('' for no value)."""
    if text is None or text == "":
        return ""
    if REDACTED_KEY not in text:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict) and isinstance(parsed.get(REDACTED_KEY), str):
        return parsed[REDACTED_KEY]
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_redacted(text: str | None) -> bool:
    if not text or REDACTED_KEY not in text:
        return False
    try:
        parsed = json.loads(text)
    except ValueError:
        return False
    return isinstance(parsed, dict) and REDACTED_KEY in parsed


def entry_hash(
    prev_hash: str,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    unit_code: str | None,
    before_json: str | None,
    after_json: str | None,
) -> str:
    payload = "\x1f".join(
        [
            prev_hash,
            at.isoformat(timespec="microseconds"),
            actor,
            action,
            entity,
            entity_id,
            unit_code or "",
            value_digest(before_json),
            value_digest(after_json),
        ]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: Any,
    unit_code: str | None = None,
    before: Any = None,
    after: Any = None,
) -> None:
    """Append one entry: who (actor), what (action on entity/entity_id), values before and after.

    Call it inside the same transaction as the change it describes."""
    last = session.execute(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)).scalar()
    prev = last or GENESIS
    at = utcnow()
    bj, aj = canonical(before), canonical(after)
    h = entry_hash(prev, at, actor, action, entity, str(entity_id), unit_code, bj, aj)
    session.add(
        AuditRow(
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            unit_code=unit_code,
            before_json=bj,
            after_json=aj,
            prev_hash=prev,
            hash=h,
        )
    )


_CHAIN_COLUMNS = (
    AuditRow.id,
    AuditRow.at,
    AuditRow.actor,
    AuditRow.action,
    AuditRow.entity,
    AuditRow.entity_id,
    AuditRow.unit_code,
    AuditRow.before_json,
    AuditRow.after_json,
    AuditRow.prev_hash,
    AuditRow.hash,
)


def verify_chain(session: Session) -> dict:
    """{'ok': bool, 'entries': n checked, 'first_broken_id': id | None, 'reason': str | None}."""
    prev = GENESIS
    n = 0
    redacted: list[int] = []
    allowed: set[int] = set()
    rows = session.execute(select(*_CHAIN_COLUMNS).order_by(AuditRow.id)).yield_per(5000)
    for id_, at, actor, action, entity, entity_id, unit_code, bj, aj, prev_hash, h in rows:
        n += 1
        if prev_hash != prev:
            return {
                "ok": False,
                "entries": n,
                "first_broken_id": id_,
                "reason": "mắt xích trước bị xóa, chèn hoặc sửa (hash trước không khớp)",
            }
        if h != entry_hash(prev, at, actor, action, entity, entity_id, unit_code, bj, aj):
            return {
                "ok": False,
                "entries": n,
                "first_broken_id": id_,
                "reason": "nội dung mục nhật ký đã bị sửa (hash không khớp)",
            }
        if is_redacted(bj) or is_redacted(aj):
            redacted.append(id_)
        if action == ERASE_ACTION and aj:
            try:
                allowed.update(int(i) for i in json.loads(aj).get("redacted_entries", []))
            except (ValueError, TypeError, AttributeError):
                pass
        prev = h
    for id_ in redacted:
        if id_ not in allowed:
            return {
                "ok": False,
                "entries": n,
                "first_broken_id": id_,
                "reason": "giá trị bị thay bằng dạng đã xóa mà không có mục xóa dữ liệu tương ứng",
            }
    return {"ok": True, "entries": n, "first_broken_id": None, "reason": None}


def head(session: Session) -> dict:
    """The chain's head, saved in backup manifests as an anchor against cut-off tails."""
    row = session.execute(select(AuditRow.id, AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)).first()
    count = session.execute(select(func.count()).select_from(AuditRow)).scalar() or 0
    return {"count": count, "last_id": row[0] if row else None, "last_hash": row[1] if row else None}


def hash_of(session: Session, entry_id: int) -> str | None:
    return session.execute(select(AuditRow.hash).where(AuditRow.id == entry_id)).scalar()


def _entry(r) -> dict:
    return {
        "id": r.id,
        "at": r.at,
        "actor": r.actor,
        "action": r.action,
        "entity": r.entity,
        "entity_id": r.entity_id,
        "unit_code": r.unit_code,
        "before": _load(r.before_json),
        "after": _load(r.after_json),
    }


def _load(text: str | None):
    if not text:
        return None
    value = json.loads(text)
    if isinstance(value, dict):
        value.pop(REDACTED_KEY, None)
    return value


def history(session: Session, entity: str, entity_id: Any) -> list[dict]:
    rows = session.execute(
        select(AuditRow).where(AuditRow.entity == entity, AuditRow.entity_id == str(entity_id)).order_by(AuditRow.id)
    ).scalars()
    return [_entry(r) for r in rows]


def search(
    session: Session,
    *,
    entities: tuple[str, ...] | None = None,
    entity_id: str | None = None,
    mentions: str | None = None,
    actor: str | None = None,
    unit_code: str | None = None,
    limit: int = 5000,
) -> list[dict]:
    """Entries, oldest first. ``mentions`` also matches inside the before/after values (a
    criterion ID such as "CD-1.2" in an evidence record)."""
    q = select(AuditRow)
    if entities:
        q = q.where(AuditRow.entity.in_(entities))
    if entity_id is not None:
        q = q.where(AuditRow.entity_id == str(entity_id))
    if mentions:
        like = f"%{mentions}%"
        q = q.where(
            or_(AuditRow.entity_id == mentions, AuditRow.before_json.like(like), AuditRow.after_json.like(like))
        )
    if actor:
        q = q.where(AuditRow.actor == actor)
    if unit_code:
        q = q.where(AuditRow.unit_code == unit_code)
    rows = session.execute(q.order_by(AuditRow.id.desc()).limit(limit)).scalars().all()
    return [_entry(r) for r in reversed(rows)]


def entity_kinds(session: Session) -> list[tuple[str, int]]:
    rows = session.execute(select(AuditRow.entity, func.count()).group_by(AuditRow.entity).order_by(AuditRow.entity))
    return [(e, n) for e, n in rows]


def _redact_text(text: str | None, fields: tuple[str, ...]) -> str | None:
    if not text or is_redacted(text):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, dict) or not any(f in value and value[f] not in (None, "", False) for f in fields):
        return None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    for f in fields:
        if f in value and value[f] not in (None, "", False):
            value[f] = REDACTED_VALUE
    value[REDACTED_KEY] = digest
    return canonical(value)


def redact(session: Session, *, entity: str, entity_id: Any, fields: tuple[str, ...]) -> list[int]:
    """Replace ``fields`` in the entity's past values by a marker, keeping each value's digest.

    Returns the ids of the entries changed; the caller must then ``record`` an
    ``ERASE_ACTION`` entry with ``after={"redacted_entries": ids, ...}``."""
    changed: list[int] = []
    rows = session.execute(
        select(AuditRow.id, AuditRow.before_json, AuditRow.after_json).where(
            AuditRow.entity == entity, AuditRow.entity_id == str(entity_id)
        )
    ).all()
    for id_, bj, aj in rows:
        nb, na = _redact_text(bj, fields), _redact_text(aj, fields)
        if nb is None and na is None:
            continue
        values = {}
        if nb is not None:
            values["before_json"] = nb
        if na is not None:
            values["after_json"] = na
        session.execute(update(AuditRow).where(AuditRow.id == id_).values(**values))
        changed.append(id_)
    return changed


def subjects(
    session: Session, entities: tuple[str, ...], label_keys: tuple[str, ...] = ("full_name", "name", "title")
) -> list[tuple[str, str]]:
    """(entity_id, latest label) of every subject the trail mentions for these entities, so a
    screen can offer "history of …" even for deleted records."""
    labels: dict[str, str] = {}
    rows = session.execute(
        select(AuditRow.entity_id, AuditRow.before_json, AuditRow.after_json)
        .where(AuditRow.entity.in_(entities))
        .order_by(AuditRow.id)
    )
    for entity_id, bj, aj in rows:
        label = labels.get(entity_id, "")
        for text in (bj, aj):
            value = _load(text) if text else None
            if isinstance(value, dict):
                for k in label_keys:
                    if isinstance(value.get(k), str) and value[k]:
                        label = value[k]
                        break
        labels[entity_id] = label
    return sorted(labels.items(), key=lambda kv: (len(kv[0]), kv[0]))
