"""Issue 23 item 7: a Đoàn cơ sở takes in what it receives faster, with the same outcome.

The compiled schema check (fastjsonschema) decides only "valid or not" and must agree with the
draft 2020-12 validator that gives the messages; a file that is exactly what is stored is
answered "nothing changes" without writing; a file that differs in one field still goes in.
"""

from __future__ import annotations

import copy

import jsonschema
import pytest

from desktop.services.exchange import interchange as ix
from desktop.services.context import open_context
from tests.bench.bench_interchange import document


@pytest.fixture
def small_doc():
    return document(3, 4)  # a Đoàn cơ sở with 3 branches of 4 members and a year of records


def _mutations(doc: dict):
    """Ways a hand-written or damaged file goes wrong, one at a time."""
    b = "branches"
    yield "member name is a number", lambda d: d[b][0]["members"][0].__setitem__("full_name", 12)
    yield "date in the wrong form", lambda d: d[b][1]["members"][2].__setitem__("date_of_birth", "12/03/2000")
    yield "unknown field", lambda d: d[b][0]["members"][1].__setitem__("nickname", "Hoa")
    yield "missing history", lambda d: d[b][2]["members"][0].pop("history")
    yield "unknown kind of unit", lambda d: d[b][0]["unit"].__setitem__("kind", "doi")
    yield "participants not a list", lambda d: d[b][1]["logs"][0].__setitem__("participants", "m1")
    yield "negative days", lambda d: d[b][0]["volunteer_activities"][0].__setitem__("days", -1)
    yield "empty title", lambda d: d[b][2]["logs"][3].__setitem__("title", "")
    yield "wrong version", lambda d: d.__setitem__("version", 2)
    yield "unit code with a space", lambda d: d[b][1]["unit"].__setitem__("code", "CD 01")
    yield "history entry of an unknown kind", lambda d: d[b][0]["members"][0]["history"][0].__setitem__("kind", "x")
    yield "a boolean as a number", lambda d: d[b][0]["members"][0].__setitem__("ebook_issued", 1)
    yield "another kind of file", lambda d: d.__setitem__("format", "sothidua-package")
    yield "version given as true", lambda d: d.__setitem__("version", True)
    yield "a participant ref with a space", lambda d: d[b][0]["logs"][0]["participants"].append("m 1")
    yield "a volunteer day in the wrong form", lambda d: d[b][1]["volunteer_activities"][0]["dates"].append("1/3/2026")


def test_the_compiled_check_agrees_with_the_full_validator(small_doc):
    full = jsonschema.Draft202012Validator(ix.schema())
    assert ix._fast_valid(small_doc) and full.is_valid(small_doc) and ix.schema_problems(small_doc) == []
    for what, mutate in _mutations(small_doc):
        doc = copy.deepcopy(small_doc)
        mutate(doc)
        assert ix._fast_valid(doc) == full.is_valid(doc), what
        if not full.is_valid(doc):
            assert ix.schema_problems(doc), what  # the messages still come from the full validator


def _audit_rows(ctx) -> int:
    from sqlalchemy import text

    with ctx.uow.read() as s:
        return s.execute(text("SELECT count(*) FROM audit_log")).scalar()


def test_a_file_already_stored_changes_nothing_and_one_field_more_goes_in(tmp_path, small_doc):
    ctx = open_context(tmp_path / "dcs")
    first = ix.import_document(ctx, small_doc)
    assert first.changed and first.counts["members"] == 12
    exported = ix.export_document(ctx)
    n = _audit_rows(ctx)
    again = ix.import_document(ctx, copy.deepcopy(exported))
    assert not again.changed and again.mode == "own_unit" and again.counts == first.counts
    assert again.units == first.units and again.warnings == ("Dữ liệu trong tệp đã có sẵn, không có gì thay đổi.",)
    assert _audit_rows(ctx) == n  # nothing written, not even the audit trail
    # The first file (its own ids, not the export's) is also recognised as nothing new.
    assert not ix.import_document(ctx, copy.deepcopy(small_doc)).changed and _audit_rows(ctx) == n

    changed = copy.deepcopy(exported)
    changed["branches"][1]["members"][2]["full_name"] = "Nguyễn Thị Hoa Mới"
    result = ix.import_document(ctx, changed)
    assert result.changed and _audit_rows(ctx) > n
    names = [m["full_name"] for m in ix.export_document(ctx)["branches"][1]["members"]]
    assert "Nguyễn Thị Hoa Mới" in names
    ctx.close()


def test_participants_unrolled_by_sqlite_are_the_rows_written_one_by_one(tmp_path, small_doc, monkeypatch):
    """The participants of each log handed to SQLite as one list (json_each) store exactly the
    rows an SQLite without JSON gets one by one: the same file exported back is the same."""
    from db.repo import interchange_common

    small_doc["branches"][0]["logs"][0]["participants"] += small_doc["branches"][0]["logs"][0]["participants"][:2]
    exported = {}
    for unrolled in (True, False):
        monkeypatch.setitem(interchange_common._JSON_EACH, "sqlite", unrolled)
        ctx = open_context(tmp_path / f"unrolled-{unrolled}")
        try:
            assert ix.import_document(ctx, small_doc).changed
            exported[unrolled] = ix.export_document(ctx)
            with ctx.uow.read() as s:
                (n,) = s.connection().exec_driver_sql("SELECT count(*) FROM cycle_log_participants").one()
        finally:
            ctx.close()
        # 3 branches × 16 logs with all 4 members (a repeated participant counts once)
        assert n == 3 * 16 * 4
    assert exported[True] == exported[False]
    logs = exported[True]["branches"][0]["logs"]
    assert sorted(logs[0]["participants"]) == sorted(m["id"] for m in exported[True]["branches"][0]["members"])
