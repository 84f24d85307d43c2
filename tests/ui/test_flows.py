"""The main tasks of a new branch secretary, from a fresh install, through the real widgets
(issue 11 item 3 and 7), counting the steps (clicks, typed fields, files chosen) of each:
add members from Excel, record an activity for many members, record a thematic session,
attach evidence by dragging a photo, print a report to PDF, submit to the upper level."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

NAMES = [
    "Nguyễn Thị Hoa",
    "Trần Văn Nam",
    "Lê Thị Lan",
    "Phạm Minh Đức",
    "Hoàng Thu Trang",
    "Vũ Ngọc Ánh",
    "Đặng Quang Huy",
    "Bùi Thị Yến",
    "Ngô Đức Thắng",
    "Đỗ Thị Huyền",
    "Lương Văn Tài",
    "Phan Thị Ngọc",
]


class Steps:
    """What the person does: one entry per click, typed field, chosen file or drop."""

    def __init__(self):
        self.log: dict[str, list[str]] = {}

    def __call__(self, task: str, what: str) -> None:
        self.log.setdefault(task, []).append(what)

    def count(self, task: str) -> int:
        return len(self.log.get(task, []))


@pytest.fixture
def steps():
    return Steps()


def _members_file(cli, tmp_path: Path) -> Path:
    path = tmp_path / "danh-sach-doan-vien.xlsx"
    code, _out, err = cli("members", "template", str(path))
    assert code == 0, err
    wb = load_workbook(path)
    ws = wb.active
    ws.delete_rows(2, ws.max_row)
    for i, name in enumerate(NAMES, start=1):
        ws.append(
            [
                i,
                name,
                date(1996 + i % 8, 1 + i % 12, 3 + i),
                "Nữ" if "Thị" in name else "Nam",
                f"09123456{i:02d}",
                f"03130100{i:04d}",
                date(2014, 3, 26),
                f"DV{i:04d}",
                "Không",
                None,
                "Tổ dân phố số 3",
                "Có",
                None,
                "Có",
                "Có",
                "Có",
                date(2020, 9, 1),
                "Kết nạp",
                None,
                None,
                None,
            ]
        )
    wb.save(path)
    return path


def _photo(tmp_path: Path) -> Path:
    from PySide6.QtGui import QColor, QImage

    img = QImage(64, 48, QImage.Format_RGB32)
    img.fill(QColor("#2e7d32"))
    path = tmp_path / "anh-sinh-hoat-chuyen-de.png"
    assert img.save(str(path), "PNG")
    return path


def _drop(widget, paths) -> None:
    """Drag files over ``widget`` and drop them. Without a platform drag in progress Qt does not
    deliver a synthetic Drop through QApplication.sendEvent, so the drop is handed to the
    widget's drop handler (its event filter) the way Qt does at the end of a real drag."""
    from PySide6.QtGui import QDragEnterEvent

    from desktop.ui.evidence_drop import _DropFilter

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    assert QApplication.sendEvent(widget, enter) and enter.isAccepted()
    handler = next(c for c in widget.children() if isinstance(c, _DropFilter))
    drop = QDropEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    assert handler.eventFilter(widget, drop)


