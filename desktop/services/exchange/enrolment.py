"""Who we are and whom we trust (issue 7): this unit's keys and identity, enrolment files
between a parent and its branches, senders held until a person confirms them, and the list of
enrolled units.

Confirming a sender (an enrolment file or a fingerprint read aloud) releases the packages held
for it: ``desktop/services/exchange/receiving.py`` imports them again.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db import audit
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.units import Unit, UnitKind
from desktop.services.context import AppContext
from desktop.services.exchange.records import stored_bytes
from desktop.services.exchange.sync import ACCEPTED, DUPLICATE, SUPERSEDED, _self_unit, _unit_json
from desktop.sync import keys as keymod
from desktop.sync import package as pkg
from desktop.sync.files import atomic_write
from desktop.sync.kinds import KINDS
from desktop.sync.verify import Rejected, open_package, read_file, verify_enrolment


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


def enrolment_file_name(unit_name: str | None, unit_code: str) -> str:
    """'DangKyKhoa-ChiDoanThonDongHai.stpkg' (it was 'SoThiDua_dang-ky-khoa_<code>.stpkg')."""
    from desktop.services.exchange.sending import human_file_name

    return human_file_name("enrolment", period=None, quarter=None, unit_name=unit_name or "", unit_code=unit_code)


def enrol_export(ctx: AppContext, out: Path) -> EnrolExport:
    """Write this unit's enrolment file (its public key) for the parent or the children."""
    built = enrolment_package(ctx)
    out = Path(out)
    if out.is_dir():
        out = out / enrolment_file_name(built.manifest.sender_name, built.manifest.sender_code)
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
    from desktop.services.exchange.receiving import release_held

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
    from desktop.services.exchange.receiving import release_held

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
