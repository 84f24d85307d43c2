"""The first-run wizard's three ways to start, from a fresh data folder (issue 11): create the
unit (with the upper level's name for the printed issuing-body block, docs/formats/van-ban.md 29-HD), restore
a real backup made by the backup service, import a real export made by the interchange service;
a damaged file says which file and what is wrong, and nothing is written."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.domain.members import Member
from desktop.domain.units import BranchType, Unit, UnitKind

OLD_UNIT = Unit(
    code="CD-THON2",
    name="Chi đoàn thôn Đông Xá 2",
    kind=UnitKind.CHI_DOAN,
    branch_type=BranchType.DAN_CU,
    parent_code="DCS-TIENLANG",
)
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screens"
NAMES = ["Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Thị Lan", "Phạm Minh Đức", "Hoàng Thu Trang"]


@pytest.fixture
def other_pc(tmp_path, _new_database):
    """The data of the same branch on the old computer: the unit, five members, the upper level."""
    from db.backup import sqlite_backup
    from desktop.paths import DataDir
    from desktop.services.context import open_context
    from desktop.services.membership.members import add_member
    from desktop.services.units import save_self_unit, set_unit_setting

    root = tmp_path / "old-pc"
    sqlite_backup(_new_database, DataDir(root).ensure().database)
    c = open_context(root, actor="test")
    save_self_unit(c, OLD_UNIT)
    set_unit_setting(c, OLD_UNIT.code, "report_upper_level", "Đoàn xã Tiên Lãng")
    for n in NAMES:
        add_member(c, OLD_UNIT.code, Member(None, OLD_UNIT.code, n), entry_date=date(2025, 3, 26))
    yield c
    c.close()


def _wizard(qtbot, env, runner=None):
    from desktop.ui.wizard import FirstRunWizard

    wiz = FirstRunWizard(env.ctx, runner=runner or env.runner, translator=env.translator)
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def _shot(wiz, name: str) -> None:
    """Kept for a reviewer, like test_screens_fit's screenshots."""
    from PySide6.QtWidgets import QApplication

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    wiz.grab().save(str(ARTIFACTS / f"wizard-{name}.png"))


def _finish(wiz):
    return wiz.button(QWizard.FinishButton)


def _member_names(ctx, code):
    from desktop.services.membership.members import members_on

    return sorted(m.full_name for m in members_on(ctx, code, date(2026, 11, 21)))


def _nothing_written(ctx) -> None:
    from desktop.services.units import list_units, self_unit

    assert self_unit(ctx) is None
    assert list_units(ctx) == []
    assert not any(ctx.data.backups.glob("*")) if ctx.data.backups.exists() else True
    assert not any(p.is_file() for p in ctx.data.attachments.rglob("*")) if ctx.data.attachments.exists() else True


def _main_window_shows(qtbot, env, name):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(env)
    qtbot.addWidget(w)
    w.show()
    assert name in w.header.text()
    return w


