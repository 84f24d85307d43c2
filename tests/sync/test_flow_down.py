"""What flows down from a Đoàn cơ sở to its branches (issue 17 item 5), on two data folders,
through files written by the CLI: a catalog update that raises CD-3.6 to 7 days, a submission
returned for correction, a reminder to the late branches, a relayed alert confirmed in one click."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.domain.registration import RegistrationItem
from desktop.paths import catalogs_dir
from desktop.services.year import cycle, evaluation
from desktop.services.exchange import flow_down, interchange, sending, sync
from desktop.services.volunteering import volunteer_totals
from desktop.services.membership.members import roster
from desktop.services.reporting.reports import ReportRequest, generate
from tests.conftest import run_cli
from tests.reports import pdftools
from tests.sync.conftest_sync import BRANCH, DCS, branch_record, enrol, open_unit
from tests.registration_items import complete

P = "2026"


@pytest.fixture
def two(tmp_path):
    dcs = open_unit(tmp_path / "doan-co-so", DCS, today=date(2026, 11, 21))
    branch = open_unit(tmp_path / "chi-doan", BRANCH, today=date(2026, 11, 21))
    enrol(dcs, branch, tmp_path)
    enrol(branch, dcs, tmp_path)
    interchange.import_document(branch, branch_record(BRANCH, 24, until=date(2026, 12, 31)))
    yield dcs, branch, tmp_path
    dcs.close()
    branch.close()


def _down(dcs, branch, tmp, *args) -> list[dict]:
    """The Đoàn cơ sở sends with --out; the branch imports the folder (CLI both ways)."""
    out = tmp / ("usb-" + args[0])
    code, stdout, err = run_cli("sync", "send", *args, "--out", str(out), "--json", data_dir=dcs.data.root)
    assert code == 0, err
    sent = json.loads(stdout)
    assert all(s["saved_to"] for s in sent)
    code, stdout, err = run_cli("sync", "import", str(out), "--json", data_dir=branch.data.root)
    assert code == 0, err
    return json.loads(stdout)


def test_catalog_raising_cd36_to_7_days_changes_evaluation_and_the_volunteer_book(two):
    dcs, branch, tmp = two
    before = {c.id: c for c in evaluation.evaluate_unit(branch, BRANCH.code, P).criteria}["CD-3.6"]
    assert before.details["min_days"] == 5 and before.status == "met"
    assert volunteer_totals.volunteer_summary(branch, BRANCH.code, P).required == 5
    raw = json.loads((catalogs_dir() / "chi-doan-xhcn.v1.json").read_text(encoding="utf-8"))
    raw["version"] = 2
    for c in raw["criteria"]:
        if c["id"] == "CD-3.6":
            c["threshold"] = 7
            c["title_vi"] = "Mỗi đoàn viên tham gia ít nhất 07 ngày tình nguyện trong năm"
    f = tmp / "danh-muc-v2.json"
    f.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")

    [res] = _down(dcs, branch, tmp, "catalog", "--catalog", str(f), "--from", "2026")
    assert res["status"] == "accepted"
    assert branch.catalogs["chi-doan-xhcn"].version == 2  # the catalog in force changed, no restart
    after = {c.id: c for c in evaluation.evaluate_unit(branch, BRANCH.code, P).criteria}["CD-3.6"]
    assert after.details["min_days"] == 7 and after.status != "met"  # 5 days each: no longer enough
    assert "07 ngày" in after.title_vi
    summary = volunteer_totals.volunteer_summary(branch, BRANCH.code, P)
    assert summary.required == 7
    assert sum(1 for m in summary.members if m.days >= 7) <= sum(1 for m in summary.members if m.days >= 5)
    # the period it does not declare keeps the bundled catalog
    old = {c.id: c for c in evaluation.evaluate_unit(branch, BRANCH.code, "2025").criteria}["CD-3.6"]
    assert old.details.get("min_days", 5) == 5
    # the printed volunteer book says 7 days and names the catalog in force on every page
    pdf = generate(branch, ReportRequest("volunteer-log", P)).pdf
    pages = pdftools.pages_text(pdf)
    text = " ".join(" ".join(p.split()) for p in pages)
    assert "ít nhất 7 ngày tình nguyện" in text or "ít nhất 07 ngày tình nguyện" in text
    assert all(
        "Bộ tiêu chí “Chi đoàn xã hội chủ nghĩa gắn với đoàn viên xã hội chủ nghĩa”, phiên bản 2" in " ".join(p.split())
        for p in pages
    )
    reg_pdf = generate(dcs, ReportRequest("registration-summary", P)).pdf
    assert "Bộ tiêu chí “Chi đoàn xã hội chủ nghĩa gắn với đoàn viên xã hội chủ nghĩa”, phiên bản 1" in " ".join(
        pdftools.text(reg_pdf).split()
    )


def _registered(branch):
    ids = [e.member.id if hasattr(e, "member") else e.id for e in roster(branch, BRANCH.code, date(2026, 6, 1))]
    cycle.save_registration(
        branch,
        BRANCH.code,
        P,
        complete(
            branch,
            [
                RegistrationItem("CD-1.1", "Thông tin hằng tháng qua nhóm Zalo", date(2026, 12, 1), "Bí thư"),
                RegistrationItem("CD-2.4", "Tấm gương người tốt", date(2026, 12, 1), "Bí thư"),
            ],
        ),
        ids[:5],
    )
    cycle.submit_registration(branch, BRANCH.code, P)


def test_returned_registration_reopens_at_the_branch_and_the_next_version_supersedes(two):
    dcs, branch, tmp = two
    _registered(branch)
    first = sending.submit_and_send(branch, "registration", P, out=tmp / "up1", use_hub=False)
    assert sync.import_paths(dcs, [first.saved_to])[0].status == "accepted"

    [res] = _down(
        dcs,
        branch,
        tmp,
        "return",
        "--branch",
        BRANCH.code,
        "--period",
        P,
        "--what",
        "registration",
        "--reason",
        "CD-2.4: ghi rõ tuần nào đăng tấm gương",
        "--reason",
        "Thiếu chữ ký Bí thư",
    )
    assert res["status"] == "accepted" and "mở lại" in res["reason"]
    reg = cycle.current_registration(branch, BRANCH.code, P)
    assert reg.status == "draft" and reg.version == 2 and "CD-2.4: ghi rõ tuần nào" in reg.note
    why = flow_down.returned_for(branch, "registration", P)
    assert "CD-2.4: ghi rõ tuần nào đăng tấm gương" in why and "Thiếu chữ ký Bí thư" in why
    [item] = [i for i in flow_down.waiting(branch) if i.kind == "return"]
    assert "trả lại bản đăng ký" in item.title_vi

    cycle.submit_registration(branch, BRANCH.code, P)
    second = sending.submit_and_send(branch, "registration", P, out=tmp / "up2", use_hub=False)
    assert second.item.version == 2 and second.item.supersedes == first.item.package_id
    assert flow_down.returned_for(branch, "registration", P) is None  # answered by the new version
    [o] = sync.import_paths(dcs, [second.saved_to])
    assert o.status == "accepted" and "thay thế phiên bản 1" in o.reason
    current = sync.received(dcs, kinds=("registration",), current_only=True)
    assert [r.version for r in current] == [2]


def test_reminder_goes_to_the_late_branches_and_shows_until_sent(two):
    dcs, branch, tmp = two
    late = flow_down.late_branches(dcs, P)
    assert [(b.code, what) for b, what, _q, _d in late] == [(BRANCH.code, "registration")]
    [res] = _down(dcs, branch, tmp, "reminder", "--period", P)
    assert res["status"] == "accepted"
    [item] = flow_down.waiting(branch)
    assert item.kind == "reminder" and "Chi đoàn Tổ dân phố số 3" in item.text_vi and "đăng ký" in item.text_vi
    from desktop.services.reporting.home import home_data  # noqa: F401  (the home screen reads flow_down.waiting)

    _registered(branch)
    sending.submit_and_send(branch, "registration", P, use_hub=False)
    assert flow_down.waiting(branch) == []  # sent: the reminder is answered


def test_relayed_alert_lands_ready_to_confirm_and_one_click_logs_it(two):
    dcs, branch, tmp = two
    results = _down(
        dcs,
        branch,
        tmp,
        "alert",
        "--criterion",
        "CD-1.3",
        "--title",
        "Trang giả mạo “Thành đoàn Hải Phòng” kêu gọi chuyển tiền",
        "--link",
        "https://example.org/canh-bao",
        "--source",
        "Ban Tuyên giáo Thành đoàn",
    )
    assert [r["status"] for r in results] == ["accepted"]
    [item] = flow_down.waiting(branch)
    assert item.kind == "alert" and item.criterion == "CD-1.3"
    before = len(cycle.list_logs(branch, BRANCH.code, P))
    log_id, _ = flow_down.confirm_alert(branch, item.package_id)
    logs = cycle.list_logs(branch, BRANCH.code, P)
    assert len(logs) == before + 1
    entry = cycle.get_log(branch, log_id)
    assert entry.kind == "alert" and entry.title.startswith("Trang giả mạo")
    assert entry.counterpart == "Ban Tuyên giáo Thành đoàn" and entry.link == "https://example.org/canh-bao"
    assert flow_down.waiting(branch) == []
    with pytest.raises(Exception, match="đã được ghi"):
        flow_down.confirm_alert(branch, item.package_id)


def test_a_branch_cannot_send_things_down(two):
    _dcs, branch, _tmp = two
    code, _out, err = run_cli(
        "sync", "send", "alert", "--criterion", "CD-1.3", "--title", "x", data_dir=branch.data.root
    )
    assert code != 0 and "Đoàn cơ sở" in err


def test_returned_year_end_reopens_the_dossier_and_the_next_version_supersedes(two):
    from desktop.domain.recognition import DAT, Vote
    from desktop.services.year import recognition, recognition_branch
    from desktop.services.exchange import submissions

    dcs, branch, tmp = two
    ids = [e.member.id if hasattr(e, "member") else e.id for e in roster(branch, BRANCH.code, date(2026, 6, 1))]
    for mid in ids[:2]:
        recognition.save_self_assessment(
            branch, BRANCH.code, P, mid, {g: (DAT, "Tham gia đầy đủ") for g in ("P1", "P2", "P3", "P4", "P5", "P6")}
        )
    recognition.record_votes(
        branch, BRANCH.code, P, date(2026, 11, 3), {ids[0]: Vote(20, 0, 4), ids[1]: Vote(19, 1, 4)}
    )
    recognition.set_member_proposals(branch, BRANCH.code, P, ids[:2], allow_ineligible=True)
    recognition_branch.save_branch_proposal(
        branch,
        BRANCH.code,
        P,
        self_assessment="Hoàn thành tốt nhiệm vụ.",
        proposes_recognition=True,
        document_number="05-ĐN/CĐ",
        submit=True,
    )
    first = sending.submit_and_send(branch, "year-end", P, out=tmp / "up1", use_hub=False)
    assert first.saved_to.name == "KetQuaNam-2026-ChiDoanToDanPhoSo3.stpkg"
    assert sync.import_paths(dcs, [first.saved_to])[0].status == "accepted"

    [res] = _down(
        dcs,
        branch,
        tmp,
        "return",
        "--branch",
        BRANCH.code,
        "--period",
        P,
        "--what",
        "year-end",
        "--reason",
        "CD-3.2: thiếu biên bản sinh hoạt tháng 9",
    )
    assert res["status"] == "accepted"
    assert recognition_branch.branch_dossier(branch, BRANCH.code, P).status == "draft"  # reopened for correction
    assert "CD-3.2: thiếu biên bản" in flow_down.returned_for(branch, "year-end", P)
    with pytest.raises(Exception, match="bản nháp|chưa lập"):
        submissions.submit(branch, "year-end", P)  # the draft must be submitted again first
    recognition_branch.save_branch_proposal(
        branch,
        BRANCH.code,
        P,
        self_assessment="Đã bổ sung biên bản.",
        proposes_recognition=True,
        document_number="05-ĐN/CĐ",
        submit=True,
    )
    second = sending.submit_and_send(branch, "year-end", P, out=tmp / "up2", use_hub=False)
    assert second.item.version == 2 and second.saved_to.name.endswith("-lan2.stpkg")
    assert sync.import_paths(dcs, [second.saved_to])[0].status == "accepted"
    assert [r.version for r in sync.received(dcs, kinds=("year-end",), current_only=True)] == [2]
    assert flow_down.returned_for(branch, "year-end", P) is None


def test_a_return_addressed_to_another_branch_is_refused(two):
    """The data of a 'return' must name the branch it is addressed to (a signed mismatch is refused)."""
    from desktop.sync import package as pkg
    from tests.sync.conftest_sync import OTHER, unit_json

    dcs, branch, tmp = two
    ident = sync.keystore(dcs).identity()
    data = {
        "unit": unit_json(OTHER),
        "sender": unit_json(DCS),
        "campaign": "chi-doan-xhcn",
        "period": P,
        "returned_kind": "registration",
        "returned_on": "2026-11-21",
        "reasons": [{"criterion": "CD-1.1", "reason": "x"}],
    }
    built = pkg.build(
        signer=ident,
        kind="return",
        sender={"code": DCS.code, "name": DCS.name},
        recipient={"code": BRANCH.code, "name": BRANCH.name},
        data=data,
        campaign="chi-doan-xhcn",
        period=P,
        subject="return/chi-doan-xhcn/2026/registration",
    )
    f = tmp / "tra-lai-gia.stpkg"
    f.write_bytes(built.content)
    [o] = sync.import_paths(branch, [f])
    assert o.status == "rejected" and "người nhận" in o.reason
    assert flow_down.waiting(branch) == []


def test_an_alert_with_an_impossible_date_is_refused_with_the_field_named(two):
    from desktop.sync import package as pkg
    from tests.sync.conftest_sync import unit_json

    dcs, branch, tmp = two
    data = {
        "alert_id": "20260231-abc",
        "sender": unit_json(DCS),
        "campaign": "chi-doan-xhcn",
        "period": P,
        "criterion": "CD-1.3",
        "title": "Tin giả",
        "issued_on": "2026-02-31",
    }
    built = pkg.build(
        signer=sync.keystore(dcs).identity(),
        kind="alert",
        sender={"code": DCS.code, "name": DCS.name},
        recipient={"code": BRANCH.code, "name": BRANCH.name},
        data=data,
        campaign="chi-doan-xhcn",
        period=P,
        subject="alert/20260231-abc",
    )
    f = tmp / "canh-bao.stpkg"
    f.write_bytes(built.content)
    [o] = sync.import_paths(branch, [f])
    assert o.status == "rejected" and "issued_on" in o.reason
    assert flow_down.waiting(branch) == []
