"""The members table's name order (issue 3), kept exact by the faster integer-rank sort (issue 13):
by given name (the last word) in Vietnamese collation, then by the full name, same names in
roster order."""

from PySide6.QtCore import Qt

from desktop.domain.members import ACTIVE, Member, Stint
from desktop.services.membership.members import RosterEntry
from desktop.ui.members_model import MembersTableModel

NAMES = ["Trần Anh", "Lê Thị Ánh", "Bùi Quang Anh", "Đỗ Anh", "Bùi Anh", "Ánh", "Âu Anh", "Dương Anh", "Bùi Anh"]


def _model(qapp) -> MembersTableModel:
    m = MembersTableModel()
    m.set_entries(
        [RosterEntry(Member(i + 1, "CD-TDP3", n), ACTIVE, Stint("joined", None)) for i, n in enumerate(NAMES)]
    )
    return m


def _rows(m) -> list[tuple[str, int]]:
    return [(m.data(m.index(r, 0)), m.entry(r).member.id) for r in range(m.rowCount())]


def test_names_sort_by_given_name_then_full_name_in_vietnamese_order(qapp):
    m = _model(qapp)
    assert _rows(m) == [
        ("Âu Anh", 7),
        ("Bùi Anh", 5),
        ("Bùi Anh", 9),
        ("Bùi Quang Anh", 3),
        ("Dương Anh", 8),
        ("Đỗ Anh", 4),
        ("Trần Anh", 1),
        ("Ánh", 6),
        ("Lê Thị Ánh", 2),
    ]
    m.sort(0, Qt.DescendingOrder)
    assert [n for n, _ in _rows(m)][:3] == ["Lê Thị Ánh", "Ánh", "Trần Anh"]


def test_an_added_name_takes_its_place_after_a_reload(qapp):
    m = _model(qapp)
    entries = [m.entry(r) for r in range(m.rowCount())]
    entries.append(RosterEntry(Member(10, "CD-TDP3", "Cao Anh"), ACTIVE, Stint("joined", None)))
    m.set_entries(entries)
    names = [n for n, _ in _rows(m)]
    assert names.index("Cao Anh") == names.index("Bùi Quang Anh") + 1


def test_with_the_real_task_runner_the_roster_arrives_and_an_import_message_stays(qtbot, qapp, ctx, branch_unit):
    """The members screen reads the roster off the GUI thread (issue 13); a result shown under the
    table while it reads (an import's "Added …") is not replaced by the row count."""
    from datetime import date

    from desktop.app import build_env
    from desktop.services.membership import members as svc
    from desktop.services.changes import Changes
    from desktop.services.units import save_self_unit
    from desktop.ui.pages.members import MembersPage

    save_self_unit(ctx, branch_unit)
    for i, n in enumerate(("Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Thị Ánh")):
        svc.add_member(
            ctx,
            branch_unit.code,
            Member(None, branch_unit.code, n, date_of_birth=date(1998, 1, 2 + i)),
            entry_date=date(2024, 3, 26),
        )
    env = build_env(ctx, qapp)  # the app's TaskRunner, not the synchronous one of the other tests
    page = MembersPage(env)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert page.count.text() == "Đang hiện 3 / 3 đoàn viên"
    env.bus.emit(Changes.of("members"))  # e.g. an import was written …
    page.count.setText("Đã thêm 3, cập nhật 0")  # … and its dialog shows the result
    assert env.runner.wait(10_000)
    qtbot.waitUntil(lambda: env.runner._active == 0, timeout=10_000)
    assert page.model.rowCount() == 3
    assert page.count.text() == "Đã thêm 3, cập nhật 0"
