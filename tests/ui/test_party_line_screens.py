"""The Party line's upper level (Ban Tuyên giáo và Dân vận) as a person meets it at 1366×768
(issue 20, the last new-user trial): every header of the communes table readable in full."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.units import Unit, UnitKind

UPPER = Unit(code="BTGDV-HP", name="Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng", kind=UnitKind.DANG_CAP_TREN)


@pytest.fixture
def upper_window(qtbot, env):
    from desktop.services.units import save_self_unit
    from desktop.ui.main_window import MainWindow

    save_self_unit(env.ctx, UPPER)
    env.translator.set_language("vi")
    w = MainWindow(env)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    return w


def test_every_header_of_the_communes_table_reads_in_full_at_1366(qtbot, upper_window):
    upper_window.show_page("party_communes")
    page = upper_window.pages["party_communes"]
    view, model = page.communes_view, page.communes
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
    titles = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert "Người dân hài lòng" in titles
    fm = header.fontMetrics()
    for c, title in enumerate(titles):
        # the text, the sort arrow and the section's margins fit in the column
        assert header.sectionSize(c) >= fm.horizontalAdvance(title) + 24, (title, header.sectionSize(c))
    # ... and every column is on screen without scrolling sideways
    assert sum(header.sectionSize(c) for c in range(len(titles))) <= view.viewport().width()


def test_the_commissions_own_report_carries_its_symbol_and_signature(qtbot, upper_window, tmp_path, monkeypatch):
    """The trial found the Ban's document settings were a commune's ("T/M ĐẢNG ỦY", "ĐU"). Its own
    paper — the report on the communes for the Thành ủy — is issued under "THÀNH ỦY HẢI PHÒNG" with
    its symbol, "Số 01-BC/BTGDVTU", and signed by the head of the Ban, even when the commune's values
    were stored by an earlier save of Cài đặt."""
    from PySide6.QtWidgets import QMessageBox

    from db.repo import settings as settings_repo
    from desktop.services.units import save_unit, set_signer
    from tests.reports.pdftools import text

    env = upper_window.env
    save_unit(
        env.ctx, Unit(code="DU-ANLAO", name="Đảng ủy xã An Lão", kind=UnitKind.DANG_UY_XA, parent_code=UPPER.code)
    )
    set_signer(env.ctx, UPPER.code, title="Trưởng ban", full_name="Trần Văn Minh")
    with env.ctx.uow.begin() as s:  # what the Settings page stored when the Ban had a commune's defaults
        settings_repo.put(s, UPPER.code, "document_symbol", "ĐU")
        settings_repo.put(s, UPPER.code, "report_on_behalf", "T/M ĐẢNG ỦY")

    upper_window.show_page("settings")
    rules = upper_window.pages["settings"].rule_widgets
    assert rules["document_symbol"].text() == "BTGDVTU"
    assert rules["report_on_behalf"].text() == ""

    upper_window.show_page("party_communes")
    page = upper_window.pages["party_communes"]
    qtbot.waitUntil(lambda: page.communes.rowCount() == 1, timeout=10_000)
    out = tmp_path / "tong-hop.pdf"
    names, said = [], []
    page.choose_save = lambda name: names.append(name) or str(out)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    page.summary_btn.click()
    qtbot.waitUntil(out.exists, timeout=30_000)
    assert names == ["BaoCaoTongHopCacDangUyXa-2026.pdf"]
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said[0].endswith("(số 01-BC/BTGDVTU)")
    printed = " ".join(text(out.read_bytes()).split())
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in printed
    assert "THÀNH ỦY HẢI PHÒNG" in printed and "BAN TUYÊN GIÁO VÀ DÂN VẬN" in printed
    assert "BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY HẢI PHÒNG" not in printed  # the upper body is not said twice
    assert "Số 01-BC/BTGDVTU" in printed
    assert "Nơi nhận: TRƯỞNG BAN" in printed and printed.endswith("Trần Văn Minh")  # the head signs in person
    assert "T/M ĐẢNG ỦY" not in printed and "/ĐU" not in printed
    assert "Đảng ủy xã An Lão" in printed and "Chưa gửi báo cáo" in printed


def test_the_commissions_home_names_the_date_it_waits_for(upper_window):
    """The Ban's home said "Không có hạn nào sắp tới": its date is the communes' sơ kết."""
    upper_window.show_page("home")
    text = upper_window.pages["home"].deadlines.text()
    assert "Các Đảng ủy xã gửi báo cáo sơ kết năm 2026: 31/12/2026" in text


def test_the_commissions_report_is_read_as_a_draft_before_it_takes_a_number(qtbot, upper_window, tmp_path):
    """Every other document is first read as a draft; the Ban's report on the communes was issued,
    numbered, at the first click. "Xem bản nháp" shows its pages marked BẢN NHÁP and takes no number:
    the report issued afterwards is still No. 01."""
    from db.repo import documents as documents_repo
    from desktop.services.units import save_unit, set_signer
    from tests.reports.pdftools import text

    env = upper_window.env
    save_unit(
        env.ctx, Unit(code="DU-ANLAO", name="Đảng ủy xã An Lão", kind=UnitKind.DANG_UY_XA, parent_code=UPPER.code)
    )
    set_signer(env.ctx, UPPER.code, title="Trưởng ban", full_name="Trần Văn Minh")
    upper_window.show_page("party_communes")
    page = upper_window.pages["party_communes"]
    qtbot.waitUntil(lambda: page.communes.rowCount() == 1, timeout=10_000)
    assert page.draft_btn.text() == "Xem bản nháp" and page.draft_btn.isVisible()
    shown = []
    page.show_draft = lambda title, pdf: shown.append((title, pdf))
    page.draft_btn.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    title, pdf = shown[0]
    printed = " ".join(text(pdf).split())
    assert "Đảng ủy xã An Lão" in printed and "Trần Văn Minh" in printed
    from tests.reports.test_documents_bound import _watermarked

    assert _watermarked(pdf), "every page is marked BẢN NHÁP"
    assert "01-BC/BTGDVTU" not in printed
    with env.ctx.uow.read() as s:
        assert documents_repo.list_register(s, UPPER.code) == [], "a draft takes no number"
    from desktop.services.commune_party import party_line

    assert party_line.summary_document(env.ctx).number == "01-BC/BTGDVTU"  # issued after the draft: still 01
    # the real dialog shows every page of that draft
    from desktop.ui.pages.commune_review import DraftPreview

    dlg = DraftPreview(page, title, pdf)
    qtbot.addWidget(dlg)
    assert dlg.pages >= 1 and dlg.windowTitle().startswith("Bản nháp")
