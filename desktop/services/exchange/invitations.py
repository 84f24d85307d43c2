"""Joining by invitation (issue 17): the parent's list of its branches, invitations for one branch
or all, joining with one on the branch's side, and trusting a branch's key the first time one of
its packages proves it holds the invitation's secret.

The file format and the cryptography are in desktop/sync/invitation.py (docs/formats/invitation.md).
Here: what is stored (table sync_invitations: the key derived from the secret, never the secret),
who may be invited, and what joining changes (the unit profile, the parent's name and key).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from db import audit
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.services.context import AppContext
from desktop.sync import invitation as inv
from desktop.sync.files import atomic_write

ISSUED, JOINED = "issued", "joined"
OPEN, USED, WITHDRAWN = "open", "used", "withdrawn"
STATUS_VI = {OPEN: "Đã mời, chưa kết nối", USED: "Đã kết nối", WITHDRAWN: "Đã thay bằng thư mời mới"}
MAX_SHEET_BYTES = 5 * 1024 * 1024
MAX_SHEET_ROWS = 2000


def _self(ctx: AppContext) -> Unit | None:
    with ctx.uow.read() as s:
        return units_repo.get_self(s)


def _require_parent(ctx: AppContext) -> Unit:
    me = _self(ctx)
    if me is None:
        raise DomainError("Máy này chưa có hồ sơ đơn vị: hãy tạo hồ sơ đơn vị trước.")
    if me.kind is UnitKind.CHI_DOAN:
        raise DomainError(f"{me.name} là chi đoàn: chỉ đơn vị có chi đoàn trực thuộc mới mời được.")
    return me


# Who a unit invites (issue 20 item 3): a Đoàn cơ sở or upper union its branches; the Party line's
# upper level (Ban Tuyên giáo và Dân vận) the communes' Party committees; a commune's Party
# committee its Đoàn xã, which then shares its summaries with the committee IN ADDITION to its own
# Union parent (a second recipient, never a new parent).
INVITED_KIND = {
    UnitKind.DOAN_CO_SO: UnitKind.CHI_DOAN,
    UnitKind.DOAN_CAP_TREN: UnitKind.CHI_DOAN,
    UnitKind.DANG_CAP_TREN: UnitKind.DANG_UY_XA,
    UnitKind.DANG_UY_XA: UnitKind.DOAN_CO_SO,
}


def invited_kind(unit: Unit) -> UnitKind:
    return INVITED_KIND.get(unit.kind, UnitKind.CHI_DOAN)


def is_share(parent_kind: str, branch_kind: str) -> bool:
    """An invitation from a commune's Party committee to its Đoàn xã: joining it adds a second
    recipient of the Đoàn xã's summaries; the Đoàn xã keeps its Union parent."""
    return parent_kind == UnitKind.DANG_UY_XA.value and branch_kind == UnitKind.DOAN_CO_SO.value


def share_recipients(ctx: AppContext) -> list[dict]:
    """The Party committees this Đoàn cơ sở shares its summaries with (joined by their invitation)."""
    me = _self(ctx)
    if me is None or me.kind is not UnitKind.DOAN_CO_SO:
        return []
    with ctx.uow.read() as s:
        return [
            {"code": e.unit_code, "name": e.name}
            for e in repo.list_enrolled(s, "parent")
            if e.kind == UnitKind.DANG_UY_XA.value and e.unit_code != me.parent_code
        ]


# ============================================================== issuing invitations
@dataclass(frozen=True)
class Issued:
    invitation: inv.Invitation
    content: bytes

    @property
    def file_name(self) -> str:
        return self.invitation.file_name()


def invite(
    ctx: AppContext,
    branch_code: str,
    *,
    name: str | None = None,
    branch_type: str | None = None,
    grade: int | None = None,
    hub: str | None = None,
) -> Issued:
    """A new invitation for one branch (added to the list first when ``name`` is given and it is
    not there yet). Earlier unused invitations of that branch are withdrawn."""
    me = _require_parent(ctx)
    with ctx.uow.read() as s:
        unit = units_repo.get(s, branch_code)
    if unit is None or name:
        if not name and unit is None:
            raise DomainError(
                f"Chưa có chi đoàn mã “{branch_code}” trong danh sách: hãy ghi cả tên (và loại hình) để thêm.",
                field="name",
            )
        from desktop.services.exchange.branch_roster import add_branch

        add_branch(
            ctx,
            branch_code,
            name or unit.name,
            branch_type or (unit.branch_type.value if unit and unit.branch_type else None),
            grade if grade is not None else (unit.grade if unit else None),
        )
        with ctx.uow.read() as s:
            unit = units_repo.get(s, branch_code)
    if unit.parent_code != me.code:
        raise DomainError(f"“{unit.name}” ({unit.code}) không trực thuộc {me.name}.")
    return _issue(ctx, me, [unit], hub)[0]


def invite_all(ctx: AppContext, *, include_connected: bool = False, hub: str | None = None) -> list[Issued]:
    """Invitations for every branch in the list that is not connected yet."""
    me = _require_parent(ctx)
    from desktop.services.exchange.branch_roster import branch_list

    wanted = [b.code for b in branch_list(ctx) if include_connected or not b.connected]
    with ctx.uow.read() as s:
        units = [units_repo.get(s, c) for c in wanted]
    return _issue(ctx, me, [u for u in units if u is not None], hub)


