"""Data interchange (issue 5 item 6): one JSON document per unit, validated, all or nothing."""

import copy
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from desktop.services.year import recognition_decisions
from desktop.domain.logs import LogEntry
from desktop.domain.members import Member
from desktop.domain.recognition import DAT, Vote
from desktop.domain.registration import RegistrationItem
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.domain.volunteer import Activity
from desktop.i18n.catalogue import say
from desktop.services.year import cycle, evaluation, recognition, recognition_branch
from desktop.services.exchange import interchange as ix
from desktop.services.membership import members as members_svc
from desktop.services.membership import member_groups
from desktop.services.volunteering import volunteer as volunteer_svc
from desktop.services.context import open_context
from desktop.services.units import save_self_unit, save_unit, set_unit_setting

SAMPLE = {
    "format": "sothidua-unit-data",
    "version": 1,
    "unit": {
        "code": "CD-TDP3",
        "name": "Chi đoàn Tổ dân phố số 3",
        "kind": "chi-doan",
        "branch_type": "dan-cu",
        "parent_code": "DCS-LECHAN",
    },
    "settings": {"member_base": "end"},
    "members": [
        {
            "id": "hoa",
            "full_name": "Nguyễn Thị Hoa",
            "date_of_birth": "2000-03-04",
            "gender": "nu",
            "training_registered_on": "2026-01-10",
            "ebook_issued": True,
            "ecard_issued": True,
            "residence_activity": True,
            "history": [{"kind": "joined", "date": "2018-03-26"}],
        },
        {
            "id": "duc",
            "full_name": "Trần Văn Đức",
            "date_of_birth": "1999-07-12",
            "history": [{"kind": "joined", "date": "2017-03-26"}, {"kind": "transferred_out", "date": "2026-06-30"}],
        },
    ],
    "logs": [
        {
            "id": "s1",
            "kind": "thematic_session",
            "date": "2026-02-10",
            "title": "Học tập Nghị quyết 05-NQ/TU",
            "category": "chinh-tri-tu-tuong",
            "participants": ["hoa", "duc"],
        },
        {
            "kind": "incident",
            "date": "2026-04-02",
            "title": "Vi phạm giao thông",
            "category": "vi-pham-phap-luat",
            "member": "duc",
        },
    ],
    "volunteer_activities": [
        {
            "name": "Ngày Chủ nhật xanh",
            "kind": "tinh-nguyen",
            "dates": ["2026-03-01", "2026-03-08"],
            "days": 2,
            "participants": ["hoa"],
        }
    ],
    "judgements": [
        {"period": "2026", "criterion": "CD-3.1", "verdict": "met", "author": "Bí thư Lê Văn An", "date": "2026-11-15"}
    ],
    "member_recognitions": [
        {"member": "hoa", "period": "2026", "decision_number": "15-QĐ/ĐTN", "decision_date": "2026-11-20"}
    ],
}


def _fresh(tmp_path: Path, name: str):
    c = open_context(tmp_path / name, actor="test")
    c.today = lambda: date(2026, 11, 21)
    return c


def _audit_count(ctx) -> int:
    from db.audit import verify_chain

    with ctx.uow.read() as s:
        return verify_chain(s)["entries"]


