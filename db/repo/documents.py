"""The document register: allocate numbers, find a reprint's number, list the register.

Call inside the caller's write transaction (``with uow.begin() as s``): the counter update and
the register row commit together, so a number is either fully given (and kept) or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models.core import UnitRow, utcnow
from db.models.documents import DocumentCounterRow, DocumentRow, UnitSignerRow


@dataclass(frozen=True)
class RegisteredDocument:
    unit_code: str
    year: int
    type_code: str
    number: int
    kind: str
    period_label: str
    subject_code: str
    issued_on: date
    title: str
    created_by: str
    created_at: datetime
    print_count: int
    reprint: bool = False  # True when this call found an existing entry


def _unit_id(session: Session, unit_code: str) -> int:
    uid = session.execute(select(UnitRow.id).where(UnitRow.code == unit_code)).scalar_one_or_none()
    if uid is None:
        raise LookupError(unit_code)
    return uid


def _to(row: DocumentRow, unit_code: str, reprint: bool = False) -> RegisteredDocument:
    return RegisteredDocument(
        unit_code=unit_code,
        year=row.year,
        type_code=row.type_code,
        number=row.number,
        kind=row.kind,
        period_label=row.period_label,
        subject_code=row.subject_code,
        issued_on=row.issued_on,
        title=row.title,
        created_by=row.created_by,
        created_at=row.created_at,
        print_count=row.print_count,
        reprint=reprint,
    )


def _row(
    session: Session, uid: int, kind: str, period_label: str, subject_code: str, type_code: str
) -> DocumentRow | None:
    return session.execute(
        select(DocumentRow).where(
            DocumentRow.unit_id == uid,
            DocumentRow.kind == kind,
            DocumentRow.period_label == period_label,
            DocumentRow.subject_code == subject_code,
            DocumentRow.type_code == type_code,
        )
    ).scalar_one_or_none()


def find(
    session: Session, unit_code: str, *, kind: str, period_label: str, subject_code: str, type_code: str
) -> RegisteredDocument | None:
    row = _row(session, _unit_id(session, unit_code), kind, period_label, subject_code, type_code)
    return _to(row, unit_code, reprint=True) if row else None


def last_number(session: Session, unit_code: str, year: int, type_code: str) -> int:
    uid = _unit_id(session, unit_code)
    counter = session.get(DocumentCounterRow, (uid, year, type_code))
    used = (
        session.execute(
            select(DocumentRow.number)
            .where(DocumentRow.unit_id == uid, DocumentRow.year == year, DocumentRow.type_code == type_code)
            .order_by(DocumentRow.number.desc())
            .limit(1)
        ).scalar_one_or_none()
        or 0
    )
    return max(counter.last_number if counter else 0, used)


def _bump(session: Session, uid: int, year: int, type_code: str, floor: int) -> int:
    """Increment the counter (creating it) and return the new number; never below ``floor``+1."""
    counter = session.get(DocumentCounterRow, (uid, year, type_code))
    if counter is None:
        counter = DocumentCounterRow(unit_id=uid, year=year, type_code=type_code, last_number=floor)
        session.add(counter)
        session.flush()
    # One UPDATE: the write lock is taken here, so a concurrent allocation waits or fails.
    session.execute(
        update(DocumentCounterRow)
        .where(
            DocumentCounterRow.unit_id == uid,
            DocumentCounterRow.year == year,
            DocumentCounterRow.type_code == type_code,
        )
        .values(last_number=DocumentCounterRow.last_number + 1)
    )
    session.refresh(counter)
    if counter.last_number <= floor:  # a register row above the counter (imported data)
        counter.last_number = floor + 1
        session.flush()
    return counter.last_number


def allocate(
    session: Session,
    unit_code: str,
    *,
    kind: str,
    period_label: str,
    subject_code: str,
    type_code: str,
    issued_on: date,
    title: str,
    actor: str,
) -> RegisteredDocument:
    """The register entry of this document: the existing one (a reprint keeps its number and
    date) or a new one with the next number of (unit, year of ``issued_on``, type)."""
    uid = _unit_id(session, unit_code)
    row = _row(session, uid, kind, period_label, subject_code, type_code)
    if row is not None:
        row.print_count += 1
        row.printed_at = utcnow()
        session.flush()
        return _to(row, unit_code, reprint=True)
    year = issued_on.year
    used = (
        session.execute(
            select(DocumentRow.number)
            .where(DocumentRow.unit_id == uid, DocumentRow.year == year, DocumentRow.type_code == type_code)
            .order_by(DocumentRow.number.desc())
            .limit(1)
        ).scalar_one_or_none()
        or 0
    )
    number = _bump(session, uid, year, type_code, used)
    row = DocumentRow(
        unit_id=uid,
        year=year,
        type_code=type_code,
        number=number,
        kind=kind,
        period_label=period_label,
        subject_code=subject_code,
        issued_on=issued_on,
        title=title[:300],
        created_by=actor,
        printed_at=utcnow(),
        print_count=1,
    )
    session.add(row)
    session.flush()  # the unique constraints speak here, inside the transaction
    return _to(row, unit_code)


def record(
    session: Session,
    unit_code: str,
    *,
    kind: str,
    period_label: str,
    subject_code: str,
    type_code: str,
    number: int,
    issued_on: date,
    title: str,
    actor: str,
) -> RegisteredDocument:
    """Register a number given outside the register (a decision recorded with its number).

    The entry of this document if it exists; else a new entry with ``number`` — refused with
    ValueError when that number of (unit, year, type) already belongs to another document.
    """
    uid = _unit_id(session, unit_code)
    row = _row(session, uid, kind, period_label, subject_code, type_code)
    if row is not None:
        row.print_count += 1
        row.printed_at = utcnow()
        session.flush()
        return _to(row, unit_code, reprint=True)
    year = issued_on.year
    taken = session.execute(
        select(DocumentRow.id).where(
            DocumentRow.unit_id == uid,
            DocumentRow.year == year,
            DocumentRow.type_code == type_code,
            DocumentRow.number == number,
        )
    ).scalar_one_or_none()
    if taken is not None:
        raise ValueError(number)
    counter = session.get(DocumentCounterRow, (uid, year, type_code))
    if counter is None:
        session.add(DocumentCounterRow(unit_id=uid, year=year, type_code=type_code, last_number=number))
    elif counter.last_number < number:
        counter.last_number = number
    row = DocumentRow(
        unit_id=uid,
        year=year,
        type_code=type_code,
        number=number,
        kind=kind,
        period_label=period_label,
        subject_code=subject_code,
        issued_on=issued_on,
        title=title[:300],
        created_by=actor,
        printed_at=utcnow(),
        print_count=1,
    )
    session.add(row)
    session.flush()
    return _to(row, unit_code)


def set_next_number(session: Session, unit_code: str, year: int, type_code: str, next_number: int) -> int:
    """Continue numbering from a paper register (documents issued outside the app).

    Only moves forward: a number already given stays given. Returns the previous last number.
    """
    uid = _unit_id(session, unit_code)
    last = last_number(session, unit_code, year, type_code)
    if next_number <= last:
        raise ValueError(last)
    counter = session.get(DocumentCounterRow, (uid, year, type_code))
    if counter is None:
        session.add(DocumentCounterRow(unit_id=uid, year=year, type_code=type_code, last_number=next_number - 1))
    else:
        counter.last_number = next_number - 1
    session.flush()
    return last


def list_register(session: Session, unit_code: str, year: int | None = None) -> list[RegisteredDocument]:
    uid = _unit_id(session, unit_code)
    q = select(DocumentRow).where(DocumentRow.unit_id == uid)
    if year is not None:
        q = q.where(DocumentRow.year == year)
    rows = session.execute(q.order_by(DocumentRow.year, DocumentRow.type_code, DocumentRow.number)).scalars()
    return [_to(r, unit_code) for r in rows]


# ----------------------------------------------------------------------------- signers


@dataclass(frozen=True)
class SignerEntry:
    valid_from: date
    on_behalf: str
    title: str
    full_name: str
    created_by: str
    created_at: datetime


def signers(session: Session, unit_code: str) -> list[SignerEntry]:
    """The unit's signers, oldest first (a later entry replaces the earlier one from its date)."""
    uid = session.execute(select(UnitRow.id).where(UnitRow.code == unit_code)).scalar_one_or_none()
    if uid is None:
        return []
    rows = session.execute(
        select(UnitSignerRow).where(UnitSignerRow.unit_id == uid).order_by(UnitSignerRow.valid_from, UnitSignerRow.id)
    ).scalars()
    return [SignerEntry(r.valid_from, r.on_behalf, r.title, r.full_name, r.created_by, r.created_at) for r in rows]


def add_signer(
    session: Session, unit_code: str, *, valid_from: date, on_behalf: str, title: str, full_name: str, actor: str
) -> None:
    session.add(
        UnitSignerRow(
            unit_id=_unit_id(session, unit_code),
            valid_from=valid_from,
            on_behalf=on_behalf,
            title=title,
            full_name=full_name,
            created_by=actor,
        )
    )
    session.flush()
