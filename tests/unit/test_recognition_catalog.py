"""The editable "Đoàn viên XHCN" catalogs (BRIEF §2.2(a), §2.2(c), §2.3)."""

import json

import jsonschema
import pytest

from desktop.domain.catalog import load_catalog
from desktop.paths import catalogs_dir

SCHEMA = json.loads((catalogs_dir() / "catalog.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["doan-vien-xhcn", "doan-vien-xhcn-hoc-sinh"])
def test_member_catalogs_validate_against_the_catalog_schema(name):
    path = catalogs_dir() / f"{name}.v1.json"
    jsonschema.Draft202012Validator(SCHEMA).validate(json.loads(path.read_text(encoding="utf-8")))
    assert load_catalog(path).id == name


def test_six_quality_groups_are_the_verbatim_titles_of_brief_2_2a():
    cat = load_catalog(catalogs_dir() / "doan-vien-xhcn.v1.json")
    titles = {g.id: g.title_vi for g in cat.groups}
    assert titles["P2"] == "Trung thực, thẳng thắn, nghĩa tình"
    assert titles["P3"] == "Có khát vọng cống hiến, dám hy sinh vì lợi ích chung"
    assert titles["P6"] == "Tự chủ, tự tin, tự lực, tự cường, tự hào dân tộc"
    assert titles["P1"].startswith("Yêu nước, yêu thành phố Hải Phòng")
    for gid in ("P1", "P2", "P3", "P4", "P5", "P6"):
        n = sum(1 for c in cat.criteria if c.group == gid)
        assert 2 <= n <= 4, gid


def test_hard_conditions_come_from_the_branch_criteria_of_brief_2_3():
    cat = load_catalog(catalogs_dir() / "doan-vien-xhcn.v1.json")
    facts = {c.params["fact"]: c for c in cat.criteria if c.group == "DK"}
    assert set(facts) == {
        "no_incident",
        "volunteer_days",
        "training_registered",
        "ebook_ecard",
        "residence_activity",
        "share_requests",
        "thematic_sessions",
    }
    assert facts["volunteer_days"].threshold == 5
    assert facts["no_incident"].params["blocking"] is True


def test_student_variant_has_three_groups_of_three_items_brief_2_2c():
    cat = load_catalog(catalogs_dir() / "doan-vien-xhcn-hoc-sinh.v1.json")
    groups = [g for g in cat.groups if g.id != "DK"]
    assert [g.title_vi for g in groups] == ["Phẩm chất", "Năng lực", "Sức khoẻ và trách nhiệm cộng đồng"]
    assert all(sum(1 for c in cat.criteria if c.group == g.id) == 3 for g in groups)
