"""The hub (issue 9) in-process: a chi đoàn and its Đoàn cơ sở exchange the signed packages of
issue 7 through the hub; forged, replayed and foreign requests are refused."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from db.hub.store import HubStore
from desktop.services.exchange import online_sync, sync
from desktop.sync.hub import protocol as proto
from desktop.sync.hub.app import build_app
from desktop.sync.keys import KeyStore
from desktop.sync.online import HubTransport
from tests.conftest import run_cli
from tests.sync.conftest_hub import enrol_at_hub
from tests.sync.conftest_sync import (
    OTHER,
    open_unit,
    pair,  # noqa: F401 - fixture
    put_quarterly,
    quarterly_data,
)


@pytest.fixture
def hub(pair, tmp_path):  # noqa: F811
    store = HubStore(f"sqlite:///{tmp_path / 'hub.db'}")
    enrol_at_hub(store, pair.dcs, pair.branch, tmp=tmp_path)
    client = TestClient(build_app(store), base_url="http://hub.test")
    pair.store, pair.client = store, client
    yield pair
    client.close()
    store.close()


def transport(ctx, client) -> HubTransport:
    return online_sync.make_transport(ctx, "http://hub.test", client=client)


def test_a_quarterly_report_goes_up_and_its_receipt_comes_back(hub):
    item = put_quarterly(hub.branch)
    res = online_sync.sync_now(hub.branch, "http://hub.test", client=hub.client)
    assert res.ok and res.sent == [item.package_id] and res.pending == 0
    assert sync.outbox(hub.branch)[0].status == "sent"  # "Đã gửi"
    assert hub.store.stats()["by_status"] == {"waiting": 1, "delivered": 0}

    res = online_sync.sync_now(hub.dcs, "http://hub.test", client=hub.client)
    assert [(o.package_id, o.status) for o in res.received] == [(item.package_id, "accepted")]
    assert hub.store.stats()["by_status"]["delivered"] == 1
    assert len(res.sent) == 1  # the receipt ("biên nhận") went up in the same round

    online_sync.sync_now(hub.branch, "http://hub.test", client=hub.client)
    assert sync.outbox(hub.branch)[0].status == "received"  # "Đã nhận"
    st = online_sync.status(hub.branch)
    assert st.pending == 0 and st.last_success_at is not None and st.failures == 0


def test_second_upload_answers_already_have_and_nothing_is_duplicated(hub):
    item = put_quarterly(hub.branch)
    t = transport(hub.branch, hub.client)
    content = (hub.branch.data.outbox / item.file_name).read_bytes()
    r1 = t.request("PUT", f"/packages/{item.package_id}", body=content)
    r2 = t.request("PUT", f"/packages/{item.package_id}", body=content)
    assert (r1.status_code, r1.json()["status"]) == (201, "stored")
    assert (r2.status_code, r2.json()["status"]) == (200, "already_have")
    assert hub.store.stats()["packages_total"] == 1
    # the outbox still says pending (the upload above bypassed it): pushing is harmless
    res = online_sync.push(hub.branch, t)
    assert res.sent == [item.package_id] and hub.store.stats()["packages_total"] == 1
    got = online_sync.pull(hub.dcs, transport(hub.dcs, hub.client))
    assert [o.status for o in got.received] == ["accepted"]
    assert online_sync.pull(hub.dcs, transport(hub.dcs, hub.client)).received == []


def test_switching_between_file_and_hub_never_sends_a_package_twice(hub, tmp_path):
    first = put_quarterly(hub.branch, quarter=2)
    sync.export_outbox(hub.branch, tmp_path / "usb")  # carried by USB: "Đã xuất file"
    second = put_quarterly(hub.branch, quarter=3)
    res = online_sync.push(hub.branch, transport(hub.branch, hub.client))
    assert res.sent == [second.package_id]  # the exported one is not pending any more
    # The Đoàn cơ sở gets the USB copy and the hub copy: each package exactly once
    by_file = sync.import_paths(hub.dcs, [tmp_path / "usb"])
    by_hub = online_sync.pull(hub.dcs, transport(hub.dcs, hub.client)).received
    assert [(o.package_id, o.status) for o in by_file] == [(first.package_id, "accepted")]
    assert [(o.package_id, o.status) for o in by_hub] == [(second.package_id, "accepted")]
    rows = [r for r in sync.received(hub.dcs) if r.kind == "quarterly"]
    assert sorted(r.package_id for r in rows) == sorted([first.package_id, second.package_id])


def _signed(t: HubTransport, method: str, target: str, body: bytes = b"", **kw) -> dict:
    return proto.sign_headers(t.identity, t.unit_code, method, proto.API + target, body, **kw)


def test_forged_replayed_stale_and_foreign_requests_are_refused(hub, tmp_path):
    item = put_quarterly(hub.branch)
    t = transport(hub.branch, hub.client)
    online_sync.push(hub.branch, t)
    c = hub.client

    # a stranger's key claiming to be the branch
    stranger = KeyStore(tmp_path / "stranger-keys").identity()
    h = proto.sign_headers(stranger, "CD-TDP3", "GET", "/v1/inbox")
    r = c.get("/v1/inbox", headers=h)
    assert r.status_code == 401 and r.json()["error"] == "bad_signature"
    assert "không hợp lệ" in r.json()["message"] and r.json()["message_en"]

    # the right key, but the signed body differs from the one sent
    h = _signed(t, "PUT", f"/packages/{item.package_id}", b"other bytes")
    r = c.put(f"/v1/packages/{item.package_id}", content=b"tampered", headers=h)
    assert r.status_code == 401 and r.json()["error"] == "bad_signature"

    # replay: the exact same signed request twice
    h = _signed(t, "GET", "/inbox")
    assert c.get("/v1/inbox", headers=h).status_code == 200
    r = c.get("/v1/inbox", headers=h)
    assert r.status_code == 401 and r.json()["error"] == "replayed"

    # an old signature (outside the 5-minute window)
    h = _signed(t, "GET", "/inbox", now=time.time() - 3600)
    r = c.get("/v1/inbox", headers=h)
    assert r.status_code == 401 and r.json()["error"] == "stale_request"

    # unsigned
    r = c.get("/v1/inbox")
    assert r.status_code == 401 and r.json()["error"] == "unsigned"

    # the branch trying to fetch the package it addressed to the Đoàn cơ sở
    r = c.get(f"/v1/inbox/{item.package_id}", headers=_signed(t, "GET", f"/inbox/{item.package_id}"))
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    r = c.post(f"/v1/inbox/{item.package_id}/ack", headers=_signed(t, "POST", f"/inbox/{item.package_id}/ack"))
    assert r.status_code == 404
    assert hub.store.stats()["by_status"]["waiting"] == 1
    assert [p["package_id"] for p in t.waiting()] == []


def test_a_package_signed_by_someone_else_or_to_an_unrelated_unit_is_refused(hub, tmp_path):
    # another branch, enrolled at the hub, uploads the first branch's package as its own
    other = open_unit(tmp_path / "chi-doan-7", OTHER)
    enrol_at_hub(hub.store, other, tmp=tmp_path)
    item = put_quarterly(hub.branch)
    content = (hub.branch.data.outbox / item.file_name).read_bytes()
    t_other = transport(other, hub.client)
    r = t_other.request("PUT", f"/packages/{item.package_id}", body=content)
    assert r.status_code == 403 and r.json()["error"] == "not_sender"
    # a package id in the path that is not the manifest's
    r = t_other.request("PUT", "/packages/00000000-0000-0000-0000-000000000000", body=content)
    assert r.status_code == 422 and r.json()["error"] == "id_mismatch"
    # a branch sending to its sibling branch
    bad = sync.put_in_outbox(
        hub.branch,
        kind="quarterly",
        recipient={"code": OTHER.code, "name": ""},
        data=quarterly_data(),
        title="Quý 3",
        campaign="chi-doan-xhcn",
        period="2026",
        quarter=3,
    )
    res = online_sync.push(hub.branch, transport(hub.branch, hub.client))
    assert (bad.package_id,) in [(p,) for p, _ in res.failed]
    assert any("cấp trên – cấp dưới trực tiếp" in why for _p, why in res.failed)
    assert sync.outbox(hub.branch, ("pending",))  # refused items stay pending, nothing lost
    # garbage
    r = t_other.request("PUT", f"/packages/{item.package_id}", body=b"PK\x03\x04 not a zip")
    assert r.status_code == 422 and r.json()["error"] == "bad_package"
    other.close()


def test_size_limit_and_openapi(hub, tmp_path):
    store = hub.store
    small = TestClient(build_app(store, max_package_bytes=1000), base_url="http://hub.test")
    item = put_quarterly(hub.branch)
    t = transport(hub.branch, small)
    r = t.request("PUT", f"/packages/{item.package_id}", body=(hub.branch.data.outbox / item.file_name).read_bytes())
    assert r.status_code == 413 and r.json()["error"] == "too_large"
    spec = hub.client.get("/openapi.json").json()
    assert "/v1/packages/{package_id}" in spec["paths"] and "/v1/inbox" in spec["paths"]
    small.close()


def test_sync_push_and_pull_from_the_cli(hub, monkeypatch):
    """`sothidua sync push|pull` against a hub that is not there: exit 3, nothing lost."""
    item = put_quarterly(hub.branch)
    monkeypatch.setenv("SOTHIDUA_HUB_URL", "http://127.0.0.1:9")  # discard port: refused
    code, out, err = run_cli("sync", "push", data_dir=hub.branch.data.root)
    assert code == 3 and "Máy chủ 127.0.0.1:9 từ chối kết nối: dịch vụ đồng bộ chưa chạy hoặc sai cổng" in err
    assert "Còn 1 gói chờ gửi" in out
    assert [i.status for i in sync.outbox(hub.branch)] == ["pending"]
    st = online_sync.load_state(hub.branch)
    assert st.failures == 1 and st.next_attempt_at and not online_sync.due(hub.branch)
    code, out, err = run_cli("sync", "pull", "--hub", "http://127.0.0.1:9", "--json", data_dir=hub.dcs.data.root)
    assert code == 3 and json.loads(out)["ok"] is False
    assert item.package_id


def test_hub_cli_enrol_units_stats(pair, tmp_path):  # noqa: F811
    db = f"sqlite:///{tmp_path / 'ops.db'}"
    files = []
    for c in (pair.dcs, pair.branch):
        f = tmp_path / f"e-{c.data.root.name}.stpkg"
        sync.enrol_export(c, f)
        files.append(str(f))
    code, out, err = run_cli("hub", "enrol", *files, "--db", db, "--json")
    assert code == 0, err
    assert [e["status"] for e in json.loads(out)] == ["enrolled", "enrolled"]
    code, out, _ = run_cli("hub", "units", "--db", db, "--json")
    units = {u["code"]: u for u in json.loads(out)}
    assert units["CD-TDP3"]["parent"] == "DCS-LECHAN" and units["CD-TDP3"]["keys"][0]["status"] == "active"
    code, out, _ = run_cli("hub", "stats", "--db", db, "--json")
    assert json.loads(out)["packages_total"] == 0
    # a tampered enrolment file is refused
    bad = tmp_path / "bad.stpkg"
    raw = bytearray(Path(files[1]).read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    bad.write_bytes(bytes(raw))
    code, out, _ = run_cli("hub", "enrol", str(bad), "--db", db, "--json")
    assert code == 1 and json.loads(out)[0]["status"] == "rejected"


def test_a_rotated_key_is_accepted_through_its_chain_and_a_lost_one_needs_the_operator(hub, tmp_path):
    from desktop.domain.errors import DomainError
    from desktop.sync.hub.admin import enrol_file

    old_t = transport(hub.branch, hub.client)
    sync.rotate_key(hub.branch)  # the old key vouches for the new one
    f = tmp_path / "rotated.stpkg"
    sync.enrol_export(hub.branch, f)
    assert enrol_file(hub.store, f.read_bytes()).status == "rotated"
    keys = {st for _fp, st, _p in hub.store.unit("CD-TDP3").keys}
    assert keys == {"active", "retired"}
    # requests must be signed with the active key
    r = hub.client.get("/v1/inbox", headers=_signed(old_t, "GET", "/inbox"))
    assert r.status_code == 401 and r.json()["error"] == "bad_signature"
    put_quarterly(hub.branch)
    assert online_sync.sync_now(hub.branch, "http://hub.test", client=hub.client).ok

    # a brand-new key without a chain (lost key): refused unless the operator says so
    shutil.rmtree(hub.branch.data.keys)
    KeyStore(hub.branch.data.keys).identity()
    sync.enrol_export(hub.branch, f)
    with pytest.raises(DomainError, match="replace-lost-key"):
        enrol_file(hub.store, f.read_bytes())
    assert enrol_file(hub.store, f.read_bytes(), replace_lost_key=True).status == "replaced"
    assert sorted(st for _fp, st, _p in hub.store.unit("CD-TDP3").keys) == ["active", "revoked", "revoked"]


def test_online_status_from_the_cli(hub, monkeypatch):
    put_quarterly(hub.branch)
    code, out, _ = run_cli("sync", "online-status", "--json", data_dir=hub.branch.data.root)
    assert code == 0
    st = json.loads(out)
    assert st["pending"] == 1 and st["hub_url"] is None and st["last_synced_at"] is None
    monkeypatch.setenv("SOTHIDUA_HUB_URL", "http://hub.example.vn")
    code, out, _ = run_cli("sync", "online-status", data_dir=hub.branch.data.root)
    assert "http://hub.example.vn" in out and "còn 1 gói chờ gửi" in out


def test_a_server_error_is_a_clear_json_body_and_the_outbox_keeps_its_items(hub, monkeypatch):
    item = put_quarterly(hub.branch)
    app = build_app(hub.store)

    def broken(**kw):
        raise RuntimeError("database is down")

    monkeypatch.setattr(hub.store, "put_package", broken)
    with TestClient(app, base_url="http://hub.test", raise_server_exceptions=False) as c:
        t = transport(hub.branch, c)
        r = t.request(
            "PUT", f"/packages/{item.package_id}", body=(hub.branch.data.outbox / item.file_name).read_bytes()
        )
        assert r.status_code == 500 and r.json()["error"] == "server_error"
        assert r.json()["message"] == "Máy chủ gặp lỗi, hãy thử lại sau."
        res = online_sync.push(hub.branch, transport(hub.branch, c))
    assert not res.ok and [i.status for i in sync.outbox(hub.branch)] == ["pending"]


def test_hub_address_comes_from_the_setting_then_the_environment_then_the_option(hub, monkeypatch):
    monkeypatch.delenv("SOTHIDUA_HUB_URL", raising=False)
    assert online_sync.hub_url(hub.branch) is None
    code, _out, err = run_cli(
        "unit", "settings", "--set", "hub_url", "http://hub.doanlechan.vn", data_dir=hub.branch.data.root
    )
    assert code == 0, err
    assert online_sync.hub_url(hub.branch) == "http://hub.doanlechan.vn"
    monkeypatch.setenv("SOTHIDUA_HUB_URL", "http://hub.thanhdoan.vn")
    assert online_sync.hub_url(hub.branch) == "http://hub.thanhdoan.vn"
    assert online_sync.hub_url(hub.branch, "http://127.0.0.1:8765") == "http://127.0.0.1:8765"
