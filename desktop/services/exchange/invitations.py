"""Joining by invitation (issue 17): the parent's list of its branches, invitations for one branch
or all, joining with one on the branch's side, and trusting a branch's key the first time one of
its packages proves it holds the invitation's secret.

The file format and the cryptography are in desktop/sync/invitation.py (docs/formats/invitation.md).
Here: what is stored (table sync_invitations: the key derived from the secret, never the secret),
who may be invited, and what joining changes (the unit profile, the parent's name and key).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db import audit
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.units import BranchType, Unit, UnitKind, UnitTree
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.sync import invitation as inv
from desktop.sync import keys as keymod
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


# ============================================================== the parent's list of branches
@dataclass(frozen=True)
class BranchLine:
    code: str
    name: str
    branch_type: str | None
    grade: int | None
    connected: bool  # its key is trusted here (invitation used, or enrolled by file)
    invitation: str | None  # open | used | withdrawn (the newest invitation), None = never invited
    invited_at: object = None


def branch_list(ctx: AppContext) -> list[BranchLine]:
    """The branches this unit keeps, with whether each is connected and invited."""
    me = _require_parent(ctx)
    with ctx.uow.read() as s:
        units = [u for u in units_repo.list_all(s) if u.parent_code == me.code and u.code != me.code]
        enrolled = {e.unit_code for e in repo.list_enrolled(s, "child")}
        invites: dict[str, repo.InvitationRecord] = {}
        for r in repo.list_invitations(s, ISSUED):
            invites[r.branch_code] = r  # ordered by id: the newest wins
    out = []
    for u in sorted(units, key=lambda u: u.code):
        r = invites.get(u.code)
        out.append(
            BranchLine(
                u.code,
                u.name,
                u.branch_type.value if u.branch_type else None,
                u.grade,
                u.code in enrolled,
                r.status if r else None,
                r.created_at if r else None,
            )
        )
    return out


def add_branch(
    ctx: AppContext, code: str, name: str, branch_type: str | None = None, grade: int | None = None
) -> Changes:
    """Add (or correct) a branch in this unit's list."""
    me = _require_parent(ctx)
    unit = _branch_unit(me, code, name, branch_type, grade)
    with ctx.uow.begin() as s:
        _save_branch(ctx, s, me, unit)
    return Changes.of("unit")


def _branch_unit(me: Unit, code: str, name: str, branch_type, grade) -> Unit:
    try:
        bt = BranchType(branch_type) if branch_type else None
    except ValueError:
        raise DomainError(
            f"Loại hình chi đoàn “{branch_type}” không có: dùng một trong "
            + ", ".join(f"{b.value} ({b.label_vi})" for b in BranchType)
            + ".",
            field="branch_type",
        ) from None
    kind = invited_kind(me)
    if kind is not UnitKind.CHI_DOAN:  # a commune committee or a Đoàn xã: no branch type
        bt, grade = None, None
    elif bt is None:
        bt = BranchType.DAN_CU
    return Unit(
        code=(code or "").strip(),
        name=(name or "").strip(),
        kind=kind,
        branch_type=bt,
        grade=grade,
        parent_code=me.code,
    ).validated()


def _save_branch(ctx: AppContext, s, me: Unit, unit: Unit) -> bool:
    existing = units_repo.get(s, unit.code)
    if existing is not None and existing.code == me.code:
        raise DomainError(f"“{unit.code}” là mã của chính {me.name}.", field="code")
    if existing is not None and existing.parent_code not in (None, me.code):
        raise DomainError(
            f"Mã “{unit.code}” đã dùng cho “{existing.name}”, thuộc đơn vị khác ({existing.parent_code}).", field="code"
        )
    if existing == unit:
        return False
    UnitTree(units_repo.list_all(s)).check_reparent(unit.code, unit.parent_code)
    before, after = units_repo.save(s, unit)
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
    return True


def _unit_json(u: Unit) -> dict:
    return {
        "code": u.code,
        "name": u.name,
        "kind": u.kind.value,
        "branch_type": u.branch_type.value if u.branch_type else None,
        "grade": u.grade,
        "parent_code": u.parent_code,
    }


