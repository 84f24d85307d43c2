"""Storage side of the data interchange (issue 5 item 6): read the whole record of one unit,
remove it, and write it back — across every area's tables (members, cycle, volunteer,
recognition, attachments, settings).

Rows go in and out as plain dicts keyed by column name, with database ids; the service
(desktop/services/exchange/interchange.py) turns them into the JSON document with file-local ids.
Reads are ordered by id so that an export is deterministic and an import (which inserts in
document order) exports again identically.
"""

from __future__ import annotations

import json
from collections import defaultdict
from contextlib import contextmanager
from datetime import date
from operator import itemgetter

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from db.models.core import AttachmentRow, SettingRow, UnitRow, utcnow
from db.models.cycle import (
    JudgementRow,
    LogParticipantRow,
    LogRow,
    RegistrationItemRow,
    RegistrationMemberRow,
    RegistrationRow,
)
from db.models.documents import DocumentCounterRow, DocumentRow
from db.models.members import MemberGroupMemberRow, MemberGroupRow, MemberRow, MembershipEventRow
from db.models.recognition import (
    BranchAppraisalRow,
    BranchProposalItemRow,
    BranchProposalMemberRow,
    BranchProposalRow,
    BranchRecognitionRow,
    MemberAssessmentItemRow,
    MemberAssessmentRow,
    MemberRecognitionRow,
    MemberVoteRow,
)
from db.models.volunteer import (
    VolunteerActivityDateRow,
    VolunteerActivityRow,
    VolunteerCreditRow,
    VolunteerParticipantRow,
)
from desktop.domain.members import name_key
from desktop.domain.volunteer import split_half_days

MEMBER_FIELDS = (
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
    "training_registered",
    "training_registered_on",
    "ebook_issued",
    "ecard_issued",
    "residence_activity",
    "notes",
)
LOG_FIELDS = (
    "kind",
    "on_date",
    "title",
    "description",
    "category",
    "channel",
    "member_id",
    "ref_no",
    "counterpart",
    "received_on",
    "link",
    "created_by",
)
ACTIVITY_FIELDS = (
    "name",
    "kind",
    "focus",
    "place",
    "level",
    "half_days",
    "first_day",
    "last_day",
    "guests",
    "confirmed_by",
    "notes",
    "created_by",
    "delete_reason",
)
_CHUNK = 500


def _chunks(items: list, n: int = _CHUNK):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _bulk(session: Session, model, rows: list[dict]) -> None:
    """Plain executemany (the ORM's bulk path is several times slower on big lists). When the
    rows give every column that has a Python-side default, straight through the driver with
    the columns' own bind processors (the values are stored exactly as through SQLAlchemy,
    without its per-row parameter building: a Đoàn cơ sở's year is a million participations)."""
    if not rows:
        return
    cols = list(rows[0])
    get = itemgetter(*cols)
    _bulk_tuples(session, model, cols, list(map(get, rows)) if len(cols) > 1 else [(get(r),) for r in rows])


def _bulk_tuples(session: Session, model, cols: list[str], rows: list[tuple]) -> None:
    """``_bulk`` of rows given as tuples of the values of ``cols``."""
    if not rows:
        return
    conn = session.connection()
    t = model.__table__
    dialect = conn.dialect
    if dialect.paramstyle != "qmark" or any(c.default is not None and c.name not in cols for c in t.c):
        conn.execute(t.insert(), [dict(zip(cols, r)) for r in rows])
        return
    quote = dialect.identifier_preparer.quote
    procs = [t.c[c].type._cached_bind_processor(dialect) for c in cols]
    sql = f"INSERT INTO {quote(t.name)} ({', '.join(quote(c) for c in cols)}) VALUES ({', '.join('?' * len(cols))})"
    conn.exec_driver_sql(sql, _converted(rows, procs) if any(procs) else rows)


def _converted(rows: list[tuple], procs: list) -> list[tuple]:
    """The rows as tuples of driver values, column by column at C speed: each distinct value of a
    column with a bind processor (dates, datetimes, JSON) is converted once, then looked up."""
    values = list(zip(*rows))
    for i, proc in enumerate(procs):
        if proc is None:
            continue
        col = values[i]
        if len(set(map(type, col)) - {type(None)}) > 1:  # 1 and True are one key: one by one
            values[i] = list(map(proc, col))
            continue
        try:
            cache = {v: proc(v) for v in set(col)}
        except TypeError:  # unhashable values (JSON): one by one
            values[i] = list(map(proc, col))
        else:
            values[i] = list(map(cache.__getitem__, col))
    return list(zip(*values))


_NEXT_IDS = "interchange_next_ids"


def _new_ids(session: Session, model, n: int) -> list[int]:
    """The ids SQLite would give the next ``n`` rows (one past the largest, the tables have no
    AUTOINCREMENT), so that rows go in by a plain executemany instead of a RETURNING per batch.
    Safe: the caller holds the write transaction, and nothing else writes meanwhile. Inside
    ``writing`` the largest id is read once per table (these tables are written only here)."""
    t = model.__table__
    known = session.info.get(_NEXT_IDS)
    start = known.get(t.name) if known is not None else None
    if start is None:
        session.flush()  # rows the ORM still holds count too
        start = session.connection().execute(select(func.max(t.c.id))).scalar() or 0
    if known is not None:
        known[t.name] = start + n
    return list(range(start + 1, start + n + 1))


