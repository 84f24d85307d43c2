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

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from db.audit import GENESIS, canonical, entry_hash
from db.models.core import AuditRow, UnitRow, utcnow
from db.models.members import MemberFactRow, MemberGroupMemberRow, MemberGroupRow, MemberRow, MembershipEventRow
from desktop.domain.members import ENTERING, Member, MemberGroup, MembershipEvent, PeriodFacts, name_key

# Columns in the order of Member's fields (so a row builds a Member positionally: the roster of
# 5,000 members loads in a few tens of milliseconds).
_FIELDS = (
    "id",
    "full_name",
    "date_of_birth",
    "dob_year_only",
    "gender",
    "phone",
    "id_number",
    "union_join_date",
    "union_card_no",
    "is_party_member",
    "party_join_date",
    "residence",
    "training_registered_on",
    "ebook_issued",
    "ecard_issued",
    "residence_activity",
    "notes",
    "erased_at",
    "training_registered",
)
_COLUMNS = [getattr(MemberRow, f) for f in _FIELDS]


def _from_tuple(t, unit_code: str) -> Member:
    (
        id_,
        full_name,
        dob,
        dob_year_only,
        gender,
        phone,
        id_number,
        join,
        card,
        party,
        party_date,
        residence,
        train_on,
        ebook,
        ecard,
        res_act,
        notes,
        erased_at,
        trained,
    ) = t
    return Member(
        id_,
        unit_code,
        full_name,
        dob,
        bool(dob_year_only),
        gender,
        phone,
        id_number,
        join,
        card,
        bool(party),
        party_date,
        residence,
        train_on,
        bool(ebook),
        bool(ecard),
        bool(res_act),
        notes,
        erased_at is not None,
        bool(trained),
    )


def to_domain(row: MemberRow, unit_code: str) -> Member:
    return _from_tuple(tuple(getattr(row, f) for f in _FIELDS), unit_code)


def _values(m: Member) -> dict:
    """Column values of a member (for insert/update)."""
    return {
        "full_name": m.full_name,
        "name_key": name_key(m.full_name),
        "date_of_birth": m.date_of_birth,
        "dob_year_only": bool(m.dob_year_only),
        "gender": m.gender,
        "phone": m.phone,
        "id_number": m.id_number,
        "union_join_date": m.union_join_date,
        "union_card_no": m.union_card_no,
        "is_party_member": bool(m.is_party_member),
        "party_join_date": m.party_join_date,
        "residence": m.residence,
        "training_registered": bool(m.training_registered),
        "training_registered_on": m.training_registered_on,
        "ebook_issued": bool(m.ebook_issued),
        "ecard_issued": bool(m.ecard_issued),
        "residence_activity": bool(m.residence_activity),
        "notes": m.notes,
    }


def unit_id(session: Session, unit_code: str) -> int | None:
    return session.execute(select(UnitRow.id).where(UnitRow.code == unit_code)).scalar_one_or_none()


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
    new, names, out = object.__new__, _MEMBER_FIELDS, []
    append = out.append
    for (
        id_,
        full_name,
        dob,
        dob_year_only,
        gender,
        phone,
        id_number,
        join,
        card,
        party,
        party_date,
        residence,
        train_on,
        ebook,
        ecard,
        res_act,
        notes,
        erased_at,
        trained,
    ) in rows:
        m = new(Member)
        m.__dict__.update(
            zip(
                names,
                (
                    id_,
                    unit_code,
                    full_name,
                    day[dob],
                    bool(dob_year_only),
                    gender,
                    phone,
                    id_number,
                    day[join],
                    card,
                    bool(party),
                    day[party_date],
                    residence,
                    day[train_on],
                    bool(ebook),
                    bool(ecard),
                    bool(res_act),
                    notes,
                    erased_at is not None,
                    bool(trained),
                ),
            )
        )
        append(m)
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
    new, names = object.__new__, _MEMBER_FIELDS
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
            (
                id_,
                full_name,
                dob,
                dob_year_only,
                gender,
                phone,
                id_number,
                join,
                card,
                party,
                party_date,
                residence,
                train_on,
                ebook,
                ecard,
                res_act,
                notes,
                erased_at,
                trained,
            ) = row
            if id_ not in active:
                continue
            m = new(Member)
            m.__dict__.update(
                zip(
                    names,
                    (
                        id_,
                        code,
                        full_name,
                        day[dob],
                        bool(dob_year_only),
                        gender,
                        phone,
                        id_number,
                        day[join],
                        card,
                        bool(party),
                        day[party_date],
                        residence,
                        day[train_on],
                        bool(ebook),
                        bool(ecard),
                        bool(res_act),
                        notes,
                        erased_at is not None,
                        bool(trained),
                    ),
                )
            )
            out[code].append(m)
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


