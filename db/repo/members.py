"""Members: reads shared by every area (the members issue adds writes and search)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.core import UnitRow
from db.models.members import MemberRow, MembershipEventRow
from desktop.domain.members import Member, MembershipEvent, is_active_on


def to_domain(row: MemberRow, unit_code: str) -> Member:
    return Member(
        id=row.id, unit_code=unit_code, full_name=row.full_name, date_of_birth=row.date_of_birth,
        dob_year_only=bool(row.dob_year_only), gender=row.gender, phone=row.phone,
        id_number=row.id_number, union_join_date=row.union_join_date, union_card_no=row.union_card_no,
        is_party_member=bool(row.is_party_member), party_join_date=row.party_join_date,
        residence=row.residence, training_registered_on=row.training_registered_on,
        ebook_issued=bool(row.ebook_issued), ecard_issued=bool(row.ecard_issued),
        residence_activity=bool(row.residence_activity), notes=row.notes,
        erased=row.erased_at is not None,
    )


def list_for_unit(session: Session, unit_code: str) -> list[Member]:
    rows = session.execute(
        select(MemberRow).join(UnitRow, UnitRow.id == MemberRow.unit_id)
        .where(UnitRow.code == unit_code).order_by(MemberRow.id)
    ).scalars()
    return [to_domain(r, unit_code) for r in rows]


def events_for_unit(session: Session, unit_code: str) -> dict[int, list[MembershipEvent]]:
    rows = session.execute(
        select(MembershipEventRow.member_id, MembershipEventRow.kind, MembershipEventRow.on_date,
               MembershipEventRow.note)
        .join(MemberRow, MemberRow.id == MembershipEventRow.member_id)
        .join(UnitRow, UnitRow.id == MemberRow.unit_id)
        .where(UnitRow.code == unit_code)
        .order_by(MembershipEventRow.on_date, MembershipEventRow.id)
    )
    out: dict[int, list[MembershipEvent]] = defaultdict(list)
    for member_id, kind, on_date, note in rows:
        out[member_id].append(MembershipEvent(kind, on_date, note))
    return dict(out)


def active_on(session: Session, unit_code: str, d: date) -> list[Member]:
    events = events_for_unit(session, unit_code)
    return [m for m in list_for_unit(session, unit_code) if is_active_on(events.get(m.id, []), d)]
