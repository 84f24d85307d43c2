"""Five years of the city demo (issue 23 item 7), scaled down: the same branches send their
packages every year 2026–2030, their Đoàn cơ sở's summaries carry the branches' own year-end
results, and the Thành đoàn that takes it all in through the hub sees drill-down totals that are
the sum of their parts AND agree with an independent count of the branches' own packages."""

from __future__ import annotations

from datetime import date

import pytest

from db.hub.store import HubStore
from desktop.domain.units import Unit, UnitKind
from desktop.demo import city as demo_city
from desktop.demo import city_units
from desktop.services.exchange import online_sync, sync
from desktop.services import reporting
from desktop.services.reporting import tree
from tests.conftest import run_cli
from tests.sync.conftest_sync import open_unit
from tests.sync.test_demo_city import data_of, packages_of

SIZES = {"communes": 3, "sectors": 1, "branches": 24, "members": 840, "volunteer_records": 6000}
YEARS = list(range(2026, 2031))


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    root = tmp_path_factory.mktemp("city5")
    url = f"sqlite:///{root / 'hub.db'}"
    store = HubStore(url)
    try:
        s = demo_city.generate(store, 5, years=5, sizes=SIZES)
    finally:
        store.close()
    pkgs = [
        (pid, sender, recipient, state, data_of(content)) for pid, sender, recipient, state, content in packages_of(url)
    ]
    return {"root": root, "url": url, "summary": s, "packages": pkgs}


def _by(pkgs, kind: str, year: int) -> dict[str, dict]:
    return {sender: d for _pid, sender, _rcp, _st, d in pkgs if d.get("period") == str(year) and _kind(d) == kind}


def _kind(d: dict) -> str:
    if "summary_kind" in d:
        return "summary-" + d["summary_kind"]
    if "quarter" in d:
        return "quarterly"
    return "year-end" if "proposal" in d else "registration"


def test_every_branch_sends_every_year_and_the_people_age(city):
    s, pkgs = city["summary"], city["packages"]
    assert s.years == YEARS
    for y in YEARS:
        regs, ends = _by(pkgs, "registration", y), _by(pkgs, "year-end", y)
        # each branch, each year, its year-end result; a few never register for the model (issue 23)
        assert len(ends) == 24 and 19 <= len(regs) <= 24
        assert sum(1 for *_x, d in pkgs if d.get("period") == str(y) and _kind(d) == "quarterly") == 72
    assert sum(len(_by(pkgs, "registration", y)) for y in YEARS) < 5 * 24
    # The same branch a year later: same members, a year older; who moved away is gone; new
    # members (new ids) take the places of those who left; who reached 31 leaves on 26/3.
    code = sorted(_by(pkgs, "year-end", 2026))[0]
    rec = {y: _by(pkgs, "year-end", y)[code]["record"] for y in YEARS}
    ids = {y: {m["id"] for m in rec[y]["members"]} for y in YEARS}
    assert len(ids[2026] & ids[2030]) >= len(ids[2026]) // 2
    gone = {m["id"] for m in rec[2026]["members"] if m["history"][-1]["kind"] != "joined"}
    assert gone and not (gone & ids[2027])
    assert ids[2027] - ids[2026]  # newcomers
    aged = [m for y in YEARS[1:] for m in rec[y]["members"] if m["history"][-1].get("note") == "Trưởng thành Đoàn"]
    assert aged and all(m["history"][-1]["kind"] == "left" for m in aged)
    # Earlier years are wholly delivered; only the last year has packages still waiting.
    waiting = {d["period"] for _p, _s, _r, st, d in pkgs if st == "waiting"}
    assert waiting <= {"2030"}


def test_the_branches_get_better_over_the_five_years(city):
    pkgs = city["packages"]
    share = {y: sum(d["evaluation"]["completion_share"] for d in _by(pkgs, "year-end", y).values()) / 24 for y in YEARS}
    recognisable = {y: sum(d["evaluation"]["recognisable"] for d in _by(pkgs, "year-end", y).values()) for y in YEARS}
    # more criteria met over the term (each year's draw is noisy with 24 branches: first against last
    # years, not every year against the one before)
    assert share[2030] > share[2026] and share[2029] + share[2030] > share[2026] + share[2027]
    assert recognisable[2030] > recognisable[2026]


def test_same_seed_same_five_years(tmp_path):
    a, b = (f"sqlite:///{tmp_path / n}" for n in ("a.db", "b.db"))
    small = {"communes": 2, "sectors": 1, "branches": 6, "members": 200, "volunteer_records": 1000}
    for url, kw in ((a, {}), (b, {"workers": 2, "batch": 2})):
        store = HubStore(url)
        demo_city.generate(store, 3, years=3, sizes=small, **kw)
        store.close()
    assert packages_of(a) == packages_of(b)


