"""Demo data (issue 13): deterministic for a seed, realistic, valid for the app.

The branch profile is the one a new user opens (BRIEF §8.4: one chi đoàn of 40 members and a
year of records); the grassroots profile is checked at a small size (same code path as 300
branches / 15,000 members)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from desktop.demo import profiles as demo
from desktop.demo import grassroots
from desktop.demo import common as demo_common
from desktop.services.context import open_context

TODAY = date(2026, 11, 21)
SMALL = {"branches": 6, "members_total": 240, "volunteer_records": 2400}


def _ctx(root: Path):
    c = open_context(root, actor="test")
    c.today = lambda: TODAY
    return c


@pytest.fixture(scope="module")
def branch_data(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo-branch") / "data"
    c = _ctx(root)
    summary = demo.generate(c, "branch", 7)
    yield c, summary
    c.close()


def _roster(c, code):
    from desktop.services.membership.members import roster

    return [(r.member.full_name, r.member.date_of_birth) for r in roster(c, code)]


def test_branch_is_one_chi_doan_of_40_with_a_year_of_records(branch_data):
    _c, s = branch_data
    assert (s.units, s.members, s.registrations) == (1, 40, 1)
    assert s.volunteer_activities >= 12 and s.volunteer_records > 300
    assert s.logs > 70  # meetings, information, share requests, alerts, weekly posts, sessions


def test_branch_names_are_vietnamese_and_members_are_youth(branch_data):
    c, s = branch_data
    rows = _roster(c, s.self_unit)
    assert len(rows) >= 39
    names = [n for n, _ in rows]
    # Three or more words, a known surname, diacritics on most names (ệ, ữ, Đ …).
    assert all(len(n.split()) >= 3 for n in names)
    assert all(n.split()[0] in {h for h, _ in demo_common.HO} for n in names)
    accented = [n for n in names if unicodedata.normalize("NFD", n) != n]
    assert len(accented) > 0.8 * len(names)
    ages = [(TODAY - d).days / 365.25 for _, d in rows]
    assert min(ages) >= 16 and max(ages) <= 31.5


def test_branch_campaign_is_alive(branch_data):
    from desktop.services.year.cycle import current_registration
    from desktop.services.year.evaluation import evaluate_unit

    c, s = branch_data
    ev = evaluate_unit(c, s.self_unit, "2026")
    status = {r.id: r.status for r in ev.criteria}
    # A quarterly thematic session, a youth project, a red-address trip, a party introduction.
    for cid in ("CD-1.2", "CD-2.2", "CD-2.3", "CD-3.7"):
        assert status[cid] == "met", (cid, status[cid])
    # Weekly posts with a couple of gaps: the screen has something to show, not all green.
    weekly = next(r for r in ev.criteria if r.id == "CD-2.4")
    assert 1 <= len(weekly.details["missed_weeks"]) <= 3
    assert 0 < ev.met < ev.applicable
    reg = current_registration(c, s.self_unit, "2026")
    assert reg is not None and reg.status == "submitted" and reg.submitted_on == date(2026, 1, 20)


def test_same_seed_same_data_other_seed_other_data(tmp_path, branch_data):
    c, s = branch_data
    again = _ctx(tmp_path / "again")
    other = _ctx(tmp_path / "other")
    try:
        s2 = demo.generate(again, "branch", 7)
        demo.generate(other, "branch", 8)
        assert s2.self_unit == s.self_unit
        assert _roster(again, s2.self_unit) == _roster(c, s.self_unit)
        from desktop.services.units import self_unit

        assert _roster(other, self_unit(other).code) != _roster(c, s.self_unit)
    finally:
        again.close()
        other.close()


def test_grassroots_small_is_deterministic_and_evaluates(tmp_path):
    from desktop.services.year.evaluation import evaluate_branches
    from desktop.services.volunteering.volunteer_totals import volunteer_summary

    a = _ctx(tmp_path / "a")
    b = _ctx(tmp_path / "b")
    try:
        sa = demo.generate(a, "grassroots", 3, sizes=SMALL)
        sb = demo.generate(b, "grassroots", 3, sizes=SMALL)
        assert sa.self_unit == sb.self_unit and sa.self_unit.startswith("DCS-")
        assert (sa.units, sa.members) == (7, 240)
        assert sa.volunteer_records >= 2400
        assert (sa.volunteer_records, sa.logs) == (sb.volunteer_records, sb.logs)
        evs = evaluate_branches(a, sa.self_unit, "2026")
        assert len(evs) == 6
        assert all(any(r.id == "CD-1.2" and r.status == "met" for r in e.criteria) for e in evs)
        summary = volunteer_summary(a, sa.self_unit, 2026)
        assert summary is not None
    finally:
        a.close()
        b.close()


def test_cli_refuses_a_folder_with_data_unless_forced(cli, data_dir):
    code, out, err = cli("demo", "--profile", "branch", "--seed", "2")
    assert code == 0, err
    assert re.search(r"40 đoàn viên", out)
    code, out, err = cli("demo", "--profile", "branch")
    assert code == 2 and "đã có dữ liệu" in err
    code, out, err = cli("demo", "--profile", "branch", "--if-empty")
    assert code == 0 and "giữ nguyên" in out
    code, out, err = cli("demo", "--profile", "branch", "--seed", "5", "--force")
    assert code == 0, err
    assert list((data_dir / "backups").glob("truoc-du-lieu-mau-*.sqlite3"))


def test_city_profile_is_the_hub_plan():
    plan = grassroots.city_plan(1, branches=800, members=30_000)
    assert len([u for u in plan["upper"] if u["kind"] == "doan-co-so"]) == 114
    assert sum(b["members"] for b in plan["branches"]) == 30_000
    assert len({b["code"] for b in plan["branches"]}) == 800


def test_a_grassroots_home_counts_the_members_of_its_branches(tmp_path):
    # The Đoàn cơ sở's own roster is empty; its members are its branches'. The home screen must
    # not say "Chưa có đoàn viên — Nhập danh sách từ Excel" to a Đoàn cơ sở of 240 members.
    from desktop.services.reporting.home import home_data

    c = _ctx(tmp_path / "g")
    try:
        demo.generate(c, "grassroots", 5, sizes=SMALL)
        from desktop.services.membership.members import roster
        from desktop.services.units import list_units

        data = home_data(c, charts=False)
        assert data.unit.code.startswith("DCS-")
        branches = [u for u in list_units(c) if u.parent_code == data.unit.code]
        active = sum(1 for u in branches for r in roster(c, u.code, TODAY) if r.status == "active")
        assert 230 <= active <= 240  # a few of the 240 have moved out during the year
        assert (data.member_count, data.branch_count) == (active, 6)
    finally:
        c.close()
