"""Storage side of the data interchange (issue 5 item 6): read the whole record of one unit,
remove it, and write it back — across every area's tables (members, cycle, volunteer,
recognition, attachments, settings).

Rows go in and out as plain dicts keyed by column name, with database ids; the service
(desktop/services/exchange/interchange.py) turns them into the JSON document with file-local ids.
Reads are ordered by id so that an export is deterministic and an import (which inserts in
document order) exports again identically.

This module holds the units; its parts: interchange_common.py (columns, bulk inserts, the writing
session), interchange_read.py, interchange_purge.py (replacing a unit) and interchange_write.py.
"""

from __future__ import annotations


from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from db.models.core import UnitRow, utcnow
from db.models.cycle import LogRow
from db.repo.interchange_common import _chunks

# ----------------------------------------------------------------------------- units


def unit_row(session: Session, code: str) -> dict | None:
    r = session.execute(select(UnitRow).where(UnitRow.code == code)).scalar_one_or_none()
    if r is None:
        return None
    return {
        "id": r.id,
        "code": r.code,
        "name": r.name,
        "kind": r.kind,
        "branch_type": r.branch_type,
        "grade": r.grade,
        "all_party_members": bool(r.all_party_members),
        "parent_code": r.parent_code,
        "is_self": bool(r.is_self),
    }


def subtree_rows(session: Session, code: str) -> list[dict]:
    """The unit ``code`` and, depth first, every unit below it (children ordered by code), as
    ``unit_row`` gives one: read level by level, not the whole table (a branch among 8.000)."""
    t = UnitRow.__table__
    cols = (t.c.id, t.c.code, t.c.name, t.c.kind, t.c.branch_type, t.c.grade, t.c.all_party_members, t.c.parent_code)
    sel = select(*cols, t.c.is_self)

    def row(r) -> dict:
        d = dict(r._mapping)
        d["all_party_members"], d["is_self"] = bool(d["all_party_members"]), bool(d["is_self"])
        return d

    root = session.execute(sel.where(t.c.code == code)).first()
    if root is None:
        return []
    children: dict[str, list[dict]] = {}
    seen, level = {code}, [code]
    while level:
        found = []
        for chunk in _chunks(level):
            found += session.execute(sel.where(t.c.parent_code.in_(chunk)).order_by(t.c.code)).all()
        level = []
        for r in found:
            if r.code not in seen:
                seen.add(r.code)
                children.setdefault(r.parent_code, []).append(row(r))
                level.append(r.code)
    out: list[dict] = []

    def walk(u: dict) -> None:
        out.append(u)
        for child in children.get(u["code"], ()):
            walk(child)

    walk(row(root))
    return out


def is_below(session: Session, code: str, ancestor: str) -> bool:
    """Whether unit ``code`` stands somewhere under ``ancestor`` (its parents read upwards, a
    few rows, instead of the whole tree)."""
    seen = {code}
    while True:
        parent = session.execute(select(UnitRow.parent_code).where(UnitRow.code == code)).scalar_one_or_none()
        if parent is None or parent in seen:
            return False
        if parent == ancestor:
            return True
        seen.add(parent)
        code = parent


def child_codes(session: Session, parent_code: str) -> list[str]:
    return list(
        session.execute(select(UnitRow.code).where(UnitRow.parent_code == parent_code).order_by(UnitRow.code)).scalars()
    )


def unit_count(session: Session) -> int:
    return len(session.execute(select(UnitRow.id)).all())


def stored_outline(session: Session, code: str) -> tuple | None:
    """What an export of the unit ``code`` surely shows of its members and logs, in the export's
    order (members by id, logs by date then id): the members' names, each log's (date as ISO
    text, kind, title), and the number of volunteer activities; read in three light queries.
    None when the unit is not stored or has units below it (their export holds theirs too)."""
    uid = session.execute(select(UnitRow.id).where(UnitRow.code == code)).scalar_one_or_none()
    if uid is None or session.execute(select(UnitRow.id).where(UnitRow.parent_code == code).limit(1)).first():
        return None
    conn = session.connection()
    on_date = LogRow.__table__.c.on_date
    day = on_date.type._cached_result_processor(conn.dialect, None) or (lambda v: v)
    uid = int(uid)  # the database's own integer, in the text: no bound parameter, any dialect
    names = [n for (n,) in conn.exec_driver_sql(f"SELECT full_name FROM members WHERE unit_id = {uid} ORDER BY id")]
    logs = [
        (day(d).isoformat(), kind, title)
        for d, kind, title in conn.exec_driver_sql(
            f"SELECT on_date, kind, title FROM cycle_logs WHERE unit_id = {uid} ORDER BY on_date, id"
        )
    ]
    (acts,) = conn.exec_driver_sql(f"SELECT count(*) FROM volunteer_activities WHERE unit_id = {uid}").one()
    return names, logs, acts


