"""Writing a unit's records back for the data interchange (see interchange.py): settings,
members, groups, logs, volunteer activities, recognition, attachments and documents."""

from __future__ import annotations

import json

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models.core import AttachmentRow, SettingRow, utcnow
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
from db.models.volunteer import (
    VolunteerActivityDateRow,
    VolunteerActivityRow,
    VolunteerCreditRow,
    VolunteerParticipantRow,
)
from desktop.domain.members import name_key
from desktop.domain.volunteer import split_half_days
from db.repo.interchange_common import LOG_FIELDS, MEMBER_FIELDS, _bulk, _bulk_pairs, _bulk_tuples, _chunks, _new_ids

# ----------------------------------------------------------------------------- write one unit


def write_settings(session: Session, code: str, values: dict) -> None:
    now = utcnow()
    rows = [
        {"scope": code, "key": k, "value_json": json.dumps(v, ensure_ascii=False), "updated_at": now}
        for k, v in sorted(values.items())
    ]
    if rows:
        _bulk(session, SettingRow, rows)


_BOOLS = (
    "dob_year_only",
    "is_party_member",
    "training_registered",
    "ebook_issued",
    "ecard_issued",
    "residence_activity",
)
_BOOL_AT = [MEMBER_FIELDS.index(f) for f in _BOOLS]


def insert_members(session: Session, unit_id: int, members: list[dict], actor: str) -> list[int]:
    """Members with their history, in order; returns the new ids in the same order."""
    if not members:
        return []
    now = utcnow()
    ids = _new_ids(session, MemberRow, len(members))
    rows = []
    for mid, m in zip(ids, members):
        values = list(map(m.get, MEMBER_FIELDS))
        for i in _BOOL_AT:
            values[i] = bool(values[i])
        values += (name_key(m["full_name"]), unit_id, now if m.get("erased") else None, now, now, mid)
        rows.append(values)
    cols = [*MEMBER_FIELDS, "name_key", "unit_id", "erased_at", "created_at", "updated_at", "id"]
    for chunk in _chunks(rows, 5000):
        _bulk_tuples(session, MemberRow, cols, chunk)
    events = [
        (mid, e["kind"], e["on_date"], e.get("note"), now, actor) for mid, m in zip(ids, members) for e in m["history"]
    ]
    cols = ["member_id", "kind", "on_date", "note", "created_at", "created_by"]
    for chunk in _chunks(events, 5000):
        _bulk_tuples(session, MembershipEventRow, cols, chunk)
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
    fields = [f for f in LOG_FIELDS if f != "created_by"]
    rows = [(*map(lg.get, fields), lg.get("created_by") or "", lid, unit_id, now, now) for lid, lg in zip(ids, logs)]
    cols = [*fields, "created_by", "id", "unit_id", "created_at", "updated_at"]
    for chunk in _chunks(rows, 5000):
        _bulk_tuples(session, LogRow, cols, chunk)
    groups = [(lid, list(dict.fromkeys(lg["participants"]))) for lid, lg in zip(ids, logs)]
    _bulk_pairs(session, LogParticipantRow, ("log_id", "member_id"), groups)
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
        participants.extend((aid, m, m in confirmed, now) for m in parts)
        if parts and not a.get("deleted"):
            shares = list(zip(dates, split_half_days(a["half_days"], len(dates))))
            credits.extend((aid, m, d, h) for m in parts for d, h in shares)
    for model, items in ((VolunteerActivityRow, rows), (VolunteerActivityDateRow, days)):
        for chunk in _chunks(items, 5000):
            _bulk(session, model, chunk)
    # as tuples: a Đoàn cơ sở's year holds 30,000 participants and 75,000 days credited
    for model, cols, items in (
        (VolunteerParticipantRow, ["activity_id", "member_id", "overlap_confirmed", "added_at"], participants),
        (VolunteerCreditRow, ["activity_id", "member_id", "day", "half_days"], credits),
    ):
        for chunk in _chunks(items, 5000):
            _bulk_tuples(session, model, cols, chunk)
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


def insert_member_appraisals(session: Session, unit_id: int, items: list[dict]) -> None:
    """The Đoàn cơ sở's appraisals of the unit's members the file gives (their members were just
    written: nothing of theirs is stored yet)."""
    if items:
        _bulk(session, MemberAppraisalRow, [{**a, "unit_id": unit_id} for a in items])


def add_signers(session: Session, unit_id: int, items: list[dict]) -> None:
    """The file's signers the unit does not have yet (the unit row, and its signers, stay across
    an import: a signer recorded here since is kept, one the file repeats is not doubled)."""
    if not items:
        return
    t = UnitSignerRow.__table__
    there = {
        tuple(r)
        for r in session.execute(
            select(t.c.valid_from, t.c.on_behalf, t.c.title, t.c.full_name).where(t.c.unit_id == unit_id)
        )
    }
    now = utcnow()
    fresh = [
        {**g, "unit_id": unit_id, "created_at": now}
        for g in items
        if (g["valid_from"], g["on_behalf"], g["title"], g["full_name"]) not in there
    ]
    if fresh:
        session.connection().execute(t.insert(), fresh)


def insert_member_facts(session: Session, items: list[dict], actor: str) -> None:
    """The members' facts of each period the file gives (their members were just written)."""
    if items:
        now = utcnow()
        _bulk(session, MemberFactRow, [{**f, "updated_at": now, "updated_by": actor} for f in items])
