"""Issue 10 item 6: the committee sees the Chi đoàn XHCN figures of its area when the commune's
Đoàn cơ sở shares its summary package with it."""

from __future__ import annotations

from desktop.domain.units import Unit, UnitKind
from tests.sync.conftest_sync import BRANCH, enrol, open_unit, outbox_bytes, put_quarterly

COMMITTEE = Unit(code="DU-LECHAN", name="Đảng ủy phường Lê Chân", kind=UnitKind.DANG_UY_XA)
DCS = Unit(code="DCS-LECHAN", name="Đoàn phường Lê Chân", kind=UnitKind.DOAN_CO_SO, parent_code="DU-LECHAN")


def test_committee_dashboard_shows_the_youth_summary(tmp_path):
    from desktop.services.commune_party import work as commune
    from desktop.services.exchange import submissions, sync

    du = open_unit(tmp_path / "du", COMMITTEE)
    dcs = open_unit(tmp_path / "dcs", DCS)
    branch = open_unit(tmp_path / "b", BRANCH)
    for a, b in ((du, dcs), (dcs, du), (dcs, branch), (branch, dcs)):
        enrol(a, b, tmp_path)
    assert commune.youth_figures(du, "2026") == []
    sync.export_outbox(branch, tmp_path / "u1", [put_quarterly(branch, quarter=3, share=0.875).package_id])
    sync.import_paths(dcs, [tmp_path / "u1"])
    item = submissions.send_summary(dcs, submissions._me(dcs), "2026", "results")
    assert item.recipient_code == COMMITTEE.code
    path = tmp_path / "u2" / item.file_name
    path.parent.mkdir()
    path.write_bytes(outbox_bytes(dcs, item))
    [o] = sync.import_paths(du, [path])
    assert o.status == "accepted", o.reason
    [y] = commune.youth_figures(du, "2026")
    assert (y.sender_code, y.sender_name, y.branches, y.recognisable) == ("DCS-LECHAN", "Đoàn phường Lê Chân", 1, 1)
    for c in (du, dcs, branch):
        c.close()
