"""Settings by unit kind (issue 20 item 4): saving Cài đặt once never turns a Party committee's
documents into Union documents, and a Party committee sees only its own settings."""

from __future__ import annotations

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.units import Unit, UnitKind


@pytest.fixture
def commune_page(qtbot, env):
    from desktop.services.units import save_self_unit
    from desktop.ui.pages.settings import SettingsPage

    save_self_unit(env.ctx, Unit(code="DU-ANLAO", name="Đảng ủy xã An Lão", kind=UnitKind.DANG_UY_XA))
    page = SettingsPage(env)
    qtbot.addWidget(page)
    page.show()
    return page


def _issuer(ctx):
    from desktop.services.commune_party import documents as commune_documents
    from desktop.services.units import self_unit

    return commune_documents._issuer(ctx, self_unit(ctx))


def test_saving_the_signer_keeps_party_symbol_and_signature_line(commune_page, env):
    page = commune_page
    page.rule_widgets["report_signer_name"].setText("Nguyễn Văn Bình")
    page.save_rules_btn.click()
    issuer, sig = _issuer(env.ctx)
    assert issuer.symbol == "ĐU"
    assert sig.on_behalf == "T/M ĐẢNG ỦY" and sig.title == "BÍ THƯ"
    assert sig.name == "Nguyễn Văn Bình"
    assert issuer.upper_level == "Đảng bộ thành phố Hải Phòng"


def test_the_place_shown_is_the_one_printed_and_saving_keeps_it(commune_page, env):
    """Cài đặt shows the place the commune's documents are dated at ("An Lão"), not the city's
    name; saving another setting does not change the place printed."""
    from desktop.services.units import unit_settings

    page = commune_page
    assert page.rule_widgets["place_name"].text() == "An Lão"
    page.rule_widgets["report_signer_name"].setText("Nguyễn Văn Bình")
    page.save_rules_btn.click()
    assert "place_name" not in {k for k, v in _stored(env.ctx).items()}
    assert unit_settings(env.ctx, "DU-ANLAO")["place_name"] == "An Lão"
    page.rule_widgets["place_name"].setText("Hải Phòng")  # a place typed on purpose is kept
    page.save_rules_btn.click()
    assert unit_settings(env.ctx, "DU-ANLAO")["place_name"] == "Hải Phòng"
    assert page.rule_widgets["place_name"].text() == "Hải Phòng"


def _stored(ctx):
    from db.repo import settings as settings_repo

    with ctx.uow.read() as s:
        return settings_repo.all_for(s, "DU-ANLAO")


def test_a_party_committee_sees_no_chi_doan_rule(commune_page):
    page = commune_page
    visible = {k for k, w in page.rule_widgets.items() if page.rules_form.isRowVisible(w)}
    assert "cd14_when_no_request" not in visible and "cd32_meetings_per_year" not in visible
    assert "member_base" not in visible
    assert {"report_signer_name", "document_symbol", "commune_satisfaction_target"} <= visible
    assert page.rule_widgets["document_symbol"].text() == "ĐU"


def test_a_union_symbol_is_refused_for_party_documents(commune_page, env):
    from desktop.services.units import set_unit_setting

    with pytest.raises(DomainError) as exc:
        set_unit_setting(env.ctx, "DU-ANLAO", "document_symbol", "ĐTN")
    assert "Đảng ủy" in str(exc.value)
    with pytest.raises(DomainError):
        set_unit_setting(env.ctx, "DU-ANLAO", "cd32_meetings_per_year", 4)


def test_union_defaults_stored_by_the_old_save_do_not_reach_party_documents(commune_page, env):
    from db.repo import settings as settings_repo

    with env.ctx.uow.begin() as s:  # what one save of the old Settings page stored
        settings_repo.put(s, "DU-ANLAO", "document_symbol", "ĐTN")
        settings_repo.put(s, "DU-ANLAO", "report_on_behalf", "TM. BAN CHẤP HÀNH")
    issuer, sig = _issuer(env.ctx)
    assert issuer.symbol == "ĐU" and sig.on_behalf == "T/M ĐẢNG ỦY"


def test_a_branch_still_sees_its_rules_and_saves_only_what_changed(qtbot, branch_env):
    from desktop.services.units import unit_settings
    from desktop.ui.pages.settings import SettingsPage

    page = SettingsPage(branch_env)
    qtbot.addWidget(page)
    page.show()
    assert page.rules_form.isRowVisible(page.rule_widgets["cd32_meetings_per_year"])
    assert not page.rules_form.isRowVisible(page.rule_widgets["commune_satisfaction_target"])
    page.rule_widgets["cd32_meetings_per_year"].setValue(10)
    page.save_rules_btn.click()
    values = unit_settings(branch_env.ctx, "CD-TDP3")
    assert values["cd32_meetings_per_year"] == 10 and values["document_symbol"] == "ĐTN"
    from db.repo import settings as settings_repo

    with branch_env.ctx.uow.read() as s:
        stored = settings_repo.all_for(s, "CD-TDP3")
    # The signer's title and name were stored by the first-run wizard (the branch_env fixture).
    assert set(stored) == {"cd32_meetings_per_year", "report_signer_title", "report_signer_name"}


def test_the_party_lines_upper_level_is_not_asked_for_an_upper_level(qtbot, env):
    """The Ban Tuyên giáo và Dân vận is the top of the Party line here: Cài đặt shows neither the
    Chi đoàn questions nor an upper level to set with an invitation; a commune still sees its own."""
    from desktop.services.units import save_self_unit
    from desktop.ui.pages.settings import SettingsPage

    save_self_unit(
        env.ctx, Unit(code="BTGDV-HP", name="Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng", kind=UnitKind.DANG_CAP_TREN)
    )
    page = SettingsPage(env)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert not page.upper_box.isVisibleTo(page)
    form = page.unit_form
    assert not form.branch_type.isVisibleTo(form) and not form.parent_code.isVisibleTo(form)


def test_a_commune_sees_its_upper_level_and_no_chi_doan_questions(commune_page):
    page = commune_page
    page.reload()
    assert page.upper_box.isVisibleTo(page)
    form = page.unit_form
    assert form.parent_code.isVisibleTo(form)
    assert not form.branch_type.isVisibleTo(form) and not form.all_party.isVisibleTo(form)
