"""A chi đoàn and its Đoàn cơ sở, on two data folders, carry a whole year through files only
(issue 7, "How it will be checked"): registration, quarterly progress, year-end result and
proposal go up; appraisal and the recognition decision come down; receipts close the loop."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.services.year import recognition_decisions
from desktop.domain.recognition import DAT, Vote
from desktop.domain.registration import RegistrationItem
from desktop.services.year import cycle, recognition, recognition_branch
from desktop.services.reporting import branch_dashboard as dashboard
from desktop.services.exchange import interchange, submissions, sync
from desktop.services.membership.members import roster
from tests.conftest import run_cli
from tests.sync.conftest_sync import BRANCH, DCS, branch_record, enrol, open_unit

P = "2026"


def at(ctx, d: date):
    ctx.today = lambda: d


def carry(src, dst, tmp, name: str) -> list:
    """Export everything waiting in src's outbox to a folder, import the folder into dst (CLI)."""
    folder = tmp / name
    code, out, err = run_cli("sync", "export", "--out", str(folder), data_dir=src.data.root)
    assert code == 0, err
    code, out, err = run_cli("sync", "import", str(folder), "--json", data_dir=dst.data.root)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def year(tmp_path):
    dcs = open_unit(tmp_path / "doan-co-so", DCS, today=date(2025, 10, 20))
    branch = open_unit(tmp_path / "chi-doan", BRANCH, today=date(2025, 10, 20))
    enrol(dcs, branch, tmp_path)
    enrol(branch, dcs, tmp_path)
    interchange.import_document(branch, branch_record(BRANCH, 24, until=date(2026, 12, 31)))
    yield dcs, branch, tmp_path
    dcs.close()
    branch.close()


def _member_ids(ctx):
    return [e.member.id if hasattr(e, "member") else e.id for e in roster(ctx, BRANCH.code, date(2026, 6, 1))]


