"""Approval by level (issue 23 item 4): a Thành đoàn (any Đoàn cấp trên) approves or returns each
summary its Đoàn cơ sở sent, with reasons; the verdict travels down in an "approval" package.

* At the upper level (``overview``): one row per child unit and summary kind (registration,
  results) with its state — "missing" (chưa gửi: nothing received), "received" (đã nhận), "approved"
  (đã duyệt) or "returned" (trả lại, with the reasons). The verdict is remembered here
  (summary_approvals) against the exact version judged: when the Đoàn cơ sở sends a corrected
  version, it supersedes the returned one (the sync service keeps one version in force per
  subject) and the row reads "received" again, marked as a resubmission.
* At the Đoàn cơ sở (``mine``): its own summaries with the same words — "waiting" (chờ gửi),
  "sent" (đã gửi), "received" (đã nhận: the receipt came back), "approved", "returned" (with the
  reasons: correct the data and send again; the new version supersedes the old one above).

Read-only above the branch: a verdict judges the summary; it changes nothing in the branches'
records. Qt-free.

This module is the upper level's side (``overview``, ``decide``); the Đoàn cơ sở's side (``mine``,
its home items, a verdict received) is in approval_below.py, the rows both ends read in
approval_rows.py (all still importable from here).
"""

from __future__ import annotations

import json

from db import audit
from db.repo import flow as flow_repo
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.units import Unit, UnitKind
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.exchange.approval_below import apply, home_items, mine  # noqa: F401  (still importable from here)
from desktop.services.exchange.approval_rows import (  # noqa: F401  (all still importable from here)
    CAMPAIGN,
    STATE_VI,
    SUMMARY_KINDS,
    SUMMARY_VI,
    VERDICTS,
    ApprovalRow,
    Approvals,
    _d,
    _reasons_text,
    _self,
)


# ============================================================== the upper level
def _children(ctx: AppContext, me: Unit) -> list[Unit]:
    with ctx.uow.read() as s:
        return sorted(
            (u for u in units_repo.children(s, me.code) if u.kind is not UnitKind.CHI_DOAN), key=lambda u: u.code
        )


def _current_summaries(ctx: AppContext, me: Unit, period: str, sender: str | None = None) -> dict[tuple, tuple]:
    """(sender, summary kind) -> (package id, version, created, received, branches) in force."""
    with ctx.uow.read() as s:
        rows = repo.current_with_dates(
            s, kinds=("summary",), recipient_code=me.code, campaign=CAMPAIGN, periods=(period,), sender_code=sender
        )
        ids = {r[0] for r in rows}
        pkgs = {
            r.id: r for r in repo.list_received(s, kinds=("summary",), period=period, current_only=True) if r.id in ids
        }
    out = {}
    for rid, code, _k, _p, _q, summary_json, created, received in rows:
        summ = json.loads(summary_json or "{}")
        which = "registration" if summ.get("summary_kind") == "registration" else "results"
        r = pkgs.get(rid)
        out[(code, which)] = (
            r.package_id if r else None,
            r.version if r else None,
            _d(created),
            received,
            summ.get("branches"),
        )
    return out


def overview(ctx: AppContext, period: str) -> Approvals:
    """The state of every summary this unit's children owe it for ``period``."""
    Period.parse(period)
    me = _self(ctx)
    if me.kind is not UnitKind.DOAN_CAP_TREN:
        raise DomainError("Duyệt báo cáo tổng hợp dành cho Đoàn cấp trên (Thành đoàn, Huyện đoàn …).", field="unit")
    current = _current_summaries(ctx, me, period)
    with ctx.uow.read() as s:
        verdicts = flow_repo.approvals(s, period)
    by_pkg: dict[str, dict] = {}
    returned_before: set[tuple] = set()
    for v in verdicts:  # oldest first: the newest verdict on a package wins
        by_pkg[v["summary_package_id"]] = v
        if v["verdict"] == "returned":
            returned_before.add((v["child_code"], v["summary_kind"]))
    rows = []
    for u in _children(ctx, me):
        for kind in SUMMARY_KINDS:
            got = current.get((u.code, kind))
            if got is None:
                rows.append(ApprovalRow(u.code, u.name, kind, "missing"))
                continue
            pid, version, sent, received, branches = got
            v = by_pkg.get(pid or "")
            state = v["verdict"] if v else "received"
            rows.append(
                ApprovalRow(
                    u.code,
                    u.name,
                    kind,
                    state,
                    version,
                    pid,
                    sent,
                    received,
                    decided_on=v["decided_on"] if v else None,
                    reasons=_reasons_text(json.loads(v["reasons_json"] or "[]")) if v else (),
                    note=v["note"] if v else None,
                    resubmitted=v is None and (u.code, kind) in returned_before,
                    branches=branches,
                )
            )
    return Approvals(me.code, me.name, period, "above", tuple(rows))