def stored_unit_ids(session: Session, codes: list[str]) -> dict[str, int]:
    """{code: id} of the units of ``codes`` stored here."""
    out: dict[str, int] = {}
    for chunk in _chunks(codes):
        out.update(session.execute(select(UnitRow.code, UnitRow.id).where(UnitRow.code.in_(chunk))).all())
    return out


def upsert_units(session: Session, units: list[tuple[dict, bool]]) -> dict[str, int]:
    """``upsert_unit`` of each (unit, is_self), in order; {code: id}. The units not stored yet
    go in with one statement (a Đoàn cơ sở's 300 branches)."""
    codes = [u["code"] for u, _ in units]
    t = UnitRow.__table__
    cols = ("name", "kind", "branch_type", "grade", "all_party_members", "parent_code", "is_self")
    stored: dict[str, tuple] = {}
    for chunk in _chunks(codes):
        sel = select(t.c.code, t.c.id, *(t.c[c] for c in cols)).where(t.c.code.in_(chunk))
        stored.update((r[0], tuple(r[1:])) for r in session.execute(sel))
    out: dict[str, int] = {}
    for u, is_self in units:
        if u["code"] not in stored:
            continue
        # What ``upsert_unit`` would set, written only where it differs (as the ORM would), by an
        # ORM UPDATE that also refreshes a unit object this session holds.
        uid, *now = stored[u["code"]]
        want = (u["name"], u["kind"], u.get("branch_type"), u.get("grade"), bool(u.get("all_party_members")))
        want += (u.get("parent_code"), True if is_self else bool(now[-1]))
        changed = {c: w for c, w, v in zip(cols, want, now) if w != v}
        if changed:
            session.execute(update(UnitRow).where(UnitRow.id == uid).values(**changed))
        out[u["code"]] = uid
    now = utcnow()
    fresh = [
        {
            "code": u["code"],
            "name": u["name"],
            "kind": u["kind"],
            "branch_type": u.get("branch_type"),
            "grade": u.get("grade"),
            "all_party_members": bool(u.get("all_party_members")),
            "parent_code": u.get("parent_code"),
            "is_self": is_self,
            "created_at": now,
            "updated_at": now,
        }
        for u, is_self in units
        if u["code"] not in stored
    ]
    if fresh:
        session.flush()
        session.execute(insert(UnitRow), fresh)
        for chunk in _chunks([f["code"] for f in fresh]):
            out.update(session.execute(select(UnitRow.code, UnitRow.id).where(UnitRow.code.in_(chunk))).all())
    return out


def upsert_unit(session: Session, u: dict, *, is_self: bool) -> int:
    row = session.execute(select(UnitRow).where(UnitRow.code == u["code"])).scalar_one_or_none()
    if row is None:
        row = UnitRow(code=u["code"], is_self=is_self)
        session.add(row)
    elif is_self:
        row.is_self = True
    row.name, row.kind, row.branch_type = u["name"], u["kind"], u.get("branch_type")
    row.grade, row.all_party_members, row.parent_code = (
        u.get("grade"),
        bool(u.get("all_party_members")),
        u.get("parent_code"),
    )
    session.flush()
    return row.id


# The storage side's names, defined in its parts, reached through this module.
from db.repo.interchange_common import ACTIVITY_FIELDS, LOG_FIELDS, MEMBER_FIELDS, writing  # noqa: E402, F401
from db.repo.interchange_read import read_unit, read_units  # noqa: E402, F401
from db.repo.interchange_purge import (  # noqa: E402, F401
    identity,
    kept_rows,
    member_identities,
    outside_links,
    purge_units,
    restore_kept,
    restore_links,
)
from db.repo.interchange_write import (  # noqa: E402, F401
    add_signers,
    insert_activities,
    insert_attachments,
    insert_documents,
    insert_groups,
    insert_judgements,
    insert_logs,
    insert_member_appraisals,
    insert_member_facts,
    insert_members,
    insert_recognition,
    insert_registrations,
    write_settings,
)