def test_a_new_secretary_from_an_empty_branch_to_a_submitted_quarterly_report(
    window, qtbot, cli, tmp_path, monkeypatch, steps
):
    from desktop.services.volunteering.volunteer_totals import volunteer_summary
    from desktop.ui.pages.members import MembersPage

    env = window.env
    home = window.pages["home"]
    # --- 1. Add members from Excel: the home screen says so, one click opens the import.
    assert home.empty.isVisibleTo(window)
    xlsx = _members_file(cli, tmp_path)
    dialogs = []
    real_import = MembersPage.import_file
    monkeypatch.setattr(
        MembersPage, "import_file", lambda self, path=None: dialogs.append(real_import(self, str(xlsx))) or dialogs[-1]
    )
    home.empty_btn.click()
    steps("members", "click 'Nhập từ Excel…' on the home screen")
    steps("members", "choose the file in the file dialog")
    dlg = dialogs[0]
    qtbot.addWidget(dlg)
    assert "Thêm mới: 12" in dlg.summary.text()
    dlg.import_btn.click()
    steps("members", "click 'Nhập' in the preview")
    assert window.pages["members"].model.total() == len(NAMES)
    assert steps.count("members") <= 3
    window.show_page("home")
    assert not home.empty.isVisibleTo(window)
    assert home.card_members.value.text() == "12"

    # --- 2. Record one volunteer activity for every member.
    window.show_page("volunteer")
    steps("activity", "click 'Ngày tình nguyện'")
    page = window.pages["volunteer"]
    act = page.new_activity()
    steps("activity", "click 'Ghi hoạt động mới'")
    qtbot.addWidget(act)
    act.name.setText("Chủ nhật xanh: dọn vệ sinh bãi biển Đồ Sơn")
    steps("activity", "type the name")
    act.dates.setText("15/11/2026")
    act._dates_changed()
    steps("activity", "type the date")
    qtbot.mouseClick(act.all_btn, Qt.LeftButton)
    steps("activity", "click 'Chọn tất cả'")
    qtbot.mouseClick(act.buttons.button(act.buttons.StandardButton.Save), Qt.LeftButton)
    steps("activity", "click 'Lưu'")
    assert act.result() == QDialog.Accepted
    s = volunteer_summary(env.ctx, "CD-TDP3", 2026)
    assert len(s.counted) == 12 and all(m.days == 1.0 for m in s.counted)
    assert steps.count("activity") <= 6

    # --- 3. Record a thematic session (Sổ theo dõi → Sinh hoạt chuyên đề → Thêm), with a photo dropped in.
    window.show_page("logs")
    steps("session", "click 'Sổ theo dõi'")
    logs = window.pages["logs"]
    for i in range(logs.kinds.count()):
        if logs.kinds.item(i).data(Qt.UserRole) == "thematic_session":
            logs.kinds.setCurrentRow(i)
    steps("session", "click 'Sinh hoạt chuyên đề'")
    assert logs.kind() == "thematic_session"
    from desktop.ui.cycle_log_dialog import LogDialog

    opened = []
    monkeypatch.setattr(LogDialog, "open", lambda self: (opened.append(self), self.show()))
    logs.add_btn.click()
    steps("session", "click 'Thêm'")
    log = opened[0]
    qtbot.addWidget(log)
    log.title.setText("Học tập Nghị quyết 05-NQ/TU của Thành ủy")
    steps("session", "type the title")
    log.category.setCurrentIndex(log.category.findData("chinh-tri-tu-tuong"))
    steps("session", "choose the theme")
    log.part_all.click()
    steps("session", "click 'Chọn tất cả'")
    photo = _photo(tmp_path)
    _drop(log, [photo])
    steps("session", "drag the photo onto the dialog")
    assert photo.name in log.files_label.text()
    log.save_btn.click()
    steps("session", "click 'Lưu'")
    assert log.result() == QDialog.Accepted
    assert steps.count("session") <= 8
    entry = logs.model.rows[0] if hasattr(logs.model, "rows") else None
    assert entry is not None and entry.attachments == 1

    # --- 4. Attach one more photo later: drop it on the record in the list.
    second = tmp_path / "anh-2.png"
    from PySide6.QtGui import QColor, QImage

    img = QImage(32, 32, QImage.Format_RGB32)
    img.fill(QColor("#1565c0"))
    img.save(str(second), "PNG")
    logs.table.selectRow(0)
    log_id = logs.current_entry().id
    _drop(logs.table.viewport(), [second])
    steps("evidence", "drag the photo onto the record")
    from desktop.services.year.cycle import log_attachments

    assert len(log_attachments(env.ctx, log_id)) == 2
    assert logs.model.rows[0].attachments == 2  # the list shows it at once
    assert steps.count("evidence") == 1

    # --- 5. Print the quarterly report to a PDF file.
    window.show_page("reports")
    steps("report", "click 'In văn bản, báo cáo'")
    rp = window.pages["reports"]
    for i in range(rp.kinds.count()):
        if rp.kinds.item(i).data(Qt.UserRole) == "quarterly":
            rp.kinds.setCurrentRow(i)
    steps("report", "click 'Báo cáo quý'")
    rp.period.setCurrentText("2026")
    rp.quarter.setCurrentIndex(max(0, rp.quarter.findData(4)))
    steps("report", "choose the quarter")
    win = rp.open_preview()
    steps("report", "click 'Xem trước'")
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.report is not None, timeout=30000)
    out = win.save_pdf(str(tmp_path / "bao-cao-quy-4"))
    steps("report", "click 'Lưu PDF' and confirm the file name")
    assert out.read_bytes()[:5] == b"%PDF-"
    assert steps.count("report") <= 5
    win.close()

    # --- 6. Submit to the Đoàn cơ sở: the package waits in the outbox.
    from tests.sync.conftest_sync import DCS, enrol, open_unit

    dcs = open_unit(tmp_path / "dcs", DCS)
    try:
        enrol(env.ctx, dcs, tmp_path)
        window.show_page("outbox")
        steps("submit", "click 'Gửi – nhận'")
        ob = window.pages["outbox"]
        from PySide6.QtWidgets import QMessageBox

        warnings = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
        infos = []
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
        before = ob.out_model.rowCount()
        ob.kind.setCurrentIndex(ob.kind.findData("quarterly"))
        steps("submit", "choose 'Báo cáo quý'")
        ob.period.setText("2026")
        ob.quarter.setValue(3)
        steps("submit", "choose quarter 3")
        ob.submit_btn.click()
        steps("submit", "click 'Nộp'")
        assert warnings == [] and "hộp thư đi" in infos[-1].lower()
        qtbot.waitUntil(lambda: ob.out_model.rowCount() > before, timeout=30000)
        assert ob.out_model.index(ob.out_model.rowCount() - 1, 6).data() == "Chờ gửi"
    finally:
        dcs.close()
    print({task: len(v) for task, v in steps.log.items()})
