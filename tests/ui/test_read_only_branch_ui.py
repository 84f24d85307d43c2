"""On a Đoàn cơ sở's machine, a branch that sends its data in packages is shown without edit
actions (issue 7 item 6): the evidence logs, registration and volunteer pages say why and their
add/edit/delete buttons are disabled; a branch entered by hand stays editable."""

from __future__ import annotations

import pytest

from desktop.domain.units import UnitKind
from tests.sync.conftest_sync import BRANCH, DCS, OTHER, enrol, open_unit

NOTE = "chỉ được xem trên máy này"


@pytest.fixture
def dcs_env(qapp, tmp_path):
    from desktop.app import build_env
    from desktop.services.units import save_unit

    dcs = open_unit(tmp_path / "doan-co-so", DCS)
    branch = open_unit(tmp_path / "chi-doan", BRANCH)
    enrol(dcs, branch, tmp_path)
    branch.close()
    save_unit(dcs, OTHER)  # entered by hand on the Đoàn cơ sở's machine: editable
    env = build_env(dcs, qapp, synchronous=True)
    yield env
    dcs.close()


def test_logs_and_registration_of_a_received_branch_are_view_only(qtbot, dcs_env):
    from desktop.ui.pages.logs import LogsPage
    from desktop.ui.pages.registration import RegistrationPage

    assert DCS.kind is UnitKind.DOAN_CO_SO
    logs = LogsPage(dcs_env)
    qtbot.addWidget(logs)
    logs.show()
    logs.bar.reload_units()
    logs.bar.select(BRANCH.code)
    logs.reload()
    assert logs.bar.read_only_note.isVisible() and NOTE in logs.bar.read_only_note.text()
    assert not logs.add_btn.isEnabled() and not logs.delete_btn.isEnabled()
    logs.bar.select(OTHER.code)
    logs.reload()
    assert not logs.bar.read_only_note.isVisible()
    assert logs.add_btn.isEnabled()

    reg = RegistrationPage(dcs_env)
    qtbot.addWidget(reg)
    reg.show()
    reg.bar.reload_units()
    reg.bar.select(BRANCH.code)
    reg.reload()
    assert reg.bar.read_only_note.isVisible()
    assert not reg.save_btn.isEnabled() and not reg.submit_btn.isEnabled() and not reg.amend_btn.isEnabled()


def test_volunteer_page_of_a_received_branch_has_no_edit_actions(qtbot, dcs_env):
    from desktop.ui.pages.volunteer import VolunteerPage

    page = VolunteerPage(dcs_env)
    qtbot.addWidget(page)
    page.show()
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(BRANCH.code))
    assert not page.new_btn.isEnabled() and not page.import_btn.isEnabled()
    assert NOTE in page.new_btn.toolTip()
    assert page.new_activity() is None  # Ctrl+N does nothing either
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(OTHER.code))
    assert page.new_btn.isEnabled() and page.new_btn.toolTip() == ""
