"""The durable outbox (issue 7 item 3): building packages into it, recovering it after a crash,
and delivering its items through a Transport (a folder, a USB stick, the hub).

Rules kept here:

* A package's bytes never change once built; its id is unique. Re-exporting or re-sending is
  harmless: the receiver answers "duplicate" and changes nothing.
* The outbox file is written (temp + fsync + rename) BEFORE its row is committed, so an item
  the user saw in the outbox always has its file. A file without a row (crash in between) is
  never exported; ``recover_outbox`` clears such leftovers.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from db import audit
from db.repo import sync as repo
from desktop.domain.errors import DomainError
from desktop.domain.settings import with_defaults
from desktop.domain.units import Unit
from desktop.services.context import AppContext
from desktop.services.exchange.enrolment import keystore
from desktop.services.exchange.sync import PENDING, RECEIVED, REJECTED, _self_unit
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.sync import package as pkg
from desktop.sync import privacy
from desktop.sync.files import atomic_write, fsync_dir
from desktop.sync.kinds import KINDS, subject_key
from desktop.sync.transports import Delivery, FileTransport, OutgoingPackage, Transport


# ============================================================== outbox
def outbox_path(ctx: AppContext, item: repo.OutboxItem) -> Path:
    return ctx.data.outbox / item.file_name


def evidence_limit_bytes(ctx: AppContext, unit_code: str) -> int:
    from db.repo import settings as settings_repo

    with ctx.uow.read() as s:
        mb = with_defaults(settings_repo.all_for(s, unit_code))["sync_evidence_limit_mb"]
    return int(float(mb) * 1024 * 1024)


@dataclass(frozen=True)
class _Draft:
    built: pkg.BuiltPackage
    fields: dict


def _draft(
    ctx: AppContext,
    me: Unit,
    ident,
    *,
    kind: str,
    recipient: dict,
    data: dict,
    title: str,
    campaign: str | None = None,
    period: str | None = None,
    quarter: int | None = None,
    subject_extra: str | None = None,
    documents: list[pkg.Attachment] | None = None,
    evidence: list[pkg.Attachment] | None = None,
    in_reply_to: str | None = None,
    version: int | None = None,
    package_id: str | None = None,
) -> _Draft:
    subject = subject_key(kind, campaign=campaign, period=period, quarter=quarter, extra=subject_extra)
    prev = None
    if kind != "receipt":  # a receipt is never superseded
        with ctx.uow.read() as s:
            prev = repo.latest_for_subject(s, recipient["code"], subject)
    if version is None:
        version = (prev.version + 1) if prev else 1
    limit = evidence_limit_bytes(ctx, me.code) if evidence else None
    from desktop.services.exchange.joining import introduction_for

    # A package printed for before it is built (its documents carry its id, issue 19) keeps that id.
    package_id = package_id or str(uuid.uuid4())
    with ctx.uow.read() as s:
        head = audit.head(s)  # the sender's audit chain head, signed into the package (issue 18)
    built = pkg.build(
        signer=ident,
        kind=kind,
        sender={"code": me.code, "name": me.name},
        recipient=recipient,
        data=data,
        campaign=campaign,
        period=period,
        quarter=quarter,
        subject=subject,
        version=version,
        supersedes=prev.package_id if prev else None,
        in_reply_to=in_reply_to,
        documents=documents,
        evidence=evidence,
        evidence_limit=limit,
        package_id=package_id,
        personal_fields=privacy.personal_fields_of(kind, data, with_documents=bool(documents)),
        introduction=introduction_for(ctx, me, recipient["code"], ident, package_id)
        if KINDS[kind].direction != "down"
        else None,
        audit_head=head,
    )
    return _Draft(
        built,
        dict(
            package_id=built.package_id,
            kind=kind,
            recipient_code=recipient["code"],
            campaign=campaign,
            period=period,
            quarter=quarter,
            subject=subject,
            version=version,
            supersedes=prev.package_id if prev else None,
            in_reply_to=in_reply_to,
            title=title[:300],
            file_name=built.file_name(),
            sha256=built.sha256,
            size=len(built.content),
            status=PENDING,
            created_by=ctx.actor,
        ),
    )


def _store_outbox(ctx: AppContext, me: Unit, drafts: list[_Draft]) -> list[repo.OutboxItem]:
    """Files first (durable), then the rows in one transaction: an item the user sees in the
    outbox always has its file; a file without a row is cleared by ``recover_outbox``."""
    ctx.data.outbox.mkdir(parents=True, exist_ok=True)
    paths = []
    try:
        for d in drafts:
            path = ctx.data.outbox / d.fields["file_name"]
            atomic_write(path, d.built.content, sync_dir=False)
            paths.append(path)
        fsync_dir(ctx.data.outbox)
        with ctx.uow.begin() as s:
            items = []
            for d in drafts:
                items.append(repo.add_outbox(s, **d.fields))
                audit.record(
                    s,
                    actor=ctx.actor,
                    action="create",
                    entity="outbox_item",
                    entity_id=d.built.package_id,
                    unit_code=me.code,
                    after={k: d.fields[k] for k in ("kind", "recipient_code", "subject", "version", "sha256")},
                )
    except BaseException:
        for p in paths:
            p.unlink(missing_ok=True)
        raise
    return items


def put_in_outbox(
    ctx: AppContext,
    *,
    kind: str,
    recipient: dict,
    data: dict,
    title: str,
    campaign: str | None = None,
    period: str | None = None,
    quarter: int | None = None,
    subject_extra: str | None = None,
    documents: list[pkg.Attachment] | None = None,
    evidence: list[pkg.Attachment] | None = None,
    in_reply_to: str | None = None,
    version: int | None = None,
    package_id: str | None = None,
) -> repo.OutboxItem:
    """Build, sign and durably store one package; it waits in the outbox with status "chờ gửi".

    A submission of the same subject to the same recipient gets the next version number and
    names the version it supersedes."""
    me = _self_unit(ctx)
    ident = keystore(ctx).identity()
    draft = _draft(
        ctx,
        me,
        ident,
        kind=kind,
        recipient=recipient,
        data=data,
        title=title,
        campaign=campaign,
        period=period,
        quarter=quarter,
        subject_extra=subject_extra,
        documents=documents,
        evidence=evidence,
        in_reply_to=in_reply_to,
        version=version,
        package_id=package_id,
    )
    [item] = _store_outbox(ctx, me, [draft])
    return item


_RECOVERED: set[str] = set()  # data folders whose outbox was checked in this process


def recover_outbox_once(ctx: AppContext) -> None:
    """``recover_outbox`` the first time the outbox of this data folder is used in this process.

    The status bar asks for the outbox counts right after start (on the task runner), so the
    leftovers of a crash are cleared at start without a GUI-thread cost or a call in app.py."""
    key = str(ctx.data.root)
    if key in _RECOVERED:
        return
    _RECOVERED.add(key)
    try:
        recover_outbox(ctx)
    except OSError:  # a locked or vanished file: tried again in the next session
        pass


def outbox(ctx: AppContext, statuses: tuple[str, ...] | None = None) -> list[repo.OutboxItem]:
    recover_outbox_once(ctx)
    with ctx.uow.read() as s:
        return repo.outbox_items(s, statuses)


def outbox_item(ctx: AppContext, package_id: str) -> repo.OutboxItem | None:
    with ctx.uow.read() as s:
        return repo.outbox_get(s, package_id)


def outbox_counts(ctx: AppContext) -> dict[str, int]:
    recover_outbox_once(ctx)
    with ctx.uow.read() as s:
        return repo.outbox_counts(s)


def recover_outbox(ctx: AppContext, *, min_age_s: float = 3600.0) -> dict:
    """After a crash: remove half-written temporaries and package files no row refers to (they
    were never shown to the user as in the outbox); report rows whose file is missing. Only files
    older than ``min_age_s`` are touched, so a submission being written right now is left alone."""
    import time

    now = time.time()

    def old(p: Path) -> bool:
        try:
            return now - p.stat().st_mtime >= min_age_s
        except OSError:
            return False

    removed = 0
    if ctx.data.outbox.is_dir():
        for p in ctx.data.outbox.glob(".*.tmp-sothidua"):
            if old(p):
                p.unlink(missing_ok=True)
                removed += 1
    with ctx.uow.read() as s:
        items = repo.outbox_items(s)
    names = {i.file_name for i in items}
    orphans = 0
    if ctx.data.outbox.is_dir():
        for p in ctx.data.outbox.glob(f"*{pkg.EXTENSION}"):
            if p.name not in names and old(p):
                p.unlink(missing_ok=True)
                orphans += 1
    missing = [i.package_id for i in items if not (ctx.data.outbox / i.file_name).exists()]
    return {"temporaries": removed, "orphans": orphans, "missing": missing}


def deliver(
    ctx: AppContext,
    transport: Transport,
    package_ids: list[str] | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> list[Delivery]:
    """Hand outbox items to a transport (default: every item waiting to be sent) and record the
    outcome of each. Items already received stay as they are unless named explicitly."""
    with ctx.uow.read() as s:
        if package_ids is None:
            items = list(reversed(repo.outbox_items(s, (PENDING,))))
        else:
            items = repo.outbox_items(s, package_ids=list(package_ids))
            found = {i.package_id for i in items}
            missing = [p for p in package_ids if p not in found]
            if missing:
                raise DomainError(f"Không có gói “{missing[0]}” trong hộp thư đi.", field="package_id")
    outgoing = [
        OutgoingPackage(i.package_id, i.file_name, outbox_path(ctx, i), i.recipient_code, i.kind, i.sha256)
        for i in items
    ]
    if not outgoing:
        return []
    deliveries = transport.deliver(outgoing, progress, cancel)
    by_id = {i.package_id: i for i in items}
    me = _self_unit(ctx)
    with ctx.uow.begin() as s:
        for d in deliveries:
            item = by_id.get(d.package_id)
            if item is None or not d.ok:
                continue
            if d.acknowledged:
                new = RECEIVED
            elif item.status in (RECEIVED, REJECTED):
                new = item.status  # re-exporting a settled item does not reopen it
            else:
                new = transport.delivered_status
            changed = repo.set_outbox_status(
                s, d.package_id, new, reason=item.reason if new == item.status else None, where=d.where
            )
            if changed:
                audit.record(
                    s,
                    actor=ctx.actor,
                    action=f"deliver:{transport.key}",
                    entity="outbox_item",
                    entity_id=d.package_id,
                    unit_code=me.code,
                    before={"status": item.status},
                    after={"status": new, "where": d.where},
                )
    return deliveries


def export_outbox(
    ctx: AppContext,
    folder: Path,
    package_ids: list[str] | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> list[Delivery]:
    """Copy outbox items to a folder or USB stick (default: all items waiting to be sent), each
    under the name a person recognises ('BienNhan-DoanXaAnLao-3f2a9c01.stpkg', as "Nộp" saves it;
    two items that would share a name keep their own by their short package id)."""
    from desktop.services.exchange.sending import file_name_for

    with ctx.uow.read() as s:
        items = (
            repo.outbox_items(s, (PENDING,))
            if package_ids is None
            else repo.outbox_items(s, package_ids=list(package_ids))
        )
    try:
        names = {i.package_id: file_name_for(ctx, i) for i in items}
    except DomainError:  # no unit of its own yet: the outbox names
        names = {i.package_id: i.file_name for i in items}
    counts: dict[str, int] = {}
    for n in names.values():
        counts[n] = counts.get(n, 0) + 1
    for pid, n in list(names.items()):
        if counts[n] > 1:
            stem = n[: -len(pkg.EXTENSION)]
            names[pid] = f"{stem}-{pid.replace('-', '')[:8]}{pkg.EXTENSION}"
    return deliver(ctx, FileTransport(Path(folder), names), package_ids, progress=progress, cancel=cancel)
