"""Issue 23 item 7: a file already taken in is answered "nothing changes" without being checked and
written again — and never when something did change, in the file or here.

The shortcut: the SHA-256 of the file's canonical JSON, remembered with the SHA-256 of every row
an import of its units replaces (db/repo/interchange_digest.py). These tests change one field of
each section of the file, and one row of each table here, and see each change go in.
"""

from __future__ import annotations

import copy
import dataclasses
from datetime import date

import pytest
from sqlalchemy import text

from db.base import metadata
from db.repo import interchange_digest as digest
from desktop.services.context import open_context
from desktop.services.exchange import interchange as ix
from desktop.services.membership import members as members_svc
from tests.bench.bench_interchange import document
from tests.unit.test_interchange import _audit_count, _full_branch, _fresh

NOTHING = ("Dữ liệu trong tệp đã có sẵn, không có gì thay đổi.",)


def _no_full_import(monkeypatch):
    """From here on, checking or comparing the file the long way fails the test."""

    def refuse(*_a, **_k):
        raise AssertionError("the file was checked and written again")

    monkeypatch.setattr(ix, "check_document", refuse)
    monkeypatch.setattr(ix, "export_in_session", refuse)


def _records(ctx) -> int:
    with ctx.uow.read() as s:
        return s.execute(text("SELECT count(*) FROM interchange_imports")).scalar()


@pytest.fixture
def dcs(tmp_path):
    c = open_context(tmp_path / "dcs", actor="test")
    yield c
    c.close()


def test_the_first_file_again_is_answered_without_checking_or_writing(dcs, monkeypatch):
    doc = document(3, 4)  # written by hand (its own ids, fields left out), not by an export
    first = ix.import_document(dcs, copy.deepcopy(doc))
    assert first.changed and first.counts["members"] == 12
    n = _audit_count(dcs)
    _no_full_import(monkeypatch)
    again = ix.import_document(dcs, copy.deepcopy(doc))
    assert not again.changed and again.warnings == NOTHING
    assert again.mode == "own_unit" and again.units == first.units and again.counts == first.counts
    assert _audit_count(dcs) == n


def test_a_change_made_here_after_the_import_is_undone_by_the_same_file(dcs):
    doc = document(2, 3)
    ix.import_document(dcs, copy.deepcopy(doc))
    with dcs.uow.read() as s:
        mid = s.execute(text("SELECT id FROM members WHERE union_card_no = 'CD0010001'")).scalar()
    members_svc.update_member(dcs, dataclasses.replace(members_svc.get_member(dcs, mid), full_name="Tên Sửa Tại Máy"))
    again = ix.import_document(dcs, copy.deepcopy(doc))
    assert again.changed
    names = [x["full_name"] for x in ix.export_document(dcs)["branches"][1]["members"]]
    assert "Tên Sửa Tại Máy" not in names and names[1] == doc["branches"][1]["members"][1]["full_name"]


def _one_field_each(doc: dict):
    """(section, a change of one field in it) for every section the full branch fills in."""
    yield "unit", lambda d: d["unit"].__setitem__("name", "Chi đoàn Tổ dân phố số 3 (mới)")
    yield "settings", lambda d: d["settings"].__setitem__("member_vote_threshold", "half")
    yield "members", lambda d: d["members"][3].__setitem__("full_name", "Phạm Thu Hường")
    yield "members.history", lambda d: d["members"][4]["history"][0].__setitem__("date", "2024-03-27")
    yield "member_facts", lambda d: d["member_facts"][0].__setitem__("ebook_no", "SĐ-0001")
    yield "member_groups", lambda d: d["member_groups"][0].__setitem__("name", "Tổ 2")
    yield "registrations", lambda d: d["registrations"][0]["items"][0].__setitem__("responsible", "Phó Bí thư")
    yield "logs", lambda d: d["logs"][2].__setitem__("title", "Chuyên đề quý 2 (sửa)")
    yield "logs.participants", lambda d: d["logs"][0]["participants"].remove("m4")
    yield "judgements", lambda d: d["judgements"][0].__setitem__("author", "Phó Bí thư Trần Văn Bình")
    yield "volunteer_activities", lambda d: d["volunteer_activities"][0].__setitem__("guests", 4)
    yield "member_assessments", lambda d: d["member_assessments"][1].__setitem__("training_score", 88.25)
    yield "member_votes", lambda d: d["member_votes"][1].__setitem__("against", 0)
    yield "proposals", lambda d: d["proposals"][0].__setitem__("self_assessment", "Hoàn thành xuất sắc.")
    yield "branch_recognitions", lambda d: d["branch_recognitions"][0].__setitem__("decision_number", "16-QĐ/ĐTN")
    yield "member_recognitions", lambda d: d["member_recognitions"][1].__setitem__("issuer_name", "Đoàn phường LC")
    yield "documents", lambda d: d["documents"][1].__setitem__("title", "Báo cáo quý 3")
    yield "document_counters", lambda d: d["document_counters"][0].__setitem__("last_number", 7)


