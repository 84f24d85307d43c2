"""Packages between units (issue 7): identity and enrolment, the durable outbox, export and
import through a Transport, receipts, and the read side (history, decisions, previews).

Rules kept here:

* A package's bytes never change once built; its id is unique. Re-exporting or re-sending is
  harmless: the receiver answers "duplicate" and changes nothing.
* The outbox file is written (temp + fsync + rename) BEFORE its row is committed, so an item
  the user saw in the outbox always has its file. A file without a row (crash in between) is
  never exported; ``recover_outbox`` clears such leftovers.
* Importing: every file is independent (one transaction each); anything wrong is quarantined
  with its reason and nothing of it reaches the data. A newer version of the same submission
  (same sender, recipient, subject) supersedes the older; an older version arriving late is
  kept as history ("superseded"). Never a "keep this or that" prompt.
* The kinds' content (what a registration or a decision holds) is built by
  ``desktop/services/exchange/submissions.py`` and applied on arrival by ``desktop/services/exchange/records.py``.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from db import audit
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.settings import with_defaults
from desktop.domain.units import Unit, UnitKind
from desktop.i18n.catalogue import texts
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.exchange import records
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.services.exchange.records import stored_bytes
from desktop.sync import keys as keymod
from desktop.sync import package as pkg
from desktop.sync import privacy
from desktop.sync.files import atomic_write, fsync_dir
from desktop.sync.kinds import KINDS, subject_key
from desktop.sync.transports import (
    Delivery,
    FileTransport,
    ImportOutcome,
    Incoming,
    OutgoingPackage,
    Transport,
    package_files,
)
from desktop.sync.verify import (
    DEFAULT_LIMITS,
    Limits,
    Rejected,
    TrustedKey,
    open_package,
    read_file,
    verify,
    verify_enrolment,
)

AREA = "sync"

# Outbox statuses (issue 7 item 3), stored as codes, shown translated (outbox_status_label).
PENDING, EXPORTED, SENT, RECEIVED, REJECTED = "pending", "exported", "sent", "received", "rejected"
OUTBOX_STATUSES = {
    PENDING: QT_TRANSLATE_NOOP("OutboxStatus", "Waiting to be sent"),
    EXPORTED: QT_TRANSLATE_NOOP("OutboxStatus", "Exported to file"),
    SENT: QT_TRANSLATE_NOOP("OutboxStatus", "Sent"),
    RECEIVED: QT_TRANSLATE_NOOP("OutboxStatus", "Received"),
    REJECTED: QT_TRANSLATE_NOOP("OutboxStatus", "Rejected"),
}
# Import results (the CLI's "status").
ACCEPTED, DUPLICATE, SUPERSEDED = "accepted", "duplicate", "superseded"
# A package whose sender is not known here yet is HELD (stored as rejected with the reason code
# "unknown_sender", its file kept in the quarantine); confirming the sender imports it again by
# itself, and the held row then reads "released".
HELD, RELEASED = "held", "released"
IMPORT_STATUSES = {
    ACCEPTED: QT_TRANSLATE_NOOP("ImportStatus", "Accepted"),
    DUPLICATE: QT_TRANSLATE_NOOP("ImportStatus", "Duplicate (already received)"),
    SUPERSEDED: QT_TRANSLATE_NOOP("ImportStatus", "Older version (kept in history)"),
    REJECTED: QT_TRANSLATE_NOOP("ImportStatus", "Rejected"),
    HELD: QT_TRANSLATE_NOOP("ImportStatus", "Waiting for confirmation"),
    RELEASED: QT_TRANSLATE_NOOP("ImportStatus", "Accepted after confirmation"),
}


def outbox_status_label(status: str, language: str = "vi") -> str:
    """An outbox status as a person reads it (Vietnamese unless told otherwise)."""
    return texts(language).translate("OutboxStatus", OUTBOX_STATUSES[status]) if status in OUTBOX_STATUSES else status


def import_status_label(status: str, language: str = "vi") -> str:
    """An import result as a person reads it (Vietnamese unless told otherwise)."""
    return texts(language).translate("ImportStatus", IMPORT_STATUSES[status]) if status in IMPORT_STATUSES else status


def row_status(row) -> str:
    """What a received row is for the person reading the list: held, released, or its status."""
    if row.status == REJECTED and row.reason_code == "unknown_sender":
        return HELD
    if row.status == REJECTED and row.reason_code == RELEASED:
        return RELEASED
    return row.status


def _changes() -> Changes:
    return Changes.of(AREA)


def inbox_dir(ctx: AppContext) -> Path:
    """Accepted packages, kept as received (the signed original is the record)."""
    return ctx.data.root / "inbox"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _unit_json(u: Unit) -> dict:
    return {
        "code": u.code,
        "name": u.name,
        "kind": u.kind.value,
        "branch_type": u.branch_type.value if u.branch_type else None,
        "grade": u.grade,
        "all_party_members": u.all_party_members,
        "parent_code": u.parent_code,
    }


def _self_unit(ctx: AppContext) -> Unit:
    with ctx.uow.read() as s:
        unit = units_repo.get_self(s)
    if unit is None:
        raise DomainError("Máy này chưa có hồ sơ đơn vị: hãy tạo hồ sơ đơn vị trước khi gửi hoặc nhận gói.")
    return unit


# ============================================================== identity
def keystore(ctx: AppContext) -> keymod.KeyStore:
    """The unit's keys. Creating them (the first ``identity()``) is a change: refused while the
    data is read-only (a viewer, a damaged file), before any file is written (issue 18)."""
    from desktop.services.safety import require_writable

    ks = keymod.KeyStore(ctx.data.keys)
    if not ks.exists:
        require_writable(ctx)
    return ks


@dataclass(frozen=True)
class IdentityInfo:
    unit_code: str
    unit_name: str
    fingerprint: str
    created_at: str
    rotations: int


def identity(ctx: AppContext) -> IdentityInfo:
    """This installation's key (created now if it has none) and its fingerprint."""
    from desktop.services.safety import require_writable

    unit = _self_unit(ctx)
    ks = keystore(ctx)
    existed = ks.exists
    if not existed:
        require_writable(ctx)  # creating the key is a change: not for a viewer
    ident = ks.identity()
    if not existed:
        with ctx.uow.begin() as s:
            audit.record(
                s,
                actor=ctx.actor,
                action="create",
                entity="sync_key",
                entity_id=ident.fingerprint,
                unit_code=unit.code,
                after={"fingerprint": ident.fingerprint},
            )
    return IdentityInfo(unit.code, unit.name, ident.fingerprint, ident.created_at, len(ks.rotation_chain()))


