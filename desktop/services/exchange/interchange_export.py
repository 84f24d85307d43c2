"""Writing a unit's whole record as ONE unit-data document (see interchange.py): the export
read from the database, rendered in the file's form, and written to a file; and what surely
tells an export from what a plan writes (``_differs_surely``)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from db.repo import interchange as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.services.context import AppContext
from desktop.services.membership import bulk_objects
from desktop.services.exchange.interchange_read import FORMAT, OWNER_NAMES, VERSION, _Plan

# ============================================================================= export


def _d(v: date | None) -> str | None:
    return v.isoformat() if v is not None else None


def _put(out: dict, key: str, value) -> None:
    """Optional fields are written only when they carry something (a hand-written file may omit them)."""
    if value is None or value is False or value == "" or value == [] or value == {}:
        return
    out[key] = value


def _num(x: float):
    return int(x) if float(x).is_integer() else float(x)


class _Refs:
    def __init__(self):
        self.member: dict[int, str] = {}
        self.log: dict[int, str] = {}
        self.activity: dict[int, str] = {}

    def add(self, table: dict, prefix: str, db_id: int) -> str:
        ref = f"{prefix}{len(table) + 1}"
        table[db_id] = ref
        return ref


def _collect(s, code: str, out: list) -> None:
    """The unit and, depth first, the units below it (a Đoàn cơ sở and its branches), each
    with its records (read for all of them at once)."""
    rows = repo.subtree_rows(s, code)
    out.extend(zip(rows, repo.read_units(s, [(u["id"], u["code"]) for u in rows])))


def export_in_session(s, unit_code: str) -> dict:
    units: list = []
    _collect(s, unit_code, units)
    if not units:
        raise DomainError(f"Không có đơn vị “{unit_code}” trong dữ liệu của máy này.", field="unit")
    refs = _Refs()
    for _u, data in units:  # member refs first: records may point at members of another unit
        for m in data["members"]:
            refs.add(refs.member, "m", m["id"])
    for _u, data in units:
        for lg in data["logs"]:
            refs.add(refs.log, "l", lg["id"])
        for a in data["volunteer_activities"]:
            refs.add(refs.activity, "v", a["id"])
    records = [_render_unit(u, data, refs) for u, data in units]
    by_code = {r["unit"]["code"]: r for r in records}
    for r in records[1:]:
        by_code[r["unit"]["parent_code"]].setdefault("branches", []).append(r)
    root = records[0]
    return {"format": FORMAT, "version": VERSION, **root}


def _mref(refs: _Refs, ids) -> list[str]:
    out = list(map(refs.member.get, ids))
    return [r for r in out if r is not None] if None in out else out


def _render_unit(u: dict, data: dict, refs: _Refs) -> dict:
    unit = {"code": u["code"], "name": u["name"], "kind": u["kind"]}
    _put(unit, "branch_type", u["branch_type"])
    _put(unit, "grade", u["grade"])
    _put(unit, "all_party_members", u["all_party_members"])
    _put(unit, "parent_code", u["parent_code"])
    rec: dict = {"unit": unit}
    _put(rec, "settings", dict(data["settings"]))

    members = []
    for m in data["members"]:
        d = {"id": refs.member[m["id"]], "full_name": m["full_name"]}
        for f in repo.MEMBER_FIELDS[1:]:
            v = m[f]
            _put(d, f, _d(v) if isinstance(v, date) else v)
        _put(d, "erased", m["erased"])
        d["history"] = [
            {"kind": e["kind"], "date": _d(e["on_date"]), **({"note": e["note"]} if e["note"] else {})}
            for e in m["history"]
        ]
        members.append(d)
    _put(rec, "members", members)
    _put(
        rec,
        "member_groups",
        [
            {"name": g["name"], **({"members": _mref(refs, g["members"])} if g["members"] else {})}
            for g in data["member_groups"]
        ],
    )
    regs = []
    for r in data["registrations"]:
        d = {"campaign": r["campaign"], "period": r["period_label"], "version": r["version"], "status": r["status"]}
        for k in ("deadline", "submitted_on"):
            _put(d, k, _d(r[k]))
        for k in ("submitted_by", "late", "note", "created_by"):
            _put(d, k, r[k])
        items = []
        for it in r["items"]:
            i = {"criterion": it["criterion_id"]}
            _put(i, "planned_activities", it["planned_activities"])
            _put(i, "target_date", _d(it["target_date"]))
            _put(i, "responsible", it["responsible"])
            items.append(i)
        _put(d, "items", items)
        _put(d, "members", _mref(refs, r["members"]))
        regs.append(d)
    _put(rec, "registrations", regs)

    logs = []
    for lg in data["logs"]:
        d = {"id": refs.log[lg["id"]], "kind": lg["kind"], "date": _d(lg["on_date"]), "title": lg["title"]}
        for k in ("description", "category", "channel", "ref_no", "counterpart", "link"):
            _put(d, k, lg[k])
        if lg["member_id"] is not None and lg["member_id"] in refs.member:
            d["member"] = refs.member[lg["member_id"]]
        _put(d, "received_on", _d(lg["received_on"]))
        _put(d, "participants", _mref(refs, lg["participants"]))
        _put(d, "created_by", lg["created_by"])
        logs.append(d)
    _put(rec, "logs", logs)
    _put(
        rec,
        "judgements",
        [
            {
                "campaign": j["campaign"],
                "period": j["period_label"],
                "criterion": j["criterion_id"],
                "verdict": j["verdict"],
                "author": j["author"],
                "date": _d(j["judged_on"]),
                **({"note": j["note"]} if j["note"] else {}),
                **({"created_by": j["created_by"]} if j["created_by"] else {}),
            }
            for j in data["judgements"]
        ],
    )
    acts = []
    for a in data["volunteer_activities"]:
        d = {"id": refs.activity[a["id"]], "name": a["name"], "kind": a["kind"]}
        _put(d, "focus", a["focus"])
        _put(d, "place", a["place"])
        if a["level"] and a["level"] != "chi-doan":
            d["level"] = a["level"]
        d["dates"] = [_d(x) for x in a["dates"]]
        d["days"] = _num(a["half_days"] / 2)
        _put(d, "guests", a["guests"] or None)
        _put(d, "confirmed_by", a["confirmed_by"])
        _put(d, "notes", a["notes"])
        d["participants"] = _mref(refs, a["participants"])
        _put(d, "overlap_confirmed", _mref(refs, a["overlap_confirmed"]))
        _put(d, "deleted", a["deleted"])
        _put(d, "delete_reason", a["delete_reason"])
        _put(d, "created_by", a["created_by"])
        acts.append(d)
    _put(rec, "volunteer_activities", acts)

    assess = []
    for a in data["member_assessments"]:
        if a["member_id"] not in refs.member:
            continue
        d = {
            "member": refs.member[a["member_id"]],
            "period": a["period_label"],
            "catalog": a["catalog_id"],
            "catalog_version": a["catalog_version"],
        }
        _put(d, "assessed_on", _d(a["assessed_on"]))
        if a["training_score"] is not None:
            d["training_score"] = _num(a["training_score"])
        _put(d, "note", a["note"])
        d["groups"] = {
            g: {"result": it["result"], **({"evidence": it["evidence"]} if it["evidence"] else {})}
            for g, it in a["groups"].items()
        }
        assess.append(d)
    _put(rec, "member_assessments", assess)
    _put(
        rec,
        "member_votes",
        [
            {
                "member": refs.member[v["member_id"]],
                "period": v["period_label"],
                "meeting_date": _d(v["meeting_date"]),
                "for": v["votes_for"],
                "against": v["votes_against"],
                "absent": v["votes_absent"],
                **({"note": v["note"]} if v["note"] else {}),
            }
            for v in data["member_votes"]
            if v["member_id"] in refs.member
        ],
    )
    props = []
    for p in data["proposals"]:
        d = {"campaign": p["campaign"], "period": p["period_label"]}
        _put(d, "self_assessment", p["self_assessment"])
        d["proposes_recognition"] = p["proposes_recognition"]
        d["status"] = p["status"]
        _put(d, "submitted_on", _d(p["submitted_on"]))
        _put(d, "document_number", p["document_number"])
        crit = {}
        for cid, it in p["items"].items():
            c = {"claim": it["claim"]}
            for k in ("comment", "evaluated_status", "evaluated_value", "explanation"):
                _put(c, k, it[k])
            crit[cid] = c
        _put(d, "criteria", crit)
        _put(d, "members", _mref(refs, p["members"]))
        props.append(d)
    _put(rec, "proposals", props)
    apps = []
    for a in data["appraisals"]:
        d = {
            "campaign": a["campaign"],
            "period": a["period_label"],
            "criterion": a["criterion_id"],
            "agree": a["agree"],
        }
        _put(d, "comment", a["comment"])
        _put(d, "appraised_by", a["appraised_by"])
        _put(d, "appraised_on", _d(a["appraised_on"]))
        apps.append(d)
    _put(rec, "appraisals", apps)
    facts = []
    for f in data["member_facts"]:
        if f["member_id"] not in refs.member:
            continue
        d = {"member": refs.member[f["member_id"]], "period": f["period_label"]}
        for k in ("residence_activity", "training_registered", "ebook_issued", "ecard_issued"):
            _put(d, k, bool(f[k]))
        for k in ("ebook_no", "ecard_no"):
            _put(d, k, f[k])
        for k in ("residence_on", "training_on", "ebook_on", "ecard_on"):
            _put(d, k, _d(f[k]))
        facts.append(d)
    _put(rec, "member_facts", facts)
    mapps = []
    for a in data["member_appraisals"]:
        if a["member_id"] not in refs.member:
            continue
        d = {"member": refs.member[a["member_id"]], "period": a["period_label"], "accepted": a["accepted"]}
        _put(d, "reason", a["reason"])
        _put(d, "appraised_by", a["appraised_by"])
        _put(d, "appraised_on", _d(a["appraised_on"]))
        mapps.append(d)
    _put(rec, "member_appraisals", mapps)
    signers = []
    for g in data["signers"]:
        d = {"valid_from": _d(g["valid_from"]), "title": g["title"], "full_name": g["full_name"]}
        _put(d, "on_behalf", g["on_behalf"])
        _put(d, "created_by", g["created_by"])
        signers.append(d)
    _put(rec, "signers", signers)

    def recog(r: dict) -> dict:
        d = {"period": r["period_label"]}
        _put(d, "decision_number", r["decision_number"])
        _put(d, "decision_date", _d(r["decision_date"]))
        _put(d, "issuer_code", r["issuer_code"])
        _put(d, "issuer_name", r["issuer_name"])
        return d

    _put(rec, "branch_recognitions", [{"campaign": r["campaign"], **recog(r)} for r in data["branch_recognitions"]])
    _put(
        rec,
        "member_recognitions",
        [
            {"member": refs.member[r["member_id"]], **recog(r)}
            for r in data["member_recognitions"]
            if r["member_id"] in refs.member
        ],
    )
    docs = []
    for d0 in data["documents"]:
        d = {
            "year": d0["year"],
            "type_code": d0["type_code"],
            "number": d0["number"],
            "kind": d0["kind"],
            "period": d0["period_label"],
        }
        _put(d, "subject", d0["subject_code"])
        d["issued_on"] = _d(d0["issued_on"])
        for k in ("title", "created_by"):
            _put(d, k, d0[k])
        _put(d, "print_count", d0["print_count"] or None)
        docs.append(d)
    _put(rec, "documents", docs)
    _put(rec, "document_counters", [dict(c) for c in data["document_counters"]])
    atts = []
    for a in data["attachments"]:
        owner = OWNER_NAMES.get(a["owner_kind"])
        table = {"member": refs.member, "log": refs.log, "volunteer_activity": refs.activity}.get(owner)
        if table is None or a["owner_id"] not in table:
            continue
        d = {
            "owner": owner,
            "ref": table[a["owner_id"]],
            "sha256": a["sha256"],
            "name": a["original_name"],
            "size": a["size"],
        }
        _put(d, "added_by", a["added_by"])
        atts.append(d)
    _put(rec, "attachments", atts)
    return rec


def export_document(ctx: AppContext, unit_code: str | None = None) -> dict:
    """The whole record of ``unit_code`` (default: this installation's unit) and the units below it."""
    with bulk_objects(), ctx.uow.read() as s:  # no collector passes over the rows read (a third of the time)
        if unit_code is None:
            me = units_repo.get_self(s)
            if me is None:
                raise DomainError("Máy này chưa có hồ sơ đơn vị: không có gì để xuất.", field="unit")
            unit_code = me.code
        return export_in_session(s, unit_code)


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_file(doc: dict, path: str | Path) -> Path:
    """Write the document next to its final name, then rename (a crash never leaves half a file)."""
    import os

    p = Path(path)
    tmp = p.with_name(p.name + ".part")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(doc))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, p)
    return p