@contextmanager
def writing(session: Session):
    """A run of ``insert_*`` calls of one import: ids are counted on from the first read."""
    session.info[_NEXT_IDS] = {}
    try:
        yield
    finally:
        session.info.pop(_NEXT_IDS, None)


def _cols(row, fields) -> dict:
    return {f: getattr(row, f) for f in fields}


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
    stored: set[str] = set()
    for chunk in _chunks(codes):
        stored.update(session.execute(select(UnitRow.code).where(UnitRow.code.in_(chunk))).scalars())
    out = {u["code"]: upsert_unit(session, u, is_self=is_self) for u, is_self in units if u["code"] in stored}
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


# ----------------------------------------------------------------------------- read one unit


def read_unit(session: Session, unit_id: int, code: str) -> dict:
    """Everything stored for one unit, as lists of plain dicts (ids are database ids)."""
    return read_units(session, [(unit_id, code)])[0]


def _pick(row: dict, fields) -> dict:
    return {f: row[f] for f in fields}


def _dicts(result) -> list[dict]:
    """Plain dicts (a Row's attribute access costs ~20× a dict's, on 15.000 members × 20 fields)."""
    keys = list(result.keys())
    return [dict(zip(keys, r)) for r in result]


class _Driver:
    """The transaction's own DBAPI connection: rows come back as plain tuples, without a
    SQLAlchemy Row per row (a Đoàn cơ sở's export reads ~400.000 rows)."""

    def __init__(self, conn):
        self._dbapi = conn.connection.driver_connection

    def exec_driver_sql(self, sql: str, params=()):
        return self._dbapi.execute(sql, params)


def _raw(session: Session):
    """The connection and dialect when plain driver SQL can be used (SQLite), else None."""
    conn = session.connection()
    return (_Driver(conn), conn.dialect) if conn.dialect.paramstyle == "qmark" else None


def _processors(dialect, columns) -> list:
    return [c.type._cached_result_processor(dialect, None) for c in columns]


def _convert(rows, procs) -> list[tuple]:
    """Driver rows with each column's result processor applied (dates, booleans …) — the values
    SQLAlchemy would give, without building a Row per row."""
    live = [(i, p) for i, p in enumerate(procs) if p is not None]
    if not live or not rows:
        return rows
    cols = list(zip(*rows))
    for i, p in live:  # column by column, each distinct value converted once
        col = cols[i]
        if len(set(map(type, col)) - {type(None)}) > 1:
            cols[i] = list(map(p, col))
        else:
            cache = {v: p(v) for v in set(col)}
            cols[i] = list(map(cache.__getitem__, col))
    return list(zip(*cols))


def _by_unit(session: Session, model, uids: list[int], *order) -> dict[int, list[dict]]:
    """Rows of ``model`` of the units ``uids`` (plain dicts, no ORM objects), grouped by unit,
    in ``order`` within each unit."""
    t = model.__table__
    out: dict[int, list[dict]] = defaultdict(list)
    raw = _raw(session)
    if raw is not None:
        conn, dialect = raw
        cols = list(t.c)
        names = [c.name for c in cols]
        procs = _processors(dialect, cols)
        order_sql = ", ".join(f"t.{o.key}" for o in order) or "t.rowid"
        for chunk in _chunks(uids):
            rows = conn.exec_driver_sql(
                f"SELECT {', '.join('t.' + n for n in names)} FROM {t.name} t "
                f"WHERE t.unit_id IN ({', '.join('?' * len(chunk))}) ORDER BY {order_sql}",
                tuple(chunk),
            ).fetchall()
            for r in _convert(rows, procs):
                d = dict(zip(names, r))
                out[d["unit_id"]].append(d)
        return out
    for chunk in _chunks(uids):
        for r in _dicts(session.execute(select(t).where(t.c.unit_id.in_(chunk)).order_by(*order))):
            out[r["unit_id"]].append(r)
    return out


def _by_parent(session: Session, model, fk, parent, uids: list[int], *order) -> dict[int, list[dict]]:
    """Rows of ``model`` whose ``fk`` points at a row of ``parent`` of the units ``uids``,
    grouped by that parent row's id, in ``order``."""
    t, pt = model.__table__, parent.__table__
    out: dict[int, list[dict]] = defaultdict(list)
    key = fk.key
    raw = _raw(session)
    if raw is not None:
        conn, dialect = raw
        cols = list(t.c)
        names = [c.name for c in cols]
        procs = _processors(dialect, cols)
        order_sql = ", ".join(f"t.{o.key}" for o in order) or "t.rowid"
        for chunk in _chunks(uids):
            rows = conn.exec_driver_sql(
                f"SELECT {', '.join('t.' + n for n in names)} FROM {t.name} t JOIN {pt.name} p ON p.id = t.{key} "
                f"WHERE p.unit_id IN ({', '.join('?' * len(chunk))}) ORDER BY {order_sql}",
                tuple(chunk),
            ).fetchall()
            for r in _convert(rows, procs):
                d = dict(zip(names, r))
                out[d[key]].append(d)
        return out
    for chunk in _chunks(uids):
        for r in _dicts(
            session.execute(select(t).join(pt, pt.c.id == fk).where(pt.c.unit_id.in_(chunk)).order_by(*order))
        ):
            out[r[key]].append(r)
    return out


