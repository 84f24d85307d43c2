"""Nothing is lost by re-importing a unit's data: what the interchange file does not carry and
hangs off a replaced member (the Đoàn cơ sở's appraisal of the member, the member's facts of
earlier periods) follows the member to the re-imported row, found by the same identity the
import uses for other units' links (card number, else name + date of birth)."""

from __future__ import annotations

import copy
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
