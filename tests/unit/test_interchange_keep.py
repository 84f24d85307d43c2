"""Nothing is lost by re-importing a unit's data: what the interchange file does not carry and
hangs off a replaced member (the Đoàn cơ sở's appraisal of the member, the member's facts of
earlier periods) follows the member to the re-imported row, found by the same identity the
import uses for other units' links (card number, else name + date of birth)."""

from __future__ import annotations

import copy

import pytest
from datetime import date

from db.repo import recognition_decisions as decisions_repo
from desktop.services.exchange import interchange as ix
from desktop.services.membership import member_facts
from desktop.services.year import recognition, recognition_decisions
from tests.unit.test_interchange import SAMPLE, _fresh, dcs_ctx  # noqa: F401


def _hoa(ctx, code="CD-TDP3") -> int:
    return next(
        r.member.id for r in recognition.member_board(ctx, code, "2026").rows if r.member.full_name == "Nguyễn Thị Hoa"
    )


def _appraisals(ctx, code="CD-TDP3") -> dict:
    with ctx.uow.read() as s:
        from db.repo.units import get

        from sqlalchemy import text

        uid = s.execute(text("SELECT id FROM units WHERE code = :c"), {"c": code}).scalar()
        assert get(s, code) is not None
        return decisions_repo.member_appraisals(s, uid, "2026")


def test_a_changed_branch_file_keeps_the_doan_co_so_appraisal_of_its_members(dcs_ctx):  # noqa: F811
    ix.import_document(dcs_ctx, copy.deepcopy(SAMPLE))
    recognition_decisions.appraise_member(dcs_ctx, _hoa(dcs_ctx), "2026", False, "Chưa đủ 05 ngày tình nguyện")
    doc = copy.deepcopy(SAMPLE)
    doc["members"][1]["phone"] = "0912345678"  # one member changed in the file
    r = ix.import_document(dcs_ctx, doc)
    assert r.changed and not r.warnings
    kept = _appraisals(dcs_ctx)
    hoa = _hoa(dcs_ctx)
    assert list(kept) == [hoa]
    assert kept[hoa]["accepted"] is False and kept[hoa]["reason"] == "Chưa đủ 05 ngày tình nguyện"


def test_a_member_gone_from_the_file_takes_the_appraisal_along_with_a_warning(dcs_ctx):  # noqa: F811
    ix.import_document(dcs_ctx, copy.deepcopy(SAMPLE))
    recognition_decisions.appraise_member(dcs_ctx, _hoa(dcs_ctx), "2026", True)
    doc = copy.deepcopy(SAMPLE)
    del doc["members"][0]
    doc["logs"][0]["participants"] = ["duc"]
    doc["volunteer_activities"] = []
    doc["member_recognitions"] = []
    r = ix.import_document(dcs_ctx, doc)
    assert r.changed and _appraisals(dcs_ctx) == {}
    assert any("kết quả thẩm định hoặc thông tin theo kỳ" in w for w in r.warnings)


def test_facts_of_an_earlier_period_survive_a_real_re_import(tmp_path):
    ctx = _fresh(tmp_path, "chi-doan")
    try:
        ctx.today = lambda: date(2025, 11, 20)  # last year: the file's ticks are that year's facts
        ix.import_document(ctx, copy.deepcopy(SAMPLE))
        hoa = _hoa(ctx)
        assert member_facts(ctx, hoa)["2025"].ebook_issued
        ctx.today = lambda: date(2026, 11, 21)
        doc = copy.deepcopy(SAMPLE)
        doc["members"][0]["ebook_issued"] = False  # this year: the e-book not (yet) issued
        doc["members"][1]["phone"] = "0912345678"
        assert ix.import_document(ctx, doc).changed
        facts = member_facts(ctx, _hoa(ctx))
        assert sorted(facts) == ["2025", "2026"]
        assert facts["2025"].ebook_issued and facts["2025"].ecard_issued  # last year's, kept
        assert not facts["2026"].ebook_issued and facts["2026"].ecard_issued  # this year's, from the file
    finally:
        ctx.close()