def test_a_year_through_files(year):
    dcs, branch, tmp = year
    ids = _member_ids(branch)
    assert len(ids) == 24

    # ---- Bước 1: registration, 05/11/2025 (before the 10/11 deadline) -----------------------
    at(branch, date(2025, 11, 5))
    from tests.registration_items import complete

    cycle.save_registration(
        branch,
        BRANCH.code,
        P,
        complete(
            branch,
            [
                RegistrationItem("CD-1.1", "Thông tin hằng tháng qua nhóm Zalo chi đoàn", date(2026, 12, 1), "Bí thư"),
                RegistrationItem("CD-2.2", "Tuyến đường thanh niên tự quản", date(2026, 3, 31), "Phó Bí thư"),
            ],
        ),
        ids[:20],
    )
    with pytest.raises(Exception, match="bản nháp"):
        submissions.submit(branch, "registration", P)  # refused: the registration is not submitted yet
    cycle.submit_registration(branch, BRANCH.code, P)
    code, out, err = run_cli("submit", "registration", "--period", P, "--json", data_dir=branch.data.root)
    assert code == 0, err
    [item] = sync.outbox(branch)
    assert json.loads(out)["package_id"] == item.package_id
    assert item.status == "pending" and item.recipient_code == DCS.code
    preview = sync.preview_outbox_item(branch, item.package_id)
    assert preview.personal_fields[:2] == ["Mã tham chiếu đoàn viên (mã ẩn danh, không phải số định danh)", "Họ và tên"]
    # The manifest names exactly what the data and the printed registration list carry (issue 17).
    assert set(preview.manifest.personal_fields) == {"ref", "full_name"} | {
        f"record.{f}" for m in preview.data["record"]["members"] for f in m
    } | {"pdf.full_name", "pdf.date_of_birth", "pdf.gender", "pdf.is_party_member"}
    assert "Văn bản PDF: Ngày hoặc năm sinh" in preview.personal_fields
    assert preview.documents and preview.documents[0][0].endswith(".pdf")
    rec_members = preview.data["record"]["members"]
    assert all(
        set(m)
        <= {
            "id",
            "full_name",
            "history",
            "training_registered",
            "training_registered_on",
            "ebook_issued",
            "ecard_issued",
            "residence_activity",
            "erased",
        }
        for m in rec_members
    )
    assert "phone" not in json.dumps(preview.data) and "031000000001" not in json.dumps(preview.data)

    at(dcs, date(2025, 11, 12))
    [res] = [r for r in carry(branch, dcs, tmp, "usb-dang-ky") if r["package_id"] == item.package_id]
    assert res["status"] == "accepted"
    board = dashboard.dashboard(dcs, P, today=date(2025, 11, 20))
    [row] = board.rows
    assert row.registered and row.registered_on == date(2025, 11, 5) and row.registered_on_time
    assert row.registration_deadline == date(2025, 11, 10) and row.enrolled
    # the branch's record is stored read-only on the Đoàn cơ sở: its registration is there too
    reg = cycle.current_registration(dcs, BRANCH.code, P)
    assert reg is not None and reg.status == "submitted" and len(reg.member_ids) == 20
    assert sync.is_read_only_unit(dcs, BRANCH.code)

    # ---- Bước 2: quarterly progress, Q1 and Q2 (Q2 sent twice: second copy is a duplicate) ----
    for q, day in ((1, date(2026, 4, 3)), (2, date(2026, 7, 6))):
        at(branch, day)  # the services take today from the context (the CLI uses the clock)
        assert submissions.submit(branch, "quarterly", P, q).status == "pending"
    at(dcs, date(2026, 7, 8))
    results = carry(branch, dcs, tmp, "usb-quy")
    assert sorted(r["status"] for r in results if r["package_id"]) == ["accepted", "accepted"]
    again = json.loads(run_cli("sync", "import", str(tmp / "usb-quy"), "--json", data_dir=dcs.data.root)[1])
    assert {r["status"] for r in again} == {"duplicate"}
    board = dashboard.dashboard(dcs, P, today=date(2026, 7, 20))
    [row] = board.rows
    assert row.last_quarter == 2 and row.completion_share is not None and row.statuses
    assert not row.overdue
    late = dashboard.dashboard(dcs, P, today=date(2026, 10, 20))  # Q3 report due 10/10
    assert any("quý 3" in o for o in late.rows[0].overdue)

    # receipts came back: the branch's items are "đã nhận"
    carry(dcs, branch, tmp, "usb-bien-nhan")
    sent = {i.kind: i.status for i in sync.outbox(branch) if i.kind != "receipt"}
    assert sent == {"registration": "received", "quarterly": "received"}

    # ---- Bước 3: year-end result and proposal, 05/11/2026 -------------------------------------
    at(branch, date(2026, 11, 5))
    for mid in ids[:3]:
        recognition.save_self_assessment(
            branch, BRANCH.code, P, mid, {g: (DAT, "Tham gia đầy đủ") for g in ("P1", "P2", "P3", "P4", "P5", "P6")}
        )
    recognition.record_votes(
        branch,
        BRANCH.code,
        P,
        date(2026, 11, 3),
        {ids[0]: Vote(20, 0, 3), ids[1]: Vote(19, 1, 3), ids[2]: Vote(18, 2, 3)},
    )
    recognition.set_member_proposals(branch, BRANCH.code, P, ids[:3], allow_ineligible=True)
    with pytest.raises(Exception, match="chưa lập|bản nháp"):
        submissions.submit(branch, "year-end", P)
    recognition_branch.save_branch_proposal(
        branch,
        BRANCH.code,
        P,
        self_assessment="Chi đoàn hoàn thành tốt nhiệm vụ năm 2026.",
        proposes_recognition=True,
        document_number="05-ĐN/CĐ",
        submit=True,
    )
    ye = submissions.submit(branch, "year-end", P)
    yprev = sync.preview_outbox_item(branch, ye.package_id)
    assert "Số phiếu tán thành (họp chi đoàn)" in yprev.personal_fields
    assert [m["full_name"] for m in yprev.data["proposal"]["members"]] == [
        m.full_name
        for m in (e.member if hasattr(e, "member") else e for e in roster(branch, BRANCH.code, date(2026, 6, 1)))
    ][:3]

    at(dcs, date(2026, 11, 8))
    [res] = [r for r in carry(branch, dcs, tmp, "usb-cuoi-nam") if r["package_id"] == ye.package_id]
    assert res["status"] == "accepted"
    dossier = recognition_branch.branch_dossier(dcs, BRANCH.code, P)
    assert dossier.status == "submitted" and dossier.proposes_recognition
    board = dashboard.dashboard(dcs, P, today=date(2026, 11, 8))
    assert board.rows[0].proposed is True

    # ---- the Đoàn cơ sở appraises and decides; both go down ------------------------------------
    at(dcs, date(2026, 11, 20))
    for cid in dossier.items:
        recognition_decisions.appraise(dcs, BRANCH.code, P, cid, True)
    recognition_decisions.appraise(dcs, BRANCH.code, P, "CD-2.4", False, "Tuần 52 chưa có tấm gương người tốt")
    code, out, err = run_cli("sync", "send", "appraisal", "--period", P, "--json", data_dir=dcs.data.root)
    assert code == 0, err
    board_dcs = recognition.member_board(dcs, BRANCH.code, P)
    proposed_here = [r.member.id for r in board_dcs.rows if r.proposed]
    assert len(proposed_here) == 3
    for mid in proposed_here[:2]:
        recognition_decisions.appraise_member(dcs, mid, P, True)
    recognition_decisions.appraise_member(dcs, proposed_here[2], P, False, "Chưa đủ 05 ngày tình nguyện")
    at(dcs, date(2026, 11, 25))
    recognition_decisions.issue_decision(
        dcs, P, "15-QĐ/ĐTN", date(2026, 11, 25), branch_codes=[BRANCH.code], member_ids=proposed_here[:2]
    )
    code, out, err = run_cli("sync", "send", "decision", "--period", P, "--json", data_dir=dcs.data.root)
    assert code == 0, err
    [dec_item] = json.loads(out)
    assert dec_item["recipient"] == BRANCH.code

    at(branch, date(2026, 11, 27))
    down = carry(dcs, branch, tmp, "usb-quyet-dinh")
    assert {r["status"] for r in down} == {"accepted"}
    # the branch sees the appraisal and the decision on its campaign page and in its history
    mine = recognition_branch.branch_dossier(branch, BRANCH.code, P)
    assert mine.appraisals["CD-2.4"]["agree"] is False
    assert mine.recognition and mine.recognition["decision_number"] == "15-QĐ/ĐTN"
    assert recognition.member_board(branch, BRANCH.code, P).recognised == 2
    [dec] = submissions.decisions_for_self(branch, P)
    assert dec.text_vi().startswith("Quyết định số 15-QĐ/ĐTN ngày 25/11/2026 của Đoàn phường Lê Chân")
    assert "2 đoàn viên" in dec.text_vi()
    assert submissions.decision_lines(branch, BRANCH.code, P) == [dec.text_vi()]  # the campaign page shows it

    # the dashboard shows the branch recognised; its data on the Đoàn cơ sở kept the appraisal
    board = dashboard.dashboard(dcs, P, today=date(2026, 11, 28))
    assert board.rows[0].recognised is True
    # the branch's next record (its receipt run re-exports nothing; a re-sent year-end) does not wipe
    # what the Đoàn cơ sở decided: appraisals and recognitions it issued stay as they are
    ye2 = submissions.submit(branch, "year-end", P)
    assert ye2.version == 2 and ye2.supersedes == ye.package_id
    res = carry(branch, dcs, tmp, "usb-cuoi-nam-2")
    assert {r["status"] for r in res if r["package_id"] == ye2.package_id} == {"accepted"}
    after = recognition_branch.branch_dossier(dcs, BRANCH.code, P)
    assert after.appraisals["CD-2.4"]["agree"] is False
    assert after.recognition["decision_number"] == "15-QĐ/ĐTN"

    # every upward item ended "đã nhận" once the last receipts came back
    carry(dcs, branch, tmp, "usb-bien-nhan-3")
    states = {(i.kind, i.status) for i in sync.outbox(branch) if i.kind != "receipt"}
    assert states == {("registration", "received"), ("quarterly", "received"), ("year-end", "received")}


def test_submit_refuses_when_not_ready(year):
    dcs, branch, _tmp = year
    at(branch, date(2025, 10, 1))
    code, out, err = run_cli("submit", "registration", "--period", P, data_dir=branch.data.root)
    assert code == 2 and "chưa lập bản đăng ký" in err
    code, out, err = run_cli("submit", "quarterly", "--period", "2027", "--quarter", "3", data_dir=branch.data.root)
    assert code == 2 and "chưa có gì để báo cáo" in err
    code, out, err = run_cli("submit", "year-end", "--period", P, data_dir=dcs.data.root)
    assert code == 2 and "chỉ chi đoàn nộp" in err
    assert sync.outbox(branch) == []