@dataclass(frozen=True)
class SheetResult:
    added: int
    unchanged: int
    errors: list[str]


_HEADERS = {
    "code": ("mã", "ma", "mã chi đoàn", "ma chi doan", "mã đơn vị", "code"),
    "name": ("tên", "ten", "tên chi đoàn", "ten chi doan", "tên đơn vị", "name"),
    "branch_type": ("loại hình", "loai hinh", "loại hình chi đoàn", "branch type", "branch_type"),
    "grade": ("khối", "khoi", "khối lớp", "khoi lop", "grade"),
}
_TYPE_WORDS = (
    {b.label_vi.lower(): b.value for b in BranchType}
    | {b.value: b.value for b in BranchType}
    | {"dân cư": "dan-cu", "cơ quan": "co-quan", "trường học": "truong-hoc", "lực lượng vũ trang": "luc-luong-vu-trang"}
)


def import_branch_sheet(ctx: AppContext, path: Path) -> SheetResult:
    """Branches from a sheet (.xlsx or .csv) with the columns Mã, Tên, Loại hình, Khối (the first
    row names them). Each row is checked on its own; a wrong row is reported with its number and
    changes nothing; the good rows are saved together."""
    me = _require_parent(ctx)
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DomainError(f"Không đọc được tệp “{path.name}”: {exc.strerror or exc}.") from None
    if size > MAX_SHEET_BYTES:
        raise DomainError(f"Tệp “{path.name}” quá lớn ({size // 1048576} MB) cho một danh sách chi đoàn.")
    numbered = _read_rows(path)
    if not numbered:
        raise DomainError(f"Tệp “{path.name}” không có dòng nào.")
    rows = [values for _, values in numbered]
    header = [str(c or "").strip().lower() for c in rows[0]]
    cols = {}
    for key, names in _HEADERS.items():
        for i, h in enumerate(header):
            if h in names:
                cols[key] = i
                break
    if "code" not in cols or "name" not in cols:
        raise DomainError(
            f"Dòng đầu của “{path.name}” phải có các cột “Mã” và “Tên” (thêm “Loại hình”, “Khối” nếu có)."
        )
    if len(rows) - 1 > MAX_SHEET_ROWS:
        raise DomainError(f"Tệp có {len(rows) - 1} dòng, tối đa {MAX_SHEET_ROWS}.")
    errors, units = [], []
    seen = set()
    for n, row in numbered[1:]:

        def cell(key, row=row):
            i = cols.get(key)
            v = row[i] if i is not None and i < len(row) else None
            return str(v).strip() if v is not None else ""

        code, name = cell("code"), cell("name")
        if not code and not name:
            continue
        raw_type = cell("branch_type").lower()
        bt = _TYPE_WORDS.get(raw_type) if raw_type else None
        grade_text = cell("grade")
        try:
            if raw_type and bt is None:
                raise DomainError(f"loại hình “{cell('branch_type')}” không có")
            grade = int(float(grade_text)) if grade_text else None
            if code in seen:
                raise DomainError(f"mã “{code}” lặp lại")
            units.append(_branch_unit(me, code, name, bt, grade))
            seen.add(code)
        except DomainError as exc:
            errors.append(f"Dòng {n}: {exc}")
        except ValueError:
            errors.append(f"Dòng {n}: khối lớp “{grade_text}” không phải số.")
    added = unchanged = 0
    with ctx.uow.begin() as s:
        for u in units:
            try:
                with s.begin_nested():
                    if _save_branch(ctx, s, me, u):
                        added += 1
                    else:
                        unchanged += 1
            except DomainError as exc:
                errors.append(f"{u.code}: {exc}")
    return SheetResult(added, unchanged, errors)


def _read_rows(path: Path) -> list[tuple[int, list]]:
    """(row number, values) of the first sheet of an .xlsx / .xls / .csv file, through the one
    bounded reader of spreadsheets (desktop/sheets); blank rows left out."""
    from desktop.sheets import read_first_sheet

    sheet = read_first_sheet(path, max_rows=MAX_SHEET_ROWS, active_first=False)
    return [(n, list(values)) for n, values in sheet.rows if any(v is not None and str(v).strip() for v in values)]


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