def rotate_key(ctx: AppContext) -> IdentityInfo:
    """Make a new key pair; the old key vouches for the new one in the next enrolment file."""
    from desktop.services.safety import require_role, require_writable

    require_role(ctx, "admin", "đổi khóa của đơn vị")
    require_writable(ctx)
    unit = _self_unit(ctx)
    old, new = keystore(ctx).rotate(unit.code)
    with ctx.uow.begin() as s:
        audit.record(
            s,
            actor=ctx.actor,
            action="rotate",
            entity="sync_key",
            entity_id=new.fingerprint,
            unit_code=unit.code,
            before={"fingerprint": old.fingerprint},
            after={"fingerprint": new.fingerprint},
        )
    return identity(ctx)


# ============================================================== enrolment
@dataclass(frozen=True)
class EnrolExport:
    path: Path
    fingerprint: str
    unit_code: str


def enrolment_package(ctx: AppContext) -> pkg.BuiltPackage:
    unit = _self_unit(ctx)
    ks = keystore(ctx)
    ident = ks.identity()
    data = {
        "unit": _unit_json(unit),
        "public_key": ident.public_b64,
        "fingerprint": ident.fingerprint,
        "key_created_at": ident.created_at,
        "rotation": ks.rotation_chain(),
    }
    return pkg.build(
        signer=ident,
        kind="enrolment",
        sender={"code": unit.code, "name": unit.name},
        recipient={"code": pkg.ANY_CHILD, "name": ""},
        data=data,
        subject="enrolment",
        version=len(data["rotation"]) + 1,
    )


