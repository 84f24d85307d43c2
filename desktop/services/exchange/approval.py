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
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from db import audit
from db.repo import flow as flow_repo
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.units import Unit, UnitKind
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.sync.kinds import subject_key

CAMPAIGN = "chi-doan-xhcn"
SUMMARY_KINDS = ("registration", "results")
SUMMARY_VI = {"registration": "báo cáo tổng hợp đăng ký", "results": "báo cáo tổng hợp kết quả"}
STATE_VI = {
    "missing": "Chưa gửi",
    "waiting": "Chờ gửi",
    "sent": "Đã gửi",
    "received": "Đã nhận",
    "approved": "Đã duyệt",
    "returned": "Trả lại",
    "rejected": "Bị từ chối",
}
VERDICTS = ("approved", "returned")


@dataclass(frozen=True)
class ApprovalRow:
    code: str  # the Đoàn cơ sở (upper end) or its parent (lower end)
    name: str
    summary_kind: str  # registration | results
    state: str  # STATE_VI keys
    version: int | None = None
    package_id: str | None = None
    sent_on: date | None = None
    received_at: datetime | None = None
    decided_on: date | None = None
    reasons: tuple[str, ...] = ()
    note: str | None = None
    resubmitted: bool = False  # a new version sent after a return
    branches: int | None = None
    reminder: str | None = None  # below: the level above reminded this unit and nothing was sent since
    reminder_package: str | None = None
    reminder_received_at: datetime | None = None
    verdict_package: str | None = None  # below: the approval package the state comes from
    verdict_received_at: datetime | None = None

    @property
    def state_vi(self) -> str:
        return STATE_VI[self.state] + (
            " (bản sửa sau khi trả lại)" if self.resubmitted and self.state == "received" else ""
        )

    @property
    def summary_vi(self) -> str:
        return SUMMARY_VI[self.summary_kind][0].upper() + SUMMARY_VI[self.summary_kind][1:]

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "summary_kind": self.summary_kind,
            "state": self.state,
            "state_vi": self.state_vi,
            "version": self.version,
            "package_id": self.package_id,
            "sent_on": self.sent_on,
            "received_at": self.received_at,
            "decided_on": self.decided_on,
            "reasons": list(self.reasons),
            "note": self.note,
            "resubmitted": self.resubmitted,
            "branches": self.branches,
            "reminder": self.reminder,
        }  # the package ids stay internal


@dataclass(frozen=True)
class Approvals:
    code: str
    name: str
    period: str
    side: str  # "above" (verdicts on the children's summaries) | "below" (this unit's own summaries)
    rows: tuple[ApprovalRow, ...] = field(default_factory=tuple)

    @property
    def counts(self) -> dict:
        out = {k: 0 for k in STATE_VI}
        for r in self.rows:
            out[r.state] += 1
        return out

    def to_json(self) -> dict:
        return {
            "unit": {"code": self.code, "name": self.name},
            "period": self.period,
            "side": self.side,
            "counts": self.counts,
            "rows": [r.to_json() for r in self.rows],
        }


def _d(text) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _reasons_text(reasons: list[dict]) -> tuple[str, ...]:
    out = []
    for r in reasons or []:
        where = " – ".join(x for x in (r.get("branch"), r.get("criterion")) if x)
        out.append((f"{where}: " if where else "") + str(r.get("reason") or ""))
    return tuple(out)


def _self(ctx: AppContext) -> Unit:
    from desktop.services.units import require_self_unit

    return require_self_unit(ctx)


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
):
    """Approve or return the summary ``child`` sent for ``period``; the verdict goes down in an
    "approval" package (it waits in the outbox like everything sent). ``reasons``: (branch code or
    None, criterion id or None, reason) — at least one to return. Returns (outbox item, Changes)."""
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
            reasons_json=json.dumps(clean, ensure_ascii=False),
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


# ============================================================== the Đoàn cơ sở
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
                reasons=_reasons_text(v.get("reasons") or []) if v else (),
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
    why = "; ".join(_reasons_text(d.get("reasons") or []))
    return (
        f"{d['sender']['name']} trả lại {what} kỳ {d['period']} để sửa: {why}"[:460]
        + " — sửa số liệu rồi gửi lại báo cáo tổng hợp (bản mới thay bản cũ)."
    )
