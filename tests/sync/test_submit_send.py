"""'Nộp' sends in one step (issue 17 item 2): the submission is built, put in the outbox and, in
the same command, written as a file with a name a person recognises, or sent to the hub; the
period comes from the thing submitted; the status says where the package is."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.registration import RegistrationItem
from desktop.services.year import cycle
from desktop.services.exchange import interchange, sending, sync
from desktop.services.membership.members import roster
from tests.conftest import run_cli
from tests.sync.conftest_sync import BRANCH, DCS, branch_record, enrol, open_unit
from tests.registration_items import complete

P = "2027"


@pytest.fixture
def two(tmp_path):
    dcs = open_unit(tmp_path / "doan-co-so", DCS, today=date(2026, 11, 5))
    branch = open_unit(tmp_path / "chi-doan", BRANCH, today=date(2026, 11, 5))
    enrol(dcs, branch, tmp_path)
    enrol(branch, dcs, tmp_path)
    interchange.import_document(branch, branch_record(BRANCH, 12, year=2027, until=date(2027, 12, 31)))
    yield dcs, branch, tmp_path
    dcs.close()
    branch.close()


def _registered(branch, period=P):
    ids = [e.member.id if hasattr(e, "member") else e.id for e in roster(branch, BRANCH.code, date(2027, 1, 1))]
    cycle.save_registration(
        branch,
        BRANCH.code,
        period,
        complete(
            branch, [RegistrationItem("CD-1.1", "Thông tin hằng tháng qua nhóm Zalo", date(2027, 12, 1), "Bí thư")]
        ),
        ids[:5],
    )
    cycle.submit_registration(branch, BRANCH.code, period)


def test_submit_with_out_writes_a_recognisable_file_that_the_parent_accepts(two):
    dcs, branch, tmp = two
    _registered(branch)
    out = tmp / "zalo"
    code, stdout, err = run_cli(
        "submit", "registration", "--period", P, "--out", str(out), "--json", data_dir=branch.data.root
    )
    assert code == 0, err
    res = json.loads(stdout)
    assert res["period"] == "2027"  # the period of the registration, never today's year
    saved = out / "DangKy-2027-ChiDoanToDanPhoSo3.stpkg"
    assert res["saved_to"] == str(saved) and saved.is_file()
    [item] = [i for i in sync.outbox(branch) if i.kind == "registration"]
    assert item.status == "exported" and item.exported_to == str(saved)
    assert "đã lưu thành tệp" in res["where_vi"] and str(saved) in res["where_vi"]
    [o] = sync.import_paths(dcs, [saved])
    assert o.status == "accepted"
    # the receipt comes back: the branch's status says the parent received it
    sync.import_paths(branch, [sync.export_outbox(dcs, tmp / "back")[0].where])
    latest = sending.latest_submission(branch, "registration", P)
    assert latest.status == "received" and "cấp trên đã nhận" in sending.where_vi(latest)


def test_a_second_version_is_named_as_such(two):
    _dcs, branch, tmp = two
    _registered(branch)
    sending.submit_and_send(branch, "registration", P, use_hub=False)
    res = sending.submit_and_send(branch, "registration", P, out=tmp / "usb", use_hub=False)
    assert res.saved_to.name == "DangKy-2027-ChiDoanToDanPhoSo3-lan2.stpkg"
    assert res.item.version == 2


def test_quarterly_file_name_names_the_quarter():
    assert (
        sending.human_file_name(
            "quarterly", period="2027", quarter=3, unit_name="Chi đoàn Thôn Đông Hải", unit_code="CD-DH"
        )
        == "BaoCaoQuy3-2027-ChiDoanThonDongHai.stpkg"
    )
    assert (
        sending.human_file_name(
            "year-end", period="2026-2027", quarter=None, unit_name="Chi đoàn 12A1", unit_code="CD-12A1"
        )
        == "KetQuaNam-2026-2027-ChiDoan12A1.stpkg"
    )


def test_hub_unreachable_keeps_the_package_waiting_and_says_so(two):
    _dcs, branch, _tmp = two
    _registered(branch)
    from desktop.services.units import set_unit_setting

    set_unit_setting(branch, BRANCH.code, "hub_url", "http://127.0.0.1:9")
    res = sending.submit_and_send(branch, "registration", P)
    assert res.hub_configured and not res.sent and res.hub_error
    assert res.item.status == "pending"
    assert "chờ gửi" in res.where_vi()


def test_without_parent_code_the_refusal_says_where_to_set_it(two):
    _dcs, branch, _tmp = two
    _registered(branch)
    from desktop.services.units import save_self_unit

    save_self_unit(branch, replace(BRANCH, parent_code=None))
    code, _out, err = run_cli("submit", "registration", "--period", P, data_dir=branch.data.root)
    assert code != 0 and "Cài đặt → Hồ sơ đơn vị" in err and "mã đơn vị cấp trên" in err
    sending.set_parent_code(branch, DCS.code)
    assert sending.submit_and_send(branch, "registration", P, use_hub=False).item.recipient_code == DCS.code


def test_with_a_hub_configured_nop_sends_now_and_the_parent_receives_it(two):
    from fastapi.testclient import TestClient

    from db.hub.store import HubStore
    from desktop.services.exchange import online_sync
    from desktop.services.units import set_unit_setting
    from desktop.sync.hub.app import build_app
    from tests.sync.conftest_hub import enrol_at_hub

    dcs, branch, tmp = two
    store = HubStore(f"sqlite:///{tmp / 'hub.db'}")
    enrol_at_hub(store, dcs, branch, tmp=tmp)
    client = TestClient(build_app(store), base_url="http://hub.test")
    try:
        _registered(branch)
        set_unit_setting(branch, BRANCH.code, "hub_url", "http://hub.test")
        res = sending.submit_and_send(branch, "registration", P, client=client)
        assert res.hub_configured and res.sent and res.hub_error is None
        assert res.item.status == "sent" and "đã gửi lên máy chủ" in res.where_vi()
        got = online_sync.sync_now(dcs, "http://hub.test", client=client)
        assert [(o.kind, o.status) for o in got.received] == [("registration", "accepted")]
        online_sync.sync_now(branch, "http://hub.test", client=client)  # the receipt comes back
        assert "cấp trên đã nhận" in sending.where_vi(sending.latest_submission(branch, "registration", P))
    finally:
        client.close()
        store.close()


def test_files_a_person_sees_have_vietnamese_names_and_old_names_are_still_read(two):
    """Issue 23: the receipt came out as 'SoThiDua_DCS-…_receipt_….stpkg' (a code and an English
    word); every kind's file is named in Vietnamese words without diacritics, like the invitations."""
    import re

    from desktop.sync.kinds import KINDS

    dcs, branch, tmp = two
    _registered(branch)
    res = sending.submit_and_send(branch, "registration", P, out=tmp / "usb", use_hub=False)
    old = tmp / "cu" / "SoThiDua_CD-TDP3_registration_2027_v1_3f2a9c01.stpkg"  # a name of an older version
    old.parent.mkdir()
    old.write_bytes(res.saved_to.read_bytes())
    [o] = sync.import_paths(dcs, [old])
    assert o.status == "accepted"
    [receipt] = sync.export_outbox(dcs, tmp / "back")
    name = receipt.where.rsplit("/", 1)[-1]
    assert re.fullmatch(r"BienNhan-ChiDoanToDanPhoSo3-[0-9a-f]{8}\.stpkg", name), name
    english = re.compile(r"receipt|registration|summary|quarterly|year|approval|decision|return|reminder|SoThiDua")
    [item] = [i for i in sync.outbox(dcs) if i.kind == "receipt"]
    assert not english.search(item.file_name), item.file_name  # the outbox folder's name too
    for kind in KINDS:
        for q in (None, 3):
            n = sending.human_file_name(
                kind, period=P, quarter=q, unit_name="Đoàn xã An Lão", unit_code="DCS-AL", package_id="3f2a9c01-aa"
            )
            assert not english.search(n) and re.fullmatch(r"[A-Za-z0-9-]+\.stpkg", n), n
    folder = tmp / "khoa"
    folder.mkdir()
    assert sync.enrol_export(branch, folder).path.name == "DangKyKhoa-ChiDoanToDanPhoSo3.stpkg"
