"""CD-3.3 … CD-3.5 are dated facts per member and period (issue 19 item 7): a new period starts
with nothing met, a past year and a past quarter reproduce exactly, bulk ticks and the Excel
import record this period's facts, the e-book and e-card carry their numbers."""

from __future__ import annotations

from datetime import date

from desktop.domain.evaluation_model import MET, NOT_MET
from desktop.domain.members import Member
from desktop.services.year.evaluation import evaluate_quarters, evaluate_unit
from desktop.services.membership.members import add_member, roster, set_card_numbers, set_flags
from desktop.services.membership.period_facts import member_facts
from desktop.i18n.catalogue import say

NAMES = ["Nguyễn Thị Hoa", "Trần Văn Đức", "Lê Thị Lan", "Phạm Minh Tuấn", "Hoàng Thu Trang"]


def _branch(ctx, day: date) -> list[int]:
    ctx.today = lambda: day
    ids = []
    for n in NAMES:
        _, m = add_member(ctx, "CD-TDP3", Member(None, "CD-TDP3", n), entry_date=date(2025, 1, 10))
        ids.append(m.id)
    return ids


def _cd(ctx, cid: str, label: str):
    return evaluate_unit(ctx, "CD-TDP3", label).result(cid)


def test_a_new_year_starts_from_the_rule_and_last_year_stays_as_it_was(branch_ctx):
    ctx = branch_ctx
    ids = _branch(ctx, date(2026, 3, 10))
    set_flags(ctx, ids[:4], residence_activity=True, training_registered=True)
    set_flags(ctx, ids, ebook_issued=True, ecard_issued=True)
    ctx.today = lambda: date(2027, 1, 1)  # the year 2026 is over
    before = {cid: _cd(ctx, cid, "2026") for cid in ("CD-3.3", "CD-3.4", "CD-3.5")}
    assert before["CD-3.3"].value == 0.8 and before["CD-3.5"].status == MET

    ctx.today = lambda: date(2027, 1, 5)  # 5 January of the next year
    r33 = _cd(ctx, "CD-3.3", "2027")
    assert r33.value == 0 and r33.status != MET  # not "94.87% met" on 5 January
    assert _cd(ctx, "CD-3.4", "2027").value == 0
    assert _cd(ctx, "CD-3.5", "2027").status == MET  # books and cards issued stay issued
    assert not any(e.member.residence_activity for e in roster(ctx, "CD-TDP3"))  # the screen agrees
    for cid, r in before.items():  # last year, evaluated again on 5 January: the same
        again = _cd(ctx, cid, "2026")
        assert (again.status, again.value, say(again.explanation)) == (r.status, r.value, say(r.explanation))

    set_flags(ctx, ids, residence_activity=True)  # ticks now are facts of 2027 only
    assert _cd(ctx, "CD-3.3", "2027").value == 1.0
    assert _cd(ctx, "CD-3.3", "2026").value == 0.8
    assert set(member_facts(ctx, ids[4])) == {"2026", "2027"}


def test_a_past_quarter_counts_only_the_facts_true_by_its_last_day(branch_ctx):
    ctx = branch_ctx
    ids = _branch(ctx, date(2026, 2, 1))
    set_flags(ctx, ids, residence_activity=True)  # dated 01/02/2026
    ctx.today = lambda: date(2026, 8, 15)
    set_flags(ctx, ids, training_registered=True)  # dated 15/08/2026 (Q3)
    quarters = evaluate_quarters(ctx, "CD-TDP3", "2026")
    q1, q2, q3 = (quarters[i].evaluation for i in range(3))
    assert q1.result("CD-3.3").value == 1.0
    assert q2.result("CD-3.4").value == 0 and q3.result("CD-3.4").value == 1.0


def test_book_and_card_numbers_are_kept_with_the_period_and_mark_them_issued(branch_ctx):
    ctx = branch_ctx
    ids = _branch(ctx, date(2026, 4, 2))
    set_card_numbers(ctx, ids[0], ebook_no="SĐT-0012345", ecard_no="TĐ-99887")
    f = member_facts(ctx, ids[0])["2026"]
    assert (f.ebook_no, f.ecard_no, f.ebook_issued, f.ecard_issued, f.ebook_on) == (
        "SĐT-0012345",
        "TĐ-99887",
        True,
        True,
        date(2026, 4, 2),
    )
    assert roster(ctx, "CD-TDP3")[0].member.ebook_issued
    r = _cd(ctx, "CD-3.5", "2026")
    assert r.status != MET and r.value == 0.2


def test_the_excel_import_records_this_periods_facts(branch_ctx, tmp_path):
    from desktop.services.membership.member_excel import export_members, import_file

    ctx = branch_ctx
    ids = _branch(ctx, date(2026, 5, 1))
    set_flags(ctx, ids, residence_activity=True)
    path = tmp_path / "ds.xlsx"
    export_members(ctx, "CD-TDP3", path)
    ctx.today = lambda: date(2027, 1, 6)
    assert _cd(ctx, "CD-3.3", "2027").value == 0
    import_file(ctx, "CD-TDP3", path)  # last year's sheet, ticks and all, brought in this year
    assert _cd(ctx, "CD-3.3", "2027").value == 1.0
    assert _cd(ctx, "CD-3.3", "2026").status in (MET, NOT_MET) and _cd(ctx, "CD-3.3", "2026").value == 1.0


def test_the_excel_sheet_carries_the_book_and_card_numbers(branch_ctx, tmp_path):
    from openpyxl import load_workbook

    from desktop.services.membership.member_excel import export_members, import_file

    ctx = branch_ctx
    ids = _branch(ctx, date(2026, 5, 1))
    set_card_numbers(ctx, ids[0], ebook_no="SĐT-1", ecard_no=None)
    path = tmp_path / "ds.xlsx"
    export_members(ctx, "CD-TDP3", path)
    wb = load_workbook(path)
    ws = wb.active
    head = {
        c.value: c.column
        for c in next(r for r in ws.iter_rows(min_row=1, max_row=10) if any(c.value == "Họ và tên" for c in r))
    }
    rows = {ws.cell(r, head["Họ và tên"]).value: r for r in range(1, ws.max_row + 1)}
    assert ws.cell(rows["Nguyễn Thị Hoa"], head["Số sổ đoàn điện tử"]).value == "SĐT-1"
    ws.cell(rows["Lê Thị Lan"], head["Số thẻ đoàn điện tử"]).value = "TĐ-77"
    wb.save(path)
    import_file(ctx, "CD-TDP3", path)
    lan = member_facts(ctx, ids[2])["2026"]
    assert (lan.ecard_no, lan.ecard_issued) == ("TĐ-77", True)  # a number means issued
    assert member_facts(ctx, ids[0])["2026"].ebook_no == "SĐT-1"
