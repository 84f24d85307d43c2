"""Every write a screen makes goes through the task runner, and a refusal is told one way
(issue 22): the guard the UI tests install catches screen code writing on the GUI thread, and
restoring an activity asks the same "same day credited twice" question as saving one."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from db.uow import ReadOnlyError
from desktop.services.volunteering import volunteer as service
from desktop.ui import writes
from tests.unit.conftest_volunteer import add_members, draft


class _Screen(QWidget):
    """Screen code (this module is loaded from desktop/ui for the check, see below)."""

    def __init__(self, env):
        super().__init__()
        self.env = env


def test_screen_code_that_writes_on_the_gui_thread_fails_the_test(qtbot, branch_env):
    ctx = branch_env.ctx
    ids = add_members(ctx, "CD-TDP3")  # a test preparing data is not screen code: allowed
    ns: dict = {}
    # Code compiled as if it lived in desktop/ui: what a page calling a service directly does.
    exec(
        compile(
            "def delete(ctx, i):\n    return service.delete_activity(ctx, i, 'nhầm')\n",
            "/repo/desktop/ui/pages/some_page.py",
            "exec",
        ),
        {"service": service},
        ns,
    )
    a = service.record_activity(ctx, "CD-TDP3", draft(ids=[ids["Nguyễn Thị Hoa"]]))
    with pytest.raises(writes.GuiThreadWrite, match="some_page.py"):
        ns["delete"](ctx, a.activity_id)
    assert service.list_activities(ctx, "CD-TDP3", 2026, deleted=True) == []
    # The same call through the runner is a runner job: done, and what changed is announced.
    screen = _Screen(branch_env)
    qtbot.addWidget(screen)
    announced = []
    branch_env.bus.changed.connect(announced.append)
    writes.run_write(screen, lambda: ns["delete"](ctx, a.activity_id))
    assert [x.name for x in service.list_activities(ctx, "CD-TDP3", 2026, deleted=True)] == ["Chủ nhật xanh"]
    assert announced and announced[0].touches("volunteer")


def test_a_refusal_is_one_vietnamese_message(qtbot, branch_env, monkeypatch):
    screen = _Screen(branch_env)
    qtbot.addWidget(screen)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    done = []

    def refuse():
        raise ReadOnlyError()

    writes.run_write(screen, refuse, then=done.append)
    assert done == []
    assert shown and shown[0][0] == "Chưa thực hiện" and "chỉ đọc" in shown[0][1]


def test_restoring_an_activity_asks_the_same_overlap_question_as_saving_it(qtbot, window):
    ctx = window.env.ctx
    ids = add_members(ctx, "CD-TDP3")
    hoa = ids["Nguyễn Thị Hoa"]
    first = service.record_activity(ctx, "CD-TDP3", draft(name="Ghi nhầm", dates=[date(2026, 11, 8)], ids=[hoa]))
    service.delete_activity(ctx, first.activity_id, "nhầm")
    service.record_activity(ctx, "CD-TDP3", draft(name="Tiếp sức", dates=[date(2026, 11, 8)], ids=[hoa]))
    window.show_page("volunteer")
    p = window.pages["volunteer"]
    asked = []
    p.ask_overlap = lambda overlaps: asked.append(overlaps) or writes.BACK
    p.show_deleted.setChecked(True)
    row = next(i for i, a in enumerate(p.act_model.rows) if a.deleted)
    p.act_table.selectRow(row)
    p.restore_activity()
    assert [o.member_name for o in asked[0]] == ["Nguyễn Thị Hoa"]
    deleted = service.list_activities(ctx, "CD-TDP3", 2026, deleted=True)
    assert [a.name for a in deleted] == ["Ghi nhầm"]  # "Go back": nothing restored
    p.ask_overlap = lambda overlaps: writes.CONFIRM
    row = next(i for i, a in enumerate(p.act_model.rows) if a.deleted)
    p.act_table.selectRow(row)
    p.restore_activity()
    assert service.list_activities(ctx, "CD-TDP3", 2026, deleted=True) == []
    assert sorted(a.name for a in service.list_activities(ctx, "CD-TDP3", 2026)) == ["Ghi nhầm", "Tiếp sức"]
