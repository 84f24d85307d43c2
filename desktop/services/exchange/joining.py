"""Joining by invitation, both sides (issue 17): the branch reads the invitation file and joins
(its unit profile, the parent's name and key), its first packages carry a proof that it holds
the invitation's secret, and the parent trusts the branch's key the first time that proof holds.

The file format and the cryptography are in desktop/sync/invitation.py (docs/formats/invitation.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db import audit
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.services.context import AppContext
from desktop.sync import invitation as inv
from desktop.sync import keys as keymod
from desktop.services.exchange.invitations import ISSUED, JOINED, USED, WITHDRAWN, _self, is_share
from desktop.services.exchange.branch_roster import _unit_json


# ============================================================== joining (the branch's side)
@dataclass(frozen=True)
class JoinResult:
    unit: Unit
    parent_code: str
    parent_name: str
    parent_fingerprint: str
    created: bool  # the unit profile was created from the invitation
    message: str


def read_invitation_file(path: Path) -> inv.Invitation:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > inv.MAX_BYTES:
            raise inv.InvalidInvitation(f"Tệp quá lớn ({size // 1024} KB) để là thư mời.")
        content = path.read_bytes()
    except OSError as exc:
        raise DomainError(f"Không đọc được tệp “{path.name}”: {exc.strerror or exc}.") from None
    except inv.InvalidInvitation as exc:
        raise DomainError(f"“{path.name}”: {exc}") from None
    try:
        return inv.read(content)
    except inv.InvalidInvitation as exc:
        raise DomainError(f"“{path.name}”: {exc}") from None


def join(ctx: AppContext, path: Path, *, all_party_members: bool = False) -> JoinResult:
    """Use an invitation: on an installation without a unit profile, create it from the
    invitation; on the invited branch, set its parent. Either way the parent's key is trusted
    (it came with the invitation) and the parent's full name is kept for screens and documents."""
    invitation = read_invitation_file(path)
    return join_invitation(ctx, invitation, all_party_members=all_party_members)


def join_invitation(ctx: AppContext, invitation: inv.Invitation, *, all_party_members: bool = False) -> JoinResult:
    from desktop.services.exchange.sync import keystore

    me = _self(ctx)
    b, p = invitation.branch, invitation.parent
    if me is not None and me.code != b.code:
        raise DomainError(
            f"Thư mời này dành cho “{b.name}” ({b.code}); máy này là “{me.name}” ({me.code}). "
            "Hãy dùng đúng thư mời của đơn vị mình."
        )
    if me is not None and me.kind is not UnitKind(b.kind):
        raise DomainError(
            f"Thư mời dành cho một {UnitKind(b.kind).label_vi.lower()}, còn {me.name} là {me.kind.label_vi.lower()}."
        )
    ks = keystore(ctx)
    ident = ks.identity()
    if ident.public_raw == invitation.parent_public_raw:
        raise DomainError("Đây là thư mời do chính máy này tạo ra: hãy mở nó trên máy của chi đoàn được mời.")
    created = me is None
    share = is_share(p.kind, b.kind)
    if created:
        unit = Unit(
            code=b.code,
            name=b.name,
            kind=UnitKind(b.kind),
            branch_type=BranchType(b.branch_type) if b.branch_type else None,
            grade=b.grade,
            all_party_members=all_party_members,
            parent_code=None if share else p.code,
        ).validated()
    elif share:  # a second recipient: the Đoàn xã keeps its Union parent
        unit = me
    else:
        from dataclasses import replace

        unit = replace(me, parent_code=p.code).validated()
    fp = p.fingerprint
    with ctx.uow.begin() as s:
        if created or (not share and me.parent_code != p.code):
            before, after = units_repo.save(s, unit, is_self=True, old_code=me.code if me else None)
            audit.record(
                s,
                actor=ctx.actor,
                action="update" if before else "create",
                entity="unit",
                entity_id=unit.code,
                unit_code=unit.code,
                before=_unit_json(before) if before else None,
                after=_unit_json(after),
            )
        keys = repo.keys_for(s, p.code)
        if not any(k.fingerprint == fp and k.status != "revoked" for k in keys):
            for k in keys:
                if k.status == "active":
                    repo.set_key_status(s, p.code, k.fingerprint, "retired")
            repo.add_key(s, p.code, p.public_key, fp, "active", "invitation")
        repo.save_enrolled(s, p.code, "parent", p.name, p.kind, ctx.actor)
        if repo.get_invitation(s, invitation.invitation_id, JOINED) is None:
            repo.add_invitation(
                s,
                invitation_id=invitation.invitation_id,
                direction=JOINED,
                parent_code=p.code,
                parent_name=p.name,
                branch_code=b.code,
                branch_name=b.name,
                mac_key=invitation.mac_key().hex(),
                status="joined",
                created_by=ctx.actor,
            )
        audit.record(
            s,
            actor=ctx.actor,
            action="join",
            entity="sync_invitation",
            entity_id=invitation.invitation_id,
            unit_code=unit.code,
            after={"parent": p.code, "parent_fingerprint": fp},
        )
    if invitation.hub and not share:  # a Đoàn xã keeps its Union's hub
        from desktop.services.exchange import online_sync

        # the parent's hub, unless this unit has one; https only (plain http is the user's call in
        # "Kết nối máy chủ"); an address this version does not accept: sending by file still works
        online_sync.connect_from_invitation(ctx, invitation.hub)
    msg = (
        f"{unit.name} ({unit.code}) đã kết nối với {p.name}. Gói đầu tiên gửi lên sẽ được "
        f"{p.name} nhận ngay, không cần trao đổi tệp khóa."
    )
    if share:
        msg = (
            f"{unit.name} ({unit.code}) đã kết nối với {p.name}: từ nay mỗi báo cáo tổng hợp gửi Đoàn cấp "
            f"trên cũng được gửi một bản cho {p.name}. Đơn vị cấp trên của {unit.name} không thay đổi."
        )
    return JoinResult(unit, p.code, p.name, fp, created, msg)


