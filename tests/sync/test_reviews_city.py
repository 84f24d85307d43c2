"""The city demo (three years of it) opened as the Thành đoàn (issue 23): its trend (`sothidua review
--json`) and ranking agree with an independent count of the summary packages the generator made,
year by year, and its own results summary prints every Đoàn cơ sở and branch."""

from __future__ import annotations

import json
import re
from datetime import date

from db.hub.store import HubStore
from desktop.cli import main
from desktop.domain.units import Unit, UnitKind
from desktop.demo import city as demo_city
from desktop.demo import city_units
from desktop.services.exchange import online_sync, sync
from desktop.services.reporting import reviews
from tests.sync.conftest_sync import open_unit
from tests.sync.test_demo_city import data_of, make_city, packages_of


def _open_city(tmp_path, seed: int = 5, years: int = 3):
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    make_city(url, seed=seed, years=years)
    city = demo_city.CITY
    city_units.install_identity(tmp_path / "td" / "keys", seed, city["code"])
    ctx = open_unit(
        tmp_path / "td",
        Unit(code=city["code"], name=city["name"], kind=UnitKind.DOAN_CAP_TREN),
        today=date(2028, 11, 25),
    )
    datas = [
        (sender, data_of(content))
        for _pid, sender, recipient, _st, content in packages_of(url)
        if recipient == city["code"]
    ]
    for code, unit in {sender: d["unit"] for sender, d in datas}.items():
        f = tmp_path / f"enrol-{code}.stpkg"
        f.write_bytes(city_units.enrolment_file(seed, unit))
        sync.enrol_import(ctx, f)
    return url, ctx, datas


def test_the_trend_of_the_demo_city_matches_its_packages(tmp_path, capsys):
    from fastapi.testclient import TestClient

    from desktop.sync.hub.app import build_app

    url, ctx, datas = _open_city(tmp_path)
    store = HubStore(url)
    with store.engine.begin() as conn:  # everything the city got is delivered again to this installation
        conn.exec_driver_sql(
            "UPDATE hub_packages SET state='waiting', delivered_at=NULL "
            f"WHERE recipient_code='{demo_city.CITY['code']}'"
        )
    client = TestClient(build_app(store), base_url="http://hub.test")
    try:
        res = online_sync.sync_now(ctx, "http://hub.test", client=client)
        assert res.ok, res.error
        # Independent count: per year, the newest summary of each Đoàn cơ sở (results over registration).
        chosen: dict[tuple[str, str], dict] = {}
        for sender, d in sorted(datas, key=lambda x: x[1]["summary_kind"] == "results"):
            chosen[(sender, d["period"])] = d
        years = sorted({int(p) for _s, p in chosen})
        assert years == [2026, 2027, 2028]
        root = str(ctx.data.root)
        assert main(["--data-dir", root, "review", "--from", str(years[0]), "--to", str(years[-1]), "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        for y in out["years"]:
            mine = [d for (s, p), d in chosen.items() if p == str(y["year"])]
            rows = [b for d in mine for b in d["branches"]]
            t = y["totals"]
            assert t["branches"] == len(rows)
            assert t["registered"] == sum(1 for b in rows if b.get("registered"))
            assert t["recognised"] == sum(1 for b in rows if b.get("recognised"))
            assert t["members"] == sum(b.get("member_count") or 0 for b in rows)
            recognised_members = [
                b["members_recognised"] if "members_recognised" in b else b["record"]["members"]["recognised"]
                for b in rows
            ]
            if all(isinstance(n, int) for n in recognised_members):
                assert t["members_recognised"] == sum(recognised_members)
            units = {u["code"]: u for u in y["units"]}
            for (s, p), d in chosen.items():
                if p == str(y["year"]):
                    assert units[s]["branches"] == len(d["branches"])
                    assert units[s]["source"] == d["summary_kind"]
        members = out["levels"]["doan-vien"]
        assert all(x["members_recognised"] for x in members[:-1])  # the results summaries say how many
        assert members[1]["members_recognised_share"] is not None
        level = out["levels"]["chi-doan"]
        assert [x["year"] for x in level] == years
        assert level[-1]["registered_share"] == round(
            out["years"][-1]["totals"]["registered"] / out["years"][-1]["totals"]["branches"], 4
        )

        # the ranking ranks exactly the Đoàn cơ sở that sent a results summary
        rank = reviews.ranking(ctx, str(years[-1]))
        results = {s for (s, p), d in chosen.items() if p == str(years[-1]) and d["summary_kind"] == "results"}
        assert {r.code for r in rank.rows if r.rank is not None} == results
        assert all(r.tier == "none" for r in rank.rows if r.code not in results)

        # the Thành đoàn's own results summary: every Đoàn cơ sở, every branch in the annex
        from desktop.services.reporting.reports import ReportRequest, generate
        from tests.reports.pdftools import text

        doc = generate(ctx, ReportRequest("results-summary", str(years[-1]), draft=True))
        whole = " ".join(text(doc.pdf).split())
        for (s, p), d in chosen.items():
            if p == str(years[-1]):
                assert " ".join(d["unit"]["name"].split()) in whole
                for b in d["branches"][:3]:
                    assert " ".join(b["name"].split()) in whole

        # the review (D11) is addressed to the Thành ủy, and a Đoàn cơ sở that has not sent its
        # results summary of a year reads "—" that year, not "0% / 0%"
        doc = generate(ctx, ReportRequest("review", str(years[-1]), draft=True))
        whole = " ".join(text(doc.pdf).split())
        assert "Kính gửi: Ban Thường vụ Thành ủy Hải Phòng" in whole and "Đoàn cấp trên" not in whole
        part = whole[whole.index("II. KẾT QUẢ CỦA TỪNG ĐƠN VỊ") : whole.index("III. ")]
        last = {s: d for (s, p), d in chosen.items() if p == str(years[-1])}
        names = {s: " ".join(d["unit"]["name"].split()) for s, d in last.items()}
        at = sorted((part.index(n), s) for s, n in names.items())
        for i, (pos, s) in enumerate(at):
            row = part[pos : at[i + 1][0] if i + 1 < len(at) else len(part)].strip()
            cells = re.findall(r"(—|\d+%)\s*/\s*(—|\d+%)", row.removeprefix(names[s]))  # "b% / m%" a year
            assert len(cells) == len(years), row
            assert (cells[-1] == ("—", "—")) == (last[s]["summary_kind"] != "results"), row
        assert any(d["summary_kind"] != "results" for d in last.values())  # the case is in the data
    finally:
        client.close()
        store.close()
        ctx.close()