def test_one_field_changed_in_any_section_of_the_file_goes_in(ctx, tmp_path):
    _full_branch(ctx)
    exported = ix.export_document(ctx)
    other = _fresh(tmp_path, "may-moi")
    try:
        hand = copy.deepcopy(exported)
        hand["members"][0]["notes"] = "Bí thư"  # a file not written here: the export differs
        assert ix.import_document(other, copy.deepcopy(hand)).changed
        assert not ix.import_document(other, copy.deepcopy(hand)).changed
        sections = list(_one_field_each(hand))
        assert {name.split(".")[0] for name, _ in sections} >= {
            k for k, v in exported.items() if v and k not in ("format", "version")
        }
        for name, change in sections:
            doc = copy.deepcopy(hand)
            change(doc)
            n = _audit_count(other)
            result = ix.import_document(other, copy.deepcopy(doc))
            assert result.changed and result.warnings != NOTHING, name
            assert _audit_count(other) > n, name
            assert ix._canonical(ix.export_document(other)) == ix._canonical(doc), name
            assert not ix.import_document(other, copy.deepcopy(doc)).changed, name  # and now it is known
            assert ix.import_document(other, copy.deepcopy(hand)).changed, name  # back as it was
    finally:
        other.close()


def _tables_with_rows(s, codes: list[str]) -> dict[str, str]:
    ids = [r[0] for r in s.execute(text(f"SELECT id FROM units WHERE code IN ({', '.join(map(repr, codes))})"))]
    conds = digest._conditions(ids)
    return {t: w for t, w in conds.items() if s.execute(text(f'SELECT count(*) FROM "{t}" WHERE {w}')).scalar()}


def test_one_row_changed_or_removed_here_in_any_table_an_import_replaces_changes_the_digest(ctx):
    unit, _ids = _full_branch(ctx)
    codes = [unit.code]
    with ctx.uow.read() as s:
        base = digest.state_digest(s, codes)
        filled = _tables_with_rows(s, codes)
    # Every kind of record the full branch holds (the derived ones too: credits, facts).
    assert {"members", "membership_events", "cycle_logs", "cycle_log_participants", "volunteer_credits"} <= set(filled)
    assert len(filled) >= 20
    for table, where in [("units", f"code = '{unit.code}'"), ("settings", f"scope = '{unit.code}'"), *filled.items()]:
        t = metadata.tables[table]
        keys = {c.name for c in t.primary_key.columns} | {fk.parent.name for fk in t.foreign_keys}
        free = [c.name for c in t.c if c.name not in keys]
        pk = ", ".join(f'"{c.name}"' for c in t.primary_key.columns)  # rowid or not (0027)
        one = f'SELECT {pk} FROM "{table}" WHERE {where} LIMIT 1'
        if free:
            col = free[-1]
            with ctx.uow.read() as s:  # rolled back at the end
                s.execute(
                    text(
                        f'UPDATE "{table}" SET "{col}" = CASE WHEN "{col}" IS NULL THEN 1 ELSE "{col}" || \'x\' END '
                        f"WHERE ({pk}) IN ({one})"
                    )
                )
                assert digest.state_digest(s, codes) != base, f"{table}.{col}"
        if table != "units":
            with ctx.uow.read() as s:
                s.execute(text(f'DELETE FROM "{table}" WHERE ({pk}) IN ({one})'))
                assert digest.state_digest(s, codes) != base, table
    with ctx.uow.read() as s:
        assert digest.state_digest(s, codes) == base


def test_a_file_found_to_change_nothing_the_long_way_is_known_the_next_time(dcs, monkeypatch):
    doc = document(2, 3)
    ix.import_document(dcs, copy.deepcopy(doc))
    with dcs.uow.begin() as s:  # as in a folder filled before this build
        s.execute(text("DELETE FROM interchange_imports"))
    with dcs.uow.read() as s:
        ids = s.execute(text("SELECT id FROM members ORDER BY id")).scalars().all()
    n = _audit_count(dcs)
    again = ix.import_document(dcs, copy.deepcopy(doc))  # checked, written, compared, undone
    assert not again.changed and again.warnings == NOTHING and _audit_count(dcs) == n
    with dcs.uow.read() as s:
        assert s.execute(text("SELECT id FROM members ORDER BY id")).scalars().all() == ids
    assert _records(dcs) == 1
    _no_full_import(monkeypatch)
    assert not ix.import_document(dcs, copy.deepcopy(doc)).changed


