"""Approval by level at the Đoàn cơ sở (approval.py is the upper level's side): its own summaries
and what became of them above — waiting, sent, received, approved or returned with the reasons,
and the reminders of what it has not sent — what its home screen shows of them, and the note the
import shows when a verdict arrives."""

from __future__ import annotations

import json

from db import audit
from db.repo import flow as flow_repo
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.units import Unit, UnitKind
from desktop.services.context import AppContext
from desktop.services.exchange.approval_rows import (
    CAMPAIGN,
    SUMMARY_KINDS,
    SUMMARY_VI,
    ApprovalRow,
    Approvals,
    _d,
    _reasons_text,
    _self,
)
from desktop.sync.kinds import subject_key


def mine(ctx: AppContext, period: str) -> Approvals:
    """This unit's own summaries for ``period`` and what became of them above."""
    from desktop.services.exchange import sync

    Period.parse(period)
    me = _self(ctx)
    if me.kind not in (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN) or not me.parent_code:
        raise DomainError("Chỉ Đoàn cơ sở (đã ghi đơn vị cấp trên) gửi báo cáo tổng hợp lên.", field="unit")
    parent = me.parent_code
    with ctx.uow.read() as s:
        e = repo.get_enrolled(s, parent)
        verdict_rows = [
            r
            for r in repo.list_received(s, kinds=("approval",), period=period, current_only=True)
            if r.sender_code == parent and r.status != "rejected"
        ]
        verdicts = []
        for r in verdict_rows:
            v = json.loads(repo.received_data(s, r.id) or "null")
            if isinstance(v, dict):
                verdicts.append({**v, "_package": r.package_id, "_received_at": r.received_at})
        items = {
            k: repo.latest_for_subject(s, parent, subject_key("summary", campaign=CAMPAIGN, period=period, extra=k))
            for k in SUMMARY_KINDS
        }
        reminders = {}
        put_away = flow_repo.actions(s)
        for r in repo.list_received(s, kinds=("reminder",), period=period, current_only=True):
            d = json.loads(repo.received_data(s, r.id) or "null") if r.sender_code == parent else None
            if isinstance(d, dict) and str(d.get("what", "")).endswith("-summary") and r.package_id not in put_away:
                reminders.setdefault(
                    d["what"].removesuffix("-summary"), (r.received_at, d.get("message"), r.package_id)
                )
    name = e.name if e else parent
    with ctx.uow.read() as s:  # the branches named in a return, by their names here
        branch_names = {u.code: u.name for u in units_repo.list_all(s)}
    by_pkg = {
        v["summary_package"]: v for v in verdicts if isinstance(v, dict) and v.get("unit", {}).get("code") == me.code
    }
    returned_kinds = {v["summary_kind"] for v in by_pkg.values() if v.get("verdict") == "returned"}
    rows = []
    for kind in SUMMARY_KINDS:
        item = items[kind]
        rem = reminders.get(kind)
        rem = rem if rem and (item is None or item.created_at < rem[0]) else None
        reminder, reminder_package, reminded_at = (rem[1], rem[2], rem[0]) if rem else (None, None, None)
        if item is None:
            rows.append(
                ApprovalRow(
                    parent,
                    name,
                    kind,
                    "missing",
                    reminder=reminder,
                    reminder_package=reminder_package,
                    reminder_received_at=reminded_at,
                )
            )
            continue
        v = by_pkg.get(item.package_id)
        if v is not None:
            state = v["verdict"]
        else:
            state = {
                sync.PENDING: "waiting",
                sync.EXPORTED: "sent",
                sync.SENT: "sent",
                sync.RECEIVED: "received",
                sync.REJECTED: "rejected",
            }.get(item.status, "sent")
        rows.append(
            ApprovalRow(
                parent,
                name,
                kind,
                state,
                item.version,
                item.package_id,
                item.created_at.date(),
                decided_on=_d(v.get("decided_on")) if v else None,
                reasons=_reasons_text(v.get("reasons") or [], branch_names) if v else (),
                note=v.get("note") if v else None,
                resubmitted=v is None and kind in returned_kinds,
                reminder=reminder,
                reminder_package=reminder_package,
                reminder_received_at=reminded_at,
                verdict_package=v.get("_package") if v else None,
                verdict_received_at=v.get("_received_at") if v else None,
            )
        )
    return Approvals(me.code, me.name, period, "below", tuple(rows))


def home_items(ctx: AppContext) -> list:
    """What a Đoàn cơ sở's home screen shows from its parent about its summaries: returned (with
    the reasons, until it sends a new version), approved, and reminders of what it has not sent —
    for every period the parent wrote to it about, newest first."""
    from desktop.services.exchange.flow_down import DownItem

    me = _self(ctx)
    with ctx.uow.read() as s:
        periods = sorted(
            {
                r.period
                for r in repo.list_received(s, kinds=("approval", "reminder"), current_only=True)
                if r.sender_code == me.parent_code and r.period
            },
            reverse=True,
        )
    out = []
    for period in periods[:3]:
        for r in mine(ctx, period).rows:
            what = SUMMARY_VI[r.summary_kind]
            if r.state == "returned" and r.verdict_package:
                out.append(
                    DownItem(
                        r.verdict_package,
                        "return",
                        f"{r.name} trả lại {what} {period} để sửa",
                        "; ".join(r.reasons + ((r.note,) if r.note else ())),
                        r.verdict_received_at,
                        period,
                        what=f"{r.summary_kind}-summary",
                    )
                )
            elif r.state == "approved" and r.verdict_package:
                out.append(
                    DownItem(
                        r.verdict_package,
                        "decision",
                        f"{r.name} đã duyệt {what} {period}",
                        f"Bản gửi lần {r.version}, duyệt ngày {r.decided_on:%d/%m/%Y}"
                        if r.decided_on
                        else f"Bản gửi lần {r.version}",
                        r.verdict_received_at,
                        period,
                    )
                )
            if r.reminder and r.reminder_package:
                out.append(
                    DownItem(
                        r.reminder_package,
                        "reminder",
                        f"{r.name} nhắc nộp",
                        r.reminder,
                        r.reminder_received_at,
                        period,
                        what=f"{r.summary_kind}-summary",
                    )
                )
    return out


def apply(ctx: AppContext, s, me: Unit, vp) -> str:
    """A verdict received (inside the import's transaction): the note the import shows."""
    d = vp.data
    if d["unit"]["code"] != me.code:
        return ""
    what = SUMMARY_VI[d["summary_kind"]]
    audit.record(
        s,
        actor="sync",
        action=d["verdict"],
        entity="summary",
        entity_id=d["summary_package"],
        unit_code=me.code,
        after={"package": vp.manifest.package_id, "period": d["period"]},
    )
    if d["verdict"] == "approved":
        return f"{d['sender']['name']} đã duyệt {what} kỳ {d['period']}."
    branch_names = {u.code: u.name for u in units_repo.list_all(s)}
    why = "; ".join(_reasons_text(d.get("reasons") or [], branch_names))
    return (
        f"{d['sender']['name']} trả lại {what} kỳ {d['period']} để sửa: {why}"[:460]
        + " — sửa số liệu rồi gửi lại báo cáo tổng hợp (bản mới thay bản cũ)."
    )
