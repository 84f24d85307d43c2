"""The parent's list of its branches (issue 17): what each branch is and whether it has joined,
adding one by hand, and reading a whole list from a spreadsheet (bounded in size and rows, each
bad row named). Inviting them is desktop/services/exchange/invitations.py.
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
from desktop.services.exchange.invitations import ISSUED, MAX_SHEET_BYTES, MAX_SHEET_ROWS, _require_parent, invited_kind


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