def test_a_file_of_a_branch_kept_by_the_doan_co_so_is_known_again(dcs, monkeypatch):
    ix.import_document(dcs, document(2, 3))
    branch = {"format": "sothidua-unit-data", "version": 1, **document(3, 3)["branches"][2]}
    branch["unit"] = {**branch["unit"], "parent_code": "DCS-LECHAN"}
    result = ix.import_document(dcs, copy.deepcopy(branch))
    assert result.changed and result.mode == "branch"
    _no_full_import(monkeypatch)
    assert not ix.import_document(dcs, copy.deepcopy(branch)).changed


def test_a_document_with_no_json_form_is_still_refused_by_the_check(dcs):
    ix.import_document(dcs, document(1, 2))
    bad = document(1, 2)
    bad["branches"][0]["members"][0]["full_name"] = float("nan")
    with pytest.raises(ix.InvalidDocument):
        ix.import_document(dcs, bad)
    bad["branches"][0]["members"][0]["full_name"] = {1: "a", "b": 2}  # keys that do not sort
    with pytest.raises(ix.InvalidDocument):
        ix.import_document(dcs, bad)


def test_the_day_of_the_import_is_not_needed_to_know_the_file(tmp_path, monkeypatch):
    c = open_context(tmp_path / "d", actor="test")
    try:
        c.today = lambda: date(2026, 11, 21)
        doc = document(1, 3)
        ix.import_document(c, copy.deepcopy(doc))
        c.today = lambda: date(2026, 11, 22)
        _no_full_import(monkeypatch)
        assert not ix.import_document(c, copy.deepcopy(doc)).changed
    finally:
        c.close()


def test_a_branch_record_applied_from_a_package_is_not_remembered(dcs):
    """Records received in packages are known by their own SHA-256 (record_apply.py): the
    import is asked not to hash the stored rows for them (a few ms per branch)."""
    doc = document(1, 3)
    assert ix.import_document(dcs, copy.deepcopy(doc), remember=False).changed
    assert _records(dcs) == 0
    assert not ix.import_document(dcs, copy.deepcopy(doc), remember=False).changed  # the long way
    assert _records(dcs) == 0


def test_the_exported_file_with_1_for_true_is_not_taken_for_the_stored_one(dcs):
    ix.import_document(dcs, document(1, 2))
    exported = ix.export_document(dcs)
    assert not ix.import_document(dcs, copy.deepcopy(exported)).changed
    one = copy.deepcopy(exported)
    one["branches"][0]["members"][0]["ebook_issued"] = 1  # == True for Python, not for the format
    assert one == exported
    with pytest.raises(ix.InvalidDocument):
        ix.import_document(dcs, one)


def test_what_surely_differs_is_only_what_the_export_would_show_otherwise(dcs):
    """``_differs_surely`` spares reading a unit back after writing it (a branch's newer record):
    never for a file that changes nothing, logs given in any order of dates; always for another
    name of a member, or date, kind or title of a log."""
    doc = document(2, 3)
    ix.import_document(dcs, copy.deepcopy(doc))
    with dcs.uow.read() as s:
        before = ix.export_in_session(s, "DCS-LECHAN")
    assert [lg["date"] for lg in doc["branches"][0]["logs"]] != sorted(lg["date"] for lg in doc["branches"][0]["logs"])
    assert not ix._differs_surely(before, ix.check_document(dcs, copy.deepcopy(doc)))
    assert not ix._differs_surely(before, ix.check_document(dcs, copy.deepcopy(before)))
    for change in (
        lambda d: d["branches"][1]["members"][0].update(full_name="Đinh Thị Mới"),
        lambda d: d["branches"][0]["logs"][0].update(title="Sinh hoạt khác"),
        lambda d: d["branches"][0]["logs"][0].update(date="2026-01-06"),
        lambda d: d["branches"][0]["logs"].pop(),
    ):
        other = copy.deepcopy(doc)
        change(other)
        assert ix._differs_surely(before, ix.check_document(dcs, other))
    # what it does not look at is still found the long way: written, not undone
    other = copy.deepcopy(doc)
    other["branches"][0]["members"][0]["phone"] = "0912345678"
    assert not ix._differs_surely(before, ix.check_document(dcs, copy.deepcopy(other)))
    assert ix.import_document(dcs, other, remember=False).changed