def test_create_asks_the_upper_level_with_a_prefill_and_reports_print_it(qtbot, env):
    from desktop.services.units import self_unit, unit_settings

    wiz = _wizard(qtbot, env)
    assert wiz.welcome.create.isChecked()
    _shot(wiz, "1-welcome")
    wiz.next()
    form = wiz.unit_page.form
    form.kind.setCurrentIndex(form.kind.findData("doan-co-so"))
    assert form.upper_level.text() == "Thành đoàn Hải Phòng"  # commune unions answer to Thành đoàn
    form.kind.setCurrentIndex(form.kind.findData("chi-doan"))
    assert form.upper_level.text() == ""  # a branch's Đoàn cơ sở is typed, never guessed
    form.name.setText("Chi đoàn thôn Đông Xá 2")
    form.code.setText("CD-THON2")
    form.parent_code.setText("DCS-TIENLANG")
    assert not _finish(wiz).isEnabled(), "the upper level's name is needed for the printed reports"
    assert "Đoàn cơ sở" in form.upper_preview.text()
    form.upper_level.setText("Đoàn xã Tiên Lãng")
    assert "BCH ĐOÀN XÃ TIÊN LÃNG" in form.upper_preview.text()
    assert "BCH CHI ĐOÀN THÔN ĐÔNG XÁ 2" in form.upper_preview.text()
    assert not _finish(wiz).isEnabled(), "the signer's name is printed under every signature"
    wiz.unit_page.signer_title.setText("Bí thư")
    wiz.unit_page.signer_name.setText("Phạm Văn  Hùng")
    _shot(wiz, "2-unit")
    _finish(wiz).click()
    assert wiz.result() == QWizard.Accepted
    assert self_unit(env.ctx).code == "CD-THON2"
    assert unit_settings(env.ctx, "CD-THON2")["report_upper_level"] == "Đoàn xã Tiên Lãng"
    from desktop.services.units import signer_history

    [signer] = signer_history(env.ctx, "CD-THON2")
    assert (signer.title, signer.full_name, signer.valid_from) == ("BÍ THƯ", "Phạm Văn Hùng", env.ctx.today())


def test_a_typed_upper_level_is_kept_when_the_kind_changes(qtbot, env):
    wiz = _wizard(qtbot, env)
    wiz.next()
    form = wiz.unit_page.form
    form.upper_level.setText("Đoàn Khối doanh nghiệp")
    form.kind.setCurrentIndex(form.kind.findData("doan-co-so"))
    assert form.upper_level.text() == "Đoàn Khối doanh nghiệp"
    form.kind.setCurrentIndex(form.kind.findData("dang-uy-xa"))
    form.upper_level.clear()
    form.kind.setCurrentIndex(form.kind.findData("doan-co-so"))
    form.kind.setCurrentIndex(form.kind.findData("dang-uy-xa"))
    assert form.upper_level.text() == "Đảng bộ thành phố Hải Phòng"
    assert "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" in form.upper_preview.text() and "BCH" not in form.upper_preview.text()


def test_the_party_lines_upper_level_is_asked_only_what_concerns_it(qtbot, env):
    """Creating the Ban Tuyên giáo và Dân vận: no Chi đoàn questions (type, grade, Party members),
    no code of a unit above it, and its head signs as Trưởng ban; a commune's Đảng ủy is shown the
    Party upper level's code as the example, not a Đoàn cơ sở's."""
    wiz = _wizard(qtbot, env)
    wiz.next()
    form, page = wiz.unit_page.form, wiz.unit_page
    assert form.branch_type.isVisibleTo(form) and form.all_party.isVisibleTo(form)
    assert page.signer_title.text() == "BÍ THƯ"
    form.kind.setCurrentIndex(form.kind.findData("dang-cap-tren"))
    shown = [label.text() for label in form.labels if label.isVisibleTo(form)]
    assert shown == ["Tên đơn vị", "Mã đơn vị", "Loại đơn vị", "Tên đơn vị cấp trên", ""], shown
    assert not form.grade.isVisibleTo(form) and not form.all_party.isVisibleTo(form)
    assert page.signer_title.text() == "TRƯỞNG BAN"
    _shot(wiz, "party-upper-unit")
    form.kind.setCurrentIndex(form.kind.findData("dang-uy-xa"))
    assert form.parent_code.isVisibleTo(form) and not form.branch_type.isVisibleTo(form)
    assert form.parent_code.placeholderText().startswith("ví dụ BTGDV-HP")
    assert page.signer_title.text() == "BÍ THƯ"
    page.signer_title.setText("Phó Bí thư")
    form.kind.setCurrentIndex(form.kind.findData("dang-cap-tren"))
    assert page.signer_title.text() == "Phó Bí thư"  # what the user typed is kept
    form.kind.setCurrentIndex(form.kind.findData("chi-doan"))
    assert form.branch_type.isVisibleTo(form) and form.parent_code.placeholderText().startswith("ví dụ DCS-LECHAN")


