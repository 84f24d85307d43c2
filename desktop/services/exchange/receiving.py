"""Receiving packages (issue 7): from files, folders or a transport, in batches, each file
verified on its own against the keys we trust.

Rules kept here:

* Every file is independent (its own savepoint); anything wrong is quarantined with its reason
  and nothing of it reaches the data.
* A package whose sender is not known yet is held; ``release_held`` imports it again once the
  sender is confirmed.
* After storing, the newest record of each branch that sent one is written into this
  installation's tables (``desktop/services/exchange/record_apply.py``), and receipts go back.

Storing what was checked (accepted, superseded, rejected) and answering with receipts is
``desktop/services/exchange/storing.py``.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.units import Unit
from desktop.services.context import AppContext
from desktop.services.exchange import record_apply, records
from desktop.services.exchange.records import stored_bytes
from desktop.services.exchange.storing import _quarantine, _send_receipts, _store_accepted, _store_rejected
from desktop.services.exchange.sync import (
    ACCEPTED,
    DUPLICATE,
    REJECTED,
    RELEASED,
    SUPERSEDED,
    _self_unit,
    import_status_label,
    inbox_dir,
)
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.sync import keys as keymod
from desktop.sync import package as pkg
from desktop.sync.files import atomic_write, fsync_dir
from desktop.sync.transports import ImportOutcome, Incoming, Transport, package_files
from desktop.sync.verify import DEFAULT_LIMITS, Limits, Rejected, TrustedKey, open_package, read_file, verify


# ============================================================== import
class _Trust:
    """The receiver's view for verify(): our code and every enrolled unit's keys."""

    def __init__(self, ctx: AppContext, me: Unit):
        self.self_code = me.code
        self._keys: dict[str, list[TrustedKey]] = defaultdict(list)
        with ctx.uow.read() as s:
            for k, relation in repo.all_keys(s):
                self._keys[k.unit_code].append(TrustedKey(keymod.unb64(k.public_key), k.status, relation))
            self.units = {u.code: u.parent_code for u in units_repo.list_all(s)}
            self.enrolled_children = {e.unit_code for e in repo.list_enrolled(s, "child")}
        for lst in self._keys.values():  # try the active key first
            lst.sort(key=lambda k: {"active": 0, "retired": 1}.get(k.status, 2))

    def add(self, unit_code: str, public_raw: bytes, relation: str) -> None:
        """A key trusted during this import (an invitation's introduction)."""
        self._keys[unit_code].insert(0, TrustedKey(public_raw, "active", relation))
        if relation == "child":
            self.enrolled_children.add(unit_code)

    def keys_for(self, unit_code: str) -> list[TrustedKey]:
        return self._keys.get(unit_code, [])

    def relation(self, unit_code: str) -> str | None:
        keys = self._keys.get(unit_code)
        return keys[0].relation if keys else None


@dataclass
class _Run:
    """State shared by the files of one import: what is already stored, receipts to send."""

    trust: _Trust
    me: Unit
    known: dict[str, str]
    receipts: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    records: set[str] = field(default_factory=set)  # senders whose record may need writing
    changed: bool = False
    ctx: AppContext | None = None
    introduced: set[str] = field(default_factory=set)  # senders trusted by invitation in this run


def import_paths(
    ctx: AppContext,
    paths: Iterable[Path],
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    limits: Limits = DEFAULT_LIMITS,
    apply_records: bool = True,
) -> list[ImportOutcome]:
    """Import package files, or every *.stpkg in the folders given; one outcome per file.

    Two phases: every file is verified and stored on its own (the dashboard is up to date after
    this); then, with ``apply_records``, the newest record of each branch that sent one is
    written into this installation's tables (``apply_pending_records`` does it later otherwise)."""
    files = package_files([Path(p) for p in paths])
    return receive_from(
        ctx,
        [Incoming(name=str(f), path=f) for f in files],
        progress=progress,
        cancel=cancel,
        limits=limits,
        apply_records=apply_records,
    )


def receive(
    ctx: AppContext,
    transport: Transport,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> list[ImportOutcome]:
    """Fetch what a transport has for us and import it (the hub transport uses this)."""
    incoming = list(transport.fetch(progress, cancel))
    return receive_from(ctx, incoming, progress=progress, cancel=cancel, limits=limits, transport=transport)


BATCH_EXT = ".stbatch"
BATCH = 50  # files per transaction: each file has its own savepoint, so one bad file changes nothing else


def receive_from(
    ctx: AppContext,
    incoming: list[Incoming],
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    limits: Limits = DEFAULT_LIMITS,
    transport: Transport | None = None,
    apply_records: bool = True,
) -> list[ImportOutcome]:
    me = _self_unit(ctx)
    with ctx.uow.read() as s:
        known = repo.known_package_ids(s)
    run = _Run(_Trust(ctx, me), me, known, ctx=ctx)
    out: list[ImportOutcome] = []
    total = len(incoming)
    for first in range(0, total, BATCH):
        chunk = incoming[first : first + BATCH]
        results = _import_chunk(ctx, run, chunk, limits, progress, cancel, first, total)
        out.extend(results)
        if transport is not None:  # only once the chunk is committed
            for inc, outcome in zip(chunk, results):
                transport.acknowledge(inc, outcome)
    if run.records and apply_records:
        notes = record_apply.apply_records(ctx, me, run.records, progress)
        out = [
            replace(o, reason=f"{o.reason} {notes[o.sender_code]}".strip())
            if o.sender_code in notes and o.status in (ACCEPTED, SUPERSEDED)
            else o
            for o in out
        ]
    progress(total, total, "")
    _send_receipts(ctx, run)
    if run.introduced:
        release_held(ctx, sorted(run.introduced))
    if any(o.kind == "catalog" and o.status == ACCEPTED for o in out):
        from desktop.services.catalogs import forget_catalogs

        forget_catalogs(ctx)  # a catalog update takes effect now (issue 17)
    return out


def release_held(ctx: AppContext, senders: list[str] | None = None) -> list[ImportOutcome]:
    """Import again, from their quarantine copies, the packages held because their sender was not
    known (or refused for that reason before holding existed). Called when a sender is confirmed:
    enrolment file, invitation, or fingerprint confirmation. The held rows then read "released"."""
    with ctx.uow.read() as s:
        rows = [r for code in (senders or [None]) for r in repo.held_rows(s, code)]
    if not rows:
        return []
    trust = _Trust(ctx, _self_unit(ctx))
    rows = [r for r in rows if trust.keys_for(r.sender_code or "")]
    incoming, kept = [], []
    for r in rows:
        try:
            content = stored_bytes(ctx, r.stored_name)
            verify(open_package(content), trust)
        except OSError:
            continue
        except Rejected as exc:
            if exc.code in ("unknown_sender", "bad_signature"):
                continue  # still not confirmed (e.g. another installation of a known branch): stays held
        incoming.append(Incoming(name=r.source_name, content=content))
        kept.append(r)
    if not incoming:
        return []
    outcomes = receive_from(ctx, incoming)
    with ctx.uow.begin() as s:
        for r, o in zip(kept, outcomes):
            if o.status in (ACCEPTED, SUPERSEDED, DUPLICATE):
                repo.set_received_reason(
                    s, r.id, RELEASED, f"Đã nhận sau khi xác nhận đơn vị gửi ({local_now_text()})."
                )
    return outcomes


def local_now_text() -> str:
    return datetime.now().strftime("%d/%m/%Y %H:%M")


def apply_pending_records(ctx: AppContext) -> dict[str, str]:
    """Write the newest record of every enrolled child that is not written yet (e.g. after an
    import was interrupted between storing the packages and updating the branches' data)."""
    me = _self_unit(ctx)
    with ctx.uow.read() as s:
        children = [e.unit_code for e in repo.list_enrolled(s, "child")]
    return record_apply.apply_records(ctx, me, children)


@dataclass
class _Item:
    inc: Incoming
    content: bytes | None = None
    vp: object = None  # VerifiedPackage
    rejected: Rejected | None = None
    outcome: ImportOutcome | None = None
    stored: Path | None = None  # the quarantine copy of a refused file
    ref: str | None = None  # where an accepted package's bytes are kept (see _import_chunk)


def _check(run: _Run, inc: Incoming, limits: Limits, seen: dict[str, str]) -> _Item:
    item = _Item(inc)
    try:
        if inc.content is None and inc.path is not None:
            item.content = read_file(inc.path, limits)
        else:
            item.content = inc.read(limits.max_package_bytes)
        opened = open_package(item.content, limits)
        try:
            item.vp = verify(opened, run.trust, limits)
        except Rejected as exc:
            m = exc.manifest
            if exc.code == "bad_signature" and m is not None and (m.introduction or {}).get("invitation_id"):
                # Another installation of a known branch, with the same invitation: held, and
                # named as such, for a person to confirm (e.g. the branch's new computer).
                exc = Rejected("unknown_sender", f"“{m.sender_name or m.sender_code}” ({m.sender_code})", manifest=m)
            if exc.code != "unknown_sender" or m is None or not _introduce(run, exc):
                raise exc from None
            item.vp = verify(opened, run.trust, limits)
        _receiver_checks(run, item.vp)
    except Rejected as exc:
        item.rejected = exc
        return item
    except Exception as exc:  # noqa: BLE001 - nothing a file holds may stop the other files
        item.rejected = Rejected("not_a_package", f"lỗi không lường trước: {type(exc).__name__}")
        return item
    m = item.vp.manifest
    prior = run.known.get(m.package_id) or seen.get(m.package_id)
    if prior is not None:
        if prior == item.vp.manifest_sha256:
            item.outcome = ImportOutcome(
                inc.name,
                m.package_id,
                DUPLICATE,
                "Gói này đã được nhận trước đó: không thay đổi gì.",
                None,
                m.kind,
                m.sender_code,
            )
        else:
            item.rejected = Rejected("conflict", f"mã gói {m.package_id}", manifest=m)
        return item
    seen[m.package_id] = item.vp.manifest_sha256
    return item


def _import_chunk(
    ctx: AppContext, run: _Run, chunk: list[Incoming], limits: Limits, progress, cancel, first: int, total: int
) -> list[ImportOutcome]:
    seen: dict[str, str] = {}
    items = []
    for n, inc in enumerate(chunk):
        if cancel is not None:
            cancel.check()
        progress(first + n, total, Path(inc.name).name)
        items.append(_check(run, inc, limits, seen))
    folders = set()
    batch: Path | None = None
    try:
        # Durable copies first, then the rows. The accepted packages of a chunk are kept, byte for
        # byte, in ONE batch file (one fsync instead of one per package); a row points at its
        # package as "inbox/<month>/<batch>.stbatch#<offset>:<size>".
        accepted = [it for it in items if it.rejected is None and it.outcome is None]
        if accepted:
            batch = inbox_dir(ctx) / datetime.now().strftime("%Y-%m") / f"{uuid.uuid4().hex}{BATCH_EXT}"
            offset, parts = 0, []
            for it in accepted:
                it.ref = f"{batch.relative_to(ctx.data.root).as_posix()}#{offset}:{len(it.content)}"
                parts.append(it.content)
                offset += len(it.content)
            atomic_write(batch, b"".join(parts), sync_dir=False)
            folders.add(batch.parent)
        for it in items:
            if it.rejected is not None:
                it.stored = _quarantine(ctx, it.inc, it.content, it.rejected)
                if it.stored is not None:
                    folders.add(it.stored.parent)
        for f in folders:
            fsync_dir(f)
        with ctx.uow.begin() as s:
            for it in items:
                if it.outcome is not None:
                    continue
                if it.rejected is None:
                    try:
                        with s.begin_nested():
                            it.outcome = _store_accepted(ctx, s, run, it)
                        continue
                    except Exception as exc:  # noqa: BLE001 - this file only; the others go on
                        it.ref = None
                        it.rejected = Rejected(
                            "not_a_package",
                            f"không lưu được: {type(exc).__name__}: {str(exc)[:200]}",
                            manifest=it.vp.manifest,
                        )
                it.outcome = _store_rejected(ctx, s, run, it)
    except BaseException:
        if batch is not None:
            batch.unlink(missing_ok=True)
        raise
    for it in items:  # committed: remember what is stored, what to acknowledge
        o = it.outcome
        if it.rejected is None and o.status in (ACCEPTED, SUPERSEDED):
            m = it.vp.manifest
            run.known[m.package_id] = it.vp.manifest_sha256
            if it.vp.relation == "child" and m.kind in records.RECORD_KINDS:
                run.records.add(m.sender_code)
            if m.kind != "receipt":
                run.receipts[m.sender_code].append(
                    {
                        "package_id": m.package_id,
                        "status": o.status,
                        "reason": o.reason or import_status_label(o.status),
                        "received_at": pkg.utc_now_iso(),
                    }
                )
        elif it.rejected is not None:
            m = it.rejected.manifest
            if (
                m is not None
                and m.kind != "receipt"
                and run.trust.relation(m.sender_code)
                and m.recipient_code == run.me.code
            ):
                run.receipts[m.sender_code].append(
                    {
                        "package_id": m.package_id,
                        "status": REJECTED,
                        "reason": it.rejected.reason[:1000],
                        "received_at": pkg.utc_now_iso(),
                    }
                )
        run.changed = run.changed or o.status != DUPLICATE
    return [it.outcome for it in items]


def _introduce(run: _Run, exc: Rejected) -> bool:
    """An unknown sender's package that carries an invitation's introduction: trust its key when
    the invitation allows it (services/exchange/joining.py); otherwise say why in the held reason."""
    from desktop.services.exchange.joining import trust_by_introduction

    m = exc.manifest
    result = trust_by_introduction(run.ctx, run.me, m)
    if result is None:
        return False
    if not result.trusted:
        exc.why = result.reason
        return False
    run.trust.add(m.sender_code, keymod.unb64(m.introduction["public_key"]), "child")
    run.introduced.add(m.sender_code)
    return True


def _receiver_checks(run: _Run, vp) -> None:
    """What the receiver checks beyond the signature and the schema: a record belongs to the
    sender (or a branch it keeps). (verify() already kept only the personal fields the sender may
    send.)"""
    from desktop.sync.verify import check_record_owner

    m = vp.manifest
    if vp.relation == "child":
        check_record_owner(m, vp.data, run.me.code, run.trust.units, run.trust.enrolled_children)
