"""The package schemas: the privacy list and the schemas say the same thing, and the fast
validator used on import agrees with jsonschema (which gives the detailed messages)."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.paths import schemas_dir
from desktop.sync import privacy
from desktop.sync.kinds import KINDS
from desktop.sync.verify import _fast_validator, validator
from tests.sync.conftest_sync import quarterly_data


def test_every_kind_has_a_valid_schema():
    for kind in KINDS:
        schema = json.loads((schemas_dir() / f"package-{kind}.json").read_text(encoding="utf-8"))
        assert schema["$schema"].endswith("2020-12/schema")
        validator(f"package-{kind}")  # check_schema passes


def _member_props(schema: dict) -> list[set[str]]:
    found = []

    def walk(node):
        if isinstance(node, dict):
            props = node.get("properties")
            if isinstance(props, dict) and {"ref", "full_name"} <= set(props):
                found.append(set(props))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(schema)
    return found


@pytest.mark.parametrize("kind", ["registration", "year-end", "appraisal", "decision"])
def test_member_fields_in_the_schemas_are_exactly_the_privacy_list(kind):
    schema = json.loads((schemas_dir() / f"package-{kind}.json").read_text(encoding="utf-8"))
    [props] = _member_props(schema)
    assert props == set(privacy.FIELDS_BY_KIND[kind])
    assert props <= set(privacy.MEMBER_FIELDS)
    assert not props & {"date_of_birth", "phone", "id_number", "residence", "is_party_member", "gender"}


def test_minimised_record_keeps_only_the_listed_member_fields():
    doc = {
        "format": "sothidua-unit-data",
        "version": 1,
        "unit": {"code": "CD-1", "name": "Chi đoàn 1", "kind": "chi-doan"},
        "members": [
            {
                "id": "m1",
                "full_name": "Nguyễn Thị Hoa",
                "date_of_birth": "2009-03-02",
                "phone": "0912",
                "id_number": "031209000001",
                "is_party_member": True,
                "residence": "Tổ 3",
                "ebook_issued": True,
                "history": [{"kind": "joined", "date": "2024-03-26"}],
            }
        ],
        "attachments": [{"owner": "member", "ref": "m1", "sha256": "0" * 64, "name": "cccd.jpg", "size": 1}],
    }
    out = privacy.minimise_record(doc)
    assert out["members"] == [
        {
            "id": "m1",
            "full_name": "Nguyễn Thị Hoa",
            "ebook_issued": True,
            "history": [{"kind": "joined", "date": "2024-03-26"}],
        }
    ]
    assert "attachments" not in out
    assert out["unit"]["all_party_members"] is True  # the CD-3.7 exemption survives as a unit fact


def _mutations():
    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(-5, 5), st.floats(-2, 2, allow_nan=False), st.text(max_size=5)
    )
    return st.tuples(st.sampled_from(["completion_share", "recognisable", "met", "criteria", "extra"]), scalars)


@settings(max_examples=150, deadline=None)
@given(_mutations(), st.integers(0, 15), st.sampled_from(["id", "status", "value", "threshold", "other"]), st.data())
def test_fast_and_detailed_validators_agree(top, index, field, data):
    doc = copy.deepcopy(quarterly_data())
    key, value = top
    if data.draw(st.booleans()):
        doc["evaluation"][key] = value
    else:
        doc["evaluation"]["criteria"][index][field] = value
    fast = _fast_validator("package-quarterly")
    try:
        fast(doc)
        fast_ok = True
    except Exception:  # noqa: BLE001
        fast_ok = False
    assert fast_ok == validator("package-quarterly").is_valid(doc)


def test_a_package_refused_by_its_schema_is_explained_in_vietnamese():
    """A person reads why a package was refused: where, and what is wrong, in Vietnamese — not
    jsonschema's English ("Additional properties are not allowed", "is a required property")."""
    from desktop.sync.schema_check import schema_errors

    errors = schema_errors("package-manifest", {"format": "sothidua-package", "lạ": 1})
    text = "; ".join(errors)
    assert "thiếu mục bắt buộc" in text and "“package_id”" in text
    assert "có mục không được phép: “lạ”" in text
    assert not any(w in text for w in ("required property", "not allowed", "is not of type"))
    bad_type = schema_errors("package-manifest", [])
    assert bad_type == ["(gốc): sai kiểu dữ liệu"]
