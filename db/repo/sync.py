"""Enrolled units and their keys, the outbox, invitations, and received packages (issue 7).
The received packages' rows live in ``db/repo/received.py``; their functions are named here too,
so the services reach every table of the exchange through this one module.

Rows come back as frozen dataclasses so the services never hold ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models.core import utcnow
from db.repo.received import (  # noqa: F401 - named here for the services (see above)
    add_reason_note,
    add_received,
    current_for_subject,
    current_summaries,
    current_with_dates,
    CurrentVersion,
    held_rows,
    history,
    known_package_ids,
    last_applied_record,
    list_received,
    mark_record_applied,
    newest_record,
    newest_records,
    received_by_package,
    received_counts,
    received_data,
    received_row,
    ReceivedPackage,
    set_received_reason,
    supersede,
)
from db.models.sync import EnrolledUnitRow, InvitationRow, OutboxRow, UnitKeyRow


# ------------------------------------------------------------------ enrolled units and keys
@dataclass(frozen=True)
class EnrolledUnit:
    unit_code: str
    relation: str
    name: str
    kind: str
    enrolled_at: datetime
    enrolled_by: str


@dataclass(frozen=True)
class UnitKey:
    unit_code: str
    public_key: str
    fingerprint: str
    status: str
    origin: str
    added_at: datetime
    changed_at: datetime


def _enrolled(r: EnrolledUnitRow) -> EnrolledUnit:
    return EnrolledUnit(r.unit_code, r.relation, r.name, r.kind, r.enrolled_at, r.enrolled_by)


def _key(r: UnitKeyRow) -> UnitKey:
    return UnitKey(r.unit_code, r.public_key, r.fingerprint, r.status, r.origin, r.added_at, r.changed_at)


def get_enrolled(session: Session, unit_code: str) -> EnrolledUnit | None:
    r = session.execute(select(EnrolledUnitRow).where(EnrolledUnitRow.unit_code == unit_code)).scalar_one_or_none()
    return _enrolled(r) if r else None


def list_enrolled(session: Session, relation: str | None = None) -> list[EnrolledUnit]:
    q = select(EnrolledUnitRow).order_by(EnrolledUnitRow.unit_code)
    if relation:
        q = q.where(EnrolledUnitRow.relation == relation)
    return [_enrolled(r) for r in session.execute(q).scalars()]


def enrolled_codes(session: Session, relation: str) -> set[str]:
    """The codes of the units enrolled with ``relation`` (no objects built: the dashboards)."""
    return set(session.execute(select(EnrolledUnitRow.unit_code).where(EnrolledUnitRow.relation == relation)).scalars())


def save_enrolled(session: Session, unit_code: str, relation: str, name: str, kind: str, by: str) -> None:
    r = session.execute(select(EnrolledUnitRow).where(EnrolledUnitRow.unit_code == unit_code)).scalar_one_or_none()
    if r is None:
        session.add(EnrolledUnitRow(unit_code=unit_code, relation=relation, name=name, kind=kind, enrolled_by=by))
    else:
        r.relation, r.name, r.kind = relation, name, kind
    session.flush()


def keys_for(session: Session, unit_code: str) -> list[UnitKey]:
    q = select(UnitKeyRow).where(UnitKeyRow.unit_code == unit_code).order_by(UnitKeyRow.id)
    return [_key(r) for r in session.execute(q).scalars()]


def all_keys(session: Session) -> list[tuple[UnitKey, str]]:
    """Every key with the relation of its unit (child|parent), for verifying many packages."""
    q = (
        select(UnitKeyRow, EnrolledUnitRow.relation)
        .join(EnrolledUnitRow, EnrolledUnitRow.unit_code == UnitKeyRow.unit_code)
        .order_by(UnitKeyRow.id)
    )
    return [(_key(k), rel) for k, rel in session.execute(q)]


def add_key(session: Session, unit_code: str, public_key: str, fingerprint: str, status: str, origin: str) -> None:
    session.add(
        UnitKeyRow(unit_code=unit_code, public_key=public_key, fingerprint=fingerprint, status=status, origin=origin)
    )
    session.flush()


def set_key_status(session: Session, unit_code: str, fingerprint: str, status: str) -> None:
    session.execute(
        update(UnitKeyRow)
        .where(UnitKeyRow.unit_code == unit_code, UnitKeyRow.fingerprint == fingerprint)
        .values(status=status, changed_at=utcnow())
    )


# ------------------------------------------------------------------ outbox
@dataclass(frozen=True)
class OutboxItem:
    package_id: str
    kind: str
    recipient_code: str
    campaign: str | None
    period: str | None
    quarter: int | None
    subject: str
    version: int
    supersedes: str | None
    in_reply_to: str | None
    title: str
    file_name: str
    sha256: str
    size: int
    status: str
    reason: str | None
    created_at: datetime
    created_by: str
    exported_at: datetime | None
    exported_to: str | None
    sent_at: datetime | None
    acknowledged_at: datetime | None
    status_at: datetime


_OUTBOX_FIELDS = (
    "package_id",
    "kind",
    "recipient_code",
    "campaign",
    "period",
    "quarter",
    "subject",
    "version",
    "supersedes",
    "in_reply_to",
    "title",
    "file_name",
    "sha256",
    "size",
    "status",
    "reason",
    "created_at",
    "created_by",
    "exported_at",
    "exported_to",
    "sent_at",
    "acknowledged_at",
    "status_at",
)


def _outbox(r: OutboxRow) -> OutboxItem:
    return OutboxItem(**{f: getattr(r, f) for f in _OUTBOX_FIELDS})


def add_outbox(session: Session, **fields) -> OutboxItem:
    row = OutboxRow(**fields)
    session.add(row)
    session.flush()
    return _outbox(row)


def outbox_items(
    session: Session, statuses: tuple[str, ...] | None = None, package_ids: list[str] | None = None
) -> list[OutboxItem]:
    q = select(OutboxRow).order_by(OutboxRow.id.desc())
    if statuses:
        q = q.where(OutboxRow.status.in_(statuses))
    if package_ids is not None:
        q = q.where(OutboxRow.package_id.in_(package_ids))
    return [_outbox(r) for r in session.execute(q).scalars()]


def outbox_get(session: Session, package_id: str) -> OutboxItem | None:
    r = session.execute(select(OutboxRow).where(OutboxRow.package_id == package_id)).scalar_one_or_none()
    return _outbox(r) if r else None


def latest_for_subject(session: Session, recipient_code: str, subject: str) -> OutboxItem | None:
    r = session.execute(
        select(OutboxRow)
        .where(OutboxRow.recipient_code == recipient_code, OutboxRow.subject == subject)
        .order_by(OutboxRow.version.desc(), OutboxRow.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return _outbox(r) if r else None


def set_outbox_status(
    session: Session, package_id: str, status: str, *, reason: str | None = None, where: str | None = None
) -> tuple[OutboxItem, OutboxItem] | None:
    r = session.execute(select(OutboxRow).where(OutboxRow.package_id == package_id)).scalar_one_or_none()
    if r is None:
        return None
    before = _outbox(r)
    now = utcnow()
    r.status, r.status_at = status, now
    r.reason = reason
    if status == "exported":
        r.exported_at = now
        if where:
            r.exported_to = where
    elif status == "sent":
        r.sent_at = now
        if where:
            r.exported_to = where
    elif status in ("received", "rejected"):
        r.acknowledged_at = now
    session.flush()
    return before, _outbox(r)


def outbox_counts(session: Session) -> dict[str, int]:
    q = select(OutboxRow.status, func.count()).group_by(OutboxRow.status)
    return {s: n for s, n in session.execute(q)}


# ------------------------------------------------------------------ invitations
@dataclass(frozen=True)
class InvitationRecord:
    invitation_id: str
    direction: str
    parent_code: str
    parent_name: str
    branch_code: str
    branch_name: str
    mac_key: str
    status: str
    created_at: datetime
    created_by: str
    used_at: datetime | None
    used_fingerprint: str | None
    used_package_id: str | None


def _invitation(r: InvitationRow) -> InvitationRecord:
    return InvitationRecord(
        r.invitation_id,
        r.direction,
        r.parent_code,
        r.parent_name,
        r.branch_code,
        r.branch_name,
        r.mac_key,
        r.status,
        r.created_at,
        r.created_by,
        r.used_at,
        r.used_fingerprint,
        r.used_package_id,
    )


def add_invitation(session: Session, **fields) -> None:
    session.add(InvitationRow(**fields))
    session.flush()


def get_invitation(session: Session, invitation_id: str, direction: str) -> InvitationRecord | None:
    r = session.execute(
        select(InvitationRow).where(InvitationRow.invitation_id == invitation_id, InvitationRow.direction == direction)
    ).scalar_one_or_none()
    return _invitation(r) if r else None


def list_invitations(session: Session, direction: str, branch_code: str | None = None) -> list[InvitationRecord]:
    q = select(InvitationRow).where(InvitationRow.direction == direction).order_by(InvitationRow.id)
    if branch_code:
        q = q.where(InvitationRow.branch_code == branch_code)
    return [_invitation(r) for r in session.execute(q).scalars()]


def set_invitation_status(
    session: Session,
    invitation_id: str,
    direction: str,
    status: str,
    *,
    fingerprint: str | None = None,
    package_id: str | None = None,
) -> None:
    values = {"status": status}
    if status == "used":
        values.update(used_at=utcnow(), used_fingerprint=fingerprint, used_package_id=package_id)
    session.execute(
        update(InvitationRow)
        .where(InvitationRow.invitation_id == invitation_id, InvitationRow.direction == direction)
        .values(**values)
    )
