"""The upper levels see their own subtree (issue 23): the drill-down from a Thành đoàn to its Đoàn
cơ sở, their branches and a branch's criteria, built from the packages received; completeness and
timeliness against the catalog calendar."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.cli import main
from desktop.domain.errors import DomainError
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.services.exchange import submissions, sync
from desktop.services.reporting import tree, tree_completeness
from tests.sync.conftest_dashboard import TDP5, TDP9, build_local_dcs
from tests.sync.conftest_sync import BRANCH, DCS, enrol, open_unit, outbox_bytes

UPPER = Unit(code="DTD-HAIPHONG", name="Thành đoàn Hải Phòng", kind=UnitKind.DOAN_CAP_TREN)
DCS_UP = Unit(code=DCS.code, name=DCS.name, kind=UnitKind.DOAN_CO_SO, parent_code=UPPER.code)
SIB = Unit(code="DCS-NGOQUYEN", name="Đoàn phường Ngô Quyền", kind=UnitKind.DOAN_CO_SO, parent_code=UPPER.code)
SIB_BRANCH = Unit(
    code="CD-NQ1",
    name="Chi đoàn Khu dân cư số 1",
    kind=UnitKind.CHI_DOAN,
    branch_type=BranchType.DAN_CU,
    parent_code=SIB.code,
)


def _at(monkeypatch, stamp: str):
    """Packages made from now on carry this signed creation time."""
    monkeypatch.setattr("desktop.sync.package.utc_now_iso", lambda: stamp)


def _send_up(dcs, upper, tmp_path, name, summary_kind="results"):
    item = submissions.send_summary(dcs, submissions._me(dcs), "2026", summary_kind)
    path = tmp_path / name / item.file_name
    path.parent.mkdir(parents=True)
    path.write_bytes(outbox_bytes(dcs, item))
    [o] = sync.import_paths(upper, [path])
    assert o.status == "accepted", o


@pytest.fixture
def city(ctx, tmp_path, monkeypatch):
    """A Thành đoàn with two Đoàn cơ sở: Lê Chân (three branches, conftest_dashboard) sends its
    results summary on 05/11/2026 (on time, due 10/11) and Ngô Quyền (one branch) sends its results
    summary on 15/11/2026 (late); neither sent a registration summary (due 20/11/2025)."""
    from desktop.services.units import save_self_unit, save_unit

    branch = build_local_dcs(ctx, tmp_path)
    save_self_unit(ctx, DCS_UP)
    upper = open_unit(tmp_path / "thanh-doan", UPPER)
    sib = open_unit(tmp_path / "ngo-quyen", SIB)
    save_unit(sib, SIB_BRANCH)
    for a, b in ((upper, ctx), (ctx, upper), (upper, sib), (sib, upper)):
        enrol(a, b, tmp_path)
    _at(monkeypatch, "2026-11-05T03:00:00Z")
    _send_up(ctx, upper, tmp_path, "u1")
    _at(monkeypatch, "2026-11-15T03:00:00Z")
    _send_up(sib, upper, tmp_path, "u2")
    yield {"upper": upper, "dcs": ctx, "sib": sib, "branch": branch}
    for c in (upper, sib, branch):
        c.close()


def test_city_totals_are_the_sum_of_the_branches_inside_each_summary(city):
    top = tree.show(city["upper"], "2026")
    rows = {r.code: r for r in top.rows}
    assert set(rows) == {DCS.code, SIB.code}
    for code in rows:
        down = tree.show(city["upper"], "2026", code)
        t = down.totals
        r = rows[code]
        assert (r.branches, r.registered, r.registered_on_time, r.recognisable, r.recognised, r.members or 0) == (
            t["branches"],
            t["registered"],
            t["registered_on_time"],
            t["recognisable"],
            t["recognised"],
            t["members"],
        )
        assert [c for c, _n in down.path] == [UPPER.code, code]
    # Lê Chân: three branches, two registered (TDP5 kept here with 4 members, TDP3 enrolled with 30).
    lc = rows[DCS.code]
    assert (lc.branches, lc.registered, lc.members) == (3, 2, 34)
    assert rows[SIB.code].branches == 1 and rows[SIB.code].registered == 0
    assert top.totals["branches"] == 4 and top.totals["members"] == 34
    # The Đoàn cơ sở's own view gives the same figures as the summary it sent up.
    own = tree.show(city["dcs"], "2026")
    assert {r.code for r in own.rows} == {BRANCH.code, TDP5.code, TDP9.code}
    assert own.totals["registered"] == lc.registered and own.totals["members"] == lc.members


def test_a_branch_opens_to_its_criteria_with_the_facts_behind_them(city):
    view = tree.show(city["dcs"], "2026", BRANCH.code)  # enrolled: its quarter 3 report
    assert len(view.criteria) == 16 and view.criteria_note == "Theo báo cáo chi đoàn gửi lên."
    c = view.criteria[0]
    assert c.id == "CD-1.1" and c.status == "met" and c.facts_vi.startswith("Quý III")
    assert c.title_vi and c.title_vi != c.id
    assert view.rows[0].completion == 0.8125
    local = tree.show(city["dcs"], "2026", TDP5.code)  # kept here: the local evaluation
    assert local.criteria and local.criteria_note == "Theo hồ sơ Đoàn cơ sở giữ cho chi đoàn."
    assert any(c.id == "CD-1.2" and c.status == "met" for c in local.criteria)
    # From the Thành đoàn a branch opens inside the summary its Đoàn cơ sở sent, to the same
    # criteria and statuses the Đoàn cơ sở sees (read from the record the summary carries).
    up = tree.show(city["upper"], "2026", BRANCH.code)
    assert up.rows[0].completion == 0.8125
    assert [(c.id, c.status, c.facts_vi) for c in up.criteria] == [(c.id, c.status, c.facts_vi) for c in view.criteria]
    assert up.criteria_note == "Theo báo cáo quý chi đoàn gửi lên Đoàn phường Lê Chân."
    assert [c for c, _n in up.path] == [UPPER.code, DCS.code, BRANCH.code]
    up5 = tree.show(city["upper"], "2026", TDP5.code)
    assert [(c.id, c.status) for c in up5.criteria] == [(c.id, c.status) for c in local.criteria]
    assert up5.criteria_note == "Theo hồ sơ của chi đoàn lưu tại Đoàn phường Lê Chân."
    # The facts behind a criterion: the evidence list (the thematic sessions, dated) ...
    cd12 = next(c for c in up5.criteria if c.id == "CD-1.2")
    assert cd12.evidence_total == 4 and "05/02/2026" not in cd12.evidence[0]
    assert any(e == "10/02/2026 — Học tập và làm theo Bác — quý 1" for e in cd12.evidence)
    # ... and the Đoàn viên XHCN counts: 4 members counted, 4 registered, none proposed or recognised yet.
    assert up5.member_titles == {"total": 4, "registered": 4, "proposed": None, "recognised": 0}


def test_a_branch_record_names_members_short_and_carries_no_personal_data(city):
    """The record inside a summary: short names only, never a date of birth or a card number."""
    from db.repo import recognition_decisions as decisions_repo
    from db.repo import units as units_repo
    from desktop.services.exchange import branch_record
    from tests.sync.conftest_dashboard import NAMES5

    dcs = city["dcs"]
    from db.repo import members as members_repo
    from tests.sync.conftest_sync import members as package_members

    with dcs.uow.begin() as s:  # a decision recorded at the Đoàn cơ sở: two of TDP5's members
        uid = units_repo.row_id(s, TDP5.code)
        for m in sorted(members_repo.list_for_unit(s, TDP5.code), key=lambda m: m.id)[:2]:
            decisions_repo.put_member_recognition(
                s,
                unit_id=uid,
                member_id=m.id,
                period_label="2026",
                decision_number="12-QĐ/ĐTN",
                decision_date=date(2026, 12, 10),
                issuer_code=DCS.code,
                issuer_name=DCS.name,
            )
    item = submissions.send_summary(dcs, submissions._me(dcs), "2026", "results")
    data = json.loads(package_members(outbox_bytes(dcs, item))["data.json"])
    rows = {b["code"]: b for b in data["branches"]}
    rec = rows[TDP5.code]["record"]
    assert rec["members"]["recognised"] == 2 and rec["recognised_names"] == sorted(
        branch_record.short_name(n) for n in NAMES5[:2]
    )
    assert branch_record.short_name("Nguyễn Thị Hoa") == "N. T. Hoa"
    assert data["totals"]["members_recognised"] == 2
    text = json.dumps(data, ensure_ascii=False)
    for name in NAMES5:
        assert name not in text, text[max(0, text.index(name) - 300) : text.index(name) + 50]  # never a full name
    assert "1997-04-12" not in text and "date_of_birth" not in text and "union_card_no" not in text
    # ... and the package says so: its declared personal data is the short names.
    manifest = json.loads(package_members(outbox_bytes(dcs, item))["manifest.json"])
    assert "short_name" in manifest["personal_fields"]
    from desktop.sync.privacy import labels_vi

    assert "Tên viết tắt của đoàn viên (ví dụ N. V. An), theo từng chi đoàn" in labels_vi(manifest["personal_fields"])


def test_a_unit_never_sees_a_siblings_subtree(city):
    # Lê Chân cannot open Ngô Quyền, nor Ngô Quyền's branch, nor its parent.
    for code in (SIB.code, SIB_BRANCH.code, UPPER.code):
        with pytest.raises(DomainError, match="Không có đơn vị mã"):
            tree.show(city["dcs"], "2026", code)
    with pytest.raises(DomainError):
        tree.show(city["sib"], "2026", BRANCH.code)
    with pytest.raises(DomainError):
        tree.show(city["sib"], "2026", DCS.code)
    # The Thành đoàn sees both.
    assert tree.show(city["upper"], "2026", SIB_BRANCH.code).rows[0].code == SIB_BRANCH.code


def test_a_late_summary_counts_as_late_and_a_missing_one_as_missing(city):
    res = tree_completeness.completeness(city["upper"], "2026", today=date(2026, 11, 21))
    got = {(r.code, r.report): r for r in res.rows}
    assert got[(DCS.code, "results-summary")].state == "on_time"
    assert got[(DCS.code, "results-summary")].due == date(2026, 11, 10)
    late = got[(SIB.code, "results-summary")]
    assert (late.state, late.sent_on) == ("late", date(2026, 11, 15))
    assert got[(DCS.code, "registration-summary")].state == "missing"
    assert got[(DCS.code, "registration-summary")].due == date(2025, 11, 20)
    rates = res.rates["doan-co-so"]
    assert (rates["due"], rates["received"], rates["on_time"], rates["late"], rates["missing"]) == (4, 2, 1, 1, 2)
    assert rates["reporting_rate"] == 0.5 and rates["on_time_rate"] == 0.25
    # The branch level, from the records inside the summaries: every report each branch owed
    # its Đoàn cơ sở, exactly as that Đoàn cơ sở's own list has it (registration, quarters,
    # year-end): TDP3 and TDP5 registered on time; TDP9 and Ngô Quyền's branch never registered
    # (deadline 10/11/2025).
    for ctx, codes in ((city["dcs"], {BRANCH.code, TDP5.code, TDP9.code}), (city["sib"], {SIB_BRANCH.code})):
        own = tree_completeness.completeness(ctx, "2026", today=date(2026, 11, 21))
        assert {(r.code, r.report, r.quarter, r.due, r.sent_on, r.state) for r in res.below if r.code in codes} == {
            (r.code, r.report, r.quarter, r.due, r.sent_on, r.state) for r in own.rows
        }
    regs = {r.code: r.state for r in res.below if r.report == "registration"}
    assert regs == {BRANCH.code: "on_time", TDP5.code: "on_time", TDP9.code: "missing", SIB_BRANCH.code: "missing"}
    branches = res.rates["chi-doan"]
    due = [r for r in res.below if r.state not in ("not_due", "kept_here")]
    assert (branches["due"], branches["missing"]) == (len(due), sum(1 for r in due if r.state == "missing"))
    assert branches["reporting_rate"] == round(sum(1 for r in due if r.state in ("on_time", "late")) / len(due), 4)


def test_completeness_of_a_doan_co_so_over_its_branches(city, tmp_path, monkeypatch):
    from tests.sync.conftest_sync import put_quarterly

    # The enrolled branch sends its quarter 2 report on 05/07/2026, before its deadline (10/07).
    _at(monkeypatch, "2026-07-05T02:00:00Z")
    q2 = put_quarterly(city["branch"], quarter=2, share=0.7)
    sync.export_outbox(city["branch"], tmp_path / "q2", [q2.package_id])
    [o] = sync.import_paths(city["dcs"], [tmp_path / "q2"])
    assert o.status == "accepted"
    res = tree_completeness.completeness(city["dcs"], "2026", today=date(2026, 11, 21))
    got = {(r.code, r.report, r.quarter): r for r in res.rows}
    # The enrolled branch: registered on time, Q2 on time, Q3 received (made today, after its
    # deadline: late), Q1 and the year-end result never came.
    assert got[(BRANCH.code, "registration", None)].state == "on_time"
    assert got[(BRANCH.code, "quarterly", 1)].state == "missing"
    assert got[(BRANCH.code, "quarterly", 3)].state == "late"
    assert (got[(BRANCH.code, "quarterly", 2)].state, got[(BRANCH.code, "quarterly", 2)].sent_on) == (
        "on_time",
        date(2026, 7, 5),
    )
    assert got[(BRANCH.code, "year-end", None)].state == "missing"
    # Branches kept here send nothing: only their registration counts.
    assert got[(TDP5.code, "registration", None)].state == "on_time"
    assert got[(TDP9.code, "registration", None)].state == "missing"
    assert got[(TDP5.code, "quarterly", 1)].state == "kept_here"
    lv = res.rates["chi-doan"]
    assert lv["due"] == sum(1 for r in res.rows if r.state in ("on_time", "late", "missing"))
    assert lv["received"] == lv["on_time"] + lv["late"]


def test_cli_json(city, capsys):
    root = str(city["upper"].data.root)
    assert main(["--data-dir", root, "tree", "show", "--period", "2026", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["totals"]["branches"] == sum(c["branches"] for c in out["children"]) == 4
    assert main(["--data-dir", root, "tree", "show", DCS.code, "--period", "2026", "--json"]) == 0
    down = json.loads(capsys.readouterr().out)
    assert {c["code"] for c in down["children"]} == {BRANCH.code, TDP5.code, TDP9.code}
    assert main(["--data-dir", root, "completeness", "--period", "2026", "--json"]) == 0
    comp = json.loads(capsys.readouterr().out)
    assert {r["state_vi"] for r in comp["rows"]} >= {"Đúng hạn", "Trễ hạn"}
    assert main(["--data-dir", root, "tree", "show", "CD-KHONG-CO", "--period", "2026"]) != 0
    assert "Không có đơn vị mã" in capsys.readouterr().err


def test_a_unit_that_sent_only_its_registration_summary_shows_nothing_judged_yet(city, tmp_path, monkeypatch, capsys):
    """A registration summary comes before anything is judged: its Đoàn cơ sở and the branches in
    it read "—" eligible / recognised, not 0 (on screen, in the CLI, in the JSON's flag)."""
    upper, sib = city["upper"], city["sib"]
    _at(monkeypatch, "2026-11-16T03:00:00Z")
    item = submissions.send_summary(sib, submissions._me(sib), "2027", "registration")
    path = tmp_path / "u3" / item.file_name
    path.parent.mkdir(parents=True)
    path.write_bytes(outbox_bytes(sib, item))
    [o] = sync.import_paths(upper, [path])
    assert o.status == "accepted", o
    view = tree.show(upper, "2027")
    row = next(r for r in view.rows if r.code == SIB.code)
    assert row.reported and not row.results_known and row.branches == 1
    assert view.totals["results_known"] == 0 and view.totals["reported"] == 1
    inside = tree.show(upper, "2027", SIB.code)
    assert [r.results_known for r in inside.rows] == [False]
    branch = tree.show(upper, "2027", SIB_BRANCH.code)
    assert branch.member_titles is None or branch.member_titles.get("recognised") is None
    assert main(["--data-dir", str(upper.data.root), "tree", "show", "--period", "2027"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if SIB.code in x)
    assert "đủ điều kiện     —  công nhận     —" in line, line
    assert "— đủ điều kiện, — được công nhận" in out
    # 2026: both sent results; every count is a number
    assert all(r.results_known for r in tree.show(upper, "2026").rows)
