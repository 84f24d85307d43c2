"""Units of the Youth Union and Party lines (BRIEF §4).

The hierarchy is data of any depth: two-level local government since 01/7/2025 means there
is no fixed district level (BRIEF §4.1, §8.1), so a unit only knows its parent's code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum

from desktop.domain.errors import DomainError
from desktop.domain.markers import QT_TRANSLATE_NOOP


class UnitKind(str, Enum):
    CHI_DOAN = "chi-doan"
    DOAN_CO_SO = "doan-co-so"
    DOAN_CAP_TREN = "doan-cap-tren"
    DANG_UY_XA = "dang-uy-xa"
    # The Party line above the communes (BRIEF §4.2): the Thành ủy's Ban Tuyên giáo và Dân vận,
    # which follows, urges and reports on the communes' models. It receives and reads only.
    DANG_CAP_TREN = "dang-cap-tren"

    @property
    def label_vi(self) -> str:
        return _KIND_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _KIND_LABELS[self][1]

    @property
    def is_union(self) -> bool:
        return self not in (UnitKind.DANG_UY_XA, UnitKind.DANG_CAP_TREN)

    @property
    def is_party(self) -> bool:
        return not self.is_union


_KIND_LABELS = {
    UnitKind.CHI_DOAN: ("Chi đoàn", QT_TRANSLATE_NOOP("UnitKind", "Youth Union branch")),
    UnitKind.DOAN_CO_SO: ("Đoàn cơ sở", QT_TRANSLATE_NOOP("UnitKind", "Grassroots Youth Union")),
    UnitKind.DOAN_CAP_TREN: ("Đoàn cấp trên", QT_TRANSLATE_NOOP("UnitKind", "Higher Youth Union level")),
    UnitKind.DANG_UY_XA: (
        "Đảng ủy xã, phường, đặc khu",
        QT_TRANSLATE_NOOP("UnitKind", "Commune/ward/special-zone Party Committee"),
    ),
    UnitKind.DANG_CAP_TREN: (
        "Ban Tuyên giáo và Dân vận (cấp ủy cấp trên)",
        QT_TRANSLATE_NOOP("UnitKind", "Party upper level (Propaganda and Mass Mobilisation Commission)"),
    ),
}


class BranchType(str, Enum):
    """Branch types that drive deadlines (BRIEF §3.1, 002_1f659a59af196e35.txt:964)."""

    DAN_CU = "dan-cu"
    CO_QUAN = "co-quan"
    DOANH_NGHIEP = "doanh-nghiep"
    LUC_LUONG_VU_TRANG = "luc-luong-vu-trang"
    TRUONG_HOC = "truong-hoc"

    @property
    def label_vi(self) -> str:
        return _BRANCH_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _BRANCH_LABELS[self][1]

    @property
    def is_school(self) -> bool:
        return self is BranchType.TRUONG_HOC


_BRANCH_LABELS = {
    BranchType.DAN_CU: ("Địa bàn dân cư", QT_TRANSLATE_NOOP("BranchType", "Residential area")),
    BranchType.CO_QUAN: ("Khối cơ quan hành chính", QT_TRANSLATE_NOOP("BranchType", "Administrative agencies")),
    BranchType.DOANH_NGHIEP: ("Doanh nghiệp", QT_TRANSLATE_NOOP("BranchType", "Enterprise")),
    BranchType.LUC_LUONG_VU_TRANG: ("Lực lượng vũ trang", QT_TRANSLATE_NOOP("BranchType", "Armed forces")),
    BranchType.TRUONG_HOC: ("Khối trường học", QT_TRANSLATE_NOOP("BranchType", "Schools")),
}

_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    kind: UnitKind
    branch_type: BranchType | None = None
    grade: int | None = None
    all_party_members: bool = False
    parent_code: str | None = None

    def validated(self) -> "Unit":
        """Return a normalised copy or raise DomainError with a Vietnamese message."""
        code = (self.code or "").strip()
        name = " ".join((self.name or "").split())
        if not code:
            raise DomainError("Mã đơn vị không được để trống.", field="code")
        if not _CODE_RE.match(code):
            raise DomainError(
                f"Mã đơn vị “{code}” không hợp lệ: chỉ dùng chữ không dấu, số, dấu chấm, "
                "gạch ngang hoặc gạch dưới (tối đa 40 ký tự).",
                field="code",
            )
        if not name:
            raise DomainError("Tên đơn vị không được để trống.", field="name")
        if len(name) > 200:
            raise DomainError("Tên đơn vị quá dài (tối đa 200 ký tự).", field="name")
        kind = UnitKind(self.kind)
        branch_type = BranchType(self.branch_type) if self.branch_type else None
        grade = self.grade
        if kind is UnitKind.CHI_DOAN:
            if branch_type is None:
                raise DomainError("Chi đoàn phải chọn loại hình chi đoàn.", field="branch_type")
        elif branch_type is not None:
            raise DomainError("Chỉ chi đoàn mới có loại hình chi đoàn.", field="branch_type")
        if grade is not None:
            if branch_type is not BranchType.TRUONG_HOC:
                raise DomainError("Khối lớp chỉ áp dụng cho chi đoàn khối trường học.", field="grade")
            if not 1 <= int(grade) <= 12:
                raise DomainError("Khối lớp phải từ 1 đến 12.", field="grade")
            grade = int(grade)
        parent = (self.parent_code or "").strip() or None
        if parent == code:
            raise DomainError("Đơn vị không thể là đơn vị cấp trên của chính nó.", field="parent_code")
        return replace(
            self,
            code=code,
            name=name,
            kind=kind,
            branch_type=branch_type,
            grade=grade,
            all_party_members=bool(self.all_party_members),
            parent_code=parent,
        )

    @property
    def is_school(self) -> bool:
        return self.branch_type is BranchType.TRUONG_HOC

    def facts(self) -> dict:
        """The facts applicability rules of a catalog may test (see catalog.Condition)."""
        return {
            "kind": self.kind.value,
            "branch_type": self.branch_type.value if self.branch_type else None,
            "grade": self.grade,
            "all_party_members": self.all_party_members,
        }


class UnitTree:
    """A hierarchy of any depth built from units' parent codes."""

    def __init__(self, units: list[Unit]):
        self._units = {u.code: u for u in units}

    def get(self, code: str) -> Unit | None:
        return self._units.get(code)

    def children(self, code: str) -> list[Unit]:
        return sorted((u for u in self._units.values() if u.parent_code == code), key=lambda u: u.code)

    def ancestors(self, code: str) -> list[Unit]:
        out: list[Unit] = []
        seen = {code}
        unit = self._units.get(code)
        while unit and unit.parent_code and unit.parent_code in self._units:
            if unit.parent_code in seen:
                break
            seen.add(unit.parent_code)
            unit = self._units[unit.parent_code]
            out.append(unit)
        return out

    def descendants(self, code: str) -> list[Unit]:
        out: list[Unit] = []
        stack = [code]
        while stack:
            for child in self.children(stack.pop()):
                out.append(child)
                stack.append(child.code)
        return out

    def check_reparent(self, code: str, new_parent: str | None) -> None:
        """Refuse a move that would make a unit its own ancestor."""
        if new_parent is None:
            return
        if new_parent == code or new_parent in {u.code for u in self.descendants(code)}:
            raise DomainError(
                f"Không thể chuyển “{code}” vào dưới “{new_parent}”: sẽ tạo vòng lặp cấp trên/cấp dưới.",
                field="parent_code",
            )
