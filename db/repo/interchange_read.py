"""Reading the whole record of units for the data interchange (see interchange.py): every area's
rows as plain dicts, by unit, ordered by id so that an export is deterministic."""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.core import AttachmentRow, SettingRow
from db.models.cycle import (
    JudgementRow,
    LogParticipantRow,
    LogRow,
    RegistrationItemRow,
    RegistrationMemberRow,
    RegistrationRow,
)
from db.models.documents import DocumentCounterRow, DocumentRow, UnitSignerRow
from db.models.members import MemberFactRow, MemberGroupMemberRow, MemberGroupRow, MemberRow, MembershipEventRow
from db.models.recognition import (
    BranchAppraisalRow,
    BranchProposalItemRow,
    BranchProposalMemberRow,
    BranchProposalRow,
    BranchRecognitionRow,
    MemberAppraisalRow,
    MemberAssessmentItemRow,
    MemberAssessmentRow,
    MemberRecognitionRow,
    MemberVoteRow,
)
from db.models.volunteer import VolunteerActivityDateRow, VolunteerActivityRow, VolunteerParticipantRow
from db.repo.interchange_common import ACTIVITY_FIELDS, FACT_FIELDS, LOG_FIELDS, MEMBER_FIELDS, _chunks

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
    facts = _by_parent(
        session,
        MemberFactRow,
        MemberFactRow.member_id,
        MemberRow,
        uids,
        MemberFactRow.member_id,
        MemberFactRow.period_label,
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
    member_appraisals = _by_unit(session, MemberAppraisalRow, uids, MemberAppraisalRow.id)
    signers = _by_unit(session, UnitSignerRow, uids, UnitSignerRow.valid_from, UnitSignerRow.id)
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
        out["member_facts"] = [
            {"member_id": f["member_id"], "period_label": f["period_label"], **{k: f[k] for k in FACT_FIELDS}}
            for m in members.get(unit_id, ())
            for f in facts.get(m["id"], ())
        ]
        out["member_appraisals"] = [
            {
                "member_id": a["member_id"],
                "period_label": a["period_label"],
                "accepted": bool(a["accepted"]),
                "reason": a["reason"],
                "appraised_by": a["appraised_by"],
                "appraised_on": a["appraised_on"],
            }
            for a in member_appraisals.get(unit_id, ())
        ]
        out["signers"] = [
            {
                "valid_from": g["valid_from"],
                "on_behalf": g["on_behalf"],
                "title": g["title"],
                "full_name": g["full_name"],
                "created_by": g["created_by"],
            }
            for g in signers.get(unit_id, ())
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
