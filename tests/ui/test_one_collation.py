"""One Vietnamese collation on every screen and on paper (issue 19 item 6): the members page, the
registration's member list, the volunteer page and the printed volunteer book list the same people
in the same order, Dương before Đặng and Đỗ; Qt's collator agrees with the app's."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.collation import person_key, vi_key
from tests.reports import pdftools

NAMES = [
    "Đỗ Văn Hoa",
    "Dương Thị Hoa",
    "Đặng Văn Hoa",
    "Nguyễn Thị Ánh",
    "Lê Văn Anh",
    "Trần Thị Ơn",
    "Phạm Văn Ôn",
    "Bùi Thị Uyên",
    "Vũ Văn Ưng",
    "Hoàng Thị Hòa",
]
EXPECTED = sorted(NAMES, key=person_key)


def test_qt_collator_gives_the_same_order_as_the_app():
    words = NAMES + [
        "Chi đoàn 10",
        "Chi đoàn 9",
        "a",
        "à",
        "ả",
        "ã",
        "á",
        "ạ",
        "ăn",
        "ân",
        "Ê-đê",
        "Ê đê",
        "Lớp 10A10",
        "Lớp 10A9",
        "Thứ",
        "Thử",
        "Thư",
    ]
    c = QCollator(QLocale(QLocale.Vietnamese, QLocale.Vietnam))
    c.setNumericMode(True)
    assert sorted(words, key=c.sortKey) == sorted(words, key=vi_key)


def test_three_screens_and_the_volunteer_book_list_people_in_one_order(window, qtbot):
    from desktop.domain.members import Member
    from desktop.domain.volunteer import Activity
    from desktop.services.changes import Changes
    from desktop.services.membership.members import add_member
    from desktop.services.reporting.reports import ReportRequest, generate
    from desktop.services.volunteering.volunteer import record_activity

    ctx = window.env.ctx
    ids = []
    for n in NAMES:
        _, m = add_member(ctx, "CD-TDP3", Member(None, "CD-TDP3", n), entry_date=date(2025, 1, 10))
        ids.append(m.id)
    record_activity(
        ctx,
        "CD-TDP3",
        Activity(
            None,
            "CD-TDP3",
            "Dọn vệ sinh bãi biển",
            "tinh-nguyen",
            (date(2026, 3, 15),),
            1.0,
            participant_ids=tuple(ids),
        ),
    )
    window.env.bus.emit(Changes.of("members", "volunteer"))
    assert EXPECTED.index("Dương Thị Hoa") < EXPECTED.index("Đặng Văn Hoa") < EXPECTED.index("Đỗ Văn Hoa")

    window.show_page("members")
    page = window.pages["members"]
    page.table.sortByColumn(0, Qt.AscendingOrder)
    QApplication.processEvents()
    m = page.model
    on_members = [m.data(m.index(r, 0)) for r in range(m.rowCount())]
    assert on_members == EXPECTED

    window.show_page("registration")
    reg = window.pages["registration"]
    qtbot.waitUntil(lambda: reg.member_list.count() == len(NAMES))
    assert [reg.member_list.item(i).text() for i in range(reg.member_list.count())] == EXPECTED

    window.show_page("volunteer")
    vol = window.pages["volunteer"]
    qtbot.waitUntil(lambda: vol.mem_model.rowCount() == len(NAMES))
    vm = vol.mem_model
    assert [vm.index(r, 0).data() for r in range(vm.rowCount())] == EXPECTED
    vol.mem_table.sortByColumn(0, Qt.AscendingOrder)
    assert [vm.index(r, 0).data() for r in range(vm.rowCount())] == EXPECTED

    out = generate(ctx, ReportRequest("volunteer-log", "2026"))
    text = " ".join(pdftools.text(out.pdf).split())
    positions = [text.find(n) for n in EXPECTED]
    assert -1 not in positions and positions == sorted(positions), positions