# --------------------------------------------------------------------------- writes
def insert_members(session: Session, unit_code: str, members: list[Member]) -> list[int]:
    """Insert members (in bulk); returns their new ids in the same order."""
    if not members:
        return []
    uid = unit_id(session, unit_code)
    if uid is None:
        raise LookupError(unit_code)
    now = utcnow()
    # Ids are given here rather than read back: inside the write transaction SQLite has one
    # writer, and a plain executemany is several times faster than INSERT … RETURNING.
    start = session.execute(select(func.max(MemberRow.id))).scalar() or 0
    ids = list(range(start + 1, start + 1 + len(members)))
    params = [
        {**_values(m), "id": mid, "unit_id": uid, "created_at": now, "updated_at": now} for mid, m in zip(ids, members)
    ]
    _insert_many(session, MemberRow.__table__, params)
    return ids


def _date_text(v):
    return None if v is None else v.isoformat()


def _datetime_text(v, _cache={}):  # noqa: B006 - the rows of one import share a few timestamps
    if v is None:
        return None
    text = _cache.get(v)
    if text is None:
        if len(_cache) > 1000:
            _cache.clear()
        text = _cache[v] = v.isoformat(sep=" ", timespec="microseconds")
    return text


def _bool_int(v):
    return None if v is None else int(bool(v))


def _converter(column):
    """What SQLAlchemy's SQLite types store: Date as ISO text, DateTime with microseconds."""
    from sqlalchemy import Boolean, Date, DateTime

    t = column.type
    if isinstance(t, DateTime):
        return _datetime_text
    if isinstance(t, Date):
        return _date_text
    if isinstance(t, Boolean):
        return _bool_int
    return None


def _insert_many(session: Session, table, params: list[dict]) -> None:
    """A plain executemany on the driver: bulk imports spend most of their write time in
    SQLAlchemy's per-row parameter processing otherwise (5,000 members: 0.4 s → 0.1 s)."""
    if not params:
        return
    if session.get_bind().dialect.name != "sqlite":
        session.execute(table.insert(), params)
        return
    cols = list(params[0])
    conv = [_converter(table.c[c]) for c in cols]
    converted = [(i, f) for i, f in enumerate(conv) if f is not None]
    sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
    rows = []
    for p in params:
        values = [p[c] for c in cols]
        for i, f in converted:
            values[i] = f(values[i])
        rows.append(tuple(values))
    session.connection().exec_driver_sql(sql, rows)


def update_members(session: Session, members: list[Member]) -> None:
    """Write the fields of existing members (matched by id), in bulk."""
    if not members:
        return
    now = utcnow()
    params = [{**_values(m), "b_id": m.id, "updated_at": now} for m in members]
    table = MemberRow.__table__
    stmt = table.update().where(table.c.id == bindparam("b_id"))
    for i in range(0, len(params), 5000):
        session.execute(stmt, params[i : i + 5000])


def delete_member(session: Session, member_id: int) -> None:
    session.execute(delete(MembershipEventRow).where(MembershipEventRow.member_id == member_id))
    session.execute(delete(MemberGroupMemberRow).where(MemberGroupMemberRow.member_id == member_id))
    session.execute(delete(MemberRow).where(MemberRow.id == member_id))


def add_events(session: Session, events: list[tuple[int, MembershipEvent]], actor: str) -> None:
    """Append history events [(member_id, event)]; history is never overwritten."""
    if not events:
        return
    now = utcnow()
    _insert_many(
        session,
        MembershipEventRow.__table__,
        [
            {
                "member_id": mid,
                "kind": e.kind,
                "on_date": e.on_date,
                "note": e.note,
                "created_at": now,
                "created_by": actor,
            }
            for mid, e in events
        ],
    )


def correct_event(session: Session, event_id: int, kind: str, on_date: date, note: str | None) -> None:
    """Fix a wrongly entered event (the audit trail keeps the old values)."""
    session.execute(
        update(MembershipEventRow)
        .where(MembershipEventRow.id == event_id)
        .values(kind=kind, on_date=on_date, note=note)
    )


def delete_event(session: Session, event_id: int) -> None:
    session.execute(delete(MembershipEventRow).where(MembershipEventRow.id == event_id))


