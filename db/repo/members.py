"""Members: reads shared by every area, and the writes of the members area (issue 3).

Reads return domain objects (``Member``, ``MembershipEvent``, ``MemberGroup``); writes take
them. Bulk writes (imports of thousands of rows) go through Core ``insert``/``update`` with
many parameter sets, which is ten times faster than adding ORM objects (docs/architecture.md, traps).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import fields as dataclass_fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.core import UnitRow
from db.models.members import MemberRow, MembershipEventRow
from desktop.domain.members import ENTERING, Member, MembershipEvent
from db.repo.member_rows import _COLUMNS, _FIELDS, _from_tuple, _values, member_values, to_domain, unit_id  # noqa: F401


# --------------------------------------------------------------------------- shared reads
def list_for_unit(session: Session, unit_code: str) -> list[Member]:
    """Every member ever recorded for the unit (including those who left), by id."""
    if session.get_bind().dialect.name == "sqlite":
        return _list_for_unit_sqlite(session, unit_code)
    rows = session.execute(
        select(*_COLUMNS)
        .join(UnitRow, UnitRow.id == MemberRow.unit_id)
        .where(UnitRow.code == unit_code)
        .order_by(MemberRow.id)
    )
    return [_from_tuple(t, unit_code) for t in rows]


def _list_for_unit_sqlite(session: Session, unit_code: str) -> list[Member]:
    """The same rows read on the driver, dates parsed with date.fromisoformat: the members
    screen and every percentage load the whole roster, 3× faster than through result types.
    Members are made without the frozen dataclass's field-by-field ``__init__`` (their
    ``__dict__`` filled at once: the 15,000-member table, issue 13); equal to ``_from_tuple``'s."""
    cols = ", ".join(f"m.{f}" for f in _FIELDS)
    rows = (
        session.connection()
        .exec_driver_sql(
            f"SELECT {cols} FROM members m JOIN units u ON u.id = m.unit_id WHERE u.code = ? ORDER BY m.id",
            (unit_code,),
        )
        .fetchall()
    )
    day = _Days()  # dates repeat across a roster: each distinct text parsed once
    out: list[Member] = []
    append = out.append
    for row in rows:
        append(_fast_member(unit_code, row, day))
    return out


class _Days(dict):
    """ISO date text -> date, parsed on first sight (None -> None); lookups stay in C."""

    def __init__(self):
        super().__init__({None: None})

    def __missing__(self, text: str) -> date:
        d = self[text] = date.fromisoformat(text)
        return d


# Member's fields in order, for _list_for_unit_sqlite (a plain frozen dataclass: no __post_init__).
_MEMBER_FIELDS = tuple(f.name for f in dataclass_fields(Member))


def _fast_member(unit_code: str, row, day: _Days) -> Member:
    """A member from a row of ``_FIELDS`` read past the ORM (the SQLite fast paths), made without
    the frozen dataclass's field-by-field ``__init__``: its ``__dict__`` filled at once; equal to
    ``_from_tuple``'s."""
    m = object.__new__(Member)
    m.__dict__.update(zip(_MEMBER_FIELDS, member_values(row, unit_code, day.__getitem__)))
    return m


assert not hasattr(Member, "__post_init__") and not hasattr(Member, "__slots__")


def events_for_unit(session: Session, unit_code: str) -> dict[int, list[MembershipEvent]]:
    rows = session.execute(
        select(
            MembershipEventRow.member_id,
            MembershipEventRow.kind,
            MembershipEventRow.on_date,
            MembershipEventRow.note,
            MembershipEventRow.id,
        )
        .join(MemberRow, MemberRow.id == MembershipEventRow.member_id)
        .join(UnitRow, UnitRow.id == MemberRow.unit_id)
        .where(UnitRow.code == unit_code)
        .order_by(MembershipEventRow.on_date, MembershipEventRow.id)
    )
    out: dict[int, list[MembershipEvent]] = defaultdict(list)
    for member_id, kind, on_date, note, eid in rows:
        out[member_id].append(MembershipEvent(kind, on_date, note, eid))
    return dict(out)


