"""Evidence files ("minh chứng"): rows of the ``attachments`` table.

The files themselves live in the data folder (attachments/<sha[:2]>/<sha256><ext>) and are
handled by desktop/services/attachments.py; this module only reads and writes the rows.
Rows are returned as plain dicts so that any area's service can wrap them.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db.models.core import AttachmentRow, UnitRow


def _as_dict(row: AttachmentRow, unit_code: str) -> dict:
    return {
        "id": row.id,
        "unit_code": unit_code,
        "owner_kind": row.owner_kind,
        "owner_id": row.owner_id,
        "sha256": row.sha256,
        "original_name": row.original_name,
        "stored_name": row.stored_name,
        "size": row.size,
        "added_at": row.added_at,
        "added_by": row.added_by,
    }


def _select():
    return select(AttachmentRow, UnitRow.code).join(UnitRow, UnitRow.id == AttachmentRow.unit_id)


def find(session: Session, owner_kind: str, owner_id: int, sha256: str) -> dict | None:
    hit = session.execute(
        _select().where(
            AttachmentRow.owner_kind == owner_kind, AttachmentRow.owner_id == owner_id, AttachmentRow.sha256 == sha256
        )
    ).first()
    return _as_dict(*hit) if hit else None


def add(
    session: Session,
    *,
    unit_id: int,
    owner_kind: str,
    owner_id: int,
    sha256: str,
    original_name: str,
    stored_name: str,
    size: int,
    added_by: str,
) -> int:
    row = AttachmentRow(
        unit_id=unit_id,
        owner_kind=owner_kind,
        owner_id=owner_id,
        sha256=sha256,
        original_name=original_name,
        stored_name=stored_name,
        size=size,
        added_by=added_by,
    )
    session.add(row)
    session.flush()
    return row.id


def get(session: Session, attachment_id: int) -> dict | None:
    hit = session.execute(_select().where(AttachmentRow.id == attachment_id)).first()
    return _as_dict(*hit) if hit else None


def list_for(session: Session, owner_kind: str, owner_id: int) -> list[dict]:
    rows = session.execute(
        _select()
        .where(AttachmentRow.owner_kind == owner_kind, AttachmentRow.owner_id == owner_id)
        .order_by(AttachmentRow.id)
    )
    return [_as_dict(r, code) for r, code in rows]


def counts_for(session: Session, owner_kind: str, owner_ids: list[int]) -> dict[int, int]:
    """How many files each owner has (for a column in a list)."""
    if not owner_ids:
        return {}
    rows = session.execute(
        select(AttachmentRow.owner_id, func.count())
        .where(AttachmentRow.owner_kind == owner_kind, AttachmentRow.owner_id.in_(owner_ids))
        .group_by(AttachmentRow.owner_id)
    )
    return {oid: n for oid, n in rows}


def delete_row(session: Session, attachment_id: int) -> None:
    session.execute(delete(AttachmentRow).where(AttachmentRow.id == attachment_id))


def stored_name_in_use(session: Session, stored_name: str) -> bool:
    return (
        session.execute(select(AttachmentRow.id).where(AttachmentRow.stored_name == stored_name).limit(1)).first()
        is not None
    )
