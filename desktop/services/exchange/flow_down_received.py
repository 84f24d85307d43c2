"""What the branch sees of what flowed down from its parent (flow_down.py sends it): returns not
yet answered by a new version, reminders of what is still not sent, alerts and share requests
waiting to be confirmed into the log (one click records them) or put away, and on the home screen
the recognition decisions received. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from db import audit
from db.repo import flow as flow_repo
from db.repo import sync as repo
from desktop.domain.errors import DomainError
from desktop.domain.units import Unit, UnitKind
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.exchange.flow_down_kinds import ALERT_KINDS, CAMPAIGN, _what_vi
from desktop.services.exchange.submissions import _me  # one shape of a unit in every package
from desktop.sync.kinds import subject_key


@dataclass(frozen=True)
class DownItem:
    """One thing from the parent waiting for the branch (home screen, log page)."""

    package_id: str
    kind: str  # return | reminder | alert
    title_vi: str
    text_vi: str
    received_at: datetime
    period: str | None
    criterion: str | None = None  # alerts: CD-1.3 / CD-1.4
    link: str | None = None
    what: str | None = None  # return / reminder: registration | quarterly | year-end
    quarter: int | None = None


def _sent_since(s, me: Unit, what: str, period: str, quarter: int | None, since: datetime) -> bool:
    """Did this branch put a newer package of that submission in its outbox after ``since``?"""
    if not me.parent_code:
        return False
    item = repo.latest_for_subject(
        s, me.parent_code, subject_key(what, campaign=CAMPAIGN, period=period, quarter=quarter)
    )
    return item is not None and item.created_at >= since


def waiting(ctx: AppContext) -> list[DownItem]:
    """Returns not yet answered by a new version, reminders of what is still not sent, alerts and
    share requests not yet confirmed into the log — newest first."""
    import json

    from desktop.services.units import self_unit

    me = self_unit(ctx)
    if me is None or me.kind is not UnitKind.CHI_DOAN:
        return []
    out = []
    with ctx.uow.read() as s:
        rows = repo.list_received(s, kinds=("return", "reminder", "alert"), current_only=True)
        done = flow_repo.actions(s)
        for r in rows:
            if r.package_id in done or r.status == "rejected":
                continue
            d = json.loads(repo.received_data(s, r.id) or "null") or {}
            try:
                item = _down_item(s, me, r, d)
            except (KeyError, TypeError, ValueError):  # a date that passed the schema's pattern but is no date
                continue
            if item is not None:
                out.append(item)
    out.sort(key=lambda i: i.received_at, reverse=True)
    return out


def _down_item(s, me: Unit, r, d: dict) -> DownItem | None:
    """The line for one package that came down, or None when it no longer waits for anything."""
    sender = (d.get("sender") or {}).get("name") or r.sender_code
    if r.kind == "return":
        if _sent_since(s, me, d["returned_kind"], d["period"], d.get("quarter"), r.received_at):
            return None  # answered by a new version
        why = "; ".join((f"{x['criterion']}: " if x.get("criterion") else "") + x["reason"] for x in d["reasons"])
        what = _what_vi(d["returned_kind"], d.get("quarter"))
        return DownItem(
            r.package_id,
            "return",
            f"{sender} trả lại {what} {d['period']} để sửa",
            why,
            r.received_at,
            d["period"],
            what=d["returned_kind"],
            quarter=d.get("quarter"),
        )
    if r.kind == "reminder":
        if _sent_since(s, me, d["what"], d["period"], d.get("quarter"), r.received_at):
            return None  # sent since
        return DownItem(
            r.package_id,
            "reminder",
            f"{sender} nhắc nộp",
            d["message"],
            r.received_at,
            d["period"],
            what=d["what"],
            quarter=d.get("quarter"),
        )
    if r.kind == "alert":
        text = d["title"] + (f" — {d['content']}" if d.get("content") else "")
        issued = date.fromisoformat(d["issued_on"])
        return DownItem(
            r.package_id,
            "alert",
            f"{ALERT_KINDS[d['criterion']]} ({sender}, {issued:%d/%m/%Y})",
            text,
            r.received_at,
            d.get("period"),
            criterion=d["criterion"],
            link=d.get("link"),
        )
    return None


def returned_for(ctx: AppContext, kind: str, period: str, quarter: int | None = None) -> str | None:
    """Why the parent returned this submission, while the branch has not sent a new version."""
    for i in waiting(ctx):
        if i.kind == "return" and i.what == kind and i.period == period and (i.quarter or None) == (quarter or None):
            return i.text_vi
    return None


def confirm_alert(ctx: AppContext, package_id: str, on_date: date | None = None) -> tuple[int, Changes]:
    """One click: the relayed alert / share request becomes an entry of the branch's log (CD-1.3 /
    CD-1.4), with the sender, the date received and the link filled in."""
    import json

    from desktop.domain.logs import ALERT, SHARE_REQUEST, LogEntry
    from desktop.services import year as cycle

    me = _me(ctx)
    with ctx.uow.read() as s:
        rows = [r for r in repo.list_received(s, kinds=("alert",), current_only=True) if r.package_id == package_id]
        if not rows:
            raise DomainError("Không tìm thấy thông báo này trong các gói đã nhận.", field="package_id")
        if package_id in flow_repo.actions(s):
            raise DomainError("Thông báo này đã được ghi vào sổ rồi.", field="package_id")
        d = json.loads(repo.received_data(s, rows[0].id) or "null")
    kind = ALERT if d["criterion"] == "CD-1.3" else SHARE_REQUEST
    try:
        issued = date.fromisoformat(d["issued_on"])
    except ValueError:
        raise DomainError(f"Ngày phát hành “{d['issued_on']}” của thông báo không hợp lệ.", field="issued_on") from None
    entry = LogEntry(
        id=None,
        unit_code=me.code,
        kind=kind,
        on_date=max(on_date or ctx.today(), issued),
        title=d["title"][:300],
        description=d.get("content"),
        channel=None,
        counterpart=(d.get("source") or d["sender"]["name"])[:200],
        received_on=issued if kind == ALERT else None,
        link=d.get("link"),
    )
    log_id, _changes = cycle.add_log(ctx, entry)
    with ctx.uow.begin() as s:
        flow_repo.record(s, package_id, "confirmed", ctx.actor, log_id)
        audit.record(
            s,
            actor=ctx.actor,
            action="confirm",
            entity="received_package",
            entity_id=package_id,
            unit_code=me.code,
            after={"log_id": log_id, "criterion": d["criterion"]},
        )
    return log_id, Changes.of("cycle", "sync")


def dismiss(ctx: AppContext, package_id: str) -> Changes:
    """Put a reminder (or an alert that does not concern the branch) away."""
    me = _me(ctx)
    with ctx.uow.begin() as s:
        if flow_repo.record(s, package_id, "dismissed", ctx.actor):
            audit.record(
                s, actor=ctx.actor, action="dismiss", entity="received_package", entity_id=package_id, unit_code=me.code
            )
    return Changes.of("sync")


def home_items(ctx: AppContext) -> list[DownItem]:
    """What the branch's home screen shows from its parent: the recognition decisions received
    ("Đã được công nhận …"), then what waits for it (returns, reminders, alerts to confirm)."""
    from desktop.services.exchange.submissions import decisions_for_self
    from desktop.services.units import self_unit

    me = self_unit(ctx)
    if me is not None and me.kind in (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN) and me.parent_code:
        from desktop.services.exchange import approval

        return approval.home_items(ctx)  # its summaries: returned, approved, reminded (issue 23)
    if me is None or me.kind is not UnitKind.CHI_DOAN:
        return []
    out = []
    for d in decisions_for_self(ctx)[:3]:
        title = (
            f"Đã được công nhận “Chi đoàn xã hội chủ nghĩa” kỳ {d.period}"
            if d.branch_recognised
            else f"Quyết định công nhận kỳ {d.period}"
        )
        text = f"Quyết định số {d.number} ngày {d.on:%d/%m/%Y} của {d.issuer_name}"
        if d.members:
            text += f"; {len(d.members)} đoàn viên được công nhận “Đoàn viên xã hội chủ nghĩa”"
        out.append(DownItem(d.package_id, "decision", title, text, d.received_at, d.period))
    return out + waiting(ctx)
