"""The hub as a real `sothidua hub serve` process on 127.0.0.1 (issue 9 §4): connections cut in
the middle of an upload and of a download, the hub killed and restarted mid-sync, and two
branches with their Đoàn cơ sở carrying a whole year through it. Every package arrives exactly
once; nothing is lost."""

from __future__ import annotations

import json

import pytest

from db.hub.store import HubStore
from desktop.services.exchange import online_sync, sync
from tests.conftest import run_cli
from tests.sync.conftest_hub import CuttingProxy, HubProcess, enrol_at_hub
from tests.sync.conftest_sync import (
    OTHER,
    open_unit,
    pair,  # noqa: F401 - fixture
    put_quarterly,
)


@pytest.fixture
def live(pair, tmp_path):  # noqa: F811
    db = f"sqlite:///{tmp_path / 'hub.db'}"
    store = HubStore(db)
    enrol_at_hub(store, pair.dcs, pair.branch, tmp=tmp_path)
    hub = HubProcess(db, log=tmp_path / "hub.log").start()
    proxy = CuttingProxy(hub.port)
    pair.store, pair.hub, pair.proxy = store, hub, proxy
    yield pair
    proxy.close()
    hub.stop()
    store.close()


def _waiting_ids(store, code):
    return sorted(p.package_id for p in store.inbox(code, limit=1000))


def test_upload_cut_midway_then_resent_arrives_once(live):
    items = [put_quarterly(live.branch, quarter=q) for q in (1, 2, 3)]
    live.proxy.cut_up = 900  # the request line, headers and part of the first package body
    res = online_sync.sync_now(live.branch, live.proxy.url)
    assert not res.ok and res.problem == "cut" and "bị ngắt giữa chừng. Sẽ tự thử lại; không mất gì" in res.error
    assert [i.status for i in sync.outbox(live.branch)] == ["pending"] * 3  # nothing lost
    assert live.store.stats()["packages_total"] == 0  # a half-received body is never stored
    assert online_sync.load_state(live.branch).failures == 1

    # the answer to a complete upload is cut: the hub has it, the branch does not know
    live.proxy.cut_up = None
    t = online_sync.make_transport(live.branch, live.proxy.url)
    t.hello()  # the hub's signed health answer comes through; everything after it on the connection is cut
    live.proxy.cut_down = 0
    res = online_sync.push(live.branch, t)
    assert not res.ok and res.sent == [] and res.problem == "cut"
    assert live.store.stats()["packages_total"] == 1

    live.proxy.cut_down = None
    code, out, err = run_cli("sync", "push", "--hub", live.proxy.url, data_dir=live.branch.data.root)
    assert code == 0, err
    assert "Đã gửi 3 gói" in out and "Còn 0 gói chờ gửi" in out
    assert _waiting_ids(live.store, "DCS-LECHAN") == sorted(i.package_id for i in items)
    assert live.store.stats()["packages_total"] == 3


def test_download_cut_midway_then_fetched_again_imports_once(live):
    items = [put_quarterly(live.branch, quarter=q) for q in (1, 2)]
    assert online_sync.sync_now(live.branch, live.hub.url).ok
    live.proxy.cut_down = 3000  # inside the first package's bytes
    res = online_sync.pull(live.dcs, online_sync.make_transport(live.dcs, live.proxy.url))
    assert not res.ok and res.received == []
    assert [r for r in sync.received(live.dcs) if r.kind == "quarterly"] == []
    assert len(_waiting_ids(live.store, "DCS-LECHAN")) == 2  # still waiting at the hub

    live.proxy.cut_down = None
    code, out, err = run_cli("sync", "pull", "--hub", live.proxy.url, "--json", data_dir=live.dcs.data.root)
    assert code == 0, err
    got = json.loads(out)["received"]
    assert sorted((g["package_id"], g["status"]) for g in got) == sorted((i.package_id, "accepted") for i in items)
    assert _waiting_ids(live.store, "DCS-LECHAN") == []
    rows = [r for r in sync.received(live.dcs) if r.kind == "quarterly"]
    assert sorted(r.package_id for r in rows) == sorted(i.package_id for i in items)


