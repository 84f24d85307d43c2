"""The hub on a real PostgreSQL server (issue 9 §4): a throwaway cluster started in a temporary
folder with Debian's binaries (as the postgres user when running as root). Skipped, with the
reason shown, only when no server can be started."""

from __future__ import annotations

import json
import threading

import pytest

from db.hub.store import HubStore
from desktop.services.exchange import online_sync, sync
from tests.conftest import run_cli
from tests.sync.conftest_hub import HubProcess, PgCluster, enrol_at_hub
from tests.sync.conftest_sync import pair, put_quarterly  # noqa: F401 - fixture


@pytest.fixture(scope="module")
def pg(tmp_path_factory):
    cluster = PgCluster(tmp_path_factory.mktemp("pg") / "cluster")
    if not cluster.start():
        pytest.skip(f"no PostgreSQL server could be started: {cluster.reason}")
    yield cluster
    cluster.stop()


def test_schema_is_created_by_the_hub_migrations_and_uploads_are_idempotent(pg):
    url = pg.create_db("hub_schema")
    store = HubStore(url)
    assert store.dialect == "postgresql"
    HubStore(url).close()  # a second open finds the schema at head and changes nothing
    results = []

    def upload():
        results.append(
            store.put_package(
                package_id="3f2a9c01-0000-4000-8000-000000000001",
                kind="quarterly",
                sender_code="CD-TDP3",
                recipient_code="DCS-LECHAN",
                sha256="ab",
                content=b"PK...",
            )
        )

    threads = [threading.Thread(target=upload) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(created for created, _ in results) == [False] * 11 + [True]
    assert store.stats()["packages_total"] == 1
    assert [p.package_id for p in store.inbox("DCS-LECHAN")] == ["3f2a9c01-0000-4000-8000-000000000001"]
    assert store.inbox("CD-TDP7") == []
    store.close()


def test_a_real_hub_process_on_postgresql(pg, pair, tmp_path):  # noqa: F811
    url = pg.create_db("hub_live")
    store = HubStore(url)
    enrol_at_hub(store, pair.dcs, pair.branch, tmp=tmp_path)
    hub = HubProcess(url, log=tmp_path / "hub.log").start()
    try:
        items = [put_quarterly(pair.branch, quarter=q) for q in (1, 2, 3)]
        code, out, err = run_cli("sync", "push", "--hub", hub.url, data_dir=pair.branch.data.root)
        assert code == 0, err
        assert "Đã gửi 3 gói" in out
        # a second push has nothing to send; the hub still holds each package once
        assert run_cli("sync", "push", "--hub", hub.url, data_dir=pair.branch.data.root)[0] == 0
        code, out, err = run_cli("sync", "pull", "--hub", hub.url, "--json", data_dir=pair.dcs.data.root)
        assert code == 0, err
        got = json.loads(out)["received"]
        assert sorted(g["package_id"] for g in got) == sorted(i.package_id for i in items)
        assert online_sync.sync_now(pair.dcs, hub.url).ok  # receipts up
        assert online_sync.sync_now(pair.branch, hub.url).ok
        assert {i.status for i in sync.outbox(pair.branch)} == {"received"}
        code, out, _ = run_cli("hub", "stats", "--db", url, "--json")
        st = json.loads(out)
        assert st["by_kind"]["quarterly"] == 3 and st["by_status"]["waiting"] == 0
        # replayed request refused by the PostgreSQL nonce store
        t = online_sync.make_transport(pair.dcs, hub.url)
        from desktop.sync.hub import protocol as proto

        h = proto.sign_headers(t.identity, t.unit_code, "GET", "/v1/inbox")
        assert t.client.get("/v1/inbox", headers=h).status_code == 200
        r = t.client.get("/v1/inbox", headers=h)
        assert r.status_code == 401 and r.json()["error"] == "replayed"
        t.close()
        log = (tmp_path / "hub.log").read_text(encoding="utf-8")
        assert "upload unit=CD-TDP3" in log and "refused GET /v1/inbox unit=DCS-LECHAN error=replayed" in log
    finally:
        hub.stop()
        store.close()


def test_a_postgresql_restart_costs_no_failed_request(pg, pair, tmp_path):  # noqa: F811
    """The pool checks a connection before using it (pool_pre_ping): after PostgreSQL restarts,
    the stale pooled connections are replaced and no request answers 500 (issue 24)."""
    url = pg.create_db("hub_restart")
    store = HubStore(url)
    enrol_at_hub(store, pair.dcs, pair.branch, tmp=tmp_path)
    store.close()
    hub = HubProcess(url, log=tmp_path / "hub.log").start()
    try:
        put_quarterly(pair.branch, quarter=1)
        assert online_sync.sync_now(pair.branch, hub.url).ok  # the hub's pool now holds connections
        pg.restart()
        second = put_quarterly(pair.branch, quarter=2)
        res = online_sync.sync_now(pair.branch, hub.url)
        assert res.ok and res.sent == [second.package_id], res.error
        assert {i.status for i in sync.outbox(pair.branch)} == {"sent"}
        got = online_sync.sync_now(pair.dcs, hub.url)
        assert got.ok and len(got.received) == 2
        log = (tmp_path / "hub.log").read_text(encoding="utf-8")
        assert " ERROR " not in log and "server_error" not in log
    finally:
        hub.stop()


def test_backup_with_pg_dump_and_restore_into_a_new_database(pg, pair, tmp_path):  # noqa: F811
    """The backup and restore of docs/hub.md, done: pg_dump -Fc, then pg_restore into a new
    database; the restored hub knows the units, its own key, and still delivers what waited."""
    url = pg.create_db("hub_prod")
    store = HubStore(url)
    enrol_at_hub(store, pair.dcs, pair.branch, tmp=tmp_path)
    store.close()
    hub = HubProcess(url, log=tmp_path / "hub.log").start()
    try:
        item = put_quarterly(pair.branch)
        assert online_sync.sync_now(pair.branch, hub.url).sent == [item.package_id]
        pinned = online_sync.connection(pair.branch, hub.url).hub_fingerprint
        assert pinned
    finally:
        hub.stop()
    dump = pg.root / "sothidua-hub.dump"
    pg.run("pg_dump", "--format=custom", f"--file={dump}", "hub_prod")
    pg.run("createdb", "hub_restored")
    pg.run("pg_restore", "--no-owner", "--dbname=hub_restored", str(dump))
    restored = pg.url("hub_restored")
    hub = HubProcess(restored, port=hub.port, log=tmp_path / "restored.log").start()
    try:
        # the same hub key: units that pinned it keep working with no question
        assert online_sync.test_connection(pair.dcs, hub.url).ok
        got = online_sync.sync_now(pair.dcs, hub.url)
        assert got.ok and [o.package_id for o in got.received] == [item.package_id]
        res = online_sync.sync_now(pair.branch, hub.url)  # the branch pinned the hub's key before the backup
        assert res.ok and res.problem is None
        assert online_sync.connection(pair.branch, hub.url).hub_fingerprint == pinned
    finally:
        hub.stop()
    _code, out, _ = run_cli("hub", "units", "--db", restored, "--json")
    assert {r["code"] for r in json.loads(out)} == {"DCS-LECHAN", "CD-TDP3"}
