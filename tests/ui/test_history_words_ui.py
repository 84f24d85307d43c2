"""The history page of a Đoàn cơ sở that invited a Chi đoàn and received its first package: the
invitation, the Chi đoàn and its upper level are named in words on the table and in the detail,
in Vietnamese and in English (no invitation id, no unit code, no row number)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.sync.conftest_sync import BRANCH, DCS

_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


@pytest.fixture
def dcs_window(qtbot, env, tmp_path):
    from desktop.services.context import open_context
    from desktop.services.exchange import invitations, sending, sync
    from desktop.services.units import save_self_unit, set_signer
    from desktop.ui.main_window import MainWindow

    ctx = env.ctx
    save_self_unit(ctx, DCS)
    set_signer(ctx, DCS.code, title="BÍ THƯ", full_name="Nguyễn Văn An")
    issued = invitations.invite(ctx, BRANCH.code, name=BRANCH.name, branch_type="dan-cu")
    [letter], _pdf = invitations.write_invitations(ctx, [issued], tmp_path / "moi")
    branch = open_context(tmp_path / "chi-doan", actor="test")
    branch.today = lambda: date(2026, 11, 21)
    try:
        invitations.join(branch, letter)
        from tests.sync.conftest_sync import put_quarterly

        item = put_quarterly(branch, quarter=3)
        path = sending.save_file(branch, item.package_id, tmp_path / "usb")
    finally:
        branch.close()
    assert [o.status for o in sync.import_paths(ctx, [path])] == ["accepted"]
    w = MainWindow(env)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def _shown(page) -> list[str]:
    rows = []
    for r in range(page.model.rowCount()):
        page.view.selectRow(r)
        cells = " | ".join(str(page.model.index(r, c).data()) for c in range(1, 5))
        rows.append(cells + " || " + page.detail.toPlainText())
    return rows


def test_the_history_page_names_the_invitation_and_the_units(qtbot, dcs_window):
    w = dcs_window
    w.env.navigate("history", kind="all")
    page = w.pages["history"]
    shown = _shown(page)
    assert shown and not [
        s for s in shown if _ID.search(s) or re.search(r"CD-TDP3|Số bản ghi", s.split("Mã đơn vị")[0])
    ]
    assert any("Thư mời kết nối gửi Chi đoàn Tổ dân phố số 3, ngày " in s for s in shown), shown
    assert any(
        "Kết nối đồng bộ Chi đoàn Tổ dân phố số 3" in s and "Thư mời: — → Thư mời kết nối gửi Chi đoàn" in s
        for s in shown
    ), shown
    assert any("Gói đã nhận Báo cáo tiến độ quý — Quý III kỳ 2026 — từ Chi đoàn Tổ dân phố số 3" in s for s in shown)
    # the detail says the unit an entry concerns by its name, once
    details = [s.split(" || ")[1].splitlines()[1] for s in shown]
    assert any(d.startswith("Tạo mới: Gói chờ gửi Biên nhận") and d.endswith("(Đoàn phường Lê Chân)") for d in details)
    assert not [d for d in details if "Chi đoàn Tổ dân phố số 3 (Chi đoàn Tổ dân phố số 3)" in d], details
    assert any(d.startswith("Đơn vị cấp dưới kết nối: Kết nối đồng bộ Chi đoàn Tổ dân phố số 3") for d in details)

    w.env.translator.set_language("en")
    page.show_history()
    english = _shown(page)
    assert any("Invitation to Chi đoàn Tổ dân phố số 3, " in s for s in english), english
    assert not [s for s in english if _ID.search(s)]