def enrol_export(ctx: AppContext, out: Path) -> EnrolExport:
    """Write this unit's enrolment file (its public key) for the parent or the children."""
    built = enrolment_package(ctx)
    out = Path(out)
    if out.is_dir():
        out = out / f"SoThiDua_dang-ky-khoa_{pkg.safe_member_name(built.manifest.sender_code)}{pkg.EXTENSION}"
    elif not out.suffix:  # a name typed without its type: the other side's file picker must see it
        out = out.with_name(out.name + pkg.EXTENSION)
    atomic_write(out, built.content)
    return EnrolExport(out, built.manifest.key_fingerprint, built.manifest.sender_code)


@dataclass(frozen=True)
class EnrolResult:
    unit_code: str
    unit_name: str
    relation: str  # child | parent
    fingerprint: str
    status: str  # enrolled | unchanged | rotated | replaced
    message: str


def enrol_import(ctx: AppContext, path: Path, *, replace_lost_key: bool = False) -> EnrolResult:
    """Trust the key in an enrolment file: of a child (its parent_code is us) or of our parent.

    First enrolment: the user compares the fingerprint by phone. A new key of an enrolled unit
    is accepted when the file carries a rotation statement signed by a key we trust; otherwise
    only as an explicit replacement of a lost key (``replace_lost_key``), which revokes the old
    one (packages signed with it are then refused)."""
    me = _self_unit(ctx)
    try:
        content = read_file(Path(path))
        ve = verify_enrolment(content)
    except Rejected as exc:
        raise DomainError(f"Tệp đăng ký khóa “{Path(path).name}” bị từ chối: {exc.reason}") from None
    u = ve.data["unit"]
    code = u["code"]
    if code == me.code:
        raise DomainError("Đây là tệp đăng ký khóa của chính đơn vị này.")
    if u.get("parent_code") == me.code:
        relation = "child"
    elif me.parent_code and code == me.parent_code:
        relation = "parent"
    else:
        raise DomainError(
            f"“{u['name']}” ({code}) không phải đơn vị trực thuộc cũng không phải đơn vị cấp trên của "
            f"“{me.name}” ({me.code}): hồ sơ của họ ghi đơn vị cấp trên là “{u.get('parent_code') or '—'}”."
        )
    pub = keymod.b64(ve.public_raw)
    with ctx.uow.begin() as s:
        enrolled = repo.get_enrolled(s, code)
        keys = repo.keys_for(s, code) if enrolled else []
        fps = {k.fingerprint: k for k in keys}
        status, message = "enrolled", ""
        if enrolled and ve.fingerprint in fps:
            k = fps[ve.fingerprint]
            if k.status == "revoked":
                raise DomainError(
                    f"Khóa {ve.fingerprint} của “{code}” đã bị thu hồi (báo mất): không thể "
                    "dùng lại. Đơn vị đó cần tạo khóa mới."
                )
            status = "unchanged"
            message = "Đơn vị đã đăng ký với đúng khóa này: không có gì thay đổi."
        elif enrolled:
            trusted = {k.fingerprint for k in keys if k.status in ("active", "retired")}
            via = keymod.verify_rotation_chain(code, ve.data.get("rotation") or [], ve.public_raw, trusted)
            active = [k for k in keys if k.status == "active"]
            if via:
                for k in active:
                    repo.set_key_status(s, code, k.fingerprint, "retired")
                repo.add_key(s, code, pub, ve.fingerprint, "active", "rotation")
                status = "rotated"
                message = f"Khóa mới được khóa cũ {via} xác nhận: đã thay khóa, gói ký bằng khóa cũ vẫn nhận."
            elif replace_lost_key:
                for k in keys:
                    if k.status != "revoked":
                        repo.set_key_status(s, code, k.fingerprint, "revoked")
                repo.add_key(s, code, pub, ve.fingerprint, "active", "replacement")
                status = "replaced"
                message = "Đã thay khóa bị mất: khóa cũ bị thu hồi, gói ký bằng khóa cũ sẽ bị từ chối."
            else:
                old = ", ".join(k.fingerprint for k in active) or "—"
                raise DomainError(
                    f"“{u['name']}” ({code}) đã đăng ký với khóa khác ({old}); tệp này mang khóa "
                    f"{ve.fingerprint} mà không có xác nhận của khóa cũ. Nếu đơn vị đó bị mất khóa: gọi "
                    "điện đối chiếu mã vân tay rồi nhập lại với tùy chọn “Thay khóa bị mất” "
                    "(--replace-lost-key)."
                )
        else:
            repo.add_key(s, code, pub, ve.fingerprint, "active", "enrolment")
            message = f"Đã đăng ký. Hãy gọi điện cho đơn vị gửi và đối chiếu mã vân tay: {ve.fingerprint}."
        if status != "unchanged":
            repo.save_enrolled(s, code, relation, u["name"], u["kind"], ctx.actor)
            _ensure_unit_row(s, u, relation, me)
            audit.record(
                s,
                actor=ctx.actor,
                action=status if status != "enrolled" else "create",
                entity="sync_enrolment",
                entity_id=code,
                unit_code=code,
                after={"relation": relation, "fingerprint": ve.fingerprint},
            )
    released = release_held(ctx, [code]) if status != "unchanged" else []
    accepted = sum(1 for o in released if o.status in (ACCEPTED, SUPERSEDED, DUPLICATE))
    if accepted:
        message += f" Đã nhận {accepted} gói của đơn vị này đang chờ xác nhận."
    return EnrolResult(code, u["name"], relation, ve.fingerprint, status, message)