def decide(
    ctx: AppContext,
    child: str,
    period: str,
    summary_kind: str,
    verdict: str,
    reasons: list[tuple[str | None, str | None, str]] | None = None,
    note: str | None = None,
    names: dict[str, str] | None = None,
):
    """Approve or return the summary ``child`` sent for ``period``; the verdict goes down in an
    "approval" package (it waits in the outbox like everything sent). ``reasons``: (branch code or
    None, criterion id or None, reason) — at least one to return; ``names``: the branches' names
    by code, kept here with the reasons (the package carries the codes). Returns (outbox item, Changes)."""
    from desktop.services.exchange import sync
    from desktop.services.safety import require_role

    require_role(ctx, "admin", "duyệt hoặc trả lại báo cáo tổng hợp")
    Period.parse(period)
    me = _self(ctx)
    if me.kind is not UnitKind.DOAN_CAP_TREN:
        raise DomainError(
            f"{me.name} không phải Đoàn cấp trên: chỉ cấp trên của Đoàn cơ sở duyệt báo cáo tổng hợp.", field="unit"
        )
    if summary_kind not in SUMMARY_KINDS:
        raise DomainError("Chọn báo cáo tổng hợp đăng ký hoặc báo cáo tổng hợp kết quả.", field="summary_kind")
    if verdict not in VERDICTS:
        raise DomainError("Chọn duyệt hoặc trả lại.", field="verdict")
    units = {u.code: u for u in _children(ctx, me)}
    u = units.get((child or "").strip())
    if u is None:
        raise DomainError(f"“{child}” không phải đơn vị trực thuộc {me.name}.", field="unit")
    got = _current_summaries(ctx, me, period, u.code).get((u.code, summary_kind))
    if got is None or not got[0]:
        raise DomainError(
            f"Chưa nhận {SUMMARY_VI[summary_kind]} kỳ {period} của {u.name}: không có gì để duyệt.", field="period"
        )
    pid, version = got[0], got[1]
    with ctx.uow.read() as s:
        last = next(
            (v for v in reversed(flow_repo.approvals(s, period, u.code)) if v["summary_package_id"] == pid), None
        )
    if last is not None and last["verdict"] == verdict:
        # the same decision on the same summary again would only send a second package down
        done = "đã được duyệt" if verdict == "approved" else "đã được trả lại để sửa"
        raise DomainError(
            f"{SUMMARY_VI[summary_kind].capitalize()} kỳ {period} của {u.name} {done} ngày "
            f"{last['decided_on']:%d/%m/%Y}: không cần làm lại. Khi Đoàn cơ sở gửi bản mới, bản mới sẽ chờ duyệt.",
            field="verdict",
        )
    clean = []
    for b, c, r in reasons or []:
        r = " ".join((r or "").split())
        if r:
            clean.append(
                {"branch": (b or "").strip() or None, "criterion": (c or "").strip()[:20] or None, "reason": r[:2000]}
            )
    if verdict == "returned" and not clean:
        raise DomainError(
            "Hãy ghi lý do trả lại (theo từng chi đoàn, tiêu chí nếu có), để Đoàn cơ sở biết cần sửa gì.",
            field="reasons",
        )
    today = ctx.today()
    data = {
        "unit": {"code": u.code, "name": u.name, "kind": u.kind.value, "parent_code": u.parent_code},
        "sender": {"code": me.code, "name": me.name, "kind": me.kind.value, "parent_code": me.parent_code},
        "campaign": CAMPAIGN,
        "period": period,
        "summary_kind": summary_kind,
        "verdict": verdict,
        "summary_package": pid,
        "summary_version": version,
        "decided_on": today.isoformat(),
        "reasons": clean[:200],
        "note": " ".join((note or "").split())[:4000] or None,
    }
    what = SUMMARY_VI[summary_kind]
    title = (
        f"Duyệt {what} {period} — {u.name}" if verdict == "approved" else f"Trả lại {what} {period} để sửa — {u.name}"
    )
    item = sync.put_in_outbox(
        ctx,
        kind="approval",
        recipient={"code": u.code, "name": u.name},
        data=data,
        campaign=CAMPAIGN,
        period=period,
        subject_extra=summary_kind,
        in_reply_to=pid,
        title=title,
    )
    with ctx.uow.begin() as s:
        row_id = flow_repo.add_approval(
            s,
            child_code=u.code,
            period=period,
            summary_kind=summary_kind,
            summary_package_id=pid,
            summary_version=version,
            verdict=verdict,
            reasons_json=json.dumps(
                [{**c, "branch_name": (names or {}).get(c["branch"] or "")} if c["branch"] else c for c in clean],
                ensure_ascii=False,
            ),
            note=data["note"],
            decided_on=today,
            decided_by=ctx.actor,
            package_id=item.package_id,
        )
        audit.record(
            s,
            actor=ctx.actor,
            action=verdict,
            entity="summary",
            entity_id=pid,
            unit_code=u.code,
            after={
                "approval": row_id,
                "summary_kind": summary_kind,
                "period": period,
                "version": version,
                "reasons": len(clean),
                "package": item.package_id,
            },
        )
    return item, Changes.of("sync")