def _signers(ctx, code):
    from db.repo import documents as documents_repo

    with ctx.uow.read() as s:
        return [(g.valid_from, g.title, g.full_name) for g in documents_repo.signers(s, code)]


def test_moving_to_a_new_pc_keeps_the_signers_and_the_appraisals(dcs_ctx, tmp_path):  # noqa: F811
    from desktop.services.units import set_signer

    ix.import_document(dcs_ctx, copy.deepcopy(SAMPLE))
    dcs_ctx.today = lambda: date(2026, 1, 5)
    set_signer(dcs_ctx, "DCS-LECHAN", title="BÍ THƯ", full_name="Lê Văn An")
    dcs_ctx.today = lambda: date(2026, 11, 21)
    set_signer(dcs_ctx, "DCS-LECHAN", title="PHÓ BÍ THƯ", full_name="Trần Thị Bình", on_behalf="TM. BAN CHẤP HÀNH")
    recognition_decisions.appraise_member(dcs_ctx, _hoa(dcs_ctx), "2026", False, "Chưa đủ 05 ngày tình nguyện")
    doc = ix.export_document(dcs_ctx)
    assert [g["full_name"] for g in doc["signers"]] == ["Lê Văn An", "Trần Thị Bình"]
    assert doc["branches"][0]["member_appraisals"] == [
        {
            "member": doc["branches"][0]["members"][0]["id"],
            "period": "2026",
            "accepted": False,
            "reason": "Chưa đủ 05 ngày tình nguyện",
            "appraised_by": "Đoàn phường Lê Chân",
            "appraised_on": "2026-11-21",
        }
    ]
    other = _fresh(tmp_path, "may-moi")
    try:
        assert ix.import_document(other, copy.deepcopy(doc)).changed
        assert _signers(other, "DCS-LECHAN") == [
            (date(2026, 1, 5), "BÍ THƯ", "Lê Văn An"),
            (date(2026, 11, 21), "PHÓ BÍ THƯ", "Trần Thị Bình"),
        ]
        kept = _appraisals(other)
        assert [(a["accepted"], a["reason"]) for a in kept.values()] == [(False, "Chưa đủ 05 ngày tình nguyện")]
        assert ix.dumps(ix.export_document(other)) == ix.dumps(doc)  # the round trip is exact
        # the same file again: nothing doubled
        again = copy.deepcopy(doc)
        again["branches"][0]["members"][1]["phone"] = "0912345678"
        assert ix.import_document(other, again).changed
        assert len(_signers(other, "DCS-LECHAN")) == 2 and len(_appraisals(other)) == 1
    finally:
        other.close()


def test_an_older_file_without_the_new_sections_still_imports_and_loses_nothing(dcs_ctx):  # noqa: F811
    from desktop.services.units import set_signer

    ix.import_document(dcs_ctx, copy.deepcopy(SAMPLE))
    recognition_decisions.appraise_member(dcs_ctx, _hoa(dcs_ctx), "2026", True)
    set_signer(dcs_ctx, "CD-TDP3", title="BÍ THƯ", full_name="Nguyễn Văn Cường")
    doc = ix.export_document(dcs_ctx, "CD-TDP3")
    assert "signers" in doc and "member_appraisals" in doc
    del doc["signers"], doc["member_appraisals"]
    doc["members"][1]["phone"] = "0912345678"
    assert ix.import_document(dcs_ctx, doc).changed
    assert _signers(dcs_ctx, "CD-TDP3") == [(date(2026, 11, 21), "BÍ THƯ", "Nguyễn Văn Cường")]
    assert [a["accepted"] for a in _appraisals(dcs_ctx).values()] == [True]


