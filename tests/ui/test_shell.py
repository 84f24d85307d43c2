import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_pyside6_does_not_drop_references_to_none(qapp):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and aborts
    after a few thousand (docs/architecture.md, traps). An upgrade that brings the bug back fails here."""
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(5000):
        label.setText(str(i))
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None refcount dropped by {before - after}"


def test_first_run_wizard_creates_the_unit_profile(qtbot, env):
    from desktop.services.units import self_unit
    from desktop.ui.wizard import FirstRunWizard

    wiz = FirstRunWizard(env.ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    assert "Chào mừng" in wiz.welcome.title()
    wiz.next()
    form = wiz.unit_page.form
    form.name.setText("Chi đoàn lớp 11A2")  # QTest.keyClicks asserts on non-ASCII
    qtbot.keyClicks(form.code, "CD-11A2")
    form.branch_type.setCurrentIndex(form.branch_type.findData("truong-hoc"))
    form.grade.setValue(11)
    qtbot.keyClicks(form.parent_code, "DCS-THPT-TP")
    form.upper_level.setText("Đoàn trường THPT Ngô Quyền")  # printed above the unit on reports
    wiz.button(wiz.WizardButton.FinishButton).click()
    unit = self_unit(env.ctx)
    assert (unit.code, unit.name, unit.grade, unit.parent_code) == ("CD-11A2", "Chi đoàn lớp 11A2", 11, "DCS-THPT-TP")
    assert unit.branch_type.value == "truong-hoc"


def test_wizard_shows_a_vietnamese_error_next_to_the_form(qtbot, env):
    from desktop.services.units import self_unit
    from desktop.ui.wizard import FirstRunWizard

    wiz = FirstRunWizard(env.ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    form = wiz.unit_page.form
    form.name.setText("Chi đoàn Tổ 5")
    form.code.setText("mã sai")
    assert not wiz.unit_page.validatePage()
    assert "không hợp lệ" in form.error.text()
    assert self_unit(env.ctx) is None


def test_main_window_is_vietnamese_and_fits_1366x768(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[0] == "Tổng quan" and "Cài đặt" in titles
    assert window.menu_file.title() == "&Tệp"
    assert "Chi đoàn Tổ dân phố số 3" in window.header.text()
    assert window.minimumSize().width() <= 1366 and window.minimumSize().height() <= 768
    assert window.sizeHint().width() <= 1366


def test_language_switch_retranslates_the_window_live(qtbot, window):
    window.show_page("settings")
    page = window.pages["settings"]
    page.language.setCurrentIndex(page.language.findData("en"))
    QApplication.processEvents()
    assert window.menu_file.title() == "&File"
    assert window.nav.item(0).text() == "Overview"
    assert page.save_unit_btn.text() == "Save unit profile"
    page.language.setCurrentIndex(page.language.findData("vi"))
    QApplication.processEvents()
    assert window.nav.item(0).text() == "Tổng quan"
    assert page.save_unit_btn.text() == "Lưu hồ sơ đơn vị"
    from desktop.services.units import app_setting

    assert app_setting(window.env.ctx, "language") == "vi"


def test_home_shows_the_next_deadlines_with_days_left(window):
    text = window.pages["home"].deadlines.text()
    # today is 21/11/2026 in tests: the 2027 registration deadline 10/11/2026 is past,
    # the 2026 recognition decision (30/11/2026) is 9 days away.
    assert "30/11/2026" in text and "còn 9 ngày" in text
