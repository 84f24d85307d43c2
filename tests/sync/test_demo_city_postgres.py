"""The ``city`` demo profile on a real PostgreSQL server (issue 13 item 1): a throwaway cluster in
a temporary folder, as in test_hub_postgres.py; skipped, with the reason shown, only when no
server can be started."""

from __future__ import annotations

import json

from db.hub.store import HubStore
from tests.conftest import run_cli
from tests.sync.test_demo_city import SMALL_ARGS, check_city, packages_of
from tests.sync.test_hub_postgres import pg  # noqa: F401 - the throwaway cluster fixture


def test_the_city_on_postgresql_verifies_and_is_the_same_as_on_sqlite(pg, tmp_path):  # noqa: F811
    url = pg.create_db("hub_city")
    code, out, err = run_cli(
        "demo", "--profile", "city", "--seed", "11", *SMALL_ARGS, "--hub-db", url, "--json", data_dir=tmp_path
    )
    assert code == 0, err
    got = json.loads(out)
    assert (got["branches"], got["members"], got["volunteer_records"]) == (12, 400, 4000)
    assert got["database_bytes"] > 0
    c = check_city(url)
    assert c["members"] == 400 and c["credits"] == 4000
    assert c["stats"]["packages_total"] == got["packages"]
    # the same seed gives the same bytes whatever the database
    sqlite = f"sqlite:///{tmp_path / 'hub.db'}"
    assert (
        run_cli("demo", "--profile", "city", "--seed", "11", *SMALL_ARGS, "--hub-db", sqlite, data_dir=tmp_path)[0] == 0
    )
    assert packages_of(url) == packages_of(sqlite)
    # a second run refuses the hub that already has units; --force starts again from empty
    code, _out, err = run_cli(
        "demo", "--profile", "city", "--seed", "11", *SMALL_ARGS, "--hub-db", url, data_dir=tmp_path
    )
    assert code == 2 and "đã có đơn vị hoặc gói" in err
    code, out, err = run_cli(
        "demo",
        "--profile",
        "city",
        "--seed",
        "12",
        *SMALL_ARGS,
        "--hub-db",
        url,
        "--force",
        "--json",
        data_dir=tmp_path,
    )
    assert code == 0, err
    store = HubStore(url)
    assert store.stats()["packages_total"] == json.loads(out)["packages"]
    store.close()