# --------------------------------------------------------------------------- groups
def list_groups(session: Session, unit_code: str) -> list[MemberGroup]:
    groups = session.execute(
        select(MemberGroupRow.id, MemberGroupRow.name)
        .join(UnitRow, UnitRow.id == MemberGroupRow.unit_id)
        .where(UnitRow.code == unit_code)
        .order_by(MemberGroupRow.name, MemberGroupRow.id)
    ).all()
    if not groups:
        return []
    members: dict[int, list[int]] = defaultdict(list)
    for gid, mid in session.execute(
        select(MemberGroupMemberRow.group_id, MemberGroupMemberRow.member_id)
        .where(MemberGroupMemberRow.group_id.in_([g[0] for g in groups]))
        .order_by(MemberGroupMemberRow.member_id)
    ):
        members[gid].append(mid)
    return [MemberGroup(gid, unit_code, name, tuple(members.get(gid, ()))) for gid, name in groups]


def get_group(session: Session, group_id: int) -> MemberGroup | None:
    row = session.execute(
        select(MemberGroupRow.id, MemberGroupRow.name, UnitRow.code)
        .join(UnitRow, UnitRow.id == MemberGroupRow.unit_id)
        .where(MemberGroupRow.id == group_id)
    ).first()
    if row is None:
        return None
    ids = (
        session.execute(
            select(MemberGroupMemberRow.member_id)
            .where(MemberGroupMemberRow.group_id == group_id)
            .order_by(MemberGroupMemberRow.member_id)
        )
        .scalars()
        .all()
    )
    return MemberGroup(row[0], row[2], row[1], tuple(ids))


def group_by_name(session: Session, unit_code: str, name: str) -> int | None:
    return session.execute(
        select(MemberGroupRow.id)
        .join(UnitRow, UnitRow.id == MemberGroupRow.unit_id)
        .where(UnitRow.code == unit_code, MemberGroupRow.name == name)
    ).scalar_one_or_none()


def save_group(
    session: Session, unit_code: str, name: str, member_ids: Iterable[int], group_id: int | None = None
) -> int:
    if group_id is None:
        row = MemberGroupRow(unit_id=unit_id(session, unit_code), name=name)
        session.add(row)
        session.flush()
        group_id = row.id
    else:
        session.execute(update(MemberGroupRow).where(MemberGroupRow.id == group_id).values(name=name))
        session.execute(delete(MemberGroupMemberRow).where(MemberGroupMemberRow.group_id == group_id))
    ids = sorted(set(member_ids))
    if ids:
        session.execute(insert(MemberGroupMemberRow), [{"group_id": group_id, "member_id": mid} for mid in ids])
    return group_id


def delete_group(session: Session, group_id: int) -> None:
    session.execute(delete(MemberGroupMemberRow).where(MemberGroupMemberRow.group_id == group_id))
    session.execute(delete(MemberGroupRow).where(MemberGroupRow.id == group_id))


# --------------------------------------------------------------------------- audit
def audit_many(session: Session, actor: str, entries: list[dict]) -> None:
    """Append many audit entries at once, chained exactly as ``db.audit.record`` chains them
    (one read of the last hash instead of one per entry: an import of 5,000 members writes
    5,000 entries). Each entry: action, entity, entity_id, unit_code, before, after."""
    if not entries:
        return
    session.flush()
    prev = session.execute(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)).scalar() or GENESIS
    rows = []
    for e in entries:
        at = utcnow()
        bj, aj = canonical(e.get("before")), canonical(e.get("after"))
        h = entry_hash(prev, at, actor, e["action"], e["entity"], str(e["entity_id"]), e.get("unit_code"), bj, aj)
        rows.append(
            {
                "at": at,
                "actor": actor,
                "action": e["action"],
                "entity": e["entity"],
                "entity_id": str(e["entity_id"]),
                "unit_code": e.get("unit_code"),
                "before_json": bj,
                "after_json": aj,
                "prev_hash": prev,
                "hash": h,
            }
        )
        prev = h
    _insert_many(session, AuditRow.__table__, rows)


# ------------------------------------------------------------------------------ facts per period

_FACT_COLUMNS = (
    "member_id",
    "period_label",
    "residence_activity",
    "residence_on",
    "training_registered",
    "training_on",
    "ebook_issued",
    "ebook_no",
    "ebook_on",
    "ecard_issued",
    "ecard_no",
    "ecard_on",
)


def _facts_rows(session: Session, where: str, params: tuple, labels) -> list[tuple]:
    """Fact rows read on the driver (15,000-member rosters: no ORM objects)."""
    cols = ", ".join(f"f.{c}" for c in _FACT_COLUMNS)
    sql = f"SELECT {cols} FROM member_period_facts f {where}"
    if labels is not None:
        labels = sorted(set(labels))
        if not labels:
            return []
        sql += (" AND " if "WHERE" in where else " WHERE ") + f"f.period_label IN ({', '.join('?' * len(labels))})"
        params = params + tuple(labels)
    return session.connection().exec_driver_sql(sql, params).fetchall()


