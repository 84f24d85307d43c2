"""“Kiểm tra bản giấy” on the “Gửi – nhận” page (issue 19 item 5): the Đoàn cơ sở types the check
code printed on a branch's registration, once while the paper is current, once after the branch
sent a changed version."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from desktop.domain import paper
from desktop.domain.registration import RegistrationItem
from desktop.services.year import cycle
from desktop.services.exchange import submissions, sync
from desktop.services.units import save_self_unit, set_signer
from tests.registration_items import complete
from tests.sync.conftest_sync import BRANCH, DCS, enrol, open_unit

ARTIFACTS = Path(os.environ.get("SOTHIDUA_ARTIFACTS", "/tmp/sothidua-artifacts"))


def _submit(branch, tmp_path, name, content_22):
    reg = cycle.current_registration(branch, BRANCH.code, "2026")
    items = complete(branch, [RegistrationItem("CD-2.2", content_22, date(2026, 9, 30), "Phó Bí thư")])
    if reg is not None and reg.status == "submitted":
        cycle.amend_registration(branch, BRANCH.code, "2026", note="Điều chỉnh công trình")
    cycle.save_registration(branch, BRANCH.code, "2026", items, [])
    cycle.submit_registration(branch, BRANCH.code, "2026")
    item = submissions.submit(branch, "registration", "2026")
    sync.export_outbox(branch, tmp_path / name, [item.package_id])
    return item


def _code_of(dcs, package_id):
    [row] = [r for r in sync.received(dcs) if r.package_id == package_id]
    from desktop.sync.package import canonical_json, sha256_hex

    return paper.short_code(package_id, sha256_hex(canonical_json(sync.received_data(dcs, row))))


def test_check_a_paper_copy_on_the_received_tab(qtbot, env, tmp_path):
    from desktop.ui.pages.outbox import OutboxPage

    env.ctx.today = lambda: date(2025, 11, 5)
    save_self_unit(env.ctx, DCS)
    set_signer(env.ctx, DCS.code, title="BÍ THƯ", full_name="Đặng Quốc Việt")
    branch = open_unit(tmp_path / "chi-doan", BRANCH, today=date(2025, 11, 5))
    enrol(env.ctx, branch, tmp_path)
    enrol(branch, env.ctx, tmp_path)
    first = _submit(branch, tmp_path, "usb1", "Tuyến đường thanh niên tự quản")
    sync.import_paths(env.ctx, [tmp_path / "usb1"])
    code = _code_of(env.ctx, first.package_id)

    # The branch prints the paper to sign from its outbox: the PDF saved from the package preview
    # carries this package's QR code.
    from desktop.services.exchange import paper as paper_svc
    from desktop.ui.sync_widgets import PackagePreviewDialog

    prev = PackagePreviewDialog(sync.preview_outbox_item(branch, first.package_id), "vi")
    qtbot.addWidget(prev)
    assert prev.save_doc_btn.isEnabled() and prev.save_doc_btn.text() == "Lưu văn bản ra PDF…"
    saved = prev.save_document(str(tmp_path / "ban-dang-ky"))
    assert saved.name == "ban-dang-ky.pdf"
    [qr] = [t for t in paper_svc.decode_image(saved) if t.startswith(paper.PREFIX)]
    assert paper.parse(qr).code == code and paper.parse(qr).package_id == first.package_id

    page = OutboxPage(env)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    dlg = page._check_paper()
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Kiểm tra bản giấy" and "mã kiểm tra" in dlg.intro.text()
    dlg.code.setText(code)
    dlg.check_btn.click()
    qtbot.waitUntil(lambda: dlg.result_data is not None)
    assert dlg.result_data.matches
    assert "KHỚP" in dlg.result.toPlainText() and "01-ĐK/ĐTN" in dlg.result.toPlainText()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dlg.grab().save(str(ARTIFACTS / "paper-check-match.png"))

    # The branch changes CD-2.2 and sends version 2: the first paper no longer holds, and says why.
    branch.today = lambda: date(2025, 11, 8)
    _submit(branch, tmp_path, "usb2", "Tuyến đường bích họa an toàn giao thông")
    sync.import_paths(env.ctx, [tmp_path / "usb2"])
    dlg.result_data = None
    dlg.check_btn.click()
    qtbot.waitUntil(lambda: dlg.result_data is not None)
    text = dlg.result.toPlainText()
    assert not dlg.result_data.matches and "KHÔNG CÒN HIỆU LỰC" in text and "phiên bản 2" in text
    assert "Tuyến đường bích họa an toàn giao thông" in text and "Khác nhau" in text
    dlg.grab().save(str(ARTIFACTS / "paper-check-changed.png"))
    # Something that is not a code is explained, in Vietnamese.
    dlg.result_data = "x"
    dlg.code.setText("abc")
    dlg.check_btn.click()
    qtbot.waitUntil(lambda: "10 ký tự" in dlg.result.toPlainText())
    branch.close()