def test_restore_a_real_backup_from_a_fresh_install(qtbot, env, other_pc):
    from desktop.services.safety import backup
    from desktop.services.units import self_unit, unit_settings

    made = backup.backup_now(other_pc)
    usb = Path(other_pc.data.root).parent / "usb"
    usb.mkdir()
    copy = usb / made.path.name
    copy.write_bytes(made.path.read_bytes())

    wiz = _wizard(qtbot, env)
    wiz.welcome.restore.setChecked(True)
    wiz.next()
    page = wiz.restore_page
    assert wiz.currentPage() is page
    assert not _finish(wiz).isEnabled()
    page.choose_file = lambda: str(copy)
    page.browse.click()
    assert "Chi đoàn thôn Đông Xá 2" in page.summary.text()
    assert "5" in page.summary.text() and page.error.text() == ""
    assert _finish(wiz).isEnabled()
    _shot(wiz, "3-restore")
    with qtbot.waitSignal(wiz.finished, timeout=10_000):
        _finish(wiz).click()
    assert wiz.result() == QWizard.Accepted
    assert wiz.created.code == "CD-THON2" and self_unit(env.ctx).code == "CD-THON2"
    assert _member_names(env.ctx, "CD-THON2") == sorted(NAMES)
    assert unit_settings(env.ctx, "CD-THON2")["report_upper_level"] == "Đoàn xã Tiên Lãng"
    # The new installation's empty database is not kept as a "before a restore" backup.
    assert [b.kind for b in backup.list_backups(env.ctx.data) if b.kind == "pre-restore"] == []
    _main_window_shows(qtbot, env, "Chi đoàn thôn Đông Xá 2")


def test_import_a_real_export_off_the_gui_thread(qtbot, env, other_pc, tmp_path):
    from desktop.services.exchange import interchange
    from desktop.services.units import self_unit
    from desktop.ui.tasks import TaskRunner

    export = interchange.write_file(interchange.export_document(other_pc), tmp_path / "cd-thon2.json")
    runner = TaskRunner()
    wiz = _wizard(qtbot, env, runner=runner)
    wiz.welcome.import_.setChecked(True)
    wiz.next()
    page = wiz.import_page
    assert wiz.currentPage() is page
    page.set_file(export)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert "Chi đoàn thôn Đông Xá 2" in page.summary.text()
    assert "đoàn viên: 5" in page.summary.text()
    assert self_unit(env.ctx) is None, "the summary writes nothing"
    _shot(wiz, "4-import")
    with qtbot.waitSignal(wiz.finished, timeout=20_000):
        _finish(wiz).click()
    assert wiz.result() == QWizard.Accepted
    assert self_unit(env.ctx).code == "CD-THON2"
    assert _member_names(env.ctx, "CD-THON2") == sorted(NAMES)
    _main_window_shows(qtbot, env, "Chi đoàn thôn Đông Xá 2")


