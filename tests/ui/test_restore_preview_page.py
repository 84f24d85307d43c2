"""The Backups page shows what a restore will change before asking (issue 18 §7), and a backup
made by a newer version is marked as such and not restored."""

from __future__ import annotations

import json
import zipfile
from datetime import date

from PySide6.QtWidgets import QMessageBox

from desktop.services.safety import backup
from tests.unit.conftest_safety import add_roster


def test_the_restore_question_shows_counts_now_and_after_and_the_changes_undone(qtbot, window):
    from desktop.domain.members import Member
    from desktop.services.membership.members import add_member

    ctx = window.env.ctx
    add_roster(ctx)
    made = backup.backup_now(ctx)
    add_member(
        ctx,
        "CD-TDP3",
        Member(id=None, unit_code="CD-TDP3", full_name="Đặng Văn Khoa", date_of_birth=date(2002, 5, 5), gender="nam"),
        entry_date=date(2026, 2, 1),
    )
    window.show_page("backups")
    page = window.pages["backups"]
    page.reload()
    asked = []
    page.confirm = lambda title, text: asked.append(text) or False
    page.restore(made.path)
    qtbot.waitUntil(lambda: bool(asked))
    text = asked[0]
    assert "Thay đổi (hiện tại → sau khi khôi phục):" in text
    assert "Đoàn viên: 5 → 4" in text
    assert "Dữ liệu hiện tại: Chi đoàn Tổ dân phố số 3" in text
    assert "thay đổi ghi sau bản sao lưu sẽ bị hủy" in text


def test_a_newer_versions_backup_is_marked_and_not_restored(qtbot, window, monkeypatch):
    ctx = window.env.ctx
    add_roster(ctx)
    made = backup.backup_now(ctx)
    newer = ctx.data.backups / "sothidua-20991231-235959-manual.zip"
    with zipfile.ZipFile(made.path) as src, zipfile.ZipFile(newer, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "manifest.json":
                m = json.loads(data)
                m["schema_revision"] = "9999"
                data = json.dumps(m).encode()
            dst.writestr(item, data)
    window.show_page("backups")
    page = window.pages["backups"]
    page.reload()
    states = [page.model.index(r, page.model.columnCount() - 1).data() for r in range(page.model.rowCount())]
    assert "phiên bản mới hơn" in states and "tốt" in states
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    page.confirm = lambda title, text: (_ for _ in ()).throw(AssertionError("asked"))
    page.restore(newer)
    assert warned and "phiên bản Sổ Thi Đua mới hơn" in warned[0]