@dataclass(frozen=True)
class HeldSender:
    """A sender whose packages wait for confirmation, as a person compares it by phone."""

    row_id: int
    unit_code: str
    name: str
    fingerprint: str  # of the key its package introduces ("" when the package carries none)
    packages: int
    kinds_vi: list[str]
    in_list: bool  # the code is one of this unit's branches


def held_senders(ctx: AppContext) -> list[HeldSender]:
    """Who sent the packages that are held, with the key their packages introduce."""
    with ctx.uow.read() as s:
        rows = repo.held_rows(s)
        units = {u.code: u for u in units_repo.list_all(s)}
    me = _self_unit(ctx)
    by: dict[str, list] = defaultdict(list)
    for r in rows:
        by[r.sender_code or ""].append(r)
    out = []
    for code, lst in by.items():
        fp = ""
        for r in reversed(lst):
            m = _held_manifest(ctx, r)
            if m is not None and m.introduction and m.introduction.get("public_key"):
                try:
                    fp = keymod.fingerprint(keymod.unb64(m.introduction["public_key"]))
                except ValueError:
                    fp = ""
                break
        u = units.get(code)
        out.append(
            HeldSender(
                lst[-1].id,
                code,
                (u.name if u else "") or lst[-1].sender_name or code,
                fp,
                len(lst),
                sorted({KINDS[r.kind].title_vi for r in lst if r.kind in KINDS}),
                u is not None and u.parent_code == me.code,
            )
        )
    return out


def _held_manifest(ctx: AppContext, row) -> pkg.Manifest | None:
    from desktop.sync.verify import read_manifest

    try:
        return read_manifest(open_package(stored_bytes(ctx, row.stored_name)))
    except (OSError, Rejected, ValueError):
        return None


def _held_unit(ctx: AppContext, rows) -> dict:
    """The "unit" a held package's data describes (its sender), read without trusting it more."""
    for r in reversed(rows):
        try:
            opened = open_package(stored_bytes(ctx, r.stored_name))
            data = json.loads(opened.members[pkg.DATA])
        except (OSError, Rejected, ValueError, KeyError):
            continue
        if isinstance(data, dict) and isinstance(data.get("unit"), dict):
            return data["unit"]
    return {}


