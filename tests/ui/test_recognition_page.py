"""The "Công nhận" page (step 3): a secretary records self-assessments and votes, ticks the
proposal list and submits the branch's proposal; a Đoàn cơ sở appraises and decides."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.members import Member
from desktop.domain.recognition import DAT
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.services.membership import members as members_svc
from desktop.services.year import recognition as svc
from desktop.services.year import recognition_decisions as rdec
from desktop.services.year import recognition_branch as rbranch
from desktop.services.units import save_self_unit, save_unit

NAMES = ["Nguyễn Thị Hoa", "Trần Văn Đức", "Lê Minh Châu"]


def _add(ctx, code, name):
    m = Member(
        id=None,
        unit_code=code,
        full_name=name,
        date_of_birth=date(2000, 3, 4),
        training_registered=True,
        ebook_issued=True,
        ecard_issued=True,
        residence_activity=True,
    )
    return members_svc.add_member(ctx, code, m, entry_date=date(2025, 6, 1))[1].id


@pytest.fixture
def page(qtbot, branch_env, branch_unit):
    ids = [_add(branch_env.ctx, branch_unit.code, n) for n in NAMES]
    from desktop.ui.pages.recognition import RecognitionPage

    p = RecognitionPage(branch_env)
    qtbot.addWidget(p)
    p.resize(1280, 640)
    p.show()
    return p, ids


def test_board_lists_members_and_what_each_still_needs(page):
    p, _ids = page
    assert p.model.rowCount() == 3
    names = {p.model.standing(r).member.full_name for r in range(3)}
    assert names == set(NAMES)
    assert p.summary.text().startswith(
        "3 đoàn viên trong kỳ 2026: 0 đủ điều kiện, 0 được đề nghị, 0 đã công nhận "
        "(tiêu chí 3.8 — 80% đoàn viên được công nhận — cần ít nhất 3 người)."
    )
    assert "Chưa tự đánh giá" in p.detail.text()


def test_a_period_without_members_says_so_instead_of_needing_zero(qtbot, branch_env):
    """Issue 23: with no member yet the summary read '0 đoàn viên … (CD-3.8 cần 0)'."""
    from desktop.ui.pages.recognition import RecognitionPage

    p = RecognitionPage(branch_env)
    qtbot.addWidget(p)
    text = p.summary.text()
    assert text.startswith("Kỳ 2026 chưa có đoàn viên nào: chưa có ai để tự đánh giá hay đề nghị công nhận"), text
    assert "cần 0" not in text and "CD-3.8" not in text


def test_self_assessment_dialog_saves_every_group(page, monkeypatch, qtbot):
    p, _ids = page
    from desktop.ui import recognition_dialogs as dialogs

    def fake_exec(dlg):
        dlg.evidence["P1"].setText("Tham gia Ngày hội đại đoàn kết")
        dlg.combos["P4"].setCurrentIndex(dlg.combos["P4"].findData("chua_dat"))
        return dialogs.SelfAssessmentDialog.Accepted

    monkeypatch.setattr(dialogs.SelfAssessmentDialog, "exec", fake_exec)
    p.table.selectRow(0)
    mid = p._current().member.id
    p.assess_btn.click()
    board = svc.member_board(p.env.ctx, "CD-TDP3", "2026")
    row = next(r for r in board.rows if r.member.id == mid)
    assert row.results["P1"] == (DAT, "Tham gia Ngày hội đại đoàn kết")
    assert "Tự đánh giá “Chưa đạt” nhóm P4" in row.verdict.reasons_vi
    assert "P4: Chưa đạt" in p.detail.text()


def test_proposal_checkbox_warns_about_members_short_of_the_rule(page, monkeypatch):
    p, _ids = page
    col = p.model.column("proposed")
    p.model.setData(p.model.index(0, col), Qt.Checked, Qt.CheckStateRole)
    assert "chưa lưu" in p.summary.text()
    asked = {}

    def fake_question(parent, title, text, *a, **k):
        asked["text"] = text
        return QMessageBox.Yes

    monkeypatch.setattr(QMessageBox, "question", fake_question)
    p.propose_btn.click()
    assert "Mới có 0/5 ngày tình nguyện" in asked["text"]
    assert sum(1 for r in svc.member_board(p.env.ctx, "CD-TDP3", "2026").rows if r.proposed) == 1


def test_branch_dossier_submits_and_freezes(page, monkeypatch):
    p, _ids = page
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    p.tabs.setCurrentIndex(1)
    w = p.dossier_widget
    assert w.table.rowCount() == 16
    w.self_text.setPlainText("Chi đoàn hoàn thành tốt nhiệm vụ năm 2026.")
    w.propose.setChecked(True)
    w.document.setText("05-ĐN/CĐ")
    w.submit_btn.click()
    d = rbranch.branch_dossier(p.env.ctx, "CD-TDP3", "2026")
    assert d.status == "submitted" and d.document_number == "05-ĐN/CĐ"
    assert not w.submit_btn.isEnabled() and w.withdraw_btn.isVisible()
    assert "Đã gửi ngày 21/11/2026" in w.outcome.text()


def test_doan_co_so_appraises_and_records_a_decision(qtbot, env, monkeypatch):
    ctx = env.ctx
    save_self_unit(ctx, Unit("DCS-LECHAN", "Đoàn phường Lê Chân", UnitKind.DOAN_CO_SO))
    save_unit(
        ctx, Unit("CD-TDP3", "Chi đoàn Tổ dân phố số 3", UnitKind.CHI_DOAN, BranchType.DAN_CU, parent_code="DCS-LECHAN")
    )
    hoa = _add(ctx, "CD-TDP3", "Nguyễn Thị Hoa")
    svc.set_member_proposals(ctx, "CD-TDP3", "2026", [hoa], allow_ineligible=True)
    rbranch.save_branch_proposal(ctx, "CD-TDP3", "2026", proposes_recognition=True, submit=True)
    from desktop.ui import recognition_branch, recognition_dialogs
    from desktop.ui.pages.recognition import RecognitionPage

    p = RecognitionPage(env)
    qtbot.addWidget(p)
    w = p.dossier_widget
    w.table.selectRow(0)
    monkeypatch.setattr(
        recognition_branch.QInputDialog,
        "getText",
        lambda *a, **k: ("Thiếu danh sách đoàn viên được nhận thông tin", True),
    )
    w.disagree_btn.click()
    d = rbranch.branch_dossier(ctx, "CD-TDP3", "2026")
    assert d.appraisals["CD-1.1"]["agree"] is False
    assert "Không đồng ý" in w.table.item(0, 5).text()

    # The Đoàn cơ sở accepts Hoa's proposal from the member board (issue 19).
    p.tabs.setCurrentIndex(0)
    assert not p.accept_btn.isHidden() and not p.refuse_btn.isHidden()
    p.table.selectRow(0)
    p.accept_btn.click()
    assert svc.member_board(ctx, "CD-TDP3", "2026").rows[0].appraisal["accepted"] is True
    col = p.model.column("appraisal")
    assert p.model.index(0, col).data() in ("Accepted", "Đồng ý")

    warned = []
    monkeypatch.setattr(recognition_dialogs.QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))

    def fake_exec(dlg):
        dlg.number.setText("15-QĐ/ĐTN")
        # Only what passed the appraisal is ticked: Hoa yes; the branch (1 criterion appraised,
        # disagreed) no, marked ✗ with the reason in its tooltip.
        assert dlg.members() == [hoa] and dlg.branches() == []
        item = dlg.branch_list.item(0)
        assert item.text().startswith("✗") and "chưa thẩm định" in item.toolTip()
        assert not dlg.reason.isVisibleTo(dlg)
        item.setCheckState(Qt.Checked)
        assert dlg.reason.isVisibleTo(dlg)
        dlg._accept()
        assert warned and dlg.result() != recognition_dialogs.DecisionDialog.Accepted
        dlg.reason.setText("Ban Thường vụ thống nhất công nhận tại phiên họp ngày 18/11")
        assert dlg.branches() == ["CD-TDP3"]
        return recognition_dialogs.DecisionDialog.Accepted

    monkeypatch.setattr(recognition_dialogs.DecisionDialog, "exec", fake_exec)
    assert p.review.rowCount() == 1 and p.review.item(0, 2).text() in ("Yes", "Có")
    p.decide_btn.click()
    assert p.review.item(0, 4).text() == "15-QĐ/ĐTN"
    assert p.decisions.rowCount() == 1 and p.decisions.item(0, 0).text() == "15-QĐ/ĐTN"
    [dec] = rdec.decisions(ctx, "2026")
    assert dec["exceptions"]["CD-TDP3"].startswith("Ban Thường vụ thống nhất")
    assert dec["members"][0]["exception_reason"] == ""
    assert svc.member_board(ctx, "CD-TDP3", "2026").recognised == 1


def test_a_branch_records_the_decision_it_received_without_exceptions(page, monkeypatch):
    # On the branch's own machine the decision was made by the Đoàn cơ sở: no ✗, no reason asked.
    p, ids = page
    from desktop.ui import recognition_dialogs

    assert p.accept_btn.isHidden() and p.refuse_btn.isHidden()  # only a Đoàn cơ sở appraises

    def fake_exec(dlg):
        dlg.number.setText("15-QĐ/ĐTN")
        texts = [dlg.member_list.item(i).text() for i in range(dlg.member_list.count())]
        assert not any(t.startswith("✗") for t in texts)
        dlg.member_list.item(0).setCheckState(Qt.Checked)
        assert not dlg.reason.isVisibleTo(dlg)
        dlg._accept()
        return recognition_dialogs.DecisionDialog.Accepted

    monkeypatch.setattr(recognition_dialogs.DecisionDialog, "exec", fake_exec)
    p.tabs.setCurrentIndex(2)
    p.decide_btn.click()
    assert p.decisions.rowCount() == 1 and p.decisions.item(0, 0).text() == "15-QĐ/ĐTN"


def test_the_whole_branch_is_assessed_in_one_grid_and_from_a_sheet(page, monkeypatch, qtbot, tmp_path):
    """Issue 19 item 9: one grid (members × the six groups) instead of one dialog per member; a
    filled-in sheet fills the grid after a check; nothing is saved while a cell is empty."""
    from openpyxl import load_workbook

    from desktop.domain.recognition import CHUA_DAT
    from desktop.ui.self_assessment_grid import SelfAssessmentGrid

    p, ids = page
    monkeypatch.setattr(type(p), "open_grid", lambda self, dlg: 0)  # the grid is driven below
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    p.grid_btn.click()
    grid: SelfAssessmentGrid = p.grid_dialog
    qtbot.addWidget(grid)
    assert grid.table.rowCount() == 3 and grid.table.columnCount() == 7
    assert grid.table.horizontalHeaderItem(1).text().startswith("P1.")
    grid.save()  # every cell empty: refused, nothing saved
    assert warnings and "Chưa lưu gì" in warnings[-1]
    grid.all_btn.click()
    grid.table.cellClicked.emit(1, 4)  # second member, P4: Met -> Not met
    sheet = grid.save_template(str(tmp_path / "tu-danh-gia.xlsx"))
    wb = load_workbook(sheet)
    ws = wb.active
    for r in range(4, ws.max_row + 1):
        for c in range(4, 10):
            ws.cell(r, c).value = "Đạt"
    ws.cell(4, 9).value = "Chưa đạt"  # first row of the sheet, P6
    wb.save(sheet)
    assert grid.from_sheet(sheet)
    first_in_sheet = ws.cell(4, 1).value
    grid.save()
    board = svc.member_board(p.env.ctx, "CD-TDP3", "2026")
    got = {r.member.id: {g: v[0] for g, v in r.results.items()} for r in board.rows}
    assert got[first_in_sheet]["P6"] == CHUA_DAT
    assert all(v == DAT for mid, row in got.items() if mid != first_in_sheet for v in row.values())
    assert grid.result() == SelfAssessmentGrid.Accepted
