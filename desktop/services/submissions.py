"""What each kind of package holds: building the data of a submission from this unit's records,
the compact summary the dashboard reads, and what accepting a package does on the receiving side.

Upward (a chi đoàn to its Đoàn cơ sở, BRIEF §4.3): registration (Bước 1), quarterly progress
(Bước 2), year-end result with the proposal for recognition (Bước 3); a Đoàn cơ sở's summaries to
its own parent (20/11 registrations, 10/11 results). Downward: the appraisal ("thẩm định") and
the recognition decision ("Quyết định công nhận"), and criteria catalog updates.
Member data in every package goes through desktop/sync/privacy.py (the one list of fields).
"""

from __future__ import annotations

import json
from datetime import date

from db import audit
from db.repo import sync as repo
from desktop.domain.units import Unit
from desktop.services.context import AppContext
from desktop.sync.verify import VerifiedPackage


# ============================================================== summaries (dashboard)
def _eval_summary(ev: dict | None) -> dict:
    if not isinstance(ev, dict):
        return {}
    return {"completion_share": ev.get("completion_share"), "recognisable": ev.get("recognisable"),
            "met": ev.get("met"), "applicable": ev.get("applicable"),
            "statuses": {c["id"]: c["status"] for c in ev.get("criteria", [])}}


def summarise(kind: str, data: dict) -> dict:
    """The few fields the dashboard shows, stored next to the full data (read < 300 ms)."""
    if kind == "registration":
        return {"registered_on": data.get("registered_on"), "late": data.get("late"),
                "deadline": data.get("deadline"), "member_count": data.get("member_count"),
                "members_registered": len(data.get("members") or [])}
    if kind == "quarterly":
        return {"quarter": data.get("quarter"), "as_of": data.get("as_of"),
                **_eval_summary(data.get("evaluation"))}
    if kind == "year-end":
        prop = data.get("proposal") or {}
        return {"as_of": data.get("as_of"), **_eval_summary(data.get("evaluation")),
                "proposed": bool(prop.get("propose_recognition")), "submitted_on": prop.get("submitted_on"),
                "members_proposed": len(prop.get("members") or [])}
    if kind == "summary":
        return {"summary_kind": data.get("summary_kind"), "as_of": data.get("as_of"),
                "totals": data.get("totals") or {}, "branches": len(data.get("branches") or [])}
    if kind == "appraisal":
        return {"appraised_on": data.get("appraised_on"), "recognisable": data.get("recognisable"),
                "completion_share": data.get("completion_share"),
                "disagreements": sum(1 for c in data.get("criteria", []) if not c.get("agree"))}
    if kind == "decision":
        d = data.get("decision") or {}
        return {"number": d.get("number"), "date": d.get("date"),
                "branch_recognised": data.get("branch_recognised"),
                "members_recognised": sum(1 for m in data.get("members", []) if m.get("recognised", True))}
    if kind == "catalog":
        return {"catalog_id": data.get("catalog_id"), "version": data.get("version")}
    if kind == "receipt":
        return {"count": len(data.get("receipts") or [])}
    return {}


# ============================================================== applying accepted packages
def apply(ctx: AppContext, s, me: Unit, vp: VerifiedPackage) -> None:
    """Side effects of a package that became the version in force, inside the import's own
    transaction (so they happen exactly when the package is stored)."""
    m = vp.manifest
    if m.kind == "receipt":
        _apply_receipt(ctx, s, me, m.sender_code, vp.data)


_RECEIPT_TO_OUTBOX = {"accepted": "received", "duplicate": "received", "superseded": "received",
                      "rejected": "rejected"}


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
        audit.record(s, actor="sync", action="receipt", entity="outbox_item", entity_id=item.package_id,
                     unit_code=me.code, before={"status": item.status},
                     after={"status": new, "reason": r["reason"]})


def current_data(ctx: AppContext, *, kind: str, sender_code: str | None = None,
                 period: str | None = None) -> list[tuple[repo.ReceivedPackage, dict]]:
    """The versions in force of a kind (optionally from one sender / for one period), with data."""
    with ctx.uow.read() as s:
        rows = repo.list_received(s, kinds=(kind,), period=period, sender_code=sender_code, current_only=True)
        return [(r, json.loads(repo.received_data(s, r.id) or "null")) for r in rows]


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None