def event_pairs_for_unit(session: Session, unit_code: str) -> dict[int, list[tuple[str, date]]]:
    """{member id: [(kind, date), …] in date order}: the light form of ``events_for_unit``."""
    if session.get_bind().dialect.name == "sqlite":
        # On the driver, dates parsed once per distinct day (a roster's events share few days).
        raw = (
            session.connection()
            .exec_driver_sql(
                "SELECT e.member_id, e.kind, e.on_date FROM membership_events e "
                "JOIN members m ON m.id = e.member_id JOIN units u ON u.id = m.unit_id "
                "WHERE u.code = ? ORDER BY e.on_date, e.id",
                (unit_code,),
            )
            .fetchall()
        )
        days: dict[str, date] = {}
        fromiso = date.fromisoformat
        out: dict[int, list[tuple[str, date]]] = {}
        for member_id, kind, text in raw:
            d = days.get(text)
            if d is None:
                d = days[text] = fromiso(text)
            lst = out.get(member_id)
            if lst is None:
                out[member_id] = [(kind, d)]
            else:
                lst.append((kind, d))
        return out
    rows = session.execute(
        select(MembershipEventRow.member_id, MembershipEventRow.kind, MembershipEventRow.on_date)
        .join(MemberRow, MemberRow.id == MembershipEventRow.member_id)
        .join(UnitRow, UnitRow.id == MemberRow.unit_id)
        .where(UnitRow.code == unit_code)
        .order_by(MembershipEventRow.on_date, MembershipEventRow.id)
    ).all()
    out: dict[int, list[tuple[str, date]]] = {}
    for member_id, kind, on_date in rows:
        lst = out.get(member_id)
        if lst is None:
            out[member_id] = [(kind, on_date)]
        else:
            lst.append((kind, on_date))
    return out


def active_count_in(session: Session, unit_codes, d: date) -> int:
    """How many members of these units are active on ``d`` (one query for a Đoàn cơ sở and its
    300 branches; same rule as ``active_ids_on``)."""
    codes = list(dict.fromkeys(unit_codes))
    if not codes:
        return 0
    rows = session.execute(
        select(MembershipEventRow.member_id, MembershipEventRow.kind)
        .join(MemberRow, MemberRow.id == MembershipEventRow.member_id)
        .join(UnitRow, UnitRow.id == MemberRow.unit_id)
        .where(UnitRow.code.in_(codes), MembershipEventRow.on_date <= d)
        .order_by(MembershipEventRow.on_date, MembershipEventRow.id)
    )
    last: dict[int, str] = {}
    for member_id, kind in rows:
        last[member_id] = kind
    return sum(1 for kind in last.values() if kind in ENTERING)


def active_ids_on(session: Session, unit_code: str, d: date) -> set[int]:
    """Ids of the unit's members active on ``d`` (the last event on or before it brought them in;
    same rule as ``is_active_on``, read from the light (kind, date) pairs)."""
    out = set()
    for member_id, pairs in event_pairs_for_unit(session, unit_code).items():
        last = None
        for kind, on in pairs:  # in (date, id) order, as sorted_events
            if on <= d:
                last = kind
            else:
                break
        if last is not None and last in ENTERING:
            out.add(member_id)
    return out


def active_on(session: Session, unit_code: str, d: date) -> list[Member]:
    active = active_ids_on(session, unit_code, d)
    return [m for m in list_for_unit(session, unit_code) if m.id in active]


