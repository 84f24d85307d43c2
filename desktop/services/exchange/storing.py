"""Storing what an import checked (issue 7): an accepted package and its version history, a
rejected one with its reason (its bytes in the quarantine, never in the data), and the
receipts sent back to each sender.

A newer version of the same submission (same sender, recipient, subject) supersedes the older;
an older version arriving late is kept as history ("superseded"). Never a "keep this or that"
prompt.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db import audit
from db.repo import sync as repo
from desktop.services.context import AppContext
from desktop.services.exchange import record_apply, records
from desktop.services.exchange.enrolment import keystore
from desktop.services.exchange.outbox_store import _draft, _store_outbox
from desktop.services.exchange.sync import ACCEPTED, HELD, REJECTED, SUPERSEDED, _json_or_none
from desktop.sync import package as pkg
from desktop.sync.files import atomic_write
from desktop.sync.kinds import KINDS
from desktop.sync.transports import ImportOutcome, Incoming
from desktop.sync.verify import DEFAULT_LIMITS, Rejected

if TYPE_CHECKING:
    from desktop.services.exchange.receiving import _Item, _Run


def held_reason(m: pkg.Manifest, why: str | None) -> str:
    """Who sent what, why it waits, and what will release it (Vietnamese, for the list)."""
    what = KINDS[m.kind].title_vi if m.kind in KINDS else m.kind
    return (
        f"Chờ xác nhận: “{m.sender_name or m.sender_code}” ({m.sender_code}) gửi “{what}”"
        + (f" kỳ {m.period}" if m.period else "")
        + ". "
        + (why[0].upper() + why[1:] if why else "Đơn vị gửi chưa đăng ký khóa với đơn vị này")
        + ". Gói được giữ lại và tự nhận khi đơn vị gửi được xác nhận (thư mời, tệp đăng ký khóa "
        "hoặc đối chiếu mã vân tay)."
    )


def _store_accepted(ctx: AppContext, s, run: _Run, it: _Item) -> ImportOutcome:
    vp, inc = it.vp, it.inc
    m = vp.manifest
    cur = repo.current_for_subject(s, m.sender_code, m.recipient_code, m.subject)
    is_current, status, reason, superseded_by = True, ACCEPTED, "", None
    if cur is not None:
        mine = (m.version, m.created_at, m.package_id)
        theirs = (cur.version or 0, cur.sender_created_at or "", cur.package_id or "")
        if mine > theirs:
            repo.supersede(s, cur.id, m.package_id)
            reason = (
                f"Phiên bản {m.version} thay thế phiên bản {cur.version} "
                f"(gói {cur.package_id}); bản cũ vẫn xem được trong lịch sử."
            )
        else:
            is_current, status, superseded_by = False, SUPERSEDED, cur.package_id
            reason = (
                f"Đã có phiên bản mới hơn ({cur.version}, gói {cur.package_id}): bản "
                f"{m.version} được lưu vào lịch sử, không thay bản đang dùng."
            )
    row_id = repo.add_received(
        s,
        package_id=m.package_id,
        sender_code=m.sender_code,
        recipient_code=m.recipient_code,
        kind=m.kind,
        campaign=m.campaign,
        period=m.period,
        quarter=m.quarter,
        subject=m.subject,
        version=m.version,
        supersedes=m.supersedes,
        in_reply_to=m.in_reply_to,
        sender_created_at=m.created_at,
        received_by=ctx.actor,
        status=status,
        reason=reason or None,
        sha256=vp.sha256,
        manifest_sha256=vp.manifest_sha256,
        stored_name=it.ref,
        source_name=Path(inc.name).name[:300],
        data_json=json.dumps(vp.data, ensure_ascii=False),
        summary_json=json.dumps(records.summarise(m.kind, vp.data), ensure_ascii=False),
        light_json=_json_or_none(records.light(m.kind, vp.data)),
        reports_json=_json_or_none(records.reports_digest(m.kind, vp.data)),
        superseded_by=superseded_by,
        is_current=is_current,
        record_sha256=record_apply.record_sha(vp.data) if vp.relation == "child" else None,
    )
    if vp.dropped:
        reason = (f"{reason} Đã bỏ dữ liệu cá nhân không được gửi lên: {', '.join(vp.dropped)}.").strip()
    if is_current:
        note = records.apply(ctx, s, run.me, vp)
        if note:
            reason = f"{reason} {note}".strip()
            repo.add_reason_note(s, row_id, note)
    audit.record(
        s,
        actor=ctx.actor,
        action=f"receive:{status}",
        entity="received_package",
        entity_id=m.package_id,
        unit_code=m.sender_code,
        after={"kind": m.kind, "subject": m.subject, "version": m.version, "row": row_id, "sha256": vp.sha256},
    )
    return ImportOutcome(inc.name, m.package_id, status, reason, None, m.kind, m.sender_code)


def _quarantine(ctx: AppContext, inc: Incoming, content: bytes | None, exc: Rejected) -> Path | None:
    """A copy of a refused file with its reason next to it, for whoever looks into it."""
    if content is None or len(content) > DEFAULT_LIMITS.max_package_bytes:
        return None
    qdir = ctx.data.quarantine / datetime.now().strftime("%Y%m%d")
    name = pkg.safe_member_name(Path(inc.name).name, default="goi")
    target = qdir / name
    i = 1
    while target.exists():
        target = qdir / f"{i}_{name}"
        i += 1
    try:
        atomic_write(target, content, sync_dir=False)
        atomic_write(
            target.with_name(target.name + ".ly-do.txt"),
            f"{inc.name}\n{exc.code}\n{exc.reason}\n".encode(),
            sync_dir=False,
        )
    except OSError:
        return None
    return target


def _store_rejected(ctx: AppContext, s, run: _Run, it: _Item) -> ImportOutcome:
    """Record the rejection with its reason (never the content: that stays in the quarantine)."""
    exc, inc = it.rejected, it.inc
    m = exc.manifest
    row_id = repo.add_received(
        s,
        package_id=m.package_id if m else None,
        sender_code=m.sender_code if m else None,
        recipient_code=m.recipient_code if m else None,
        kind=m.kind if m else None,
        campaign=m.campaign if m else None,
        period=m.period if m else None,
        quarter=m.quarter if m else None,
        subject=m.subject if m else None,
        version=m.version if m else None,
        sender_created_at=m.created_at if m else None,
        received_by=ctx.actor,
        status=REJECTED,
        reason_code=exc.code,
        reason=exc.reason,
        stored_name=str(it.stored.relative_to(ctx.data.root)) if it.stored else None,
        source_name=Path(inc.name).name[:300],
        is_current=False,
        sender_name=(m.sender_name or None) if m else None,
    )
    status = HELD if exc.code == "unknown_sender" and it.stored is not None else REJECTED
    reason = exc.reason
    if status == HELD:
        reason = held_reason(m, getattr(exc, "why", None))
        repo.set_received_reason(s, row_id, exc.code, reason)
    return ImportOutcome(
        inc.name,
        m.package_id if m else None,
        status,
        reason,
        exc.code,
        m.kind if m else None,
        m.sender_code if m else None,
    )


def _send_receipts(ctx: AppContext, run: _Run) -> None:
    """One receipt per sender and import run, in the outbox like any package (one transaction)."""
    wanted = [(sender, entries) for sender, entries in run.receipts.items() if entries]
    if not wanted:
        return
    with ctx.uow.read() as s:
        enrolled = {e.unit_code: e for e in repo.list_enrolled(s)}
    ident = keystore(ctx).identity()
    drafts = []
    for sender, entries in wanted:
        e = enrolled.get(sender)
        if e is None:
            continue
        drafts.append(
            _draft(
                ctx,
                run.me,
                ident,
                kind="receipt",
                recipient={"code": sender, "name": e.name},
                data={"receipts": entries},
                subject_extra=entries[0]["package_id"],
                version=1,
                title=f"Biên nhận {len(entries)} gói cho {e.name}",
            )
        )
    if drafts:
        _store_outbox(ctx, run.me, drafts)


# ============================================================== read side
