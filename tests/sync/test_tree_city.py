"""The city demo opened as the Thành đoàn (issue 23): it pulls its Đoàn cơ sở's summaries from the
hub, and its drill-down and completeness agree with an independent count of those packages."""

from __future__ import annotations

import json
from datetime import date

from db.hub.store import HubStore
from desktop.domain.units import Unit, UnitKind
from desktop.demo import city as demo_city
from desktop.demo import city_units
from desktop.services.exchange import online_sync, sync
from desktop.services.reporting import tree, tree_completeness
from tests.sync.conftest_sync import open_unit
from tests.sync.test_demo_city import data_of, make_city, packages_of


def test_the_thanh_doan_of_the_demo_city_sees_its_tree_from_the_hub(tmp_path):
    from fastapi.testclient import TestClient

    from desktop.sync.hub.app import build_app

    url = f"sqlite:///{tmp_path / 'hub.db'}"
    make_city(url, seed=5)
    store = HubStore(url)
    city = demo_city.CITY
    city_units.install_identity(tmp_path / "td" / "keys", 5, city["code"])
    ctx = open_unit(
        tmp_path / "td",
        Unit(code=city["code"], name=city["name"], kind=UnitKind.DOAN_CAP_TREN),
        today=date(2026, 11, 25),
    )
    datas = [
        (sender, data_of(content))
        for _pid, sender, recipient, _st, content in packages_of(url)
        if recipient == city["code"]
    ]
    unions = {sender: d["unit"] for sender, d in datas}
    assert len(unions) >= 3
    for code, unit in unions.items():
        f = tmp_path / f"enrol-{code}.stpkg"
        f.write_bytes(city_units.enrolment_file(5, unit))
        sync.enrol_import(ctx, f)
    with store.engine.begin() as conn:  # everything the city got is delivered again to this installation
        conn.exec_driver_sql(
            f"UPDATE hub_packages SET state='waiting', delivered_at=NULL WHERE recipient_code='{city['code']}'"
        )
    client = TestClient(build_app(store), base_url="http://hub.test")
    try:
        res = online_sync.sync_now(ctx, "http://hub.test", client=client)
        assert res.ok, res.error
        assert {o.status for o in res.received} == {sync.ACCEPTED}

        # Independent count: the newest summary of each Đoàn cơ sở (results over registration).
        expected: dict[str, list] = {}
        for sender, d in sorted(datas, key=lambda x: x[1]["summary_kind"] == "results"):
            expected[sender] = d["branches"]
        top = tree.show(ctx, "2026")
        rows = {r.code: r for r in top.rows}
        assert set(rows) == set(unions)
        for code, branches in expected.items():
            r = rows[code]
            assert r.branches == len(branches)
            assert r.members == sum(b["member_count"] for b in branches)
            assert r.registered == sum(1 for b in branches if b["registered"])
            down = tree.show(ctx, "2026", code)
            assert sorted(b.code for b in down.rows) == sorted(b["code"] for b in branches)
            assert down.totals["members"] == r.members
        assert top.totals["branches"] == sum(len(b) for b in expected.values())
        assert json.loads(json.dumps(top.to_json(), default=str))["totals"]["members"] == top.totals["members"]

        comp = tree_completeness.completeness(ctx, "2026")
        sent = {(r.code, r.report): r for r in comp.rows}
        for sender, d in datas:
            report = "registration-summary" if d["summary_kind"] == "registration" else "results-summary"
            assert sent[(sender, report)].state in ("on_time", "late")
            assert sent[(sender, report)].sent_on is not None
        # Every summary received counts once, at the level of its sender (sector unions included).
        assert sum(lv["received"] for level, lv in comp.rates.items() if level != "chi-doan") == len(datas)
        # The branch level: every report each branch sent its Đoàn cơ sở, as the summary in force
        # lists it beside the branch's record (registration only in a registration summary).
        owed = [x for sender, d in expected.items() for b in d for x in b["reports"]]
        assert comp.rates["chi-doan"]["received"] == sum(1 for x in owed if x["sent_on"]) > top.totals["branches"]
        assert comp.rates["chi-doan"]["late"] == sum(1 for x in owed if x["state"] == "late")
        kinds = {u["kind"] for u in unions.values()}
        assert set(comp.rates) >= kinds
    finally:
        client.close()
        store.close()
        ctx.close()
