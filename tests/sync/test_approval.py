"""Approval by level (issue 23 item 4): a Thành đoàn approves or returns a Đoàn cơ sở's summary
with reasons; the returned summary shows as returned at the Đoàn cơ sở with the reasons, its
corrected version supersedes the old one above; the states read the same at both ends."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.domain.errors import DomainError
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.services.exchange import approval, submissions, sync
from desktop.services.reporting import tree, tree_completeness
from tests.sync.conftest_sync import DCS, enrol, open_unit, outbox_bytes

UPPER = Unit(code="DTD-HAIPHONG", name="Thành đoàn Hải Phòng", kind=UnitKind.DOAN_CAP_TREN)
DCS_UP = Unit(code=DCS.code, name=DCS.name, kind=UnitKind.DOAN_CO_SO, parent_code=UPPER.code)
SIB = Unit(code="DCS-NGOQUYEN", name="Đoàn phường Ngô Quyền", kind=UnitKind.DOAN_CO_SO, parent_code=UPPER.code)
B1 = Unit(
    code="CD-TDP1",
    name="Chi đoàn Tổ dân phố số 1",
    kind=UnitKind.CHI_DOAN,
    branch_type=BranchType.DAN_CU,
    parent_code=DCS.code,
)
B2 = Unit(
    code="CD-TDP2",
    name="Chi đoàn Tổ dân phố số 2",
    kind=UnitKind.CHI_DOAN,
    branch_type=BranchType.DAN_CU,
    parent_code=DCS.code,
)


def _carry(src, dst, item, tmp_path, name):
    path = tmp_path / name / item.file_name
    path.parent.mkdir(parents=True)
    path.write_bytes(outbox_bytes(src, item))
    [o] = sync.import_paths(dst, [path])
    return o


@pytest.fixture
def chain(tmp_path):
    from desktop.services.units import save_unit

    upper = open_unit(tmp_path / "thanh-doan", UPPER)
    dcs = open_unit(tmp_path / "le-chan", DCS_UP)
    sib = open_unit(tmp_path / "ngo-quyen", SIB)
    save_unit(dcs, B1)
    for a, b in ((upper, dcs), (dcs, upper), (upper, sib), (sib, upper)):
        enrol(a, b, tmp_path)
    yield {"upper": upper, "dcs": dcs, "sib": sib, "tmp": tmp_path}
    for c in (upper, dcs, sib):
        c.close()


def _state(res, code, kind="results"):
    return next(r for r in res.rows if r.code == code and r.summary_kind == kind)


def test_a_returned_summary_shows_below_with_its_reasons_and_its_new_version_supersedes(chain):
    upper, dcs, tmp = chain["upper"], chain["dcs"], chain["tmp"]
    # Nothing sent yet: "chưa gửi" at both ends.
    assert _state(approval.overview(upper, "2026"), DCS.code).state == "missing"
    assert _state(approval.mine(dcs, "2026"), UPPER.code).state == "missing"
    v1 = submissions.send_summary(dcs, submissions._me(dcs), "2026", "results")
    assert _state(approval.mine(dcs, "2026"), UPPER.code).state == "waiting"  # chờ gửi
    sync.export_outbox(dcs, tmp / "usb-up-1", [v1.package_id])
    assert _state(approval.mine(dcs, "2026"), UPPER.code).state_vi == "Đã gửi"
    [o] = sync.import_paths(upper, [tmp / "usb-up-1"])
    assert o.status == "accepted"
    above = approval.overview(upper, "2026")
    row = _state(above, DCS.code)
    assert (row.state_vi, row.version, row.branches) == ("Đã nhận", 1, 1)
    assert _state(above, DCS.code, "registration").state == "missing"
    assert _state(above, SIB.code).state == "missing"

    # The Thành đoàn returns it, with a reason naming the branch and the criterion.
    with pytest.raises(DomainError, match="lý do trả lại"):
        approval.decide(upper, DCS.code, "2026", "results", "returned", [(None, None, "  ")])
    item, _ch = approval.decide(
        upper,
        DCS.code,
        "2026",
        "results",
        "returned",
        [(B1.code, "CD-1.2", "Thiếu biên bản sinh hoạt chuyên đề quý III")],
        note="Bổ sung trước ngày 15/11",
        names={B1.code: B1.name},  # as the screen gives them, from the summary's branches
    )
    assert item.kind == "approval" and item.in_reply_to == v1.package_id
    from desktop.services.exchange.sending import file_name_for

    assert file_name_for(upper, item) == "KetQuaDuyetTongHop-2026-DoanPhuongLeChan.stpkg"
    row = _state(approval.overview(upper, "2026"), DCS.code)
    assert row.state_vi == "Trả lại"
    # the branch by its name at both ends (the package carries its code only)
    assert row.reasons == (f"{B1.name} – CD-1.2: Thiếu biên bản sinh hoạt chuyên đề quý III",)
    o = _carry(upper, dcs, item, tmp, "usb-down-1")
    assert o.status == "accepted" and "trả lại báo cáo tổng hợp kết quả kỳ 2026 để sửa" in o.reason
    below = _state(approval.mine(dcs, "2026"), UPPER.code)
    assert below.state_vi == "Trả lại" and below.note == "Bổ sung trước ngày 15/11"
    assert below.reasons == row.reasons
    # ... and its home screen says so, until a new version is sent.
    from desktop.services.exchange import flow_down

    [home] = flow_down.home_items(dcs)
    assert (home.kind, home.title_vi, home.what) == (
        "return",
        "Thành đoàn Hải Phòng trả lại báo cáo tổng hợp kết quả 2026 để sửa",
        "results-summary",
    )
    assert home.text_vi == f"{B1.name} – CD-1.2: Thiếu biên bản sinh hoạt chuyên đề quý III; Bổ sung trước ngày 15/11"

    # The Đoàn cơ sở corrects (a branch it had forgotten) and sends again: version 2 supersedes.
    from desktop.services.units import save_unit

    save_unit(dcs, B2)
    v2 = submissions.send_summary(dcs, submissions._me(dcs), "2026", "results")
    assert v2.version == 2 and v2.supersedes == v1.package_id
    below = _state(approval.mine(dcs, "2026"), UPPER.code)
    assert below.state == "waiting" and below.resubmitted and below.version == 2
    assert flow_down.home_items(dcs) == []  # answered by the new version
    o = _carry(dcs, upper, v2, tmp, "usb-up-2")
    assert o.status == "accepted" and "thay thế phiên bản 1" in o.reason
    row = _state(approval.overview(upper, "2026"), DCS.code)
    assert (row.state, row.version, row.resubmitted, row.package_id) == ("received", 2, True, v2.package_id)
    assert row.state_vi == "Đã nhận (bản sửa sau khi trả lại)"
    # The drill-down reads the version in force: two branches now.
    assert {r.code for r in tree.show(upper, "2026", DCS.code).rows} == {B1.code, B2.code}

    # Approved: "đã duyệt" at both ends.
    item, _ch = approval.decide(upper, DCS.code, "2026", "results", "approved")
    assert _state(approval.overview(upper, "2026"), DCS.code).state_vi == "Đã duyệt"
    o = _carry(upper, dcs, item, tmp, "usb-down-2")
    assert o.status == "accepted" and "đã duyệt báo cáo tổng hợp kết quả kỳ 2026" in o.reason
    below = _state(approval.mine(dcs, "2026"), UPPER.code)
    assert (below.state_vi, below.version, below.reasons) == ("Đã duyệt", 2, ())
    [home] = flow_down.home_items(dcs)
    assert (home.kind, home.title_vi) == ("decision", "Thành đoàn Hải Phòng đã duyệt báo cáo tổng hợp kết quả 2026")


def test_only_the_level_above_judges_and_only_what_it_received(chain):
    upper, dcs, sib = chain["upper"], chain["dcs"], chain["sib"]
    with pytest.raises(DomainError, match="Chưa nhận báo cáo tổng hợp kết quả kỳ 2026 của Đoàn phường Ngô Quyền"):
        approval.decide(upper, SIB.code, "2026", "results", "approved")
    with pytest.raises(DomainError, match="không phải đơn vị trực thuộc"):
        approval.decide(upper, "DCS-KHAC", "2026", "results", "approved")
    with pytest.raises(DomainError, match="không phải Đoàn cấp trên"):
        approval.decide(dcs, B1.code, "2026", "results", "approved")
    with pytest.raises(DomainError, match="Đoàn cấp trên"):
        approval.overview(dcs, "2026")
    # A sibling never sees another Đoàn cơ sở's summaries: its own list names only its own.
    assert {r.code for r in approval.mine(sib, "2026").rows} == {UPPER.code}


def test_a_tampered_verdict_is_refused_and_changes_nothing(chain, tmp_path):
    """A verdict whose data was edited to name another Đoàn cơ sở is refused; the state below
    stays as it was."""
    from tests.sync.conftest_sync import edit_json, import_bytes, members, rezip

    upper, dcs, tmp = chain["upper"], chain["dcs"], chain["tmp"]
    v1 = submissions.send_summary(dcs, submissions._me(dcs), "2026", "results")
    _carry(dcs, upper, v1, tmp, "up")
    item, _ch = approval.decide(upper, DCS.code, "2026", "results", "approved")
    entries = members(outbox_bytes(upper, item))

    def other(d):
        d["unit"]["code"] = SIB.code
        return d

    forged = rezip([(n, edit_json(b, other) if n == "data.json" else b) for n, b in entries.items()])
    o = import_bytes(dcs, forged, tmp_path)
    assert o.status == "rejected"
    assert _state(approval.mine(dcs, "2026"), UPPER.code).state == "waiting"


def test_cli_approve_return_and_states_in_json(chain, capsys):
    upper, dcs, tmp = chain["upper"], chain["dcs"], chain["tmp"]
    v1 = submissions.send_summary(dcs, submissions._me(dcs), "2026", "registration")
    _carry(dcs, upper, v1, tmp, "up")
    root = str(upper.data.root)
    rc = main(
        [
            "--data-dir",
            root,
            "approval",
            "return",
            DCS.code,
            "--period",
            "2026",
            "--summary",
            "registration",
            "--reason",
            f"{B1.code}:CD-1.1:Chưa có danh sách đoàn viên đăng ký",
            "--json",
        ]
    )
    assert rc == 0
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] == "returned" and out["file_name"].endswith(".stpkg")
    rc = main(["--data-dir", root, "approval", "list", "--period", "2026", "--json"])
    rows = json.loads(capsys.readouterr().out)["rows"]
    got = {(r["code"], r["summary_kind"]): r for r in rows}
    assert got[(DCS.code, "registration")]["state_vi"] == "Trả lại"
    assert got[(DCS.code, "registration")]["reasons"] == [f"{B1.code} – CD-1.1: Chưa có danh sách đoàn viên đăng ký"]
    assert got[(SIB.code, "results")]["state_vi"] == "Chưa gửi"
    rc = main(["--data-dir", str(dcs.data.root), "approval", "list", "--period", "2026", "--json"])
    below = json.loads(capsys.readouterr().out)
    assert below["side"] == "below" and {r["state"] for r in below["rows"]} == {"waiting", "missing"}


def test_the_level_above_reminds_those_who_have_not_sent_and_the_reminder_shows_below(chain):
    from desktop.services.exchange import flow_down
    from desktop.services.exchange.sending import file_name_for

    upper, dcs, sib, tmp = chain["upper"], chain["dcs"], chain["sib"], chain["tmp"]
    v1 = submissions.send_summary(dcs, submissions._me(dcs), "2026", "results")
    _carry(dcs, upper, v1, tmp, "up")
    # 21/11/2026: the results summary was due 10/11/2026, the registration summary 20/11/2025.
    missing = {(r.code, r.report) for r in tree_completeness.completeness(upper, "2026").rows if r.state == "missing"}
    assert missing == {
        (DCS.code, "registration-summary"),
        (SIB.code, "registration-summary"),
        (SIB.code, "results-summary"),
    }
    items = flow_down.send_reminders(upper, "2026")
    assert sorted((i.recipient_code, i.subject.rsplit("/", 1)[-1]) for i in items) == sorted(missing)
    to_sib = next(i for i in items if i.recipient_code == SIB.code and i.subject.endswith("results-summary"))
    assert file_name_for(upper, to_sib) == "NhacNopTongHopKetQua-2026-DoanPhuongNgoQuyen.stpkg"
    assert _carry(upper, sib, to_sib, tmp, "down").status == "accepted"
    [home] = [i for i in flow_down.home_items(sib) if i.kind == "reminder"]
    assert home.what == "results-summary" and home.title_vi == "Thành đoàn Hải Phòng nhắc nộp"
    row = _state(approval.mine(sib, "2026"), UPPER.code)
    assert (
        row.state_vi == "Chưa gửi"
        and "Thành đoàn Hải Phòng nhắc Đoàn phường Ngô Quyền gửi báo cáo tổng hợp kết quả kỳ 2026 (hạn 10/11/2026)"
        in row.reminder
    )
    from desktop.services.units import save_unit

    save_unit(
        sib,
        Unit(
            code="CD-NQ1",
            name="Chi đoàn Khu dân cư số 1",
            kind=UnitKind.CHI_DOAN,
            branch_type=BranchType.DAN_CU,
            parent_code=SIB.code,
        ),
    )
    submissions.send_summary(sib, submissions._me(sib), "2026", "results")
    assert _state(approval.mine(sib, "2026"), UPPER.code).reminder is None  # sent since
    # Only what is missing: the Đoàn cơ sở that sent its results summary is not reminded of it.
    with pytest.raises(DomainError, match="không có Đoàn cơ sở nào"):
        flow_down.send_reminders(upper, "2026", [DCS.code], what="results-summary")


def test_online_through_the_hub_the_drill_down_and_the_verdict_travel_the_same_way(chain):
    """The same exchange through the sync server instead of files: the summary goes up, the
    Thành đoàn opens the branch row inside it, returns it, and the Đoàn cơ sở sees it returned."""
    from fastapi.testclient import TestClient

    from db.hub.store import HubStore
    from desktop.services.exchange import online_sync
    from desktop.sync.hub.app import build_app
    from tests.sync.conftest_hub import enrol_at_hub

    upper, dcs, tmp = chain["upper"], chain["dcs"], chain["tmp"]
    store = HubStore(f"sqlite:///{tmp / 'hub.db'}")
    client = TestClient(build_app(store, activity_flush_s=0, admin_token="mã-quản-trị-thử"), base_url="http://hub.test")
    try:
        enrol_at_hub(store, upper, dcs, tmp=tmp)

        def round_(ctx):
            res = online_sync.sync_now(ctx, "http://hub.test", client=client)
            assert res.ok, res
            return res

        v1 = submissions.send_summary(dcs, submissions._me(dcs), "2026", "results")
        assert round_(dcs).sent == [v1.package_id]
        round_(upper)
        assert _state(approval.overview(upper, "2026"), DCS.code).state == "received"
        view = tree.show(upper, "2026", B1.code)  # the branch row inside the summary received online
        assert [c for c, _n in view.path] == [UPPER.code, DCS.code, B1.code] and view.member_titles is not None
        item, _ch = approval.decide(upper, DCS.code, "2026", "results", "returned", [(None, None, "Thiếu phụ lục")])
        assert item.package_id in round_(upper).sent
        round_(dcs)
        row = _state(approval.mine(dcs, "2026"), UPPER.code)
        assert (row.state_vi, row.reasons) == ("Trả lại", ("Thiếu phụ lục",))
    finally:
        client.close()
        store.close()
