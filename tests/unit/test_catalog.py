import json
from pathlib import Path

import pytest

from desktop.domain.catalog import CatalogError, load_catalog, load_catalogs
from desktop.paths import catalogs_dir

CD = catalogs_dir() / "chi-doan-xhcn.v1.json"


@pytest.fixture
def catalog():
    return load_catalog(CD)


def test_chi_doan_catalog_has_the_16_criteria_of_brief_section_1(catalog):
    ids = [c.id for c in catalog.criteria]
    assert ids == [
        "CD-1.1",
        "CD-1.2",
        "CD-1.3",
        "CD-1.4",
        "CD-2.1",
        "CD-2.2",
        "CD-2.3",
        "CD-2.4",
        "CD-3.1",
        "CD-3.2",
        "CD-3.3",
        "CD-3.4",
        "CD-3.5",
        "CD-3.6",
        "CD-3.7",
        "CD-3.8",
    ]
    assert [g.title_vi for g in catalog.groups] == [
        "Tổ chức hoạt động giáo dục tư tưởng, chính trị",
        "Triển khai các phong trào, chương trình",
        "Xây dựng tổ chức Đoàn",
    ]


def test_thresholds_and_periods_match_the_brief(catalog):
    c = {x.id: x for x in catalog.criteria}
    assert (c["CD-1.1"].measure, c["CD-1.1"].threshold, c["CD-1.1"].period) == ("pct_members", 0.7, "year")
    assert (c["CD-1.2"].threshold, c["CD-1.2"].period) == (1, "quarter")
    assert (c["CD-1.4"].threshold, c["CD-1.4"].period) == (0.6, "request")
    assert c["CD-2.1"].measure == "zero"
    assert c["CD-2.4"].period == "week"
    assert (c["CD-3.6"].measure, c["CD-3.6"].threshold) == ("per_member_min", 5)
    assert c["CD-3.8"].threshold == 0.8
    assert c["CD-1.3"].measure == c["CD-3.1"].measure == "qualitative"


def test_cd37_exemption_for_party_branches_and_grades_10_11(catalog):
    cd37 = catalog.criterion("CD-3.7")
    base = {"kind": "chi-doan", "branch_type": "truong-hoc", "all_party_members": False}
    assert not cd37.applies_to({**base, "grade": 10})
    assert not cd37.applies_to({**base, "grade": 11})
    assert cd37.applies_to({**base, "grade": 12})
    assert not cd37.applies_to({"kind": "chi-doan", "branch_type": "co-quan", "grade": None, "all_party_members": True})
    # The exemption applies only to CD-3.7 (BRIEF §1 notes).
    assert all(c.applies_to({**base, "grade": 10}) for c in catalog.criteria if c.id != "CD-3.7")


def test_recognition_needs_80_percent_rounded_up(catalog):
    r = catalog.recognition
    assert (r.required(16), r.required(15)) == (13, 12)
    assert r.is_met(13, 16) and not r.is_met(12, 16)
    assert r.is_met(12, 15) and not r.is_met(11, 15)


def _write(tmp_path: Path, data) -> Path:
    p = tmp_path / "broken.v1.json"
    p.write_text(json.dumps(data, ensure_ascii=False) if not isinstance(data, str) else data, encoding="utf-8")
    return p


def test_broken_json_names_the_file_and_line(tmp_path):
    p = _write(tmp_path, '{"id": "x",\n  "version": }')
    with pytest.raises(CatalogError) as e:
        load_catalog(p)
    assert "broken.v1.json" in str(e.value) and "dòng 2" in str(e.value)


def test_unknown_field_names_file_entry_and_field(tmp_path):
    data = json.loads(CD.read_text(encoding="utf-8"))
    data["criteria"][3]["nguong"] = 0.6
    with pytest.raises(CatalogError) as e:
        load_catalog(_write(tmp_path, data))
    assert (e.value.file, e.value.entry, e.value.fld) == ("broken.v1.json", "CD-1.4", "nguong")
    assert "không được hỗ trợ" in str(e.value)


def test_wrong_values_are_reported_with_their_field(tmp_path):
    data = json.loads(CD.read_text(encoding="utf-8"))
    data["criteria"][0]["threshold"] = 70
    with pytest.raises(CatalogError) as e:
        load_catalog(_write(tmp_path, data))
    assert (e.value.entry, e.value.fld) == ("CD-1.1", "threshold")
    data = json.loads(CD.read_text(encoding="utf-8"))
    del data["criteria"][5]["period"]
    with pytest.raises(CatalogError) as e:
        load_catalog(_write(tmp_path, data))
    assert (e.value.entry, e.value.fld) == ("CD-2.2", "period")


def test_every_bundled_catalog_loads_and_matches_the_json_schema():
    import jsonschema

    schema = json.loads((catalogs_dir() / "catalog.schema.json").read_text(encoding="utf-8"))
    cats = load_catalogs(catalogs_dir())
    assert "chi-doan-xhcn" in cats
    for path in catalogs_dir().glob("*.v*.json"):
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)