def confirm_sender(ctx: AppContext, unit_code: str, fingerprint: str) -> EnrolResult:
    """The advanced path: a person compared the fingerprint with the sender by phone and confirms
    it. The key its held packages introduce is trusted (the branch is added to the list when it is
    not there) and the held packages are imported."""
    me = _self_unit(ctx)
    with ctx.uow.read() as s:
        rows = repo.held_rows(s, unit_code)
    m = None
    for r in reversed(rows):
        cand = _held_manifest(ctx, r)
        if cand is not None and cand.introduction and cand.introduction.get("public_key"):
            m = cand
            break
    if m is None:
        raise DomainError(
            f"Không có gói nào của “{unit_code}” đang chờ mang khóa của đơn vị đó: hãy nhập tệp đăng ký khóa của họ."
        )
    public_raw = keymod.unb64(m.introduction["public_key"])
    fp = keymod.fingerprint(public_raw)
    if fp.replace("-", "") != (fingerprint or "").replace("-", "").replace(" ", "").upper():
        raise DomainError(f"Mã vân tay không khớp: gói mang khóa {fp}. Chỉ xác nhận khi hai bên đọc cùng một mã.")
    if m.recipient_code != me.code or KINDS[m.kind].direction != "up":
        raise DomainError(f"Gói của “{unit_code}” không gửi lên {me.name}.")
    with ctx.uow.begin() as s:
        unit = units_repo.get(s, unit_code)
        if unit is not None and unit.parent_code not in (None, me.code):
            raise DomainError(f"“{unit.name}” ({unit_code}) thuộc đơn vị khác ({unit.parent_code}).")
        keys = repo.keys_for(s, unit_code)
        if any(k.fingerprint == fp and k.status == "revoked" for k in keys):
            raise DomainError(f"Khóa {fp} của “{unit_code}” đã bị thu hồi.")
        if not any(k.fingerprint == fp for k in keys):
            for k in keys:
                if k.status == "active":
                    repo.set_key_status(s, unit_code, k.fingerprint, "retired")
            repo.add_key(s, unit_code, keymod.b64(public_raw), fp, "active", "confirmed")
        name = unit.name if unit else (m.sender_name or unit_code)
        if unit is None:  # the branch as its package describes itself
            from desktop.domain.units import BranchType

            described = _held_unit(ctx, rows)
            try:
                new = Unit(
                    code=unit_code,
                    name=described.get("name") or name,
                    kind=UnitKind.CHI_DOAN,
                    branch_type=BranchType(described["branch_type"]) if described.get("branch_type") else None,
                    grade=described.get("grade"),
                    parent_code=me.code,
                ).validated()
            except (DomainError, ValueError):
                raise DomainError(
                    f"“{name}” ({unit_code}) chưa có trong danh sách chi đoàn: hãy thêm chi đoàn "
                    "(mã, tên, loại hình) rồi xác nhận lại."
                ) from None
            units_repo.save(s, new)
            audit.record(
                s,
                actor="sync",
                action="create",
                entity="unit",
                entity_id=unit_code,
                unit_code=unit_code,
                after=_unit_json(new),
            )
        repo.save_enrolled(s, unit_code, "child", name, unit.kind.value if unit else UnitKind.CHI_DOAN.value, ctx.actor)
        audit.record(
            s,
            actor=ctx.actor,
            action="confirm",
            entity="sync_enrolment",
            entity_id=unit_code,
            unit_code=unit_code,
            after={"relation": "child", "fingerprint": fp},
        )
    released = release_held(ctx, [unit_code])
    n = sum(1 for o in released if o.status in (ACCEPTED, SUPERSEDED, DUPLICATE))
    return EnrolResult(
        unit_code,
        name,
        "child",
        fp,
        "enrolled",
        f"Đã xác nhận {name} ({unit_code}) theo mã vân tay {fp}; đã nhận {n} gói đang chờ.",
    )