def _links(session: Session, fk, value, parent, uids: list[int]) -> dict[int, list]:
    """``value`` of the link rows (participants, members of a group …) of the ``parent`` rows of
    the units ``uids``, grouped by the parent row's id, ordered by ``value``."""
    pt = parent.__table__
    out: dict[int, list] = defaultdict(list)
    raw = _raw(session)
    if raw is not None:
        conn, dialect = raw
        t = fk.property.columns[0].table
        proc = _processors(dialect, [value.property.columns[0]])[0]
        for chunk in _chunks(uids):
            rows = conn.exec_driver_sql(
                f"SELECT t.{fk.key}, t.{value.key} FROM {t.name} t JOIN {pt.name} p ON p.id = t.{fk.key} "
                f"WHERE p.unit_id IN ({', '.join('?' * len(chunk))}) ORDER BY t.{value.key}",
                tuple(chunk),
            )
            if proc is None:
                for pid, v in rows:
                    out[pid].append(v)
            else:
                for pid, v in rows:
                    out[pid].append(proc(v))
        return out
    for chunk in _chunks(uids):
        for pid, v in session.execute(
            select(fk, value).join(pt, pt.c.id == fk).where(pt.c.unit_id.in_(chunk)).order_by(value)
        ):
            out[pid].append(v)
    return out


_UNITS_AT_ONCE = 40  # memory stays flat: a branch's year is ~70 logs × 50 participants


def read_units(session: Session, units: list[tuple[int, str]]) -> list[dict]:
    """``read_unit`` of many units: each table is read in one query for a batch of units, as
    plain rows (a Đoàn cơ sở with 300 branches: ~200 queries instead of ~6.600)."""
    out: list[dict] = []
    for batch in _chunks(units, _UNITS_AT_ONCE):
        out.extend(_read_batch(session, batch))
    return out


