import pytest

from desktop.domain.errors import DomainError
from desktop.domain.units import BranchType, Unit, UnitKind, UnitTree


def test_branch_needs_a_branch_type():
    with pytest.raises(DomainError) as e:
        Unit("CD1", "Chi đoàn 1", UnitKind.CHI_DOAN).validated()
    assert e.value.field == "branch_type"
    assert "loại hình" in str(e.value)


def test_grade_only_for_school_branches():
    with pytest.raises(DomainError) as e:
        Unit("CD1", "Chi đoàn 1", UnitKind.CHI_DOAN, BranchType.DAN_CU, grade=10).validated()
    assert e.value.field == "grade"
    ok = Unit("CD10A1", "Chi đoàn 10A1", UnitKind.CHI_DOAN, BranchType.TRUONG_HOC, grade=10).validated()
    assert ok.grade == 10 and ok.is_school


def test_code_and_name_are_normalised_and_checked():
    u = Unit(" CD-1 ", "  Chi   đoàn  Tổ 1 ", UnitKind.CHI_DOAN, BranchType.DAN_CU).validated()
    assert (u.code, u.name) == ("CD-1", "Chi đoàn Tổ 1")
    with pytest.raises(DomainError, match="Mã đơn vị"):
        Unit("mã có dấu", "X", UnitKind.DOAN_CO_SO).validated()
    with pytest.raises(DomainError, match="Tên đơn vị"):
        Unit("X1", "  ", UnitKind.DOAN_CO_SO).validated()


def test_party_committee_has_no_branch_type():
    with pytest.raises(DomainError):
        Unit("DU1", "Đảng ủy xã An Lão", UnitKind.DANG_UY_XA, BranchType.DAN_CU).validated()
    u = Unit("DU1", "Đảng ủy xã An Lão", UnitKind.DANG_UY_XA).validated()
    assert u.kind.label_vi == "Đảng ủy xã, phường, đặc khu"


def test_hierarchy_of_any_depth_and_reparenting_without_cycles():
    units = [
        Unit("TD", "Thành đoàn Hải Phòng", UnitKind.DOAN_CAP_TREN),
        Unit("DCS", "Đoàn phường Lê Chân", UnitKind.DOAN_CO_SO, parent_code="TD"),
        Unit("CD1", "Chi đoàn TDP 1", UnitKind.CHI_DOAN, BranchType.DAN_CU, parent_code="DCS"),
    ]
    tree = UnitTree(units)
    assert [u.code for u in tree.ancestors("CD1")] == ["DCS", "TD"]
    assert [u.code for u in tree.descendants("TD")] == ["DCS", "CD1"]
    tree.check_reparent("CD1", "TD")  # moving a branch directly under the city is allowed
    with pytest.raises(DomainError, match="vòng lặp"):
        tree.check_reparent("TD", "CD1")
