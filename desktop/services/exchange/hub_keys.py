"""Trust that follows the hub (issue 24): each round a parent introduces its enrolled children
to the hub (signed introductions: no one enrols thousands of branches by hand), sends the
revocations it made, and applies the revocations the hub knows of its parent and children.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db import audit
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.services.exchange import sync as sync_service
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.sync.hub import protocol as proto
from desktop.sync.online import HubRefused, HubTransport
from desktop.services.exchange.hub_state import _iso, _now, _save_state, load_state

if TYPE_CHECKING:
    from desktop.services.exchange.online_sync import SyncResult


# ------------------------------------------------------------------ trust follows the hierarchy
def _children_to_introduce(ctx: AppContext, done: dict) -> list[dict]:
    """Enrolled children whose active key the hub has not been introduced to by us yet."""
    out = []
    with ctx.uow.read() as s:
        for e in repo.list_enrolled(s, "child"):
            key = next((k for k in reversed(repo.keys_for(s, e.unit_code)) if k.status == "active"), None)
            if key is None or done.get(e.unit_code) == key.fingerprint:
                continue
            unit = units_repo.get(s, e.unit_code)
            kind = unit.kind.value if unit is not None and hasattr(unit.kind, "value") else e.kind
            out.append(
                {
                    "code": e.unit_code,
                    "name": (unit.name if unit else e.name) or e.name,
                    "kind": kind,
                    "public_key": key.public_key,
                    "fingerprint": key.fingerprint,
                }
            )
    return out


def introduce_children(ctx: AppContext, transport: HubTransport, res: SyncResult) -> None:
    """Introduce each enrolled child once (and again after its key changes). A refusal of one
    child is a note, never a failed round."""
    st = load_state(ctx)
    todo = _children_to_introduce(ctx, st.introduced)
    if not todo:
        return
    me = sync_service._self_unit(ctx)
    ident = sync_service.keystore(ctx).identity()
    for child in todo:
        doc = proto.introduction(ident, me.code, child, issued_at=_iso(_now()))
        try:
            transport.introduce(doc)
        except HubRefused as exc:
            res.notes.append(f"{child['code']}: {exc.body.get('message') or exc.status}")
            continue
        st.introduced[child["code"]] = child["fingerprint"]
        res.introduced.append(child["code"])
    _save_state(ctx, st)


def revoke_child_key(ctx: AppContext, unit_code: str, key_fingerprint: str | None = None) -> Changes:
    """A parent revokes a lost or stolen key of one of its children: here at once, at the hub on
    the next round (and from there to everyone who asks)."""
    with ctx.uow.begin() as s:
        e = repo.get_enrolled(s, unit_code)
        if e is None or e.relation != "child":
            raise DomainError(f"{unit_code} không phải đơn vị trực thuộc đã đăng ký khóa.", field="unit_code")
        keys = [
            k
            for k in repo.keys_for(s, unit_code)
            if k.status != "revoked" and (key_fingerprint is None or k.fingerprint == key_fingerprint)
        ]
        if not keys:
            raise DomainError(f"Không có khóa nào của {unit_code} để thu hồi.", field="fingerprint")
        for k in keys:
            repo.set_key_status(s, unit_code, k.fingerprint, "revoked")
            audit.record(
                s,
                actor=ctx.actor,
                action="revoke",
                entity="unit_key",
                entity_id=k.fingerprint,
                unit_code=unit_code,
                before={"status": k.status},
                after={"status": "revoked"},
            )
    st = load_state(ctx)
    st.revocations_to_send += [{"unit": unit_code, "fingerprint": k.fingerprint} for k in keys]
    st.introduced.pop(unit_code, None)
    _save_state(ctx, st)
    return Changes.of(sync_service.AREA)


def exchange_revocations(ctx: AppContext, transport: HubTransport, res: SyncResult) -> None:
    st = load_state(ctx)
    left = []
    for r in st.revocations_to_send:
        try:
            transport.revoke(r["unit"], r.get("fingerprint"))
        except HubRefused as exc:
            if exc.status >= 500:
                left.append(r)
            else:
                res.notes.append(f"{r['unit']}: {exc.body.get('message') or exc.status}")
    if left != st.revocations_to_send:
        st.revocations_to_send = left
        _save_state(ctx, st)
    rows = transport.revocations()
    if not rows:
        return
    with ctx.uow.begin() as s:
        for r in rows:
            code, fp = r.get("unit"), r.get("fingerprint")
            known = next((k for k in repo.keys_for(s, code) if k.fingerprint == fp), None) if code and fp else None
            if known is not None and known.status != "revoked":
                repo.set_key_status(s, code, fp, "revoked")
                audit.record(
                    s,
                    actor="hub",
                    action="revoke",
                    entity="unit_key",
                    entity_id=fp,
                    unit_code=code,
                    before={"status": known.status},
                    after={"status": "revoked", "by": r.get("by")},
                )
                res.notes.append(f"{code}: khóa {fp} đã bị thu hồi")
