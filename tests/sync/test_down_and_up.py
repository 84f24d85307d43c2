"""A criteria catalog travels down to the branches; a Đoàn cơ sở's summary goes up to its own
parent, whose dashboard then shows it (issue 7 items 2 and 6)."""

from __future__ import annotations

import json
from datetime import date

from desktop.domain.units import Unit, UnitKind
from desktop.paths import catalogs_dir
from desktop.services.reporting import branch_dashboard as dashboard
from desktop.services.exchange import submissions, sync
from tests.sync.conftest_sync import BRANCH, enrol, open_unit, outbox_bytes, put_quarterly

UPPER = Unit(code="DTD-HAIPHONG", name="Thành đoàn Hải Phòng", kind=UnitKind.DOAN_CAP_TREN)
DCS2 = Unit(code="DCS-LECHAN", name="Đoàn phường Lê Chân", kind=UnitKind.DOAN_CO_SO, parent_code=UPPER.code)


def test_catalog_update_reaches_the_branch(tmp_path):
    dcs = open_unit(tmp_path / "dcs", DCS2)
    branch = open_unit(tmp_path / "b", BRANCH)
    enrol(dcs, branch, tmp_path)
    enrol(branch, dcs, tmp_path)
    raw = json.loads((catalogs_dir() / "chi-doan-xhcn.v1.json").read_text(encoding="utf-8"))
    raw["version"] = 2
    raw["title_vi"] = raw["title_vi"] + " (sửa đổi 2027)"
    f = tmp_path / "chi-doan-xhcn.v2.json"
    f.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    [item] = submissions.send_down_or_up(dcs, "catalog", period=None, catalog_file=f)
    assert item.kind == "catalog" and item.recipient_code == BRANCH.code and item.version == 2
    sync.export_outbox(dcs, tmp_path / "usb")
    [o] = sync.import_paths(branch, [tmp_path / "usb"])
    assert o.status == "accepted"
    cats = submissions.received_catalogs(branch)
    assert cats["chi-doan-xhcn"].version == 2 and cats["chi-doan-xhcn"].title_vi.endswith("(sửa đổi 2027)")
    dcs.close()
    branch.close()


def test_summary_goes_up_and_shows_on_the_upper_dashboard(tmp_path):
    upper = open_unit(tmp_path / "tp", UPPER)
    dcs = open_unit(tmp_path / "dcs", DCS2)
    branch = open_unit(tmp_path / "b", BRANCH)
    for a, b in ((upper, dcs), (dcs, upper), (dcs, branch), (branch, dcs)):
        enrol(a, b, tmp_path)
    sync.export_outbox(branch, tmp_path / "u1", [put_quarterly(branch, quarter=3, share=0.875).package_id])
    sync.import_paths(dcs, [tmp_path / "u1"])
    item = submissions.send_summary(dcs, submissions._me(dcs), "2026", "results")
    assert item.recipient_code == UPPER.code and item.kind == "summary"
    assert sync.preview_outbox_item(dcs, item.package_id).documents  # the printed summary rides along
    path = tmp_path / "u2" / item.file_name
    path.parent.mkdir()
    path.write_bytes(outbox_bytes(dcs, item))
    [o] = sync.import_paths(upper, [path])
    assert o.status == "accepted"
    board = dashboard.dashboard(upper, "2026", today=date(2026, 11, 21))
    [u] = board.unions
    assert (u.code, u.branches, u.recognisable) == (DCS2.code, 1, 1)
    for c in (upper, dcs, branch):
        c.close()


def test_evidence_travels_with_the_registration_within_the_limit(tmp_path):
    from desktop.domain.errors import DomainError
    from desktop.domain.logs import LogEntry
    from desktop.domain.registration import RegistrationItem
    from desktop.services.year import cycle
    from desktop.services.exchange import interchange
    from desktop.services.units import set_unit_setting

    dcs = open_unit(tmp_path / "dcs", DCS2, today=date(2025, 11, 5))
    branch = open_unit(tmp_path / "b", BRANCH, today=date(2025, 11, 5))
    enrol(dcs, branch, tmp_path)
    enrol(branch, dcs, tmp_path)
    photo = tmp_path / "Ảnh buổi sinh hoạt.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 400)  # ≈ 100 KB
    cycle.add_log(
        branch,
        LogEntry(
            None,
            BRANCH.code,
            "thematic_session",
            date(2025, 10, 20),
            "Học tập Nghị quyết 05",
            category="chinh-tri-tu-tuong",
        ),
        [photo],
    )
    from tests.registration_items import complete

    cycle.save_registration(
        branch,
        BRANCH.code,
        "2026",
        complete(branch, [RegistrationItem("CD-1.1", "Thông tin hằng tháng", None, "Bí thư")]),
        [],
    )
    cycle.submit_registration(branch, BRANCH.code, "2026")
    set_unit_setting(branch, BRANCH.code, "sync_evidence_limit_mb", 0.05)
    try:
        submissions.submit(branch, "registration", "2026", evidence=True)
        raise AssertionError("the limit was not applied")
    except DomainError as exc:
        assert "Minh chứng đính kèm quá lớn" in str(exc) and "dung lượng minh chứng tối đa mỗi gói" in str(exc)
    set_unit_setting(branch, BRANCH.code, "sync_evidence_limit_mb", 20)
    item = submissions.submit(branch, "registration", "2026", evidence=True)
    prev = sync.preview_outbox_item(branch, item.package_id)
    assert len(prev.evidence) == 1 and prev.evidence[0][1] == photo.stat().st_size
    sync.export_outbox(branch, tmp_path / "usb")
    [o] = sync.import_paths(dcs, [tmp_path / "usb"])
    assert o.status == "accepted" and "chưa cập nhật" not in o.reason
    doc = interchange.export_document(dcs, BRANCH.code)
    [att] = doc["attachments"]
    assert att["name"] == "Ảnh buổi sinh hoạt.jpg"
    assert list((dcs.data.attachments / att["sha256"][:2]).glob(att["sha256"] + "*"))  # the file is here too
    dcs.close()
    branch.close()
