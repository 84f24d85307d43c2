"""What a received package does here (issue 7; issue 17 item 5): the compact summary the dashboard
reads, the side effects of a package that became the version in force (a receipt marks the
outbox; an appraisal, a decision or a return reaches the branch's own records; a catalog takes
effect). A branch's whole record written into the Đoàn cơ sở's tables is record_apply.py.

Receiving and storing packages (desktop/services/exchange/receiving.py, storing.py) calls this
module; building and sending them is desktop/services/exchange/submissions.py and flow_down.py,
which call sync. This module calls neither, so they form no circle.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from db import audit
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.members import name_key
from desktop.domain.recognition import BRANCH_CAMPAIGN as CAMPAIGN
from desktop.domain.units import Unit
from desktop.services.context import AppContext
from desktop.sync import privacy
from desktop.sync.verify import VerifiedPackage

RECORD_KINDS = ("registration", "year-end")


# ============================================================== summaries (dashboard)
def _eval_summary(ev: dict | None) -> dict:
    if not isinstance(ev, dict):
        return {}
    return {
        "completion_share": ev.get("completion_share"),
        "recognisable": ev.get("recognisable"),
        "met": ev.get("met"),
        "applicable": ev.get("applicable"),
        "statuses": {c["id"]: c["status"] for c in ev.get("criteria", [])},
    }


HEAVY_BRANCH_KEYS = ("record",)  # what a summary's branch row may carry for one branch's drill-down


def light(kind: str, data: dict) -> dict | None:
    """The data of a received package without the per-branch records a summary carries (they are
    most of its size and only a branch's own drill-down opens one), or None when there is nothing
    to leave out. Stored once on receipt: the views over every summary read this."""
    rows = data.get("branches") if kind == "summary" and isinstance(data, dict) else None
    if not isinstance(rows, list) or not any(
        isinstance(b, dict) and any(k in b for k in HEAVY_BRANCH_KEYS) for b in rows
    ):
        return None
    # The rows keep their small list of reports owed ("reports", next to the record): the
    # completeness table reads it for every branch; the trend's tallies read the record's counts.
    return {**data, "branches": [_light_row(b) if isinstance(b, dict) else b for b in rows]}


def reports_digest(kind: str, data: dict) -> list | None:
    """What the completeness table reads of a summary's branch rows, compact (None: not a summary):
    stored once on receipt, so the table of a city's period does not parse its summaries."""
    if kind != "summary" or not isinstance(data, dict):
        return None
    from desktop.domain.rollup import reports_digest

    return reports_digest(data.get("branches"))


def _light_row(b: dict) -> dict:
    out = {k: v for k, v in b.items() if k not in HEAVY_BRANCH_KEYS}
    rec = b.get("record")
    if isinstance(rec, dict):  # small: the counts (and an older summary's reports owed)
        kept = {k: rec[k] for k in ("reports", "members") if isinstance(rec.get(k), (list, dict))}
        if kept:
            out["record"] = kept
    return out


def summarise(kind: str, data: dict) -> dict:
    """The few fields the dashboard shows, stored next to the full data (read < 300 ms)."""
    if kind == "registration":
        return {
            "registered_on": data.get("registered_on"),
            "late": data.get("late"),
            "deadline": data.get("deadline"),
            "member_count": data.get("member_count"),
            "members_registered": len(data.get("members") or []),
        }
    if kind == "quarterly":
        return {"quarter": data.get("quarter"), "as_of": data.get("as_of"), **_eval_summary(data.get("evaluation"))}
    if kind == "year-end":
        prop = data.get("proposal") or {}
        return {
            "as_of": data.get("as_of"),
            **_eval_summary(data.get("evaluation")),
            "proposed": bool(prop.get("propose_recognition")),
            "submitted_on": prop.get("submitted_on"),
            "members_proposed": len(prop.get("members") or []),
        }
    if kind == "summary":
        from desktop.domain.rollup import rollup

        return {
            "summary_kind": data.get("summary_kind"),
            "as_of": data.get("as_of"),
            "totals": data.get("totals") or {},
            "branches": len(data.get("branches") or []),
            "rollup": rollup(data.get("branches")),
        }
    if kind == "appraisal":
        return {
            "appraised_on": data.get("appraised_on"),
            "recognisable": data.get("recognisable"),
            "completion_share": data.get("completion_share"),
            "disagreements": sum(1 for c in data.get("criteria", []) if not c.get("agree")),
        }
    if kind == "decision":
        d = data.get("decision") or {}
        return {
            "number": d.get("number"),
            "date": d.get("date"),
            "branch_recognised": data.get("branch_recognised"),
            "members_recognised": sum(1 for m in data.get("members", []) if m.get("recognised", True)),
        }
    if kind == "catalog":
        return {
            "catalog_id": data.get("catalog_id"),
            "version": data.get("version"),
            "effective_from": data.get("effective_from"),
            "effective_to": data.get("effective_to"),
        }
    if kind == "return":
        return {"returned_kind": data.get("returned_kind"), "reasons": len(data.get("reasons") or [])}
    if kind == "approval":
        return {
            "summary_kind": data.get("summary_kind"),
            "verdict": data.get("verdict"),
            "summary_package": data.get("summary_package"),
            "decided_on": data.get("decided_on"),
            "reasons": len(data.get("reasons") or []),
        }
    if kind in ("reminder", "alert"):
        return {"what": data.get("what") or data.get("criterion")}
    if kind == "receipt":
        return {"count": len(data.get("receipts") or [])}
    if kind == "commune-report":
        models = data.get("models") or []
        sat = data.get("satisfaction") or {}
        return {
            "document": data.get("document"),
            "quarter": data.get("quarter"),
            "as_of": data.get("as_of"),
            "number": data.get("number"),
            "models": len(models),
            "met": sum(m.get("met") or 0 for m in models),
            "applicable": sum(m.get("applicable") or 0 for m in models),
            "asked": sat.get("asked"),
            "satisfied": sat.get("satisfied"),
        }
    return {}


# ============================================================== applying accepted packages
def apply(ctx: AppContext, s, me: Unit, vp: VerifiedPackage) -> str:
    """Side effects of a package that became the version in force, inside the import's own
    transaction (so they happen exactly when the package is stored). Returns a note for the user
    ("" when there is nothing to say)."""
    m = vp.manifest
    if m.kind == "receipt":
        _apply_receipt(ctx, s, me, m.sender_code, vp.data)
        return ""
    if m.kind == "appraisal" and vp.data["unit"]["code"] == me.code:
        return _apply_appraisal(ctx, s, me, vp)
    if m.kind == "decision" and vp.data["unit"]["code"] == me.code:
        return _apply_decision(ctx, s, me, vp)
    if m.kind == "approval":  # issue 23: the level above approved or returned a summary
        from desktop.services.exchange import approval

        return approval.apply(ctx, s, me, vp)
    if m.kind in ("return", "reminder", "alert", "catalog"):  # issue 17: what else flows down
        return _apply_flow_down(ctx, s, me, vp)
    return ""


_RECEIPT_TO_OUTBOX = {"accepted": "received", "duplicate": "received", "superseded": "received", "rejected": "rejected"}


def _apply_receipt(ctx: AppContext, s, me: Unit, sender: str, data: dict) -> None:
    """Mark our outbox items the sender confirmed (only items we addressed to that sender)."""
    for r in data.get("receipts", []):
        item = repo.outbox_get(s, r["package_id"])
        if item is None or item.recipient_code != sender:
            continue
        new = _RECEIPT_TO_OUTBOX[r["status"]]
        if item.status == "received" and new == "rejected":
            continue  # a later rejection of a re-sent copy cannot undo an accepted delivery
        if item.status == new and (item.reason or "") == (r["reason"] if new == "rejected" else ""):
            continue
        repo.set_outbox_status(s, item.package_id, new, reason=r["reason"] if new == "rejected" else None)
        audit.record(
            s,
            actor="sync",
            action="receipt",
            entity="outbox_item",
            entity_id=item.package_id,
            unit_code=me.code,
            before={"status": item.status},
            after={"status": new, "reason": r["reason"]},
        )


def current_data(
    ctx: AppContext, *, kind: str, sender_code: str | None = None, period: str | None = None
) -> list[tuple[repo.ReceivedPackage, dict]]:
    """The versions in force of a kind (optionally from one sender / for one period), with data."""
    with ctx.uow.read() as s:
        rows = repo.list_received(s, kinds=(kind,), period=period, sender_code=sender_code, current_only=True)
        return [(r, json.loads(repo.received_data(s, r.id) or "null")) for r in rows]


# ============================================================== a branch applies what came down
def _rec_repo():
    from db.repo import recognition as rec_repo

    return rec_repo


def _apply_appraisal(ctx: AppContext, s, me: Unit, vp: VerifiedPackage) -> str:
    """The Đoàn cơ sở's appraisal shows on the branch's dossier (issue 5, step 3)."""
    d = vp.data
    uid = units_repo.row_id(s, me.code)
    on = date.fromisoformat(d["appraised_on"])
    for c in d["criteria"]:
        _rec_repo().put_appraisal(
            s,
            unit_id=uid,
            campaign=d["campaign"],
            period_label=d["period"],
            criterion_id=c["id"],
            agree=bool(c["agree"]),
            comment=c.get("comment") or "",
            appraised_by=d["appraiser"]["name"],
            appraised_on=on,
        )
    audit.record(
        s,
        actor="sync",
        action="receive",
        entity="branch_appraisal",
        entity_id=f"{me.code}/{d['period']}",
        unit_code=me.code,
        after={"package": vp.manifest.package_id, "criteria": len(d["criteria"]), "appraiser": d["appraiser"]["code"]},
    )
    return ""


def _match_members(s, me: Unit, people: list[dict]) -> tuple[dict[str, int], list[str]]:
    """Package member refs -> this branch's member ids: by the reference the branch itself made,
    else by the name when exactly one member has it."""
    from db.repo import members as members_repo

    local = [m for m in members_repo.list_for_unit(s, me.code) if not m.erased]
    by_ref = {privacy.member_ref(me.code, m.id): m.id for m in local}
    by_name: dict[str, list[int]] = {}
    for m in local:
        by_name.setdefault(name_key(m.full_name), []).append(m.id)
    found, missing = {}, []
    for p in people:
        if p["ref"] in by_ref:
            found[p["ref"]] = by_ref[p["ref"]]
        elif len(by_name.get(name_key(p["full_name"]), [])) == 1:
            found[p["ref"]] = by_name[name_key(p["full_name"])][0]
        else:
            missing.append(p["full_name"])
    return found, missing


def _apply_decision(ctx: AppContext, s, me: Unit, vp: VerifiedPackage) -> str:
    """The recognition decision shows on the branch's campaign page and member board; a newer
    version of the same decision replaces what the older one recorded."""
    d = vp.data
    rec = _rec_repo()
    uid = units_repo.row_id(s, me.code)
    dec, issuer = d["decision"], d["issuer"]
    on = date.fromisoformat(dec["date"])
    label = d["period"]
    current = rec.branch_recognition(s, uid, d["campaign"], label)
    if d["branch_recognised"]:
        rec.put_branch_recognition(
            s,
            unit_id=uid,
            campaign=d["campaign"],
            period_label=label,
            decision_number=dec["number"],
            decision_date=on,
            issuer_code=issuer["code"],
            issuer_name=issuer["name"],
        )
    elif current and current["issuer_code"] == issuer["code"]:
        rec.delete_branch_recognition(s, uid, d["campaign"], label)
    people = [m for m in d["members"] if m.get("recognised", True)]
    found, missing = _match_members(s, me, people)
    keep = set(found.values())
    for (mid, plabel), r in rec.member_recognitions(s, uid, label).items():
        if r["issuer_code"] == issuer["code"] and mid not in keep:
            rec.delete_member_recognition(s, mid, plabel)
    for mid in sorted(keep):
        rec.put_member_recognition(
            s,
            unit_id=uid,
            member_id=mid,
            period_label=label,
            decision_number=dec["number"],
            decision_date=on,
            issuer_code=issuer["code"],
            issuer_name=issuer["name"],
        )
    audit.record(
        s,
        actor="sync",
        action="receive",
        entity="recognition_decision",
        entity_id=f"{me.code}/{label}/{dec['number']}",
        unit_code=me.code,
        after={
            "package": vp.manifest.package_id,
            "branch_recognised": d["branch_recognised"],
            "members": len(keep),
            "unmatched": missing,
        },
    )
    if missing:
        return (
            "Không tìm thấy trong danh sách đoàn viên của chi đoàn: "
            + ", ".join(missing[:10])
            + (" …" if len(missing) > 10 else "")
            + "."
        )
    return ""


# ============================================================== what came down, at the branch
def _apply_flow_down(ctx: AppContext, s, me: Unit, vp) -> str:
    """Side effects of a package that came down, inside the import's transaction. Returns a note."""
    m = vp.manifest
    if m.kind == "return" and vp.data["unit"]["code"] == me.code:
        return _apply_return(ctx, s, me, vp)
    if m.kind == "catalog":
        from desktop.services.catalogs import forget_catalogs

        forget_catalogs(ctx)  # the catalog in force may have changed
        return ""
    return ""


def _apply_return(ctx: AppContext, s, me: Unit, vp) -> str:
    d = vp.data
    kind, label = d["returned_kind"], d["period"]
    why = "; ".join((f"{r['criterion']}: " if r.get("criterion") else "") + r["reason"] for r in d["reasons"])
    note = f"Trả lại để sửa ({d['sender']['name']}): {why}"[:480]
    if kind == "registration":
        from db.repo import cycle as cycle_repo

        latest = cycle_repo.latest_registration(s, me.code, CAMPAIGN, label)
        if latest is not None and latest.status == "submitted":
            new = replace(
                latest,
                id=None,
                version=latest.version + 1,
                status="draft",
                submitted_on=None,
                submitted_by=None,
                late=False,
                note=note,
                created_by="sync",
            )
            reg_id = cycle_repo.insert_registration(s, new, "sync")
            audit.record(
                s,
                actor="sync",
                action="return",
                entity="registration",
                entity_id=reg_id,
                unit_code=me.code,
                after={"version": new.version, "package": vp.manifest.package_id},
            )
            return f"Bản đăng ký kỳ {label} được mở lại (phiên bản {new.version}, bản nháp) để sửa."
    elif kind == "year-end":
        from db.repo import recognition as rec_repo

        uid = units_repo.row_id(s, me.code)
        cur = rec_repo.proposal(s, uid, CAMPAIGN, label)
        if cur and cur["status"] == "submitted" and not rec_repo.branch_recognition(s, uid, CAMPAIGN, label):
            rec_repo.put_proposal(
                s,
                unit_id=uid,
                campaign=CAMPAIGN,
                period_label=label,
                self_assessment=cur["self_assessment"],
                proposes_recognition=cur["proposes_recognition"],
                status="draft",
                submitted_on=None,
                document_number=cur["document_number"],
                items=None,
                members=None,
            )
            audit.record(
                s,
                actor="sync",
                action="return",
                entity="branch_proposal",
                entity_id=label,
                unit_code=me.code,
                after={"status": "draft", "package": vp.manifest.package_id},
            )
            return f"Hồ sơ đề nghị công nhận kỳ {label} được mở lại (bản nháp) để sửa."
    return ""


# ============================================================== the stored originals
def stored_bytes(ctx: AppContext, stored_name: str) -> bytes:
    """The signed original of a received package ("<file>#<offset>:<size>" inside a batch)."""
    name, _, span = stored_name.partition("#")
    path = ctx.data.root / name
    if not span:
        return path.read_bytes()
    offset, size = (int(x) for x in span.split(":"))
    with open(path, "rb") as fh:
        fh.seek(offset)
        return fh.read(size)
