"""Issue 20 items 5–8 through the commune's pages: the hamlet list and the per-hamlet marks, a
survey typed per hamlet, a "Dân vận khéo" model, a log record corrected with its evidence, and a
programme task linked to its indicator (offscreen, the app's synchronous task runner)."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from desktop.i18n.catalogue import say

pytest_plugins = ["tests.unit.conftest_commune"]

HAMLETS = ["Thôn Đông", "Thôn Tây", "Thôn Nam"]


@pytest.fixture
def commune_env(env, commune_unit):
    from desktop.services.units import save_self_unit

    save_self_unit(env.ctx, commune_unit)
    return env


def _cells(model, col):
    return [model.data(model.index(r, col), Qt.DisplayRole) for r in range(model.rowCount())]


def _page(qtbot, cls, env):
    page = cls(env)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activate()
    return page


def test_hamlets_imported_then_marked_per_hamlet(qtbot, commune_env, tmp_path):
    from desktop.services.commune_party import work as commune
    from desktop.ui.pages.commune_hamlets import CommuneHamletsPage

    wb = openpyxl.Workbook()
    wb.active.append(["Tên thôn, tổ dân phố"])
    for n in HAMLETS:
        wb.active.append([n])
    f = tmp_path / "thon.xlsx"
    wb.save(f)
    page = _page(qtbot, CommuneHamletsPage, commune_env)
    assert "Chưa có danh sách" in page.count.text()
    page.choose_file = lambda: str(f)
    page.confirm = lambda text: "Thôn Đông, Thôn Tây, Thôn Nam" in text
    page.import_sheet()
    assert _cells(page.model, 0) == HAMLETS
    page.name.setText("tổ dân phố Hòa Bình")
    page.kind.setCurrentIndex(page.kind.findData("to-dan-pho"))
    page.add_btn.click()
    assert _cells(page.model, 1)[-1] == "Tổ dân phố"
    page.criterion.setCurrentIndex(page.criterion.findData("xa-phuong-hanh-phuc|XP-26"))
    assert page.grid.rowCount() == 4
    for r in range(3):
        page.grid.item(r, 1).setCheckState(Qt.Checked)
    page.save_btn.click()
    assert page.facts_summary.text() == "3/4 thôn, tổ dân phố đạt chỉ tiêu này."
    ev = {r.id: r for r in commune.evaluate(commune_env.ctx, "xa-phuong-hanh-phuc", "2026").criteria}
    assert say(ev["XP-26"].explanation).endswith("còn thiếu: tổ dân phố Hòa Bình.")


def test_a_survey_typed_per_hamlet_shows_its_shares(qtbot, commune_env):
    from desktop.services.commune_party import records as rec
    from desktop.ui.pages.commune_surveys import CommuneSurveysPage

    for n in HAMLETS:
        rec.add_hamlet(commune_env.ctx, n)
    page = _page(qtbot, CommuneSurveysPage, commune_env)
    page.topic.setCurrentIndex(page.topic.findData("cuoc-song"))
    assert page.summary.text() == "Chưa có cuộc khảo sát nào về nội dung này trong năm."

    def fill(with_rows):
        from desktop.ui.pages.commune_surveys import SurveyDialog

        dlg = SurveyDialog(page, date(2026, 11, 21), HAMLETS, with_rows=with_rows)
        dlg.title.setText("Khảo sát quý IV")
        for r, (a, s) in enumerate(((40, 30), (60, 54))):
            dlg.grid.setItem(r, 1, __import__("PySide6.QtWidgets").QtWidgets.QTableWidgetItem("Thu nhập"))
            dlg.grid.setItem(r, 2, __import__("PySide6.QtWidgets").QtWidgets.QTableWidgetItem(str(a)))
            dlg.grid.setItem(r, 3, __import__("PySide6.QtWidgets").QtWidgets.QTableWidgetItem(str(s)))
        dlg.exec = lambda: QDialog.Accepted
        return dlg

    page.make_dialog = fill
    page.add()
    assert _cells(page.model, 4) == ["84%"]
    assert page.summary.text() == "1 cuộc khảo sát trong năm: 84/100 người hài lòng (84%)."
    assert _cells(page.by_hamlet, 0) == ["Thôn Đông", "Thôn Tây"]
    assert _cells(page.by_hamlet, 2) == ["75%", "90%"]


def test_a_dan_van_kheo_model_is_recorded_and_meets_dvk_1(qtbot, commune_env):
    from desktop.services.commune_party import work as commune
    from desktop.ui.pages.commune_dvk import CommuneDvkPage, DvkDialog

    page = _page(qtbot, CommuneDvkPage, commune_env)
    assert "Chưa ghi mô hình" in page.summary.text()

    def make(model=None):
        dlg = DvkDialog(page, date(2026, 11, 21), model)
        dlg.name.setText("Ngõ xóm sáng – xanh – sạch")
        dlg.owner.setText("Ban Dân vận Đảng ủy")
        dlg.result.setPlainText("12 ngõ xóm sáng đèn")
        dlg.exec = lambda: QDialog.Accepted
        return dlg

    page.make_dialog = make
    page.add_btn.click()
    assert _cells(page.model, 1) == ["Ngõ xóm sáng – xanh – sạch"]
    ev = {r.id: r for r in commune.evaluate(commune_env.ctx, "dan-van-kheo", "2026").criteria}
    assert ev["DVK-1"].status == "met"


def test_a_log_record_is_corrected_and_gets_its_evidence(qtbot, commune_env, tmp_path):
    from desktop.services.commune_party import work as commune
    from desktop.services.commune_party import records as rec
    from desktop.ui.pages.commune_logs import CommuneLogsPage

    for n in HAMLETS:
        rec.add_hamlet(commune_env.ctx, n)
    page = _page(qtbot, CommuneLogsPage, commune_env)
    page.kind.setCurrentIndex(page.kind.findData("leader_visit"))
    page.date.setDate(QDate(2026, 11, 14))
    page.place.setText("thôn tây")
    page.title.setText("Thăm hộ nghèo")
    page.add_btn.click()
    assert _cells(page.model, 2) == ["Thôn Tây"]
    page.view.selectRow(0)
    page.edit_btn.click()
    assert page.add_btn.text() == "Lưu sửa đổi" and page.place.text() == "Thôn Tây"
    page.place.setText("Thôn Nam")
    page.add_btn.click()
    assert _cells(page.model, 2) == ["Thôn Nam"] and page.add_btn.text() == "Ghi vào sổ"
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8\xff anh")
    page.view.selectRow(0)
    page.choose_files = lambda: [str(photo)]
    page.attach_btn.click()
    assert _cells(page.model, 5) == ["1"]
    [g] = commune.logs(commune_env.ctx, "2026")
    assert g.place == "Thôn Nam"


def test_a_task_linked_to_its_indicator_is_done_by_it(qtbot, commune_env):
    from desktop.services.commune_party import satisfaction_surveys as surveys_svc
    from desktop.domain.commune import SurveyRow
    from desktop.ui.pages.commune_programme import CommuneProgrammePage

    page = _page(qtbot, CommuneProgrammePage, commune_env)
    page.campaign.setCurrentIndex(page.campaign.findData("xa-phuong-hanh-phuc"))
    page.title.setText("Khảo sát quý IV")
    page.lead.setText("Ủy ban MTTQ xã")
    page.criterion.setCurrentIndex(page.criterion.findData("XP-29"))
    page.add_btn.click()
    assert _cells(page.model, 5) == ["0%"]
    surveys_svc.add_survey(
        commune_env.ctx,
        on_date=date(2026, 11, 20),
        topic="cuoc-song",
        title="Khảo sát quý IV",
        rows=[SurveyRow("", "", 50, 40)],
    )
    page.reload()
    assert _cells(page.model, 5) == ["100%"] and _cells(page.model, 6) == ["Hoàn thành"]
    page.view.selectRow(0)
    page.confirm = lambda text: True
    page.delete_btn.click()
    assert page.model.rowCount() == 0