def _read_batch(session: Session, units: list[tuple[int, str]]) -> list[dict]:
    uids = [uid for uid, _ in units]
    codes = [code for _, code in units]
    settings: dict[str, dict] = defaultdict(dict)
    for chunk in _chunks(codes):
        for r in session.execute(
            select(SettingRow.scope, SettingRow.key, SettingRow.value_json)
            .where(SettingRow.scope.in_(chunk))
            .order_by(SettingRow.key)
        ):
            settings[r.scope][r.key] = json.loads(r.value_json)
    members = _by_unit(session, MemberRow, uids, MemberRow.id)
    events = _by_parent(
        session,
        MembershipEventRow,
        MembershipEventRow.member_id,
        MemberRow,
        uids,
        MembershipEventRow.on_date,
        MembershipEventRow.id,
    )
    groups = _by_unit(session, MemberGroupRow, uids, MemberGroupRow.id)
    group_members = _links(session, MemberGroupMemberRow.group_id, MemberGroupMemberRow.member_id, MemberGroupRow, uids)
    regs = _by_unit(session, RegistrationRow, uids, RegistrationRow.id)
    reg_items = _by_parent(
        session, RegistrationItemRow, RegistrationItemRow.registration_id, RegistrationRow, uids, RegistrationItemRow.id
    )
    reg_members = _links(
        session, RegistrationMemberRow.registration_id, RegistrationMemberRow.member_id, RegistrationRow, uids
    )
    logs = _by_unit(session, LogRow, uids, LogRow.on_date, LogRow.id)
    log_parts = _links(session, LogParticipantRow.log_id, LogParticipantRow.member_id, LogRow, uids)
    judgements = _by_unit(session, JudgementRow, uids, JudgementRow.id)
    acts = _by_unit(session, VolunteerActivityRow, uids, VolunteerActivityRow.first_day, VolunteerActivityRow.id)
    act_dates = _links(
        session, VolunteerActivityDateRow.activity_id, VolunteerActivityDateRow.day, VolunteerActivityRow, uids
    )
    act_parts = _by_parent(
        session,
        VolunteerParticipantRow,
        VolunteerParticipantRow.activity_id,
        VolunteerActivityRow,
        uids,
        VolunteerParticipantRow.member_id,
    )
    assess = _by_unit(session, MemberAssessmentRow, uids, MemberAssessmentRow.id)
    assess_items = _by_parent(
        session, MemberAssessmentItemRow, MemberAssessmentItemRow.assessment_id, MemberAssessmentRow, uids
    )
    votes = _by_unit(session, MemberVoteRow, uids, MemberVoteRow.id)
    proposals = _by_unit(session, BranchProposalRow, uids, BranchProposalRow.id)
    prop_items = _by_parent(
        session,
        BranchProposalItemRow,
        BranchProposalItemRow.proposal_id,
        BranchProposalRow,
        uids,
        BranchProposalItemRow.criterion_id,
    )
    prop_members = _links(
        session, BranchProposalMemberRow.proposal_id, BranchProposalMemberRow.member_id, BranchProposalRow, uids
    )
    appraisals = _by_unit(session, BranchAppraisalRow, uids, BranchAppraisalRow.id)
    branch_recs = _by_unit(session, BranchRecognitionRow, uids, BranchRecognitionRow.id)
    member_recs = _by_unit(session, MemberRecognitionRow, uids, MemberRecognitionRow.id)
    documents = _by_unit(session, DocumentRow, uids, DocumentRow.year, DocumentRow.type_code, DocumentRow.number)
    counters = _by_unit(session, DocumentCounterRow, uids, DocumentCounterRow.year, DocumentCounterRow.type_code)
    attachments = _by_unit(session, AttachmentRow, uids, AttachmentRow.id)

    result = []
    for unit_id, code in units:
        out: dict = {}
        out["settings"] = settings.get(code, {})
        out["members"] = [
            {
                "id": m["id"],
                **_pick(m, MEMBER_FIELDS),
                "erased": m["erased_at"] is not None,
                "history": [
                    {"kind": e["kind"], "on_date": e["on_date"], "note": e["note"]} for e in events.get(m["id"], ())
                ],
            }
            for m in members.get(unit_id, ())
        ]
        out["member_groups"] = [
            {"name": g["name"], "members": group_members.get(g["id"], [])} for g in groups.get(unit_id, ())
        ]
        out["registrations"] = [
            {
                "campaign": r["campaign"],
                "period_label": r["period_label"],
                "version": r["version"],
                "status": r["status"],
                "deadline": r["deadline"],
                "submitted_on": r["submitted_on"],
                "submitted_by": r["submitted_by"],
                "late": bool(r["late"]),
                "note": r["note"],
                "created_by": r["created_by"],
                "items": [
                    {
                        "criterion_id": i["criterion_id"],
                        "planned_activities": i["planned_activities"],
                        "target_date": i["target_date"],
                        "responsible": i["responsible"],
                    }
                    for i in reg_items.get(r["id"], ())
                ],
                "members": reg_members.get(r["id"], []),
            }
            for r in regs.get(unit_id, ())
        ]
        out["logs"] = [
            {"id": lg["id"], **_pick(lg, LOG_FIELDS), "participants": log_parts.get(lg["id"], [])}
            for lg in logs.get(unit_id, ())
        ]
        out["judgements"] = [
            {
                "campaign": j["campaign"],
                "period_label": j["period_label"],
                "criterion_id": j["criterion_id"],
                "verdict": j["verdict"],
                "author": j["author"],
                "judged_on": j["judged_on"],
                "note": j["note"],
                "created_by": j["created_by"],
            }
            for j in judgements.get(unit_id, ())
        ]
        vols = []
        for a in acts.get(unit_id, ()):
            parts = act_parts.get(a["id"], ())
            vols.append(
                {
                    "id": a["id"],
                    **_pick(a, ACTIVITY_FIELDS),
                    "deleted": a["deleted_at"] is not None,
                    "dates": act_dates.get(a["id"], []),
                    "participants": [x["member_id"] for x in parts],
                    "overlap_confirmed": [x["member_id"] for x in parts if x["overlap_confirmed"]],
                }
            )
        out["volunteer_activities"] = vols
        out["member_assessments"] = [
            {
                "member_id": a["member_id"],
                "period_label": a["period_label"],
                "catalog_id": a["catalog_id"],
                "catalog_version": a["catalog_version"],
                "assessed_on": a["assessed_on"],
                "training_score": a["training_score"],
                "note": a["note"],
                "groups": dict(
                    sorted(
                        {
                            it["group_id"]: {"result": it["result"], "evidence": it["evidence"]}
                            for it in assess_items.get(a["id"], ())
                        }.items()
                    )
                ),
            }
            for a in assess.get(unit_id, ())
        ]
        out["member_votes"] = [
            {
                "member_id": v["member_id"],
                "period_label": v["period_label"],
                "meeting_date": v["meeting_date"],
                "votes_for": v["votes_for"],
                "votes_against": v["votes_against"],
                "votes_absent": v["votes_absent"],
                "note": v["note"],
            }
            for v in votes.get(unit_id, ())
        ]
        out["proposals"] = [
            {
                "campaign": p["campaign"],
                "period_label": p["period_label"],
                "self_assessment": p["self_assessment"],
                "proposes_recognition": bool(p["proposes_recognition"]),
                "status": p["status"],
                "submitted_on": p["submitted_on"],
                "document_number": p["document_number"],
                "items": {
                    i["criterion_id"]: {
                        "claim": i["claim"],
                        "comment": i["comment"],
                        "evaluated_status": i["evaluated_status"],
                        "evaluated_value": i["evaluated_value"],
                        "explanation": i["explanation"],
                    }
                    for i in prop_items.get(p["id"], ())
                },
                "members": prop_members.get(p["id"], []),
            }
            for p in proposals.get(unit_id, ())
        ]
        out["appraisals"] = [
            {
                "campaign": a["campaign"],
                "period_label": a["period_label"],
                "criterion_id": a["criterion_id"],
                "agree": bool(a["agree"]),
                "comment": a["comment"],
                "appraised_by": a["appraised_by"],
                "appraised_on": a["appraised_on"],
            }
            for a in appraisals.get(unit_id, ())
        ]
        out["branch_recognitions"] = [
            {
                "campaign": r["campaign"],
                "period_label": r["period_label"],
                "decision_number": r["decision_number"],
                "decision_date": r["decision_date"],
                "issuer_code": r["issuer_code"],
                "issuer_name": r["issuer_name"],
            }
            for r in branch_recs.get(unit_id, ())
        ]
        out["member_recognitions"] = [
            {
                "member_id": r["member_id"],
                "period_label": r["period_label"],
                "decision_number": r["decision_number"],
                "decision_date": r["decision_date"],
                "issuer_code": r["issuer_code"],
                "issuer_name": r["issuer_name"],
            }
            for r in member_recs.get(unit_id, ())
        ]
        out["documents"] = [
            {
                "year": d["year"],
                "type_code": d["type_code"],
                "number": d["number"],
                "kind": d["kind"],
                "period_label": d["period_label"],
                "subject_code": d["subject_code"],
                "issued_on": d["issued_on"],
                "title": d["title"],
                "created_by": d["created_by"],
                "print_count": d["print_count"],
            }
            for d in documents.get(unit_id, ())
        ]
        out["document_counters"] = [
            {"year": c["year"], "type_code": c["type_code"], "last_number": c["last_number"]}
            for c in counters.get(unit_id, ())
        ]
        out["attachments"] = [
            {
                "owner_kind": a["owner_kind"],
                "owner_id": a["owner_id"],
                "sha256": a["sha256"],
                "original_name": a["original_name"],
                "stored_name": a["stored_name"],
                "size": a["size"],
                "added_by": a["added_by"],
            }
            for a in attachments.get(unit_id, ())
        ]
        result.append(out)
    return result