def test_a_hostile_file_naming_another_units_member_or_a_bare_refusal_is_refused(dcs_ctx, tmp_path):  # noqa: F811
    doc = {
        "format": "sothidua-unit-data",
        "version": 1,
        "unit": {"code": "DCS-LECHAN", "name": "Đoàn phường Lê Chân", "kind": "doan-co-so"},
        "member_appraisals": [{"member": "hoa", "period": "2026", "accepted": True}],
        "signers": [
            {"valid_from": "2026-02-30", "title": "BÍ THƯ", "full_name": "Lê Văn An"},
            {"valid_from": "2026-01-05", "title": " ", "full_name": "Lê Văn An"},
        ],
        "branches": [
            {
                **{k: v for k, v in copy.deepcopy(SAMPLE).items() if k not in ("format", "version")},
                "member_appraisals": [
                    {"member": "duc", "period": "2026", "accepted": False},
                    {"member": "nobody", "period": "2026", "accepted": True},
                ],
            }
        ],
    }
    other = _fresh(tmp_path, "trong")
    try:
        with pytest.raises(ix.InvalidDocument) as e:
            ix.import_document(other, doc)
        text = str(e.value)
        assert "member_appraisals[0].member" in text and "không thuộc đơn vị “DCS-LECHAN”" in text
        assert "branches[0].member_appraisals[0].reason" in text and "phải ghi lý do" in text
        assert "branches[0].member_appraisals[1].member" in text and "không có đoàn viên mã “nobody”" in text
        assert "signers[0].valid_from" in text and "không có thật" in text
        assert "signers[1]" in text and "phải có chức vụ và họ tên" in text
        with pytest.raises(Exception):
            ix.export_document(other)  # nothing was written
    finally:
        other.close()


def test_moving_to_a_new_pc_keeps_the_facts_of_earlier_periods(tmp_path):
    ctx = _fresh(tmp_path, "chi-doan")
    other = _fresh(tmp_path, "may-moi")
    try:
        ctx.today = lambda: date(2025, 11, 20)
        ix.import_document(ctx, copy.deepcopy(SAMPLE))  # last year's ticks: the facts of 2025
        ctx.today = lambda: date(2026, 11, 21)
        doc = copy.deepcopy(SAMPLE)
        doc["members"][0]["ebook_issued"] = False
        doc["members"][1]["phone"] = "0912345678"
        ix.import_document(ctx, doc)
        out = ix.export_document(ctx)
        hoa = out["members"][0]["id"]
        assert [(f["member"], f["period"]) for f in out["member_facts"]] == [(hoa, "2025"), (hoa, "2026")]
        assert out["member_facts"][0]["ebook_on"] == "2025-11-20"
        other.today = lambda: date(2026, 12, 1)  # moved ten days later
        assert ix.import_document(other, copy.deepcopy(out)).changed
        facts = member_facts(other, _hoa(other))
        assert facts["2025"].ebook_issued and facts["2025"].ebook_on == date(2025, 11, 20)
        assert not facts["2026"].ebook_issued and facts["2026"].ecard_on == date(2026, 11, 21)  # its day kept
        assert ix.dumps(ix.export_document(other)) == ix.dumps(out)
    finally:
        ctx.close()
        other.close()


def test_facts_of_a_member_of_another_unit_or_a_day_without_its_fact_are_refused(tmp_path):
    doc = copy.deepcopy(SAMPLE)
    doc["member_facts"] = [
        {"member": "hoa", "period": "2025", "ebook_on": "2025-03-01"},
        {"member": "ghost", "period": "2025", "ecard_issued": True},
        {"member": "duc", "period": "2025", "residence_activity": True, "residence_on": "2025-13-01"},
    ]
    other = _fresh(tmp_path, "trong")
    try:
        with pytest.raises(ix.InvalidDocument) as e:
            ix.import_document(other, doc)
        text = str(e.value)
        assert "member_facts[0].ebook_on: có ngày nhưng chưa đánh dấu đã cấp sổ đoàn điện tử" in text
        assert "member_facts[1].member: không có đoàn viên mã “ghost”" in text
        assert "member_facts[2].residence_on: ngày “2025-13-01” không có thật" in text
    finally:
        other.close()
