"""The members who may be one person with some others (issue 18), looked up by what tells a
person through indexes (issue 23 item 7): a Đoàn cơ sở taking in one branch's record reads the
few members sharing a card number or a date of birth with that branch's members, not its 15,000.
The rule itself is desktop/domain/identity.py; the search to its end, desktop/services/membership/identity.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy.orm import Session

from db.models.members import ODD_CARD
from db.repo.member_rows import _FIELDS
from db.repo.members import _Days, _fast_member
from desktop.domain.members import ENTERING, Member

_CHUNK = 500


def supported(session: Session) -> bool:
    """The indexes of these look-ups are SQLite's (migration 0025)."""
    return session.get_bind().dialect.name == "sqlite"


def by_identity_keys(session: Session, cards: Iterable[str], dobs: Iterable[date]) -> list[Member]:
    """Every member whose card number, trimmed and upper-cased, is one of ``cards`` (given as
    desktop/domain/identity.py compares them), or born on one of ``dobs``; and every member whose card
    number holds anything but printable ASCII, which only Python compares right. The caller
    compares exactly; the unit is in ``Member.unit_code``."""
    conn = session.connection()
    ids: set[int] = set()
    for column, values in (
        ("upper(trim(union_card_no))", list(cards)),
        ("date_of_birth", [d.isoformat() for d in dobs]),
    ):
        for i in range(0, len(values), _CHUNK):
            chunk = values[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            ids.update(
                r[0] for r in conn.exec_driver_sql(f"SELECT id FROM members WHERE {column} IN ({marks})", tuple(chunk))
            )
    ids.update(r[0] for r in conn.exec_driver_sql(f"SELECT id FROM members WHERE {ODD_CARD}"))
    return members_by_ids(session, ids)


def members_by_ids(session: Session, member_ids: Iterable[int]) -> list[Member]:
    """The members ``member_ids``, by id; the unit is in ``Member.unit_code``."""
    conn = session.connection()
    cols = ", ".join(f"m.{f}" for f in _FIELDS)
    out: list[Member] = []
    day, wanted = _Days(), sorted(set(member_ids))
    for i in range(0, len(wanted), _CHUNK):
        chunk = tuple(wanted[i : i + _CHUNK])
        marks = ", ".join("?" * len(chunk))
        for code, *row in conn.exec_driver_sql(
            f"SELECT u.code, {cols} FROM members m JOIN units u ON u.id = m.unit_id WHERE m.id IN ({marks})", chunk
        ):
            out.append(_fast_member(code, row, day))
    out.sort(key=lambda m: m.id)
    return out


def identity_rows(session: Session, unit_codes: Iterable[str]) -> list[tuple]:
    """(id, card number, full name, date of birth as stored, year only) of every member of the
    units ``unit_codes``: what tells a person, without the rest of the member. Read straight from
    SQLite's cursor (the rows of a Đoàn cơ sở's 15,000 members: 0.10 → 0.02 s)."""
    codes = list(dict.fromkeys(unit_codes))
    raw = session.connection().connection.driver_connection
    out: list[tuple] = []
    for i in range(0, len(codes), _CHUNK):
        chunk = tuple(codes[i : i + _CHUNK])
        marks = ", ".join("?" * len(chunk))
        out += raw.execute(
            "SELECT m.id, m.union_card_no, m.full_name, m.date_of_birth, m.dob_year_only "
            f"FROM members m JOIN units u ON u.id = m.unit_id WHERE u.code IN ({marks})",
            chunk,
        ).fetchall()
    return out


def active_ids(session: Session, member_ids: Iterable[int], d: date) -> set[int]:
    """Which of ``member_ids`` are active on ``d``: their last membership event on or before it
    brought them in (the rule of db/repo/members.active_on)."""
    ids = sorted(set(member_ids))
    conn = session.connection()
    last: dict[int, str] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = tuple(ids[i : i + _CHUNK])
        marks = ", ".join("?" * len(chunk))
        for member_id, kind in conn.exec_driver_sql(
            f"SELECT member_id, kind FROM membership_events WHERE member_id IN ({marks}) AND on_date <= ? "
            "ORDER BY on_date, id",
            (*chunk, d.isoformat()),
        ):
            last[member_id] = kind
    return {mid for mid, kind in last.items() if kind in ENTERING}


def unit_tree(session: Session) -> list[tuple[str, str, str, str | None]]:
    """(code, name, kind, parent_code) of every unit by code (as units.list_all), plain rows: where each unit's
    Đoàn cơ sở and branches are, read after each branch record a Đoàn cơ sở takes in."""
    return [
        tuple(r)
        for r in session.connection().exec_driver_sql("SELECT code, name, kind, parent_code FROM units ORDER BY code")
    ]