# ============================================================================= compared


def _outline(members, logs, n_acts: int) -> tuple:
    """What the export of a unit surely shows of its members and logs, in its order (members by
    id, logs by date then id): each member's name; each log's date, kind and title; and how
    many activities."""
    return [m["full_name"] for m in members], [(lg["date"], lg["kind"], lg["title"]) for lg in logs], n_acts


def _differs_surely(before: dict, plan: _Plan) -> bool:
    """Whether what was stored (``before``, exported) cannot be what the plan just wrote: a unit
    of the file that was not there, another number of members, logs or activities (an export
    lists every row of these), another name of a member or date, kind or title of a log at the
    same place. The plan's rows are written as they are, with ids in the plan's order; an
    export lists members by id and logs by date then id, dates as ISO text: a difference here
    is a difference there. Saves reading everything back when a branch's record changed."""
    stored: dict[str, tuple] = {}

    def walk(d: dict) -> None:
        stored[d["unit"]["code"]] = _outline(
            d.get("members", ()), d.get("logs", ()), len(d.get("volunteer_activities", ()))
        )
        for child in d.get("branches", ()):
            walk(child)

    walk(before)
    return any(stored.get(e["unit"].code) != plan_outline(e) for e in plan.units)


def plan_outline(e: dict) -> tuple:
    """``_outline`` of what a unit of a checked plan writes (``e``: one of ``plan.units``)."""
    rows = e["rows"]
    logs = [
        {"date": lg["on_date"].isoformat(), "kind": lg["kind"], "title": lg["title"]}
        for lg in sorted(rows["logs"], key=lambda lg: lg["on_date"])  # stable: then by id
    ]
    return _outline(rows["members"], logs, len(rows["volunteer_activities"]))


def doc_outline(doc: Any) -> tuple | None:
    """``_outline`` of a document of one unit as it is, unchecked (an export equal to it has this
    outline), or None when it is not shaped so (branches, or not a document at all)."""
    try:
        if doc.get("branches") is not None:
            return None
        return _outline(doc.get("members", ()), doc.get("logs", ()), len(doc.get("volunteer_activities", ())))
    except (AttributeError, KeyError, TypeError):
        return None
