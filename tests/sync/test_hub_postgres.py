"""The hub on a real PostgreSQL server (issue 9 §4): a throwaway cluster started in a temporary
folder with Debian's binaries (as the postgres user when running as root). Skipped, with the
reason shown, only when no server can be started."""

from __future__ import annotations

import json
import threading

import pytest

from db.hub.store import HubStore
from desktop.services import online_sync, sync
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
        results.append(store.put_package(package_id="3f2a9c01-0000-4000-8000-000000000001", kind="quarterly",
                                         sender_code="CD-TDP3", recipient_code="DCS-LECHAN", sha256="ab",
                                         content=b"PK..."))

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
