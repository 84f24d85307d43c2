"""A criteria catalog travels down to the branches; a Đoàn cơ sở's summary goes up to its own
parent, whose dashboard then shows it (issue 7 items 2 and 6)."""

from __future__ import annotations

import json
from datetime import date

from desktop.domain.units import Unit, UnitKind
from desktop.paths import catalogs_dir
from desktop.services import dashboard, submissions, sync
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