# ----------------------------------------------------------------------------- replace one unit


# Rows of OTHER units that point at a member being replaced: kept across the replacement by
# re-pointing them at the re-imported member with the same identity.
def outside_links(session: Session, unit_ids: set[int]) -> dict:
    """References to the members of ``unit_ids`` from records of units not being replaced."""
    mids = list(session.execute(select(MemberRow.id).where(MemberRow.unit_id.in_(list(unit_ids)))).scalars())
    out = {
        "log_participants": [],
        "log_members": [],
        "vol_participants": [],
        "vol_credits": [],
        "group_members": [],
        "registration_members": [],
    }
    if not mids:
        return out
    for chunk in _chunks(mids):
        out["log_participants"] += [
            tuple(r)
            for r in session.execute(
                select(LogParticipantRow.log_id, LogParticipantRow.member_id)
                .join(LogRow, LogRow.id == LogParticipantRow.log_id)
                .where(LogParticipantRow.member_id.in_(chunk), LogRow.unit_id.not_in(list(unit_ids)))
            )
        ]
        out["log_members"] += [
            tuple(r)
            for r in session.execute(
                select(LogRow.id, LogRow.member_id).where(
                    LogRow.member_id.in_(chunk), LogRow.unit_id.not_in(list(unit_ids))
                )
            )
        ]
        out["vol_participants"] += [
            tuple(r)
            for r in session.execute(
                select(
                    VolunteerParticipantRow.activity_id,
                    VolunteerParticipantRow.member_id,
                    VolunteerParticipantRow.overlap_confirmed,
                )
                .join(VolunteerActivityRow, VolunteerActivityRow.id == VolunteerParticipantRow.activity_id)
                .where(
                    VolunteerParticipantRow.member_id.in_(chunk), VolunteerActivityRow.unit_id.not_in(list(unit_ids))
                )
            )
        ]
        out["vol_credits"] += [
            tuple(r)
            for r in session.execute(
                select(
                    VolunteerCreditRow.activity_id,
                    VolunteerCreditRow.member_id,
                    VolunteerCreditRow.day,
                    VolunteerCreditRow.half_days,
                )
                .join(VolunteerActivityRow, VolunteerActivityRow.id == VolunteerCreditRow.activity_id)
                .where(VolunteerCreditRow.member_id.in_(chunk), VolunteerActivityRow.unit_id.not_in(list(unit_ids)))
            )
        ]
        out["group_members"] += [
            tuple(r)
            for r in session.execute(
                select(MemberGroupMemberRow.group_id, MemberGroupMemberRow.member_id)
                .join(MemberGroupRow, MemberGroupRow.id == MemberGroupMemberRow.group_id)
                .where(MemberGroupMemberRow.member_id.in_(chunk), MemberGroupRow.unit_id.not_in(list(unit_ids)))
            )
        ]
        out["registration_members"] += [
            tuple(r)
            for r in session.execute(
                select(RegistrationMemberRow.registration_id, RegistrationMemberRow.member_id)
                .join(RegistrationRow, RegistrationRow.id == RegistrationMemberRow.registration_id)
                .where(RegistrationMemberRow.member_id.in_(chunk), RegistrationRow.unit_id.not_in(list(unit_ids)))
            )
        ]
    return out


def member_identities(session: Session, unit_ids: set[int]) -> dict[int, tuple]:
    """A member's identity for re-linking: (unit, card number) or (unit, name, date of birth)."""
    rows = session.execute(
        select(
            MemberRow.id, MemberRow.unit_id, MemberRow.union_card_no, MemberRow.name_key, MemberRow.date_of_birth
        ).where(MemberRow.unit_id.in_(list(unit_ids)))
    )
    return {mid: identity(uid, card, key, dob) for mid, uid, card, key, dob in rows}