def test_documented_example_validates_and_imports(ctx):
    doc_page = Path(__file__).parents[2] / "docs" / "formats" / "du-lieu-trao-doi.md"
    readme = doc_page.read_text(encoding="utf-8")
    block = readme.split("<!-- unit-data example -->", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    doc = json.loads(block)
    jsonschema.Draft202012Validator(ix.schema()).validate(doc)
    assert ix.import_document(ctx, doc).changed
    assert evaluation.evaluate_unit(ctx, "CD-TDP3", "2026").result("CD-2.1").status == "not_met"


def test_hand_written_file_creates_the_unit_on_an_empty_installation(ctx):
    result = ix.import_document(ctx, copy.deepcopy(SAMPLE))
    assert result.changed and result.mode == "new_installation"
    ev = evaluation.evaluate_unit(ctx, "CD-TDP3", "2026")
    assert ev.result("CD-2.1").status == "not_met"  # Đức's incident
    assert ev.result("CD-3.1").status == "met"
    assert ev.result("CD-3.8").value == 1.0  # Hoa recognised; Đức left on 30/6 (base: end of year)
    from desktop.services.units import self_unit

    assert self_unit(ctx).code == "CD-TDP3"


def test_importing_the_same_file_twice_changes_nothing(ctx):
    ix.import_document(ctx, copy.deepcopy(SAMPLE))
    n = _audit_count(ctx)
    again = ix.import_document(ctx, copy.deepcopy(SAMPLE))
    assert not again.changed and again.mode == "own_unit"
    assert _audit_count(ctx) == n


def test_errors_name_the_path_and_nothing_is_written(ctx):
    doc = copy.deepcopy(SAMPLE)
    doc["members"][1]["date_of_birth"] = "1999-02-30"
    doc["logs"][0]["participants"].append("lan")
    doc["volunteer_activities"][0]["days"] = 3  # 2 dates cannot credit 3 days
    del doc["judgements"][0]["author"]
    with pytest.raises(ix.InvalidDocument) as e:
        ix.import_document(ctx, doc)
    paths = {p.path: p.message for p in e.value.problems}
    assert list(paths) == ["judgements[0].author"]  # the schema is checked first
    assert paths["judgements[0].author"] == "thiếu trường bắt buộc."
    doc["judgements"][0]["author"] = "Bí thư Lê Văn An"
    with pytest.raises(ix.InvalidDocument) as e:
        ix.import_document(ctx, doc)
    paths = {p.path: p.message for p in e.value.problems}
    assert paths["members[1].date_of_birth"] == "ngày “1999-02-30” không có thật."
    assert "không có đoàn viên mã “lan”" in paths["logs[0].participants[2]"]
    assert "volunteer_activities[0].days" in paths
    with ctx.uow.read() as s:
        from db.repo import units as units_repo

        assert units_repo.list_all(s) == []


def test_schema_error_messages_are_vietnamese_with_paths(ctx):
    doc = copy.deepcopy(SAMPLE)
    doc["members"][0]["gender"] = "female"
    doc["members"][0]["date_of_birth"] = "04/03/2000"
    doc["logs"][1]["kind"] = "vi-pham"
    doc["members"][1]["nickname"] = "Đức béo"
    problems = {p.path: p.message for p in ix.schema_problems(doc)}
    assert problems["members[0].date_of_birth"] == "“04/03/2000” không phải ngày dạng YYYY-MM-DD."
    assert problems["members[0].gender"].startswith("giá trị “female” không hợp lệ, chọn một trong: nam, nu, khac")
    assert problems["logs[1].kind"].startswith("giá trị “vi-pham” không hợp lệ")
    assert "không có trong định dạng" in problems["members[1].nickname"]


def _full_branch(ctx):
    """A year of a branch recorded through the screens' services."""
    unit = Unit("CD-TDP3", "Chi đoàn Tổ dân phố số 3", UnitKind.CHI_DOAN, BranchType.DAN_CU, parent_code="DCS-LECHAN")
    save_self_unit(ctx, unit)
    set_unit_setting(ctx, unit.code, "member_vote_threshold", "two_thirds")
    ids = []
    for i, name in enumerate(["Nguyễn Thị Hoa", "Trần Văn Đức", "Lê Minh Châu", "Phạm Thu Hương", "Vũ Gia Bảo"]):
        m = Member(
            id=None,
            unit_code=unit.code,
            full_name=name,
            date_of_birth=date(1998 + i, 3, 4),
            union_card_no=f"0310{i}",
            training_registered=True,
            training_registered_on=date(2026, 1, 5),
            ebook_issued=True,
            ecard_issued=i != 4,
            residence_activity=True,
            phone="0912345678",
        )
        ids.append(members_svc.add_member(ctx, unit.code, m, entry_date=date(2024, 3, 26))[1].id)
    members_svc.record_event(ctx, ids[4], "transferred_out", date(2026, 8, 1), "Chuyển về phường Ngô Quyền")
    member_groups.create_group(ctx, unit.code, "Tổ 1", ids[:2])
    from tests.registration_items import complete

    cycle.save_registration(
        ctx,
        unit.code,
        "2026",
        complete(ctx, [RegistrationItem("CD-1.1", "Thông tin qua nhóm Zalo", date(2026, 12, 1), "Bí thư")]),
        ids[:4],
    )
    cycle.submit_registration(ctx, unit.code, "2026")
    for q, d in enumerate([date(2026, 2, 10), date(2026, 5, 12), date(2026, 8, 9), date(2026, 11, 3)]):
        cycle.add_log(
            ctx,
            LogEntry(
                None,
                unit.code,
                "thematic_session",
                d,
                f"Chuyên đề quý {q + 1}",
                category="phap-luat",
                participants=frozenset(ids[:4]),
            ),
        )
    cycle.add_log(
        ctx,
        LogEntry(
            None,
            unit.code,
            "incident",
            date(2026, 4, 2),
            "Vi phạm giao thông",
            category="vi-pham-phap-luat",
            member_id=ids[1],
            ref_no="12/BB",
        ),
    )
    cycle.record_judgement(ctx, unit.code, "2026", "CD-1.3", "met", author="Bí thư Lê Văn An")
    volunteer_svc.record_activity(
        ctx,
        unit.code,
        Activity(
            None,
            unit.code,
            "Làm sạch bãi biển Đồ Sơn",
            "cong-trinh-thanh-nien",
            (date(2026, 3, 1), date(2026, 3, 8), date(2026, 3, 15)),
            2.5,
            focus="chuyen-doi-xanh",
            participant_ids=tuple(ids[:4]),
            guests=3,
        ),
    )
    for mid in ids[:3]:
        recognition.save_self_assessment(
            ctx,
            unit.code,
            "2026",
            mid,
            {g: (DAT, "Tham gia đầy đủ") for g in ("P1", "P2", "P3", "P4", "P5", "P6")},
            training_score=88.5,
        )
    recognition.record_votes(ctx, unit.code, "2026", date(2026, 11, 15), {ids[0]: Vote(4, 0, 0), ids[2]: Vote(3, 1, 0)})
    recognition.set_member_proposals(ctx, unit.code, "2026", [ids[0], ids[2]], allow_ineligible=True)
    recognition_branch.save_branch_proposal(
        ctx,
        unit.code,
        "2026",
        self_assessment="Hoàn thành tốt nhiệm vụ.",
        claims={"CD-3.1": ("met", "Đoàn kết")},
        proposes_recognition=True,
        document_number="05-ĐN/CĐ",
        submit=True,
    )
    recognition_decisions.issue_decision(
        ctx,
        "2026",
        "15-QĐ/ĐTN",
        date(2026, 11, 20),
        member_ids=[ids[0], ids[2]],
        branch_codes=[unit.code],
        issuer_name="Đoàn phường Lê Chân",
    )
    from db.repo import documents as documents_repo

    with ctx.uow.begin() as s:
        for kind, period in (("registration", "2026"), ("quarterly", "2026-Q3")):
            documents_repo.allocate(
                s,
                unit.code,
                kind=kind,
                period_label=period,
                subject_code="",
                type_code="BC",
                issued_on=date(2026, 10, 5),
                title=f"Báo cáo {period}",
                actor="test",
            )
    return unit, ids


def test_round_trip_export_import_export_is_identical_and_evaluates_the_same(ctx, tmp_path):
    unit, _ids = _full_branch(ctx)
    first = ix.export_document(ctx)
    jsonschema.Draft202012Validator(ix.schema()).validate(first)
    path = ix.write_file(first, tmp_path / "cd-tdp3.json")
    other = _fresh(tmp_path, "may-moi")
    try:
        result = ix.import_file(other, path)
        assert result.mode == "new_installation" and result.counts["members"] == 5
        second = ix.export_document(other)
        assert ix.dumps(second) == ix.dumps(first)
        a = evaluation.evaluate_unit(ctx, unit.code, "2026").to_json(say)
        b = evaluation.evaluate_unit(other, unit.code, "2026").to_json(say)
        assert a == b
        assert recognition.member_board(other, unit.code, "2026").recognised == 2
        assert ix.import_file(other, path).changed is False
        # The document register moved too: the next report number continues, never reused.
        from db.repo import documents as documents_repo

        with other.uow.begin() as s:
            nxt = documents_repo.allocate(
                s,
                unit.code,
                kind="year-end",
                period_label="2026",
                subject_code="",
                type_code="BC",
                issued_on=date(2026, 11, 21),
                title="Báo cáo năm",
                actor="test",
            )
        assert nxt.number == 3
    finally:
        other.close()


def test_export_shows_members_by_file_ids_and_days(ctx):
    _full_branch(ctx)
    doc = ix.export_document(ctx)
    assert [m["id"] for m in doc["members"]] == ["m1", "m2", "m3", "m4", "m5"]
    assert doc["members"][4]["history"][-1] == {
        "kind": "transferred_out",
        "date": "2026-08-01",
        "note": "Chuyển về phường Ngô Quyền",
    }
    act = doc["volunteer_activities"][0]
    assert act["days"] == 2.5 and act["participants"] == ["m1", "m2", "m3", "m4"] and act["guests"] == 3
    assert doc["logs"][-1]["kind"] == "thematic_session"
    assert doc["member_groups"] == [{"name": "Tổ 1", "members": ["m1", "m2"]}]
    assert doc["proposals"][0]["members"] == ["m1", "m3"]
    assert doc["settings"] == {"member_vote_threshold": "two_thirds"}
    assert [d["number"] for d in doc["documents"]] == [1, 2]
    assert doc["document_counters"] == [{"year": 2026, "type_code": "BC", "last_number": 2}]


@pytest.fixture
def dcs_ctx(tmp_path):
    c = _fresh(tmp_path, "doan-co-so")
    save_self_unit(c, Unit("DCS-LECHAN", "Đoàn phường Lê Chân", UnitKind.DOAN_CO_SO))
    yield c
    c.close()


def test_a_doan_co_so_adds_then_replaces_a_branch_from_its_file(dcs_ctx):
    r = ix.import_document(dcs_ctx, copy.deepcopy(SAMPLE))
    assert r.mode == "branch" and r.changed
    from desktop.services.units import self_unit

    assert self_unit(dcs_ctx).code == "DCS-LECHAN"
    assert [b.code for b in evaluation.held_branches(dcs_ctx, "DCS-LECHAN")] == ["CD-TDP3"]
    doc = copy.deepcopy(SAMPLE)
    doc["members"].append(
        {"id": "chau", "full_name": "Lê Minh Châu", "history": [{"kind": "joined", "date": "2026-03-26"}]}
    )
    r = ix.import_document(dcs_ctx, doc)
    assert r.changed
    exported = ix.export_document(dcs_ctx, "CD-TDP3")
    assert [m["full_name"] for m in exported["members"]] == ["Nguyễn Thị Hoa", "Trần Văn Đức", "Lê Minh Châu"]


def test_a_file_of_an_unrelated_unit_is_refused(dcs_ctx):
    doc = copy.deepcopy(SAMPLE)
    doc["unit"]["parent_code"] = "DCS-NGOQUYEN"
    with pytest.raises(Exception) as e:
        ix.import_document(dcs_ctx, doc)
    assert "không thuộc đơn vị của máy này" in str(e.value)


def test_doan_co_so_with_branches_moves_to_a_new_pc(dcs_ctx, tmp_path):
    ix.import_document(dcs_ctx, copy.deepcopy(SAMPLE))
    save_unit(
        dcs_ctx,
        Unit("CD-10A1", "Chi đoàn 10A1", UnitKind.CHI_DOAN, BranchType.TRUONG_HOC, grade=10, parent_code="DCS-LECHAN"),
    )
    first = ix.export_document(dcs_ctx)
    assert [b["unit"]["code"] for b in first["branches"]] == ["CD-10A1", "CD-TDP3"]
    other = _fresh(tmp_path, "may-moi-dcs")
    try:
        ix.import_document(other, first)
        assert ix.dumps(ix.export_document(other)) == ix.dumps(first)
        ev = evaluation.evaluate_branches(other, "DCS-LECHAN", "2026")
        assert [e.unit_code for e in ev] == ["CD-10A1", "CD-TDP3"]
    finally:
        other.close()


def test_outside_links_survive_replacing_a_branch(dcs_ctx):
    """A Đoàn cơ sở activity crediting a branch member keeps the credit when the branch is re-imported."""
    ix.import_document(dcs_ctx, copy.deepcopy(SAMPLE))
    board = recognition.member_board(dcs_ctx, "CD-TDP3", "2026")
    hoa = board.rows[0].member.id
    volunteer_svc.record_activity(
        dcs_ctx,
        "DCS-LECHAN",
        Activity(
            None, "DCS-LECHAN", "Hiến máu tình nguyện", "tinh-nguyen", (date(2026, 6, 14),), 1, participant_ids=(hoa,)
        ),
    )
    doc = copy.deepcopy(SAMPLE)
    doc["members"][0]["phone"] = "0912345678"
    assert ix.import_document(dcs_ctx, doc).changed
    with dcs_ctx.uow.read() as s:
        from db.repo.volunteer import member_days

        days = member_days(s, "CD-TDP3", date(2026, 1, 1), date(2026, 12, 31))
    assert sorted(days.values()) == [3.0]  # 2 days from the branch + 1 from the Đoàn cơ sở


def test_json_syntax_error_reports_line_and_column(tmp_path, ctx):
    p = tmp_path / "hong.json"
    p.write_text('{"format": "sothidua-unit-data",\n "version": 1,\n "unit": }', encoding="utf-8")
    with pytest.raises(ix.InvalidDocument) as e:
        ix.import_file(ctx, p)
    assert "dòng 3" in str(e.value)


def test_schema_lists_the_kinds_the_app_knows():
    """If an area adds a log kind, a volunteer kind or a unit kind, the schema must follow."""
    from desktop.domain import volunteer as vol
    from desktop.domain.logs import LOG_KINDS
    from desktop.domain.members import EVENT_KINDS

    d = ix.schema()["$defs"]
    assert set(d["log"]["properties"]["kind"]["enum"]) == set(LOG_KINDS)
    assert set(d["volunteer_activity"]["properties"]["kind"]["enum"]) == set(vol.KINDS)
    assert set(d["volunteer_activity"]["properties"]["level"]["enum"]) == set(vol.LEVELS)
    assert set(d["event"]["properties"]["kind"]["enum"]) == set(EVENT_KINDS)
    assert set(d["unit"]["properties"]["kind"]["enum"]) == {k.value for k in UnitKind}


def test_phone_numbers_written_by_hand_are_normalised(ctx):
    doc = copy.deepcopy(SAMPLE)
    doc["members"][0]["phone"] = "0912 345 678"
    doc["members"][1]["phone"] = "12345"
    with pytest.raises(ix.InvalidDocument) as e:
        ix.import_document(ctx, doc)
    assert [p.path for p in e.value.problems] == ["members[1].phone"]
    doc["members"][1]["phone"] = "+84 912 000 111"
    ix.import_document(ctx, doc)
    assert [m.get("phone") for m in ix.export_document(ctx)["members"]] == ["0912345678", "0912000111"]


def test_a_judgement_only_for_qualitative_criteria(ctx):
    doc = copy.deepcopy(SAMPLE)
    doc["judgements"][0]["criterion"] = "CD-3.6"
    with pytest.raises(ix.InvalidDocument) as e:
        ix.import_document(ctx, doc)
    assert "định tính" in {p.path: p.message for p in e.value.problems}["judgements[0].criterion"]