def _issue(ctx: AppContext, me: Unit, units: list[Unit], hub: str | None) -> list[Issued]:
    from desktop.services.exchange.sync import keystore
    from desktop.services.units import unit_settings

    ident = keystore(ctx).identity()
    parent = {"code": me.code, "name": me.name, "kind": me.kind.value}
    if hub is None:  # the parent's hub, when it has one, so the branch can send online at once
        configured = str(unit_settings(ctx, me.code).get("hub_url") or "").strip()
        hub = configured if configured.startswith(("http://", "https://")) and len(configured) <= 300 else None
    out = []
    with ctx.uow.begin() as s:
        for unit in units:
            for old in repo.list_invitations(s, ISSUED, unit.code):
                if old.status == OPEN:
                    repo.set_invitation_status(s, old.invitation_id, ISSUED, WITHDRAWN)
            made, content = inv.create(
                ident,
                parent=parent,
                hub=hub,
                branch={
                    "code": unit.code,
                    "name": unit.name,
                    "kind": unit.kind.value,
                    "branch_type": unit.branch_type.value if unit.branch_type else None,
                    "grade": unit.grade,
                },
            )
            repo.add_invitation(
                s,
                invitation_id=made.invitation_id,
                direction=ISSUED,
                parent_code=me.code,
                parent_name=me.name,
                branch_code=unit.code,
                branch_name=unit.name,
                mac_key=made.mac_key().hex(),
                status=OPEN,
                created_by=ctx.actor,
            )
            audit.record(
                s,
                actor=ctx.actor,
                action="invite",
                entity="sync_invitation",
                entity_id=made.invitation_id,
                unit_code=unit.code,
                after={"branch": unit.code, "parent_fingerprint": ident.fingerprint},
            )
            out.append(Issued(made, content))
    return out


def write_invitations(ctx: AppContext, issued: list[Issued], out: Path) -> tuple[list[Path], Path | None]:
    """Write the invitation files and ONE PDF with a page per invitation (to print or send).
    ``out`` is a folder; with a single invitation it may also be the file to write."""
    out = Path(out)
    if len(issued) == 1 and out.suffix.lower() == inv.EXTENSION:
        files = [out]
        folder = out.parent
    else:
        folder = out
        names = [i.file_name for i in issued]
        # two units of the same name (in different places) each keep their own file
        files = [
            folder
            / (n if names.count(n) == 1 else f"{n[: -len(inv.EXTENSION)]}-{i.invitation.branch.code}{inv.EXTENSION}")
            for n, i in zip(names, issued)
        ]
    folder.mkdir(parents=True, exist_ok=True)
    for path, i in zip(files, issued):
        atomic_write(path, i.content)
    pdf_path = None
    if issued:
        pdf = invitation_pdf(ctx, issued)
        stem = (
            files[0].stem
            if len(issued) == 1
            else {UnitKind.DANG_UY_XA.value: "ThuMoi-CacDangUyXa", UnitKind.CHI_DOAN.value: "ThuMoi-CacChiDoan"}.get(
                issued[0].invitation.branch.kind or UnitKind.CHI_DOAN.value, "ThuMoi-CacDonVi"
            )
        )
        pdf_path = folder / f"{stem}.pdf"
        atomic_write(pdf_path, pdf)
    return files, pdf_path


def invitation_pdf(ctx: AppContext, issued: list[Issued]) -> bytes:
    from desktop.reports.builders.invitation import InvitationPage, build_invitations
    from desktop.reports.render import render

    me = _require_parent(ctx)
    pages = []
    for i in issued:
        b = i.invitation.branch
        bt = BranchType(b.branch_type).label_vi if b.branch_type else ""
        pages.append(
            InvitationPage(
                parent_name=i.invitation.parent.name,
                parent_code=i.invitation.parent.code,
                parent_fingerprint=i.invitation.parent.fingerprint,
                branch_name=b.name,
                branch_code=b.code,
                branch_type=bt,
                grade=b.grade,
                short_code=i.invitation.short_code,
                file_name=i.file_name,
                created_on=ctx.today(),
                audience="share"
                if is_share(i.invitation.parent.kind, b.kind)
                else "commune"
                if b.kind == UnitKind.DANG_UY_XA.value
                else "branch",
            )
        )
    return render(build_invitations(me.name, pages))


def invitations(ctx: AppContext) -> list[repo.InvitationRecord]:
    with ctx.uow.read() as s:
        return repo.list_invitations(s, ISSUED)


def parent_name(ctx: AppContext, unit: Unit | None = None) -> str:
    """The full name of this unit's parent as the invitation or the enrolment gave it ("" if unknown)."""
    unit = unit or _self(ctx)
    if unit is None or not unit.parent_code:
        return ""
    with ctx.uow.read() as s:
        e = repo.get_enrolled(s, unit.parent_code)
        if e is not None and e.name:
            return e.name
        parent = units_repo.get(s, unit.parent_code)
    return parent.name if parent is not None else ""


# ============================================================== the list of branches, joining
_ELSEWHERE = {
    "branch_roster": ("BranchLine", "SheetResult", "add_branch", "branch_list", "import_branch_sheet"),
    "joining": (
        "Introduced",
        "JoinResult",
        "introduction_for",
        "join",
        "join_invitation",
        "read_invitation_file",
        "trust_by_introduction",
    ),
}
_WHERE = {name: module for module, names in _ELSEWHERE.items() for name in names}


def __getattr__(name: str) -> object:
    """A name of joining by invitation defined in a module beside this one (PEP 562)."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"desktop.services.exchange.{module}"), name)