def _ensure_unit_row(s, u: dict, relation: str, me: Unit) -> None:
    """The enrolled unit appears in this installation's unit tree (the dashboard lists it)."""
    from desktop.domain.units import BranchType

    if relation == "parent":
        return
    existing = units_repo.get(s, u["code"])
    unit = Unit(
        code=u["code"],
        name=u["name"],
        kind=UnitKind(u["kind"]),
        branch_type=BranchType(u["branch_type"]) if u.get("branch_type") else None,
        grade=u.get("grade"),
        all_party_members=bool(u.get("all_party_members")),
        parent_code=me.code,
    ).validated()
    if existing != unit:
        before, after = units_repo.save(s, unit)
        audit.record(
            s,
            actor="sync",
            action="update" if before else "create",
            entity="unit",
            entity_id=unit.code,
            unit_code=unit.code,
            before=_unit_json(before) if before else None,
            after=_unit_json(after),
        )


@dataclass(frozen=True)
class EnrolledView:
    unit_code: str
    name: str
    relation: str
    kind: str
    fingerprint: str  # the active key
    enrolled_at: datetime
    key_origin: str


def enrolled_units(ctx: AppContext) -> list[EnrolledView]:
    with ctx.uow.read() as s:
        units = repo.list_enrolled(s)
        keys = defaultdict(list)
        for k, _rel in repo.all_keys(s):
            keys[k.unit_code].append(k)
    out = []
    for e in units:
        active = [k for k in keys[e.unit_code] if k.status == "active"]
        fp = active[-1].fingerprint if active else ""
        out.append(
            EnrolledView(
                e.unit_code, e.name, e.relation, e.kind, fp, e.enrolled_at, active[-1].origin if active else ""
            )
        )
    return out


