"""Issue 10: the commune party committee's pages (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

pytest_plugins = ["tests.unit.conftest_commune"]


@pytest.fixture
def commune_env(env, commune_unit):
    from desktop.services.commune_party import commune_import
    from desktop.services.units import save_self_unit
    from tests.unit.conftest_commune import year_records

    save_self_unit(env.ctx, commune_unit)
    commune_import.import_records(env.ctx, year_records())
    return env


def _cells(model, col):
    return [model.data(model.index(r, col), Qt.DisplayRole) for r in range(model.rowCount())]


def test_pages_only_for_commune_committees(commune_unit, branch_unit):
    from desktop.ui.pages import discover

    keys = {s.key for s in discover() if s.available(commune_unit)}
    assert {"commune_dashboard", "commune_models", "commune_logs", "commune_programme", "commune_review"} <= keys
    assert not any(s.key.startswith("commune") for s in discover() if s.available(branch_unit))


def test_models_page_shows_what_is_missing_and_records_a_judgement(qtbot, commune_env):
    from desktop.ui.pages.commune_models import CommuneModelsPage

    page = CommuneModelsPage(commune_env)
    qtbot.addWidget(page)
    page.activate()
    assert page.campaign.currentData() == "chinh-quyen-than-thien"
    ids = _cells(page.model, 0)
    row = ids.index("CQTT-3.7")
    assert page.model.data(page.model.index(row, 5), Qt.DisplayRole) == "Tháng 10 chưa có buổi tiếp công dân."
    assert page.summary.text().startswith("Đạt 6/28 tiêu chí áp dụng")
    # Judge CQTT-3.9 met.
    page.view.selectRow(ids.index("CQTT-3.9"))
    page.met_btn.click()
    i = _cells(page.model, 0).index("CQTT-3.9")
    assert page.model.data(page.model.index(i, 4), Qt.DisplayRole) in ("Đạt", "Met")
    page.campaign.setCurrentIndex(page.campaign.findData("cat-hai-5-an"))
    assert _cells(page.model, 0) == ["5A-1", "5A-2", "5A-3"]


def test_logs_page_adds_a_leader_visit(qtbot, commune_env):
    from desktop.services.commune_party import work as commune
    from desktop.ui.pages.commune_logs import CommuneLogsPage

    page = CommuneLogsPage(commune_env)
    qtbot.addWidget(page)
    page.activate()
    before = page.model.rowCount()
    page.kind.setCurrentIndex(page.kind.findData("leader_visit"))
    page.date.setDate(QDate(2026, 11, 21))
    page.place.setText("Tổ dân phố Hòa Bình")
    page.title.setText("Trồng cây xanh cùng Nhân dân")
    page.add_btn.click()
    assert page.model.rowCount() == before + 1
    assert not page.received.isEnabled()
    assert any(g.place == "Tổ dân phố Hòa Bình" for g in commune.logs(commune_env.ctx, "2026", "leader_visit"))


def test_programme_page_progress(qtbot, commune_env):
    from desktop.ui.pages.commune_programme import CommuneProgrammePage

    page = CommuneProgrammePage(commune_env)
    qtbot.addWidget(page)
    page.activate()
    titles = _cells(page.model, 1)
    assert "Kiểm tra an toàn các cơ sở du lịch" in titles
    page.view.selectRow(titles.index("Xây dựng mô hình “Dân vận khéo” năm 2026"))
    page.progress.setValue(100)
    page.progress_btn.click()
    i = _cells(page.model, 1).index("Xây dựng mô hình “Dân vận khéo” năm 2026")
    assert page.model.data(page.model.index(i, 5), Qt.DisplayRole) == "100%"
    assert page.model.data(page.model.index(i, 6), Qt.DisplayRole) == "Hoàn thành"


def test_review_page_saves_the_review(qtbot, commune_env, tmp_path):
    from desktop.ui.pages.commune_review import CommuneReviewPage

    page = CommuneReviewPage(commune_env)
    qtbot.addWidget(page)
    page.activate()
    assert page.model.rowCount() == 2
    assert "205" in page.satisfaction.text() and "280" in page.satisfaction.text()
    out = tmp_path / "so-ket.pdf"
    page.choose_save = lambda name: str(out)
    shown = []
    page.inform = shown.append
    page.doc.setCurrentIndex(page.doc.findData("review"))
    page.save()
    assert out.read_bytes().startswith(b"%PDF")
    assert "01-BC/ĐU" in shown[0]


def test_dashboard_models_and_youth_note(qtbot, commune_env):
    from desktop.ui.pages.commune_dashboard import CommuneDashboardPage

    page = CommuneDashboardPage(commune_env)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.activate()
    assert page.models.rowCount() == 6
    assert "Đặc khu Cát Hải “5 An”" in _cells(page.models, 0)
    assert page.youth.rowCount() == 0 and page.youth_note.text()


def test_history_opens_on_the_committees_own_changes(qtbot, commune_env):
    """A Party committee has no members, activities or Chi đoàn criteria: Lịch sử thay đổi opens on
    everything it did (newest first), written in words, and offers no Union kinds."""
    from desktop.ui.main_window import MainWindow

    w = MainWindow(commune_env)
    qtbot.addWidget(w)
    w.show()
    w.show_page("history")
    page = w.pages["history"]
    kinds = [page.kind.itemData(i) for i in range(page.kind.count())]
    assert kinds == ["all", "unit", "setting", "user"] and page.kind.currentText() == "Tất cả (mới nhất)"
    rows = [[page.model.index(r, c).data() for c in range(5)] for r in range(page.model.rowCount())]
    assert rows, "the year's records imported are in the history"
    assert all(":" not in r[1] for r in rows)  # who did it, not an internal source
    assert not any("Chi tiết khác" in r[4] for r in rows), [r[4] for r in rows if "Chi tiết khác" in r[4]]
    task = next(r[4] for r in rows if r[3].startswith("Nhiệm vụ"))
    assert "Cơ quan chủ trì: — → " in task and "Tiến độ (%): — → " in task


def test_history_names_receiving_and_joining_in_words():
    from desktop.services.safety.audit import AuditEntry

    def entry(action, entity):
        return AuditEntry(
            id=1,
            at=None,
            actor="hoa",
            action=action,
            entity=entity,
            entity_id="x",
            unit_code="DU-ANLAO",
            before=None,
            after=None,
        )

    assert entry("receive:accepted", "received_package").action_label() == "Nhận gói (đã nhận)"
    assert entry("deliver:file", "outbox_item").action_label() == "Gửi gói (bằng tệp)"
    assert entry("join", "sync_invitation").action_label() == "Kết nối với đơn vị cấp trên"
    assert entry("create", "commune_registration").entity_label() == "Đăng ký mô hình"
    assert entry("invite", "sync_invitation").entity_label() == "Thư mời kết nối"


def test_history_says_files_documents_and_packages_in_words():
    """The last trial's history still read "Trạng thái: pending → exported", "Loại: commune-review"
    and "Chi tiết khác" for an evidence file and an invitation."""
    from desktop.services.safety.audit import AuditEntry, field_label, value_text

    def words(entity, after):
        e = AuditEntry(1, None, "hoa", "create", entity, "1", "DU-ANLAO", None, after)
        return [(field_label(c.field), value_text(c.after)) for c in e.changes()]

    photo = words("attachment", {"owner_kind": "commune_log", "owner_id": 7, "original_name": "dien-tap.jpg"})
    assert photo == [("Gắn với", "Sổ theo dõi của Đảng ủy xã"), ("Số bản ghi", "7"), ("Tên tệp", "dien-tap.jpg")]
    assert ("Loại", "Báo cáo sơ kết") in words("document", {"kind": "commune-review", "period": "2026", "number": 1})
    assert ("Loại", "Báo cáo tổng hợp các Đảng ủy xã") in words("document", {"kind": "party-summary"})
    assert words("outbox_item", {"status": "exported"}) == [("Trạng thái", "Đã lưu thành tệp")]
    invited = words("sync_invitation", {"branch": "DCS-LECHAN", "parent_fingerprint": "703A-81E2"})
    assert invited == [("Đơn vị được mời", "DCS-LECHAN"), ("Mã kiểm tra khóa của đơn vị mời", "703A-81E2")]
    joined = words("sync_invitation", {"parent": "BTGDV-HP", "parent_fingerprint": "703A-81E2"})
    assert joined[0] == ("Đơn vị cấp trên", "BTGDV-HP")
    known = words("sync_enrolment", {"relation": "child", "fingerprint": "1137-2BD2", "invitation": "ab12"})
    assert known[0] == ("Kết nối với", "Đơn vị cấp dưới") and ("Thư mời", "ab12") in known
    assert not any(f == "Chi tiết khác" for f, _ in known + words("received_package", {"row": 3}))


def test_the_youth_table_fits_the_screen_at_1366(qtbot, commune_env):
    """The trial's dashboard cut the Youth Union table (a sideways scroll bar, "Số đoàn viên" cut)."""
    from desktop.ui.main_window import MainWindow

    w = MainWindow(commune_env)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    w.show_page("commune_dashboard")
    view, model = w.pages["commune_dashboard"].youth_view, w.pages["commune_dashboard"].youth
    header = view.horizontalHeader()
    fm = header.fontMetrics()
    for c in range(model.columnCount()):
        assert header.sectionSize(c) >= fm.horizontalAdvance(model.headerData(c, Qt.Horizontal)) + 24
    assert sum(header.sectionSize(c) for c in range(model.columnCount())) <= view.viewport().width()