def identity(unit_id: int, card: str | None, key: str, dob: date | None) -> tuple:
    return (unit_id, "card", card) if card else (unit_id, "name", key, dob)


def restore_links(session: Session, links: dict, remap: dict[int, int]) -> int:
    """Re-insert the outside references with the new member ids; returns how many were lost."""
    lost = 0

    def ok(mid):
        nonlocal lost
        if mid in remap:
            return True
        lost += 1
        return False

    rows = [{"log_id": lid, "member_id": remap[m]} for lid, m in links["log_participants"] if ok(m)]
    if rows:
        _bulk(session, LogParticipantRow, rows)
    for lid, m in links["log_members"]:
        if ok(m):
            session.execute(update(LogRow).where(LogRow.id == lid).values(member_id=remap[m]))
    rows = [
        {"activity_id": a, "member_id": remap[m], "overlap_confirmed": bool(c), "added_at": utcnow()}
        for a, m, c in links["vol_participants"]
        if ok(m)
    ]
    if rows:
        _bulk(session, VolunteerParticipantRow, rows)
    rows = [
        {"activity_id": a, "member_id": remap[m], "day": d, "half_days": h}
        for a, m, d, h in links["vol_credits"]
        if m in remap
    ]
    if rows:
        _bulk(session, VolunteerCreditRow, rows)
    rows = [{"group_id": g, "member_id": remap[m]} for g, m in links["group_members"] if ok(m)]
    if rows:
        _bulk(session, MemberGroupMemberRow, rows)
    rows = [{"registration_id": r, "member_id": remap[m]} for r, m in links["registration_members"] if ok(m)]
    if rows:
        _bulk(session, RegistrationMemberRow, rows)
    return lost


def purge_units(session: Session, units: dict[str, int]) -> None:
    """Remove every record of the units {code: id} (the unit rows themselves stay).

    Records first, members last and all together: deleting a member makes SQLite look for rows
    pointing at it in every child table, and some of those (log participants) are only indexed
    by their record, so they must already be gone or that lookup scans them once per member."""
    ids = list(units.values())
    # Core statements on the connection: the ORM's bulk delete would first look for each
    # table's rows among the objects it holds (none here: records are read as plain rows).
    conn = session.connection()
    for chunk in _chunks(ids):
        conn.execute(delete(AttachmentRow.__table__).where(AttachmentRow.__table__.c.unit_id.in_(chunk)))
        for model in (
            DocumentRow,
            DocumentCounterRow,
            BranchAppraisalRow,
            BranchProposalRow,
            BranchRecognitionRow,
            MemberVoteRow,
            MemberAssessmentRow,
            MemberRecognitionRow,
            JudgementRow,
            LogRow,
            RegistrationRow,
            VolunteerActivityRow,
            MemberGroupRow,
        ):
            conn.execute(delete(model.__table__).where(model.__table__.c.unit_id.in_(chunk)))
    for chunk in _chunks(ids):
        conn.execute(delete(MemberRow.__table__).where(MemberRow.__table__.c.unit_id.in_(chunk)))
    for chunk in _chunks(list(units)):
        conn.execute(delete(SettingRow.__table__).where(SettingRow.__table__.c.scope.in_(chunk)))


# ----------------------------------------------------------------------------- write one unit


def write_settings(session: Session, code: str, values: dict) -> None:
    now = utcnow()
    rows = [
        {"scope": code, "key": k, "value_json": json.dumps(v, ensure_ascii=False), "updated_at": now}
        for k, v in sorted(values.items())
    ]
    if rows:
        _bulk(session, SettingRow, rows)


def insert_members(session: Session, unit_id: int, members: list[dict], actor: str) -> list[int]:
    """Members with their history, in order; returns the new ids in the same order."""
    if not members:
        return []
    now = utcnow()
    params = [
        {
            **{f: m.get(f) for f in MEMBER_FIELDS},
            "name_key": name_key(m["full_name"]),
            "unit_id": unit_id,
            "erased_at": now if m.get("erased") else None,
            "created_at": now,
            "updated_at": now,
        }
        for m in members
    ]
    for p in params:
        for b in (
            "dob_year_only",
            "is_party_member",
            "training_registered",
            "ebook_issued",
            "ecard_issued",
            "residence_activity",
        ):
            p[b] = bool(p[b])
    ids = _new_ids(session, MemberRow, len(params))
    for mid, p in zip(ids, params):
        p["id"] = mid
    for chunk in _chunks(params, 5000):
        _bulk(session, MemberRow, chunk)
    events = [
        {
            "member_id": mid,
            "kind": e["kind"],
            "on_date": e["on_date"],
            "note": e.get("note"),
            "created_at": now,
            "created_by": actor,
        }
        for mid, m in zip(ids, members)
        for e in m["history"]
    ]
    for chunk in _chunks(events, 5000):
        _bulk(session, MembershipEventRow, chunk)
    return ids


def insert_groups(session: Session, unit_id: int, groups: list[dict]) -> None:
    for g in groups:
        row = MemberGroupRow(unit_id=unit_id, name=g["name"])
        session.add(row)
        session.flush()
        if g["members"]:
            session.execute(
                insert(MemberGroupMemberRow),
                [{"group_id": row.id, "member_id": m} for m in dict.fromkeys(g["members"])],
            )