def test_a_damaged_backup_names_the_file_and_writes_nothing(qtbot, env, tmp_path, other_pc):
    from desktop.services.safety import backup

    made = backup.backup_now(other_pc)
    bad = tmp_path / "sothidua-20261120-163000-manual.zip"
    raw = made.path.read_bytes()
    bad.write_bytes(raw[: len(raw) // 2])  # cut in half: a copy interrupted on a USB stick
    wiz = _wizard(qtbot, env)
    wiz.welcome.restore.setChecked(True)
    wiz.next()
    page = wiz.restore_page
    page.set_file(bad)
    assert bad.name in page.error.text()
    assert "hỏng" in page.error.text() and "Chưa ghi gì" in page.error.text()
    assert not _finish(wiz).isEnabled()
    assert not page.validatePage()
    _shot(wiz, "5-restore-damaged")
    _nothing_written(env.ctx)
    assert wiz.isVisible()


def test_a_zip_that_is_not_a_backup_is_refused(qtbot, env, tmp_path):
    other = tmp_path / "anh-hoat-dong.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("anh1.jpg", b"\xff\xd8\xff")
    wiz = _wizard(qtbot, env)
    wiz.welcome.restore.setChecked(True)
    wiz.next()
    wiz.restore_page.set_file(other)
    assert "anh-hoat-dong.zip" in wiz.restore_page.error.text()
    assert "không phải bản sao lưu" in wiz.restore_page.error.text()
    _nothing_written(env.ctx)


def test_a_broken_data_file_shows_the_line_and_writes_nothing(qtbot, env, tmp_path, other_pc):
    from desktop.services.exchange import interchange

    good = interchange.dumps(interchange.export_document(other_pc))
    bad = tmp_path / "du-lieu-chi-doan.json"
    bad.write_text(good[: len(good) // 2], encoding="utf-8")
    wiz = _wizard(qtbot, env)
    wiz.welcome.import_.setChecked(True)
    wiz.next()
    page = wiz.import_page
    page.file_edit.setText(str(bad))  # typed or pasted, then Enter
    qtbot.keyClick(page.file_edit, Qt.Key_Return)
    assert wiz.isVisible() and wiz.currentPage() is page
    assert "du-lieu-chi-doan.json" in page.error.text()
    assert "JSON không hợp lệ ở dòng" in page.error.text()
    assert not _finish(wiz).isEnabled()
    _nothing_written(env.ctx)
    # A file with wrong content lists what is wrong, with its place in the file.
    wrong = tmp_path / "sai-ngay-sinh.json"
    doc = interchange.export_document(other_pc)
    doc["members"][0]["date_of_birth"] = "31/02/2001"
    interchange.write_file(doc, wrong)
    page.set_file(wrong)
    assert "sai-ngay-sinh.json" in page.error.text() and "members[0]" in page.error.text()
    _nothing_written(env.ctx)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_wizard_page_reads_whole_in_both_languages(qtbot, env, lang):
    from tests.ui.test_screens_fit import cut_off_widgets

    env.translator.set_language(lang)
    wiz = _wizard(qtbot, env)
    found = {}
    for choice in ("join", "create", "restore", "import_"):
        wiz.restart()
        getattr(wiz.welcome, choice).setChecked(True)
        for step in range(2):
            if step:
                wiz.next()
            page = wiz.currentPage()
            _shot(wiz, f"{lang}-{choice.strip('_')}-{step}")
            problems = cut_off_widgets(wiz)
            if problems:
                found[f"{choice}/{page.title()}"] = problems
    assert found == {}
    assert ("Welcome" in wiz.welcome.title()) == (lang == "en")


def test_the_import_summary_names_a_person_twice_in_the_file(qtbot, env, tmp_path):
    """A Đoàn cơ sở file with the same person in two branches: said before Finish (issue 18)."""
    import json

    from desktop.ui.tasks import TaskRunner
    from tests.unit.test_member_identity import _dcs_file

    path = _dcs_file(
        tmp_path,
        [
            ("CD-1", "Chi đoàn Tổ 1", [("Nguyễn Văn An", "1995-03-12", "DV0001")]),
            ("CD-2", "Chi đoàn Tổ 2", [("Nguyễn Văn An", "1995-03-12", "DV0001"), ("Vũ Minh", "1997-02-02", None)]),
        ],
    )
    assert json.loads(path.read_text(encoding="utf-8"))["unit"]["code"] == "DCS-LC"
    wiz = _wizard(qtbot, env, runner=TaskRunner())
    wiz.welcome.import_.setChecked(True)
    wiz.next()
    page = wiz.import_page
    page.set_file(path)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    text = page.summary.text()
    assert "⚠ 1 người có tên hai lần trong tệp (mỗi bản được tính một đoàn viên):" in text
    assert (
        "Nguyễn Văn An (sinh 12/03/1995, thẻ DV0001) đang là đoàn viên của 2 chi đoàn: Chi đoàn Tổ 1, "
        "Chi đoàn Tổ 2" in text
    )
    _shot(wiz, "5-import-same-person")