def active_on_units(session: Session, unit_codes: Iterable[str], d: date) -> dict[str, list[Member]]:
    """``active_on`` of many units, {code: members}: on SQLite two queries for all of them (the
    same people looked for across a Đoàn cơ sở's 300 branches after each record it takes in)."""
    codes = list(dict.fromkeys(unit_codes))
    if session.get_bind().dialect.name != "sqlite":
        return {c: active_on(session, c, d) for c in codes}
    out: dict[str, list[Member]] = {c: [] for c in codes}
    day = _Days()
    cols = ", ".join(f"m.{f}" for f in _FIELDS)
    conn = session.connection()
    for i in range(0, len(codes), 500):
        chunk = tuple(codes[i : i + 500])
        marks = ", ".join("?" * len(chunk))
        last: dict[int, str] = {}
        for member_id, kind in conn.exec_driver_sql(
            "SELECT e.member_id, e.kind FROM membership_events e JOIN members m ON m.id = e.member_id "
            f"JOIN units u ON u.id = m.unit_id WHERE u.code IN ({marks}) AND e.on_date <= ? "
            "ORDER BY e.on_date, e.id",
            (*chunk, d.isoformat()),
        ):
            last[member_id] = kind
        active = {mid for mid, kind in last.items() if kind in ENTERING}
        for code, *row in conn.exec_driver_sql(
            f"SELECT u.code, {cols} FROM members m JOIN units u ON u.id = m.unit_id "
            f"WHERE u.code IN ({marks}) ORDER BY m.id",
            chunk,
        ):
            if row[0] in active:
                out[code].append(_fast_member(code, row, day))
    return out


def get(session: Session, member_id: int) -> Member | None:
    row = session.execute(
        select(*_COLUMNS, UnitRow.code).join(UnitRow, UnitRow.id == MemberRow.unit_id).where(MemberRow.id == member_id)
    ).first()
    return _from_tuple(row[:-1], row[-1]) if row else None


def get_many(session: Session, member_ids: Iterable[int]) -> list[Member]:
    ids = list(member_ids)
    out: list[Member] = []
    for i in range(0, len(ids), 500):
        rows = session.execute(
            select(*_COLUMNS, UnitRow.code)
            .join(UnitRow, UnitRow.id == MemberRow.unit_id)
            .where(MemberRow.id.in_(ids[i : i + 500]))
        )
        out.extend(_from_tuple(r[:-1], r[-1]) for r in rows)
    order = {mid: n for n, mid in enumerate(ids)}
    return sorted(out, key=lambda m: order[m.id])


def events_for_member(session: Session, member_id: int) -> list[MembershipEvent]:
    rows = session.execute(
        select(MembershipEventRow.kind, MembershipEventRow.on_date, MembershipEventRow.note, MembershipEventRow.id)
        .where(MembershipEventRow.member_id == member_id)
        .order_by(MembershipEventRow.on_date, MembershipEventRow.id)
    )
    return [MembershipEvent(k, d, n, i) for k, d, n, i in rows]


def fingerprint(session: Session, unit_code: str) -> tuple:
    """Changes whenever a member or an event of the unit is added, edited or removed (an import
    previewed earlier is planned again only when this differs)."""
    uid = unit_id(session, unit_code)
    m = session.execute(
        select(
            func.count(MemberRow.id),
            func.max(MemberRow.id),
            func.max(MemberRow.updated_at),
            func.total(func.length(MemberRow.full_name)),
        ).where(MemberRow.unit_id == uid)
    ).one()
    e = session.execute(
        select(
            func.count(MembershipEventRow.id),
            func.max(MembershipEventRow.id),
            func.total(func.julianday(MembershipEventRow.on_date)),
            func.total(func.length(MembershipEventRow.kind)),
        )
        .join(MemberRow, MemberRow.id == MembershipEventRow.member_id)
        .where(MemberRow.unit_id == uid)
    ).one()
    return tuple(m) + tuple(e)


# Groups and facts per period live in their own modules; their names are read from here too.
from db.repo.member_facts import (  # noqa: E402, F401
    period_facts,
    period_facts_for_unit,
    save_period_facts,
    ticks_for_unit,
)
from db.repo.member_groups import (  # noqa: E402, F401
    delete_group,
    get_group,
    group_by_name,
    list_groups,
    save_group,
)
from db.repo.member_writes import (  # noqa: E402, F401
    add_events,
    audit_many,
    correct_event,
    delete_event,
    delete_member,
    insert_members,
    update_members,
)