def is_read_only_unit(ctx: AppContext, unit_code: str) -> bool:
    """A child that has its own installation (it enrolled) is read-only here: its data arrives in
    packages and is never edited on the parent's machine (issue 7 item 6)."""
    with ctx.uow.read() as s:
        e = repo.get_enrolled(s, unit_code)
    return e is not None and e.relation == "child"


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
    from desktop.services.exchange.invitations import introduction_for

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
    """Copy outbox items to a folder or USB stick (default: all items waiting to be sent)."""
    return deliver(ctx, FileTransport(Path(folder)), package_ids, progress=progress, cancel=cancel)


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
        notes = records.apply_records(ctx, me, run.records, progress)
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
    return records.apply_records(ctx, me, children)


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
    the invitation allows it (services/exchange/invitations.py); otherwise say why in the held reason."""
    from desktop.services.exchange.invitations import trust_by_introduction

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


def _receiver_checks(run: _Run, vp) -> None:
    """What the receiver checks beyond the signature and the schema: a record belongs to the
    sender (or a branch it keeps). (verify() already kept only the personal fields the sender may
    send.)"""
    from desktop.sync.verify import check_record_owner

    m = vp.manifest
    if vp.relation == "child":
        check_record_owner(m, vp.data, run.me.code, run.trust.units, run.trust.enrolled_children)


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
        superseded_by=superseded_by,
        is_current=is_current,
        record_sha256=records.record_sha(vp.data) if vp.relation == "child" else None,
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
def received(
    ctx: AppContext,
    *,
    kinds: tuple[str, ...] | None = None,
    period: str | None = None,
    sender_code: str | None = None,
    status: str | None = None,
    current_only: bool = False,
    limit: int | None = None,
) -> list[repo.ReceivedPackage]:
    with ctx.uow.read() as s:
        return repo.list_received(
            s,
            kinds=kinds,
            period=period,
            sender_code=sender_code,
            status=status,
            current_only=current_only,
            limit=limit,
        )


def received_data(ctx: AppContext, row: repo.ReceivedPackage) -> dict | None:
    """The structured data of a received package (read-only)."""
    with ctx.uow.read() as s:
        text = repo.received_data(s, row.id)
    return json.loads(text) if text else None


def package_history(ctx: AppContext, sender_code: str, subject: str) -> list[repo.ReceivedPackage]:
    """Every version received for one submission, newest first (superseded ones included)."""
    with ctx.uow.read() as s:
        return repo.history(s, sender_code, subject)


def received_document(ctx: AppContext, row: repo.ReceivedPackage, member: str) -> bytes:
    """A PDF (or evidence file) of a received package, read from the stored signed original."""
    if not row.stored_name or row.status == REJECTED:
        raise DomainError("Gói này không được lưu (bị từ chối).")
    opened = open_package(stored_bytes(ctx, row.stored_name))
    if member not in opened.members:
        raise DomainError(f"Gói không có tệp “{member}”.")
    return opened.members[member]


# ============================================================== preview
@dataclass(frozen=True)
class PackagePreview:
    """What a package holds, for the preview dialog and `sync outbox`/`import` checks."""

    manifest: pkg.Manifest | None
    kind_title_vi: str
    personal_fields: list[str]  # Vietnamese labels of the member fields it carries
    members_count: int
    documents: list[tuple[str, int]]
    evidence: list[tuple[str, int]]
    data: dict | None
    verdict: str  # "" when valid, else the rejection reason
    size: int
    # The PDFs themselves (path -> bytes), to print the paper that carries the QR code (issue 19).
    document_bytes: dict = field(default_factory=dict)


def _count_members(data: dict | None) -> int:
    if not isinstance(data, dict):
        return 0
    n = len(data.get("members") or [])
    prop = data.get("proposal")
    if isinstance(prop, dict):
        n += len(prop.get("members") or [])
    return n


def preview_bytes(ctx: AppContext, content: bytes) -> PackagePreview:
    """Open and check a package without writing anything."""
    verdict, m, data = "", None, None
    try:
        opened = open_package(content)
        try:
            from desktop.sync.verify import read_manifest

            m = read_manifest(opened)
        except Rejected:
            m = None
        if m is not None and m.kind == "enrolment":
            ve = verify_enrolment(content)
            data = ve.data
        else:
            me = _self_unit(ctx)
            try:
                vp = verify(opened, _Trust(ctx, me))
                data = vp.data
            except Rejected as exc:
                verdict = exc.reason
                if pkg.DATA in opened.members:
                    try:
                        data = json.loads(opened.members[pkg.DATA])
                    except ValueError:
                        data = None
    except Rejected as exc:
        verdict = exc.reason
    fields = privacy.labels_vi(m.personal_fields) if m else []
    return PackagePreview(
        manifest=m,
        kind_title_vi=KINDS[m.kind].title_vi if m else "",
        personal_fields=fields,
        members_count=_count_members(data),
        documents=[(f.path, f.size) for f in m.documents] if m else [],
        evidence=[(f.path, f.size) for f in m.evidence] if m else [],
        data=data if isinstance(data, dict) else None,
        verdict=verdict,
        size=len(content),
        document_bytes={f.path: opened.members[f.path] for f in m.documents if f.path in opened.members}
        if m is not None and not verdict
        else {},
    )


def preview_outbox_item(ctx: AppContext, package_id: str) -> PackagePreview:
    with ctx.uow.read() as s:
        item = repo.outbox_get(s, package_id)
    if item is None:
        raise DomainError(f"Không có gói “{package_id}” trong hộp thư đi.")
    content = outbox_path(ctx, item).read_bytes()
    opened = open_package(content)
    from desktop.sync.verify import read_manifest

    m = read_manifest(opened)
    data = json.loads(opened.members[pkg.DATA])
    return PackagePreview(
        m,
        KINDS[m.kind].title_vi,
        privacy.labels_vi(m.personal_fields),
        _count_members(data),
        [(f.path, f.size) for f in m.documents],
        [(f.path, f.size) for f in m.evidence],
        data,
        "",
        len(content),
        {f.path: opened.members[f.path] for f in m.documents if f.path in opened.members},
    )


def preview_file(ctx: AppContext, path: Path) -> PackagePreview:
    try:
        content = read_file(Path(path))
    except Rejected as exc:
        return PackagePreview(None, "", [], 0, [], [], None, exc.reason, 0)
    return preview_bytes(ctx, content)


def _json_or_none(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)
