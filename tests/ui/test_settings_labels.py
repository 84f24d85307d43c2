"""The settings page shows each choice in words, in the chosen language, and stores its code
(desktop/domain/settings.py; issue 11: readable Vietnamese, not "every_request")."""

from PySide6.QtWidgets import QApplication

from desktop.domain.settings import UNIT_SETTINGS


def test_every_choice_has_words_and_saving_keeps_the_code(window):
    from desktop.services.units import unit_settings
    from desktop.ui.pages.settings import CHOICE_LABELS

    for key, spec in UNIT_SETTINGS.items():
        if spec.choices:
            assert set(CHOICE_LABELS[key]) == set(spec.choices), key
    window.show_page("settings")
    page = window.pages["settings"]
    combo = page.rule_widgets["cd14_rule"]
    assert combo.currentText() == "Đạt 60% ở mọi yêu cầu"
    combo.setCurrentIndex(combo.findData("average"))
    page._save_rules()
    assert unit_settings(window.env.ctx, "CD-TDP3")["cd14_rule"] == "average"
    window.env.translator.set_language("en")
    QApplication.processEvents()
    assert combo.currentText() == "60% on average over the requests"


def test_dates_and_shares_are_shown_the_vietnamese_way(window):
    """Issue 19 item 10: "01/09" (day/month), never "(MM-DD)"."""
    from desktop.services.units import unit_settings

    window.show_page("settings")
    page = window.pages["settings"]
    start = page.rule_widgets["school_year_start"]
    assert start.text() == "01/09"
    assert "MM-DD" not in page.rule_labels["school_year_start"].text()
    start.setText("15/08")
    page._save_rules()
    assert unit_settings(window.env.ctx, "CD-TDP3")["school_year_start"] == "08-15"
    page.reload()
    assert start.text() == "15/08"


def test_a_share_is_shown_and_typed_as_a_percentage(qtbot, env):
    """Issue 19 item 10: "80%", never "0.8" (a commune's satisfaction target)."""
    from desktop.domain.units import Unit, UnitKind
    from desktop.services.units import save_self_unit, unit_settings
    from desktop.ui.main_window import MainWindow

    save_self_unit(
        env.ctx,
        Unit(code="DU-CATHAI", name="Đảng ủy đặc khu Cát Hải", kind=UnitKind.DANG_UY_XA, parent_code="TU-HAIPHONG"),
    )
    w = MainWindow(env)
    qtbot.addWidget(w)
    w.show()
    w.show_page("settings")
    page = w.pages["settings"]
    share = page.rule_widgets["commune_satisfaction_target"]
    assert share.text() == "80%"
    share.setValue(75)
    page._save_rules()
    assert unit_settings(env.ctx, "DU-CATHAI")["commune_satisfaction_target"] == 0.75
    page.reload()
    assert share.text() == "75%"
