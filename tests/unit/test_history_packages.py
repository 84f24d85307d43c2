"""The history (Lịch sử thay đổi) names a package sent or received in words: what it was, for which
period, to or from whom. Before, a commune read "Gói chờ gửi 58818d30-5ce5-…" and "Nội dung gói:
commune-report/dang-uy-xa/2026/review", and "Gửi tới: BTGDV-HP"."""

from __future__ import annotations

import re
from datetime import date

from desktop.services.safety import audit, audit_reading
from tests.sync.conftest_sync import BRANCH, open_unit, put_quarterly
from tests.unit.test_party_line import COMMUNE, UPPER, _invite

_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def _said(ctx, language="vi") -> list[str]:
    out = []
    for e in audit_reading.recent(ctx):
        if e.entity in audit.PACKAGE_ENTITIES:
            changes = "; ".join(
                f"{audit.field_label(c.field, language)}: {audit.value_text(c.after, language, empty='—')}"
                for c in e.changes()
            )
            out.append(
                f"{e.action_label(language)}: {e.entity_label(language)} {e.subject_label(language)} | {changes}"
            )
    return out


def test_a_commune_and_its_upper_level_read_the_package_in_words(tmp_path):
    from desktop.services.commune_party import report_up
    from desktop.services.exchange import invitations, sending, sync

    upper = open_unit(tmp_path / "btg", UPPER, today=date(2026, 12, 20))
    du = open_unit(tmp_path / "du", COMMUNE, today=date(2026, 12, 20))
    try:
        invitations.join(du, _invite(upper, COMMUNE.code, COMMUNE.name, tmp_path / "zalo"))
        item = report_up.send_document(du, "review", period="2026")
        [o] = sync.import_paths(upper, [sending.save_file(du, item.package_id, tmp_path / "usb")])
        assert o.status == "accepted", o.reason

        sent = _said(du)
        assert sent and not any(_ID.search(s) or "commune-report/" in s or "BTGDV-HP" in s for s in sent), sent
        assert any(
            s.startswith(
                "Tạo mới: Gói chờ gửi Báo cáo của Đảng ủy xã — kỳ 2026 — gửi Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng"
            )
            and "Gửi tới: Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng" in s
            for s in sent
        ), sent
        assert any(s.startswith("Gửi gói (bằng tệp): Gói chờ gửi Báo cáo của Đảng ủy xã — kỳ 2026") for s in sent)

        got = _said(upper)
        assert any(
            s.startswith("Nhận gói (đã nhận): Gói đã nhận Báo cáo của Đảng ủy xã — kỳ 2026 — từ Đảng ủy phường Lê Chân")
            for s in got
        ), got
        assert any(s.startswith("Tạo mới: Gói chờ gửi Biên nhận — gửi Đảng ủy phường Lê Chân") for s in got), got
        assert not any(_ID.search(s) for s in got), got
        english = _said(upper, "en")
        assert any("Received package Commune Party committee report — period 2026 — from Đảng ủy" in s for s in english)
    finally:
        upper.close()
        du.close()


def test_a_quarterly_report_names_its_quarter(tmp_path):
    branch = open_unit(tmp_path / "b", BRANCH)
    try:
        put_quarterly(branch, quarter=3)
        [line] = _said(branch)
        assert "Báo cáo tiến độ quý — Quý III kỳ 2026 — gửi " in line, line
        [en] = _said(branch, "en")
        assert "Q3, period 2026 — to " in en, en
    finally:
        branch.close()