def insert_registrations(session: Session, unit_id: int, regs: list[dict]) -> None:
    for r in regs:
        row = RegistrationRow(
            unit_id=unit_id,
            campaign=r["campaign"],
            period_label=r["period_label"],
            version=r["version"],
            status=r["status"],
            deadline=r.get("deadline"),
            submitted_on=r.get("submitted_on"),
            submitted_by=r.get("submitted_by"),
            late=bool(r.get("late")),
            note=r.get("note"),
            created_by=r.get("created_by") or "",
        )
        session.add(row)
        session.flush()
        for it in r["items"]:
            session.add(
                RegistrationItemRow(
                    registration_id=row.id,
                    criterion_id=it["criterion_id"],
                    planned_activities=it.get("planned_activities") or "",
                    target_date=it.get("target_date"),
                    responsible=it.get("responsible") or "",
                )
            )
        if r["members"]:
            session.execute(
                insert(RegistrationMemberRow),
                [{"registration_id": row.id, "member_id": m} for m in dict.fromkeys(r["members"])],
            )
    session.flush()


def insert_logs(session: Session, unit_id: int, logs: list[dict]) -> list[int]:
    now = utcnow()
    ids = _new_ids(session, LogRow, len(logs))
    params = [
        {
            **{f: lg.get(f) for f in LOG_FIELDS},
            "created_by": lg.get("created_by") or "",
            "id": lid,
            "unit_id": unit_id,
            "created_at": now,
            "updated_at": now,
        }
        for lid, lg in zip(ids, logs)
    ]
    for chunk in _chunks(params, 5000):
        _bulk(session, LogRow, chunk)
    parts = [(lid, m) for lid, lg in zip(ids, logs) for m in dict.fromkeys(lg["participants"])]
    for chunk in _chunks(parts, 5000):
        _bulk_tuples(session, LogParticipantRow, ["log_id", "member_id"], chunk)
    return ids


def insert_judgements(session: Session, unit_id: int, items: list[dict]) -> None:
    if items:
        _bulk(
            session,
            JudgementRow,
            [
                {
                    "unit_id": unit_id,
                    "campaign": j["campaign"],
                    "period_label": j["period_label"],
                    "criterion_id": j["criterion_id"],
                    "verdict": j["verdict"],
                    "author": j["author"],
                    "judged_on": j["judged_on"],
                    "note": j.get("note"),
                    "created_by": j.get("created_by") or "",
                    "created_at": utcnow(),
                }
                for j in items
            ],
        )


def insert_activities(session: Session, unit_id: int, acts: list[dict]) -> list[int]:
    """Volunteer activities with dates, participants and the derived credits (as the volunteer
    area writes them: the half days spread over the dates, at most one day per date)."""
    now = utcnow()
    ids = _new_ids(session, VolunteerActivityRow, len(acts))
    rows, days, participants, credits = [], [], [], []
    for aid, a in zip(ids, acts):
        dates = sorted(set(a["dates"]))
        rows.append(
            {
                "id": aid,
                "unit_id": unit_id,
                "name": a["name"],
                "kind": a["kind"],
                "focus": a.get("focus"),
                "place": a.get("place"),
                "level": a.get("level") or "chi-doan",
                "half_days": a["half_days"],
                "first_day": dates[0],
                "last_day": dates[-1],
                "guests": a.get("guests") or 0,
                "confirmed_by": a.get("confirmed_by"),
                "notes": a.get("notes"),
                "created_by": a.get("created_by") or "",
                "updated_by": a.get("created_by") or "",
                "deleted_at": now if a.get("deleted") else None,
                "deleted_by": (a.get("created_by") or "") if a.get("deleted") else None,
                "delete_reason": a.get("delete_reason"),
                "created_at": now,
                "updated_at": now,
            }
        )
        days.extend({"activity_id": aid, "day": d} for d in dates)
        confirmed = set(a.get("overlap_confirmed") or ())
        parts = list(dict.fromkeys(a["participants"]))
        participants.extend(
            {"activity_id": aid, "member_id": m, "overlap_confirmed": m in confirmed, "added_at": now} for m in parts
        )
        if parts and not a.get("deleted"):
            shares = list(zip(dates, split_half_days(a["half_days"], len(dates))))
            credits.extend(
                {"activity_id": aid, "member_id": m, "day": d, "half_days": h} for m in parts for d, h in shares
            )
    for model, items in (
        (VolunteerActivityRow, rows),
        (VolunteerActivityDateRow, days),
        (VolunteerParticipantRow, participants),
        (VolunteerCreditRow, credits),
    ):
        for chunk in _chunks(items, 5000):
            _bulk(session, model, chunk)
    return ids


