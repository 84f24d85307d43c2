"""Issue 20 items 1 and 9 through the commune's review page: register for the year's models in a
dialog (mandatory models locked in, a model by choice ticked, the Dân vận khéo model named), see the
next dates on home, write the lessons and directions of the sơ kết, preview a draft that spends no
number, then issue the registration on a chosen date with a Vietnamese file name."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from desktop.i18n.catalogue import say

pytest_plugins = ["tests.unit.conftest_commune"]


@pytest.fixture
def page(qtbot, env, commune_unit):
    from desktop.services.units import save_self_unit
    from desktop.ui.pages.commune_review import CommuneReviewPage

    save_self_unit(env.ctx, commune_unit)
    p = CommuneReviewPage(env)
    qtbot.addWidget(p)
    p.resize(1366, 700)
    p.show()
    p.activate()
    return p


def test_register_preview_and_issue_the_registration(page, env, tmp_path):
    from desktop.services.commune_party import year_plan as commune_register
    from desktop.services.commune_party import documents as commune_documents
    from desktop.services.reporting.home import home_data
    from tests.reports.pdftools import text

    assert page.register_state.text() == "Chưa đăng ký năm 2026."

    def dialog(view):
        from desktop.ui.commune_register_dialog import RegistrationDialog

        dlg = RegistrationDialog(page, view)
        items = {dlg.models.item(i).data(Qt.UserRole): dlg.models.item(i) for i in range(dlg.models.count())}
        assert not items["chinh-quyen-than-thien"].flags() & Qt.ItemIsEnabled  # mandatory: locked in
        assert items["chinh-quyen-than-thien"].checkState() == Qt.Checked
        assert items["truong-hoc-xhcn"].checkState() == Qt.Unchecked
        items["truong-hoc-xhcn"].setCheckState(Qt.Checked)
        dlg.dvk.setText("Ngõ xóm sáng – xanh – sạch – đẹp")
        dlg.exec = lambda: QDialog.Accepted
        return dlg

    page.make_register_dialog = dialog
    page.register_btn.click()
    assert page.register_state.text().startswith("Đã đăng ký ngày 21/11/2026 cho 6 mô hình")
    reg = commune_register.registration(env.ctx, "2026").registration
    assert "truong-hoc-xhcn" in reg.models and reg.dvk_model == "Ngõ xóm sáng – xanh – sạch – đẹp"
    titles = [d.title_vi for d, _m in home_data(env.ctx, charts=False).deadlines]
    assert "Sơ kết các mô hình năm 2026" in titles

    page.lessons.setPlainText("Lãnh đạo xuống thôn hằng tuần giúp giải quyết kiến nghị ngay tại cơ sở.")
    page.directions.setPlainText("Hoàn thành lắp hòm thư góp ý ở mọi thôn.\nKhảo sát sự hài lòng quý IV.")
    page.texts_btn.click()
    assert commune_documents.review_texts(env.ctx, "2026")["directions"].endswith("Khảo sát sự hài lòng quý IV.")

    page.doc.setCurrentIndex(page.doc.findData("review"))
    shown = []
    page.show_draft = lambda title, pdf: shown.append(pdf)
    page.draft_btn.click()
    draft = " ".join(text(shown[0]).split())
    assert "BÀI HỌC KINH NGHIỆM" in draft and "Lãnh đạo xuống thôn hằng tuần" in draft
    assert "Số -BC/ĐU" in draft  # a draft takes no number

    page.doc.setCurrentIndex(page.doc.findData("registration"))
    page.issued.setDate(QDate(2026, 11, 25))
    names = []
    out = tmp_path / "dk.pdf"
    page.choose_save = lambda name: names.append(name) or str(out)
    page.inform = lambda msg: None
    page.save_btn.click()
    assert names == ["DangKyMoHinh-2026-DangUyDacKhuCatHai.pdf"]
    issued = " ".join(text(out.read_bytes()).split())
    assert "Số 01-ĐK/ĐU" in issued and "Cát Hải, ngày 25 tháng 11 năm 2026" in issued
    assert "Trường học xã hội chủ nghĩa" in issued and "Ngõ xóm sáng – xanh – sạch – đẹp" in issued


def test_f1_opens_the_committees_guide_and_its_models_criteria(page, env):
    from desktop.ui.help import HelpDialog

    dlg = HelpDialog(env, None, page)
    assert dlg.text.toPlainText().startswith("Hướng dẫn nhanh: một năm của Đảng ủy xã, phường, đặc khu")
    items = [dlg.topics.item(i).text() for i in range(dlg.topics.count())]
    assert any(t.startswith("Chính quyền thân thiện: ") for t in items)
    assert not any(t.startswith("CD-") for t in items)  # not the Chi đoàn criteria
    dlg.topics.setCurrentRow(next(i for i, t in enumerate(items) if "Người đứng đầu cấp ủy, chính quyền xuống" in t))
    assert "CQTT-3.6" in dlg.text.toPlainText()


def test_a_local_model_built_in_a_form_counts_its_own_activities(qtbot, page, env):
    from desktop.services.commune_party import work as commune
    from desktop.ui.commune_model_dialog import LocalModelDialog
    from desktop.ui.pages.commune_logs import CommuneLogsPage
    from desktop.ui.pages.commune_models import CommuneModelsPage

    models = CommuneModelsPage(env)
    qtbot.addWidget(models)
    models.activate()

    def dialog():
        dlg = LocalModelDialog(models)
        dlg.title.setText("Đặc khu Cát Hải “5 An”")
        dlg.table.item(0, 0).setText("Diễn tập phòng cháy, chữa cháy ở khu dân cư")
        dlg.table.cellWidget(0, 2).setValue(2)
        r = dlg.add_row()
        dlg.table.item(r, 0).setText("Tỉ lệ cơ sở du lịch đạt chuẩn an toàn")
        dlg.table.cellWidget(r, 1).setCurrentIndex(dlg.table.cellWidget(r, 1).findData("percent"))
        dlg.table.cellWidget(r, 2).setValue(90)
        dlg.exec = lambda: QDialog.Accepted
        return dlg

    models.make_model_dialog = dialog
    models.build_model_btn.click()
    cat = commune.catalog(env.ctx, models.campaign.currentData())
    assert cat.title_vi == "Đặc khu Cát Hải “5 An”" and [c.threshold for c in cat.criteria] == [2, 0.9]
    first = cat.criteria[0]
    ev = {r.id: r for r in commune.evaluate(env.ctx, cat.id, "2026", as_of=date(2027, 1, 1)).criteria}
    assert say(ev[first.id].explanation) == "Năm 2026 chỉ có 0/2 diễn tập phòng cháy, chữa cháy ở khu dân cư."

    logs = CommuneLogsPage(env)
    qtbot.addWidget(logs)
    logs.activate()
    logs.kind.setCurrentIndex(logs.kind.findData("model_activity"))
    assert logs.topic.isVisibleTo(logs) and logs.topic.currentText().endswith(
        "Diễn tập phòng cháy, chữa cháy ở khu dân cư"
    )
    for day in (12, 19):
        logs.date.setDate(QDate(2026, 11, day))
        logs.title.setText(f"Diễn tập ở thôn {day}")
        logs.add_btn.click()
    ev = {r.id: r for r in commune.evaluate(env.ctx, cat.id, "2026", as_of=date(2027, 1, 1)).criteria}
    assert ev[first.id].status == "met"
    # the log says which indicator each activity counts for (a committee may keep two local models)
    kinds = {logs.model.index(r, 1).data() for r in range(logs.model.rowCount())}
    assert kinds == {"Đặc khu Cát Hải “5 An”: Diễn tập phòng cháy, chữa cháy ở khu dân cư"}


def test_a_local_models_criteria_are_named_not_coded(qtbot, page, env):
    """The trial found "XALTAT-1" — a code the app made up for a criterion of "Xã An Lão “Thôn an
    toàn”" — on the models page, in the programme and the sơ kết, and "xa-an-lao-thon-an-toan" in the
    history. A person sees the criterion's name, numbered by its place in the model."""
    from desktop.domain.commune import LocalCriterion
    from desktop.services import commune_party as commune
    from desktop.services.commune_party import documents as commune_documents
    from desktop.ui.main_window import MainWindow
    from tests.reports.pdftools import text

    cat, _ = commune.create_local_model_from_form(
        env.ctx,
        "Xã An Lão “Thôn an toàn”",
        [
            LocalCriterion(
                title="Diễn tập phòng cháy, chữa cháy ở khu dân cư", kind="count", threshold=2, period="year"
            ),
            LocalCriterion(title="Tỉ lệ hộ có bình chữa cháy", kind="percent", threshold=80, period="year"),
        ],
    )
    code = cat.criteria[1].id
    assert code == "XALTAT-2"  # what the app stores; never shown
    commune.record_value(env.ctx, cat.id, code, "2026", value=0.85, note="Tổ an ninh thôn đếm")
    w = MainWindow(env)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    w.show_page("commune_models")
    models = w.pages["commune_models"]
    models.campaign.setCurrentIndex(models.campaign.findData(cat.id))
    qtbot.waitUntil(lambda: models.model.rowCount() == 2, timeout=10_000)
    cells = [[models.model.index(r, c).data() for c in range(2)] for r in range(2)]
    assert cells == [["1", "Diễn tập phòng cháy, chữa cháy ở khu dân cư"], ["2", "Tỉ lệ hộ có bình chữa cháy"]]

    for kind in ("programme", "review"):
        doc = commune_documents.generate_document(env.ctx, kind, period="2026", draft=True)
        printed = " ".join(text(doc.pdf).split())
        assert "Tỉ lệ hộ có bình chữa cháy" in printed
        assert "XALTAT" not in printed, kind
    assert "CQTT-3.6" in printed  # the city's models keep the numbers of their guide

    from desktop.ui.help import HelpDialog

    dlg = HelpDialog(env, f"{cat.id}|{code}", w)
    qtbot.addWidget(dlg)
    assert dlg.text.toPlainText().startswith("2. Tỉ lệ hộ có bình chữa cháy")

    w.show_page("history")
    history = w.pages["history"]
    history.show_history()
    said = " | ".join(history.summary(e) for e in history.entries)
    assert "XALTAT" not in said and "xa-an-lao-thon-an-toan" not in said
    assert "Tiêu chí: — → Tỉ lệ hộ có bình chữa cháy" in said and "→ Xã An Lão “Thôn an toàn”" in said
    # the model is named as the commune's pages name it, and nothing reads "— → —"
    assert "Mô hình: — → Xã An Lão “Thôn an toàn”" in said and "Phong trào" not in said
    assert "— → —" not in said and "Người đánh giá" not in said
