"""Packages between units (issue 7): the statuses a package goes through, and the read side
(received packages, their history, previews).

The rest of the exchange of packages lives beside this module, one concern each:

* ``enrolment.py``: this unit's keys and identity, enrolment, senders held until confirmed;
* ``outbox_store.py``: the durable outbox and delivering its items through a Transport;
* ``receiving.py``: importing files, folders and a transport's packages, in batches;
* ``storing.py``: storing what an import checked, the quarantine, receipts.

Their names stay reachable here (``sync.receive``, ``sync.put_in_outbox``…), loaded on first use,
so callers and tests keep one place to reach the exchange of packages. The kinds' content (what
a registration or a decision holds) is built by ``desktop/services/exchange/submissions.py`` and
applied on arrival by ``desktop/services/exchange/records.py``.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.units import Unit
from desktop.i18n.catalogue import texts
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.exchange.records import stored_bytes
from desktop.sync import package as pkg
from desktop.sync import privacy
from desktop.sync.kinds import KINDS
from desktop.sync.verify import Rejected, open_package, read_file, verify, verify_enrolment

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
            from desktop.services.exchange.receiving import _Trust

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
    from desktop.services.exchange.outbox_store import outbox_path

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


# ============================================================== the other modules' names
_ELSEWHERE = {
    "enrolment": (
        "EnrolExport",
        "EnrolResult",
        "EnrolledView",
        "HeldSender",
        "IdentityInfo",
        "confirm_sender",
        "enrol_export",
        "enrol_import",
        "enrolled_units",
        "enrolment_package",
        "held_senders",
        "identity",
        "is_read_only_unit",
        "keystore",
        "rotate_key",
    ),
    "outbox_store": (
        "_RECOVERED",
        "deliver",
        "evidence_limit_bytes",
        "export_outbox",
        "outbox",
        "outbox_counts",
        "outbox_item",
        "outbox_path",
        "put_in_outbox",
        "recover_outbox",
        "recover_outbox_once",
    ),
    "receiving": (
        "BATCH",
        "BATCH_EXT",
        "apply_pending_records",
        "import_paths",
        "receive",
        "receive_from",
        "release_held",
    ),
    "storing": ("held_reason",),
}
_WHERE = {name: module for module, names in _ELSEWHERE.items() for name in names}


def __getattr__(name: str) -> object:
    """A name of the exchange of packages defined in a module beside this one (PEP 562)."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"desktop.services.exchange.{module}"), name)
