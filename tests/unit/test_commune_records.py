"""Issue 20 items 5–8: thôn / tổ dân phố as data, surveys with a subject and per-hamlet results,
"Dân vận khéo" models as records, corrections kept in the history, tasks done by their indicator."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from desktop.domain.commune import CommuneLog, DvkModel, ProgrammeTask, SurveyRow
from desktop.domain.errors import DomainError
from desktop.i18n.catalogue import say

pytest_plugins = ["tests.unit.conftest_commune"]

HAMLETS = ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc", "Thôn Trung", "Tổ dân phố Đồng Tâm"]


def _by_id(ev):
    return {r.id: r for r in ev.criteria}


def _sheet(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def with_hamlets(commune_ctx, tmp_path):
    from desktop.services.commune_party import records as rec

    f = _sheet(
        tmp_path / "thon.xlsx",
        [
            ["DANH SÁCH THÔN, TỔ DÂN PHỐ XÃ AN LÃO"],
            [],
            ["STT", "Tên thôn, tổ dân phố", "Loại"],
            *[[i + 1, n, "TDP" if n.startswith("Tổ") else "Thôn"] for i, n in enumerate(HAMLETS)],
            [None, "Tổng cộng: 6", None],
        ],
    )
    result, changes = rec.import_hamlets(commune_ctx, f)
    assert changes and result.added == tuple(HAMLETS) and not result.errors
    return commune_ctx


def test_a_hamlet_list_imports_once_and_reimporting_changes_nothing(with_hamlets, tmp_path):
    from desktop.services.commune_party import records as rec

    hs = rec.hamlets(with_hamlets)
    assert [h.name for h in hs] == HAMLETS
    assert hs[-1].kind == "to-dan-pho" and hs[0].kind == "thon"
    f = _sheet(tmp_path / "lai.xlsx", [["Tên thôn"], ["thôn  Đông "], ["Thôn Mới"]])
    result, _ = rec.import_hamlets(with_hamlets, f, dry_run=True)
    assert result.existing == ("thôn Đông",) and result.added == ("Thôn Mới",)
    assert len(rec.hamlets(with_hamlets)) == 6  # a dry run writes nothing


def test_a_place_is_the_hamlet_of_the_list_never_a_seventh(with_hamlets):
    from desktop.services.commune_party import work as commune

    lid, _ = commune.add_log(
        with_hamlets, CommuneLog(None, "leader_visit", date(2026, 3, 7), "thôn Đông ", "Kiểm tra vệ sinh môi trường")
    )
    assert commune.logs(with_hamlets, "2026")[0].place == "Thôn Đông"
    commune.add_log(with_hamlets, CommuneLog(None, "leader_visit", date(2026, 3, 14), "Đồng Tâm", "Họp tổ"))
    assert commune.logs(with_hamlets, "2026")[1].place == "Tổ dân phố Đồng Tâm"
    with pytest.raises(DomainError) as exc:
        commune.add_log(with_hamlets, CommuneLog(None, "leader_visit", date(2026, 3, 21), "Thôn Đoài", "Thăm hộ"))
    assert "“Thôn Đoài” không có trong danh sách thôn, tổ dân phố" in str(exc.value)
    assert len(commune.logs(with_hamlets, "2026")) == 2


def test_one_hundred_percent_of_hamlets_is_computed_from_each_hamlet(with_hamlets):
    from desktop.services.commune_party import work as commune
    from desktop.services.commune_party import records as rec

    assert ("xa-phuong-hanh-phuc", "XP-26") in {(a, b) for a, b, _ in rec.hamlet_criteria(with_hamlets)}
    ids = {h.name: h.id for h in rec.hamlets(with_hamlets)}
    marks = {ids[n]: (True, "") for n in HAMLETS[:4]}
    marks[ids["Thôn Trung"]] = (False, "Đang thành lập tổ tự quản")
    assert rec.set_hamlet_facts(with_hamlets, "xa-phuong-hanh-phuc", "XP-26", "2026", marks)
    r = _by_id(commune.evaluate(with_hamlets, "xa-phuong-hanh-phuc", "2026", as_of=date(2026, 12, 7)))["XP-26"]
    assert r.status == "at_risk" and r.value == pytest.approx(4 / 6)
    assert say(r.explanation) == (
        "Mới có 4/6 thôn, tổ dân phố (66,7%), yêu cầu 100%; còn thiếu: Thôn Trung, Tổ dân phố Đồng Tâm."
    )
    # The same marks again write nothing; the last two make it 6/6.
    assert not rec.set_hamlet_facts(with_hamlets, "xa-phuong-hanh-phuc", "XP-26", "2026", marks)
    rec.set_hamlet_facts(
        with_hamlets,
        "xa-phuong-hanh-phuc",
        "XP-26",
        "2026",
        {ids["Thôn Trung"]: (True, ""), ids["Tổ dân phố Đồng Tâm"]: (True, "")},
    )
    r = _by_id(commune.evaluate(with_hamlets, "xa-phuong-hanh-phuc", "2026", as_of=date(2026, 12, 7)))["XP-26"]
    assert r.status == "met" and say(r.explanation).startswith("Đạt: 6/6 thôn, tổ dân phố (100%)")


def test_without_a_hamlet_list_the_recorded_share_still_decides(commune_ctx):
    from desktop.services.commune_party import work as commune

    commune.record_value(commune_ctx, "xa-phuong-hanh-phuc", "XP-26", "2026", value=1.0)
    r = _by_id(commune.evaluate(commune_ctx, "xa-phuong-hanh-phuc", "2026", as_of=date(2026, 12, 7)))["XP-26"]
    assert r.status == "met"


def test_a_survey_counts_only_for_its_subject_and_life_satisfaction_gets_its_figure(with_hamlets):
    from desktop.services.commune_party import work as commune
    from desktop.services.commune_party import satisfaction_surveys as surveys_svc

    surveys_svc.add_survey(
        with_hamlets,
        on_date=date(2026, 11, 20),
        topic="phuc-vu",
        title="Hài lòng về thủ tục",
        rows=[SurveyRow("Thôn Đông", "Thái độ phục vụ", 50, 45)],
    )
    xp = _by_id(commune.evaluate(with_hamlets, "xa-phuong-hanh-phuc", "2026", as_of=date(2026, 12, 7)))
    assert xp["XP-29"].status == "at_risk"  # a service survey is not a life-satisfaction survey
    surveys_svc.add_survey(
        with_hamlets,
        on_date=date(2026, 12, 1),
        topic="cuoc-song",
        title="Khảo sát quý IV",
        rows=[
            SurveyRow("thôn đông", "Thu nhập", 40, 30),
            SurveyRow("Thôn Tây", "Thu nhập", 60, 54),
            SurveyRow("Thôn Tây", "Môi trường sống", 60, 48),
        ],
    )
    xp = _by_id(commune.evaluate(with_hamlets, "xa-phuong-hanh-phuc", "2026", as_of=date(2026, 12, 7)))
    assert xp["XP-29"].status == "met"
    assert xp["VM-17"].value == pytest.approx(132 / 160)
    assert "82,5%" in say(xp["VM-17"].explanation)
    cq = _by_id(commune.evaluate(with_hamlets, "chinh-quyen-than-thien", "2026", as_of=date(2026, 12, 7)))
    assert cq["CQTT-2.7"].value == pytest.approx(45 / 50)  # the life survey is not counted here
    b = surveys_svc.breakdown(with_hamlets, "2026", "cuoc-song")
    assert (b.asked, b.satisfied) == (160, 132)
    assert dict((h, (a, s)) for h, a, s in b.by_hamlet) == {"Thôn Đông": (40, 30), "Thôn Tây": (120, 102)}
    assert dict((q, (a, s)) for q, a, s in b.by_question) == {"Thu nhập": (100, 84), "Môi trường sống": (60, 48)}


def test_a_survey_sheet_imports_with_every_bad_cell_named(with_hamlets, tmp_path):
    from desktop.services.commune_party import satisfaction_surveys as surveys_svc

    bad = _sheet(
        tmp_path / "ks.xlsx",
        [
            ["KẾT QUẢ KHẢO SÁT"],
            ["Thôn, tổ dân phố", "Câu hỏi", "Số người được hỏi", "Số người hài lòng"],
            ["Thôn Đông", "Thu nhập", 30, "hai mươi"],
            ["Thôn Nam", "Thu nhập", 20, 25],
        ],
    )
    with pytest.raises(DomainError) as exc:
        surveys_svc.import_survey(with_hamlets, bad, on_date=date(2026, 12, 2), topic="cuoc-song")
    assert "Dòng 3, cột D: “hai mươi” không phải số người" in str(exc.value)
    assert surveys_svc.surveys(with_hamlets, "2026") == []
    good = _sheet(
        tmp_path / "ks2.xlsx",
        [
            ["Thôn, tổ dân phố", "Câu hỏi", "Số người được hỏi", "Số người hài lòng"],
            ["Thôn Đông", "Thu nhập", 30, 24],
            ["Thôn Nam", "Thu nhập", 20, 19],
            ["Tổng cộng", None, 50, 43],
        ],
    )
    sv, changes = surveys_svc.import_survey(with_hamlets, good, on_date=date(2026, 12, 2), topic="cuoc-song")
    assert changes and (sv.log.received, sv.log.answered) == (50, 43)
    [stored] = surveys_svc.surveys(with_hamlets, "2026", "cuoc-song")
    assert [r.hamlet for r in stored.rows] == ["Thôn Đông", "Thôn Nam"]


def test_a_dan_van_kheo_model_record_meets_dvk_1(commune_ctx):
    from desktop.services.commune_party import work as commune
    from desktop.services.commune_party import records as rec

    assert (
        _by_id(commune.evaluate(commune_ctx, "dan-van-kheo", "2026", as_of=date(2027, 1, 1)))["DVK-1"].status
        == "not_met"
    )
    mid, _ = rec.save_dvk(
        commune_ctx,
        DvkModel(
            None,
            "Ngõ xóm sáng – xanh – sạch",
            "van-hoa-xa-hoi",
            "Ban Dân vận Đảng ủy",
            date(2026, 5, 19),
            "Vận động 320 hộ lắp đèn, trồng hoa",
            "12 ngõ xóm sáng đèn",
            "Được Ban Thường vụ Đảng ủy khen",
        ),
    )
    assert (
        _by_id(commune.evaluate(commune_ctx, "dan-van-kheo", "2026", as_of=date(2027, 1, 1)))["DVK-1"].status == "met"
    )
    with pytest.raises(DomainError):
        rec.save_dvk(commune_ctx, DvkModel(None, "Không lĩnh vực", "khac", "Ban Dân vận", date(2026, 6, 1)))
    assert [m.name for m in rec.dvk_models(commune_ctx, "2026")] == ["Ngõ xóm sáng – xanh – sạch"]
    rec.delete_dvk(commune_ctx, mid)
    assert rec.dvk_models(commune_ctx, "2026") == []


def test_a_task_linked_to_its_indicator_is_done_when_the_indicator_is_met(with_hamlets):
    from desktop.services.commune_party import work as commune
    from desktop.services.commune_party import records as rec
    from desktop.services.commune_party import satisfaction_surveys as surveys_svc

    tid, _ = commune.add_task(
        with_hamlets,
        ProgrammeTask(
            None,
            "2026",
            "xa-phuong-hanh-phuc",
            "Khảo sát quý IV",
            "Ủy ban MTTQ xã",
            date(2026, 12, 15),
            "Báo cáo khảo sát",
        ),
    )
    [t] = commune.tasks(with_hamlets, "2026")
    rec.update_task(
        with_hamlets,
        ProgrammeTask(
            tid,
            "2026",
            "xa-phuong-hanh-phuc",
            "Khảo sát quý IV năm 2026",
            "Ủy ban MTTQ xã",
            date(2026, 12, 15),
            "Báo cáo khảo sát",
            criterion_id="XP-29",
        ),
    )
    [t] = commune.tasks(with_hamlets, "2026")
    assert t.title == "Khảo sát quý IV năm 2026" and t.progress == 0
    surveys_svc.add_survey(
        with_hamlets,
        on_date=date(2026, 12, 3),
        topic="cuoc-song",
        title="Khảo sát quý IV",
        rows=[SurveyRow("Thôn Nam", "", 80, 70)],
    )
    [t] = commune.tasks(with_hamlets, "2026")
    assert t.progress == 100 and t.state(date(2026, 12, 20)) == "done"
    assert "Khảo sát mức độ hài lòng" in t.progress_note
    rec.delete_task(with_hamlets, tid)
    assert commune.tasks(with_hamlets, "2026") == []


def test_corrections_and_evidence_are_kept_in_the_history(with_hamlets, tmp_path):
    from desktop.services.commune_party import work as commune
    from desktop.services.commune_party import records as rec
    from desktop.services.attachments import list_attachments

    lid, _ = commune.add_log(with_hamlets, CommuneLog(None, "leader_visit", date(2026, 4, 4), "Thôn Bắc", "Thăm hộ"))
    rec.update_log(with_hamlets, CommuneLog(lid, "leader_visit", date(2026, 4, 4), "Thôn Nam", "Thăm hộ nghèo"))
    [g] = commune.logs(with_hamlets, "2026")
    assert (g.place, g.title) == ("Thôn Nam", "Thăm hộ nghèo")
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8\xff anh minh chung")
    rec.attach_to_log(with_hamlets, lid, photo)
    assert rec.log_attachment_counts(with_hamlets, [lid]) == {lid: 1}
    commune.record_value(
        with_hamlets,
        "thuong-ton-phap-luat",
        "L7",
        "2026",
        value=1.0,
        verdict="met",
        assessor="Nguyễn Văn Bình",
        attachments=(photo,),
    )
    ev = _by_id(commune.evaluate(with_hamlets, "thuong-ton-phap-luat", "2026"))
    assert ev["L7"].status == "met"
    from db.audit import history

    with with_hamlets.uow.read() as s:
        hist = history(s, "commune_log", lid)
    assert [h["action"] for h in hist][:2] == ["create", "update"]
    assert hist[1]["before"]["place"] == "Thôn Bắc" and hist[1]["after"]["place"] == "Thôn Nam"
    from db.repo import commune as repo

    with with_hamlets.uow.read() as s:
        vals = repo.values_for(s, "DU-CATHAI", "thuong-ton-phap-luat", "2026")
    assert vals["L7"].assessor == "Nguyễn Văn Bình"
    from desktop.services.attachments import count_attachments

    assert sum(count_attachments(with_hamlets, "commune_value", list(range(1, 50))).values()) == 1
    assert list_attachments(with_hamlets, "commune_log", lid)[0].original_name == "anh.jpg"


def test_the_year_review_prints_satisfaction_by_subject_and_hamlet_and_the_dvk_models(with_hamlets):
    from desktop.services.commune_party import work as commune
    from desktop.services.commune_party import documents as commune_documents
    from desktop.services.commune_party import records as rec
    from desktop.services.commune_party import satisfaction_surveys as surveys_svc
    from tests.reports.pdftools import text as pdf_text

    surveys_svc.add_survey(
        with_hamlets,
        on_date=date(2026, 11, 20),
        topic="cuoc-song",
        title="Khảo sát quý IV",
        rows=[SurveyRow("Thôn Đông", "Thu nhập", 40, 30), SurveyRow("Thôn Tây", "Thu nhập", 60, 54)],
    )
    rec.save_dvk(
        with_hamlets,
        DvkModel(
            None,
            "Ngõ xóm sáng – xanh – sạch",
            "van-hoa-xa-hoi",
            "Ban Dân vận Đảng ủy",
            date(2026, 3, 19),
            result="12 ngõ xóm sáng đèn",
        ),
    )
    commune.add_log(with_hamlets, CommuneLog(None, "leader_visit", date(2026, 12, 5), "thôn đông", "Thăm hộ"))
    doc = commune_documents.generate_document(with_hamlets, "review", period="2026", draft=True)
    text = " ".join(pdf_text(doc.pdf).split())
    assert "Sự hài lòng đối với cuộc sống: 84,0% (84/100 người được hỏi hài lòng)." in text
    assert "Thôn Tây 60 54 90,0%" in text
    assert "IV. MÔ HÌNH “DÂN VẬN KHÉO”" in text and "Ngõ xóm sáng – xanh – sạch" in text
    assert "1 (1/6 thôn, TDP)" in text


def test_the_two_new_city_models_are_taken_part_in_by_choice(commune_ctx):
    from desktop.services.commune_party import work as commune

    assert {"truong-hoc-xhcn", "cong-dong-cong-dan-so"} <= set(commune.optional_catalogs(commune_ctx))
    assert "truong-hoc-xhcn" not in commune.commune_catalogs(commune_ctx)  # not imposed on every commune
    assert "chinh-quyen-than-thien" in commune.commune_catalogs(commune_ctx)
    from desktop.services.commune_party import year_plan as commune_register

    commune_register.register(
        commune_ctx, "2026", ["truong-hoc-xhcn", "dan-van-kheo"], dvk_model="Ngõ xóm sáng – xanh – sạch"
    )
    assert "truong-hoc-xhcn" in commune.commune_catalogs(commune_ctx, "2026")
    assert "truong-hoc-xhcn" not in commune.commune_catalogs(commune_ctx, "2027")  # chosen for 2026 only
    ev = {r.id: r for r in commune.evaluate(commune_ctx, "truong-hoc-xhcn", "2026", as_of=date(2027, 1, 1)).criteria}
    assert ev["THXHCN-6"].status == "at_risk"  # due after three pilot years, not failed in 2026
    assert ev["THXHCN-3"].status == "not_met"
    with pytest.raises(DomainError) as exc:
        commune_register.register(commune_ctx, "2026", ["khong-co"])
    assert "Không có mô hình “khong-co”" in str(exc.value)