def introduction_for(ctx: AppContext, me: Unit, recipient_code: str, ident, package_id: str) -> dict | None:
    """The manifest's ``introduction`` for a package to ``recipient_code``: always the sender's
    public key (so the receiver can confirm it by fingerprint), with the invitation's MAC when
    this unit joined that recipient by invitation."""
    if not recipient_code or recipient_code == "*":
        return None
    with ctx.uow.read() as s:
        joined = [r for r in repo.list_invitations(s, JOINED) if r.parent_code == recipient_code]
    if not joined:
        return {"public_key": ident.public_b64}
    r = joined[-1]
    return inv.introduction(
        bytes.fromhex(r.mac_key),
        invitation_id=r.invitation_id,
        branch_code=me.code,
        public_raw=ident.public_raw,
        package_id=package_id,
    )


# ============================================================== the parent trusts a branch's key
@dataclass(frozen=True)
class Introduced:
    trusted: bool
    fingerprint: str
    reason: str  # why not, in Vietnamese ("" when trusted)


def trust_by_introduction(ctx: AppContext, me: Unit, manifest) -> Introduced | None:
    """A package from a sender we do not know yet, carrying an invitation's introduction: trust
    the key it introduces when the invitation was issued here to that sender, is unused, and the
    MAC verifies. The invitation is then used up. None when the package has no invitation."""
    intro = manifest.introduction or {}
    inv_id = intro.get("invitation_id")
    if not inv_id or not intro.get("mac"):
        return None
    try:
        public_raw = keymod.unb64(intro["public_key"])
    except (KeyError, ValueError):
        return Introduced(False, "", "khóa giới thiệu trong gói không đọc được")
    fp = keymod.fingerprint(public_raw)
    if fp != manifest.key_fingerprint:
        return Introduced(False, fp, "khóa giới thiệu khác khóa đã ký gói")
    with ctx.uow.begin() as s:
        r = repo.get_invitation(s, inv_id, ISSUED)
        if r is None or r.parent_code != me.code:
            return Introduced(False, fp, "gói nêu một thư mời không do đơn vị này tạo")
        if r.branch_code != manifest.sender_code:
            return Introduced(
                False, fp, f"thư mời dành cho “{r.branch_name}” ({r.branch_code}), không phải “{manifest.sender_code}”"
            )
        if (
            inv.check_introduction(
                bytes.fromhex(r.mac_key), intro, branch_code=manifest.sender_code, package_id=manifest.package_id
            )
            is None
        ):
            return Introduced(False, fp, "mã xác thực của thư mời không khớp (gói không do người giữ thư mời tạo)")
        if r.status == WITHDRAWN:
            return Introduced(False, fp, "thư mời đã được thay bằng thư mời mới hơn")
        if r.status == USED:
            if r.used_fingerprint == fp:
                return Introduced(True, fp, "")  # the same installation again (e.g. two packages in one import)
            return Introduced(
                False,
                fp,
                f"thư mời đã được dùng cho một máy khác (khóa {r.used_fingerprint}); "
                "máy này cần được xác nhận bằng mã vân tay",
            )
        keys = repo.keys_for(s, manifest.sender_code)
        if not any(k.fingerprint == fp for k in keys):
            repo.add_key(s, manifest.sender_code, keymod.b64(public_raw), fp, "active", "invitation")
        with_unit = units_repo.get(s, manifest.sender_code)
        repo.save_enrolled(
            s,
            manifest.sender_code,
            "child",
            with_unit.name if with_unit else r.branch_name,
            UnitKind.CHI_DOAN.value if with_unit is None else with_unit.kind.value,
            ctx.actor,
        )
        repo.set_invitation_status(s, inv_id, ISSUED, USED, fingerprint=fp, package_id=manifest.package_id)
        audit.record(
            s,
            actor=ctx.actor,
            action="join",
            entity="sync_enrolment",
            entity_id=manifest.sender_code,
            unit_code=manifest.sender_code,
            after={"relation": "child", "fingerprint": fp, "invitation": inv_id},
        )
    return Introduced(True, fp, "")
