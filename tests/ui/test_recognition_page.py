"""The "Công nhận" page (step 3): a secretary records self-assessments and votes, ticks the
proposal list and submits the branch's proposal; a Đoàn cơ sở appraises and decides."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.members import Member
from desktop.domain.recognition import DAT
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.services import members as members_svc
from desktop.services import recognition as svc
from desktop.services.units import save_self_unit, save_unit

NAMES = ["Nguyễn Thị Hoa", "Trần Văn Đức", "Lê Minh Châu"]


def _add(ctx, code, name):
    m = Member(id=None, unit_code=code, full_name=name, date_of_birth=date(2000, 3, 4), training_registered=True,
               ebook_issued=True, ecard_issued=True, residence_activity=True)
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
        "3 đoàn viên trong kỳ 2026: 0 đủ điều kiện, 0 được đề nghị, 0 đã công nhận (CD-3.8 cần 3)."
    )
    assert "Chưa tự đánh giá" in p.detail.text()


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
    d = svc.branch_dossier(p.env.ctx, "CD-TDP3", "2026")
    assert d.status == "submitted" and d.document_number == "05-ĐN/CĐ"
    assert not w.submit_btn.isEnabled() and w.withdraw_btn.isVisible()
    assert "Đã gửi ngày 21/11/2026" in w.outcome.text()


def test_doan_co_so_appraises_and_records_a_decision(qtbot, env, monkeypatch):
    ctx = env.ctx
    save_self_unit(ctx, Unit("DCS-LECHAN", "Đoàn phường Lê Chân", UnitKind.DOAN_CO_SO))
    save_unit(ctx, Unit("CD-TDP3", "Chi đoàn Tổ dân phố số 3", UnitKind.CHI_DOAN, BranchType.DAN_CU,
                        parent_code="DCS-LECHAN"))
    hoa = _add(ctx, "CD-TDP3", "Nguyễn Thị Hoa")
    svc.set_member_proposals(ctx, "CD-TDP3", "2026", [hoa], allow_ineligible=True)
    svc.save_branch_proposal(ctx, "CD-TDP3", "2026", proposes_recognition=True, submit=True)
    from desktop.ui import recognition_branch, recognition_dialogs
    from desktop.ui.pages.recognition import RecognitionPage

    p = RecognitionPage(env)
    qtbot.addWidget(p)
    w = p.dossier_widget
    w.table.selectRow(0)
    monkeypatch.setattr(recognition_branch.QInputDialog, "getText",
                        lambda *a, **k: ("Thiếu danh sách đoàn viên được nhận thông tin", True))
    w.disagree_btn.click()
    d = svc.branch_dossier(ctx, "CD-TDP3", "2026")
    assert d.appraisals["CD-1.1"]["agree"] is False
    assert "Không đồng ý" in w.table.item(0, 5).text()

    def fake_exec(dlg):
        dlg.number.setText("15-QĐ/ĐTN")
        assert dlg.branches() == ["CD-TDP3"] and dlg.members() == [hoa]
        return recognition_dialogs.DecisionDialog.Accepted

    monkeypatch.setattr(recognition_dialogs.DecisionDialog, "exec", fake_exec)
    assert p.review.rowCount() == 1 and p.review.item(0, 2).text() in ("Yes", "Có")
    p.decide_btn.click()
    assert p.review.item(0, 4).text() == "15-QĐ/ĐTN"
    assert p.decisions.rowCount() == 1 and p.decisions.item(0, 0).text() == "15-QĐ/ĐTN"
    assert svc.member_board(ctx, "CD-TDP3", "2026").recognised == 1