def _facts_from(rows: list[tuple]) -> dict[int, dict[str, PeriodFacts]]:
    out: dict[int, dict[str, PeriodFacts]] = {}
    new, days = object.__new__, {None: None}
    for row in rows:
        values = list(row)
        for i in (3, 5, 8, 11):  # the dates, parsed once per distinct day
            t = values[i]
            if not isinstance(t, date) or t is None:
                d = days.get(t, days)
                if d is days:
                    d = days[t] = date.fromisoformat(str(t)[:10])
                values[i] = d
        for i in (2, 4, 6, 9):
            values[i] = bool(values[i])
        f = new(PeriodFacts)
        f.__dict__.update(zip(_FACT_COLUMNS, values))
        out.setdefault(f.member_id, {})[f.period_label] = f
    return out


def period_facts(
    session: Session, member_ids: Iterable[int], labels: Iterable[str] | None = None
) -> dict[int, dict[str, PeriodFacts]]:
    """{member id: {period label: facts}} (CD-3.3 … CD-3.5 per member and period)."""
    ids = sorted({int(i) for i in member_ids})
    rows: list[tuple] = []
    for i in range(0, len(ids), 900):
        chunk = tuple(ids[i : i + 900])
        rows += _facts_rows(session, f"WHERE f.member_id IN ({', '.join('?' * len(chunk))})", chunk, labels)
    return _facts_from(rows)


def period_facts_for_unit(
    session: Session, unit_code: str, labels: Iterable[str] | None = None
) -> dict[int, dict[str, PeriodFacts]]:
    """``period_facts`` of every member of a unit, in one query."""
    return _facts_from(
        _facts_rows(
            session,
            "JOIN members m ON m.id = f.member_id JOIN units u ON u.id = m.unit_id WHERE u.code = ?",
            (unit_code,),
            labels,
        )
    )


def save_period_facts(session: Session, facts: Iterable[PeriodFacts], actor: str) -> None:
    """Insert or replace the facts of each (member, period)."""
    facts = list(facts)
    if not facts:
        return
    keys = {(f.member_id, f.period_label) for f in facts}
    existing = {}
    mids = sorted({m for m, _ in keys})
    conn = session.connection()
    for i in range(0, len(mids), 900):
        chunk = tuple(mids[i : i + 900])
        existing.update(
            {
                (m, lbl): fid
                for fid, m, lbl in conn.exec_driver_sql(
                    "SELECT id, member_id, period_label FROM member_period_facts WHERE member_id IN "
                    f"({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            }
        )
    now = utcnow()
    fresh = []
    for f in facts:
        values = {c: getattr(f, c) for c in _FACT_COLUMNS}
        fid = existing.get((f.member_id, f.period_label))
        if fid is None:
            fresh.append({**values, "updated_at": now, "updated_by": actor})
        else:
            session.execute(
                update(MemberFactRow).where(MemberFactRow.id == fid).values(**values, updated_at=now, updated_by=actor)
            )
    _insert_many(session, MemberFactRow.__table__, fresh)


def ticks_for_unit(session: Session, unit_code: str, label: str) -> dict[int, tuple]:
    """{member id: (residence_activity, training_registered, training_on, ebook_issued, ecard_issued)}
    in force in period ``label`` for every member of a unit with any fact recorded (CD-3.3 and 3.4 of
    that period, the book and card issued in it or earlier), worked out by SQLite in one query."""
    rows = (
        session.connection()
        .exec_driver_sql(
            "SELECT f.member_id, "
            "MAX(CASE WHEN f.period_label = ? THEN f.residence_activity ELSE 0 END), "
            "MAX(CASE WHEN f.period_label = ? THEN f.training_registered ELSE 0 END), "
            "MAX(CASE WHEN f.period_label = ? THEN f.training_on END), "
            "MAX(CASE WHEN f.period_label <= ? THEN f.ebook_issued ELSE 0 END), "
            "MAX(CASE WHEN f.period_label <= ? THEN f.ecard_issued ELSE 0 END) "
            "FROM member_period_facts f JOIN members m ON m.id = f.member_id "
            "WHERE m.unit_id = (SELECT id FROM units WHERE code = ?) GROUP BY f.member_id",
            (label, label, label, label, label, unit_code),
        )
        .fetchall()
    )
    days: dict = {None: None}
    out = {}
    for mid, res, trained, on, book, card in rows:
        d = days.get(on, days)
        if d is days:
            d = days[on] = on if isinstance(on, date) else date.fromisoformat(str(on)[:10])
        out[mid] = (bool(res), bool(trained), d, bool(book), bool(card))
    return out
