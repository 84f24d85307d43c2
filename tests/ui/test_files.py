"""File dialogs open in the user's folders, never in the program's own folder (where an
installed app is started): a saved PDF or Excel file must land where the secretary looks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.ui import files


@pytest.fixture(autouse=True)
def fresh_session(monkeypatch, tmp_path):
    monkeypatch.setattr(files, "_last_dir", None)
    monkeypatch.chdir(tmp_path)  # the working folder of an installed app: not where files go


def test_dialogs_start_in_documents_or_home_not_the_working_folder(qapp):
    start = Path(files.start_path())
    assert start.is_dir() and start != Path(os.getcwd())
    assert Path(files.start_path("Bao-cao-quy-IV.pdf")) == start / "Bao-cao-quy-IV.pdf"


def test_the_folder_chosen_last_is_where_the_next_dialog_opens(qapp, tmp_path, monkeypatch):
    usb = tmp_path / "USB" / "Nộp Đoàn phường"
    usb.mkdir(parents=True)
    seen = []

    def fake_open(parent, title, start, filters):
        seen.append(start)
        return str(usb / "danh-sách.xlsx"), filters

    def fake_save(parent, title, start, filters):
        seen.append(start)
        return start, filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    assert files.open_file(None, "Chọn tệp", "Excel (*.xlsx)") == str(usb / "danh-sách.xlsx")
    saved = files.save_file(None, "Lưu PDF", "bao-cao.pdf", "PDF (*.pdf)")
    assert Path(saved) == usb / "bao-cao.pdf"
    assert Path(seen[0]) != tmp_path and Path(seen[1]).parent == usb


def test_the_file_dialog_itself_speaks_vietnamese(window):
    # Qt's own dialog (used on Linux and when the native one is unavailable): labels, tool tips
    # and column headers come from translations/qt_vi.ts, in Qt 6.11's wording ("&Look in:").
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileSystemModel, QLabel, QWidget

    assert window.env.translator.language == "vi"
    d = QFileDialog(window, "Chọn tệp")
    d.setOption(QFileDialog.DontUseNativeDialog)
    labels = {label.text() for label in d.findChildren(QLabel)}
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels
    tips = {w.toolTip() for w in d.findChildren(QWidget) if w.toolTip()}
    assert {"Quay lại", "Thư mục cha", "Tạo thư mục mới"} <= tips
    m = QFileSystemModel()
    assert [m.headerData(c, Qt.Horizontal) for c in range(4)] == ["Tên", "Kích thước", "Loại", "Ngày sửa"]
    d.deleteLater()