def insert_recognition(session: Session, unit_id: int, rec: dict) -> None:
    now = utcnow()
    assess = rec["member_assessments"]
    if assess:
        ids = [
            r[0]
            for r in session.execute(
                insert(MemberAssessmentRow).returning(MemberAssessmentRow.id, sort_by_parameter_order=True),
                [
                    {
                        "unit_id": unit_id,
                        "member_id": a["member_id"],
                        "period_label": a["period_label"],
                        "catalog_id": a["catalog_id"],
                        "catalog_version": a["catalog_version"],
                        "assessed_on": a.get("assessed_on"),
                        "training_score": a.get("training_score"),
                        "note": a.get("note"),
                        "updated_at": now,
                    }
                    for a in assess
                ],
            )
        ]
        items = [
            {"assessment_id": aid, "group_id": gid, "result": it["result"], "evidence": it.get("evidence") or ""}
            for aid, a in zip(ids, assess)
            for gid, it in sorted(a["groups"].items())
        ]
        if items:
            _bulk(session, MemberAssessmentItemRow, items)
    if rec["member_votes"]:
        _bulk(
            session,
            MemberVoteRow,
            [
                {
                    "unit_id": unit_id,
                    "member_id": v["member_id"],
                    "period_label": v["period_label"],
                    "meeting_date": v["meeting_date"],
                    "votes_for": v["votes_for"],
                    "votes_against": v["votes_against"],
                    "votes_absent": v["votes_absent"],
                    "note": v.get("note"),
                }
                for v in rec["member_votes"]
            ],
        )
    for p in rec["proposals"]:
        row = BranchProposalRow(
            unit_id=unit_id,
            campaign=p["campaign"],
            period_label=p["period_label"],
            self_assessment=p.get("self_assessment") or "",
            proposes_recognition=bool(p.get("proposes_recognition")),
            status=p["status"],
            submitted_on=p.get("submitted_on"),
            document_number=p.get("document_number") or "",
        )
        session.add(row)
        session.flush()
        if p["items"]:
            _bulk(
                session,
                BranchProposalItemRow,
                [
                    {
                        "proposal_id": row.id,
                        "criterion_id": cid,
                        "claim": it["claim"],
                        "comment": it.get("comment") or "",
                        "evaluated_status": it.get("evaluated_status") or "",
                        "evaluated_value": it.get("evaluated_value") or "",
                        "explanation": it.get("explanation") or "",
                    }
                    for cid, it in sorted(p["items"].items())
                ],
            )
        if p["members"]:
            session.execute(
                insert(BranchProposalMemberRow),
                [{"proposal_id": row.id, "member_id": m} for m in sorted(set(p["members"]))],
            )
    if rec["appraisals"]:
        _bulk(
            session,
            BranchAppraisalRow,
            [
                {
                    "unit_id": unit_id,
                    "campaign": a["campaign"],
                    "period_label": a["period_label"],
                    "criterion_id": a["criterion_id"],
                    "agree": bool(a["agree"]),
                    "comment": a.get("comment") or "",
                    "appraised_by": a.get("appraised_by") or "",
                    "appraised_on": a.get("appraised_on"),
                }
                for a in rec["appraisals"]
            ],
        )
    if rec["branch_recognitions"]:
        _bulk(
            session,
            BranchRecognitionRow,
            [
                {
                    "unit_id": unit_id,
                    "campaign": r["campaign"],
                    "period_label": r["period_label"],
                    "decision_number": r.get("decision_number") or "",
                    "decision_date": r.get("decision_date"),
                    "issuer_code": r.get("issuer_code"),
                    "issuer_name": r.get("issuer_name") or "",
                    "created_at": now,
                }
                for r in rec["branch_recognitions"]
            ],
        )
    if rec["member_recognitions"]:
        # (member, period) is unique across the whole file (checked by the service).
        _bulk(
            session,
            MemberRecognitionRow,
            [
                {
                    "unit_id": unit_id,
                    "member_id": r["member_id"],
                    "period_label": r["period_label"],
                    "decision_number": r.get("decision_number") or "",
                    "decision_date": r.get("decision_date"),
                    "issuer_code": r.get("issuer_code"),
                    "issuer_name": r.get("issuer_name") or "",
                    "created_at": now,
                }
                for r in rec["member_recognitions"]
            ],
        )


def insert_attachments(session: Session, unit_id: int, items: list[dict]) -> None:
    seen = set()
    for a in items:
        key = (a["owner_kind"], a["owner_id"], a["sha256"])
        if key in seen:
            continue
        seen.add(key)
        session.add(
            AttachmentRow(
                unit_id=unit_id,
                owner_kind=a["owner_kind"],
                owner_id=a["owner_id"],
                sha256=a["sha256"],
                original_name=a["original_name"],
                stored_name=a["stored_name"],
                size=a["size"],
                added_by=a.get("added_by") or "",
            )
        )
    session.flush()


def insert_documents(session: Session, unit_id: int, documents: list[dict], counters: list[dict]) -> None:
    """The document register and its counters (numbers already given are never given again)."""
    if documents:
        _bulk(
            session,
            DocumentRow,
            [
                {
                    "unit_id": unit_id,
                    "year": d["year"],
                    "type_code": d["type_code"],
                    "number": d["number"],
                    "kind": d["kind"],
                    "period_label": d["period_label"],
                    "subject_code": d.get("subject_code") or "",
                    "issued_on": d["issued_on"],
                    "title": d.get("title") or "",
                    "created_by": d.get("created_by") or "",
                    "print_count": d.get("print_count") or 0,
                    "created_at": utcnow(),
                }
                for d in documents
            ],
        )
    if counters:
        _bulk(
            session,
            DocumentCounterRow,
            [
                {"unit_id": unit_id, "year": c["year"], "type_code": c["type_code"], "last_number": c["last_number"]}
                for c in counters
            ],
        )