def test_acknowledgement_lost_means_a_duplicate_not_a_second_copy(live):
    item = put_quarterly(live.branch)
    assert online_sync.sync_now(live.branch, live.hub.url).ok
    t = online_sync.make_transport(live.dcs, live.proxy.url)
    original = t.acknowledge

    def ack_then_cut(incoming, outcome):
        live.proxy.cut_up = 0  # the ack never reaches the hub
        original(incoming, outcome)

    t.acknowledge = ack_then_cut
    res = online_sync.pull(live.dcs, t)
    assert not res.ok
    live.proxy.cut_up = None
    again = online_sync.pull(live.dcs, online_sync.make_transport(live.dcs, live.proxy.url))
    assert [(o.package_id, o.status) for o in again.received] == [(item.package_id, "duplicate")]
    assert len([r for r in sync.received(live.dcs) if r.package_id == item.package_id]) == 1


def test_hub_killed_and_restarted_mid_sync(live):
    items = [put_quarterly(live.branch, quarter=q) for q in (1, 2, 3, 4)]
    hub = live.hub

    def kill_after_two(done, total, _msg):
        if done == 2 and hub.proc is not None:
            hub.stop(kill=True)

    res = online_sync.push(live.branch, online_sync.make_transport(live.branch, hub.url), progress=kill_after_two)
    assert not res.ok and len(res.sent) == 2
    assert len(sync.outbox(live.branch, ("pending",))) == 2
    code, _out, err = run_cli("sync", "push", "--hub", hub.url, data_dir=live.branch.data.root)
    assert code == 3 and "vẫn chờ gửi" in err

    hub.start()  # same port, same database
    assert online_sync.sync_now(live.branch, hub.url).ok
    res = online_sync.sync_now(live.dcs, hub.url)
    assert sorted(o.package_id for o in res.received) == sorted(i.package_id for i in items)
    assert {o.status for o in res.received} == {"accepted"}
    assert live.store.stats()["by_kind"]["quarterly"] == 4  # each report stored once


def test_two_branches_and_their_doan_co_so_through_a_real_hub(live, tmp_path, monkeypatch):
    """Both branches report every quarter of the year and the year-end; receipts come back."""
    other = open_unit(tmp_path / "chi-doan-7", OTHER)
    from tests.sync.conftest_sync import enrol

    enrol(live.dcs, other, tmp_path)
    enrol(other, live.dcs, tmp_path)
    enrol_at_hub(live.store, other, tmp=tmp_path)
    monkeypatch.setenv("SOTHIDUA_HUB_URL", live.hub.url)
    sent = []
    for q in (1, 2, 3, 4):
        for ctx, unit in ((live.branch, None), (other, OTHER)):
            item = (
                put_quarterly(ctx, quarter=q, share=0.5 + q / 10)
                if unit is None
                else put_quarterly(ctx, unit, quarter=q, share=0.5 + q / 10)
            )
            sent.append(item.package_id)
            code, _out, err = run_cli("sync", "push", data_dir=ctx.data.root)
            assert code == 0, err
        code, out, err = run_cli("sync", "pull", "--json", data_dir=live.dcs.data.root)
        assert code == 0, err
        assert {g["status"] for g in json.loads(out)["received"]} == {"accepted"}
        assert run_cli("sync", "push", data_dir=live.dcs.data.root)[0] == 0  # receipts
    for ctx in (live.branch, other):
        assert run_cli("sync", "pull", data_dir=ctx.data.root)[0] == 0
        assert {i.status for i in sync.outbox(ctx)} == {"received"}
    rows = [r for r in sync.received(live.dcs) if r.kind == "quarterly"]
    assert sorted(r.package_id for r in rows) == sorted(sent)
    assert {r.sender_code for r in rows} == {"CD-TDP3", "CD-TDP7"}
    code, out, _ = run_cli("hub", "stats", "--db", live.hub.db_url, "--json")
    st = json.loads(out)
    assert st["by_kind"]["quarterly"] == 8 and st["by_status"]["waiting"] == 0
    other.close()


def test_hub_serves_https_with_the_given_certificate(tmp_path):
    import datetime as dt

    import httpx
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    (tmp_path / "hub.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "hub.key").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    hub = HubProcess(
        f"sqlite:///{tmp_path / 'tls.db'}",
        log=tmp_path / "hub.log",
        tls_cert=tmp_path / "hub.crt",
        tls_key=tmp_path / "hub.key",
    ).start()
    try:
        r = httpx.get(f"https://127.0.0.1:{hub.port}/v1/health", verify=False)
        assert r.status_code == 200 and r.json()["status"] == "ok"
        log = (tmp_path / "hub.log").read_text(encoding="utf-8")
        assert "INFO sothidua.hub hub listening on 127.0.0.1" in log
    finally:
        hub.stop()