def test_a_branch_whose_names_and_logs_differ_is_written_without_being_exported(dcs, monkeypatch):
    """A branch's file (a record received in a package): when its members' names or its logs
    are not what the stored branch shows, it is written without exporting the branch before or
    after; when they are, it is still compared the long way, logs in any order."""
    ix.import_document(dcs, document(2, 3))
    branch = {"format": "sothidua-unit-data", "version": 1, **document(3, 3)["branches"][2]}
    branch["unit"] = {**branch["unit"], "parent_code": "DCS-LECHAN"}
    assert ix.import_document(dcs, copy.deepcopy(branch), remember=False).changed
    n = _audit_count(dcs)
    shuffled = copy.deepcopy(branch)
    # the same rows, latest first (same day: as before): found unchanged after writing, undone
    shuffled["logs"] = sorted(shuffled["logs"], key=lambda lg: lg["date"], reverse=True)
    assert not ix.import_document(dcs, shuffled, remember=False).changed
    assert _audit_count(dcs) == n
    phone = copy.deepcopy(branch)
    phone["members"][0]["phone"] = "0912345678"  # not in the outline: compared, written
    assert ix.import_document(dcs, phone, remember=False).changed

    exports = []
    real = ix.export_in_session
    monkeypatch.setattr(ix, "export_in_session", lambda s, code: exports.append(code) or real(s, code))
    renamed = copy.deepcopy(phone)
    renamed["members"][1]["full_name"] = "Đinh Thị Mới"
    assert ix.import_document(dcs, renamed, remember=False).changed
    more = copy.deepcopy(renamed)
    more["logs"].append({**more["logs"][0], "id": "l-new", "title": "Sinh hoạt bổ sung"})
    assert ix.import_document(dcs, more, remember=False).changed
    assert exports == []
    with dcs.uow.read() as s:
        out = real(s, branch["unit"]["code"])
    assert [m["full_name"] for m in out["members"]][1] == "Đinh Thị Mới"
    assert len(out["logs"]) == len(branch["logs"]) + 1


def test_a_branch_file_renaming_the_branch_renames_it_and_nothing_else(dcs):
    """The unit rows of a file are written only where they differ (upsert_units): the branch's
    new name goes in; the Đoàn cơ sở stays this installation's own unit."""
    from db.repo import units as units_repo

    ix.import_document(dcs, document(2, 3))
    branch = {"format": "sothidua-unit-data", "version": 1, **document(2, 3)["branches"][0]}
    branch["unit"] = {**branch["unit"], "parent_code": "DCS-LECHAN", "name": "Chi đoàn Khu dân cư số 9"}
    assert ix.import_document(dcs, copy.deepcopy(branch), remember=False).changed
    with dcs.uow.read() as s:
        assert units_repo.get(s, branch["unit"]["code"]).name == "Chi đoàn Khu dân cư số 9"
        assert units_repo.get_self(s).code == "DCS-LECHAN"
        before = s.execute(text("SELECT code, name, updated_at FROM units ORDER BY code")).all()
    assert not ix.import_document(dcs, copy.deepcopy(branch), remember=False).changed
    with dcs.uow.read() as s:
        assert s.execute(text("SELECT code, name, updated_at FROM units ORDER BY code")).all() == before


def test_a_participant_moved_to_another_log_changes_the_digest(ctx):
    # A log's participants are hashed as one row per log: the same number of rows, one member
    # taking part in another log instead, is still another state.
    unit, _ids = _full_branch(ctx)
    with ctx.uow.read() as s:
        base = digest.state_digest(s, [unit.code])
        rows = s.execute(text("SELECT log_id, member_id FROM cycle_log_participants ORDER BY log_id")).all()
        logs = sorted({lg for lg, _m in rows} | {r[0] for r in s.execute(text("SELECT id FROM cycle_logs"))})
        log, member = rows[0]
        other = next(lg for lg in logs if (lg, member) not in set(rows))
        s.execute(text(f"DELETE FROM cycle_log_participants WHERE log_id = {log} AND member_id = {member}"))
        s.execute(text(f"INSERT INTO cycle_log_participants (log_id, member_id) VALUES ({other}, {member})"))
        assert digest.state_digest(s, [unit.code]) != base
