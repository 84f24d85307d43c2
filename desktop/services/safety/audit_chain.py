"""Checking the audit trail (issue 8 §5): the hash chain of this installation's entries, and the
heads of the chains other units sent (recorded when their packages arrive) against what they
sent before, so that a rewritten history is found."""

from __future__ import annotations


from db import audit as audit_db
from desktop.domain.errors import DomainError


def verify(ctx) -> dict:
    """The chain's own links, then the anchors kept in the backups (issue 18): an entry edited
    with every later hash recomputed keeps a valid-looking chain, but no longer matches the
    backups' copies — reported at the edited entry."""
    from db.integrity import read_facts
    from desktop.services.safety.integrity import check_anchors

    with ctx.uow.read() as s:
        result = audit_db.verify_chain(s)
    try:
        anchors = check_anchors(ctx.data, read_facts(ctx.data.database).get("audit"))
    except Exception as exc:  # noqa: BLE001 - an unreadable backup folder: the chain result stands
        anchors = {"ok": True, "checked": 0, "problems": [], "error": str(exc)}
    result["anchors"] = anchors
    sent = check_sent_heads(ctx)
    result["sent_packages"] = sent
    if result["ok"] and not anchors["ok"]:
        result.update(ok=False, first_broken_id=anchors.get("first_differing_id"), reason=anchors["problems"][0])
    elif result["ok"] and not sent["ok"]:
        result.update(ok=False, first_broken_id=None, reason=sent["problems"][0])
    return result


def received_heads(ctx, sender_code: str | None = None) -> list[dict]:
    """The audit chain heads the units below sent inside their signed packages (issue 18), read
    from the stored signed originals: the proof, kept upstream, of each sender's history as it
    stood when it sent — compare with the sender's `audit verify`."""
    from desktop.services import exchange as sync
    from desktop.sync.verify import Rejected, open_package, read_manifest

    out = []
    for row in sync.received(ctx, sender_code=sender_code):
        if not row.stored_name or row.status == "rejected":
            continue
        try:
            manifest = read_manifest(open_package(sync.stored_bytes(ctx, row.stored_name)))
        except (OSError, ValueError, Rejected):
            continue
        head = manifest.raw.get("audit_head")
        if isinstance(head, dict):
            out.append(
                {
                    "sender": row.sender_code,
                    "package_id": row.package_id,
                    "kind": row.kind,
                    "sent_at": row.sender_created_at,
                    "count": head.get("count"),
                    "last_id": head.get("last_id"),
                    "last_hash": head.get("last_hash"),
                }
            )
    return sorted(out, key=lambda h: (h["sender"] or "", h["sent_at"] or ""))


def check_sent_heads(ctx) -> dict:
    """Compare the chain with the heads carried by the packages this unit sent (the signed copies
    kept in the outbox; the recipient holds identical ones, so an edit is provable upstream)."""
    import zipfile

    from db.integrity import audit_hashes
    from db.repo import sync as sync_repo
    from desktop.domain import bounded_json

    with ctx.uow.read() as s:
        items = sync_repo.outbox_items(s, None)
    heads = []
    for it in items:
        path = ctx.data.outbox / it.file_name
        try:
            with zipfile.ZipFile(path) as zf:
                manifest = bounded_json.loads(zf.read("manifest.json"), it.file_name)
        except (OSError, KeyError, zipfile.BadZipFile, DomainError):
            continue  # a package file no longer kept: nothing to compare
        head = manifest.get("audit_head") if isinstance(manifest, dict) else None
        if isinstance(head, dict) and isinstance(head.get("last_id"), int):
            heads.append((it, head))
    if not heads:
        return {"ok": True, "checked": 0, "problems": []}
    stored = audit_hashes(ctx.data.database, sorted({h["last_id"] for _, h in heads}))
    problems = []
    for it, h in sorted(heads, key=lambda x: x[1]["last_id"]):
        mine = stored.get(h["last_id"])
        if mine != h["last_hash"]:
            what = "đã mất" if mine is None else "khác"
            problems.append(
                f"nhật ký đến mục số {h['last_id']} {what} so với gói “{it.title}” đã gửi "
                f"{it.recipient_code} lúc {it.created_at:%d/%m/%Y %H:%M} (bên nhận giữ bản đã ký)"
            )
    return {"ok": not problems, "checked": len(heads), "problems": problems}