def test_the_cli_makes_five_years_and_refuses_more(tmp_path):
    args = ["--communes", "2", "--sectors", "1", "--branches", "4", "--members", "120", "--volunteer-records", "400"]
    code, out, err = run_cli("demo", "--profile", "city", "--years", "5", *args, data_dir=tmp_path)
    assert code == 0, err
    assert "năm 2026–2030" in out and "trong 5 năm" in out
    code, out, err = run_cli("demo", "--profile", "city", "--years", "6", "--force", *args, data_dir=tmp_path)
    assert code == 2 and "từ 1 đến 5" in err


def test_the_thanh_doan_sees_five_years_that_add_up_to_the_branches_own_packages(city, tmp_path):
    from fastapi.testclient import TestClient

    from desktop.sync.hub.app import build_app

    store = HubStore(city["url"])
    c = demo_city.CITY
    city_units.install_identity(tmp_path / "td" / "keys", 5, c["code"])
    ctx = open_unit(
        tmp_path / "td", Unit(code=c["code"], name=c["name"], kind=UnitKind.DOAN_CAP_TREN), today=date(2030, 11, 25)
    )
    uppers = {u.code: u for u in store.units() if u.parent_code == c["code"]}
    for u in uppers.values():
        f = tmp_path / f"enrol-{u.code}.stpkg"
        f.write_bytes(
            city_units.enrolment_file(5, {"code": u.code, "name": u.name, "kind": u.kind, "parent_code": u.parent_code})
        )
        sync.enrol_import(ctx, f)
    with store.engine.begin() as conn:  # a new installation: everything sent to TD-HP waits again
        conn.exec_driver_sql(
            f"UPDATE hub_packages SET state='waiting', delivered_at=NULL WHERE recipient_code='{c['code']}'"
        )
    client = TestClient(build_app(store), base_url="http://hub.test")
    try:
        res = online_sync.sync_now(ctx, "http://hub.test", client=client)
        assert res.ok, res.error
        pkgs = city["packages"]
        branch_of = {u.code: u.parent_code for u in store.units() if u.kind == "chi-doan"}
        on_time = late = 0
        for y in YEARS:
            # The independent count: the branches' OWN packages of the year, per Đoàn cơ sở.
            regs, ends = _by(pkgs, "registration", y), _by(pkgs, "year-end", y)
            results_sent = {s for s in _by(pkgs, "summary-results", y)}
            top = tree.show(ctx, str(y))
            assert {r.code for r in top.rows} == set(uppers)
            for r in top.rows:
                mine = [b for b, p in branch_of.items() if p == r.code]
                assert r.branches == len(mine)
                assert r.registered == sum(1 for b in mine if b in regs)
                # on time as the branch's own registration says, judged by the app's deadline of its type
                assert r.registered_on_time == sum(1 for b in mine if b in regs and not regs[b]["late"])
                assert r.members == sum(ends[b]["member_count"] for b in mine)
                if r.code in results_sent:  # the results summary carries the year-end results
                    assert r.recognisable == sum(1 for b in mine if ends[b]["evaluation"]["recognisable"])
                    assert r.proposed == sum(1 for b in mine if ends[b]["proposal"]["propose_recognition"])
                    shares = [ends[b]["evaluation"]["completion_share"] for b in mine]
                    assert r.completion == pytest.approx(sum(shares) / len(shares), abs=1e-4)
                else:  # only the registration summary came: nothing judged yet
                    assert y == 2030 and r.recognisable == 0
                # one step down: the branches, which add up to the row above
                down = tree.show(ctx, str(y), r.code)
                assert sorted(b.code for b in down.rows) == sorted(mine)
                for key in ("branches", "registered", "recognisable", "proposed", "recognised", "members"):
                    assert down.totals[key] == getattr(r, key), (y, r.code, key)
                for b in down.rows:
                    assert b.members == ends[b.code]["member_count"]
            # and the city is the sum of its Đoàn cơ sở
            for key in ("branches", "registered", "recognisable", "proposed", "recognised", "members"):
                assert top.totals[key] == sum(getattr(r, key) for r in top.rows)
            assert top.totals["branches"] == 24
            # issue 23: every branch registered late ("đăng ký đúng hạn" 0 everywhere); now most on time
            on_time += top.totals["registered_on_time"]
            late += top.totals["registered"] - top.totals["registered_on_time"]
        assert 0 < late < on_time / 3, (late, on_time)
        # and 'Đơn vị trực thuộc' → completeness: the branches' reports mostly on time, some late
        for y in YEARS[:-1]:
            rates = reporting.completeness(ctx, str(y)).rates["chi-doan"]
            assert rates["on_time"] > 3 * rates["late"] > 0, (y, rates)
        # Recognised branches grow over the term (the results summaries say so, every year)
        rec = {y: tree.show(ctx, str(y)).totals["recognised"] for y in YEARS[:-1]}
        assert rec[2029] > rec[2026]
    finally:
        client.close()
        store.close()
        ctx.close()
